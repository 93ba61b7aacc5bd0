"""Stress: ratings, inspection facts and officials' grade words in loose release wording
(issue 10, precision first).

Invented releases (council and local-news styles) about four real reports of councils
outside the dev set: officials' 'good news' and 'a good day for our children', attributive
grades ('our good children's services', 'an Outstanding-rated authority'), grades inside an
official's own quotation, 'council leaders' and 'opposition leaders' beside a grade word,
the report's account of one service's earlier inspection (adoption, fostering, children's
homes), the publication month beside the inspection's, one-, two-, three-, four- and
six-week inspections, and 'across the board' where one judgement differs. The expected
verdicts (``tests/data/stress_ratings3/expected.json``) were written by the conventions
(../shared/dev/README.md) before the tool was run. A true claim flagged is the worst
failure; a wrong claim left unflagged the next.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import (
    assert_true_claims_and_officials_words,
    load_expected,
    stress_tests,
)

pytestmark = [pytest.mark.shared, pytest.mark.slow]

DATA = Path(__file__).parents[1] / "data" / "stress_ratings3"
EXPECTED = load_expected(DATA)[0]

KNOWN_MISSES: dict[str, str] = {
    "The county's fostering service was judged outstanding when it was last inspected in 2012": (
        "the report's account ('The previous inspection of Derbyshire's Fostering services was "
        "in March 2012. The Local Authority was judged to be good.') is read without its grade"
    ),
    "All 13 of the county's children's homes are rated good or outstanding": (
        "the report's 'operates 13 children's homes. Nine were judged to be good or "
        "outstanding' does not print the claim's count: left unchecked, not flagged"
    ),
    "The report was published in September": (
        "an ILACS report prints no publication date; the date in its file's name supports a "
        "month but is no printed evidence against one"
    ),
    (
        "Today is a good day for children in Westminster, and a fitting reward for our "
        "outstanding staff"
    ): (
        "not extracted: the council's own celebration in the first person with no subject "
        "the extractor reads as the council's ('Today is a good day for children in "
        "Westminster, and a fitting reward for our outstanding staff')"
    ),
}
"""Words of a claim -> why the tool's verdict still differs from the expected one."""


checked, test_ratings_and_facts_hold_across_wordings = stress_tests(DATA, KNOWN_MISSES)


def test_each_release_holds_true_claims_and_officials_words():
    assert_true_claims_and_officials_words(EXPECTED, KNOWN_MISSES)
