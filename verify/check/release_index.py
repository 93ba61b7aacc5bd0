"""What the checkers look up across the whole release, read once per check.

A check asks the release's text the same kind of question for claim after claim: where
else a quotation's words are (``speakers._given_elsewhere``), which report's council was
named last before a claim (``route``), the sentence before a national claim
(``national.read_claim``). Each of these read the whole text (or a copy of all of it
before the claim) once per claim: quadratic on a release of megabytes with thousands of
claims. ``ReleaseIndex`` reads the text once for each kind of question, when first
asked, and answers each claim by lookup and bisection. It belongs to one check (held by
``check.common.Context``), never to a cache keyed by the text: an equal copy of a large
text would be compared whole on every lookup.

Every answer is the one the whole-text reading gave (``tests/check/test_release_index.py``
compares them on generated hostile texts).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Iterator

from verify.words.sentences import sentence_breaks

_RUN = re.compile(r"\w+")
"""A maximal run of word characters. A quotation's words, searched for ignoring case
with only non-word characters between them (``\\W+``, an apostrophe), match where the
text's runs are the quotation's runs one for one: each ASCII run of the quotation
matches a text run of its length (an ASCII letter matches only word characters, some
outside ASCII: 'k' the Kelvin sign, 's' the long s), spelled as it is when ASCII."""

Key = tuple[int, str | None]
"""A run as the lookup knows it: its length and its lower case, None when not ASCII."""


def _key(run: str) -> Key:
    return len(run), run.lower() if run.isascii() else None


class ReleaseIndex:
    """Where the release's word runs start, its sentences end and councils are named,
    each read from the whole text once, when first asked."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: array[int] | None = None  # each run's start, in order
        self._kinds: array[int] = array("l")  # each run's key, numbered
        self._numbers: dict[Key, int] = {}
        self._places: dict[int, array[int]] = {}  # a key's runs, by their order
        self._breaks: list[int] | None = None
        self._mentions: dict[str, list[int]] = {}
        self._lower: str | None = None

    # ------------------------------------------------------------------ word runs

    def _read_runs(self) -> None:
        starts, kinds = array("q"), self._kinds
        for n, m in enumerate(_RUN.finditer(self.text)):
            number = self._numbers.setdefault(_key(m.group()), len(self._numbers))
            starts.append(m.start())
            kinds.append(number)
            self._places.setdefault(number, array("q")).append(n)
        self._starts = starts

    def _matching(self, run: str) -> set[int]:
        """The numbers of the keys a text run matching ``run`` (ASCII) can have."""
        length = len(run)
        keys = ((length, run.lower()), (length, None))
        return {self._numbers[k] for k in keys if k in self._numbers}

    def finditer(self, pattern: re.Pattern[str], words: list[str]) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)`` for a case-insensitive pattern that is ``\\b``, the
        literal ``words`` with non-word characters between them, ``\\b``: the same
        matches in the same order, each attempted only where the text's runs are the
        words' leading ASCII runs one for one, found from the rarest of them (a full scan
        when the first word is not plain ASCII)."""
        runs = _RUN.findall(" ".join(words))
        ascii_runs = _leading(runs, words)
        if not ascii_runs:
            yield from pattern.finditer(self.text)
            return
        if self._starts is None:
            self._read_runs()
        assert self._starts is not None
        allowed = [self._matching(r) for r in ascii_runs]
        anchor = min(range(len(allowed)), key=lambda t: self._count(allowed[t]))
        last = len(self._starts) - len(allowed)
        done = 0
        for n in self._ordered(allowed[anchor]):
            first = n - anchor
            if first < 0 or first > last:
                continue
            if not all(self._kinds[first + t] in ok for t, ok in enumerate(allowed)):
                continue
            at = self._starts[first]
            if at < done:
                continue  # inside the last match: finditer goes on after it
            m = pattern.match(self.text, at)
            if m is not None:
                done = m.end()
                yield m

    def _count(self, numbers: set[int]) -> int:
        return sum(len(self._places[k]) for k in numbers)

    def _ordered(self, numbers: set[int]) -> list[int]:
        """The order numbers of the runs with any of these keys, in the text's order."""
        return sorted(n for k in numbers for n in self._places[k])

    # ------------------------------------------------------------------ sentences

    def last_sentence(self, end: int) -> str:
        """The last sentence of ``text[:end]`` that is not blank, as
        ``sentence_spans(text[:end])`` cuts it, else "": a sentence break of the prefix
        is one of the whole text's that ends before ``end`` (its look-ahead needs a
        character after it), so the whole text's breaks, read once, are bisected."""
        if self._breaks is None:
            self._breaks = list(sentence_breaks(self.text))
        k = bisect_left(self._breaks, end) - 1
        if k >= 0:
            return self.text[self._breaks[k] : end]
        return self.text[:end] if self.text[:end].strip() else ""

    # ------------------------------------------------------------------ mentions

    def last_mention(self, key: str, end: int) -> int:
        """Where the last mention of ``key`` wholly inside ``text[:end]`` starts, as
        ``re.finditer(re.escape(key), text[:end].lower())`` finds them, else -1; a
        release whose lower case changes its length is read the old way."""
        if self._lower is None:
            self._lower = self.text.lower()
        if len(self._lower) != len(self.text):
            found = [m.start() for m in re.finditer(re.escape(key), self.text[:end].lower())]
            return max(found, default=-1)
        if key not in self._mentions:
            self._mentions[key] = [m.start() for m in re.finditer(re.escape(key), self._lower)]
        starts = self._mentions[key]
        k = bisect_left(starts, end - len(key) + 1) - 1
        return starts[k] if k >= 0 else -1


def _leading(runs: list[str], words: list[str]) -> list[str]:
    """The runs of ``words`` up to the first that is not ASCII (after it the text's runs
    need not be one for one with the words'); none when the first word starts with
    none."""
    if not words or _RUN.match(words[0]) is None:
        return []
    leading = []
    for run in runs:
        if not run.isascii():
            break
        leading.append(run)
    return leading
