"""PDF ingestion: bad inputs, running headers, hyphens, page-cut paragraphs.

Bad PDFs are written byte by byte here, so these tests need no files from outside.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from verify.cli import main
from verify.errors import (
    CorruptPdf,
    EncryptedPdf,
    InputNotFound,
    NotAnOfstedReport,
    NotAPdf,
    NoTextLayer,
)
from verify.ingest.pdf import read_pdf, read_text_report
from verify.report import load_report


def pdf_bytes(pages: list[list[str]], *, encrypt: bool = False, draw_only: bool = False) -> bytes:
    """A valid PDF with one Helvetica text line per string, top to bottom, on each page.

    ``encrypt`` adds a standard-security /Encrypt entry whose password nobody knows;
    ``draw_only`` paints a rectangle instead of text, like a scan with no text layer.
    """
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", ""]
    kids = []
    for lines in pages:
        stream = "0 0 1 rg 72 72 200 200 re f" if draw_only else _text_stream(lines)
        content = len(objects) + 2
        kids.append(f"{len(objects) + 1} 0 R")
        objects.append(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            f"/Resources << /Font << /F1 {len(objects) + 3} 0 R >> >> /Contents {content} 0 R >>"
        )
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    trailer = f"/Size {len(objects) + 1} /Root 1 0 R"
    if encrypt:
        objects.append(
            f"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <{'7a' * 32}> /U <{'3c' * 32}> >>"
        )
        trailer += f" /Encrypt {len(objects)} 0 R /ID [<{'ab' * 16}> <{'ab' * 16}>]"
    return _serialise(objects, trailer)


def _text_stream(lines: list[str]) -> str:
    parts = ["BT /F1 11 Tf 14 TL 72 770 Td"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        parts.append(f"({escaped}) Tj T*")
    return " ".join(parts) + " ET"


def _serialise(objects: list[str], trailer: str) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< {trailer} >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


SALES = [
    f"Quarterly sales of garden furniture rose by {n} per cent in the north." for n in range(12)
]

BLACKPOOL_2023 = "80431_blackpool/children's services inspection - 01 february 2023.pdf"
BANES_2017 = "80427_bath and north east somerset/children's services inspection - 07 july 2017.pdf"


@pytest.fixture()
def bad_files(tmp_path: Path) -> dict[str, Path]:
    """One file for each kind of bad input the CLI must name in one line."""
    files = {
        "html": (tmp_path / "saved page.pdf", b"<!DOCTYPE html>\n<html><body>Report</body></html>"),
        "corrupt": (tmp_path / "corrupt.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage"),
        "encrypted": (tmp_path / "encrypted.pdf", pdf_bytes([SALES], encrypt=True)),
        "scanned": (tmp_path / "scanned.pdf", pdf_bytes([[]], draw_only=True)),
        "not_ofsted": (tmp_path / "sales.pdf", pdf_bytes([SALES])),
    }
    for path, data in files.values():
        path.write_bytes(data)
    return {name: path for name, (path, _) in files.items()}


# --------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("html", NotAPdf),
        ("corrupt", CorruptPdf),
        ("encrypted", EncryptedPdf),
        ("scanned", NoTextLayer),
    ],
)
def test_bad_pdf_raises_its_own_error(bad_files, name, error):
    with pytest.raises(error) as caught:
        read_pdf(bad_files[name])
    assert str(bad_files[name]) in str(caught.value)


def test_missing_file_is_input_not_found(tmp_path):
    with pytest.raises(InputNotFound):
        read_pdf(tmp_path / "absent.pdf")


def test_html_error_says_it_is_html(bad_files):
    with pytest.raises(NotAPdf, match="HTML"):
        read_pdf(bad_files["html"])


def test_pdf_that_is_not_a_report_is_refused_by_the_parser(bad_files, settings):
    assert "garden furniture" in read_pdf(bad_files["not_ofsted"]).text
    with pytest.raises(NotAnOfstedReport):
        load_report(bad_files["not_ofsted"], settings)


def test_cli_names_each_bad_file_in_one_line_and_carries_on(bad_files, tmp_path, reports_dir):
    good = reports_dir / BLACKPOOL_2023
    missing = tmp_path / "missing.pdf"
    bad = [missing, *bad_files.values()]
    args = [
        "report",
        "--format",
        "jsonl",
        "--cache-dir",
        str(tmp_path / "c"),
        *map(str, bad),
        str(good),
    ]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line]
    assert len(errors) == len(bad)
    for path, line in zip(bad, errors, strict=True):
        assert line.startswith(f"verify: {path}:")
    assert "Traceback" not in result.output + result.stderr
    assert json.loads(result.stdout)["authority"] == "Blackpool"


DEMO_REPORT = Path(__file__).resolve().parents[2] / "corpora" / "demo" / "report.txt"


def test_cli_bad_files_beside_the_demo_report_each_get_one_line(bad_files, tmp_path):
    """The same as above without ../shared: the bundled demo report is the good file."""
    missing = tmp_path / "missing.pdf"
    corrupt = bad_files["corrupt"]
    args = ["report", "--format", "jsonl", "--cache-dir", str(tmp_path / "c")]
    result = CliRunner().invoke(main, [*args, str(missing), str(corrupt), str(DEMO_REPORT)])
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line]
    assert len(errors) == 2
    assert errors[0].startswith(f"verify: {missing}: no such file")
    assert errors[1].startswith(f"verify: {corrupt}: the PDF is damaged")
    assert "Traceback" not in result.output + result.stderr
    [line] = result.stdout.splitlines()
    good = json.loads(line)
    assert (good["authority"], good["source"]) == ("Ashbury", str(DEMO_REPORT))


def test_unknown_file_type_gets_a_clear_line(tmp_path):
    odd = tmp_path / "notes.docx"
    odd.write_bytes(b"PK\x03\x04 not a pdf")
    result = CliRunner().invoke(main, ["report", str(odd)])
    assert result.exit_code == 2
    assert result.stderr.strip().startswith(f"verify: {odd}: not a PDF")


# --------------------------------------------------------------------------- layout


def test_invented_pdf_joins_lines_and_drops_running_header(tmp_path):
    header = "Inspection of Testshire local authority children's services"
    topics = ("early help", "children in care", "care leavers")
    pages = [
        [
            header,
            f"{n}. Work on {topic} starts here and",
            f"ends on the next line for {topic}.",
            str(n),
        ]
        for n, topic in enumerate(topics, start=1)
    ]
    path = tmp_path / "invented.pdf"
    path.write_bytes(pdf_bytes(pages))
    doc = read_pdf(path)
    assert header not in doc.text
    paragraphs = doc.text.split("\n\n")
    assert (
        paragraphs[0]
        == "1. Work on early help starts here and ends on the next line for early help."
    )
    assert len(paragraphs) == 3
    assert [p.number for p in doc.pages] == [1, 2, 3]
    assert doc.text[doc.pages[1].start :].startswith("2. Work on children in care")


@pytest.fixture(scope="module")
def blackpool(reports_dir):
    return read_pdf(reports_dir / BLACKPOOL_2023)


def test_running_headers_and_page_numbers_are_removed(blackpool):
    assert "Inspection of Blackpool local authority children’s services" not in blackpool.text
    assert "5 to 16 December 2022 2" not in blackpool.text


def test_line_end_hyphens_keep_real_compounds(blackpool):
    # 'decision-making' is split across a line end on page 2 of the PDF.
    assert "quality of decision-making in the newly established" in blackpool.text
    assert "\x02" not in blackpool.text and "\ufffe" not in blackpool.text


def test_curly_quotes_are_kept_as_printed(blackpool):
    assert "children’s" in blackpool.text


def test_paragraph_cut_by_a_page_end_is_rejoined(reports_dir):
    doc = read_pdf(reports_dir / BANES_2017)
    joined = "A small minority of reviews lack focus and are not rigorous"
    at = doc.text.index(joined)
    assert "\n" not in doc.text[at : at + len(joined)]
    pages = {p.number: p for p in doc.pages}
    assert pages[11].start <= at < pages[11].end < at + len(joined)


def test_footnote_below_a_word_cut_at_the_page_end_is_moved_after_it(reports_dir):
    """Southwark 2026 prints footnote 1 below 'solution-' and goes on 'focused and ...'
    on the next page: the report's words read on unbroken, the note after them."""
    doc = read_pdf(reports_dir / "80514_southwark/children's services inspection - 18 may 2026.pdf")
    words = "alongside a strengths-based, solution-focused and relational practice approach."
    at = doc.text.index(words)
    note = doc.text.index("1 The areas for improvement have been cross-referenced")
    assert note > at + len(words)
    assert doc.text[at + len(words) : note].count("\n\n") >= 1


