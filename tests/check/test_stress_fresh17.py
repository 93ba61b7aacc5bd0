"""Stress: ordinary fresh releases as a new user meets them (lane fresh17, issue 10).

A new user's first releases are council pages saved as HTML, local news, a TV site with its
boilerplate, and inadequate or requires-improvement outcomes with what happens next: every
false flag there costs trust. Invented releases about seven real reports of councils outside
dev and test (ILACS 2021-2025): grades (one told 'good overall, as was the impact of
leaders'), durations and dates beside a time limit for the council's plan ('70 working
days': not the visit's length), verbatim quotations whose own words say 'consistently' or
'All', paraphrased findings, officials' words, and planted errors that must stay flagged
(a grade changed, a word substituted or a 'not' dropped inside quotation marks, 'most'
told as 'all', praise of what the report says needs to improve). The expected verdicts
(``tests/data/stress_fresh17/expected.json``) were written by the conventions
(../shared/dev/README.md) before the tool was run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import assert_mixed_releases, load_expected, stress_tests

pytestmark = [pytest.mark.shared, pytest.mark.slow]

DATA = Path(__file__).parents[1] / "data" / "stress_fresh17"
EXPECTED, _ = load_expected(DATA)

KNOWN_MISSES: dict[str, str] = {}
"""Words of a claim -> why the tool's verdict still differs from the expected one."""


checked, test_fresh_releases = stress_tests(DATA, KNOWN_MISSES, archive=True)


def test_each_release_mixes_true_claims_officials_words_and_planted_errors():
    """Every release holds true claims, claims no check can settle and a planted error, and
    the known misses are its claims, each listed once."""
    assert_mixed_releases(EXPECTED, KNOWN_MISSES)
