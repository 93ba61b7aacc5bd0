"""The earlier inspection a claim speaks of, and the grade given for the first time.

``_previous`` finds the earlier inspection's year and grade and where its words begin
('previously rated', 'from good to outstanding', 'up from requires improvement in
2019', a pre-2013 'adequate'), so that grade is not taken for today's;
``_graded_now_after`` reads today's grades said after those words; ``first_grade`` the
grade given for the first time; ``adequate_given`` the judgement a pre-2013 'adequate'
is given to.
"""

from __future__ import annotations

import re

from verify.extract.values.given_to import _grade_for
from verify.extract.values.mentions import grade_mentions
from verify.extract.values.rating import _FROM_TO, _is_rating
from verify.extract.values.timing import _FIRST_TIME, _NOW
from verify.types import Grade, GradeMention, JudgementName
from verify.words.changes import (
    AWAY_FROM,
    CHANGE_ON_YEAR,
    CHANGED,
    EARLIER_NOUN,
    LIKE,
    LOST_RATING,
    OUTRANKS,
    SAME_AS,
    THAN_IN,
)
from verify.words.clauses import Break, clause_start
from verify.words.councils import COUNCIL_WORD
from verify.words.dates import SINCE_YEAR, YEAR, years_listed_with
from verify.words.grades import (
    ADEQUATE_RE,
    GRADING_VERBS,
    RELEASE_OR_ADEQUATE,
    RELEASE_OR_ADEQUATE_RE,
    grade_of,
)
from verify.words.grades import RELEASE_GRADE_RE as GRADE_RE
from verify.words.judgements import RELEASE_JUDGEMENT_RE as JUDGEMENT_RE
from verify.words.numbers import MONTH as _MONTH

_CHANGED_SINCE = re.compile(
    rf"(?:{CHANGED})[^.;]{{0,30}}?\bsince (?:(?:the|its|our|their) )?(?P<y>(?:19|20)\d{{2}})\b"
    rf"|\b{SAME_AS}\s+(?:(?:in|at) )?(?:(?:the|its) )?(?P<z>(?:19|20)\d{{2}})\b",
    re.I,
)
"""The year a change with no grade named is counted from: 'declined since 2012', 'the
rating is the same as in 2015' (its inspection of that year)."""
_PREVIOUS_YEAR = re.compile(
    r"\b(?:(?:the|its|our|their) (?P<a>(?:19|20)\d{2}) inspection"
    r"|(?:last|previous|earlier) (?:Ofsted |full )?(?:inspection|visit|rating)[^.;]*?"
    rf"(?:{_MONTH} )?(?P<b>(?:19|20)\d{{2}})"
    rf"|since (?:the|its|our|their) (?:[\w-]+ ){{0,2}}inspection (?:in |of )?(?:{_MONTH} )?"
    r"(?P<d>(?:19|20)\d{2})"
    rf"|previously (?:been )?(?:{GRADING_VERBS}|found)[^.;]*?(?P<c>(?:19|20)\d{{2}})"
    rf"|{LIKE}(?=[^.;]{{0,40}}?{EARLIER_NOUN})[^.;]{{0,60}}?(?P<e>(?:19|20)\d{{2}})"
    rf"|{AWAY_FROM}[^.;]{{0,100}}?(?P<f>(?:19|20)\d{{2}})"
    r"|\b(?:inspections|visits)\s+(?:in|of)\s+(?P<g>(?:19|20)\d{2})"
    r"(?=(?:\s*,\s*|\s+and\s+)(?:again\s+)?(?:in\s+)?(?:19|20)\d{2}\b)"
    rf"|{THAN_IN}(?P<h>(?:19|20)\d{{2}})\b"
    r"|,\s+as\s+(?:it|they)\s+(?:did|was|were|had\s+been)\s+in\s+(?P<i>(?:19|20)\d{2})\b)",
    re.I,
)
"""The year of the earlier inspection a claim compares with: 'the 2019 inspection', 'the
last inspection, in 2018', 'since its inspection in March 2017', 'previously rated ... in
2014', inspections in years listed, 'no better than it was in 2022', a grade kept 'as it
did in 2016' (compare18: no year was read, so the last inspection was compared, or none,
not that year's)."""


