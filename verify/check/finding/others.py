"""Support withheld: the sentence says it of someone else, or not what a claim adds.

A statement the report makes of other children (its section on children in care, told of
care leavers) or of other people (staff, told of foster carers) is no support: the step
``_said_of_others`` settles such a claim not_checkable. What a claim says beside a quotation
it holds is not supported by the quotation's sentence (``_said_beside_its_quotation``).
"""

from __future__ import annotations

import re

from verify.check.common import content_words, shared, verdict
from verify.check.finding.figures import _figures
from verify.check.finding.listed import _LISTED_MIN
from verify.check.finding.reading import _first, _measured, _Reading, _where
from verify.check.finding.scope import topic
from verify.match import Hit, Sentence
from verify.types import CheckedClaim, Claim, Report
from verify.words import judgement_title
from verify.words.clauses import clauses, has_verb
from verify.words.councils import PLACE_IN
from verify.words.dates import MONTH_OR_DAY
from verify.words.judgements import EQUIVALENT, RELEASE_JUDGEMENT_RE
from verify.words.marks import MARKS
from verify.words.numbers import NUMBER
from verify.words.referents import groups, named
from verify.words.speakers import INSPECTORS_SOURCE, REPORTING_VERBS


def _said_of_others(r: _Reading, near: tuple[Sentence, Hit, float]) -> CheckedClaim | None:
    """The supporting sentence (holding at least _LISTED_MIN of the claim's words) says it
    of other children (another graded section) or of other people: not_checkable."""
    if near[2] < _LISTED_MIN:
        return None
    evidence = _first(near, r.pool, r.index)
    if elsewhere := _said_of_other_group(r.wanted, near[0], r.report):
        why = (
            f"{_where(evidence[0])} says this ({_measured(near)}) of "
            f"{judgement_title(elsewhere).lower()}, not of the children the claim names: "
            f"'{near[0].text}'"
        )
        return verdict(r.claim, "not_checkable", why, evidence)
    if theirs := _said_of_other_referents(r.wanted, near[0]):
        why = (
            f"{_where(evidence[0])} says this ({_measured(near)}) of {theirs}, not of the "
            f"{', '.join(sorted(groups(r.wanted)))} the claim names: '{near[0].text}'"
        )
        return verdict(r.claim, "not_checkable", why, evidence)
    return None


def _said_beside_its_quotation(claim: Claim, sentence: str) -> str | None:
    """The claim's own words beside a quotation it holds, when they say something
    (``own_words``) and the supporting ``sentence`` holds none of them
    ('Ofsted has performed monitoring visits each year since, but found that “children's
    experiences remain poor”'): the sentence supports the quotation, which is checked as a
    quote of its own, and what the claim adds beside it is not found. Support withheld,
    never a flag."""
    own_text = own_words(claim)
    if own_text is None or shared(content_words(topic(own_text)), sentence) > 0:
        return None
    return own_text


def figures_beside_its_quotation(claim: Claim, sentence: str) -> str | None:
    """The claim's own words beside a quotation it holds when they give figures the
    supporting ``sentence`` does not ('Social work vacancies have more than halved, from
    25 per cent of the workforce to 12 per cent, which the report said means children “can
    form ...”': drift49, the quotation's sentence shares 'children' and 'means', not the
    figures, which the sentence before it gives): words to look for on their own."""
    own_text = own_words(claim)
    return own_text if own_text and _figures(own_text) - _figures(sentence) else None


_RELATIVE_FRAME = re.compile(
    rf",?\s*\b(?:which|who)\s+(?:(?:the|its|their)\s+)?(?:{INSPECTORS_SOURCE})\s+"
    rf"(?:{REPORTING_VERBS})\b[^,;:]*$",
    re.I,
)
"""A relative clause naming Ofsted's words just before a quotation ('..., which the report
said means children “...”'): the quotation's frame, no words of the claim's own."""


def own_words(claim: Claim) -> str | None:
    """The words a finding holding quotations says beside them, when they say something of
    their own (_OWN_WORDS_MIN content words past their frame: ``topic``); None for a
    claim with no quotation, or whose own words only frame it ('Inspectors found that
    leaders “…”')."""
    if not claim.quoted:
        return None
    text, beside, last = claim.text, [], 0
    for piece in claim.quoted:
        start, end = piece.start - claim.start, piece.end - claim.start
        beside.append(_RELATIVE_FRAME.sub("", text[last:start].rstrip(MARKS)))
        last = end + (end < len(text) and text[end] in MARKS)
    own_text = " ".join(" ".join([*beside, text[last:]]).split())
    return own_text if len(content_words(topic(own_text))) >= _OWN_WORDS_MIN else None


def figure_clause(own: str) -> str | None:
    """The first clause of a finding's ``own`` words beside its quotation that holds a
    figure, in words or digits ('and the council has agreed to recruit 20 supernumerary
    newly qualified social workers'): what ``steps._own_figures_told_otherwise`` checks
    alone, and ``lookups`` guesses."""
    return next((c for c in clauses(own) if _ANY_FIGURE.search(c)), None)


