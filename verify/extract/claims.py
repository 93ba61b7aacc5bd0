"""Rules that turn the spans found in a release into claims: the quotations and tweets
as they are, and each sentence that makes a checkable statement (or an opinion), with
its kind and parsed values. Pure functions over character offsets; the ``claims`` and
``claim_authorities`` stages (``verify.extract.nlp``) run them on a Doc.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from verify.extract.attribution import mask_spans
from verify.extract.kinds import Context, classify
from verify.extract.lexicon import mentions_inspectors
from verify.extract.quotes import QuoteMatch
from verify.extract.text import Paragraph, Sentence
from verify.extract.values import (
    authorities_in,
    inherit_grades,
    names_many_councils,
    parse_dates,
    parse_values,
)
from verify.types import Attribution, ClaimKind, ClaimValues

_WORD = re.compile(r"[\w’'-]+")
_FINDING_TAIL_WORDS = 6
"""A sentence around an inspectors' quotation is a finding of its own only when
this many words follow the last quotation (a paraphrase going on past it)."""

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


def sentence_claims(
    text: str, paras: Sequence[Paragraph], sents: Sequence[Sentence], quotes: Sequence[Found]
) -> list[Found]:
    """A claim for every sentence that makes a checkable statement (or an opinion)."""
    masked = mask_spans(text, (p for q in quotes for p in q.pieces))
    year_hint = next((d.year for d in parse_dates(text[:2000])), None)
    lists = _inspectors_lists(text, paras)
    pieces = _Pieces(quotes)
    found: list[Found] = []
    previous_kind: str | None = None
    graded: tuple[int, ClaimValues] | None = None  # the last graded claim's paragraph, values
    for sent in sents:
        inside = _enclosing(pieces, sent)
        words = text[sent.start : sent.end] if inside else masked[sent.start : sent.end]
        ctx = Context(
            quote_role=inside.attribution.role if inside and inside.attribution else None,
            inspectors_list=sent.paragraph in lists and inside is None,
            after_finding=previous_kind == "finding",
        )
        values = parse_values(words, year_hint)
        if not values.grades and graded and graded[0] == sent.paragraph:
            values.grades = inherit_grades(words, graded[1])
        kind = classify(words, values, ctx)
        if kind == "finding" and not inside and not _finding_beyond_quotes(text, sent, pieces):
            kind = None
        previous_kind = kind
        if kind is None:
            continue
        if kind != "comparison":
            values.direction = values.previous_grade = values.previous_year = None
        if values.grades:
            graded = (sent.paragraph, values)
        found.append(Found(kind, sent.start, sent.end, (), _sentence_attribution(ctx), values))
    return found


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


def _enclosing(pieces: _Pieces, sent: Sentence) -> Found | None:
    """The quotation that holds most of the sentence, if one does."""
    for s, e, quote in pieces.overlapping(sent.start, sent.end):
        if min(e, sent.end) - max(s, sent.start) > 0.8 * (sent.end - sent.start):
            return quote
    return None


def _finding_beyond_quotes(text: str, sent: Sentence, pieces: _Pieces) -> bool:
    """False for a sentence whose findings are all inside its quotations."""
    ends = [e for s, e, _ in pieces.overlapping(sent.start, sent.end) if s >= sent.start]
    if not ends:
        return True
    return len(_WORD.findall(text[max(ends) : sent.end])) >= _FINDING_TAIL_WORDS


def _inspectors_lists(text: str, paras: Sequence[Paragraph]) -> set[int]:
    """Paragraphs of a bulleted list introduced by the inspectors ("Ofsted highlighted that:")."""
    inside: set[int] = set()
    intro = False
    for para in paras:
        if para.marker and intro:
            inside.add(para.index)
            continue
        line = text[para.start : para.end]
        intro = line.rstrip().endswith(":") and mentions_inspectors(line)
    return inside


def _sentence_attribution(ctx: Context) -> Attribution | None:
    """Findings listed under "Ofsted highlighted that:" are the inspectors' words."""
    return Attribution(role="inspectors") if ctx.inspectors_list else None


def authorities(text: str, sents: Sequence[Sentence], starts: Sequence[int]) -> list[str | None]:
    """For each claim start, the council its sentence names, or the one named last
    before it (the subject carries on until another council, or several, are named)."""
    councils: list[str | None] = []
    council: str | None = None
    for sent in sents:
        words = text[sent.start : sent.end]
        names = authorities_in(words)
        many = len(names) > 1 or names_many_councils(words)
        council = None if many else (names[0] if names else council)
        councils.append(council)
    sent_starts = [sent.start for sent in sents]
    found = []
    for start in starts:
        i = bisect_right(sent_starts, start) - 1
        found.append(councils[i] if i >= 0 else None)
    return found
