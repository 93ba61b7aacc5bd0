"""Read a press release from a file, URL or stdin into a cleaned ``Release``.

Only whitespace and line endings are normalised in the cleaned text (quote marks
stay as written), because every claim's offsets point into this text and the
checker compares quoted words character by character. HTML goes through
trafilatura with ``favor_recall=True``: measured best at keeping the whole
article (headline and bullets included) while dropping cookie notices, navigation,
share links and related-news teasers (see ../shared/MEASUREMENTS.md).
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import stat
import threading
import time
from html import unescape
from html.parser import HTMLParser
from itertools import islice
from pathlib import Path
from typing import BinaryIO, Literal

from verify.errors import (
    EmptyRelease,
    FetchFailed,
    InputNotFound,
    ReleaseTooLarge,
    ReleaseTooLong,
    UnreadableRelease,
    VerifyError,
)
from verify.settings import Settings
from verify.types import Release
from verify.words.dates import dateline
from verify.words.sentences import LIST_MARKER

MediaType = Literal["text", "html", "markdown"]

_SUFFIX_TYPES: dict[str, MediaType] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<div|<article|<p[\s>])", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_HSPACE = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_LXML_MAX_DEPTH = 255
# An HTML character reference left in plain text copied from a page's source
# (&ldquo;, &#8217;, &amp;): read as the character it names, quote marks included.
_ENTITY = re.compile(r"&(?:#\d{1,6}|#x[0-9a-f]{1,5}|[a-z][a-z0-9]{1,30});", re.I)
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\ufeff]")


def read_release(source: str, settings: Settings, stdin: BinaryIO | None = None) -> Release:
    """Read ``source`` (a path, an http(s) URL, or '-' for ``stdin``) into a Release."""
    if source == "-":
        if stdin is None:
            raise UnreadableRelease(source, "no input stream was given for '-'")
        raw = _read_limited(stdin, source, settings.max_release_bytes)
        return release_from_bytes(raw, source, _sniff_type(raw, None), settings)
    if source.startswith(("http://", "https://")):
        raw, content_type = _fetch(source, settings)
        media = "html" if "html" in content_type else _sniff_type(raw, source)
        return release_from_bytes(raw, source, media, settings)
    path = Path(source)
    if path.is_dir():
        raise UnreadableRelease(source, "it is a folder, not a file")
    if not path.is_file():
        raise InputNotFound(source)
    try:
        with open(path, "rb") as handle:
            raw = _read_limited(handle, source, settings.max_release_bytes)
    except OSError as exc:
        raise UnreadableRelease(source, exc.strerror or str(exc)) from exc
    return release_from_bytes(raw, source, _sniff_type(raw, path.suffix), settings)


def release_from_bytes(raw: bytes, source: str, media: MediaType, settings: Settings) -> Release:
    """Decode, clean and wrap ``raw``; the one path every kind of source takes (each
    reader has already refused more than ``max_release_bytes``, as it read)."""
    decoded = decode(raw, source)
    title = None
    if media == "html":
        title, decoded = html_main_text(decoded, source)
    else:
        decoded = _ENTITY.sub(lambda m: unescape(m.group()), decoded)
    text = normalise_whitespace(decoded)
    if not text:
        raise EmptyRelease(source)
    if len(text) > settings.max_release_chars:
        # Claims, and so a check's time, memory and output, grow with the text.
        limit = settings.max_release_chars
        raise ReleaseTooLong(source, f"{len(text):,} characters of text (limit {limit:,})")
    if media != "html":
        text = unwrap_lines(text)
        title = text.split("\n", 1)[0]
    return Release(
        source=source,
        sha256=hashlib.sha256(raw).hexdigest(),
        media_type=media,
        title=title,
        text=text,
    )


def decode(raw: bytes, source: str) -> str:
    """UTF-8 when it is, else Windows-1252 when it fits, else what charset-normalizer
    finds (UTF-16, Latin-2...); binary is refused."""
    if not raw.strip():
        raise EmptyRelease(source)
    if b"\x00" in raw[:8192] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableRelease(source, "it looks binary, not text or HTML")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            # English releases that are not UTF-8 are nearly always Windows-1252;
            # on short texts charset-normalizer often guesses cp1250 (£ becomes Ł).
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes  # 0.1 s to import; most releases never need it

    best = from_bytes(raw).best()
    if best is None:
        raise UnreadableRelease(source, "it looks binary, not text or HTML")
    text = str(best)
    if len(_CONTROL.findall(text[:8192])) > 8:
        raise UnreadableRelease(source, "it looks binary, not text or HTML")
    return text


def html_main_text(html: str, source: str) -> tuple[str | None, str]:
    """The headline and main text of an HTML page, boilerplate removed."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            soften_html(html),
            favor_recall=True,
            include_comments=False,
            include_tables=True,
            with_metadata=True,
        )
    except (RecursionError, ValueError) as exc:  # hostile nesting, broken markup
        raise UnreadableRelease(source, f"the HTML cannot be parsed: {exc}") from exc
    depth = nesting_depth(html)
    if depth > _LXML_MAX_DEPTH:
        # libxml2 drops what lies deeper, and often what follows it, without a word:
        # checking the rest would judge a release that is not the one published.
        raise UnreadableRelease(
            source,
            f"its tags nest {depth} deep, past the HTML parser's limit of "
            f"{_LXML_MAX_DEPTH}, so some of its text would be lost",
        )
    if doc is None or not (doc.text or "").strip():
        raise EmptyRelease(source)
    title = normalise_whitespace(doc.title or "") or None
    body = doc.text
    if title and not normalise_whitespace(body).startswith(title):
        # The headline first, once: the extractor may place it below the text it found
        # first (a body in a <div>, then the <h1>), which would check it twice.
        lines = [line for line in body.split("\n") if normalise_whitespace(line) != title]
        body = "\n".join([title, "", *lines])
    return title, _with_page_date(html, title, body)


