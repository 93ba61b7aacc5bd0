"""Counts and shares of judgements against every reading of their total (shares18).

The conventions do not say which judgements a share counts: with or without overall
effectiveness, with or without the LSCB's separate review, and for SIF with or without its
sub-judgements (adoption and care leavers, graded within children looked after). A share
is contradicted only when no reading makes it true, and its explanation names the
reading that did."""

from __future__ import annotations

import pytest
from check_helpers import C, S, make_claim, make_release, make_report

from verify.check import check_claims
from verify.extract.values import parse_values
from verify.types import Judgement
from verify.words.judgements import key_judgements

SIF_TABLE = [
    ("overall_effectiveness", "requires_improvement", "Overall effectiveness"),
    ("help_and_protection", "good", "Children who need help and protection"),
    ("looked_after_and_permanence", "requires_improvement", "Children looked after"),
    ("adoption", "good", "Adoption performance"),
    ("care_leavers", "requires_improvement", "Experiences and progress of care leavers"),
    ("leadership_management_governance", "good", "Leadership, management and governance"),
    ("lscb", "good", "The Local Safeguarding Children Board"),
]
"""Good: three of the five areas, three of six with overall effectiveness, four of six or
seven with the board's review; two of the three key judgements (no sub-judgements)."""


def checked(report, text, settings):
    release = make_release(text)
    values = parse_values(text).model_dump(exclude_none=True)
    claim = make_claim(release, text, kind="rating", **values)
    return check_claims(release, [claim], [report], [], settings, None).claims[0]


@pytest.mark.parametrize(
    ("text", "expected", "reading"),
    [
        ("Two of the three key judgements were good.", S, "2 of 3 key judgements"),
        ("Half of the four key judgements were good.", S, "2 of 4 key judgements"),
        ("57 per cent of the judgements were good.", S, "4 of 7 graded areas with overall"),
        ("Four of the six areas were good.", S, "4 of 6 graded areas with the LSCB"),
        ("Good in four of the five areas.", C, "No reading"),
        ("Three quarters of the judgements were good.", C, "No reading"),
    ],
)
def test_a_sif_share_is_true_on_any_reading_of_its_total(settings, text, expected, reading):
    """Two of SIF's key judgements are good (adoption, a third good grade, is a
    sub-judgement); four of the seven rows with the board's review: each was contradicted,
    read only as the five areas or six judgements. Key judgements are a reading only when
    the claim names a total or says 'key' (three quarters of the judgements is none)."""
    got = checked(make_report(table=SIF_TABLE, framework="sif"), text, settings)
    assert got.verdict == expected, got.explanation
    assert reading in got.explanation


def test_a_share_of_a_report_with_no_overall_grade_says_so(settings):
    """An ILACS 2026 report grades no overall effectiveness: 'three of the five judgements'
    has no reading, and the explanation says why there is no fifth."""
    table = [
        ("impact_of_leaders", "outstanding", "Leaders"),
        ("help_and_protection", "good", "Help and protection"),
        ("children_in_care", "good", "Children in care"),
        ("care_leavers", "good", "Care leavers"),
    ]
    report = make_report(table=table, framework="ilacs_2026")
    got = checked(report, "It was good in three of the five judgements.", settings)
    assert got.verdict == C
    assert "gives no overall effectiveness grade" in got.explanation


def test_key_judgements_are_sifs_areas_without_its_sub_judgements():
    sif = [Judgement(name=n, grade=g, printed=p) for n, g, p in SIF_TABLE]
    assert [j.name for j in key_judgements(sif, "sif")] == [
        "help_and_protection",
        "looked_after_and_permanence",
        "leadership_management_governance",
    ]
    assert key_judgements(sif, "ilacs_2023") is None


@pytest.mark.parametrize(
    ("text", "count", "of_total"),
    [
        ("Two of the three key judgements were judged good.", 2, 3),
        ("Inspectors rated four out of five graded areas as good.", 4, 5),
        ("It was good in two of its three main areas.", 2, 3),
    ],
)
def test_a_count_of_key_or_graded_judgements_is_read(text, count, of_total):
    """'key', 'main', 'graded' between the count and what it counts (each was no count, and
    the grade was checked bare)."""
    values = parse_values(text)
    assert (values.count, values.of_total) == (count, of_total)


def test_a_count_out_of_a_total_puts_no_grade_in_the_past():
    """'four out of five areas ... good' is today's count: 'out of' before a number is no
    'moved out of' (the grade was read as an earlier inspection's and compared with it:
    contradicted against a council inadequate two years before)."""
    values = parse_values("Inspectors rated four out of five areas as good.")
    assert [g.time_cue for g in values.grades] == [None]
    assert values.previous_grade is None
    moved = parse_values("The council has moved out of inadequate and is now rated good.")
    assert moved.grades[0].time_cue == "earlier"


