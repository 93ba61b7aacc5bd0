"""A claim before numbering (``Found``), the quotation and tweet claims, and the quote
pieces near a sentence (``_Pieces``, found by bisection): which quotation holds a sentence,
where its own words begin past one running into it, who is quoted in it and which of its
quotations are left unattributed. Every later module reads sentences against these pieces.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

from verify.extract.quotes import QuoteMatch
from verify.extract.text import Paragraph, Sentence
from verify.types import Attribution, ClaimKind, ClaimValues
from verify.words.speakers import FIRST_PERSON, JUDGED_PASSIVE

Offsets = tuple[int, int]


@dataclass(frozen=True)
class Found:
    """A claim before numbering: what the matchers and rules found."""

    kind: ClaimKind
    start: int
    end: int
    pieces: tuple[Offsets, ...] = ()
    attribution: Attribution | None = None
    values: ClaimValues = field(default_factory=ClaimValues)


def embedded(quotes: Sequence[QuoteMatch], paras: Sequence[Paragraph]) -> list[Offsets]:
    """Quotation pieces inside a sentence of their own paragraph: never split inside.
    A piece that opens its paragraph is the speaker's own sentences, split as usual."""
    starts = {p.start for p in paras}
    return [(s, e) for q in quotes for s, e in q.pieces if s - 1 not in starts]


def quote_claims(
    quotes: Sequence[tuple[Offsets, tuple[Offsets, ...], Attribution]],
) -> list[Found]:
    """A claim for each quotation: ``(offsets, pieces, attribution)``."""
    return [Found("quote", start, end, pieces, attr) for (start, end), pieces, attr in quotes]


def tweet_claims(tweets: Sequence[tuple[Offsets, Attribution]]) -> list[Found]:
    """A quote claim for each tweet: ``(offsets, attribution)``."""
    return [Found("quote", s, e, ((s, e),), attr) for (s, e), attr in tweets]


def _unattributed(text: str, pieces: _Pieces, sent: Sentence, masked: str) -> set[int]:
    """Ids of the unattributed quotations in the sentence that are not in the first person,
    unless a passive judgement is about them (``masked``: the sentence, quotes blanked)."""
    if JUDGED_PASSIVE.search(masked):
        return set()
    return {
        id(quote)
        for s, e, quote in pieces.overlapping(sent.start, sent.end)
        if (quote.attribution is None or quote.attribution.role == "unattributed")
        and not FIRST_PERSON.search(text[s:e])
    }


def _roles(pieces: _Pieces, sent: Sentence, inside: Found | None) -> set[str]:
    """The roles of the speakers quoted in the sentence (of the quotation it is in)."""
    quoted = [inside] if inside else [q for _, _, q in pieces.overlapping(sent.start, sent.end)]
    return {q.attribution.role for q in quoted if q.attribution}


class _Pieces:
    """Quote pieces sorted by start, to find those near a sentence by bisection
    (a release can hold thousands of quotes; a scan per sentence is quadratic)."""

    def __init__(self, quotes: Sequence[Found]) -> None:
        self.items = sorted(((s, e, q) for q in quotes for s, e in q.pieces), key=lambda x: x[:2])
        self.starts = [s for s, _, _ in self.items]
        self.longest = max((e - s for s, e, _ in self.items), default=0)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, Found]]:
        """Pieces that overlap [start, end), in order of their start."""
        lo = bisect_left(self.starts, start - self.longest)
        hi = bisect_left(self.starts, end)
        return [item for item in self.items[lo:hi] if item[1] > start]


def _own_words_from(text: str, pieces: _Pieces, sent: Sentence) -> int:
    """Where the sentence's own words begin, as an offset into it: past the end of a
    quotation opened in an earlier sentence and closed in this one (its last sentence,
    '... services well,” the report says, adding that ...'), whose words are the quote
    claim's only; 0 when no quotation runs into the sentence."""
    ends = [e for s, e, _ in pieces.overlapping(sent.start, sent.end) if s < sent.start]
    if not ends:
        return 0
    own = min(max(ends), sent.end)
    while own < sent.end and not (text[own].isalnum()):
        own += 1
    return own - sent.start


def _enclosing(pieces: _Pieces, sent: Sentence) -> Found | None:
    """The quotation that holds most of the sentence, if one does."""
    for s, e, quote in pieces.overlapping(sent.start, sent.end):
        if min(e, sent.end) - max(s, sent.start) > 0.8 * (sent.end - sent.start):
            return quote
    return None