def test_a_footnote_mark_on_a_line_of_its_own_is_dropped_and_its_row_rejoined(reports_dir):
    """B&NES 2017 sets footnote 3's mark on its own line inside a table row ('... special
    schools,' / '3 all of whom ...'): the row reads whole, the note stays below."""
    doc = read_pdf(reports_dir / BANES_2017)
    assert "• eight live in residential special schools, all of whom live out of" in doc.text
    assert "3 These are residential special schools" in doc.text


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            ["• two live in special schools,", "3 both of whom live away", "3 These are schools."],
            ["• two live in special schools, both of whom live away", "3 These are schools."],
        ),
        # No note numbered 3 on the page, or a finished paragraph before: kept as printed.
        (["• two live in special schools,", "3 both live away"], None),
        (["Two live in special schools.", "3 both live away", "3 These are schools."], None),
    ],
)
def test_only_a_mark_the_pages_notes_number_is_dropped(paragraphs, expected):
    from verify.ingest.pdf import _marks_rejoined

    assert _marks_rejoined(paragraphs) == (expected or paragraphs)


def test_wingdings_bullets_become_bullets(reports_dir):
    doc = read_pdf(reports_dir / BANES_2017)
    assert "\uf06e" not in doc.text and "\uf02d" not in doc.text
    assert "• The chair of the LSCB has been in post since October 2013." in doc.text


