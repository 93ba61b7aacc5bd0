"""Comparisons that lean on the sentence before or on the archive (history24, the written
set): a year given to 'the last inspection' that the council's earlier reports show was
not its year, 'That judgement' standing for the judgement the sentence before named last,
a grade said 'then' (the earlier inspection's), and 'the same overall grade as at the last
inspection'. Invented releases and reports, checked whole (extraction and check)."""

from __future__ import annotations

from datetime import date

import pytest
from check_helpers import make_release, make_report

from verify.check import check_claims
from verify.extract import extract_claims
from verify.types import PreviousInspection


def _table(overall: str, leaders: str = "good", help_and_protection: str = "good"):
    return [
        ("impact_of_leaders", leaders, "The impact of leaders"),
        ("help_and_protection", help_and_protection, "Help and protection"),
        ("children_in_care", "good", "Children in care"),
        ("overall_effectiveness", overall, "Overall effectiveness"),
    ]


def _earlier(table, start: date, end: date, published: date):
    return make_report(
        table=table,
        framework="ilacs_2018",
        sha="c" * 64,
        published=published,
        inspection_start=start,
        inspection_end=end,
    )


JULY_2019 = (date(2019, 7, 15), date(2019, 7, 26), date(2019, 8, 27))
"""An inspection in July 2019, published in August."""
WINTER_2018 = (date(2018, 11, 26), date(2018, 12, 7), date(2019, 2, 1))
"""An inspection at the end of 2018, published in 2019: 'in 2019' as often as 'in 2018'."""


def _checked(text: str, now, earlier, settings, words: str, account: str = ""):
    """The verdict of the claim over ``words`` in the release ``text``, checked against a
    report graded ``now`` (printing ``account`` of the last inspection, in 2019, when
    given) and the council's ``earlier`` report."""
    release = make_release(text)
    claims = extract_claims(release)
    told = PreviousInspection(
        text=account, year=2019, kind="inspection", grade=None, start=0, end=len(account)
    )
    report = make_report(table=now, previous=[told] if account else [])
    result = check_claims(release, claims, [report], [earlier], settings, None)
    return next(c for c in result.claims if words in c.text)


@pytest.mark.parametrize(
    ("year", "held", "expected"),
    [
        ("2018", JULY_2019, "contradicted"),
        ("2019", JULY_2019, "supported"),
        ("2019", WINTER_2018, "supported"),
        ("2018", WINTER_2018, "supported"),
    ],
)
def test_a_year_given_to_the_last_inspection_is_the_earlier_reports(settings, year, held, expected):
    """'The last full inspection, in 2018, ...' when the council's last graded inspection
    before this one was in July 2019: the archive settles the year (history24: the report's
    own account of 2019, a year off, supported it). An inspection at the end of 2018
    published in 2019 is either year's."""
    text = f"The last full inspection, in {year}, had judged the service good overall."
    earlier = _earlier(_table("good", help_and_protection="requires_improvement"), *held)
    got = _checked(text, _table("good"), earlier, settings, "The last full inspection")
    assert got.verdict == expected, got.explanation


def test_a_year_after_every_earlier_report_is_not_settled_by_them(settings):
    """'The last inspection, in 2021' beside a latest report of 2019: the archive may lack
    the 2021 report, so the year is no error the reports show."""
    text = "The last full inspection, in 2021, had judged the service good overall."
    earlier = _earlier(_table("good"), *JULY_2019)
    got = _checked(text, _table("good"), earlier, settings, "The last full inspection")
    assert not got.decided_by.endswith("_last_inspected_later"), got.explanation


@pytest.mark.parametrize(
    ("account", "expected"),
    [
        ("Since the last inspection in 2019, services have continued to improve.", "contradicted"),
        ("Services have continued to improve.", "supported"),
    ],
)
def test_a_year_after_the_last_report_is_settled_when_the_report_dates_it(
    settings, account, expected
):
    """'its last inspection in 2020' when the latest earlier report is of 2019 and the
    report itself says 'Since the last inspection in 2019': both date the last inspection
    (history24, wave 2: 2019 for 2018 and 2018 for 2017 were left unchecked). Without the
    report's own date the archive alone does not settle it (it may lack a report)."""
    text = "The council was rated good at its last inspection in 2020."
    earlier = _earlier(_table("good"), *JULY_2019)
    got = _checked(text, _table("good"), earlier, settings, "The council", account)
    assert (got.verdict == "contradicted") == (expected == "contradicted"), got.explanation


@pytest.mark.parametrize(
    ("account", "expected"),
    [
        ("Since the last inspection in 2019, services have continued to improve.", "contradicted"),
        ("Services have continued to improve.", "not_checkable"),
    ],
)
def test_last_inspected_in_a_later_year_is_settled_when_the_report_dates_it(
    settings, account, expected
):
    """'Ofsted last inspected the council in 2020', a year told with no grade (the history
    check's), is judged as the comparison's year is: wrong when the report itself dates
    the last inspection to the latest earlier report's year, else unsettled."""
    text = "Ofsted last inspected the council in 2020."
    earlier = _earlier(_table("good"), *JULY_2019)
    got = _checked(text, _table("good"), earlier, settings, "last inspected", account)
    assert got.verdict == expected, got.explanation


