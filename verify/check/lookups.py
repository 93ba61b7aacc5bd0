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

import re

from verify.check.common import ABOUT_THE_VISIT, Context, sentence_around
from verify.check.finding import council_speaker, says_only_noted, topic
from verify.match import PassageIndex, normalise
from verify.types import Claim, Release
from verify.words.speakers import in_own_words

_PLACED_MIN = 70.0
"""A quotation whose words place fuzzily at least this well (0-100, the quote
checker's own floor for a placement) is, as a rule, found (perhaps with minor
variations): its nearest sentence is never looked up."""
TEAM_QUERY = "The inspection team consisted of Her Majesty's Inspectors (HMI)"
DATES_QUERY = "Inspection dates"
_TOPIC_KINDS = ("finding", "opinion", "inspection_fact")
"""Kinds whose checker ranks the claim's topic: findings, opinions told in the
report's words, and facts with no value to compare (checked as findings)."""


def evidence_query(claim: Claim) -> str:
    """What to search the report for as an inspection fact's evidence: the team
    appendix for team claims, the dates line for dates, else the claim itself."""
    if claim.values.team_hmi is not None or claim.values.team_total is not None:
        return TEAM_QUERY
    if claim.values.duration_days or claim.values.duration_weeks or claim.values.dates:
        return DATES_QUERY
    return re.sub(r"\s+", " ", claim.text)


def lookups(ctx: Context, claims: list[Claim]) -> list[str]:
    """The texts checking ``claims`` against the reports of ``ctx`` will rank by
    meaning, each once, in claim order.

    A claim about what the inspection found or did is not checked against a report of
    another visit (``ABOUT_THE_VISIT``): when every report is one, it looks nothing up.
    """
    indexes = [ctx.index(r) for r in ctx.reports]
    visited = any(not ctx.about_other_visit(r) for r in ctx.reports)
    texts: list[str] = []
    for claim in claims:
        if claim.kind == "quote":
            texts += _quote_lookups(ctx.release, claim, indexes)
            continue
        if claim.kind in ABOUT_THE_VISIT and not visited:
            continue
        if claim.kind == "inspection_fact" and _compared(claim):
            texts.append(evidence_query(claim))
        elif claim.kind == "finding" and says_only_noted(claim.text):
            continue  # its checker ranks nothing
        elif claim.kind in _TOPIC_KINDS and not council_speaker(claim.text):
            texts.append(topic(claim.text))
        elif claim.kind == "comparison":
            texts.append(claim.text)
    return list(dict.fromkeys(t for t in texts if t))


def _placed(index: PassageIndex, words: str) -> bool:
    return index.fuzzy(words, _PLACED_MIN) is not None  # as the quote checker asks: reused


def _compared(claim: Claim) -> bool:
    """True when an inspection fact has a value its checker compares with the report's
    (the evidence is then looked up); one without is checked as a finding."""
    v = claim.values
    compared = (v.team_hmi, v.team_total, v.duration_days, v.duration_weeks, v.dates, v.months)
    return any(x not in (None, [], 0) for x in compared) or bool(v.framework)


def _quote_lookups(release: Release, claim: Claim, indexes: list[PassageIndex]) -> list[str]:
    """Per paragraph of a quotation: its words, when some report lacks them and the
    quotation is not a council's or another speaker's (the nearest sentence is then
    shown), and the release sentence around it, when a report has them more than once
    (the occurrence whose sentence fits it best is chosen)."""
    texts = []
    # An official's quotation the report lacks is their own words: the quote checker then
    # shows no nearest passage, so those words are never looked up.
    own_words = in_own_words(claim.attribution)
    # A quotation over several paragraphs is checked paragraph by paragraph (``per_paragraph``).
    for piece in claim.quote_pieces if len(claim.quote_pieces) > 1 else [claim]:
        words = normalise(piece.text).text
        found = [len(index.occurrences(words)) for index in indexes]
        missing = not all(found) and not own_words
        if missing and not all(_placed(index, words) for index in indexes):
            texts.append(piece.text)
        if max(found, default=0) > 1:
            texts.append(sentence_around(release.text, piece))
    return texts