def test_pages_tile_the_text(blackpool):
    starts = [p.start for p in blackpool.pages]
    assert starts == sorted(starts)
    assert blackpool.pages[-1].end == len(blackpool.text)


def test_text_report_rejoins_a_page_cut_paragraph(seeds_dir):
    doc = read_text_report(seeds_dir / "002_9fcdc19bd131e657.txt")
    assert "although the lack of clear timescales in some plans" in doc.text
    assert doc.media_type == "text"


def test_a_heading_set_close_above_a_list_starts_a_paragraph():
    """A short unpunctuated line between a finished bullet and the next bullet is a
    sub-heading, though the gap above it is a line's: run on into the bullet, it hid the
    heading (drift34: 'Key strengths and weaknesses of the LSCB' joined the last
    recommendation, so the board's strengths were read as items to improve)."""
    from verify.ingest.pdf import Line, _paragraphs

    lines = [
        Line("• Ensure staff take part in audits. Agencies must own the findings.", 700, 1),
        Line("Key strengths and weaknesses of the LSCB", 686, 1),
        Line("• The LSCB has made clear improvements in the last year.", 672, 1),
        Line("It is well placed to drive improvements", 658, 1),
    ]
    assert _paragraphs(lines, Counter(), [0]) == [
        "• Ensure staff take part in audits. Agencies must own the findings.",
        "Key strengths and weaknesses of the LSCB",
        "• The LSCB has made clear improvements in the last year. It is well placed to "
        "drive improvements",
    ]


def test_the_lscb_strengths_after_the_recommendations_are_no_items(reports_dir, settings):
    """Slough's 2014 report: the heading after the LSCB's recommendations opens a section,
    and the strengths under it are not among the items to improve."""
    report = load_report(
        reports_dir / "80553_slough" / "children's services inspection - 14 february 2014.pdf",
        settings,
    )
    assert "Key strengths and weaknesses of the LSCB" in [s.title for s in report.sections]
    assert not any("clear improvements" in i.text for i in report.improvements)
    assert any(i.text.startswith("Ensure operational staff") for i in report.improvements)