_DATE_ELEMENT = re.compile(
    r"<(p|time|span|div|small|li)(?:\s[^>]*)?>\s*([^<]{6,60}?)\s*</\1\s*>", re.I
)
"""An element holding only a short text: a page's date line ('<p class="meta">27 August
2025</p>', '<time>Published: 13 August 2025</time>') when that text is a dateline."""
_DATE_ELEMENTS_READ = 40


def _with_page_date(html: str, title: str | None, body: str) -> str:
    """``body`` with the page's own date line after its headline, when the extractor
    dropped it (a short element of the page's head, before the text it kept: fresh17,
    Merton's '<p class="meta">27 August 2025</p>' was lost, so 'published today' and 'last
    month' had no date to be read against). A body with a dateline of its own is kept."""
    if dateline(body):
        return body
    first = next((line for line in body.split("\n")[1:] if line.strip()), "")
    text_at = html.find(first[:40]) if first else -1
    head_of_page = _DATE_ELEMENT.finditer(html, 0, text_at if text_at > 0 else len(html))
    for m in islice(head_of_page, _DATE_ELEMENTS_READ):
        said = normalise_whitespace(unescape(m.group(2)))
        if dateline(said):
            head, _, rest = body.partition("\n")
            return "\n".join([head, said, rest]) if title and head == title else f"{said}\n{body}"
    return body


_Q_OPEN, _Q_CLOSE = re.compile(r"<q(?:\s[^>]*)?>", re.I), re.compile(r"</q\s*>", re.I)
_BREAKS = re.compile(r"(?:\s*<br\s*/?>)+\s*", re.I)
_LEADING_TAGS = re.compile(r"^(?:\s*<[^>]*>)*\s*")
# What starts a line of its own after a break: a list item or a quotation's paragraph.
_OWN_LINE = re.compile(r"[•·▪◦*–—\-“‘\"'«]|\d{1,2}[.)]\s")
_LOOKAHEAD = 60
_BLOCKQUOTE = re.compile(r"<blockquote(\s[^>]*)?>(.*?)</blockquote\s*>", re.I | re.S)
_EMBED = re.compile(r"twitter|tweet|instagram|tiktok|facebook|embed", re.I)
_PARAGRAPH = re.compile(r"(<p(?:\s[^>]*)?>)(.*?)(</p\s*>)", re.I | re.S)
_TAG = re.compile(r"<[^>]*>")
_FIGURE = re.compile(r"<figure(?:\s[^>]*)?>.*?</figure\s*>", re.I | re.S)
_FIGCAPTION = re.compile(r"<figcaption(?:\s[^>]*)?>(.*?)</figcaption\s*>", re.I | re.S)
_QUOTE_MARKS = '“”‘"«»„'
"""Marks that open or close a quotation (’ and ' are apostrophes as often)."""


def soften_html(html: str) -> str:
    """The page with what an extractor of main text would lose put in plain text:

    - ``<q>`` is rendered with quote marks by browsers, so its marks are written in
      (the extractor drops the element, and with it the quotation);
    - a ``<blockquote>`` with no quote mark in it is a quotation set apart by its
      layout alone, so each of its paragraphs gets the marks (an embedded post's
      blockquote is the post, signed, and is left alone);
    - a ``<figure>``'s caption is the page's text (a photo caption quoting the report
      or an official), which the extractor drops with the image, so the figure is
      replaced by its caption as a paragraph;
    - one ``<br>`` inside running text is a line wrapped by hand, not a new paragraph
      (the extractor makes every ``<br>`` a paragraph break, which cuts a sentence and
      a quotation in two), so it becomes a space; two or more stay a break, as does one
      before a list item or a paragraph opening with a quotation mark.
    """
    html = _Q_CLOSE.sub("”", _Q_OPEN.sub("“", html))
    html = _BLOCKQUOTE.sub(_marked_blockquote, html)
    html = _FIGURE.sub(_caption_paragraphs, html)

    def soften(m: re.Match[str]) -> str:
        if m.group().lower().count("<br") > 1:
            return m.group()
        following = unescape(_LEADING_TAGS.sub("", html[m.end() : m.end() + _LOOKAHEAD]))
        return m.group() if not following or _OWN_LINE.match(following) else " "

    return _BREAKS.sub(soften, html)


