# ruff: noqa: E501  (the invented releases are data: one a line reads best)
"""Stress: inspection facts, grades and history across frameworks, checked with the archive
(issue 10, precision first; issue 12, history).

Invented council and local-news releases about ten real reports of councils outside dev
and test (SIF 2016-2017, a 2013 inspection of looked-after children's services, a review of
the LSCB alone, ILACS 2025 and the 2026 framework with no overall grade): each area's grade,
counts and shares of areas, the visit's dates and length, the publication day, the team and
who led it, earlier inspections by year ('adequate' in 2011-2013 against SIF and ILACS
grades), 'no longer', 'still', 'the first time', 'the first ... since 2016', counts of grades
moved ('two grades higher', 'fallen by two grades', 'up a grade', 'improved by two
grades') and 'improved in every area'. Each release is checked with the archive of every
report in ../shared, as the evaluation checks real articles. The expected verdicts
(``tests/data/stress_facts5/expected.json``) were written by the conventions
(../shared/dev/README.md) before the tool was run. A true claim flagged is the worst
failure; a wrong claim left unflagged the next.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import (
    FLAGS,
    assert_claims_listed_once,
    load_expected,
    stress_tests,
)

pytestmark = [pytest.mark.shared, pytest.mark.slow]

DATA = Path(__file__).parents[1] / "data" / "stress_facts5"
EXPECTED, CLAIMS = load_expected(DATA)

KNOWN_MISSES: dict[str, str] = {
    "Ofsted published its report on Friday": (
        "a weekday said relative to the dateline ('on Friday', 13 May) within three days of "
        "the publication (Monday 16 May) is read as close to it, not as another day "
        "(``fact._RELATIVE_SLACK``): not_checkable"
    ),
}
"""Words of a claim -> why the tool's verdict still differs from the expected one."""


checked, test_facts_grades_and_history_hold_with_the_archive = stress_tests(
    DATA, KNOWN_MISSES, archive=True
)


def test_each_release_holds_true_claims_and_officials_words():
    """Every release holds faithful claims and an official's words (a short probe of one
    council's history may hold none), every news release plants errors, most claims are
    true, and the known misses are claims of the set."""
    wants = [want for _, _, want in CLAIMS]
    assert sum(w not in FLAGS for w in wants) >= 0.7 * len(wants)
    for name, case in EXPECTED.items():
        mine = [want for _, want in case["claims"]]
        assert "supported" in mine and ("probe" in name or "not_checkable" in mine)
        assert "news" not in name or any(w in FLAGS for w in mine)
    assert_claims_listed_once(CLAIMS, KNOWN_MISSES)
