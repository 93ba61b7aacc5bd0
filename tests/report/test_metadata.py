"""Cover-page readers on every printed style of date range, name and team sentence."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from verify.report.metadata import (
    first_period,
    inspection_dates,
    lead_inspector,
    previous_inspections,
    team,
)

STYLES = (
    "{a.day} to {b.day} {b:%B %Y}",
    "{a.day} {a:%B} to {b.day} {b:%B %Y}",
    "{a.day} {a:%B %Y} to {b.day} {b:%B %Y}",
    "{a.day} {a:%B %Y} – {b.day} {b:%B %Y}",
    "{a:%d/%m/%Y} to {b:%d/%m/%Y}",
    "{a.day} {a:%b %Y} – {b.day} {b:%B %Y}",
)


@given(
    start=st.dates(min_value=date(2012, 1, 1), max_value=date(2027, 12, 1)),
    days=st.integers(min_value=0, max_value=20),
    style=st.sampled_from(STYLES),
)
def test_every_printed_range_style_reads_back(start, days, style):
    end = start + timedelta(days=days)
    if style.startswith("{a.day} to") and (start.month, start.year) != (end.month, end.year):
        return  # that style only prints ranges within one month
    if style.startswith("{a.day} {a:%B} to") and start.year != end.year:
        return  # that style only prints ranges within one year
    text = f"Inspection dates: {style.format(a=start, b=end)}\n\nLead inspector: Ada Lovelace"
    assert inspection_dates(text) == (start, end)


def test_two_on_site_periods():
    text = (
        "Inspection dates: 8 July 2019 to 12 July 2019 and 7 August 2019 to 8 August 2019\n\nLead"
    )
    assert inspection_dates(text) == (date(2019, 7, 8), date(2019, 8, 8))
    assert first_period(text) == (date(2019, 7, 8), date(2019, 7, 12))


def test_lead_inspector_styles():
    assert lead_inspector("Lead inspector: Lisa Summers, His Majesty’s Inspector") == "Lisa Summers"
    assert lead_inspector("Lead inspector: Lorna Schlechte\n\nHer Majesty’s Inspector") == (
        "Lorna Schlechte"
    )
    assert lead_inspector("Lead inspector: Mandy Nightingale HMI Judgement") == "Mandy Nightingale"
    assert lead_inspector("Reporting inspector Sarah Urding HMI") == "Sarah Urding"
    assert (
        lead_inspector("Lead inspector: Fiona J Millns Team inspectors: Linda") == "Fiona J Millns"
    )
    assert lead_inspector("No lead is named here.") is None


def test_team_sentence_styles():
    sentence = "The inspection team consisted of six of Her Majesty’s Inspectors (HMI) from Ofsted"
    assert (team(f"{sentence}.").hmi, team(f"{sentence}.").other) == (6, 0)
    mixed = team(f"{sentence}, an additional inspector and a local authority seconded inspector.")
    assert (mixed.hmi, mixed.other) == (6, 2)
    words = team(
        "The inspection team consisted of 11 of Her Majesty’s Inspectors (HMI) and two Ofsted "
        "Inspectors (OIs)."
    )
    assert (words.hmi, words.other) == (11, 2)
    assert team("Lead inspector: Ada Lovelace").hmi is None


@pytest.mark.parametrize(
    ("sentence", "grade"),
    [
        ("The local authority was judged to be Grade 2 (Good).", "good"),
        ("The local authority was judged to be adequate (Grade 3).", "adequate"),
        (
            "The previous inspection of the local authority adoption services in June 2011 "
            "judged the service as good.",
            "good",
        ),
        (
            "The previous inspections of services for looked after children in September 2010 "
            "judged services as adequate.",
            "adequate",
        ),
        ("The local authority was judged to be inadequate.", "inadequate"),
    ],
)
def test_an_earlier_inspections_grade_in_every_printed_form(sentence, grade):
    opening = "" if "previous" in sentence else "The previous inspection was in 2011. "
    text = opening + sentence
    assert previous_inspections(text)[-1].grade == grade


@pytest.mark.parametrize(
    ("sentence", "year", "grade"),
    [
        (
            "Services for children in Barnet are good, and much improved from the services that "
            "were found to be inadequate in 2017.",
            2017,
            "inadequate",
        ),
        (
            "Help for families has improved since it was rated requires improvement in 2019.",
            2019,
            "requires_improvement",
        ),
        (
            "Children’s services in the predecessor local authority, Cumbria County Council, "
            "were judged requires improvement to be good in November 2022.",
            2022,
            "requires_improvement",
        ),
    ],
)
def test_a_grade_given_in_an_earlier_year_is_an_account_of_that_inspection(sentence, year, grade):
    """A sentence that grades an earlier year without the word 'inspection' still recounts it."""
    (account,) = previous_inspections(sentence)
    assert (account.year, account.grade) == (year, grade)


def test_a_grade_word_beside_a_year_not_given_is_no_account():
    assert previous_inspections("Good practice was seen in 2016 by the new team.") == []