_MOVED_FROM = re.compile(
    r"\b(?:improv\w*|up|moved|moving|risen|rose|climbed|declin\w*|fallen|fell|dropped|down"
    r"|slipped)\s+(?:\w+\s+)?from\W+(?:(?:a|an|the|its|their)\W+)?"
    rf"(?P<then>{RELEASE_OR_ADEQUATE})\b[’”'\"]?(?:\W+(?:overall|rating|judgement))?"
    r"(?:\W+(?:in )?\(?(?P<y>(?:19|20)\d{2})\b)?",
    re.I,
)
"""The grade a move of grade left, with its year when one follows: 'has improved from
requires improvement in 2019', 'moved up from inadequate'. A grade after 'from' with no
move said ('still some way from good') is no earlier grade."""
_BETTERED = re.compile(
    rf"\b(?:(?:an?\s+)?(?:improvement|advance|step\s+up)\s+on|{OUTRANKS})\W+(?:the|its|their|an?)\W+"
    rf"(?P<then>{RELEASE_OR_ADEQUATE})\W+(?:rating|grade|judgement)\b"
    r"(?:[^.;,]{0,80}?\bin\s+(?P<y>(?:19|20)\d{2})\b)?",
    re.I,
)
"""An earlier rating a change is said to better, with the year it was given when the
clause names one: 'an improvement on the inadequate rating given to Northamptonshire
County Council's children's services in 2019' (compare18: the inadequate was read as
today's grade, and a true sentence contradicted), or to stand above or below ('two grades
higher than the inadequate rating Surrey received in 2018', ``OUTRANKS``; compare22: the
inadequate was read as today's, and the grade's count judged from the last report). Only
before a rating's noun: 'improving on good practice' names no grade."""
_LOST = re.compile(rf"\b{LOST_RATING}\b", re.I)
"""The grade a lost rating had ('lost its good rating'): the earlier grade, no year (a year
beside it dates the loss, not the grade)."""
_FIRST_GRADE = re.compile(
    rf"\bfirst(?:[\s-]+ever)?\W{{1,3}}"
    rf"(?:(?:{GRADING_VERBS}|achieved|gained|earned|won|became|received|awarded)\s+"
    r"(?:(?:as|an?|the|its)\s+)?\W?)?"
    rf"(?P<grade>{RELEASE_OR_ADEQUATE})\b"
    rf"(?!\W{{0,3}}(?:(?:london |metropolitan )?(?:{COUNCIL_WORD}|borough|city|county)))",
    re.I,
)
"""'its first “outstanding” rating', 'a first-ever good', 'first achieved outstanding in
2016' (history20: was read as that year's grade alone, so a first already given earlier
passed as supported); not 'the first outstanding
council in the region', a first among councils (a national claim)."""


_FROM = re.compile(r"\b(?:improvement from|up from|from (?:a|an|the|its)|previously)\b", re.I)


def _graded_now_after(sentence: str, at: int) -> list[GradeMention]:
    """Today's grades said after the words about an earlier inspection, in a clause of
    their own marked as now ('Up from requires improvement in 2018, help and protection is
    now good': was no grade today, so 'is now outstanding' passed unchecked). Only when
    the earlier words open the sentence (``at`` 0: nothing before them was read); none
    when no 'now' follows them in another clause."""
    if at != 0:
        return []
    now = _NOW.search(sentence, at)
    if now is None or "," not in sentence[at : now.start()]:
        return []
    start = sentence.rindex(",", at, now.start()) + 1
    return [
        m.model_copy(update={"start": m.start + start, "end": m.end + start})
        for m in grade_mentions(sentence[start:])
    ]


