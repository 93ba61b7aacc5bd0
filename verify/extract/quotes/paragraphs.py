"""Quotations that run over paragraphs: where the next paragraph starts, and whether it
carries on an unclosed quotation, reopened by a mark (the British convention), in the
speaker's first person with no mark, or closed further down with its opening marks
left out."""

from __future__ import annotations

import re

from verify.extract.quotes.roles import _DOUBLE, mark_role
from verify.extract.quotes.tables import _MarkRoles
from verify.extract.text import LIST_MARKER
from verify.words.marks import DOUBLE_BOTH, DOUBLE_OPEN, SINGLE_BOTH, SINGLE_OPEN

# Paragraphs an unclosed quotation may run over, its opening marks left out, to the
# paragraph whose first mark closes it.
_CARRY_PARAGRAPHS = 3
_QUOTING_MARKS = _DOUBLE + SINGLE_OPEN
"""Marks that open or close a quotation (’ and ' are apostrophes as often): a paragraph
holding one has marks of its own to read."""


def _closing_below(text: str, newline: int, kind: str, roles: _MarkRoles) -> int | None:
    """Where the next paragraph starts when it carries on an unclosed double quotation
    whose opening marks were left out: the first double mark in the next few
    paragraphs closes a quote (“Assessments are timely. / Plans are clear. / Children
    are safer.” with only the first and last marks). None otherwise, and always for
    single marks (an apostrophe there is too common)."""
    if kind != "double":
        return None
    start = j = _next_paragraph(text, newline)
    for _ in range(_CARRY_PARAGRAPHS):
        if j >= len(text) or LIST_MARKER.match(text, j):
            return None
        first = roles.first(j, kind)
        if first is not None:
            return start if first == "close" else None
        end = text.find("\n", j)
        if end < 0:
            return None
        j = _next_paragraph(text, end)
    return None


def _next_paragraph(text: str, newline: int) -> int:
    """Where the paragraph after the break at ``newline`` starts: past blank lines and
    its indent."""
    while newline < len(text) and text[newline] in "\n \t":
        newline += 1
    return newline


def _reopening(text: str, newline: int) -> int | None:
    """Index of the opening mark that starts the next paragraph, if it reopens a quote.

    The next paragraph may begin with a bullet marker before the mark.
    """
    j = newline
    while j < len(text) and text[j] == "\n":
        j += 1
    marker = LIST_MARKER.match(text, j)
    j = marker.end() if marker else j
    if j < len(text) and text[j] in DOUBLE_OPEN + SINGLE_OPEN + DOUBLE_BOTH + SINGLE_BOTH:
        role = mark_role(text, j, frozenset())
        if role is not None and role[1] == "open":
            return j
    return None


_FIRST_PERSON_START = re.compile(r"(?:We|I|Our|My)\b")


def _speech_going_on(text: str, newline: int) -> int | None:
    """Where the next paragraph starts when it carries on an unclosed quotation with its
    opening mark left out: the speaker's own first person ("We have increased ..."),
    no quotation marks of its own. None otherwise."""
    j = _next_paragraph(text, newline)
    end = text.find("\n", j)
    paragraph = text[j : len(text) if end < 0 else end]
    if _FIRST_PERSON_START.match(paragraph) and not any(m in paragraph for m in _QUOTING_MARKS):
        return j
    return None
