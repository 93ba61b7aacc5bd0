"""A share told as two counts, each with its grade ('Two of the areas were good and two
outstanding'): each count is checked (lane noticed23: the second grade was no rating
without its verb, and the count after the first was never checked, so 'three good and one
outstanding' of a report with two of each was supported, read as three of five with
overall effectiveness)."""

from __future__ import annotations

import pytest
from check_helpers import make_release, make_report

from verify.check import check_claims
from verify.extract import extract_claims
from verify.extract.values import grade_mentions

TABLE = [
    ("impact_of_leaders", "outstanding", "The impact of leaders"),
    ("help_and_protection", "good", "Help and protection"),
    ("children_in_care", "good", "Children in care"),
    ("care_leavers", "outstanding", "Care leavers"),
    ("overall_effectiveness", "good", "Overall effectiveness"),
]


@pytest.mark.parametrize(
    ("said", "want"),
    [
        ("Two of the areas were good and two outstanding.", "supported"),
        ("Two of the four areas were judged good, and two were outstanding.", "supported"),
        ("Two areas were rated outstanding and two good.", "supported"),
        ("Three of the areas were good and one outstanding.", "contradicted"),
        ("Two of the areas were good and three were outstanding.", "contradicted"),
    ],
)
def test_each_count_of_a_share_is_checked(settings, said, want):
    release = make_release(said)
    report = make_report(table=TABLE)
    [claim] = check_claims(release, extract_claims(release), [report], [], settings, None).claims
    assert claim.verdict == want, claim.explanation


@pytest.mark.parametrize(
    ("said", "grades"),
    [
        ("Two of the areas were good and two outstanding.", ["good", "outstanding"]),
        ("Two areas were rated good, and two were outstanding.", ["good", "outstanding"]),
        ("Two areas were rated good and two outstanding foster carers were thanked.", ["good"]),
    ],
)
def test_a_grade_after_a_second_count_is_a_rating(said, grades):
    assert [m.grade for m in grade_mentions(said)] == grades
