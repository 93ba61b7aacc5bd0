"""What the checkers look up across the whole release, read once per check.

A check asks the release's text the same kind of question for claim after claim: where
else a quotation's words are (``speakers._given_elsewhere``), which report's council was
named last before a claim (``route``), the sentence before a national claim
(``national.read_claim``), the line and sentence holding a claim (``common.line_around``,
``common.sentence_around``), whether a quotation's words are said outside it
(``speakers._echoes``), where the release's lead ends (``Context.quote_of_other_visit``).
Each of these read the whole text (or a copy of all of it before the claim) once per
claim: quadratic on a release of megabytes with thousands of claims. ``ReleaseIndex``
reads the text once for each kind of question, when first asked, and answers each claim
by lookup and bisection. It belongs to one check (held by ``check.common.Context``), never
to a cache keyed by the text: an equal copy of a large text would be compared whole on
every lookup.

Every answer is the one the whole-text reading gave: ``tests/check/test_release_index.py``
compares the lookups on generated hostile texts, ``tests/check/test_huge_release_check.py``
the echoes said outside a quotation.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import cached_property
from itertools import accumulate

from verify.match import tokens
from verify.words.sentences import line_span, newlines, sentence_breaks, sentence_spans
from verify.words.speakers import mentions_inspectors

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
        self._line_sentences: dict[tuple[int, int], LineSentences] = {}

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

    # ------------------------------------------------------------------ lines

    @cached_property
    def _newlines(self) -> tuple[int, ...]:
        return newlines(self.text)

    def line_bounds(self, start: int, end: int) -> tuple[int, int]:
        """(start, end) of the line holding ``text[start:end]``, newlines excluded: the
        newlines, read once, are bisected, not searched for from the claim (a search per
        claim read the whole of a release pasted as one line of megabytes, once for each
        of its claims)."""
        return line_span(self._newlines, len(self.text), start, end)

    def line_sentences(self, line_start: int, line_end: int) -> LineSentences:
        """The sentences of one line, split once: every claim and quotation of a line asks
        for its sentence, in several checkers."""
        key = (line_start, line_end)
        if key not in self._line_sentences:
            spans = sentence_spans(self.text, line_start, line_end)
            self._line_sentences[key] = LineSentences(list(spans))
        return self._line_sentences[key]

    @cached_property
    def lead_end(self) -> int:
        """``lead_end`` of the release, read once a check."""
        return lead_end(self.text)

    # ------------------------------------------------------------------ words

    @cached_property
    def _words(self) -> _Words:
        return _Words(self.text)

    def said_outside(self, start: int, end: int, runs: list[list[str]]) -> bool:
        """True when any run of words (``tokens``' forms) is in ``text[:start] + " " +
        text[end:]``: a quotation's words said elsewhere in the release. The release's
        words are read once a check, not all but the quotation's again for each one."""
        return self._words.outside(start, end, runs)

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


class LineSentences:
    """The sentences of one release line, their starts and ends in order (sentences do
    not overlap), so that a claim's sentence is bisected, not looked for among every
    sentence of its line: one line of megabytes has a hundred thousand."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]

    def start_of(self, at: int, default: int) -> int:
        """The last sentence start at or before ``at``, ``default`` when none."""
        i = bisect_right(self.starts, at)
        return self.starts[i - 1] if i else default

    def end_of(self, at: int, default: int) -> int:
        """The first sentence end at or after ``at``, ``default`` when none."""
        i = bisect_left(self.ends, at)
        return self.ends[i] if i < len(self.ends) else default


LINE = re.compile(r"[^\n]+")
"""A line of a release: a sentence never runs across one (a headline, its dateline)."""
_ENDS_SENTENCE = re.compile(r"[.!?][”\"’']?$")


def lead_end(text: str) -> int:
    """Where a release's lead ends: after its first paragraph of prose (eight words or
    more, its last sentence ended) that names Ofsted or the inspection, the headline,
    standfirst and dateline before it; what the release reports is told there. A page kept
    as found opens with a cookie notice in prose ('Find out more about how this website
    uses cookies ...'), which is no lead; a release whose prose never names the inspection
    has its first paragraph of prose as its lead. Lines are read one by one, never searched
    back over (a release may be one line of megabytes)."""
    first_prose = None
    for m in LINE.finditer(text):
        line = m.group().rstrip()
        if _ENDS_SENTENCE.search(line) and len(line.split(None, 8)) > 8:
            if mentions_inspectors(line):
                return m.end()
            first_prose = first_prose or m.end()
    return first_prose or len(text)


class _Words:
    """The words of a release, read once and joined (" w1 w2 ... "), for the runs of words
    a quotation shares with the rest of it. Reading the words of all the text but the
    quotation for each quotation was quadratic in a long release's length (a one-line
    release of megabytes: seconds of tokens per quotation); here the words outside are
    the text's own, but for the words cut by the quotation's edges, read again."""

    def __init__(self, text: str) -> None:
        words = tokens(text)
        self._text = text
        self._forms = [t.form for t in words]
        self._starts = array("q", (t.start for t in words))
        self._ends = array("q", (t.end for t in words))
        self._joined = " " + " ".join(self._forms) + " "
        self._at = array("q", accumulate((len(f) + 1 for f in self._forms[:-1]), initial=0))

    def outside(self, start: int, end: int, runs: list[list[str]]) -> bool:
        """True when any run of words is in ``text[:start] + " " + text[end:]``: before
        the words the quotation cuts into, after them, or across its gap."""
        reach = max(map(len, runs), default=1) - 1  # words of the seam either side
        before = bisect_right(self._ends, start)  # the words wholly before ``start``
        cut = min(start, self._starts[before]) if before < len(self._starts) else start
        last = bisect_left(self._starts, end) - 1  # a word ``end`` falls inside
        resume = self._ends[last] if last >= 0 and self._ends[last] > end else end
        after = bisect_left(self._starts, resume)  # the words wholly after it
        seam = [
            *self._forms[max(0, before - reach) : before],
            *(t.form for t in tokens(self._text[cut:start])),
            *(t.form for t in tokens(self._text[end:resume])),
            *self._forms[after : after + reach],
        ]
        seam_runs = {tuple(seam[i : i + len(r)]) for r in runs for i in range(len(seam))}
        return any(tuple(r) in seam_runs or self._beside(r, before, after) for r in runs)

    def _beside(self, run: list[str], before: int, after: int) -> bool:
        """True when ``run`` is among the text's words ending by word ``before`` or starting
        at word ``after`` or later (two searches of the joined words at most)."""
        needle = f" {' '.join(run)} "
        found = self._joined.find(needle)
        if found >= 0 and bisect_left(self._at, found) + len(run) <= before:
            return True
        if after >= len(self._at):
            return False
        return self._joined.find(needle, self._at[after]) >= 0
