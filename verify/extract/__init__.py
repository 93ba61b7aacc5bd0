"""Extract quotations, their attributions and checkable claims from a release.

A spaCy pipeline (``verify.extract.nlp``): ``spacy.blank("en")`` and registered
components that each add to one Doc (paragraphs, quotations, tweets, sentences,
attributions, claims, the council each claim is about). ``extract_claims`` reads
the Doc's ``claims`` span group into ``Claim`` objects. Every claim satisfies
``release.text[claim.start:claim.end] == claim.text``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from verify.types import Claim, Release, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["extract_claims", "extract_doc"]


def extract_doc(text: str) -> Doc:
    """``text`` through every extraction stage: the Doc with its span groups."""
    from verify.extract import nlp  # imports spaCy (with torch hidden): only when needed

    return nlp.extract_doc(text)


def extract_claims(release: Release) -> list[Claim]:
    """Every quotation and every checkable claim in ``release``, sorted by start."""
    text = release.text
    claims = []
    doc = extract_doc(text)  # held: a span group is empty once its Doc is collected
    quoted = _QuotedPieces(doc, text)
    for i, span in enumerate(doc.spans["claims"], 1):
        start, end = span._.chars
        claims.append(
            Claim(
                id=f"c{i}",
                kind=span.label_,
                text=text[start:end],
                start=start,
                end=end,
                quote_pieces=[Span(start=s, end=e, text=text[s:e]) for s, e in span._.pieces],
                quoted=[] if span.label_ == "quote" else quoted.inside(start, end),
                attribution=span._.attribution,
                values=span._.values,
            )
        )
    return claims


class _QuotedPieces:
    """The pieces of the release's quotations, read from the Doc once per text.

    A claim that is not itself a quote holds those inside its span (``inside``): what it
    puts in quotation marks (its own words are the rest). Reading the span group for
    every claim made extraction quadratic in a long release's length (each read makes
    a new spaCy span per quotation); here each claim bisects the pieces' starts.
    """

    def __init__(self, doc: Doc, text: str) -> None:
        self._text = text
        self._pieces = [(s, e) for q in doc.spans["quotations"] for s, e in q._.pieces]
        self._by_start = sorted(range(len(self._pieces)), key=lambda i: self._pieces[i][0])
        self._starts = [self._pieces[i][0] for i in self._by_start]

    def inside(self, start: int, end: int) -> list[Span]:
        """The pieces within ``start:end``, in the quotations' order."""
        near = self._by_start[bisect_left(self._starts, start) : bisect_right(self._starts, end)]
        held = [self._pieces[i] for i in sorted(near) if self._pieces[i][1] <= end]
        return [Span(start=s, end=e, text=self._text[s:e]) for s, e in held]
