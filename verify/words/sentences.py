"""The one sentence splitter for report passages and release text.

A sentence ends at . ! ? (optionally closed by quote marks or a bracket) before a
capital, a digit or an opening mark. Release text adds its own rules on top (each line
a paragraph, no cut after "Cllr." or inside an embedded quotation: ``verify.extract.text``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

# A list item's marker at the start of a line ("•", "-", "1.", "(a)", a Markdown heading).
LIST_MARKER = re.compile(r"(?:[•\-*–·▪◦>»●■►▸✓✔]|#{1,6}|\d{1,2}[.)]|\(?[a-z]\))\s+")
SENTENCE_END = re.compile(r"(?<=[.!?])['’\")”]*\s+(?=[A-Z0-9‘“'\"(])")
NOTES_HEADING = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]*)?(?:"
    r"ends"
    r"|about[ \t]+(?:the[ \t]+)?(?:[\w’'&-]+[ \t]+){0,6}?(?:council|trust)"
    r")[ \t]*(?::|$)",
    re.I | re.M,
)
"""A line opening the publisher's own matter at a release's foot ('ENDS', 'About
Staffordshire County Council'): what follows describes the council or the press office, not
the inspection. 'Notes to editors' opens no such matter: releases put the inspection's dates,
its judgement table and the earlier inspection's grades there, which are claims to check;
under 'ENDS' too, where a sentence grading the council or dating the inspection is still
read (``extract.text.Furniture.at_foot``)."""


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of ``text[start:end]``, surrounding spaces included."""
    end = len(text) if end is None else end
    begin = start
    for m in SENTENCE_END.finditer(text, start, end):
        yield begin, m.start()
        begin = m.end()
    if begin < end:
        yield begin, end


def sentence_breaks(text: str, start: int = 0, end: int | None = None) -> Iterator[int]:
    """Where each sentence after the first begins in ``text[start:end]`` (the previous
    one runs up to it, its closing marks included)."""
    for m in SENTENCE_END.finditer(text, start, len(text) if end is None else end):
        yield m.end()


def sentence_around(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """(begin, end) of the sentence holding ``text[start:end]``, within its line (a
    headline or a bulleted line has no full stop to end it), trailing spaces left out."""
    end = start if end is None else end
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    spans = list(sentence_spans(text, line_start, line_end))
    begin = max((a for a, _ in spans if a <= start), default=line_start)
    finish = min((b for _, b in spans if b >= end), default=line_end)
    return begin, begin + len(text[begin:finish].rstrip())


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text``, stripped, empty ones dropped."""
    return [s for a, b in sentence_spans(text) if (s := text[a:b].strip())]


def newlines(text: str) -> tuple[int, ...]:
    """Where ``text``'s newlines are: a line is then found by bisecting them
    (``line_span``), not by searching back from each offset, which read the whole of a
    release pasted as one line of megabytes once for every sentence, quotation and claim
    of it. Computed once by each holder of a text (not cached by the text: an equal copy
    of a text of megabytes would be compared whole on every lookup)."""
    return tuple(m.start() for m in re.finditer("\n", text))


def line_span(breaks: tuple[int, ...], length: int, start: int, end: int) -> tuple[int, int]:
    """(start, end) of the line holding ``[start, end)`` of a text of ``length`` whose
    newlines are ``breaks``, newlines excluded."""
    before, after = bisect_left(breaks, start), bisect_left(breaks, end)
    begin = breaks[before - 1] + 1 if before else 0
    return begin, breaks[after] if after < len(breaks) else length
