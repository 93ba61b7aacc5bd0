"""Extract quotations, their attributions and checkable claims from a release.

A spaCy pipeline (``verify.extract.nlp``): ``spacy.blank("en")`` and registered
components that each add to one Doc (paragraphs, quotations, tweets, sentences,
attributions, claims, the council each claim is about). ``extract_claims`` reads
the Doc's ``claims`` span group into ``Claim`` objects. Every claim satisfies
``release.text[claim.start:claim.end] == claim.text``.
"""

from __future__ import annotations

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
                quoted=[] if span.label_ == "quote" else _quoted(doc, text, start, end),
                attribution=span._.attribution,
                values=span._.values,
            )
        )
    return claims


def _quoted(doc: Doc, text: str, start: int, end: int) -> list[Span]:
    """The pieces of the release's quotations inside ``start:end``: what a claim that is
    not itself a quote puts in quotation marks (its own words are the rest)."""
    return [
        Span(start=s, end=e, text=text[s:e])
        for quotation in doc.spans["quotations"]
        for s, e in quotation._.pieces
        if start <= s and e <= end
    ]