def areas_graded_then(
    sentence: str,
    at: int,
    year: int | None,
    told_before: tuple[Grade | None, list[GradeMention]],
) -> list[GradeMention]:
    """The grades the words about an earlier inspection (from ``at``) give areas of their
    own, each timed as that inspection's, when they give two or more areas different
    grades ('At the previous inspection, in February 2020, services for children in care
    ... were rated requires improvement, while help and protection was rated good':
    drift40, folded into one earlier grade, read as the service's and contradicted), or
    give the earlier grade to areas the words before did not grade (``told_before``: that
    grade and the grades the words before ``at`` give, as the caller parsed them) ('Help and
    protection was rated requires improvement at the last full inspection in 2017, when
    services for children in care were also found to require improvement': drift53, the
    second area unread); none
    otherwise, when the one earlier grade stands for them."""
    if year is None or at >= len(sentence):
        return []
    ends = _then_ends(sentence, at, year, None)
    given = [
        m.model_copy(update={"start": m.start + at, "end": m.end + at})
        for m in grade_mentions(sentence[at:ends])
    ]
    areas = {m.judgement for m in given}
    if None in areas or not areas:
        return []
    grade, before = told_before
    named_before = {m.judgement for m in before if m.grade == grade} - {None}
    apart = len(areas) >= 2 and len({m.grade for m in given}) >= 2
    also = {m.grade for m in given} == {grade} and named_before and not areas & named_before
    if not (apart or also):
        return []
    return [m.model_copy(update={"time_cue": "earlier", "years_near": [year]}) for m in given]


def adequate_given(sentence: str) -> JudgementName | None:
    """The judgement a pre-2013 'adequate' is given to ('Outcomes for looked after children
    were judged adequate', 'judged the council's capacity to improve as adequate'), by the
    rule today's grades are given by (``_grade_for``); None when it is given to none named.
    Extraction cannot tell that scale's grade from an earlier inspection's (none since 2013
    gives it: ``_previous``), so the check reads this only of a report on that scale
    (``check.grades.adequate_of_its_time``; grades17: the grade was checked against the
    whole service, and an 'adequate' given to a judgement graded inadequate was not
    flagged)."""
    if not _RATED_ADEQUATE.search(sentence):
        return None
    hits = list(ADEQUATE_RE.finditer(sentence))
    for judgement in JUDGEMENT_RE.finditer(sentence):
        if _grade_for(sentence, judgement, hits) is not None:
            return judgement.lastgroup  # type: ignore[return-value]  # a JudgementName
    return None


def first_grade(sentence: str) -> Grade | None:
    """The grade the sentence says was given for the first time, if any: the one 'first'
    comes right before ('its first “outstanding” rating'), else, when it says 'for the first
    time', the rating named last before that ('rated outstanding by Ofsted for the first
    time'), else the first one after it ('for the first time, rated outstanding'); only a
    rating in the clause saying it: in another ('judges care leavers separately for the
    first time, and Oxfordshire's were rated good') the first is of something else."""
    if m := _FIRST_GRADE.search(sentence):
        return grade_of(m["grade"])
    time = _FIRST_TIME.search(sentence)
    if time is None:
        return None
    ratings = [
        m
        for m in GRADE_RE.finditer(sentence)
        if _is_rating(sentence, m) and _one_clause(sentence, m.start(), time.start())
    ]
    before = [m for m in ratings if m.end() <= time.start()]
    after = [m for m in ratings if m.start() >= time.end()]
    chosen = before[-1] if before else after[0] if after else None
    return chosen.lastgroup if chosen else None


_COMMA_JOIN = re.compile(r",\s*(?:and|but|while|whilst|whereas|(?:al)?though|yet)\b", re.I)
"""A comma and a conjunction: the words after it are another clause, whatever its subject
('..., and Oxfordshire's were rated good')."""


def _one_clause(sentence: str, a: int, b: int) -> bool:
    """True when no conjunction between clauses (nor a stop) stands between ``a`` and ``b``."""
    a, b = min(a, b), max(a, b)
    return clause_start(sentence, b, Break.JOIN) <= a and not _COMMA_JOIN.search(sentence, a, b)


