"""parse_report and load_report on a small invented report (no files from ../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from pydantic import ValidationError

import verify.report as report_module
from verify.cli import main
from verify.errors import InputNotFound, NotAnOfstedReport
from verify.ingest.pdf import read_text_report
from verify.report import load_report, parse_report

INVENTED = Path(__file__).parent.parent / "data" / "report" / "invented_ilacs_2026.txt"


@pytest.fixture(scope="module")
def report():
    return parse_report(read_text_report(INVENTED))


def test_facts(report):
    assert report.authority == "Testshire"
    assert report.framework == "ilacs_2026"
    assert (report.inspection_start.isoformat(), report.inspection_end.isoformat()) == (
        "2026-11-02",
        "2026-11-13",
    )
    assert report.inspection_type == "standard"
    assert report.lead_inspector == "Ada Lovelace"
    assert report.published is None
    assert report.team.hmi is None


def test_judgement_table_without_overall_effectiveness(report):
    assert [(j.name, j.grade) for j in report.judgements] == [
        ("impact_of_leaders", "good"),
        ("help_and_protection", "requires_improvement"),
        ("children_in_care", "good"),
        ("care_leavers", "outstanding"),
    ]
    assert report.judgements[1].printed == "Requires improvement to be good"
    assert report.grade_of("overall_effectiveness") is None


def test_passages(report):
    numbered = [p for p in report.passages if p.kind == "numbered"]
    assert [p.number for p in numbered] == [1, 2, 3, 4, 5]
    assert numbered[0].text.endswith("Most plans are reviewed on time.")  # the cut line is rejoined
    assert [p.judgement for p in numbered] == [
        "help_and_protection",
        "help_and_protection",
        "children_in_care",
        "care_leavers",
        "impact_of_leaders",
    ]
    assert [p.text for p in report.improvements] == [
        "The timeliness of assessments for disabled children.",
        "Management oversight of pre-proceedings work.",
    ]
    summary = [p for p in report.passages if p.kind == "summary"]
    assert summary and summary[0].text.startswith("Since the last inspection in 2022")
    for p in report.passages:
        assert report.text[p.start : p.end] == p.text


def test_sections_carry_their_grade(report):
    graded = {s.judgement: s.grade for s in report.sections if s.judgement}
    assert graded["care_leavers"] == "outstanding"
    assert graded["help_and_protection"] == "requires_improvement"


def test_previous_inspection(report):
    assert (report.previous[0].year, report.previous[0].kind) == (2022, "inspection")


def test_not_an_ofsted_report(tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_text("Minutes of the parish council.\n\nThe hedges will be cut in May.\n")
    with pytest.raises(NotAnOfstedReport):
        parse_report(read_text_report(path))


def test_load_report_reads_the_cache_the_second_time(settings, tmp_path, monkeypatch):
    first = load_report(INVENTED, settings)
    monkeypatch.setattr(report_module, "parse_report", lambda doc: pytest.fail("parsed again"))
    again = load_report(INVENTED, settings)
    assert again == first
    renamed = tmp_path / "renamed.txt"
    renamed.write_bytes(INVENTED.read_bytes())
    assert load_report(renamed, settings).source == str(renamed)


def test_a_cached_report_shared_between_checks_cannot_be_changed(settings):
    """The decoded parse is shared by every later load in the process: neither a field
    nor a collection of the copy handed out can be changed under the next check."""
    load_report(INVENTED, settings)
    shared = load_report(INVENTED, settings)
    with pytest.raises(ValidationError):
        shared.judgements = ()
    with pytest.raises(ValidationError):
        shared.sections[0].grade = "inadequate"
    with pytest.raises(AttributeError):
        shared.passages.append(shared.passages[0])
    assert load_report(INVENTED, settings) == shared


def test_publication_day_in_the_file_name_is_read_even_from_the_cache(settings, tmp_path):
    """Ofsted's archive names a report by its publication day; the same bytes under
    another name (a cache hit) take that name's date."""
    assert load_report(INVENTED, settings).file_date is None
    dated = tmp_path / "children's services inspection - 4 december 2026.txt"
    dated.write_bytes(INVENTED.read_bytes())
    assert load_report(dated, settings).file_date.isoformat() == "2026-12-04"


def test_load_report_missing_file(settings, tmp_path):
    with pytest.raises(InputNotFound):
        load_report(tmp_path / "absent.pdf", settings)


def test_cli_json_has_the_documented_fields(tmp_path):
    result = CliRunner().invoke(
        main, ["report", "--format", "json", "--cache-dir", str(tmp_path), str(INVENTED)]
    )
    assert result.exit_code == 0, result.output
    import json

    (data,) = json.loads(result.stdout)
    assert data["framework"] == "ilacs_2026"
    assert data["inspection_start"] == "2026-11-02"
    assert data["team"] == {"hmi": None, "other": None, "names": []}
    assert data["judgements"][3] == {
        "name": "care_leavers",
        "grade": "outstanding",
        "printed": "Outstanding",
    }
    for key in ("authority", "inspection_end", "published", "lead_inspector", "passages"):
        assert key in data


def test_cli_text_view(tmp_path):
    result = CliRunner().invoke(main, ["report", "--cache-dir", str(tmp_path), str(INVENTED)])
    assert result.exit_code == 0
    assert "Testshire" in result.stdout and "care leavers" in result.stdout
    assert "Ada Lovelace" in result.stdout
