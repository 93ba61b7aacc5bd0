"""Extract quotations, their attributions and checkable claims from a release.

Two steps, as in spaCy's span ruler: pure matchers find spans (``quotes``,
``attribution.find_tweets``, ``text.sentences``), then ``extract_claims`` turns
the spans into ``Claim`` objects with parsed values. Every claim satisfies
``release.text[claim.start:claim.end] == claim.text``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from verify.extract.attribution import Tweet, attribute_quotes, find_tweets, mask_spans
from verify.extract.kinds import Context, classify
from verify.extract.lexicon import mentions_inspectors, role_of
from verify.extract.quotes import QuoteMatch, find_quotes
from verify.extract.text import Paragraph, Sentence, paragraphs, sentences
from verify.extract.values import inherit_grades, parse_values
from verify.types import Attribution, Claim, ClaimKind, ClaimValues, Release, Span
from verify.words.councils import authorities_in, names_many_councils
from verify.words.dates import parse_dates

__all__ = ["extract_claims"]

_WORD = re.compile(r"[\w’'-]+")
_FINDING_TAIL_WORDS = 6
"""A sentence around an inspectors' quotation is a finding of its own only when
this many words follow the last quotation (a paraphrase going on past it)."""


@dataclass(frozen=True)
class _Found:
    """A claim before numbering: what the matchers and rules found."""

    kind: ClaimKind
    start: int
    end: int
    pieces: tuple[tuple[int, int], ...] = ()
    attribution: Attribution | None = None
    values: ClaimValues = field(default_factory=ClaimValues)


def extract_claims(release: Release) -> list[Claim]:
    """Every quotation and every checkable claim in ``release``, sorted by start."""
    text = release.text
    paras = paragraphs(text)
    quotations = [q for q in find_quotes(text) if not q.term]
    tweets = find_tweets(text, paras)
    sents = sentences(text, paras, _embedded(quotations, paras))
    attributions = attribute_quotes(text, paras, sents, quotations)
    found = _quote_claims(quotations, attributions) + _tweet_claims(text, tweets)
    found += _sentence_claims(text, paras, sents, found)
    found = _with_authorities(text, sents, found)
    found.sort(key=lambda f: (f.start, -f.end, f.kind != "quote"))
    return [
        Claim(
            id=f"c{i}",
            kind=f.kind,
            text=text[f.start : f.end],
            start=f.start,
            end=f.end,
            quote_pieces=[Span(start=s, end=e, text=text[s:e]) for s, e in f.pieces],
            attribution=f.attribution,
            values=f.values,
        )
        for i, f in enumerate(found, 1)
    ]


def _embedded(quotes: Sequence[QuoteMatch], paras: Sequence[Paragraph]) -> list[tuple[int, int]]:
    """Quotation pieces inside a sentence of their own paragraph: never split inside.
    A piece that opens its paragraph is the speaker's own sentences, split as usual."""
    starts = {p.start for p in paras}
    return [(s, e) for q in quotes for s, e in q.pieces if s - 1 not in starts]


def _quote_claims(
    quotes: Sequence[QuoteMatch], attributions: Sequence[Attribution]
) -> list[_Found]:
    return [
        _Found("quote", q.start, q.end, q.pieces, attr)
        for q, attr in zip(quotes, attributions, strict=True)
    ]


def _tweet_claims(text: str, tweets: Sequence[Tweet]) -> list[_Found]:
    found = []
    for t in tweets:
        speaker_at = text.find(t.speaker, t.signature_start, t.signature_end)
        attr = Attribution(
            speaker=t.speaker,
            role=role_of(t.speaker),
            start=speaker_at,
            end=speaker_at + len(t.speaker),
        )
        found.append(_Found("quote", t.start, t.end, ((t.start, t.end),), attr))
    return found


def _sentence_claims(
    text: str, paras: Sequence[Paragraph], sents: Sequence[Sentence], quotes: Sequence[_Found]
) -> list[_Found]:
    """A claim for every sentence that makes a checkable statement (or an opinion)."""
    masked = mask_spans(text, (p for q in quotes for p in q.pieces))
    year_hint = next((d.year for d in parse_dates(text[:2000])), None)
    lists = _inspectors_lists(text, paras)
    pieces = _Pieces(quotes)
    found: list[_Found] = []
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
        found.append(_Found(kind, sent.start, sent.end, (), _sentence_attribution(ctx), values))
    return found


class _Pieces:
    """Quote pieces sorted by start, to find those near a sentence by bisection
    (a release can hold thousands of quotes; a scan per sentence is quadratic)."""

    def __init__(self, quotes: Sequence[_Found]) -> None:
        self.items = sorted(((s, e, q) for q in quotes for s, e in q.pieces), key=lambda x: x[:2])
        self.starts = [s for s, _, _ in self.items]
        self.longest = max((e - s for s, e, _ in self.items), default=0)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, _Found]]:
        """Pieces that overlap [start, end), in order of their start."""
        lo = bisect_left(self.starts, start - self.longest)
        hi = bisect_left(self.starts, end)
        return [item for item in self.items[lo:hi] if item[1] > start]


def _enclosing(pieces: _Pieces, sent: Sentence) -> _Found | None:
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


def _with_authorities(text: str, sents: Sequence[Sentence], found: list[_Found]) -> list[_Found]:
    """Set ``values.authority``: the council a sentence names, or the one named last
    before it (the subject carries on until another council, or several, are named)."""
    councils: list[str | None] = []
    council: str | None = None
    for sent in sents:
        words = text[sent.start : sent.end]
        names = authorities_in(words)
        many = len(names) > 1 or names_many_councils(words)
        council = None if many else (names[0] if names else council)
        councils.append(council)
    starts = [sent.start for sent in sents]
    for f in found:
        i = bisect_right(starts, f.start) - 1
        f.values.authority = councils[i] if i >= 0 else None
    return found
