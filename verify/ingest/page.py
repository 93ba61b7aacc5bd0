"""An HTML page's headline and main text, through trafilatura with ``favor_recall=True``
(measured best at keeping the whole article, headline and bullets included, while dropping
cookie notices, navigation, share links and related-news teasers: ../shared/MEASUREMENTS.md),
with what the extractor would lose put in plain text first (``soften_html``) and the page's
own date line kept (``_with_page_date``)."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from itertools import islice

from verify.errors import EmptyRelease, UnreadableRelease
from verify.ingest.text import normalise_whitespace
from verify.words.dates import dateline

_LXML_MAX_DEPTH = 255


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
