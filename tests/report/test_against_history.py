"""Every fact the third-party scraper's ilacs_history.csv holds agrees with our parse,
except disagreements checked by hand in the PDF and listed, with the reason, in
tests/data/report/csv_disagreements.csv."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest

from verify.types import Report

DISAGREEMENTS = Path(__file__).parent.parent / "data" / "report" / "csv_disagreements.csv"
GRADES = {
    "outstanding": "outstanding",
    "good": "good",
    "requires improvement": "requires_improvement",
    "inadequate": "inadequate",
}
MARKERS = {"", "data_unreadable", "not_reported_post_reform", "inspection_pre_dates_judgement"}
"""The scraper's words for 'no grade here'."""
GARBLED = {
    "to requires improvement": "the scraper's cut of 'Requires improvement to be good'",
    "inspection duration longer than standard framework": "neither 'short' nor 'standard'",
}
"""CSV values that are not a grade or type, with what they are: compared where readable."""
GRADE_COLUMNS = {
    "overall_effectiveness_grade": "overall_effectiveness",
    "impact_of_leaders_grade": "impact_of_leaders",
    "help_and_protection_grade": "help_and_protection",
    "in_care_grade": "children_in_care",
    "care_leavers_grade": "care_leavers",
}


def listed() -> dict[tuple[str, str], dict[str, str]]:
    with open(DISAGREEMENTS, encoding="utf-8") as handle:
        return {(row["report"], row["field"]): row for row in csv.DictReader(handle)}


def csv_date(text: str) -> date | None:
    for layout in ("%d/%m/%Y", "%d/%m/%y"):
        try:
            return datetime.strptime(text, layout).date()
        except ValueError:
            continue
    return None


def expected_facts(row: dict[str, str], report: Report) -> list[tuple[str, object, object]]:
    """(field, csv value, our value) for every field the CSV row has a value for."""
    facts = []
    for column, name in GRADE_COLUMNS.items():
        value = "requires improvement" if row[column] == "to requires improvement" else row[column]
        if value in GRADES:
            facts.append((name, GRADES[value], report.grade_of(name)))
    if row["inspection_framework"] in ("short", "standard"):
        facts.append(("inspection_type", row["inspection_framework"], report.inspection_type))
    for column, name in (
        ("inspection_start_date", "inspection_start"),
        ("inspection_end_date", "inspection_end"),
    ):
        if row[column]:
            facts.append((name, csv_date(row[column]), getattr(report, name)))
    if row["publication_date"] and report.published:
        facts.append(("published", csv_date(row["publication_date"]), report.published))
    if row["inspector_name"].strip():
        facts.append(("lead_inspector", row["inspector_name"].strip(), report.lead_inspector))
    facts.append(("framework", expected_framework(row), report.framework))
    return facts


def expected_framework(row: dict[str, str]) -> str:
    """The era the CSV's columns imply: its markers say which judgements existed."""
    if row["overall_effectiveness_grade"] == "not_reported_post_reform":
        return "ilacs_2026"
    if row["care_leavers_grade"] == "inspection_pre_dates_judgement":
        return "ilacs_2018"
    if row["care_leavers_grade"] in GRADES:
        return "ilacs_2023"
    return "sif or other"


def same(field: str, want: object, got: object) -> bool:
    if field == "framework" and want == "sif or other":
        return got in ("sif", "other")
    return want == got


def test_every_csv_value_is_read_or_known_to_be_unreadable(history):
    """No CSV value is skipped silently: each is a grade, a type, a marker or listed."""
    known = set(GRADES) | MARKERS | set(GARBLED) | {"short", "standard"}
    odd = {
        f"{name}: {column}={row[column]!r}"
        for name, row in history.items()
        for column in (*GRADE_COLUMNS, "inspection_framework")
        if row[column] not in known
    }
    assert not odd, "\n".join(sorted(odd))


def test_history_covers_the_corpus(corpus, history):
    assert len(corpus) == 256
    assert len(history) >= 250


def test_every_fact_agrees_with_the_history_or_is_listed(corpus, history):
    exceptions = listed()
    unexplained, checked = [], 0
    for name, row in history.items():
        report = corpus[name]
        if not isinstance(report, Report):
            continue
        for field, want, got in expected_facts(row, report):
            checked += 1
            if not same(field, want, got) and (name, field) not in exceptions:
                unexplained.append(f"{name}: {field}: csv {want!r}, parsed {got!r}")
    assert checked > 1500
    assert not unexplained, "\n".join(unexplained)


def test_listed_disagreements_are_still_disagreements(corpus, history):
    """A fixed parser or a fixed CSV must take its line out of the exceptions file."""
    for (name, field), row in listed().items():
        assert row["reason"].strip(), f"{name} {field}: give the reason"
        report = corpus[name]
        facts = {f: (want, got) for f, want, got in expected_facts(history[name], report)}
        want, got = facts[field]
        assert not same(field, want, got), f"{name} {field} now agrees: remove it from the list"
        assert str(got) == row["parsed"], (
            f"{name} {field}: parsed {got!r}, listed {row['parsed']!r}"
        )


@pytest.mark.parametrize("framework", ["sif", "ilacs_2018", "ilacs_2023", "ilacs_2026", "other"])
def test_every_era_is_present(corpus, framework):
    assert any(isinstance(r, Report) and r.framework == framework for r in corpus.values())


def test_only_the_html_page_fails(corpus):
    failed = {name: str(error) for name, error in corpus.items() if not isinstance(error, Report)}
    assert list(failed) == ["80431_blackpool/children's services inspection - 13 july 2012.pdf"]
    assert "HTML" in next(iter(failed.values()))
