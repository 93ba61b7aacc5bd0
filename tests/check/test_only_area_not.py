"""'X was the only area not judged outstanding': every other area has the grade, X has not
(lane noticed23: the grade was read as denied, so the sentence was a finding no passage
says, left not_checkable, though the table settles it)."""

from __future__ import annotations

import pytest
from check_helpers import make_release, make_report

from verify.check import check_claims
from verify.extract import extract_claims
from verify.words.qualifiers import excepted_judgements

TABLE = [
    ("impact_of_leaders", "outstanding", "The impact of leaders"),
    ("help_and_protection", "good", "Help and protection"),
    ("children_in_care", "outstanding", "Children in care"),
    ("care_leavers", "outstanding", "Care leavers"),
    ("overall_effectiveness", "outstanding", "Overall effectiveness"),
]


@pytest.mark.parametrize(
    ("said", "want"),
    [
        ("Help and protection was the only area not judged outstanding.", "supported"),
        (
            "Help and protection was the only one of the four areas not rated outstanding.",
            "supported",
        ),
        ("Care leavers were the only area not to be rated outstanding.", "contradicted"),
        ("Children in care was the only judgement not graded outstanding.", "contradicted"),
    ],
)
def test_the_only_area_not_at_a_grade_is_checked_against_every_other_area(settings, said, want):
    release = make_release(said)
    got = check_claims(
        release, extract_claims(release), [make_report(table=TABLE)], [], settings, None
    )
    [claim] = got.claims
    assert claim.verdict == want, claim.explanation


@pytest.mark.parametrize(
    ("said", "excepted"),
    [
        ("Help and protection was the only area not judged outstanding.", ("help_and_protection",)),
        (
            "Help and protection, the only area not rated outstanding, was good.",
            ("help_and_protection",),
        ),
        ("Help and protection was the only area judged good.", ()),
        ("Help and protection was judged good, and not outstanding.", ()),
    ],
)
def test_the_area_named_the_only_one_not_so_graded_is_the_exception(said, excepted):
    assert excepted_judgements(said) == excepted


RI_TABLE = [
    ("impact_of_leaders", "requires_improvement", "The impact of leaders"),
    ("help_and_protection", "requires_improvement", "Help and protection"),
    ("children_in_care", "good", "Children in care"),
    ("care_leavers", "requires_improvement", "Care leavers"),
    ("overall_effectiveness", "requires_improvement", "Overall effectiveness"),
]


@pytest.mark.parametrize(
    ("said", "table", "wrong"),
    [
        (
            "The service was the only one in the county not rated outstanding, inspectors said.",
            TABLE,
            "supported",
        ),
        (
            "It was the only one of the council's services not rated outstanding.",
            TABLE,
            "supported",
        ),
        ("The service was the only one in the county not rated good.", RI_TABLE, "misleading"),
    ],
)
def test_the_only_one_not_at_a_grade_with_no_judgement_named_denies_the_grade(
    settings, said, table, wrong
):
    """With no judgement named as the exception, 'the only one ... not rated outstanding'
    denies the grade of the service (the one among others, not among its areas): the
    'not' was read as an exception, the grade given, so a false claim was supported and a
    true one flagged (second review, session 23)."""
    release = make_release(said)
    got = check_claims(
        release, extract_claims(release), [make_report(table=table)], [], settings, None
    )
    assert all(claim.verdict != wrong for claim in got.claims), [
        (c.verdict, c.explanation) for c in got.claims
    ]


def test_the_area_the_only_one_not_so_graded_in_a_relative_clause_is_the_exception(settings):
    """'X, which was the only area not judged outstanding, was judged good': X is the
    exception, its own grade good (second review: read as 'X is good, not outstanding'
    only, contradicted though the table says it)."""
    said = "Help and protection, which was the only area not judged outstanding, was judged good."
    assert excepted_judgements(said) == ("help_and_protection",)
    release = make_release(said)
    got = check_claims(
        release, extract_claims(release), [make_report(table=TABLE)], [], settings, None
    )
    assert [c.verdict for c in got.claims] == ["supported"], [
        (c.verdict, c.explanation) for c in got.claims
    ]


@pytest.mark.parametrize(
    ("said", "want"),
    [
        ("The only area not rated outstanding was help and protection.", "supported"),
        ("The only judgement not graded outstanding is help and protection.", "supported"),
        ("The only area not to be judged ‘outstanding’ was help and protection.", "supported"),
        ("The only area not rated outstanding was care leavers.", "contradicted"),
        (
            "The only one of the four areas not judged outstanding was children in care.",
            "contradicted",
        ),
    ],
)
def test_the_area_named_after_the_only_one_not_so_graded_is_the_exception(settings, said, want):
    """'The only area not rated outstanding was help and protection': the area named after
    the grade is the exception, every other area has the grade (session 23's derived sets:
    the 'not' denied the grade, so the sentence was a finding no passage says)."""
    release = make_release(said)
    got = check_claims(
        release, extract_claims(release), [make_report(table=TABLE)], [], settings, None
    )
    assert [c.verdict for c in got.claims] == [want], [
        (c.verdict, c.explanation) for c in got.claims
    ]


@pytest.mark.parametrize(
    ("said", "excepted"),
    [
        ("The only area not rated outstanding was help and protection.", ("help_and_protection",)),
        ("The only area not judged good overall is care leavers.", ("care_leavers",)),
        # near-misses: no 'not', no area named after the grade, or a council
        ("The only area rated outstanding was help and protection.", ()),
        ("The only area not rated outstanding was improving, said help and protection staff.", ()),
        ("The only council not rated outstanding was Ashbury.", ()),
    ],
)
def test_only_an_area_named_right_after_the_grade_is_the_exception(said, excepted):
    assert excepted_judgements(said) == excepted
