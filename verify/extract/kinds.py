"""What kind of claim a sentence makes: rules over its words and its parsed values.

The order matters and encodes what a checker most needs to know: a national
standing or a comparison with an earlier inspection usually carries a grade too,
and is checked as the stronger claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from verify.types import ClaimKind, ClaimValues
from verify.words.speakers import INSPECTORS_SOURCE

_NATIONAL = re.compile(
    r"\bnational(?:ly)?\b|\bin the country\b|\bin england\b|\bacross the country\b"
    r"|\b(?:only|one of(?: only| just)?|just) (?:\d{1,3}|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|a handful of|a few) (?:other )?(?:councils|local authorities|authorities)\b"
    r"|\btop \d{1,3} ?(?:%|per ?cent)|\bfirst (?:council|local authority)\b"
    r"|\b(?:in|across) the (?:north|south|east|west|midlands|region)\b|\bregional(?:ly)?\b",
    re.I,
)
_COMPARISON = re.compile(
    r"\b(?:previous|last|earlier) (?:ofsted )?(?:inspection|visit|rating|judgement)"
    r"|\bsince (?:the|its|our) (?:last|previous)\b|\bimprovement (?:from|since|on)\b"
    r"|\b(?:up|down) from\b|\bthe \d{4} inspection\b|\b(?:continued|clear|further) improvement\b"
    r"|\b(?:maintained|retained|downgraded|upgraded)\b|\bfor the first time\b"
    r"|\b(?:has|have) improved\b",
    re.I,
)
_FACT = re.compile(
    r"\b(?:carried out|took place|took part|visited|came into effect)\b"
    r"|\bpublished (?:today|yesterday|on|in|this|last)\b"
    r"|\b(?:ILACS|SIF)\b|\b(?:inspection|inspection\W{1,3}s?|ILACS|SIF) framework\b"
    r"|\binspection team\b|\b(?:inspectors|they|inspection|visit) (?:have |has |also )?"
    r"(?:looked|reviewed|considered|read|talked|spoke|met|tried|examined|sampled)\b"
    r"|\b(?:visits?|inspections?|inspected) (?:during|in|between|on|from) (?:early |late )?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\b",
    re.I,
)
_FINDING_VERB = re.compile(
    r"\b(?:found|finds?|praised?|praises|noted|notes|highlight\w*|identif\w*|raised|"
    r"wants?|wanting|recognis\w*|recogniz\w*|acknowledg\w*|impressed|said|says|added|adds|"
    r"concerns?|strengths?|judged|describ\w*|reported|gives|cites|commended|criticis\w*|"
    r"weakness\w*|areas? for (?:improvement|development)|praise)\b",
    re.I,
)
_SOURCE_THEN_VERB = re.compile(INSPECTORS_SOURCE + r"[^.;]{0,80}?" + _FINDING_VERB.pattern, re.I)
_VERB_BY_SOURCE = re.compile(
    _FINDING_VERB.pattern + r" (?:in|by) (?:the |ofsted )*(?:report|ofsted|inspectors)\b", re.I
)
_PASSIVE_FINDING = re.compile(
    r"\b(?:was|were|is|are|been) (?:also |particularly )?(?:found|praised|highlighted|"
    r"recognised|recognized|identified|acknowledged|commended|criticised|judged)\b"
    r"|\bconcerns were raised\b",
    re.I,
)
_OPINION = re.compile(
    r"\b(?:vital|lifeline|proud|delighted|committed|commitment|priorit\w*|fantastic|excellent|"
    r"brilliant|testament|achievement|determined|uncompromising|well-deserved|"
    r"thrilled|pleased|we will|will continue|aim to|ambition)\b",
    re.I,
)
_CONNECTIVE = re.compile(r"^(?:this meant|this means|as a result|they also|it also)\b", re.I)
_NOT_A_CLAIM = re.compile(
    r"^(?:grade \d\s*:|\d+\.\s|(?:published|updated|posted|last updated|date)\s*:)|:$", re.I
)


@dataclass(frozen=True)
class Context:
    """What the sentence's surroundings say: inside whose quotation, under an
    inspectors' list ("Ofsted highlighted that:"), after a finding."""

    quote_role: str | None = None
    inspectors_list: bool = False
    after_finding: bool = False


def classify(sentence: str, values: ClaimValues, ctx: Context) -> ClaimKind | None:
    """The kind of claim ``sentence`` makes (its quoted words already blanked), or None."""
    if _NOT_A_CLAIM.search(sentence.strip()) or len(sentence.split()) < 3:
        return None
    if ctx.quote_role == "inspectors":
        return None  # the quotation is the claim
    if _NATIONAL.search(sentence) or values.national_count is not None:
        return "national"
    if _COMPARISON.search(sentence) or values.previous_year is not None:
        return "comparison"
    if values.grades:
        return "rating"
    if ctx.inspectors_list:
        return "finding"
    if values.duration_days or values.duration_weeks or values.team_hmi or _FACT.search(sentence):
        return "inspection_fact"
    if _is_finding(sentence, ctx):
        return "finding"
    if ctx.quote_role is None and _OPINION.search(sentence):
        return "opinion"
    return None


def _is_finding(sentence: str, ctx: Context) -> bool:
    if _PASSIVE_FINDING.search(sentence):
        return True
    if _SOURCE_THEN_VERB.search(sentence) or _VERB_BY_SOURCE.search(sentence):
        return True
    return ctx.after_finding and ctx.quote_role is None and bool(_CONNECTIVE.match(sentence))