def _caption_paragraphs(m: re.Match[str]) -> str:
    """A figure as its captions alone, each a paragraph (an image without one is dropped)."""
    return "".join(f"<p>{c.group(1)}</p>" for c in _FIGCAPTION.finditer(m.group()))


def _marked_blockquote(m: re.Match[str]) -> str:
    """The blockquote with quote marks around each paragraph, when it has none."""
    attrs, inner = m.group(1) or "", m.group(2)
    if _EMBED.search(attrs) or any(c in unescape(_TAG.sub("", inner)) for c in _QUOTE_MARKS):
        return m.group()
    if _PARAGRAPH.search(inner):
        inner = _PARAGRAPH.sub(lambda p: f"{p.group(1)}“{p.group(2).strip()}”{p.group(3)}", inner)
    elif inner.strip():
        inner = f"“{inner.strip()}”"
    return f"<blockquote{attrs}>{inner}</blockquote>"


# A hard-wrapped plain text (an e-mailed release) breaks its lines at a width this
# many characters or less (and no less than the least); longer lines are paragraphs
# left whole, and short lines alike (dates, names) are no wrapped text.
_WRAP_WIDTH_MIN, _WRAP_WIDTH_MAX = 40, 100
_FIRST_WORD = re.compile(r"\S+")
# A wrapped text has at least this many lines within this many characters of its width.
_WRAPPED_LINES_MIN, _WRAP_SLACK = 3, 12
# Lines left longer than the wrap width (a headline, a URL, a signature typed in whole):
# this many, or this share of the lines, whichever is more.
_LONGER_LINES_MAX, _LONGER_SHARE_MAX = 2, 0.1


def unwrap_lines(text: str) -> str:
    """``text`` with the lines of each hard-wrapped paragraph joined by spaces (the
    same length, so offsets hold).

    Every line is a paragraph to extraction, so a wrapped release cuts its sentences
    and quotations at each line end. A break is a wrap when the next line's first
    word would not have fitted on the line within the text's wrap width, as a
    wrapping editor leaves it; a short line before another (a date, an address, a
    heading), a line longer than the width (a headline typed whole) or a list item is a
    break kept. In any text, a break between a word and a lower-case one is a wrap.
    """
    lines = text.split("\n")
    wraps = max((_wraps(lines, width) for width in _wrap_widths(lines)), key=len, default=[])
    out = list(text)
    for pos in [*wraps, *_broken_sentences(text)]:
        out[pos] = " "
    return "".join(out)


_BROKEN_SENTENCE = re.compile(r"(?<=[^\W\d_,])\n(?=[^\W\d_A-Z])")
"""A line break inside a sentence: after a word and before a lower-case one."""


def _broken_sentences(text: str) -> list[int]:
    """The offsets of single line breaks that cut a sentence in two, in a text that is
    not wrapped throughout (a stray break a copy left, "receive a swift\nresponse"):
    no paragraph ends on a bare word and the next opens in lower case."""
    return [m.start() for m in _BROKEN_SENTENCE.finditer(text)]


def _wrap_widths(lines: list[str]) -> list[int]:
    """The widths a hard-wrapped text may have been wrapped at: line lengths that at
    least ``_WRAPPED_LINES_MIN`` lines come within ``_WRAP_SLACK`` characters of, with
    only a few lines longer (a headline or a URL is typed past the width; a text whose
    paragraphs run long is not wrapped at all). Empty when the text is not wrapped."""
    lengths = sorted((len(line) for line in lines if line.strip()), reverse=True)
    longer_max = max(_LONGER_LINES_MAX, int(len(lengths) * _LONGER_SHARE_MAX))
    return [
        width
        for width in sorted(set(lengths[: longer_max + 1]))
        if _WRAP_WIDTH_MIN <= width <= _WRAP_WIDTH_MAX
        and sum(width - _WRAP_SLACK <= n <= width for n in lengths) >= _WRAPPED_LINES_MIN
    ]


