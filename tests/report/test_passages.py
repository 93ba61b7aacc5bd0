"""Passages, sections and improvements over all 256 reports: numbered paragraphs run
1..N, every passage points at its own text, and judgement sections carry the grade
of the table."""

from __future__ import annotations

import csv
from pathlib import Path

from verify.types import Report

EXCEPTIONS = Path(__file__).parent.parent / "data" / "report" / "paragraph_exceptions.csv"


def reports(corpus) -> dict[str, Report]:
    return {n: r for n, r in corpus.items() if isinstance(r, Report)}


def runs(numbers: list[int]) -> str:
    """'1-33,35-58': the numbers as printed runs, to name a gap or duplicate briefly."""
    parts, start = [], 0
    for i in range(1, len(numbers) + 1):
        if i == len(numbers) or numbers[i] != numbers[i - 1] + 1:
            first, last = numbers[start], numbers[i - 1]
            parts.append(str(first) if first == last else f"{first}-{last}")
            start = i
    return ",".join(parts)


def test_numbered_paragraphs_run_one_to_n(corpus):
    with open(EXCEPTIONS, encoding="utf-8") as handle:
        listed = {row["report"]: row for row in csv.DictReader(handle)}
    wrong = {}
    for name, report in reports(corpus).items():
        numbers = [p.number for p in report.passages if p.kind == "numbered"]
        if not numbers or numbers != list(range(1, len(numbers) + 1)):
            wrong[name] = runs(numbers)
    assert {n: listed[n]["numbers"] for n in listed} == {n: wrong[n] for n in listed}
    assert not {n: w for n, w in wrong.items() if n not in listed}


def test_every_passage_is_its_own_text_on_its_page(corpus):
    for name, report in reports(corpus).items():
        for p in report.passages:
            assert report.text[p.start : p.end] == p.text, (name, p.id)
            assert report.page_at(p.start) == p.page, (name, p.id)
        ids = [p.id for p in report.passages]
        assert len(ids) == len(set(ids)), name


def test_ilacs_reports_have_summary_improvements_and_graded_sections(corpus):
    for name, report in reports(corpus).items():
        if not report.framework.startswith("ilacs"):
            continue
        kinds = {p.kind for p in report.passages}
        assert {"summary", "numbered", "table"} <= kinds, name
        assert report.improvements, name
        assert any(s.judgement and s.grade for s in report.sections), name


def test_sections_about_a_judgement_carry_its_grade(corpus):
    checked = 0
    for name, report in reports(corpus).items():
        table = {j.name: j.grade for j in report.judgements}
        for section in report.sections:
            if section.judgement in table:
                assert section.grade == table[section.judgement], (name, section.title)
                checked += 1
    assert checked > 2000


def test_numbered_paragraphs_name_their_section_and_judgement(corpus):
    report = corpus["80431_blackpool/children's services inspection - 01 february 2023.pdf"]
    first = next(p for p in report.passages if p.kind == "numbered")
    assert first.id == "p1" and first.number == 1 and first.page == 2
    assert first.text.startswith("There has been steady progress")
    assert first.judgement == "help_and_protection"
    assert first.section.startswith("The experiences and progress of children who need help")
    improvements = [p.text for p in report.improvements]
    assert improvements[2] == "Sufficient placements to meet children’s assessed needs."
    assert all(p.kind == "improvement" for p in report.improvements)


def test_previous_inspection_is_read(corpus):
    report = corpus["80431_blackpool/children's services inspection - 01 february 2023.pdf"]
    first = report.previous[0]
    assert (first.year, first.grade, first.kind) == (2018, "inadequate", "inspection")
    assert report.text[first.start : first.end] == first.text


def test_pre_2013_framework_reports_are_parsed_as_other(corpus):
    others = {n: r for n, r in reports(corpus).items() if r.framework == "other"}
    assert sorted(n.split("/")[0] for n in others) == ["80522_medway", "80549_sandwell"]
    for report in others.values():
        assert report.inspection_start and report.lead_inspector
        assert report.grade_of("overall_effectiveness") == "inadequate"  # 'Grade 4 (Inadequate)'
        assert report.team.hmi == 5
        assert any(p.kind == "numbered" for p in report.passages)
