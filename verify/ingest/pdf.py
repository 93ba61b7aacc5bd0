"""PDF and plain-text reports become a ``Document``: text as printed, one paragraph per line.

pypdfium2 reads the text layer (about 585 pages/s on the 256 real reports, and it
keeps the judgement table's name-then-grade reading order; see docs/report-parsing.md).
The printed layout then needs undoing, because quotes in press releases run across
line ends and page breaks:

* running headers and footers (report title, inspection dates, page number) are
  dropped: they recur at the top or bottom of most pages and often fall mid-sentence;
* lines are joined into paragraphs using the vertical gap between lines, so each
  paragraph of the stored text is one line and paragraphs are separated by a blank line;
* a word hyphenated at a line end is rejoined, keeping the hyphen of real compounds
  ("multi-agency") and dropping it only where the document spells the word whole;
* a paragraph cut by a page end is rejoined with its continuation on the next page.

Curly quotes and dashes are kept as printed; only Wingdings bullets (private-use
code points) become a plain bullet, since no reader can see them otherwise.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from verify.cache import sha256_bytes
from verify.errors import (
    CorruptPdf,
    EncryptedPdf,
    HtmlPageNotPdf,
    InputNotFound,
    NotAPdf,
    NoTextLayer,
)
from verify.types import Document, Page

if TYPE_CHECKING:  # imported when a PDF is read: a cached report needs no pdfium
    import pypdfium2 as pdfium

SOFT_HYPHENS = "\x02\ufffe"
"""What pdfium gives for a hyphen it has decided ends a line (version dependent)."""

BULLET = "•"
WINGDINGS = str.maketrans({"\uf06e": BULLET, "\uf02d": BULLET, "\uf0a7": BULLET, "\uf0b7": BULLET})

PARAGRAPH_GAP = 1.45
"""A gap between line tops this many times the page's usual line spacing starts a paragraph."""

RUNNING_SHARE = 0.3
"""A top or bottom line recurring on this share of pages (digits ignored) is a running header."""

_PDFIUM_PASSWORD_ERROR = 4
_NUMBER_START = re.compile(r"^(\d{1,3})\.(?:\s+|(?=[A-Z‘“(]))(?=\S)")
_LIST_START = re.compile(r"^(?:[•◼▪■●\-–]\s?|\uf0b7|\uf06e|\uf02d)")
_TERMINAL = re.compile(r"[.!?:;]['’\"”)]?$")
_FOOTNOTE = re.compile(r"^\d{1,2} [A-Z]")
# pdfium runs a footnote on after a word hyphenated at the foot of the page's text
# ('solution\ufffe1 The areas for improvement ...'): the note starts a line of its own.
_NOTE_AFTER_HYPHEN = re.compile(rf"(?<=[{SOFT_HYPHENS}])(?=\d{{1,2}} [A-Z])")
_CUT_WORD_END = re.compile(r"\w-$")


@dataclass
class Line:
    """One printed line: its text, where it starts vertically and how many rows it spans."""

    text: str
    top: float
    rows: int


def read_pdf(path: str | Path) -> Document:
    """Read a report PDF into a Document, raising the project's error for each bad input."""
    data = _read_bytes(path)
    if not data.lstrip()[:1024].startswith(b"%PDF") and b"%PDF-" not in data[:1024]:
        if _is_html(data):
            title = _page_heading(data)
            raise HtmlPageNotPdf(str(path), f": '{title}'" if title else "")
        raise NotAPdf(str(path), _sniff(data))
    pages = [_page_lines(page) for page in _open(path, data)]
    if sum(len(line.text) for lines in pages for line in lines) < 200:
        raise NoTextLayer(str(path))
    pages = _drop_running_lines(pages)
    vocabulary = _vocabulary(pages)
    numbering = [0]
    paragraphs = [_marks_rejoined(_paragraphs(lines, vocabulary, numbering)) for lines in pages]
    text, page_spans = _assemble(paragraphs)
    return Document(
        source=str(path), sha256=sha256_bytes(data), media_type="pdf", text=text, pages=page_spans
    )


