"""A finding told of one group of children that the report's sentence tells of another,
inside a section grading both together (session 18, findings18)."""

from __future__ import annotations

import pytest
from check_helpers import TABLE, make_report

from verify.check.finding.others import _said_of_other_group
from verify.match.index import Sentence
from verify.types import Passage

# A real report (Shropshire 2022, paragraph 29), in its section grading children in care
# and care leavers together (ILACS 2018-2022: no care leavers' grade of their own).
LEAVING = (
    "Children leaving care in Shropshire receive excellent help and guidance from "
    "enthusiastic and passionate personal advisers (PAs), who are tenacious in supporting "
    "young people to make positive changes to help them to progress in their lives."
)
BOTH = (
    "Children in care and care leavers receive excellent help and guidance from "
    "enthusiastic and passionate personal advisers."
)
COMBINED = [row for row in TABLE if row[0] != "care_leavers"]


def _in_care_section(text: str) -> Sentence:
    passage = Passage(
        id="p29",
        kind="numbered",
        number=29,
        judgement="children_in_care",
        page=1,
        start=0,
        end=len(text),
        text=text,
    )
    return Sentence(passage=passage, start=0, end=len(text), text=text)


def test_a_sentence_naming_only_care_leavers_is_not_said_of_children_in_care():
    """Was supported at 90% of the words: the section is the claim's own."""
    claim = (
        "Children in care benefit from excellent help and guidance from enthusiastic and "
        "passionate personal advisers"
    )
    report = make_report(table=COMBINED)
    assert _said_of_other_group(claim, _in_care_section(LEAVING), report) == "care_leavers"


@pytest.mark.parametrize(
    ("claim", "sentence"),
    [
        # The sentence names the claim's group too.
        ("Children in care receive excellent help from personal advisers", BOTH),
        # Care leavers told from a sentence about them.
        ("Care leavers receive excellent help and guidance from personal advisers", LEAVING),
    ],
)
def test_a_sentence_naming_the_claims_group_is_said_of_it(claim, sentence):
    report = make_report(table=COMBINED)
    assert _said_of_other_group(claim, _in_care_section(sentence), report) is None