def _wraps(lines: list[str], width: int) -> list[int]:
    """The offsets of the line breaks that are wraps at ``width``: the next line's first
    word would not have fitted. Of the widths a text may have, the one that explains
    the most breaks as wraps is the editor's (a headline typed past it explains none)."""
    wraps = []
    pos = 0
    for line, below in zip(lines, lines[1:], strict=False):
        pos += len(line)
        word = _FIRST_WORD.match(below)
        if (
            line
            and len(line) <= width
            and word
            and not LIST_MARKER.match(below)
            and len(line) + 1 + len(word.group()) > width
        ):
            wraps.append(pos)
        pos += 1
    return wraps


class _DepthCounter(HTMLParser):
    """Deepest tag nesting in a page (void elements such as <br> do not nest)."""

    VOID = frozenset(
        [
            "area",
            "base",
            "br",
            "col",
            "embed",
            "hr",
            "img",
            "input",
            "link",
            "meta",
            "source",
            "track",
            "wbr",
        ]
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.depth = self.deepest = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag not in self.VOID:
            self.depth += 1
            self.deepest = max(self.deepest, self.depth)

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.VOID:
            self.depth = max(0, self.depth - 1)


def nesting_depth(html: str) -> int:
    """How deep the page's tags nest: libxml2 (under lxml and trafilatura) drops what
    lies deeper than 255 levels, so such a page needs a clear error, not silence."""
    counter = _DepthCounter()
    counter.feed(html)
    return counter.deepest


def normalise_whitespace(text: str) -> str:
    """One space for runs of spaces, ``\\n`` line ends, at most one blank line, no edges."""
    text = _ZERO_WIDTH.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub("", text)
    lines = [_HSPACE.sub(" ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _sniff_type(raw: bytes, suffix: str | None) -> MediaType:
    if suffix and suffix.lower() in _SUFFIX_TYPES:
        return _SUFFIX_TYPES[suffix.lower()]
    return "html" if _HTML_START.match(raw[:2048]) else "text"


def _read_limited(stream: BinaryIO, source: str, limit: int) -> bytes:
    """At most ``limit`` bytes of a file or stream: the one size check for both (a URL's
    download checks as it goes). A file over it is named with its whole size."""
    raw = stream.read(limit + 1)
    if len(raw) > limit:
        size = _file_size(stream)
        detail = _size_detail(size, limit) if size else _size_detail(len(raw), limit, at_least=True)
        raise ReleaseTooLarge(source, detail)
    return raw


def _file_size(stream: BinaryIO) -> int | None:
    """The size of the regular file behind ``stream``; None for a pipe or a buffer."""
    try:
        status = os.fstat(stream.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        return None
    return status.st_size if stat.S_ISREG(status.st_mode) else None


def _fetch(url: str, settings: Settings) -> tuple[bytes, str]:
    """GET ``url``, refusing bodies over the size limit, all within ``fetch_timeout``.

    httpx's timeouts bound each wait for the next bytes, so a server sending one
    byte every few seconds (headers or body) would never time out. The request
    therefore runs in a daemon thread that this one waits for ``fetch_timeout``
    seconds at most; the thread itself stops at its next chunk past the deadline.
    """
    allowed = settings.fetch_timeout
    outcome: dict[str, object] = {}
    worker = threading.Thread(
        target=_download,
        args=(url, settings.max_release_bytes, time.monotonic() + allowed, outcome),
        daemon=True,
    )
    worker.start()
    worker.join(allowed)
    if worker.is_alive():
        raise FetchFailed(url, _too_slow(allowed))
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["body"], outcome["type"]  # type: ignore[return-value]


def _download(url: str, limit: int, deadline: float, outcome: dict[str, object]) -> None:
    """Fetch into ``outcome`` (body and content type, or the project's error)."""
    import httpx  # 0.1 s to import; only a URL needs it

    timeout = max(deadline - time.monotonic(), 0.1)  # the whole allowance, at the start
    try:
        with (
            httpx.Client(timeout=timeout, follow_redirects=True) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise FetchFailed(url, f"HTTP {response.status_code}")
            chunks, total = [], 0
            for chunk in response.iter_bytes():
                total += len(chunk)
                if total > limit:
                    raise ReleaseTooLarge(url, _size_detail(total, limit, at_least=True))
                if time.monotonic() > deadline:
                    raise FetchFailed(url, _too_slow(timeout))
                chunks.append(chunk)
            outcome["body"] = b"".join(chunks)
            outcome["type"] = response.headers.get("content-type", "")
    except httpx.HTTPError as exc:
        outcome["error"] = FetchFailed(url, f"{type(exc).__name__}: {exc}")
    except VerifyError as exc:
        outcome["error"] = exc


def _too_slow(seconds: float) -> str:
    return f"no whole answer within {seconds:.0f} s"


def _size_detail(size: int, limit: int, at_least: bool = False) -> str:
    over = "over " if at_least else ""
    return f"{over}{size / 1e6:.1f} MB (limit {limit / 1e6:.1f} MB)"
