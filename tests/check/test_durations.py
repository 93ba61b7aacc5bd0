"""Durations and dates judged the way people count them, contradicted only when the
stated value falls outside every reasonable reading of the printed dates, and each
contradiction naming the value that conflicts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from check_helpers import make_claim, make_release, make_report

from verify.check import check_claims
from verify.extract import extract_claims
from verify.extract.values import parse_values
from verify.report import load_report
from verify.types import Team

# 20 May to 11 June 2014: 23 days, four calendar weeks spanned (Liverpool's 2014 dates).
MAY_JUNE = {"inspection_start": date(2014, 5, 20), "inspection_end": date(2014, 6, 11)}


def _fact(report, text, settings):
    release = make_release(text)
    values = parse_values(text, 2014).model_dump(exclude={"grades"})
    claim = make_claim(release, text, kind="inspection_fact", **values)
    return check_claims(release, [claim], [report], [], settings, None).claims[0]


@pytest.mark.parametrize("weeks", ["three", "four"])
def test_weeks_on_site_or_calendar_weeks_spanned_are_both_right(weeks, settings):
    text = f"Inspectors spent {weeks} weeks in the city in May and June."
    got = _fact(make_report(**MAY_JUNE), text, settings)
    assert got.verdict == "supported", got.explanation


def test_a_duration_outside_every_reading_is_contradicted_and_named(settings):
    text = "Inspectors spent two weeks in the city in May and June."
    got = _fact(make_report(**MAY_JUNE), text, settings)
    assert got.verdict == "contradicted"
    assert got.explanation.startswith("2 weeks does not match"), got.explanation


def test_a_contradiction_opens_on_the_conflict_not_on_what_agrees(settings):
    report = make_report(inspection_start=date(2026, 1, 12), inspection_end=date(2026, 1, 16))
    got = _fact(report, "The inspection took place over two weeks in January 2026.", settings)
    assert got.verdict == "contradicted"
    conflict, agrees = got.explanation.split("(what agrees:")
    assert "2 weeks does not match" in conflict and "January" in agrees


def test_a_wrong_team_size_names_the_size_stated(settings):
    report = make_report(**MAY_JUNE, team=Team(hmi=6, other=2))
    got = _fact(report, "A 10-strong Ofsted team spent three weeks in the city.", settings)
    assert got.verdict == "contradicted"
    assert got.explanation.startswith("10 in all does not match"), got.explanation


def test_a_wrong_month_in_a_clause_flags_that_clause_not_the_finding(settings):
    report = make_report(inspection_start=date(2017, 1, 16), inspection_end=date(2017, 2, 9))
    text = (
        "Following a four-week inspection in February, inspectors found that "
        "leaders know their services well."
    )
    release = make_release(text)
    got = check_claims(release, extract_claims(release), [report], [], settings, None).claims
    checked = {c.text: c for c in got if c.kind != "quote"}
    fact = checked.pop("Following a four-week inspection in February")
    assert fact.verdict == "contradicted"
    assert fact.explanation.startswith("February does not match"), fact.explanation
    assert checked and all(c.verdict != "contradicted" for c in checked.values()), checked


@pytest.mark.shared
@pytest.mark.parametrize(("said", "expected"), [("three", "supported"), ("two", "contradicted")])
def test_weeks_against_a_real_reports_printed_dates(said, expected, reports_dir, settings):
    name = "80485_liverpool/children's services inspection - 18 july 2014.pdf"
    report = load_report(str(reports_dir / name), settings)
    assert (report.inspection_start, report.inspection_end) == tuple(MAY_JUNE.values())
    text = f"Ofsted inspectors spent {said} weeks in the city in May and June."
    release = make_release(text)
    claims = [c for c in extract_claims(release) if c.kind == "inspection_fact"]
    got = check_claims(release, claims, [report], [], settings, None).claims
    assert [c.verdict for c in got] == [expected], [c.explanation for c in got]


def test_days_on_site_are_a_reading_of_the_dates(settings):
    # Monday 12 to Friday 23 January 2026: 12 days in all, 10 working days.
    report = make_report(inspection_start=date(2026, 1, 12), inspection_end=date(2026, 1, 23))
    for days, expected in (("ten", "supported"), ("12", "supported"), ("seven", "contradicted")):
        got = _fact(report, f"Inspectors spent {days} days on site in January 2026.", settings)
        assert got.verdict == expected, got.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Services have improved since the last inspection on 5 March 2019.",
        "Previously inspected in 2 to 13 May 2019, the council has improved.",
    ],
)
def test_a_date_looked_back_on_is_an_earlier_visits(text, settings):
    report = make_report(inspection_start=date(2023, 6, 5), inspection_end=date(2023, 6, 16))
    got = _fact(report, text, settings)
    assert got.verdict != "contradicted", got.explanation


@pytest.mark.parametrize(
    ("start", "text", "wrong"),
    [
        (date(2023, 6, 5), "Inspectors visited on 5 March 2023.", "5 March 2023"),
        (date(2024, 2, 5), "The report was published on 2 April 2024.", "2 April 2024"),
    ],
    ids=["visit", "publication"],
)
def test_a_wrong_date_of_the_visit_or_its_report_is_contradicted(start, text, wrong, settings):
    report = make_report(inspection_start=start, inspection_end=start + timedelta(days=11))
    got = _fact(report, text, settings)
    assert got.verdict == "contradicted" and wrong in got.explanation


def test_dates_of_another_kind_of_visit_are_not_this_inspections(settings):
    report = make_report(inspection_start=date(2023, 6, 5), inspection_end=date(2023, 6, 16))
    text = "Earlier, Ofsted made a two-day monitoring visit in March."
    got = _fact(report, text, settings)
    assert got.verdict == "not_checkable" and "another kind of visit" in got.explanation


def test_a_dateline_is_not_the_visits_date(settings):
    report = make_report(inspection_start=date(2024, 2, 5), inspection_end=date(2024, 2, 16))
    text = "On 12 March 2024, Ashbury was rated good overall by Ofsted."
    release = make_release(text)
    claim = make_claim(release, text, kind="rating", dates=[date(2024, 3, 12)])
    got = check_claims(release, [claim], [report], [], settings, None).claims[0]
    assert got.verdict != "contradicted", got.explanation


def test_years_since_the_last_full_inspection_skip_a_later_monitoring_visit(settings):
    report = make_report(inspection_start=date(2024, 9, 23), inspection_end=date(2024, 9, 27))
    full = make_report(inspection_start=date(2021, 9, 20), inspection_end=date(2021, 10, 1))
    visit = make_report(
        text="Monitoring visit to Ashbury children's services\nInspectors looked at care plans.",
        table=[],
        inspection_start=date(2023, 5, 9),
        inspection_end=date(2023, 5, 10),
    )
    for said, expected in (("three", "supported"), ("six", "contradicted")):
        text = f"Services have declined since it was last inspected {said} years ago."
        release = make_release(text)
        claim = make_claim(release, text, kind="inspection_fact")
        previous = [full, visit]
        got = check_claims(release, [claim], [report], previous, settings, None).claims[0]
        assert got.verdict == expected, got.explanation


# 19 November to 11 December 2013: began and mostly ran in November (Derbyshire's dates).
NOV_DEC = {"inspection_start": date(2013, 11, 19), "inspection_end": date(2013, 12, 11)}


@pytest.mark.parametrize(
    "text",
    [
        "Ofsted published its findings after an inspection that ended in December.",
        "The inspection, which began in late autumn, ran into December.",
        "The inspection, which finished in December, looked at help and protection.",
    ],
)
def test_the_month_a_visit_ended_in_named_as_its_end_is_right(text, settings):
    got = _fact(make_report(**NOV_DEC), text, settings)
    assert got.verdict == "supported", got.explanation


def test_the_month_a_visit_ended_in_is_not_where_it_took_place(settings):
    got = _fact(make_report(**NOV_DEC), "The inspection took place in December.", settings)
    assert got.verdict == "contradicted", got.explanation


@pytest.mark.parametrize(
    ("published", "text", "want"),
    [
        # a printed publication date settles the month either way
        (
            date(2014, 2, 11),
            "The report, published in February, follows the inspection.",
            "supported",
        ),
        (date(2014, 2, 11), "The report was published in March.", "contradicted"),
        # an ILACS file's date supports its month, but is no printed date to flag against
        (None, "The report, published in February, follows the inspection.", "supported"),
        (None, "The report was published in March.", "not_checkable"),
    ],
)
def test_the_publication_month_is_checked_against_the_publication_not_the_visit(
    published, text, want, settings
):
    report = make_report(**NOV_DEC, published=published, file_date=date(2014, 2, 11))
    got = _fact(report, text, settings)
    assert got.verdict == want, got.explanation


@pytest.mark.parametrize(
    "text",
    [
        "The report was published six weeks after the inspection.",
        "Two weeks later, inspectors returned for a monitoring visit.",
    ],
)
def test_weeks_between_two_events_are_no_duration_of_the_visit(text):
    assert parse_values(text, 2014).duration_weeks is None
