"""Hostile reports: each costs one line naming the file and what to do, exit code 2,
and never the other reports given with it nor a file written before."""

from __future__ import annotations

import os

import pytest
from hostile_inputs import (
    DEMO_REPORT,
    OFSTED_WORDS,
    QUOTE_RELEASE,
    encrypted_pdf,
    ignores_permissions,
    report_pdf,
    scanned_pdf,
    text_pdf,
)

BAD_REPORTS = {
    "empty.pdf": (lambda: b"", "the file is empty"),
    "binary.pdf": (lambda: os.urandom(4096).replace(b"%PDF", b"xxxx"), "not a PDF"),
    "page.pdf": (lambda: b"<!doctype html><html><body>Moved</body></html>", "HTML page"),
    "truncated.pdf": (lambda: report_pdf()[:400], "damaged"),
    "encrypted.pdf": (encrypted_pdf, "encrypted"),
    "scanned.pdf": (scanned_pdf, "no text layer"),
    "not-ofsted.pdf": (
        lambda: text_pdf(["Minutes of the parish council meeting, with apologies."] * 20),
        "not an Ofsted",
    ),
    "huge-not-a-report.txt": (lambda: b"lorem ipsum dolor sit amet " * 800_000, "not an Ofsted"),
}


@pytest.mark.parametrize("name", sorted(BAD_REPORTS))
def test_a_bad_report_is_one_line_and_exit_2(cli, tmp_path, name):
    make, problem = BAD_REPORTS[name]
    path = tmp_path / name
    path.write_bytes(make())
    run = cli("report", str(path))
    assert run.code == 2
    assert problem in run.one_line_error(str(path))


@pytest.mark.parametrize("name", ["encrypted.pdf", "scanned.pdf", "truncated.pdf"])
def test_check_against_a_bad_report_keeps_an_earlier_output(cli, tmp_path, name):
    make, problem = BAD_REPORTS[name]
    report, release, out = tmp_path / name, tmp_path / "release.txt", tmp_path / "out.json"
    report.write_bytes(make())
    release.write_text(QUOTE_RELEASE, encoding="utf-8")
    out.write_text("earlier result", encoding="utf-8")
    run = cli("check", str(release), str(report), "--format", "json", "--output", str(out))
    assert run.code == 2
    assert problem in run.one_line_error(str(report))
    assert out.read_text(encoding="utf-8") == "earlier result"


def test_a_folder_among_several_reports_costs_only_its_line(cli, tmp_path):
    folder = tmp_path / "a folder"
    folder.mkdir()
    good = tmp_path / "good.pdf"
    good.write_bytes(report_pdf())
    run = cli("report", str(DEMO_REPORT), str(folder), str(good), "--format", "jsonl")
    assert run.code == 2
    assert "folder" in run.one_line_error(str(folder))
    assert len(run.stdout.splitlines()) == 2, "both readable reports are still printed"


@pytest.mark.skipif(ignores_permissions(), reason="this user (root) reads any file")
def test_an_unreadable_report_is_one_line(cli, tmp_path):
    path = tmp_path / "locked.pdf"
    path.write_bytes(report_pdf())
    path.chmod(0)
    run = cli("report", str(path))
    assert run.code == 2
    run.one_line_error(str(path))


@pytest.mark.parametrize(
    "name", ["[bold red]x[.txt", "x[/]y.txt", "per cent % and {braces}.txt", "ünï cødé.txt"]
)
def test_odd_file_names_are_shown_as_written(cli, tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / name  # 'x[/]y.txt' is file ']y.txt' in folder 'x['
    path.parent.mkdir(exist_ok=True)
    path.write_text(OFSTED_WORDS * 3, encoding="utf-8")
    run = cli("report", name)
    assert run.code == 0, run.stderr
    assert name in run.stdout


def test_a_missing_report_with_an_escape_sequence_in_its_name(cli, tmp_path):
    path = tmp_path / "x\x1b]0;owned\x07.pdf"
    run = cli("report", str(path))
    assert run.code == 2
    assert "\x1b" not in run.stderr and "\x07" not in run.stderr
    run.one_line_error("no such file")


def test_markup_and_escape_sequences_in_a_report_reach_the_terminal_as_text(cli, tmp_path):
    hostile = (
        "Inspection of [bold]Ashbury[/] [/] local authority children's services\n\n"
        "Inspection dates: 4 to 8 March 2024 \x1b]0;pwned\x07\x1b[2J\x1b[31m\u202eevil\n\n"
        "Lead inspector: Jane Example, His Majesty's Inspector [link=http://x]y[/link]\n\n"
        "Ofsted found children's services good. \x9b31m C1 control\n\n"
        "1. Children [/] are seen \x1b]0;pwned\x07 promptly [bold]and[/bold] safely.\n\n"
        "2. Leaders know their services well.\n"
    )
    path = tmp_path / "hostile.txt"
    path.write_text(hostile, encoding="utf-8")
    run = cli("report", str(path))
    assert run.code == 0, run.stderr
    for control in ("\x1b", "\x07", "\x9b", "\u202e"):
        assert control not in run.stdout
    assert "Children [/] are seen" in run.stdout
    assert "[bold]and[/bold]" in run.stdout


NOT_FOUND_PAGE = (
    b"<!DOCTYPE html>\n<html lang='en'>\n<head><meta charset='utf-8'/>\n"
    b"<title>Report not found - Find an Inspection Report - Ofsted</title></head>\n"
    b"<body><nav>Home</nav>\n<h1 class='heading--title'>\n  Report not found\n</h1>\n"
    b"<p>The report you asked for is not available.</p></body></html>"
)
"""What a download of a withdrawn report saves under its .pdf name (../shared holds one)."""


@pytest.mark.parametrize(
    ("page", "said"),
    [
        (NOT_FOUND_PAGE, "an HTML page, not a PDF: 'Report not found';"),
        (b"<html><head><title>Moved &amp; gone</title></head></html>", "PDF: 'Moved & gone';"),
        (b"<!doctype html><html><body>Moved</body></html>", "an HTML page, not a PDF;"),
        (b"<html><h1>" + b"long " * 40 + b"</h1></html>", "PDF: 'long long"),
    ],
    ids=["heading", "title", "unnamed", "long-heading"],
)
def test_a_saved_web_page_is_named_by_its_heading(cli, tmp_path, page, said):
    path = tmp_path / "children's services inspection - 13 july 2012.pdf"
    path.write_bytes(page)
    line = cli("report", str(path)).one_line_error(str(path))
    assert said in line and "pass the report's PDF" in line and len(line) < 300


def test_archive_build_names_a_saved_web_page_without_a_traceback(cli, tmp_path):
    folder = tmp_path / "reports" / "80431_blackpool"
    folder.mkdir(parents=True)
    (folder / "children's services inspection - 13 july 2012.pdf").write_bytes(NOT_FOUND_PAGE)
    (folder / "report.txt").write_bytes(DEMO_REPORT.read_bytes())
    run = cli("archive", "build", str(tmp_path / "reports"), "--db", str(tmp_path / "a.db"))
    assert "Traceback" not in run.stdout + run.stderr
    assert "an HTML page, not a PDF: 'Report not found'" in run.stderr
    assert "1 refused" in run.stdout + run.stderr
