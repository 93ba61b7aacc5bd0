"""What a release tells of an earlier inspection (drift25): its dates ('The previous
inspection took place between ...'), a rating kept while an area moved, a move from an
earlier grade hung on a dated rating (', up from requires improvement two years
earlier'), and an earlier grade given to the areas named before it. Invented releases and
reports, checked whole (extraction and check); each form in a right and a wrong version."""

from __future__ import annotations

from datetime import date

import pytest
from check_helpers import make_release, make_report

from verify.check import check_claims
from verify.extract import extract_claims


def _table(overall: str, in_care: str = "good", leaders: str = "good"):
    return [
        ("impact_of_leaders", leaders, "The impact of leaders"),
        ("help_and_protection", "good", "Help and protection"),
        ("children_in_care", in_care, "Children in care"),
        ("overall_effectiveness", overall, "Overall effectiveness"),
    ]


def _earlier(table, start: date, end: date, published: date, sha: str = "c"):
    return make_report(
        table=table,
        framework="ilacs_2018",
        sha=sha * 64,
        published=published,
        inspection_start=start,
        inspection_end=end,
    )


JULY_2019 = (date(2019, 7, 15), date(2019, 7, 26), date(2019, 8, 27))
"""The inspection before the one at hand (4 to 8 March 2024)."""
MAY_2017 = (date(2017, 5, 8), date(2017, 5, 25), date(2017, 7, 7))
"""The one before that, two years earlier."""


def _checked(text: str, now, earlier: list, settings, words: str):
    """The verdicts of the claims over ``words`` in the release ``text``, checked against a
    report graded ``now`` and the council's ``earlier`` reports."""
    release = make_release(text)
    result = check_claims(
        release, extract_claims(release), [make_report(table=now)], earlier, settings, None
    )
    got = [c for c in result.claims if words in c.text]
    assert got, [c.text for c in result.claims]
    return got


@pytest.mark.parametrize(
    ("days", "expected"),
    [("15 and 26 July 2019", "supported"), ("8 and 19 July 2019", "contradicted")],
)
def test_the_previous_inspections_dates_are_its_reports(settings, days, expected):
    """'Ashbury's previous inspection took place between ...': the earlier visit's days,
    checked against its report, never against this visit's (drift25: contradicted by the
    dates of the inspection at hand)."""
    text = f"Ashbury's previous inspection took place between {days}."
    earlier = [_earlier(_table("good"), *JULY_2019)]
    [got] = _checked(text, _table("good"), earlier, settings, "previous inspection")
    assert got.verdict == expected, got.explanation
    assert "2024" not in got.explanation, got.explanation


def test_the_previous_inspections_dates_unknown_to_the_archive_are_unsettled(settings):
    """Days of an earlier inspection in a year no earlier report is of: the archive may
    lack its report, so they are not flagged."""
    text = "Ashbury's previous inspection took place between 5 and 16 June 2016."
    earlier = [_earlier(_table("good"), *JULY_2019)]
    [got] = _checked(text, _table("good"), earlier, settings, "previous inspection")
    assert got.verdict != "contradicted", got.explanation


@pytest.mark.parametrize(
    ("then", "expected"), [("good", "supported"), ("requires_improvement", "contradicted")]
)
def test_dates_of_the_previous_inspection_before_its_grades(settings, then, expected):
    """'At the previous inspection, from 15 to 26 July 2019, Ashbury was judged good in
    every area': the dates are the earlier visit's, the grades settle it."""
    text = (
        "At the previous inspection, from 15 to 26 July 2019, Ashbury was judged good in "
        "every area."
    )
    earlier = [_earlier(_table(then), *JULY_2019)]
    [got] = _checked(text, _table("good"), earlier, settings, "previous inspection")
    assert got.verdict == expected, got.explanation
    assert "2024" not in got.explanation, got.explanation


@pytest.mark.parametrize(
    ("days", "expected"),
    [("4 and 8 March 2024", "supported"), ("11 and 15 March 2024", "contradicted")],
)
def test_dates_after_since_the_last_inspection_are_this_visits(settings, days, expected):
    """'The inspection, the first since the last inspection in 2019, took place between
    ...': 'since' dates a change, so the days are the visit at hand's, still checked."""
    text = (
        f"The inspection, the first since the last inspection in 2019, took place between {days}."
    )
    earlier = [_earlier(_table("good"), *JULY_2019)]
    got = _checked(text, _table("good"), earlier, settings, "took place")
    assert any(c.verdict == expected for c in got), [c.explanation for c in got]