def read_text_report(path: str | Path) -> Document:
    """Read a report saved as text (one paragraph per line), rejoining page-cut paragraphs."""
    data = _read_bytes(path)
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raw = data.decode("cp1252", errors="replace")
    lines = [line.strip() for line in raw.replace("\r\n", "\n").split("\n")]
    paragraphs = _rejoin_cut([line.translate(WINGDINGS) for line in lines if line])
    text = "\n\n".join(paragraphs)
    return Document(
        source=str(path),
        sha256=sha256_bytes(data),
        media_type="text",
        text=text,
        pages=[Page(number=1, start=0, end=len(text))],
    )


# --------------------------------------------------------------------------- reading


def _read_bytes(path: str | Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError) as exc:
        raise InputNotFound(str(path)) from exc
    except OSError as exc:
        raise InputNotFound(str(path), str(exc)) from exc


def _is_html(data: bytes) -> bool:
    """True for a web page: its first bytes open an HTML document."""
    head = data[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head


_HEADING = re.compile(r"<(h1|title)\b[^>]*>(.*?)</\1\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")
_PAGE_READ = 65_536
"""Bytes of a page read for its heading: a saved page names itself near its top."""
_HEADING_MOST = 80


def _page_heading(data: bytes) -> str:
    """What a web page says it is: its first heading, else its title ('Report not found'),
    tags and spacing removed, shortened to a line; "" when it names itself nowhere."""
    page = data[:_PAGE_READ].decode("utf-8", errors="replace")
    found = {}
    for m in _HEADING.finditer(page):
        words = " ".join(html.unescape(_TAG.sub(" ", m.group(2))).split())
        if words:
            found.setdefault(m.group(1).lower(), words)
    heading = found.get("h1") or found.get("title", "")
    return heading if len(heading) <= _HEADING_MOST else heading[: _HEADING_MOST - 1] + "…"


def _sniff(data: bytes) -> str:
    """Name what the file looks like instead, for the error message."""
    return "no %PDF header" if data else "the file is empty"


def _open(path: str | Path, data: bytes) -> pdfium.PdfDocument:
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == _PDFIUM_PASSWORD_ERROR:
            raise EncryptedPdf(str(path)) from exc
        raise CorruptPdf(str(path), str(exc).rstrip(".")) from exc


def _page_lines(page: pdfium.PdfPage) -> list[Line]:
    """The page's lines in pdfium's reading order, each with the top of its first glyph."""
    textpage = page.get_textpage()
    text = textpage.get_text_range()
    lines, index = [], 0
    for raw in text.split("\r\n"):
        at = index
        for part in _NOTE_AFTER_HYPHEN.split(raw):
            stripped = part.strip()
            if stripped:
                top = textpage.get_charbox(at + len(part) - len(part.lstrip()), loose=True)[3]
                rows = 1 + sum(stripped.count(h) for h in SOFT_HYPHENS)
                lines.append(Line(stripped.translate(WINGDINGS), top, rows))
            at += len(part)
        index += len(raw) + 2
    return lines


# --------------------------------------------------------------------------- running lines


def _shape(text: str) -> str:
    """A line with its digits blanked, so 'page 3' and 'page 4' compare equal."""
    return re.sub(r"\d+", "#", text.strip().lower())


def _edge_lines(lines: list[Line]) -> list[Line]:
    return lines[:3] + lines[-3:] if len(lines) > 6 else list(lines)


def _drop_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """Remove page numbers and lines repeated at the top or bottom of many pages."""
    counts = Counter(
        shape for lines in pages for shape in {_shape(x.text) for x in _edge_lines(lines)}
    )
    floor = max(3, RUNNING_SHARE * len(pages))
    running = {shape for shape, n in counts.items() if n >= floor} | {"#"}
    cleaned = []
    for lines in pages:
        edges = {id(x) for x in _edge_lines(lines)}
        cleaned.append([x for x in lines if id(x) not in edges or _shape(x.text) not in running])
    return cleaned


# --------------------------------------------------------------------------- hyphens


def _vocabulary(pages: list[list[Line]]) -> Counter[str]:
    """Every word of the document, to tell a line-end hyphen from a compound's."""
    text = "\n".join(line.text for lines in pages for line in lines).lower()
    return Counter(re.findall(r"[a-z][a-z-]+", text))


def _dehyphenate(text: str, vocabulary: Counter[str]) -> str:
    """Rejoin line-end hyphens; keep the hyphen unless only the whole word occurs elsewhere."""

    def join(match: re.Match[str]) -> str:
        left, right = match.group(1), match.group(2)
        whole = (left + right).lower()
        compound = f"{left}-{right}".lower()
        if vocabulary[whole] and not vocabulary[compound]:
            return left + right
        return f"{left}-{right}"

    if not any(h in text for h in SOFT_HYPHENS):
        return text
    text = re.sub(rf"(\w+)[{SOFT_HYPHENS}]\s*(\w+)", join, text)
    return re.sub(rf"[{SOFT_HYPHENS}]\s*", "-", text)


# --------------------------------------------------------------------------- paragraphs


def _line_spacing(lines: list[Line]) -> float:
    """The page's usual distance between consecutive line tops."""
    gaps = sorted(
        (a.top - b.top) / a.rows for a, b in zip(lines, lines[1:], strict=False) if a.top > b.top
    )
    return gaps[len(gaps) // 3] if gaps else 12.0


def _starts_paragraph(prev: Line, line: Line, spacing: float, numbering: list[int]) -> bool:
    """A wide gap, a new column or page region, a bullet, or the next paragraph number.

    A number that merely wraps to a line start ('aged 16 to' / '18. Care') does not
    count unless it is the next number in sequence or follows a finished sentence;
    ``numbering`` holds the last paragraph number seen, across pages.
    """
    number = _NUMBER_START.match(line.text)
    if number and (int(number.group(1)) == numbering[0] + 1 or _TERMINAL.search(prev.text)):
        numbering[0] = int(number.group(1))
        return True
    if prev.top <= line.top or prev.top - line.top > PARAGRAPH_GAP * spacing * prev.rows:
        if number:
            numbering[0] = int(number.group(1))
        return True
    return bool(_LIST_START.match(line.text))


def _paragraphs(lines: list[Line], vocabulary: Counter[str], numbering: list[int]) -> list[str]:
    """Group a page's lines into paragraphs by vertical gaps, list markers and numbers."""
    spacing = _line_spacing(lines)
    groups: list[list[str]] = []
    for i, line in enumerate(lines):
        following = lines[i + 1] if i + 1 < len(lines) else None
        if (
            i == 0
            or _starts_paragraph(lines[i - 1], line, spacing, numbering)
            or _heading_before_list(lines[i - 1], line, following)
        ):
            if i == 0 and (number := _NUMBER_START.match(line.text)):
                numbering[0] = int(number.group(1))
            groups.append([])
        groups[-1].append(line.text)
    return [_dehyphenate(_join_lines(group), vocabulary) for group in groups]


_HEADING_LINE = re.compile(r"^[A-Z][\w’' ,-]{2,70}$")


def _heading_before_list(prev: Line, line: Line, following: Line | None) -> bool:
    """A short unpunctuated line between a finished sentence and a bullet: a sub-heading
    set too close to the list item above it to read as a gap ('Key strengths and
    weaknesses of the LSCB' after the last recommendation's bullet ran on into it, so the
    LSCB's strengths were read as items to improve, and a release quoting one was called
    misleading: drift34)."""
    return (
        following is not None
        and bool(_TERMINAL.search(prev.text))
        and bool(_HEADING_LINE.match(line.text.strip()))
        and bool(_LIST_START.match(following.text))
    )


_MARK_BEFORE_WORDS = re.compile(r"^(\d{1,2}) (?=[a-z])")
_NOTE_NUMBER = re.compile(r"^(\d{1,2}) [A-Z]")


def _marks_rejoined(paragraphs: list[str]) -> list[str]:
    """A page's paragraphs, a footnote's mark that the page set on a line of its own
    dropped and the words after it rejoined to the paragraph it cut ('• eight live in
    residential special schools,' then '3 all of whom live out of the authority area',
    the page's note '3 These are residential special schools ...' below): the raised mark
    reads as a paragraph gap, and a quotation of the row was placed on the row above it
    and misquoted (quotes18). Only a mark one of the page's own notes is numbered by,
    after an unfinished paragraph, before words in lower case."""
    notes = {m.group(1) for p in paragraphs if (m := _NOTE_NUMBER.match(p))}
    out: list[str] = []
    for paragraph in paragraphs:
        mark = _MARK_BEFORE_WORDS.match(paragraph)
        if out and mark and mark.group(1) in notes and not _TERMINAL.search(out[-1]):
            out[-1] = f"{out[-1]} {paragraph[mark.end() :]}"
        else:
            out.append(paragraph)
    return out


def _join_lines(group: list[str]) -> str:
    text = group[0]
    for piece in group[1:]:
        text = text + piece if text[-1:] in SOFT_HYPHENS else f"{text} {piece}"
    return re.sub(r"[ \t]{2,}", " ", text).strip() if "  " in text or "\t" in text else text.strip()


def _continues(previous: str, following: str) -> bool:
    """Whether ``following`` is the rest of ``previous``, cut by a page end.

    A lower-case start, or an unfinished sentence going on with a number or a
    dangling connective, continues; a capital, a bullet or a table row does not.
    """
    if (
        not previous
        or not following
        or _LIST_START.match(following)
        or _NUMBER_START.match(following)
    ):
        return False
    unfinished = not _TERMINAL.search(previous) and previous[-1:] not in ")?|"
    return (
        following[0].islower()
        or (unfinished and following[0].isdigit())
        or previous.endswith((",", " and", " or", " the", " of", " to", " a"))
    )


def _rejoin_cut(paragraphs: list[str]) -> list[str]:
    joined: list[str] = []
    for paragraph in paragraphs:
        if joined and _continues(joined[-1], paragraph):
            joined[-1] = f"{joined[-1]} {paragraph}"
        else:
            joined.append(paragraph)
    return joined


def _body_and_notes(paragraphs: list[str], following: list[str]) -> tuple[list[str], list[str]]:
    """The page's paragraphs, less the footnotes printed below a paragraph that the page
    end cuts and the next page's first paragraph (of ``following``) goes on with ('...
    alongside a strengths-based, solution-' then '1 The areas for ...'): those notes are
    placed after the rejoined paragraph, so the report's words read on unbroken."""
    for k in range(max(1, len(paragraphs) - 3), len(paragraphs)):
        if (
            _FOOTNOTE.match(paragraphs[k])
            and not _TERMINAL.search(paragraphs[k - 1])
            and following
            and _continues(paragraphs[k - 1], following[0])
        ):
            return paragraphs[:k], paragraphs[k:]
    return paragraphs, []


def _assemble(pages: list[list[str]]) -> tuple[str, list[Page]]:
    """Join pages into one text, rejoining a paragraph that a page end cut in two (a word
    cut at its hyphen rejoined whole, a footnote between moved after it)."""
    text, spans = "", []
    notes: list[str] = []
    for number, paragraphs in enumerate(pages, start=1):
        start = len(text)
        body, below = _body_and_notes(paragraphs, pages[number] if number < len(pages) else [])
        for k, paragraph in enumerate(body):
            if text:
                cut = k == 0 and _continues(text[text.rfind("\n") + 1 :], paragraph)
                text += ("" if _CUT_WORD_END.search(text) else " ") if cut else "\n\n"
            if k == 0:
                start = len(text)
                paragraph += "".join(f"\n\n{note}" for note in notes)
                notes = []
            text += paragraph
        notes = below
        spans.append(Page(number=number, start=start, end=len(text)))
    return text, spans
