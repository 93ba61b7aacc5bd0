"""Normalise text to comparable words, keeping a map back to the original offsets.

Quotes and reports differ in ways that do not change the words: case, curly or
straight quote marks, dashes, line breaks, hyphenation ("looked-after" and
"looked after") and British or American spelling. We reduce both sides to a
space-joined sequence of lower-case word forms; every character of the
normalised string remembers the offset of the original character it came from,
so a match found in normalised text is reported at the report's real offsets.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import NamedTuple

from verify.words.spellings import SPELLINGS

# A word: letters/digits, with internal apostrophes ("children's"). Hyphens,
# dashes and all punctuation separate words, so hyphenation differences vanish.
_WORD = re.compile(r"[^\W_]+(?:['’‘&][^\W_]+)*")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "\x02": "-"})
# A PDF's ligatures are the letters they join: a release copying 'beneﬁt' from the report
# quotes the word 'benefit'.
_LIGATURES = str.maketrans(
    {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
)

# American -> British spelling suffixes that occur in council and Ofsted prose; the
# irregular words are `verify.words.spellings.SPELLINGS`.
_SUFFIXES = (
    ("izations", "isations"),
    ("ization", "isation"),
    ("izing", "ising"),
    ("ized", "ised"),
    ("izes", "ises"),
    ("ize", "ise"),
    ("yzing", "ysing"),
    ("yzed", "ysed"),
    ("yze", "yse"),
)
# Short words where the suffix rule would be wrong ("size" is not "sise").
_KEEP = {"size", "sized", "sizes", "prize", "prized", "prizes", "seize", "seized", "capsize"}


@lru_cache(maxsize=1 << 16)
def word_form(word: str) -> str:
    """The comparable form of one word: lower case, straight apostrophe, British spelling.

    Cached: a report's few thousand distinct words recur tens of thousands of times.
    """
    w = word.translate(_APOSTROPHES).translate(_LIGATURES).lower()
    if w in SPELLINGS:
        return SPELLINGS[w]
    if w not in _KEEP:
        for american, british in _SUFFIXES:
            if w.endswith(american) and len(w) > len(american) + 2:
                return w[: -len(american)] + british
    return w


class Token(NamedTuple):
    """One word of the original text: its comparable form and where it lies.

    A tuple, not a dataclass: a report has tens of thousands and they are built often.
    """

    form: str
    start: int
    end: int


@dataclass(frozen=True)
class Normalised:
    """Normalised text and its words, each with its original offsets.

    ``offsets`` (made on first use: a check never needs a report's) has one entry per
    character of ``text`` plus a final entry, the original end of the last word, so
    ``span(i, j)`` works for ``j == len(text)``.
    """

    text: str
    tokens: tuple[Token, ...]

    @cached_property
    def offsets(self) -> tuple[int, ...]:
        """The original offset of each character of ``text``, and the end of the last word."""
        offsets: list[int] = []
        for i, tok in enumerate(self.tokens):
            if i:
                offsets.append(tok.start)
            # A word form may differ in length from the original (spelling); map
            # each normalised character to the matching original one, clamped.
            if len(tok.form) == tok.end - tok.start:
                offsets.extend(range(tok.start, tok.end))
            else:
                last = tok.end - 1
                offsets.extend(min(tok.start + k, last) for k in range(len(tok.form)))
        offsets.append(self.tokens[-1].end if self.tokens else 0)
        return tuple(offsets)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the whole words covering normalised ``[start, end)``."""
        if not self.tokens or end <= start:
            return 0, 0
        first = min(self.token_index(start), len(self.tokens) - 1)
        last = min(self.token_index(end - 1), len(self.tokens) - 1)
        return self.tokens[first].start, self.tokens[last].end

    def token_index(self, offset: int) -> int:
        """Index of the token holding normalised character ``offset`` (or the next one):
        the spaces before it, found by bisection (a report's text is long and a check
        asks thousands of times)."""
        return bisect.bisect_left(self._spaces, min(max(offset, 0), len(self.text)))

    def words(self, first: int, last: int) -> str:
        """The normalised text of tokens ``[first, last)``: a slice, not a new join."""
        if last <= first:
            return ""
        begin = self._spaces[first - 1] + 1 if first else 0
        end = self._spaces[last - 1] if last - 1 < len(self._spaces) else len(self.text)
        return self.text[begin:end]

    def within(self, start: int, end: int) -> str | None:
        """The normalised text of original ``[start, end)``: exactly ``normalise`` of that
        slice when no word crosses either end (a word is read the same inside the slice
        as in the whole text), else None (the slice must be read on its own)."""
        toks = self.tokens
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_left(self._starts, end)
        if (first and toks[first - 1].end > start) or (last and toks[last - 1].end > end):
            return None
        return self.words(first, last)

    def word_starts(self, word: str) -> list[tuple[int, int]] | None:
        """(token index, offset in ``text``) of every place ``word`` (one normalised word)
        stands as a whole word, in order; None while the words are not indexed
        (``index_words``)."""
        index = self.__dict__.get("_word_index")  # the cached_property, if made
        return None if index is None else index.get(word, [])

    def index_words(self) -> None:
        """Index the words for ``word_starts``: worth its milliseconds for a report's long
        text searched for quotation after quotation in check after check (a warm
        process), not for one checked once (a batch), which a scan searches sooner."""
        self._word_index  # noqa: B018 (made and kept by the cached_property)

    @cached_property
    def _word_index(self) -> dict[str, list[tuple[int, int]]]:
        index: dict[str, list[tuple[int, int]]] = {}
        at = 0
        for i, word in enumerate(self.text.split(" ")):
            index.setdefault(word, []).append((i, at))
            at += len(word) + 1
        return index

    @cached_property
    def _spaces(self) -> list[int]:
        """Where each space of ``text`` is, once per text."""
        return [m.start() for m in re.finditer(" ", self.text)]

    @cached_property
    def _starts(self) -> list[int]:
        """Each token's original start, once per text."""
        return [t.start for t in self.tokens]


_REMEMBERED_CHARS = 2000
"""Texts up to this long (a sentence, a quotation) have their words and normalised form
remembered; a whole report's text is read once per report (``verify.match.index``)
and is too large to keep."""


def tokens(text: str) -> list[Token]:
    """The words of ``text`` with their original offsets (a new list each call)."""
    return list(_words(text))


def _words(text: str) -> tuple[Token, ...]:
    return _read_words(text) if len(text) > _REMEMBERED_CHARS else _remembered_words(text)


def _read_words(text: str) -> tuple[Token, ...]:
    return tuple(Token(word_form(m.group()), m.start(), m.end()) for m in _WORD.finditer(text))


@lru_cache(maxsize=2048)
def _remembered_words(text: str) -> tuple[Token, ...]:
    """The words of a short text, remembered: checkers read a report's sentences word
    by word for claim after claim (content words, shared words)."""
    return _read_words(text)


def normalise(text: str) -> Normalised:
    """Reduce ``text`` to space-separated word forms with an offset map back.

    A short text's is remembered (it is immutable): a check normalises the same
    quotation to find, place and rank it, and the same report sentences and
    improvement items for claim after claim.
    """
    if len(text) > _REMEMBERED_CHARS:
        return _normalised(text)
    return _remembered_normalised(text)


@lru_cache(maxsize=1024)
def _remembered_normalised(text: str) -> Normalised:
    return _normalised(text)


def _normalised(text: str) -> Normalised:
    toks = _words(text)
    return Normalised(" ".join(tok.form for tok in toks), toks)


def light(text: str) -> str:
    """Only typography normalised (quote marks, dashes, whitespace, PDF hyphen marks and
    ligatures).

    Two texts equal under ``light`` are the same words in the same case and
    punctuation: the test for a verbatim quote.
    """
    text = text.translate(_APOSTROPHES).translate(_LIGATURES)
    text = text.replace("“", '"').replace("”", '"').replace("–", "-").replace("—", "-")
    text = text.replace("\u00ad", "").replace("\ufffe", "-")
    return re.sub(r"\s+", " ", text).strip()