@pytest.mark.provisional
@pytest.mark.parametrize(
    ("overall_now", "expected"), [("good", "supported"), ("requires_improvement", "contradicted")]
)
def test_a_rating_retained_is_the_overall_grade(settings, overall_now, expected):
    """'has retained the good rating it achieved in 2019': the overall grade kept, which an
    area's rise within it does not make untrue (drift25: children in care's rise from good
    to outstanding contradicted it, with an explanation naming only what agreed)."""
    text = (
        "Ashbury has retained the good rating it achieved in 2019, when inspectors found "
        'services "much improved" from those judged inadequate two years earlier.'
    )
    earlier = [_earlier(_table("good"), *JULY_2019)]
    now = _table(overall_now, in_care="outstanding")
    got = _checked(text, now, earlier, settings, "retained the good rating")
    assert got[0].verdict == expected, got[0].explanation
    if expected == "contradicted":
        assert "not maintained as told" in got[0].explanation, got[0].explanation


@pytest.mark.provisional
@pytest.mark.parametrize(
    ("text", "then"),
    [
        (
            "Ashbury was rated good in 2019, up from requires improvement two years earlier.",
            "requires_improvement",
        ),
        ("Ashbury was rated good in 2019, up from inadequate two years earlier.", "inadequate"),
    ],
)
@pytest.mark.parametrize("in_2017", ["requires_improvement", "inadequate"])
def test_a_move_hung_on_a_dated_rating_is_a_claim_of_its_own(settings, text, then, in_2017):
    """'Ashbury was rated good in 2019, up from requires improvement two years earlier':
    the rating of 2019 and the move from 2017 ('two years earlier' than 2019, not than
    today), each with its own verdict (drift25: one claim, contradicted for the earlier
    grade, flagged the true rating with it)."""
    earlier = [
        _earlier(_table("good"), *JULY_2019),
        _earlier(_table(in_2017), *MAY_2017, sha="d"),
    ]
    now = _table("good", in_care="outstanding")
    [rated] = _checked(text, now, earlier, settings, "rated good in 2019")
    [moved] = _checked(text, now, earlier, settings, "up from")
    assert rated.verdict == "supported", rated.explanation
    expected = "supported" if then == in_2017 else "contradicted"
    assert moved.verdict == expected, moved.explanation
    if expected == "contradicted":
        assert "as told" in moved.explanation, moved.explanation


@pytest.mark.provisional
@pytest.mark.parametrize(
    ("in_care_then", "expected"), [("good", "supported"), ("inadequate", "contradicted")]
)
def test_an_earlier_grade_is_the_areas_named_before_it(settings, in_care_then, expected):
    """'At the previous inspection, in July 2019, services for children in care and care
    leavers were judged good and overall effectiveness required improvement to be good':
    good was those areas' then, not the whole's (drift25: compared with the overall grade,
    requires improvement, and contradicted)."""
    text = (
        "At the previous inspection, in July 2019, services for children in care and care "
        "leavers were judged good and overall effectiveness required improvement to be good."
    )
    earlier = [_earlier(_table("requires_improvement", in_care=in_care_then), *JULY_2019)]
    now = _table("requires_improvement", in_care="requires_improvement")
    [got] = _checked(text, now, earlier, settings, "previous inspection")
    assert got.verdict == expected, got.explanation


@pytest.mark.parametrize(("year", "expected"), [("2019", "supported"), ("2017", "contradicted")])
def test_the_last_inspection_given_an_earlier_reports_year(settings, year, expected):
    """'since its last inspection, which took place in 2017': wrong when the council's
    graded report of 2019 came after 2017's, though 2017's report is held (drift25: checked
    against 2017's report alone and supported)."""
    text = (
        "Inspectors said the council had not made sufficient progress since its last "
        f"inspection, which took place in {year} and also found the service required improvement."
    )
    earlier = [
        _earlier(_table("requires_improvement"), *JULY_2019),
        _earlier(_table("requires_improvement"), *MAY_2017, sha="d"),
    ]
    now = _table("requires_improvement")
    # the year's relative clause is a comparison of its own, split off the finding before it
    [got] = _checked(text, now, earlier, settings, "which took place")
    assert got.verdict == expected, got.explanation


@pytest.mark.parametrize(
    "excepted", ["children in care", "children in care and the impact of leaders"]
)
def test_areas_named_as_exceptions_are_not_given_the_earlier_grade(settings, excepted):
    """'... since 2019, when every area but children in care was inadequate': the grade is
    the other areas', not the excepted ones' (gate8: 'every area but adoption and care
    leavers was inadequate' compared adoption with inadequate, contradicted by its
    requires improvement)."""
    text = (
        "The council has not been rated inadequate since 2019, when every area but "
        f"{excepted} was inadequate."
    )
    then = _table("inadequate", in_care="requires_improvement", leaders="requires_improvement")
    then[1] = ("help_and_protection", "inadequate", "Help and protection")
    earlier = [_earlier(then, *JULY_2019)]
    [got] = _checked(text, _table("good"), earlier, settings, "every area but")
    assert got.verdict == "supported", got.explanation
