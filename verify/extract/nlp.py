"""Extraction as a spaCy pipeline: each stage a registered component adding to one Doc.

``spacy.blank("en")`` tokenizes the release once; the components then run in order,
each reading what the ones before it left on the Doc:

==================== =========================================================
``release_paragraphs`` ``doc._.paragraphs``: every line, list markers set apart
``quotations``        ``doc.spans["quotations"]``, with ``_.pieces``, ``_.closed``
``tweets``            ``doc.spans["tweets"]``, with ``_.pieces``, ``_.attribution``
``release_sentences`` ``doc._.sentences``, never cut inside an embedded quotation
``attributions``      ``_.attribution`` on each quotation; ``doc.spans["attributions"]``
                      holds the speakers named in the text, labelled by role
``claims``            ``doc.spans["claims"]`` labelled by kind, with ``_.pieces``,
                      ``_.attribution``, ``_.values``
``claim_authorities`` ``_.values.authority`` of every claim
==================== =========================================================

So a stage can be replaced (``nlp.replace_pipe``), run alone on a Doc made by the
tokenizer, or trained later. Spans are token-aligned, as spaCy needs; ``_.chars``
keeps each span's exact character offsets, which the claims report.

A span's custom attributes are stored under its ``id`` (unique in its Doc), not
under its character offsets as spaCy does by default, so that two spans over the same
words (a quotation that is a whole sentence, a claim and its sentence) keep their
own values.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from functools import lru_cache
from types import ModuleType
from typing import Any


def _import_spacy_lean() -> None:
    """Import spaCy without what it imports but never uses here, once per process.

    The one place that decides how spaCy is imported (extraction only ever calls
    ``spacy.blank("en")``). Two things are held back while it loads:

    * torch: thinc imports it whenever it is installed (4 s and 300 MiB here), and
      neither the blank pipeline nor the default encoder needs it; a model that
      does (any other ``model`` setting) still imports it afterwards;
    * spaCy's command line (``spacy.cli``: typer, requests, httpx, the project
      tools; about 0.5 s), which ``import spacy`` loads only to offer
      ``spacy.info``; that name still works, loading the real one when called.
    """
    if "spacy" in sys.modules:
        return
    held = {} if "torch" in sys.modules else {"torch": None}  # `import torch` raises
    held["spacy.cli"] = held["spacy.cli.info"] = _deferred_spacy_cli()
    for name, module in held.items():
        sys.modules[name] = module
    try:
        import spacy  # noqa: F401
    finally:
        for name, module in held.items():
            if sys.modules.get(name, False) is module:
                del sys.modules[name]


def _deferred_spacy_cli() -> ModuleType:
    """A stand-in for ``spacy.cli`` whose ``info`` imports the real one when called."""

    def info(*args, **kwargs):
        from spacy.cli.info import info as real

        return real(*args, **kwargs)

    stand_in = ModuleType("spacy.cli")
    stand_in.__path__ = []  # a package, so `spacy.cli.info` resolves to it too
    stand_in.info = info
    return stand_in


_import_spacy_lean()

import spacy  # noqa: E402
from spacy.attrs import IDX, LENGTH, SPACY  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc, Span  # noqa: E402

from verify.extract.attribution import (  # noqa: E402
    attribute_quotes,
    find_tweets,
    resumes,
    tweet_attribution,
)
from verify.extract.claims import (  # noqa: E402
    Found,
    authorities,
    embedded,
    quote_claims,
    sentence_claims,
    tweet_claims,
)
from verify.extract.quotes import QuoteMatch, find_quotes  # noqa: E402
from verify.extract.text import paragraphs, sentences  # noqa: E402

STAGES = (
    "release_paragraphs",
    "quotations",
    "tweets",
    "release_sentences",
    "attributions",
    "claims",
    "claim_authorities",
)
"""The components of the extraction pipeline, in the order they run."""

_SPAN_VALUES = ("chars", "pieces", "closed", "attribution", "values")
_NEXT_ID = "verify.next_span_id"
_TEXT = "verify.text"


def _span_value(name: str) -> tuple[Any, Any]:
    """A getter and setter keeping ``name`` under the span's id in ``doc.user_data``."""

    def get(span: Span) -> Any:
        return span.doc.user_data.get(("verify", name, span.id))

    def set_(span: Span, value: Any) -> None:
        span.doc.user_data[("verify", name, span.id)] = value

    return get, set_


for _name in _SPAN_VALUES:
    if not Span.has_extension(_name):
        _get, _set = _span_value(_name)
        Span.set_extension(_name, getter=_get, setter=_set)