def _previous(sentence: str) -> tuple[int | None, Grade | None, int]:
    """The earlier inspection's year and grade, and where its mention begins (so that
    grade is not taken for the current one). The pre-2013 scale's 'adequate' is a grade
    of an earlier inspection (no inspection since 2013 gives it): 'rated adequate in
    2011' states one. A change of grade ('from good to outstanding') gives the earlier
    grade only: both grades stay in the sentence's grades, the first one timed as
    earlier."""
    m = _PREVIOUS_YEAR.search(sentence)
    if not m:
        change = _FROM_TO.search(sentence)
        since = SINCE_YEAR.search(sentence)  # the year a change of grade is counted from
        if change:
            year = change.group("y") or (since and since.group("y"))
            return int(year) if year else None, grade_of(change.group("then")), len(sentence)
        left = _MOVED_FROM.search(sentence) or _BETTERED.search(sentence) or _LOST.search(sentence)
        if left:
            year = left.groupdict().get("y") or (since and since.group("y"))
            return int(year) if year else None, grade_of(left.group("then")), left.start()
        if adequate := _RATED_ADEQUATE.search(sentence):
            year = YEAR.search(sentence, adequate.end()) or YEAR.search(sentence)
            return int(year.group()) if year else None, "adequate", adequate.start()
        counted = _CHANGED_SINCE.search(sentence) or CHANGE_ON_YEAR.search(sentence)
        if counted and not grade_mentions(sentence):
            # 'It is a step up from 2018' (drift48: no year read, so the last report was
            # compared, not the one of 2018, which there was none of)
            return int(counted["y"] or counted["z"]), None, len(sentence)
        return None, None, len(sentence)
    year = int(next(y for y in m.group("a", "b", "c", "d", "e", "f", "g", "h", "i") if y))
    left = _MOVED_FROM.search(sentence)
    if left and left.start() < m.start():
        # 'improved from requires improvement at its last inspection in 2018'
        return year, grade_of(left.group("then")), left.start()
    since = _FROM.search(sentence)
    anchor = min(m.start(), since.start() if since else m.start())
    now = _NOW.search(sentence, anchor)
    grade = RELEASE_OR_ADEQUATE_RE.search(
        sentence[anchor : _then_ends(sentence, m.end(), year, now.start() if now else None)]
    )
    if grade is None and (held := _HELD_AT.search(sentence[:anchor])):
        # 'which was rated requires improvement at its last inspection in 2022, is now good'
        return year, grade_of(held.group("then")), held.start()
    return year, grade_of(grade.group(0)) if grade else None, anchor


def _then_ends(sentence: str, after: int, year: int, now: int | None) -> int:
    """Where the words about the earlier inspection of ``year`` end: at 'now' or another
    year, whichever comes first ('At the last full inspection, in 2022, Blackpool required
    improvement, and in 2018 it was judged inadequate': 2018's grade is not 2022's)."""
    listed = years_listed_with(sentence, year)  # 'in 2015 and 2018': one grade for both
    other = next((y for y in YEAR.finditer(sentence, after) if int(y.group()) not in listed), None)
    if now is not None:
        # the clause saying 'this time' is today's: '..., were each given the top grade
        # this time' (drift28: its top grade was read as 2022's)
        now = max(after, clause_start(sentence, now, Break.COMMA))
    ends = [e for e in (now, other.start() if other else None) if e is not None]
    return min(ends, default=len(sentence))


_RATED_ADEQUATE = re.compile(
    rf"\b(?:{GRADING_VERBS}|found|assessed|deemed)\b"
    r"(?: (?!(?:good|outstanding|inadequate|requires?)\b)[\w’'-]+){0,6}?"
    r" ['‘\"“]?adequate\b|['‘\"“]adequate['’\"”]",
    re.I,
)
"""'Adequate' given as a grade: 'rated adequate in 2011', 'found services adequate', an
‘adequate’ rating; not 'adequate support'."""


_HELD_AT = re.compile(
    rf"(?P<then>{RELEASE_OR_ADEQUATE})\b[’”'\"]?(?:\W+overall)?\W+(?:(?:at|in|during)\W+"
    r"(?:(?:the|its|our|their)\W+)?|when\W+(?:ofsted\W+|inspectors\W+)?)$",
    re.I,
)
"""A grade said just before the earlier inspection it was given at: 'rated requires
improvement at its last inspection', 'rated good when Ofsted last visited in March 2022'."""
