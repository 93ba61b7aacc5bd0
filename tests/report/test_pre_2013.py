"""The 2012-2013 inspections of services for looked-after children (framework `other`):
five judgements graded on the old four-point scale, whose third step is 'adequate'.
Expected grades are read from each report's 'Record of main findings'."""

from __future__ import annotations

from datetime import date

import pytest

from verify.types import Report

MEDWAY = "80522_medway/children's services inspection.pdf - 23 august 2013.pdf"
SANDWELL = "80549_sandwell/children's services inspection.pdf - 02 august 2013.pdf"

LABELS = {
    MEDWAY: {
        "overall_effectiveness": "inadequate",
        "capacity_to_improve": "adequate",
        "outcomes_for_looked_after_children": "inadequate",
        "quality_of_provision": "inadequate",
        "leadership_and_management": "inadequate",
    },
    SANDWELL: {
        "overall_effectiveness": "inadequate",
        "capacity_to_improve": "adequate",
        "outcomes_for_looked_after_children": "adequate",
        "quality_of_provision": "inadequate",
        "leadership_and_management": "inadequate",
    },
}


@pytest.mark.parametrize("name", sorted(LABELS))
def test_grades_match_the_record_of_main_findings(corpus, name):
    report = corpus[name]
    assert report.framework == "other"
    assert {j.name: j.grade for j in report.judgements} == LABELS[name]


def test_every_pre_2013_report_has_its_five_grades(corpus):
    others = [r for r in corpus.values() if isinstance(r, Report) and r.framework == "other"]
    assert len(others) >= 2
    assert all(len(r.judgements) == 5 for r in others)


@pytest.mark.parametrize(
    ("name", "authority", "dates", "published", "lead", "team"),
    [
        (
            MEDWAY,
            "Medway",
            (date(2013, 7, 15), date(2013, 7, 19)),
            date(2013, 8, 23),
            "Sarah Urding",
            (5, 1),
        ),
        (
            SANDWELL,
            "Sandwell",
            (date(2013, 6, 24), date(2013, 6, 28)),
            date(2013, 8, 2),
            "Christopher Sands",
            (5, 0),
        ),
    ],
)
def test_cover_page_facts(corpus, name, authority, dates, published, lead, team):
    report = corpus[name]
    assert report.authority == authority
    assert (report.inspection_start, report.inspection_end) == dates
    assert report.published == published
    assert report.lead_inspector == lead
    assert (report.team.hmi, report.team.other) == team


def test_adequate_is_printed_as_the_report_prints_it(corpus):
    capacity = next(j for j in corpus[MEDWAY].judgements if j.name == "capacity_to_improve")
    assert (capacity.grade, capacity.printed) == ("adequate", "Adequate")