for _name in ("paragraphs", "sentences"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def text_of(doc: Doc) -> str:
    """The Doc's text, kept once made: ``doc.text`` joins every token anew."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def new_span(doc: Doc, start: int, end: int, label: str, **values: Any) -> Span:
    """A span over the tokens holding ``[start, end)``, with its own id and values;
    ``_.chars`` is ``(start, end)`` exactly."""
    span_id = doc.user_data.get(_NEXT_ID, 1)
    doc.user_data[_NEXT_ID] = span_id + 1
    aligned = doc.char_span(start, end, alignment_mode="expand")
    first, last = (aligned.start, aligned.end) if aligned is not None else _tokens_at(doc, start)
    span = Span(doc, first, last, label=label, span_id=span_id)
    span._.chars = (start, end)
    for name, value in values.items():
        setattr(span._, name, value)
    return span


def _tokens_at(doc: Doc, offset: int) -> tuple[int, int]:
    """An empty token range at ``offset``, for a span the tokens cannot hold."""
    for token in doc:
        if token.idx >= offset:
            return token.i, token.i
    return len(doc), len(doc)


def _quote_matches(spans: Sequence[Span]) -> list[QuoteMatch]:
    return [QuoteMatch(span._.pieces, span._.closed) for span in spans]


@Language.component("release_paragraphs")
def paragraphs_stage(doc: Doc) -> Doc:
    doc._.paragraphs = paragraphs(text_of(doc))
    return doc


@Language.component("quotations")
def quotations_stage(doc: Doc) -> Doc:
    """Quotations, not quoted terms (‘Good’, “judgement areas”)."""
    doc.spans["quotations"] = [
        new_span(doc, q.start, q.end, "quotation", pieces=q.pieces, closed=q.closed)
        for q in find_quotes(text_of(doc))
        if not q.term
    ]
    return doc


@Language.component("tweets")
def tweets_stage(doc: Doc) -> Doc:
    """Tweets pasted as text, attributed to the account in their signature."""
    doc.spans["tweets"] = [
        new_span(
            doc,
            tweet.start,
            tweet.end,
            "tweet",
            pieces=((tweet.start, tweet.end),),
            attribution=tweet_attribution(text_of(doc), tweet),
        )
        for tweet in find_tweets(text_of(doc), doc._.paragraphs)
    ]
    return doc


@Language.component("release_sentences")
def sentences_stage(doc: Doc) -> Doc:
    quotes = _quote_matches(doc.spans["quotations"])
    protected = embedded(quotes, doc._.paragraphs)
    doc._.sentences = sentences(text_of(doc), doc._.paragraphs, protected)
    return doc


@Language.component("attributions")
def attributions_stage(doc: Doc) -> Doc:
    quotations = list(doc.spans["quotations"])
    found = attribute_quotes(
        text_of(doc), doc._.paragraphs, doc._.sentences, _quote_matches(quotations)
    )
    speakers = []
    for span, attribution in zip(quotations, found, strict=True):
        span._.attribution = attribution
        if attribution.start is not None and attribution.end is not None:
            speakers.append(
                new_span(
                    doc,
                    attribution.start,
                    attribution.end,
                    attribution.role,
                    attribution=attribution,
                )
            )
    doc.spans["attributions"] = speakers
    doc.spans["quotations"] = _rejoined(doc, quotations)
    return doc


def _rejoined(doc: Doc, quotations: Sequence[Span]) -> list[Span]:
    """The quotations with each one broken by its attribution made whole again
    (``resumes``): one span over both parts, their pieces, and the speaker the frame
    names (the first part's, else the second's)."""
    text = text_of(doc)
    out: list[Span] = []
    for span in quotations:
        before = out[-1] if out else None
        if before is None or not resumes(text, *_quote_matches([before, span])):
            out.append(span)
            continue
        said = before._.attribution
        if said is None or said.role == "unattributed":
            said = span._.attribution
        out[-1] = new_span(
            doc,
            before._.chars[0],
            span._.chars[1],
            "quotation",
            pieces=before._.pieces + span._.pieces,
            closed=span._.closed,
            attribution=said,
        )
    return out


@Language.component("claims")
def claims_stage(doc: Doc) -> Doc:
    """Every quotation and tweet, and each sentence that makes a checkable statement."""
    quotes = quote_claims(
        [(s._.chars, s._.pieces, s._.attribution) for s in doc.spans["quotations"]]
    )
    quotes += tweet_claims([(s._.chars, s._.attribution) for s in doc.spans["tweets"]])
    sentences, quotes = sentence_claims(text_of(doc), doc._.paragraphs, doc._.sentences, quotes)
    found = quotes + sentences
    found.sort(key=lambda f: (f.start, -f.end, f.kind != "quote"))
    doc.spans["claims"] = [_claim_span(doc, f) for f in found]
    return doc


def _claim_span(doc: Doc, found: Found) -> Span:
    return new_span(
        doc,
        found.start,
        found.end,
        found.kind,
        pieces=found.pieces,
        attribution=found.attribution,
        values=found.values,
    )


@Language.component("claim_authorities")
def authorities_stage(doc: Doc) -> Doc:
    """The council each claim is about (``values.authority``)."""
    claims = list(doc.spans["claims"])
    for span, council in zip(
        claims,
        authorities(text_of(doc), doc._.sentences, [s._.chars[0] for s in claims]),
        strict=True,
    ):
        span._.values.authority = council
    return doc


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The blank English pipeline with the extraction stages; built once per process."""
    nlp = spacy.blank("en")
    for stage in STAGES:
        nlp.add_pipe(stage)
    return nlp


def tokenize(text: str) -> Doc:
    """A Doc of ``text`` with no stage run yet (to run one stage alone).

    spaCy's tokenizer caches its work per space-separated chunk, and a chunk that
    holds a line break ("footer\n\nCookie") misses the cache and is split character
    by character: ten times slower on a release, which is mostly short lines. So each
    line is tokenized on its own, and the Doc is built from their tokens with each
    line break a token of its own.
    """
    tokenizer = pipeline().tokenizer
    words: list[str] = []
    spaces: list[bool] = []
    for i, line in enumerate(text.split("\n")):
        if i:
            words.append("\n")
            spaces.append(False)
        if line:
            line_doc = tokenizer(line)
            for start, length, space in line_doc.to_array([IDX, LENGTH, SPACY]).tolist():
                words.append(line[start : start + length])
                spaces.append(bool(space))
    doc = Doc(pipeline().vocab, words=words, spaces=spaces)
    doc.user_data[_TEXT] = text
    return doc


def extract_doc(text: str) -> Doc:
    """``text`` through every extraction stage."""
    doc = tokenize(text)
    for _, stage in pipeline().pipeline:
        doc = stage(doc)
    return doc
