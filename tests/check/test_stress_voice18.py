"""Stress: the inspectors' voice, and where it stops (lane voice18b, issue 10).

A statement in the release's own voice right after the inspectors' findings was read as
carrying them on, and each such sentence renewed the carry: every later paragraph about
the council's own actions, figures, plans or the borough's news became an inspectors'
finding (246,913 of them in a hostile 20 MB release), one the report lacks a false flag.
Invented council and local-news releases about two real reports of councils outside dev
and test (ILACS 2022, 2025): inspectors' paragraphs followed by the council's recruitment
since the visit, its budget, history, plans, an official's words and local filler, beside
planted misquotations that must stay flagged. The expected verdicts
(``tests/data/stress_voice18/expected.json``) were written by the conventions
(../shared/dev/README.md) before the tool was run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import (
    assert_mixed_releases,
    load_expected,
    stress_tests,
)

pytestmark = [pytest.mark.shared, pytest.mark.slow]

DATA = Path(__file__).parents[1] / "data" / "stress_voice18"
EXPECTED, _ = load_expected(DATA)

KNOWN_MISSES: dict[str, str] = {}
"""Words of a claim -> why the tool's verdict still differs from the expected one."""


checked, test_the_inspectors_voice_and_the_councils_own = stress_tests(
    DATA, KNOWN_MISSES, archive=True
)


def test_each_release_mixes_true_claims_officials_words_and_planted_errors():
    """Every release holds true claims, claims no check can settle and a planted error, and
    the known misses are its claims, each listed once."""
    assert_mixed_releases(EXPECTED, KNOWN_MISSES)
