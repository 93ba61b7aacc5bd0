"""Paragraphs and sentences of a release: the one sentence splitter
(``verify.words.sentences``) plus the rules press releases need.

Each line is its own paragraph, a leading list marker ("1.", "•") is moved out of the
paragraph's content, and no sentence is cut after an abbreviation ("Cllr.") or inside
a protected span (an embedded quotation), which a splitter of plain text cannot know
(measured on the seed texts, ../shared/MEASUREMENTS.md).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from verify.words.sentences import (
    LIST_MARKER,
    NOTES_HEADING,
    line_span,
    newlines,
    sentence_breaks,
)

_ABBREVIATION = re.compile(
    r"\b(?:Cllr|Coun|Mr|Mrs|Ms|Dr|Prof|Rev|St|No|para|paras|Cllrs|Nos|approx|etc|e\.g|i\.e|vs)\.$",
    re.I,
)


_ABBREVIATION_REACH = 40
"""Characters before a cut that can hold the abbreviation it follows ("Cllr.")."""


_LINK_TEASER = re.compile(
    r"[ \t]*(?:read more|read next|also read|see also|related(?: stories| story| articles?)?"
    r"|most read|more on this(?: story)?)[ \t]*[:>|–—-]",
    re.I,
)
"""A news page's link to another story, pasted with the text ("READ MORE: 'It felt like
nobody listened' - mum's plea", "Read more: Lambeth children's services rated
inadequate")."""


class LinkLines:
    """Whether an offset's line of one text opens with a link to another story: the rest
    of the line is that story's headline, not the release's own words, so neither a
    quotation starting on it nor a sentence of it is a claim (session 14, news14: 'Read
    more: Lambeth children's services rated inadequate' under a story about Southwark was
    a rating of Southwark's report, contradicted; five such links in nine stories). Each
    line is read once, found by bisecting its newlines (``words.sentences.line_span``):
    searching back for the newline from every sentence and quotation made extraction
    quadratic in a release pasted as one paragraph (a 4 MB line: each read megabytes)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._newlines = newlines(text)
        self._read: dict[int, bool] = {}

    def __call__(self, at: int) -> bool:
        """True when the line holding ``at`` opens with a link to another story."""
        start = line_span(self._newlines, len(self._text), at, at)[0]
        if start not in self._read:
            self._read[start] = bool(_LINK_TEASER.match(self._text, start))
        return self._read[start]


_BODY_PARAGRAPHS, _BODY_WORDS = 2, 8
"""Paragraphs of at least so many words a release has before its notes: a heading above
them ('About the council' in a page's menu) opens no notes."""


def _notes_start(text: str) -> int:
    """Where the publisher's notes at the release's foot begin (``NOTES_HEADING`` after the
    release's body, ``_BODY_PARAGRAPHS``), past the text's end when there are none. Each
    stretch of text is counted once, however many headings it holds."""
    body, read = 0, 0
    for m in NOTES_HEADING.finditer(text):
        lines = text[read : m.start()].split("\n")
        body += sum(1 for line in lines if len(line.split()) >= _BODY_WORDS)
        read = m.start()
        if body >= _BODY_PARAGRAPHS:
            return m.start()
    return len(text) + 1


class Furniture:
    """Whether an offset of one text stands in the page around the release rather than in
    it: a line opening with a link to another story (``LinkLines``), or anything after the
    line opening the publisher's notes at its foot (``_notes_start``: 'Notes to editors',
    'About the council'), where neither a quotation nor a sentence is a claim."""

    def __init__(self, text: str) -> None:
        self._on_link_line = LinkLines(text)
        self._notes = _notes_start(text)

    def __call__(self, at: int) -> bool:
        """True when ``at`` is in the notes at the foot or on a line linking elsewhere."""
        return at >= self._notes or self._on_link_line(at)

    def in_notes(self, at: int) -> bool:
        """True when ``at`` is in the notes at the foot, on no line linking elsewhere."""
        return at >= self._notes and not self._on_link_line(at)


@dataclass(frozen=True)
class Paragraph:
    """A line of the release; ``start`` is after any list marker ("•", "1.")."""

    index: int
    line_start: int
    start: int
    end: int
    marker: str


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int


def paragraphs(text: str) -> list[Paragraph]:
    """Every non-empty line, with its list marker (if any) set apart."""
    found, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            m = LIST_MARKER.match(line)
            marker = m.group().strip() if m and m.end() < len(line) else ""
            start = pos + (m.end() if marker else 0)
            found.append(Paragraph(len(found), pos, start, end, marker))
        pos = end + 1
    return found


def sentences(
    text: str, paras: Sequence[Paragraph], protected: Sequence[tuple[int, int]] = ()
) -> list[Sentence]:
    """Sentences of every paragraph, never split after an abbreviation or inside
    a protected span."""
    found: list[Sentence] = []
    protected = sorted(protected)
    for para in paras:
        breaks = sentence_breaks(text, para.start, para.end)
        cuts = [c for c in breaks if _may_cut(text, para.start, c, protected)]
        bounds = [para.start, *cuts, para.end]
        for start, end in zip(bounds, bounds[1:], strict=False):
            for piece_start, piece_end in _bounded(text, start, end):
                piece_start, piece_end = _strip(text, piece_start, piece_end)
                if piece_end > piece_start:
                    found.append(Sentence(piece_start, piece_end, para.index))
    return found


MAX_SENTENCE_CHARS = 2_000
"""Longest sentence handed on: text without full stops (a page pasted as one line)
is cut into pieces this long, at a space, because finding values in a sentence costs
more than linear time in its length; real sentences are far shorter."""


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` in pieces of at most ``MAX_SENTENCE_CHARS``, cut at spaces."""
    out = []
    while end - start > MAX_SENTENCE_CHARS:
        space = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = space + 1 if space > 0 else start + MAX_SENTENCE_CHARS
        out.append((start, cut))
        start = cut
    out.append((start, end))
    return out


def _may_cut(text: str, para_start: int, cut: int, protected: Sequence[tuple[int, int]]) -> bool:
    before = text[max(para_start, cut - _ABBREVIATION_REACH) : cut].rstrip()
    if _ABBREVIATION.search(before):
        return False
    i = bisect_left(protected, (cut,)) - 1
    return not any(s < cut < e for s, e in protected[max(0, i - 1) : i + 1])


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