def test_the_last_inspection_of_a_service_inspected_apart_is_not_the_councils(settings):
    """'Services for looked after children were judged good at their last inspection in
    2011': that service's own inspection (inspected apart until 2013), not the council's
    last inspection, so the council's 2014 report is no later 'last inspection'."""
    text = "Services for looked after children were judged good at their last inspection in 2011."
    earlier = _earlier(_table("good"), date(2014, 1, 13), date(2014, 2, 5), date(2014, 3, 21))
    got = _checked(text, _table("good"), earlier, settings, "looked after")
    assert not got.decided_by.endswith("_last_inspected_elsewhen"), got.explanation


def test_a_year_not_given_to_the_last_inspection_is_not_its_year(settings):
    """'rated good in 2018, as at the last inspection': 2018 is not said to be the last
    inspection's year, so the 2019 report does not contradict it as one."""
    text = "The service was rated good in 2018, and remains good since the last inspection."
    earlier = _earlier(_table("good"), *JULY_2019)
    got = _checked(text, _table("good"), earlier, settings, "The service was rated good")
    assert not got.decided_by.endswith("_last_inspected_later"), got.explanation


BEFORE = (
    "The last inspection, in 2019, judged the service good overall but found that help and "
    "protection required improvement. "
)


@pytest.mark.parametrize(
    ("help_now", "expected"), [("good", "supported"), ("requires_improvement", "contradicted")]
)
def test_that_judgement_is_the_one_the_sentence_before_named_last(settings, help_now, expected):
    """'That judgement has now moved up a grade to good': help and protection's, named
    last in the sentence before (history24: read as the overall grade, good then and now,
    and contradicted)."""
    text = BEFORE + "That judgement has now moved up a grade to good."
    earlier = _earlier(_table("good", help_and_protection="requires_improvement"), *JULY_2019)
    now = _table("good", help_and_protection=help_now)
    got = _checked(text, now, earlier, settings, "That judgement")
    assert got.verdict == expected, got.explanation


@pytest.mark.provisional
def test_that_rating_is_not_taken_for_the_judgement_named_before(settings):
    """'That rating' tells the service's grade as often as an area's: not given the
    judgement the sentence before named, its move is the overall grade's (good then and
    now: no grade up)."""
    text = BEFORE + "That rating has now moved up a grade to good."
    earlier = _earlier(_table("good", help_and_protection="requires_improvement"), *JULY_2019)
    got = _checked(text, _table("good"), earlier, settings, "That rating")
    assert got.verdict == "contradicted", got.explanation


@pytest.mark.provisional
@pytest.mark.parametrize(
    ("leaders_then", "expected"), [("good", "supported"), ("outstanding", "contradicted")]
)
def test_a_grade_said_then_is_the_earlier_inspections(settings, leaders_then, expected):
    """'But leadership, which was rated good then, has slipped a grade': good is the
    earlier inspection's, named in the sentence before (history24: was today's grade and
    contradicted by today's requires improvement)."""
    text = (
        "The service was judged to require improvement at the last inspection in 2019. "
        "But leadership, which was rated good then, has slipped a grade."
    )
    earlier = _earlier(_table("requires_improvement", leaders=leaders_then), *JULY_2019)
    now = _table("requires_improvement", leaders="requires_improvement")
    got = _checked(text, now, earlier, settings, "But leadership")
    assert got.verdict == expected, got.explanation


@pytest.mark.provisional
@pytest.mark.parametrize(
    ("overall_now", "expected"),
    [("requires_improvement", "supported"), ("good", "contradicted")],
)
def test_the_same_overall_grade_as_at_the_last_inspection(settings, overall_now, expected):
    """'That is the same overall grade as at the last full inspection in July 2019': the
    overall grade kept, against that report (history24: was a finding no passage says)."""
    text = (
        f"The council was rated {overall_now.replace('_', ' ')} overall. That is the same "
        "overall grade as at the last full inspection in July 2019."
    )
    earlier = _earlier(_table("requires_improvement"), *JULY_2019)
    got = _checked(text, _table(overall_now), earlier, settings, "That is the same")
    assert got.verdict == expected, got.explanation


SIF_2017 = (date(2017, 6, 12), date(2017, 7, 6), date(2017, 8, 25))


@pytest.mark.provisional
@pytest.mark.parametrize(
    ("overall_then", "expected"), [("good", "supported"), ("requires_improvement", "contradicted")]
)
def test_an_earlier_grade_before_an_area_graded_apart_is_the_services(
    settings, overall_then, expected
):
    """'..., when services were also rated good and adoption was judged outstanding': good
    is the service's then, adoption's own grade follows its name (history24: good was read
    as adoption's and contradicted by 2017's outstanding adoption)."""
    text = (
        "The result builds on the council's last full inspection in 2017, when services were "
        "also rated good and adoption was judged outstanding."
    )
    then = [
        ("overall_effectiveness", overall_then, "Overall effectiveness"),
        ("adoption", "outstanding", "Adoption performance"),
    ]
    earlier = _earlier(then, *SIF_2017)
    got = _checked(text, _table("good"), earlier, settings, "The result builds")
    assert got.verdict == expected, got.explanation
