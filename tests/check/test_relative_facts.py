"""Inspection facts in the forms releases use, on invented reports: times said relative to
the release's dateline, seasons, a visit printed in two parts, days printed without a year,
the inspection's type. Contradicted only with positive evidence; a relative time with no
dateline is said to be unknown, never guessed."""

from __future__ import annotations

from datetime import date

import pytest
from check_helpers import make_claim, make_release, make_report

from verify.check import check_claims
from verify.extract.values import parse_values

# The Ashbury report's visit: 4 to 8 March 2024, a short inspection, published 26 April.
SHORT = {"inspection_type": "short"}


def _checked(text: str, settings, report=None, kind="inspection_fact", head=""):
    release = make_release(head + text)
    values = parse_values(text, None).model_dump(exclude={"grades"})
    claim = make_claim(release, text, kind=kind, **values)
    report = report or make_report(**SHORT)
    return check_claims(release, [claim], [report], [], settings, None).claims[0]


@pytest.mark.parametrize(
    ("dated", "text", "want"),
    [
        ("26 April 2024", "Ofsted published its report today.", "supported"),
        ("26 April 2024", "Ofsted published its report this week.", "supported"),
        ("26 April 2024", "Ofsted published its report last month.", "contradicted"),
        ("12 April 2024", "Inspectors visited last month.", "supported"),
        ("12 April 2024", "Inspectors visited earlier this month.", "contradicted"),
        ("12 April 2024", "The inspection was carried out earlier this year.", "supported"),
        ("12 January 2025", "The inspection was carried out earlier this year.", "contradicted"),
        ("12 January 2025", "The inspection was carried out last year.", "supported"),
        (
            "26 April 2024",
            "Services improved, according to the latest Ofsted inspection published today.",
            "supported",
        ),
    ],
)
def test_a_relative_time_is_read_against_the_release_dateline(dated, text, want, settings):
    got = _checked(text, settings, head=f"Ashbury Council\n\n{dated}\n\n")
    assert got.verdict == want, got.explanation


def test_a_relative_time_said_of_another_body_is_not_the_visit(settings):
    """ratings14: a SEND inspection 'last year' was compared with the report's visit."""
    text = (
        "The borough's SEND services were found to have widespread failings in a separate "
        "inspection last year."
    )
    got = _checked(text, settings, kind="finding", head="Ashbury Council\n\n12 April 2024\n\n")
    assert got.verdict not in ("contradicted", "unsupported"), got.explanation
    kept = _checked(
        "Inspectors visited last year.", settings, head="Ashbury Council\n\n12 April 2024\n\n"
    )
    assert kept.verdict == "contradicted", kept.explanation


def test_a_relative_time_with_no_dateline_is_unknown_not_guessed(settings):
    got = _checked("Inspectors visited last month.", settings, head="Ashbury Council\n\n")
    assert got.verdict == "not_checkable"
    assert "whose date is not known" in got.explanation


def test_a_time_of_another_event_is_not_the_visit(settings):
    text = "The council opened a family hub last month, and inspectors visited in March."
    got = _checked(text, settings, head="Ashbury Council\n\n12 January 2025\n\n")
    assert got.verdict == "supported", got.explanation


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The inspection took place in the spring.", "supported"),
        ("The inspection took place in the autumn.", "contradicted"),
        # February is within a month of spring: not settled either way
        ("The inspection took place in the winter.", "not_checkable"),
    ],
)
def test_a_season_is_compared_with_the_months_of_the_visit(text, want, settings):
    assert _checked(text, settings).verdict == want


def test_a_visit_in_two_parts_counts_its_days_part_by_part(settings):
    text = "Inspection dates: 8 July 2019 to 12 July 2019 and 7 August 2019 to 8 August 2019\n"
    report = make_report(
        text=text + "1. Children are seen.",
        inspection_start=date(2019, 7, 8),
        inspection_end=date(2019, 8, 8),
    )
    assert _checked("Inspectors spent seven days in the county.", settings, report).verdict == (
        "supported"
    )
    got = _checked("Inspectors spent three weeks in the county.", settings, report)
    assert got.verdict == "contradicted", got.explanation


def test_days_without_a_year_are_placed_by_the_visit_not_the_dateline(settings):
    head = "Ashbury Council\n\n12 January 2025\n\n"
    ok = _checked("Inspectors were in Ashbury from 4 to 8 March last year.", settings, head=head)
    assert ok.verdict == "supported", ok.explanation
    wrong = _checked("Inspectors were in Ashbury between 1 and 8 March.", settings, head=head)
    assert wrong.verdict == "contradicted", wrong.explanation


def test_the_inspection_type_is_compared_when_said(settings):
    assert _checked("The short inspection took place in March.", settings).verdict == "supported"
    got = _checked("The standard inspection took place in March.", settings)
    assert got.verdict == "contradicted"
    assert "short inspection, not a standard one" in got.explanation
    earlier = _checked("Since the last standard inspection, inspectors visited in March.", settings)
    assert earlier.verdict == "supported", earlier.explanation


