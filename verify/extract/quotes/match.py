"""A quotation found, and how one is finished: its pieces trimmed, and a short quoted
term (a grade word, a so-called name, an abbreviation) told from a quotation to check.

First of the package: every other module builds its quotations with ``_Open`` and
``_finish``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from verify.extract.lexicon import is_term_phrase

_PIECE_TRIM = " \t\n"
_ABBREVIATION_LETTERS = 5


@dataclass(frozen=True)
class QuoteMatch:
    """One quotation or quoted term: its pieces (without marks), one per paragraph.

    ``closed`` is False when the closing mark never came and the quote was ended
    at a paragraph break. ``term`` marks a short quoted term, not a quotation.
    """

    pieces: tuple[tuple[int, int], ...]
    closed: bool = True
    term: bool = False

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


@dataclass
class _Open:
    kind: str  # "double" | "single"
    start: int
    pieces: list[tuple[int, int]] = field(default_factory=list)
    inner: int = -1  # where a quotation of the other kind nested inside opened


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _PIECE_TRIM:
        start += 1
    while end > start and text[end - 1] in _PIECE_TRIM:
        end -= 1
    return start, end


def _finish(text: str, quote: _Open, closed: bool) -> QuoteMatch:
    pieces = tuple(_trim(text, s, e) for s, e in quote.pieces)
    pieces = tuple(p for p in pieces if p[1] > p[0])
    words = " ".join(text[s:e] for s, e in pieces)
    jargon = _is_abbreviation(words) and not _in_capitals(text, pieces[0]) if pieces else False
    scare = bool(pieces) and _SO_CALLED.search(text, max(0, pieces[0][0] - 12), pieces[0][0] - 1)
    return QuoteMatch(pieces, closed, term=is_term_phrase(words) or jargon or bool(scare))


_SO_CALLED = re.compile(r"\bso[- ]called\s*$", re.I)
"""The words before a scare quote ("the council's so-called “front door”"): the writer
keeps their distance from a name, quoting no one, so it is a term, never a quotation."""


def _is_abbreviation(words: str) -> bool:
    """A quoted abbreviation (‘RI’, “LSCB”) is jargon, not a quotation to check."""
    return words.isupper() and words.isalpha() and len(words) <= _ABBREVIATION_LETTERS


_CAPITALS_MIN_WORDS = 3


def _in_capitals(text: str, piece: tuple[int, int]) -> bool:
    """True when the line around a quoted word is set in capitals ("OFSTED: CHILDREN
    'SAFE' IN SUTTON"): a word in capitals there is a word, not an abbreviation."""
    start = text.rfind("\n", 0, piece[0]) + 1
    end = text.find("\n", piece[1])
    line = text[start : len(text) if end < 0 else end]
    words = re.findall(r"[^\W\d_]{2,}", line[: piece[0] - start] + " " + line[piece[1] - start :])
    return len(words) >= _CAPITALS_MIN_WORDS and all(w.isupper() for w in words)
