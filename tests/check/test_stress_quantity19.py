"""Stress: how many a finding is told of (lane quantity19, session 19).

A release's 'all', 'every', 'always', 'no' or 'most' against the report's 'most', 'the
majority', 'a small minority', 'a small number', 'a few' or 'too few' on the same thing.
Invented council releases and local news stories about five real reports of councils
outside dev and test (SIF 2017; ILACS 2023, 2024, 2024, 2025): true findings that keep the
report's share ('most', 'the majority' for 'most', 'nearly all' and 'almost all' for 'the
vast majority' or 'almost all') must stay supported; planted over-claims must be flagged
(a limit dropped: misleading; the opposite share or none where the report says some:
contradicted); ratings and officials' words beside them. The expected verdicts
(``tests/data/stress_quantity19/expected.json``) were written by the conventions
(../shared/dev/README.md, corpora/gold/dev/README.md) before the tool was run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import assert_mixed_releases, load_expected, stress_tests

pytestmark = [pytest.mark.shared, pytest.mark.slow]

DATA = Path(__file__).parents[1] / "data" / "stress_quantity19"
EXPECTED, _ = load_expected(DATA)

KNOWN_MISSES: dict[str, str] = {}
"""Words of a claim -> why the tool's verdict still differs from the expected one."""


checked, test_each_share_is_compared = stress_tests(DATA, KNOWN_MISSES, archive=True)


def test_each_release_mixes_true_claims_officials_words_and_planted_errors():
    """Every release holds true claims, claims no check can settle and a planted error, and
    the known misses are its claims, each listed once."""
    assert_mixed_releases(EXPECTED, KNOWN_MISSES)
