"""What a national or regional standing claim asserts, read from its sentence: the grade,
judgement, region and count, share or 'first' (``read_claim``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from verify.types import GRADES, Claim, Grade, JudgementName, Report
from verify.words import NAMED_FRAMEWORKS
from verify.words.clauses import clause_end
from verify.words.councils import (
    COUNCIL_WORD,
    COUNCILS_WORD,
    RANKED_COUNCIL_WORD,
    council_named,
    region_named,
)
from verify.words.grades import EARLIER_GRADE_CUES, GRADE, grade_of, grades_in
from verify.words.numbers import NUMBER, NUMBER_WORDS, number

_N = rf"({NUMBER})"
_GROUP = (
    rf"(?:other )?(?:{COUNCILS_WORD}|(?=in the country|in england|"
    r"nationally|in the region|across the country|(?:in|across) the (?:north|south|east|west)))"
)
"""What a count counts: councils, or a bare number placed in the country or a region
('one of only three in the North West'); 'three cities' is a group the table lacks."""
_ONE_OF = re.compile(rf"\bone of (?:only |just )?{_N} {_GROUP}", re.I)
_ONLY_OTHERS = re.compile(rf"\b(?:only|just) {_N} others?\b", re.I)
_ONLY = re.compile(rf"\b(?:only|just) {_N} {_GROUP}", re.I)
_THE_ONLY = re.compile(
    rf"\bthe only (?:(?-i:other|[A-Z][\w’'-]*)\s+){{0,2}}{RANKED_COUNCIL_WORD}\b", re.I
)
"""'the only council in the North East rated outstanding', 'the only London borough to be
rated outstanding for adoption': a count of one (a place's name may stand before the
council word, a lower-case word other than 'other' may not: 'the only thing the council')."""
_NONE = re.compile(rf"\b(?:no|not one) (?:other )?{COUNCIL_WORD}\b", re.I)
_TOP_SHARE = re.compile(rf"\btop {_N} ?(?:%|per ?cent)", re.I)
_FIRST = re.compile(
    rf"\bfirst {COUNCIL_WORD}\b[^.;]{{0,50}}?\bto (?:have )?(?:be|been|"
    r"receiv|achiev|gain|got|get|earn|mov)"
    rf"|\bfirst\W{{1,3}}{GRADE}\W{{1,3}}{COUNCIL_WORD}\b",
    re.I,
)
"""'the first council in the region to be rated good', 'the first “outstanding” local
authority in the North East'."""
_CHANGE = re.compile(
    r"\b(?:from|moved?|moving|improved|improving|rise|risen|jump\w*|turn\w*)\b", re.I
)
"""'the first to have moved from requires improvement to outstanding' is about a change of
grade, which the standing at one date does not settle."""
_SINCE = re.compile(r"\bsince\b", re.I)
_AREAS_COUNT = "|".join([w for w, n in NUMBER_WORDS.items() if 2 <= n <= 6] + [r"[2-6]"])
"""How many of one council's judgements a release counts: two to six (no framework grades
more)."""
_ALL_AREAS = re.compile(
    r"\b(?:all|every|each) (?:areas?|judgements?|categor(?:y|ies))\b|\bacross the board\b"
    rf"|\b(?:{_AREAS_COUNT}) ['‘’\"]?{GRADE}\b",
    re.I,
)
"""'outstanding in all areas', 'two outstanding judgements': a count of judgements per
council, which the overall grade does not settle."""
_EARLIER_GRADE = re.compile(rf"\b(?:{EARLIER_GRADE_CUES})\W+(?:\w+\W+){{0,2}}$", re.I)
_OR_BETTER = re.compile(r"\bor (?:better|above|outstanding)\b|\bat least\b", re.I)
_FRAMEWORK = re.compile(r"\bframework\b|\bnew (?:inspection|system|regime)\b", re.I)
"""'the first under the new framework': only reports of the same framework count (a
framework named, 'under ILACS', is read by extraction)."""
_REPEATED = re.compile(
    r"\b(?:twice|again|second|third|fourth|consecutive|successive|in a row|times|"
    r"retain\w*|maintain\w*|remain\w*|kept|keep\w*)\b",
    re.I,
)
"""'the first council to be rated outstanding twice', 'one of only three to retain it': a
council's run of grades, which its latest grade at one date does not settle."""
_SINCE_YEAR = re.compile(r"\bsince (?:\w+ ){0,6}?((?:19|20)\d\d)\b", re.I)
"""'the first council to be rated outstanding since 2013': only later reports disprove it."""
_REGION_WORDS = re.compile(r"\b(?:in|across|of) the region\b|\bregional(?:ly)?\b", re.I)
_THIS = re.compile(r"\b(?:achieved?|received?|ha(?:ve|s) done|got) (?:this|that)\b", re.I)
"""'Only three authorities have received this': the grade is the previous sentence's."""


@dataclass
class Reading:
    """What a national claim asserts, read from its sentence."""

    grades: set[Grade]
    judgement: JudgementName
    region: str | None
    low: int | None = None  # the count asserted: between low and high councils
    high: int | None = None
    share: float | None = None  # 'top N per cent'
    first: bool = False
    frameworks: tuple[str, ...] | None = None  # only reports of these count, when named
    after_year: int | None = None  # 'first since 2013': only reports of later years count
    moved_from: set[Grade] | None = None  # 'first to move from ... to': the grades before
    all_areas: bool = False  # ... and to that grade in every area
    counts_own: bool = True  # the council is among those it counts ('no council': not)


