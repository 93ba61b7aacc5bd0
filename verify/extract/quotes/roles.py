"""Each quote mark's job, read from its neighbours: opening or closing a quotation of
its kind, or none (an apostrophe, a prime, a stray mark); and doubled typewriter marks
read as one double mark. Pure functions of the text, so that the tables (``tables``)
and the scanner (``scan``) read a mark the same way."""

from __future__ import annotations

import re

from verify.words.marks import (
    DOUBLE_BOTH,
    DOUBLE_CLOSE,
    DOUBLE_OPEN,
    MARKS,
    PRIMES,
    SINGLE_CLOSE,
    SINGLE_OPEN,
)

_DOUBLE = DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_BOTH
_LEAD_SPACE = " \t\n([{—–-/:*_"
"""What may come before a straight mark that opens a quote (``*`` and ``_`` open
Markdown's emphasis: _'like this'_)."""
_ELIDED_CENTURY = re.compile(r"\d0s\b")
"""A decade after an apostrophe that stands for its century left out (the '90s); a
quotation may open on a number ('20 children waited too long')."""
# Characters after an opening mark set off by a space in which its closing mark is
# looked for (a bound, so that a line of stray marks is read in linear time).
_SPACED_REACH = 600


def mark_role(text: str, i: int, open_kinds: frozenset[str]) -> tuple[str, str] | None:
    """(kind, 'open'|'close') for the mark at ``i``, or None for an apostrophe/stray mark.

    ``open_kinds`` are the kinds of quote now open, since a mark that could close
    only closes a quote of its own kind (councils’ is an apostrophe otherwise).
    """
    ch = text[i]
    before = text[i - 1] if i else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    if ch in PRIMES and before.isdigit():
        return None
    kind = "double" if ch in _DOUBLE else "single"
    lead = before in _LEAD_SPACE or before in MARKS
    trail = after.isspace() or not after.isalnum()
    if kind == "single" and before.isalnum() and after.isalnum():
        return None  # children’s, don't, and children‘s or council`s with the wrong glyph
    if kind == "single" and _ELIDED_CENTURY.match(text, i + 1):
        return None  # the '90s: the century left out
    if kind == "single" and before in DOUBLE_CLOSE + DOUBLE_BOTH and _possessive_s(text, i):
        return None  # the “children’s hub”’s partners: a quoted name's possessive
    if ch in "“‘" and kind in open_kinds and not lead and trail:
        return kind, "close"  # „German style“: the low mark opens, the high one closes
    if ch in DOUBLE_OPEN + SINGLE_OPEN:
        return (kind, "open") if not after.isspace() or _spaced_open(text, i) else None
    if ch in DOUBLE_CLOSE + SINGLE_CLOSE:
        if kind in open_kinds and not (lead and after.isalnum()):
            return kind, "close"
        if lead and after.isalnum():
            return kind, "open"  # a closing glyph used to open: ”Good”
        return None  # councils’ with no single quote open
    # straight marks: direction from the neighbours
    if kind in open_kinds and before in DOUBLE_CLOSE + SINGLE_CLOSE and not after.isalnum():
        return kind, "close"  # “… ‘these are our children’", and …: after a nested close
    if kind in open_kinds and after in _CLOSING_PUNCTUATION:
        return kind, "close"  # “… called 'Pause'", which: a stop or comma after it opens nothing
    if lead and not after.isspace() and after != "\n":
        return kind, "open"
    if kind in open_kinds and (trail or not lead):
        return kind, "close"
    if kind == "double" and after.isalnum():
        return kind, "open"  # said"We ...: a space left out (never an apostrophe)
    if kind == "double" and lead and _spaced_straight(text, i):
        return kind, "open"  # said: " Services are good." (a space slipped in)
    return None


_CLOSING_PUNCTUATION = ",.;:!?)]"
"""Punctuation a straight mark of an open quotation's kind stands before only when it
closes it ('... called 'Pause'", which ...': after a nested quotation's straight close it
was read as opening another, which ran on over the release's own words; session 22,
quotes22, misattributed)."""


def _spaced_straight(text: str, i: int) -> bool:
    """True when the straight double mark at ``i``, followed by a space and a word, opens
    a quotation: the rest of its paragraph holds an odd number of such marks (its
    closing one among them)."""
    if text[i + 1 : i + 2] != " " or not text[i + 2 : i + 3].isalnum():
        return False
    end = text.find("\n", i, i + _SPACED_REACH)
    return text[i + 1 : i + _SPACED_REACH if end < 0 else end].count('"') % 2 == 1


def _possessive_s(text: str, i: int) -> bool:
    """True when the mark at ``i`` is followed by an 's' that ends the word."""
    return text[i + 1 : i + 2] == "s" and not text[i + 2 : i + 3].isalnum()


def _spaced_open(text: str, i: int) -> bool:
    """True when the opening glyph at ``i`` is followed by a space yet opens a quotation
    set off by spaces (‘ typically superficial ’, as some editors and non-breaking
    spaces leave it): a word follows the space, and a closing glyph of its kind comes
    after a space later in the paragraph."""
    if text[i + 1 : i + 2] != " " or not text[i + 2 : i + 3].isalnum():
        return False
    closing = DOUBLE_CLOSE if text[i] in DOUBLE_OPEN else SINGLE_CLOSE
    end = text.find("\n", i, i + _SPACED_REACH)
    rest = text[i + 2 : i + _SPACED_REACH if end < 0 else end]
    return any(f" {mark}" in rest for mark in closing)


_DOUBLED_OPEN = re.compile(r"``|‘‘|‚‚|(?<![\w'])''(?=\w)")
_DOUBLED_CLOSE = re.compile(r"(?<=\S)(?:''|’’)")


def scan_marks(text: str) -> str:
    """``text`` with each doubled single mark standing for a double one (typewriter and
    TeX style: ``like this'') written as one double mark beside a space, so that the
    scanner reads it as one mark; the length is kept, so offsets hold."""
    text = _DOUBLED_OPEN.sub(" “", text)
    return _DOUBLED_CLOSE.sub("” ", text)
