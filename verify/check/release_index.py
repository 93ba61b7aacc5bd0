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
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator

from verify.words.sentences import sentence_breaks

_RUN = re.compile(r"\w+")
"""A maximal run of word characters: where a pattern starting ``\\b`` + a word can match."""
_HEAD = re.compile(r"\w+")


class ReleaseIndex:
    """Where the release's word runs start, its sentences end and councils are named,
    each read from the whole text once, when first asked."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._runs: dict[tuple[int, str | None], list[int]] | None = None
        self._breaks: list[int] | None = None
        self._mentions: dict[str, list[int]] = {}
        self._lower: str | None = None

    # ------------------------------------------------------------------ word runs

    def _read_runs(self) -> None:
        """Each maximal run of word characters by its length and ASCII lower case (a
        non-ASCII run by its length alone: case-insensitive matching pairs some ASCII
        letters with non-ASCII ones, 'k' with the Kelvin sign, 's' with the long s)."""
        runs: dict[tuple[int, str | None], list[int]] = defaultdict(list)
        for m in _RUN.finditer(self.text):
            run = m.group()
            runs[(len(run), run.lower() if run.isascii() else None)].append(m.start())
        self._runs = dict(runs)

    def _starts(self, head: str) -> list[int] | None:
        """Sorted offsets where a case-insensitive ``\\b`` + ``head`` + non-word
        character can match: the runs of ``head``'s length spelled as it is, and every
        non-ASCII run of that length. None when ``head`` is not ASCII (then no shortcut
        is sure)."""
        if not head.isascii():
            return None
        if self._runs is None:
            self._read_runs()
        assert self._runs is not None
        key = len(head)
        return sorted(self._runs.get((key, head.lower()), []) + self._runs.get((key, None), []))

    def finditer(self, pattern: re.Pattern[str], first: str) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)`` for a case-insensitive pattern that is ``\\b``, then
        the literal word ``first``, then at least one non-word character (``\\W+``, or
        the apostrophe of 'children's'): the same matches in the same order, each
        attempted only where ``first``'s leading run of word characters is a whole run
        of the text (a full scan when ``first`` is not plain ASCII)."""
        head = _HEAD.match(first)
        starts = self._starts(head.group()) if head else None
        if starts is None:
            yield from pattern.finditer(self.text)
            return
        done = 0
        for at in starts:
            if at < done:
                continue  # inside the last match: finditer goes on after it
            m = pattern.match(self.text, at)
            if m is not None:
                done = m.end()
                yield m

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
