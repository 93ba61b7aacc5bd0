"""What the checkers will look up by meaning, known before any claim is checked.

``check_claims`` hands these texts to ``Encoder.prefetch`` before the checkers run
(encoded in the background while they run, or in one batch when the model has no thread
to spare), so no claim waits on an encode of its own. The guess is made per claim kind from what its
checker ranks (``PassageIndex.rank`` through ``nearest`` or a finding's pool) and,
for a quotation, from where its words occur in the reports: a quotation found
word for word once is never looked up. A text guessed but never asked for costs a
row of the batch; one asked for but not guessed is still encoded when asked, in a
call of its own. Each text's vector depends on that text alone (the encoder runs
rows one by one), so the guess changes the time a check takes, never a verdict.
"""

from __future__ import annotations

from verify.check.common import ABOUT_THE_VISIT, Context, sentence_around
from verify.check.fact import evidence_query, looks_up_evidence
from verify.check.finding import council_speaker, says_only_noted, topic
from verify.match import PassageIndex, normalise
from verify.types import Claim, Release, Report
from verify.words.speakers import in_own_words

_PLACED_MIN = 70.0
"""A quotation whose words place fuzzily at least this well (0-100, the quote
checker's own floor for a placement) is, as a rule, found (perhaps with minor
variations): its nearest sentence is never looked up."""
_TOPIC_KINDS = ("finding", "opinion")
"""Kinds whose checker ranks the claim's topic: findings, and opinions told in the
report's words. An inspection fact with no value to compare ranks nothing (its checker
says so, or settles it from the council's earlier reports)."""


def lookups(ctx: Context, routed: list[tuple[Claim, list[Report]]]) -> list[str]:
    """The texts checking each claim (a quotation's paragraph: ``per_paragraph``) against
    the reports it is routed to will rank by meaning, each once, in claim order.

    A claim about what the inspection found or did is not checked against a report of
    another visit (``ABOUT_THE_VISIT``): when every report it goes to is one, it looks
    nothing up. A quotation is looked up only in the reports it goes to.
    """
    texts: list[str] = []
    for claim, reports in routed:
        if claim.kind == "quote":
            texts += _quote_lookups(ctx.release, claim, [ctx.index(r) for r in reports])
            continue
        if claim.kind in ABOUT_THE_VISIT and all(ctx.about_other_visit(r) for r in reports):
            continue
        if claim.kind == "inspection_fact":
            if any(looks_up_evidence(claim, ctx, r) for r in reports):
                texts.append(evidence_query(claim))
        elif claim.kind in _TOPIC_KINDS and _ranks_topic(claim):
            texts.append(topic(claim.text))
        elif claim.kind == "comparison":
            texts.append(claim.text)
    return list(dict.fromkeys(t for t in texts if t))


def _ranks_topic(claim: Claim) -> bool:
    """False when a finding's or opinion's checker settles it before ranking its topic:
    a finding that says only that the report noted 'this' (``says_only_noted``), or one
    an official tells in their own words (``officials_own``, ``council_speaker``); an
    opinion so told stays theirs (``report_words_first``)."""
    own_words = in_own_words(claim.attribution)
    if claim.kind == "opinion":
        return not own_words and not council_speaker(claim.text)
    by_inspectors = claim.attribution is not None and claim.attribution.role == "inspectors"
    spoken = bool(claim.attribution and claim.attribution.speaker) and own_words
    return not (
        says_only_noted(claim.text)
        or spoken
        or (not by_inspectors and council_speaker(claim.text))
    )


def _placed(index: PassageIndex, words: str) -> bool:
    return index.fuzzy(words, _PLACED_MIN) is not None  # as the quote checker asks: reused


def _quote_lookups(release: Release, claim: Claim, indexes: list[PassageIndex]) -> list[str]:
    """For a quotation's paragraph (``per_paragraph``): its words, when some report lacks
    them and the quotation is not a council's or another speaker's (the nearest sentence
    is then shown), and the release sentence around it, when a report has them more than
    once (the occurrence whose sentence fits it best is chosen)."""
    texts = []
    words = normalise(claim.text).text
    found = [len(index.occurrences(words)) for index in indexes]
    # An official's quotation the report lacks is their own words: the quote checker then
    # shows no nearest passage, so those words are never looked up.
    missing = not all(found) and not in_own_words(claim.attribution)
    if missing and not all(_placed(index, words) for index in indexes):
        texts.append(claim.text)
    if max(found, default=0) > 1:
        texts.append(sentence_around(release.text, claim))
    return texts