def test_a_share_counting_the_board_is_a_share_of_the_table(settings):
    """'Six of the seven judgements ... when the review of the board is counted' counts the
    LSCB's row of a SIF table: a share, not the board's own grade (which was looked for in
    the report's prose and left not_checkable)."""
    report = make_report(table=SIF_TABLE, framework="sif")
    text = "Four of the seven judgements were good when the safeguarding children board is counted."
    got = checked(report, text, settings)
    assert got.verdict == S, got.explanation
    assert "True read as 4 of 7" in got.explanation
    wrong = "Five of the seven judgements were good when the LSCB is counted."
    assert checked(report, wrong, settings).verdict == C


def test_a_share_of_no_reading_of_plain_areas_names_its_grade_first(settings):
    """The readings of a total the plain areas do not have ('two of the four') are told
    after the grade, not with 'are good' put on a reading's name."""
    report = make_report(table=SIF_TABLE, framework="sif")
    got = checked(report, "It was good in two of the four key judgements.", settings)
    assert got.verdict == S
    got = checked(report, "It was good in one of the four judgements.", settings)
    assert got.verdict == C
    assert got.explanation.startswith("Good: ")


@pytest.mark.parametrize(
    "text",
    [
        "Inspectors rated the service good and listed two areas where practice must improve.",
        "The good rating comes with three recommendations and two areas to work on.",
        "Ofsted rated the council good overall and identified three areas for improvement.",
        "Ashbury was rated good, with inspectors identifying four areas of strength.",
    ],
)
def test_areas_a_report_raises_are_no_count_of_judgements(settings, text):
    """Areas for improvement, to work on, of strength are points the report raises, no
    judgements at a grade: the grade is the service's (two 'areas where practice must
    improve' were read as two good areas and contradicted)."""
    assert parse_values(text).count is None
    got = checked(make_report(), text, settings)
    assert got.verdict == S, got.explanation


def test_areas_of_the_councils_work_are_its_judgements():
    """'Three of the four areas of its work' still counts the judgements."""
    values = parse_values(
        "The council was found to be good in three of the four areas of its work."
    )
    assert (values.count, values.of_total) == (3, 4)


def test_sifs_five_areas_are_not_its_key_judgements_with_overall_and_the_board(settings):
    """'Four of the five areas' of a SIF report are its five areas (two good here), not its
    three key judgements with overall effectiveness and the board's review (four good):
    faithful5's planted count stayed flagged only while that reading was not made."""
    grades = {
        "adoption": "requires_improvement",
        "care_leavers": "requires_improvement",
        "leadership_management_governance": "requires_improvement",
        "looked_after_and_permanence": "good",
        "overall_effectiveness": "good",
    }
    table = [(n, grades.get(n, g), p) for n, g, p in SIF_TABLE]
    report = make_report(table=table, framework="sif")
    got = checked(report, "It was good in four of the five areas.", settings)
    assert got.verdict == C, got.explanation


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        ("Ashbury was rated good, and 90% of care leavers are in touch with the council.", None),
        ("Ashbury was rated good; 85 per cent of its social workers are permanent.", None),
        ("Ashbury was outstanding in 50 per cent of the four areas.", 50.0),
        ("Good in 75% of areas.", 75.0),
        ("Its schools do well, with 95 per cent rated good or outstanding.", 95.0),
    ],
)
def test_a_percentage_of_something_else_is_no_share_of_judgements(settings, text, percent):
    """A percentage of care leavers or staff is no share of the judgements (it was read as
    good areas, 90% of them, and contradicted); one of the areas, or of nothing named, is."""
    assert parse_values(text).percent == percent
    if percent is None:
        assert checked(make_report(), text, settings).verdict == S


def test_all_but_a_number_is_read_from_the_one_parse_of_the_quantifier(settings):
    """'all of the key judgement areas but one' leaves one out (``ClaimValues.all_but``,
    read by extraction): the checker read it again from the quantifier's words, with a
    pattern of its own that missed 'key judgement areas', so the share was never counted."""
    text = "Services were rated good in all of the key judgement areas but one."
    assert parse_values(text).all_but == 1
    got = checked(make_report(table=SIF_TABLE, framework="sif"), text, settings)
    assert got.verdict == S, got.explanation
    assert "2 of 3 key judgements" in got.explanation
