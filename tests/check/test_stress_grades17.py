"""Stress: grades, counts and shares of judgements across eras (lane grades17, issue 10).

Invented council and local-news releases about seven real reports of councils outside dev
and test: a 2013 looked after children inspection ('capacity to improve', 'quality of
provision', 'adequate' given to a named judgement), SIF 2017 (adoption and the LSCB's review
beside the council's judgements), ILACS 2018, ILACS 2023, two ILACS 2023 short inspections
published in 2026 (an overall grade given) and an ILACS 2026 report (none given). Grade
ranges ('good or better', 'at least good'), a possessive count total ('four of Medway's five
judgements'), 'all but one' and 'all but <named>', a judgement named beside 'the only area
judged X', and earlier grades stand beside planted errors that must stay flagged: wrong
grades, an overstated count, a range not met ('at least good' of an area that requires
improvement), 'all but <named>' of areas not all at the grade, a judgement named beside
'the only area judged good' that is not, a council's own grade wrong inside a national
claim, 'for the first time' in an aside, the LSCB given a grade it did not get, an overall
grade claimed of a report that gives none. The expected verdicts
(``tests/data/stress_grades17/expected.json``) were written by the conventions
(../shared/dev/README.md) before the tool was run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import assert_mixed_releases, load_expected, stress_tests

pytestmark = [pytest.mark.shared, pytest.mark.slow]

DATA = Path(__file__).parents[1] / "data" / "stress_grades17"
EXPECTED, _ = load_expected(DATA)

KNOWN_MISSES: dict[str, str] = {}
"""Words of a claim -> why the tool's verdict still differs from the expected one."""


checked, test_grades_counts_and_shares = stress_tests(DATA, KNOWN_MISSES, archive=True)


def test_each_release_mixes_true_claims_officials_words_and_planted_errors():
    """Every release holds true claims, claims no check can settle and a planted error, and
    the known misses are its claims, each listed once."""
    assert_mixed_releases(EXPECTED, KNOWN_MISSES)
