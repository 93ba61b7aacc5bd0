"""Quotations set apart by layout alone, with no quotation mark: the paragraph after an
introduction ending in a verb of saying and a colon, or lines quoted with '>'."""

from __future__ import annotations

import re

from verify.extract.quotes.match import QuoteMatch, _finish, _Open, _trim
from verify.extract.quotes.paragraphs import _QUOTING_MARKS, _next_paragraph, _speech_going_on
from verify.extract.text import LIST_MARKER
from verify.words.speakers import SAYING_VERBS

_SAID_COLON = re.compile(
    rf"\b(?:{SAYING_VERBS}|continued|continues|went on|goes on)(?:\s+that)?:$", re.I
)
"""An introduction ending in a verb of saying and a colon ("The watchdog’s report said:",
"Jo Park, chief executive of the trust, said:")."""
_INTRO_MAX_WORDS = 16
_BLOCK_MIN_WORDS = 5


def _unmarked_blocks(text: str) -> list[QuoteMatch]:
    """Quotations set apart by layout alone: the paragraph after an introduction of its
    own that ends in a verb of saying and a colon, written with no quotation mark (a
    block quotation whose indent or italics the copy lost), and the paragraphs after it
    that carry on in the speaker's first person; or the lines after it quoted with '>'.
    Not a list item, a heading or a paragraph holding marks of its own (the marked
    quotation is the one to read)."""
    found = []
    for intro in re.finditer(r"[^\n]+", text):
        line = intro.group().rstrip()
        if len(line.split()) > _INTRO_MAX_WORDS or not _SAID_COLON.search(line):
            continue
        start = _next_paragraph(text, intro.end())
        quoted = _QUOTED_LINE.match(text, start)
        start = quoted.end() if quoted else start
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        block = text[start:end].rstrip()
        if (
            not block
            or LIST_MARKER.match(block)
            or block[-1] not in ".!?"
            or len(block.split()) < _BLOCK_MIN_WORDS
            or any(m in block for m in _QUOTING_MARKS)
        ):
            continue
        pieces = [(start, start + len(block))]
        while end < len(text) and (going_on := _block_going_on(text, end, bool(quoted))):
            end = text.find("\n", going_on)
            end = len(text) if end < 0 else end
            pieces.append(_trim(text, going_on, end))
        found.append(_finish(text, _Open("double", start, pieces), closed=True))
    return found


_QUOTED_LINE = re.compile(r"[ \t]*>[ \t]+")
"""A line quoted the way Markdown and e-mail set a block quotation apart ("> The
oversight of elective home education is a strength ...")."""


def _block_going_on(text: str, newline: int, quoted: bool) -> int | None:
    """Where the next paragraph of an unmarked block quotation starts, if it goes on: a
    line quoted with '>' after one, else the speaker's own first person."""
    if not quoted:
        return _speech_going_on(text, newline)
    line = _QUOTED_LINE.match(text, _next_paragraph(text, newline))
    return line.end() if line else None