def figure_clauses(text: str) -> list[str]:
    """The clauses of a finding of several that give figures of their own (measures,
    years left out: ``figures._figures``): what ``steps._clause_figures_told_otherwise``
    checks alone when the sentence supporting the whole gives none of a clause's figures,
    and ``lookups`` guesses; each a clause of its own (``_a_clause_of_its_own``)."""
    parts = clauses(text)
    if len(parts) < 2:
        return []
    return [c for c in parts if _figures(c) and _a_clause_of_its_own(c)]


def _a_clause_of_its_own(clause: str) -> bool:
    """True when ``clause`` states something alone: a verb and _OWN_WORDS_MIN content
    words past its frame. A fragment ('from 19% in 2012', after 'falling to 10% in 2014':
    drift37) matches any passage holding its one word."""
    return has_verb(clause) and len(content_words(topic(clause))) >= _OWN_WORDS_MIN


_ANY_FIGURE = re.compile(rf"\d|\b(?:{NUMBER})\b", re.I)
"""A figure in words or digits, years too (``figures._FIGURE`` reads a finding's measures,
years left out)."""

_OWN_WORDS_MIN = 3
"""The content words past their frame that make a clause of its own beside a quotation (a
subject, a verb and what it says: 'adding that thresholds are not understood by
partners'); the frame's words, cut since session 25 ('inspectors said, adding that'),
once made up the four a shorter one needed."""


def _place_unnamed(claim: str, report_words: frozenset[str], share: float) -> str | None:
    """A place the claim names (``words.councils.PLACE_IN``: 'in Chalvey', 'in Taunton')
    whose name is nowhere in the report, when its supporting sentence holds under half the
    claim's words (found by meaning): the release tells of something there that the report
    never mentions, so a sentence near it in meaning says something else (session 22,
    findings22: 'The trust recently opened a drop-in centre for teenagers in Chalvey' was
    supported at 17% of its words by 'Young people are actively involved in the
    recruitment of key roles in the trust'). Months, days and the report's own places
    ('in London', 'in Brighton and Hove') name nothing new."""
    if share >= _PLACE_SHARE_MAX:
        return None
    for found in PLACE_IN.finditer(claim):
        place = found.group("place")
        if MONTH_OR_DAY.fullmatch(place.split()[0]):
            continue
        words = content_words(place)
        if words and not words & report_words:
            return place
    return None


_PLACE_SHARE_MAX = 0.5


def _said_of_other_group(claim: str, sentence: Sentence, report: Report) -> str | None:
    """The group of children (help and protection, children in care, care leavers) whose
    section of the report holds ``sentence``, when the claim names another group and the
    sentence does not name the claim's: the report says it of other children ('the
    virtual school has a tangible impact for children in care' told of care leavers).
    Asked only of a sentence holding at least _LISTED_MIN of the claim's words: the same
    statement, told of other children; a sentence found by meaning alone may be any. Care
    leavers are other children than those in care only where the report grades them apart."""
    section = sentence.passage.judgement
    named = {m.lastgroup for m in RELEASE_JUDGEMENT_RE.finditer(claim)} & set(_GROUPS)
    if section not in _GROUPS or not named:
        return None
    same = {alike for name in named for alike in EQUIVALENT.get(name, (name,))}
    if report.grade_of("care_leavers") is not None and "children_in_care" not in named:
        same.discard("children_in_care")
    in_sentence = {m.lastgroup for m in RELEASE_JUDGEMENT_RE.finditer(sentence.text)}
    if named & in_sentence:
        return None
    if section in same:
        return _names_others_only(in_sentence, same)
    return section


def _names_others_only(in_sentence: set[str], same: set[str]) -> str | None:
    """The group of children a sentence of the claim's own section names, when it names
    only others: a section grading children in care and care leavers together tells of
    each by name ('Children leaving care in Shropshire receive excellent help and guidance
    from ... personal advisers' told of children in care; session 18, findings18: was
    supported at 90% of the words)."""
    others = (in_sentence & set(_GROUPS)) - same
    return min(others) if others and not in_sentence & same else None


def _said_of_other_referents(wanted: str, sentence: Sentence) -> str | None:
    """The groups of referents (``words.referents``: leaders, staff, children and
    families, carers, partners) the supporting ``sentence`` opens on, when the claim
    (its finding, ``wanted``) opens on others only: the report says it of someone else
    ('Social workers build meaningful relationships with children in care' told of foster
    carers; 'Care leavers are helping to improve services' told of foster carers; session
    13: each was supported), and names the claim's nowhere ('Caseworkers for young people
    leaving care' is the report's 'Care leavers benefit from a committed team of personal
    advisers'). Asked, as ``_said_of_other_group`` is, only of a sentence holding at least
    _LISTED_MIN of the claim's words: the same statement told of others; a sentence found
    by meaning alone may tell another (a dev article's 'When children are in need of help
    and protection, ...' was supported by 'There are some teams that offer effective
    services ...' at 43% of its words). Support withheld, never a flag: the claim tells a
    finding the report does not make of its subject."""
    ours, theirs = groups(wanted), groups(sentence.text)
    if ours and theirs and not ours & named(sentence.text):
        return " and ".join(sorted(theirs))
    return None


_GROUPS = ("help_and_protection", "children_in_care", "looked_after_and_permanence", "care_leavers")
