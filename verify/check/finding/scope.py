"""Which findings are checked at all, and what of each: the finding without its framing.

A finding that only says the report noted 'this' names nothing (``says_only_noted``), one a
council speaker says is their own account (``council_speaker``: by the conventions an
opinion), and one in the release's own voice that tells nothing a report of children's
services could say (``unrelated``) is settled without ranking the report by meaning, so
``lookups`` encodes nothing for it either. ``topic`` cuts the framing ('Inspectors found
that') off the rest.
"""

from __future__ import annotations

import re

from verify.check.common import Context, content_words, verdict
from verify.types import CheckedClaim, Claim, Report
from verify.words.criticism import BARE_CRITICISM, BARE_PRAISE
from verify.words.domain import about_the_service
from verify.words.speakers import (
    FRAMING_PHRASE,
    OWN_WORDS_ROLES,
    content_clause,
    framed_speaker,
    role_of,
    visit_framed,
)

_VAGUE = re.compile(
    r"\b(?:acknowledg\w*|recogni[sz]\w*|prais\w*|highlight\w*|not(?:e|ed|es))\s+"
    r"(?:this|these|that|it|them)(?:\s+(?:work|news|achievement|effort|progress))?\W*$",
    re.I,
)
"""'The report acknowledges this.': what 'this' is lies in earlier sentences, so the
sentence alone names nothing to look for."""


def topic(text: str) -> str:
    """The finding itself, without its framing (or the text, if nothing is left): a
    visit that frames it ('Inspectors visited X and praised Y', ``visit_framed``) too, and
    the frame still opening what is left (``content_clause``: 'although', 'it also
    pointed out that', 'adding that'), whose words would dilute its meaning and its share
    of words."""
    left = _frame_cut(visit_framed(text) or text)
    return left if len(left.split()) >= 3 else text


def _frame_cut(text: str) -> str:
    """``text`` without the framing phrase and the frame still opening what is left."""
    return content_clause(FRAMING_PHRASE.sub("", text).strip())


def only_criticised(text: str) -> bool:
    """True for a finding that says only that the inspection criticised something, naming
    nothing (``words.criticism.BARE_CRITICISM``, its frame cut: 'But the watchdog found
    gaps.', 'But the report did find weaknesses.')."""
    return _bare(BARE_CRITICISM, text)


def only_praised(text: str) -> bool:
    """True for a finding that says only that the inspection praised something, naming
    nothing (``words.criticism.BARE_PRAISE``: 'There were some positives.')."""
    return _bare(BARE_PRAISE, text)


def _bare(summary: re.Pattern, text: str) -> bool:
    """True when ``summary`` matches the whole finding, its framing cut or as it stands
    (the framing phrases leave 'did find', 'There were' to ``summary`` itself)."""
    return bool(summary.match(_frame_cut(text)) or summary.match(text))


def says_only_noted(text: str) -> bool:
    """'The report acknowledges this.': a finding the checker leaves unchecked at once,
    ranking nothing (so ``lookups`` encodes nothing for it)."""
    return bool(_VAGUE.search(text))


def unrelated(claim: Claim, ctx: Context, report: Report) -> bool:
    """True for a finding in the release's own words (``_release_voice``) that tells nothing a
    report of children's services could say: no word of those services or their
    inspection, no grade, criticism or figure (``words.domain.about_the_service``), and
    fewer than half its content words anywhere in the report (``Context.report_words``).
    The finding check settles it not_checkable without ranking the report by meaning, and
    ``lookups`` encodes nothing for it: the local news a release or a hostile input is
    padded with ('The borough hosted its annual summer fair in the park') was ranked
    sentence by sentence, about 78 s a megabyte, to be judged not_checkable anyway."""
    if claim.kind != "finding" or not _release_voice(claim):
        return False
    if about_the_service(claim.text):
        return False
    words = content_words(claim.text)  # no framing to cut: it names no saying
    return 2 * len(words & ctx.report_words(report)) < len(words)


def _release_voice(claim: Claim) -> bool:
    """True when the release tells the finding in its own words: unattributed, or carrying
    the inspectors' findings on (given to them, no speaker named). A sentence telling
    their words itself names them or their saying ('Inspectors said', 'They noted', 'the
    watchdog added'), words of the inspection (``words.domain.DOMAIN``)."""
    attribution = claim.attribution
    return attribution is None or (attribution.role == "inspectors" and not attribution.speaker)


def _unrelated(claim: Claim, report: Report) -> CheckedClaim:
    """not_checkable, nothing ranked: the release's own statement of something else
    (``unrelated``)."""
    why = (
        "The release's own statement of something else: no word of children's services "
        f"or their inspection, no grade or figure, and most of its words nowhere in "
        f"{report.label}; not compared with the report."
    )
    return verdict(claim, "not_checkable", why)


def council_speaker(text: str) -> str | None:
    """Who speaks in a sentence opening '<speaker> said ...', when that is the council or
    another person ('he', 'she': Ofsted speaks as inspectors, the report or 'it')."""
    who = framed_speaker(text)
    if who is None:
        return None
    if who.lower() in ("he", "she"):
        return who
    return who if role_of(who) in OWN_WORDS_ROLES else None
