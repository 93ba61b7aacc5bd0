"""What a claim about the council's run says: the words counting a run ('the third
consecutive time', 'for a decade'), a 'first' of councils or since a year, and the grade,
judgement and place a claim gives (``_claimed``).
"""

from __future__ import annotations

import re

from verify.types import Claim, Grade, GradeMention, JudgementName
from verify.words.clauses import clause_spans
from verify.words.councils import COUNCIL_WORD
from verify.words.dates import SINCE_YEAR
from verify.words.grades import GRADE, RELEASE_GRADE_RE, grade_of, grade_text
from verify.words.numbers import NUMBER, ORDINAL, number, ordinal

_ORDINAL = rf"({ORDINAL})"


_RUNNING = r"(?:in a row|running|in succession)"


_IN_A_ROW = re.compile(
    rf"\b{_ORDINAL} (?:consecutive|successive|straight) (?:[\w‘’'\"“”-]+ ){{0,3}}?"
    r"(?:time|inspection|occasion|rating|judgement|grade)s?\b"
    rf"|\b{_ORDINAL} (?:time|inspection)s? {_RUNNING}\b"
    rf"|\b({NUMBER}) (?:consecutive|successive) (?:[\w‘’'\"“”-]+ ){{0,3}}?"
    r"(?:inspection|rating|time|occasion|judgement|grade)s\b"
    rf"|\b({NUMBER}) (?:time|inspection)s {_RUNNING}\b"
    rf"|\b(twice) {_RUNNING}\b",
    re.I,
)
"""'the third consecutive time', 'its fourth consecutive good rating', 'three times in a
row', 'at three consecutive inspections', 'two consecutive inadequate ratings' (noticed23:
was no run), 'twice in a row', 'for the third inspection running' (history19: was read as
today's grade alone)."""


_BEFORE_THIS = re.compile(
    r"\b(?:after|following)\s+(?:(?:the|its|their)\s+)?$"
    r"|\bhad\s+(?:been\s+)?(?:[\w‘’'\"“”-]+\s+){0,3}$",
    re.I,
)
"""Words right before a run that tell it as ended before this inspection: 'after three
inspections in a row found them inadequate', 'had been rated inadequate three times in a
row' (noticed23, from findings22: counted from today's grade, which ended the run, a true
claim was contradicted)."""


_NTH_TIME = re.compile(
    rf"\b(?:the|a) {_ORDINAL} time\b(?! (?:in|since|under|this)\b)"
    rf"|\b(?:its|their|a) {_ORDINAL}\W{{1,3}}{GRADE}\W{{1,3}}(?:rating|grade|judgement)\b",
    re.I,
)
"""'Rated good for the second time', 'the third time it has been judged outstanding', 'its
second good rating': the grade given now and at so many inspections in all, not
necessarily in a row (history20: was read as today's grade alone, so a wrong count passed
as supported); not 'for the second time in a decade' nor 'since', a count within a span."""


def _times_in_a_row(row: re.Match) -> int:
    """3 for 'third consecutive time', 'three successive inspections' or '3rd in a row';
    2 for 'twice in a row'."""
    word = next(g for g in row.groups() if g)
    return 2 if word.lower() == "twice" else ordinal(word) or number(word) or 0


_SPAN = rf"(?:{NUMBER} years?|a decade)"


_YEARS_OF = re.compile(
    rf"\b(?P<n1>{_SPAN}) (?:of|as) (?:an? |being |consistently )?"
    rf"(?:overall )?['‘’\"“]?{GRADE}"
    rf"|\b{GRADE}['’\"”]?(?: \w+){{0,3}}? for (?:the (?:last|past) |more than |over )?"
    rf"(?P<n2>{_SPAN})\b",
    re.I,
)
"""'marks 10 years of an overall outstanding rating', 'rated good for the past six years'
('a decade'); a bare number counts something else ('two as outstanding', 'outstanding for
three of its judgements')."""


_FIRST_OF_MANY = re.compile(rf"\bfirst (?:{COUNCIL_WORD}|city|county|borough)\b", re.I)
"""'the first council to be outstanding' is about every council: a national claim."""


_FIRST_SINCE = re.compile(
    r"\bfirst (?:[\w-]+ ){0,3}inspection\b[^.;]{0,100}?" + SINCE_YEAR.pattern, re.I
)


_DATED = re.compile(
    r"^['’\"”]?\s*(?:overall\s+)?(?:in|during)\s+(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b"
)
"""A year printed right after a grade: 'rated good in 2022', '‘inadequate’ in March 2015'."""


def _printed_year(text: str, mention: GradeMention) -> int | None:
    """The year printed right after the grade in the claim's ``text``, if any."""
    around = mention.around(text)
    found = _DATED.match(around[1]) if around else None
    return int(found.group(1)) if found else None


def _claimed(claim: Claim, at: int | None = None) -> tuple[Grade, JudgementName | None, int] | None:
    """The grade the claim is about, its judgement (None: overall), and where it is: of a
    run counted at ``at`` ('good at two consecutive inspections'), the grade printed in the
    count's own clause, not one another clause gives an earlier inspection ('Barnet, which
    was rated inadequate in 2017, has now been good at two consecutive inspections')."""
    clause = _clause_at(claim.text, at)
    if clause is not None:
        a, b = clause
        own = [m for m in claim.values.grades if m.start is not None and a <= m.start < b]
        if own:
            return own[0].grade, own[0].judgement, own[0].start
        if claim.values.previous_year is not None and not claim.values.grades:
            return _printed_in(claim.text, clause)
    for mention in claim.values.grades:
        if mention.start is not None:
            return mention.grade, mention.judgement, mention.start
    grade = claim.values.previous_grade
    if grade is None or claim.values.grades:
        return None
    # Extraction read every grade as an earlier inspection's ('rated outstanding for the
    # past three years'): the run this module checks reaches back from it.
    at = claim.text.lower().find(grade_text(grade).lower())
    return (grade, None, at) if at >= 0 else None


def _printed_in(text: str, clause: tuple[int, int]) -> tuple[Grade, None, int] | None:
    """The one grade word printed in ``clause`` of ``text``, rated or not ('found them
    inadequate'), with where it is; None for none or several."""
    printed = list(RELEASE_GRADE_RE.finditer(text, *clause))
    if len(printed) != 1:
        return None
    return grade_of(printed[0].group()), None, printed[0].start()


def _clause_at(text: str, at: int | None) -> tuple[int, int] | None:
    """(start, end) of the clause of ``text`` holding offset ``at`` (None: no offset)."""
    if at is None:
        return None
    return next(((a, b) for a, b in clause_spans(text) if a <= at < b), None)


def _rated_now(claim: Claim) -> Grade | None:
    """The one grade a claim gives today ('rated good for the first time since 2013'),
    None when it gives none or several."""
    grades = {m.grade for m in claim.values.grades}
    return grades.pop() if len(grades) == 1 else None
