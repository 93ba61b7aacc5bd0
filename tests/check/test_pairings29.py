"""Session 29: what drift30's and drift31's wrong flags taught, each as the general
mechanism mended.

A season dated by another year is another visit's; a duration in a joined clause naming
no visit is something else's; an undated sentence told with a past verb of finding goes
on with the time the sentence before names; a claim telling what the council must do
better drops no hedge; a grade word with a measure's level ('good at 96%') grades nothing;
a rating climbed out of is no worst-since; a part of the service is not the whole; a
visit's phrase closing a rating's sentence is a claim of its own. Each test fails on the
session's start code (95c86bc) in its first case."""

from __future__ import annotations

from datetime import date

import pytest
from check_helpers import check_one_finding, check_text, claim_over, make_report

NOW = [
    ("overall_effectiveness", "good", "Overall effectiveness"),
    ("impact_of_leaders", "good", "Leaders"),
    ("help_and_protection", "good", "Help and protection"),
    ("children_in_care", "requires_improvement", "Children in care"),
    ("care_leavers", "good", "Care leavers"),
]


def _earlier(overall: str, help_and_protection: str = "good", year: int = 2019, month: int = 1):
    """Ashbury's report of an inspection in ``month`` of ``year``."""
    return make_report(
        table=[
            ("overall_effectiveness", overall, "Overall effectiveness"),
            ("impact_of_leaders", overall, "Leaders"),
            ("help_and_protection", help_and_protection, "Help and protection"),
            ("children_in_care", overall, "Children in care"),
            ("care_leavers", overall, "Care leavers"),
        ],
        sha="c" * 64,
        published=date(year, month + 1, 20),
        inspection_start=date(year, month, 14),
        inspection_end=date(year, month, 25),
    )


GOOD = [(name, "good", printed) for name, _, printed in NOW if name != "care_leavers"]


@pytest.mark.parametrize(
    ("said", "expected"),
    [("in the summer of 2018", "supported"), ("in the summer", "contradicted")],
    ids=["another-year", "undated"],
)
def test_a_season_dated_by_another_year_is_another_visits(settings, said, expected):
    """'..., the same overall grade the borough achieved when it was last inspected in the
    summer of 2018': that summer's visit, not this one (drift30: 'in the spring of 2015'
    compared with a visit in October 2018, and contradicted). Undated, the season is still
    this visit's, and its flag stands on the clause telling it (session 32: the grades
    before it are supported on their own)."""
    text = (
        "All three judgements, and the overall effectiveness grade, are good, the same "
        f"overall grade the borough achieved when it was last inspected {said}."
    )
    earlier = _earlier("good", year=2018, month=7)
    result = check_text(text, make_report(table=GOOD), [earlier], settings)
    got = claim_over(result, "last inspected")
    assert got.verdict == expected, got.explanation


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("most care proceedings conclude in an average of 27 weeks", None),
        ("inspectors spent three weeks in the borough", "3 weeks does not match"),
    ],
    ids=["proceedings", "visit"],
)
def test_a_duration_in_a_joined_clause_naming_no_visit_is_not_the_visits(
    settings, clause, expected
):
    """'When cases go to court, “...”, inspectors said, and most care proceedings conclude
    in an average of 27 weeks': the proceedings' length, not the visit's (drift30: 27 weeks
    against a visit of five days, contradicted). A joined clause that speaks of the visit
    still gives it its length."""
    text = (
        "When cases go to court, “the quality of social work evidence is of a good standard”, "
        f"inspectors said, and {clause}."
    )
    result = check_text(text, make_report(table=NOW), [], settings)
    weeks = [c for c in result.claims if "weeks does not match" in c.explanation]
    if expected is None:
        assert not weeks, [c.explanation for c in weeks]
    else:
        assert weeks and weeks[0].verdict == "contradicted", [c.explanation for c in result.claims]


@pytest.mark.parametrize(
    ("overall_then", "expected"),
    [("requires_improvement", "supported"), ("inadequate", "contradicted")],
    ids=["true-then", "wrong-then"],
)
def test_a_past_verb_of_finding_goes_on_with_the_last_inspection(settings, overall_then, expected):
    """'Ofsted's last full inspection ... took place over the winter of 2018-19 ... It found
    that services required improvement overall.': 2019's grade, told with a past verb of
    finding (drift30: read as today's, good, and contradicted). Supported when the earlier
    report bears it out ('It' is the visit the sentence before opens with: session 33; it
    was held back as one of two readings); still flagged when neither reading does."""
    text = (
        "Ofsted's last full inspection of Ashbury's children's services took place over the "
        "winter of 2018-19, with the report published in February 2019. It found that "
        "services required improvement overall."
    )
    result = check_text(text, make_report(table=NOW), [_earlier(overall_then)], settings)
    got = claim_over(result, "It found")
    assert got.verdict == expected, got.explanation