def read_claim(
    claim: Claim, report: Report, sentence_before: Callable[[], str] = str
) -> Reading | None:
    """The grade, judgement, region and count, share or 'first' a claim asserts, or None.

    The first count in the sentence is the claim, and its grade the first one named
    after it ('one of only three in the North West to be judged good overall, with only
    one other achieving two outstanding'), else the one before it; the judgement is the
    one the grade is stated for, else overall effectiveness. A count of councils that
    'received this' takes its grade from the sentence before it ('... rated outstanding
    by Ofsted. Only three authorities have received this.'), asked of
    ``sentence_before`` only then (it reads the release before the claim)."""
    text = claim.text
    first = _FIRST.search(text)
    if first and _CHANGE.search(text, first.end()):
        return _read_move(text, first.end(), report)
    found = [
        (m.start(), kind, m)
        for kind, m in (
            ("first", first),
            ("count+1", _ONLY_OTHERS.search(text)),
            ("count", _ONE_OF.search(text) or _ONLY.search(text)),
            ("one", _THE_ONLY.search(text)),
            ("none", _NONE.search(text)),
            ("share", _TOP_SHARE.search(text)),
        )
        if m
    ]
    _, kind, match = min(found, key=lambda f: f[0]) if found else (0, None, None)
    if match is None:
        return None
    # 'one of only three to be judged good, with only one other achieving two outstanding'
    # is read up to its comma
    end = clause_end(text, match.end())
    if _ALL_AREAS.search(text, 0, end) or _REPEATED.search(text, match.end(), end):
        return None
    grade, judgement = _grade_after(claim, match.end())
    judgement = judgement or "overall_effectiveness"
    if kind == "share":  # the council's own standing: its grade in the report
        grade = report.grade_of(judgement)
    if grade is None and _THIS.search(text, match.end()):
        grade = _only_grade(sentence_before())
    if grade is None:
        return None
    if _REGION_WORDS.search(text) and council_named(report.authority) is None:
        return None
    region = _region(text, report)
    grades = as_good_as({grade}) if _OR_BETTER.search(text) else {grade}
    reading = Reading(grades=grades, judgement=judgement, region=region)
    reading.frameworks = _frameworks(claim, report)
    reading.counts_own = kind != "none"
    if kind == "first" or (kind == "none" and _SINCE.search(text)):
        reading.first = True
        since = _SINCE_YEAR.search(text, match.start())
        reading.after_year = int(since.group(1)) if since else None
    elif kind == "share":
        reading.share = _number(match.group(1)) / 100
    else:
        fixed = {"none": 0, "one": 1}
        n = fixed[kind] if kind in fixed else _number(match.group(1)) + (kind == "count+1")
        reading.low = reading.high = n
    return reading


def _frameworks(claim: Claim, report: Report) -> tuple[str, ...] | None:
    """The frameworks a claim counts reports of: the one it names ('under ILACS'), the
    report's own for 'the new framework', else every one (None)."""
    if claim.values.framework:
        return NAMED_FRAMEWORKS[claim.values.framework.lower()]
    return (report.framework,) if _FRAMEWORK.search(claim.text) else None


_MOVE = re.compile(
    rf"\bfrom (?:an? )?(?:(?:rating|grade|judgement) (?:of )?)?(below |under |worse than )?"
    rf"['‘’\"“”]?{GRADE}['‘’\"“”]? (?:overall )?to (?:an? )?(?:rating of )?['‘’\"“”]?{GRADE}",
    re.I,
)
"""'moved from a rating below Good to Outstanding', 'from requires improvement to good'."""


def _read_move(text: str, at: int, report: Report) -> Reading | None:
    """'The first council to have moved from below good to outstanding (in all areas)':
    a change between a council's two consecutive graded inspections."""
    move = _MOVE.search(text, at)
    if move is None:
        return None
    below, was, now = move.group(1), grade_of(move.group(2)), grade_of(move.group(3))
    rank = GRADES.index(was)
    earlier = set(GRADES[rank + 1 :]) if below else {was}
    if not earlier:
        return None
    region = _region(text, report)
    reading = Reading(grades={now}, judgement="overall_effectiveness", region=region)
    reading.first, reading.moved_from = True, earlier
    reading.all_areas = bool(_ALL_AREAS.search(text, move.end()))
    return reading


def _region(text: str, report: Report) -> str | None:
    """The region a claim names ('in the North West'), the council's own for 'in the
    region', else None (England)."""
    region = region_named(text)
    if region is None and _REGION_WORDS.search(text):
        own = council_named(report.authority)
        return own.region if own else None
    return region


def _grade_after(claim: Claim, at: int) -> tuple[Grade | None, JudgementName | None]:
    """The grade named first after offset ``at`` of the claim (else last before it), with
    its judgement; 'the highest possible rating' is outstanding (a grade as
    ``verify.words.grades`` reads releases); a grade the council had
    before ('upgraded from good') is not the one counted."""
    text = claim.text
    placed = []
    for mention in claim.values.grades:
        where = mention.start
        if where is not None and not _EARLIER_GRADE.search(text[:where]):
            placed.append((where, mention.grade, mention.judgement))
    after = sorted(p for p in placed if p[0] >= at)
    before = sorted(p for p in placed if 0 <= p[0] < at)
    chosen = after[0] if after else before[-1] if before else None
    return (chosen[1], chosen[2]) if chosen else (None, None)


def _only_grade(text: str) -> Grade | None:
    found = grades_in(text)
    return found.pop() if len(found) == 1 else None


def _number(word: str) -> int:
    return number(word) or 0


def as_good_as(grades: set[Grade]) -> set[str]:
    """The grades at least as good as the best of ``grades`` (for 'top N per cent')."""
    best = min(GRADES.index(g) for g in grades if g in GRADES)
    return set(GRADES[: best + 1])
