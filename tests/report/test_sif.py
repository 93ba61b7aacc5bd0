"""SIF (2013-2018) reports: the CSV has no grades for them, so we check against labels
written by reading the PDFs, and require the full set of grades from every one."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from verify.types import Report

LABELS = json.loads(
    (Path(__file__).parent.parent / "data" / "report" / "sif_labels.json").read_text()
)
LABELS.pop("_about")
MAIN = (
    "overall_effectiveness",
    "help_and_protection",
    "looked_after_and_permanence",
    "adoption",
    "care_leavers",
    "leadership_management_governance",
)


def sif_reports(corpus) -> dict[str, Report]:
    return {n: r for n, r in corpus.items() if isinstance(r, Report) and r.framework == "sif"}


def expected_names(name: str, report: Report) -> set[str]:
    """Six judgements, plus the LSCB where the title says the board was reviewed."""
    if name in LABELS:
        return {k for k, v in LABELS[name].items() if v}
    title = re.sub(r"\s+", " ", report.text[:600]).lower()
    return set(MAIN) | ({"lscb"} if "safeguarding children board" in title else set())


def test_labels_cover_the_seed_articles_reports():
    for authority in ("shropshire", "wigan", "wolverhampton", "harrow"):
        assert any(authority in name and "2017" in name for name in LABELS)
    assert len(LABELS) >= 12


@pytest.mark.parametrize("name", sorted(LABELS))
def test_grades_match_hand_labels(corpus, name):
    report = corpus[name]
    assert report.framework == "sif"
    assert {j.name: j.grade for j in report.judgements} == {
        k: v for k, v in LABELS[name].items() if v
    }


def test_every_sif_report_yields_its_full_set(corpus):
    reports = sif_reports(corpus)
    assert len(reports) >= 80
    missing = {n: expected_names(n, r) - {j.name for j in r.judgements} for n, r in reports.items()}
    assert not {n: m for n, m in missing.items() if m}


def test_printed_wording_is_kept(corpus):
    report = corpus["80552_shropshire/children's services inspection - 24 november 2017.pdf"]
    printed = {j.name: j.printed for j in report.judgements}
    assert printed["looked_after_and_permanence"] == "Requires improvement to be good"
    assert printed["help_and_protection"] == "Good"


def test_sif_team_size_and_names(corpus):
    report = corpus[
        "80427_bath and north east somerset/children's services inspection - 07 july 2017.pdf"
    ]
    assert (report.team.hmi, report.team.other) == (7, 0)
    assert report.lead_inspector == "Donna Marriott"
    assert {"Donna Marriott", "Louise Hocking", "Emmy Tomsett"} <= set(report.team.names)
    assert report.published.isoformat() == "2017-07-07"


def test_a_publication_date_printed_in_figures_is_read(corpus):
    """Redbridge's cover prints 'Inspection date: 12/09/2016 to 06/10/2016 Report
    published: 25/11/2016': the date in figures is its publication, as words would be."""
    report = corpus["80512_redbridge/children's services inspection - 25 november 2016.pdf"]
    assert report.published.isoformat() == "2016-11-25"


def test_sif_recommendations_are_the_improvements(corpus):
    report = corpus[
        "80427_bath and north east somerset/children's services inspection - 07 july 2017.pdf"
    ]
    numbers = [p.number for p in report.improvements]
    assert numbers == [1, 2, 3, 4, 5, 6, 7, 8, 86, 87, 88]
    assert report.improvements[0].text.startswith("Improve the quality of child in need")


def test_sif_paragraphs_know_the_judgement_they_discuss(corpus):
    report = corpus[
        "80427_bath and north east somerset/children's services inspection - 07 july 2017.pdf"
    ]
    by_number = {p.number: p for p in report.passages if p.kind == "numbered"}
    assert (by_number[9].section, by_number[9].judgement) == (
        "Inspection findings",
        "help_and_protection",
    )
    assert by_number[9].text.startswith("The early help offer in Bath and North East Somerset")
    assert by_number[89].judgement == "lscb"
    assert by_number[1].section == "Recommendations" and by_number[1].judgement is None