REPORT_HEDGED = (
    "Inspection of Ashbury local authority children's services\n\n"
    "1. The council's strategy to improve the quality of care for children by offering more "
    "local foster care is showing early signs of progress.\n"
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            "The report also sets out where the council must do better, including the "
            "quality of care for children and more local foster care.",
            False,
        ),
        (
            "The council's strategy of offering more local foster care has improved the "
            "quality of care for children.",
            True,
        ),
    ],
    ids=["must-do-better", "praise"],
)
def test_a_claim_telling_what_must_improve_drops_no_hedge(settings, claim, expected):
    """'The report also sets out where the council must do better, including ...': it tells
    what to improve, so it states nothing as done that the report says is begun (drift30:
    misleading beside the report's 'early signs of progress'). Praise that leaves the
    hedge out is still misleading."""
    got = check_one_finding(claim, REPORT_HEDGED, settings)
    assert (got.verdict == "misleading") == expected, got.explanation


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("school attendance for children in care was good at 96%", False),
        ("services for children in care were good", True),
    ],
    ids=["a-level", "a-grade"],
)
def test_a_grade_word_with_a_measures_level_grades_nothing(settings, said, expected):
    """'Inspectors said school attendance for children in care was good at 96%': the
    attendance's level, no grade of children in care (drift31: a share of good areas, then
    children in care's grade, contradicted). A grade told of the area still is one."""
    text = f"Inspectors said {said}."
    got = claim_over(check_text(text, make_report(table=NOW), [], settings), "Inspectors said")
    assert (got.verdict == "contradicted") == expected, got.explanation


def test_a_rating_climbed_out_of_is_no_worst_since(settings):
    """'have climbed out of the lowest Ofsted rating for the first time since 2015': the
    lowest rating is the one left (drift31: today's requires improvement read as the lowest
    since 2015, and contradicted against 2019's inadequate)."""
    table = [
        ("overall_effectiveness", "requires_improvement", "Overall effectiveness"),
        *NOW[1:],
    ]
    text = (
        "Children's services in Ashbury have climbed out of the lowest Ofsted rating for the "
        "first time since 2015."
    )
    result = check_text(text, make_report(table=table), [_earlier("inadequate")], settings)
    got = claim_over(result, "climbed out")
    assert got.verdict != "contradicted", got.explanation
    assert "Not lower than every grade" not in got.explanation


@pytest.mark.parametrize(
    ("subject", "expected"),
    [("That part of the service", "not_checkable"), ("The service", "contradicted")],
    ids=["a-part", "the-whole"],
)
def test_a_part_of_the_service_is_not_the_whole(settings, subject, expected):
    """'That part of the service was rated requires improvement three years ago': the area
    the sentence before names, not the whole service (drift31: read as the whole, good in
    2021, and contradicted). Said of the service itself, the wrong earlier grade is
    flagged."""
    text = (
        "Help and protection for children was rated good. "
        f"{subject} was rated requires improvement three years ago."
    )
    earlier = _earlier("good", help_and_protection="requires_improvement", year=2021)
    got = claim_over(check_text(text, make_report(table=NOW), [earlier], settings), "three years")
    assert got.verdict == expected, got.explanation


def test_a_visits_phrase_closing_a_ratings_sentence_is_a_claim_of_its_own(settings):
    """'... have been rated good in every area by Ofsted after a three-week inspection': the
    rating and the visit's length are two claims (drift31: one claim, so the wrong length
    flagged the right grade)."""
    text = (
        "Ashbury Council’s children’s services have been rated good in every area by Ofsted "
        "after a three-week inspection."
    )
    result = check_text(text, make_report(table=GOOD), [], settings)
    rating, visit = claim_over(result, "rated good"), claim_over(result, "three-week")
    assert rating is not visit
    assert rating.verdict == "supported", rating.explanation
    assert visit.verdict == "contradicted", visit.explanation


@pytest.mark.parametrize(
    "sentence",
    [
        "Ashbury is one of a number of North East councils to be given the good grade.",
        "Ashbury joins a growing number of councils in the North West rated good.",
        "Ashbury is one of many councils nationally whose children’s services are rated good.",
    ],
)
def test_a_council_in_a_vague_group_of_councils_is_a_standing_not_checked(settings, sentence):
    """'one of a number of North East councils', 'a growing number of councils', 'one of
    many councils nationally': a standing in a group no count settles, not checkable as the
    conventions say (drift32: each was a rating of the report); read in notes to editors
    too (tests/extract/test_notes29.py)."""
    text = f"Ashbury's services are good.\n\nNotes to editors\n{sentence}\n"
    got = claim_over(check_text(text, make_report(table=GOOD), [], settings), "councils")
    assert got.kind == "national"
    assert got.verdict == "not_checkable", got.explanation