def test_a_fortnight_and_week_long_are_durations():
    assert parse_values("Inspectors spent a fortnight in the city.", None).duration_weeks == 2
    assert parse_values("The week-long inspection ended.", None).duration_weeks == 1


def test_each_duration_of_a_visit_in_two_parts_may_be_a_parts(settings):
    """'a week in July and two days in August' tells each part: the two days were read
    against the whole visit's seven and contradicted; one part's length alone is not the
    whole visit's, so it is not settled."""
    text = "Inspection dates: 8 July 2019 to 12 July 2019 and 7 August 2019 to 8 August 2019\n"
    report = make_report(
        text=text + "1. Children are seen.",
        inspection_start=date(2019, 7, 8),
        inspection_end=date(2019, 8, 8),
    )
    both = "Inspectors visited for a week in July and returned for two days in August."
    assert _checked(both, settings, report).verdict == "supported"
    one = _checked("Inspectors spent two days in the county.", settings, report)
    assert one.verdict == "not_checkable", one.explanation


@pytest.mark.parametrize(
    "text",
    [
        "The audits of children's files carried out last year did not give leaders a full picture.",
        "Social workers' visits to children in care last year were mostly on time.",
        "Inspectors found children were regularly visited last year by their social workers.",
        "The council spent £2 million on agency social workers last year, the inspection found.",
    ],
)
def test_a_relative_time_of_something_else_is_not_the_visits(text, settings):
    """'carried out', 'spent' date the visit only when their clause names it, a visit to
    children is a social worker's (so are children visited), and '..., the inspection
    found' frames the finding:
    each 'last year' was read as the visit's and contradicted."""
    got = _checked(text, settings, head="Ashbury Council\n\n12 April 2024\n\n", kind="finding")
    assert got.verdict != "contradicted", got.explanation


def test_a_date_inspectors_tell_of_another_event_is_not_the_visits(settings):
    """'Inspectors said' frames a finding; the date is the front door's (was contradicted
    against the visit's days)."""
    text = "Inspectors said the council's new front door opened on 1 April 2022."
    assert _checked(text, settings, kind="finding").verdict != "contradicted"
    visit = _checked("Inspectors were in Ashbury on 1 April 2024.", settings, kind="finding")
    assert visit.verdict == "contradicted", visit.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Children wait up to 12 weeks for an assessment, inspectors found.",
        "Children in care are visited every six weeks, the report says.",
        "The emergency duty team works seven days a week, inspectors said.",
        "Assessments are completed within 45 working days, the inspection found.",
    ],
)
def test_a_wait_frequency_or_limit_is_no_duration_of_the_visit(text):
    """Inspectors framing a finding do not make its weeks the visit's, nor is a frequency
    or a time limit a stay: each was read as the visit's length and contradicted."""
    values = parse_values(text, None)
    assert values.duration_days is None and values.duration_weeks is None


def test_a_single_week_and_months_across_are_read():
    assert parse_values("It took place over a single week in March.", None).duration_weeks == 1
    assert parse_values("It took place across July and August.", None).months == [7, 8]


@pytest.mark.parametrize(
    "text",
    [
        "At the last inspection in 2019, a team of four inspectors spent three weeks in Ashbury.",
        "The previous inspection, in 2019, lasted four weeks.",
        "Ofsted inspectors will return in three years' time for a two-week inspection.",
    ],
)
def test_the_length_or_team_of_another_visit_is_not_this_ones(text, settings):
    """A team or length dated to an earlier visit or told of one to come is that visit's:
    each was compared with the March 2024 visit and contradicted (the first split off its
    'At the last inspection in 2019' as a fact clause of its own)."""
    from verify.extract.values import fact_clause

    assert fact_clause(text) == ()
    got = _checked(text, settings)
    assert got.verdict != "contradicted", got.explanation
    for this_one in (
        "Inspectors spent three weeks in Ashbury in 2024.",
        "Inspectors spent three weeks in Ashbury in March 2024, 20 years after a scandal in 2004.",
    ):
        got = _checked(this_one, settings)
        assert got.verdict == "contradicted", got.explanation


def test_a_claim_saying_no_relative_time_reads_no_release_around_it(settings, monkeypatch):
    """Every claim of a release is asked for times said relative to it (``fact._relative``,
    through ``stated_in_passing``): one saying none is answered before whose words it is,
    which body it names and the release's date are read from the release (a hostile
    release's thousands of claims each read them); one saying 'last month' still reads
    them."""
    import verify.check.fact.relative as fact

    asked: list[str] = []
    release_date = fact._release_date

    def dated_by(text, report):
        asked.append(text)
        return release_date(text, report)

    monkeypatch.setattr(fact, "_release_date", dated_by)
    _checked("The inspection found strong leadership across the service.", settings, kind="finding")
    assert asked == []
    assert _checked("Inspectors visited last month.", settings, head="12 April 2024\n\n")
    assert asked
