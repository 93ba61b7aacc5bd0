"""Every value a sentence states, in one ``ClaimValues``, and the clause that states a fact.

``parse_values`` brings together the readings of the modules before it, with the
national count and share; ``inherit_grades`` gives a sentence referring back ('These
areas include ...') the grade before it, ``judgement_pointed_back`` the judgement ('That
judgement is now good'); ``fact_clause`` splits off a clause stating the
visit's dates, length or team on its own, judged by parsing that clause.
"""

from __future__ import annotations

import re

from verify.extract.kinds import stated_visit
from verify.extract.values.counts import _quantifier, improvement_count, moved_count
from verify.extract.values.earlier import (
    _graded_now_after,
    _previous,
    areas_graded_then,
    first_grade,
)
from verify.extract.values.mentions import grade_mentions
from verify.extract.values.no_grade import _scale_from
from verify.extract.values.timing import _before_then, _timed, relative_times
from verify.extract.values.visit import (
    _VISIT,
    _durations,
    _team_hmi,
    _team_size,
    bare_months,
    lead_inspector,
    team_subject_end,
)
from verify.types import ClaimValues, GradeMention
from verify.words import FRAMEWORK_NAMED
from verify.words.changes import CHANGE_ON_YEAR, direction_of, grade_steps
from verify.words.clauses import Break, clause_spans, joined_at
from verify.words.councils import COUNCILS_WORD
from verify.words.dates import AT_EARLIER_VISIT, PUBLISHED_WHEN, SINCE_LAST, parse_dates
from verify.words.grades import RELEASE_GRADE_RE as GRADE_RE
from verify.words.judgements import RELEASE_JUDGEMENT_RE as JUDGEMENT_RE
from verify.words.numbers import NUMBER as _NUM
from verify.words.numbers import number
from verify.words.speakers.verbs import SAYING_VERBS

_NATIONAL_COUNT = re.compile(
    rf"\b(?:only|one of(?: only| just)?|just) (?P<n>\d{{1,3}}|{_NUM}) (?:other )?"
    rf"{COUNCILS_WORD}\b",
    re.I,
)
_NATIONAL_PCT = re.compile(r"\btop (?P<n>\d{1,3}) ?(?:%|per ?cent)", re.I)


def parse_values(sentence: str, year_hint: int | None = None) -> ClaimValues:
    """Every value the sentence states, parsed; missing ones stay None/empty."""
    prev_year, prev_grade, prev_at = _previous(sentence)
    scale = _scale_from(sentence)
    if scale < len(sentence) and not GRADE_RE.search(sentence, 0, scale):
        prev_grade = None  # 'range from outstanding to inadequate': the scale's two ends
    if prev_year in (_before_then(sentence) or ()):
        prev_year = None  # 'Before the 2021 inspection, ...': not 2021's inspection
    before = grade_mentions(sentence[:prev_at])
    grades = [_timed(sentence, m, year_hint) for m in before]
    grades += [_timed(sentence, m, year_hint) for m in _graded_now_after(sentence, prev_at)]
    grades = relative_times(sentence, grades)
    if apart := areas_graded_then(sentence, prev_at, prev_year, (prev_grade, before)):
        grades, prev_grade = grades + apart, None
    quantifier, count, of_total, percent, all_but = _quantifier(sentence)
    days, weeks = _durations(sentence)
    framework = FRAMEWORK_NAMED.search(sentence)
    national = _NATIONAL_COUNT.search(sentence)
    national_pct = _NATIONAL_PCT.search(sentence)
    values = ClaimValues(
        grades=grades,
        quantifier=quantifier,
        count=count,
        of_total=of_total,
        all_but=all_but,
        percent=percent if percent is not None else _num(national_pct, "n"),
        dates=parse_dates(sentence, year_hint),
        months=bare_months(sentence),
        duration_days=days,
        duration_weeks=weeks,
        team_hmi=_team_hmi(sentence),
        team_total=_team_size(sentence),
        lead_inspector=lead_inspector(sentence),
        framework=("ILACS" if framework.group("ilacs") else "SIF") if framework else None,
        previous_year=prev_year,
        previous_grade=prev_grade,
        first_grade=first_grade(sentence),
        direction=direction_of(sentence),
        grade_steps=grade_steps(sentence),
        national_count=number(national.group("n")) if national else None,
        improvements=improvement_count(sentence),
        authority=None,
    )
    values.counts_moved = moved_count(sentence, values)
    if (older := CHANGE_ON_YEAR.search(sentence)) and prev_year and int(older["y"]) < prev_year:
        # 'At the previous inspection, in autumn 2021, the city council was rated good ...,
        # an improvement on 2017' (drift40): the change is 2021's from 2017, not today's
        # from 2021, which the earlier report's grades alone settle.
        values.direction = None
    return values


_ANAPHOR = re.compile(r"^(?:these|those|both|they|the two|the areas)\b", re.I)


def inherit_grades(sentence: str, previous: ClaimValues) -> list[GradeMention]:
    """Grades for a sentence that names judgements but refers back for the grade:
    "rated ‘Outstanding’ in 50 per cent of areas. These areas include ‘The experiences
    and progress of care leavers’ and ..." gives outstanding for each area named."""
    if not previous.grades or not _ANAPHOR.match(sentence.strip(" “‘\"'")):
        return []
    return _given_each(previous.grades[0], [m.lastgroup for m in JUDGEMENT_RE.finditer(sentence)])


def _given_each(grade: GradeMention, named: list[str]) -> list[GradeMention]:
    """``grade`` given to each judgement ``named``: grades a sentence takes from another."""
    return [
        GradeMention(grade=grade.grade, judgement=name, printed=grade.printed) for name in named
    ]


_GIVEN_TO_THE_LIST = re.compile(
    r"\W*(?:(?:for|in|across)(?:\s+(?:the|these|each|all|every|of)){0,3}"
    r"(?:\s+(?:following|areas?|judgements?|parts?|inspected|of|the|service))*)?\s*:\s*$",
    re.I,
)
"""What follows the grade of a list's introduction up to its colon: the list it gives the
grade to ('good for:', 'good in the following areas:'), not another clause ('inadequate,
and said it must improve:', whose list is what must improve)."""


def list_introduced(sentence: str, values: ClaimValues) -> GradeMention | None:
    """The grade a list's introduction gives the list after it, given to nothing the
    sentence names ('The council was graded good for:'); None when ``sentence`` (its
    ``values``) introduces no such list."""
    grades = {g.grade for g in values.grades}
    if len(grades) != 1 or values.count is not None:
        return None
    last = values.grades[-1]
    if last.judgement is not None or last.end is None:
        return None
    return values.grades[0] if _GIVEN_TO_THE_LIST.match(sentence, last.end) else None


def listed_grades(item: str, introduced: GradeMention) -> list[GradeMention]:
    """Grades for a list item naming judgements under an introduction that gives their
    grade ('The council was graded good for:' then '- the experiences and progress of
    children in care'): each judgement named, once, takes the introduction's grade
    (drift36: the items made no claim, so a wrong grade there would go unchecked)."""
    return _given_each(
        introduced, list(dict.fromkeys(m.lastgroup for m in JUDGEMENT_RE.finditer(item)))
    )


_THAT_JUDGEMENT = re.compile(
    r"^\W*(?:(?:but|and|yet)\s+)?(?:that|this)\s+(?:judgement|area|part\s+of\s+the\s+service)\b",
    re.I,
)
"""A subject pointing back to one judgement named before ('That judgement has now moved up
a grade to good', 'This area is now outstanding'): not 'That rating', 'This grade', which
tell the service's grade as often as an area's."""


def judgement_pointed_back(
    sentence: str, before: str, grades: list[GradeMention]
) -> list[GradeMention]:
    """``grades`` with the judgement a subject pointing back (``_THAT_JUDGEMENT``) stands
    for given to each that names none: the judgement the sentence ``before`` names last,
    the nearest antecedent ("... had judged the service good overall but found that help
    and protection required improvement. That judgement has now moved up a grade to good":
    help and protection's, history24, was the service's overall grade and contradicted).
    ``grades`` as they are when the sentence names a judgement of its own, does not point
    back, or the sentence before names none."""
    if not _THAT_JUDGEMENT.match(sentence) or JUDGEMENT_RE.search(sentence):
        return grades
    named = [m.lastgroup for m in JUDGEMENT_RE.finditer(before)]
    if not named:
        return grades
    return [g if g.judgement else g.model_copy(update={"judgement": named[-1]}) for g in grades]


_LOOKING_BACK = re.compile(
    r"\b(?:previous\w*|earlier|former|prior|last (?:\w+ )?(?:inspection|visit|report)"
    r"|(?:last|previously) (?:inspected|visited|came)|last time)\b",
    re.I,
)
"""Words that put a clause's date on an earlier inspection ('its previous inspection
report published in March 2020', 'Ofsted last inspected ... in December 2010'), not this
one."""


def fact_clause(sentence: str, year_hint: int | None = None) -> tuple[tuple[int, int], ...]:
    """``(fact, rest)`` spans when the sentence states the inspection's dates, months,
    duration, team or the years since the last one in a clause of its own at its start or
    its end, and something else in the rest ("Following a four-week inspection in
    February, inspectors found ...", "... rated good in its latest inspection, which took
    place between 11 and 21 July"); empty otherwise, and when the rest dates it to an
    earlier visit ('At the last inspection in 2017, a team of four inspectors spent three
    weeks': split off, the team and weeks were this visit's and contradicted); a team
    opening the sentence as its subject is split from what it did (``team_subject_end``).
    Each part is its own claim, so a wrong date is flagged on the words that state it, and
    the rest is judged on its own.
    """
    team = team_subject_end(sentence)
    if team is not None and sentence[team:].strip(" .,;") and not _HUNG.search(sentence, team):
        return (0, team), (team, len(sentence))
    spans = _with_trailing_visit(sentence, clause_spans(sentence, Break.BOUND))
    if len(spans) < 2:
        return ()
    starts, ends = [joined_at(sentence, a, b) for a, b in spans], [b for _, b in spans]
    stating = [
        i
        for i, (a, b) in enumerate(zip(starts, ends, strict=True))
        if states_visit(sentence[a:b], year_hint)
    ]
    if not stating:
        return ()
    framed = (
        not (m["y"] or m["z"])  # a year is weighed against the visit's when checked
        for i, (a, b) in enumerate(zip(starts, ends, strict=True))
        if i not in stating
        for m in AT_EARLIER_VISIT.finditer(sentence, a, b)
    )
    if any(framed):
        return ()  # 'At the last inspection in 2017, a team of four ...': that visit's team
    lo, hi, last = stating[0], stating[-1], len(starts) - 1
    if lo == 0 and hi < last:
        return (0, ends[hi]), (starts[hi + 1], len(sentence))
    if hi == last and lo > 0:
        return (starts[lo], len(sentence)), (0, ends[lo - 1])
    if lo == hi == 1 and _SUBJECT_DATED.match(sentence, ends[0]):
        # 'The inspection, which took place over two weeks in May, looked at ...': the
        # subject and the clause dating it, apart from what the sentence says it did
        # (written24's newcastle: a wrong length flagged the right areas looked at).
        return (0, ends[hi]), (starts[hi + 1], len(sentence))
    if lo == hi == last - 1 and (frame := _CLOSING_FRAME.match(sentence, starts[last])):
        # 'The council was judged outstanding in all four areas after a fortnight-long
        # inspection in September, the report published yesterday shows.': the visit apart
        # from the grade and from the frame, which dates the report (drift47: one claim,
        # the wrong length flagged the right grade and day).
        fact, rest = (starts[hi], ends[hi]), (0, ends[lo - 1])
        return (fact, rest, (starts[last], len(sentence))) if frame["when"] else (fact, rest)
    return ()


_CLOSING_FRAME = re.compile(
    r"\W*(?:the|its|their|ofsted(?:’|')s)\s+(?:[\w-]+\s+)?report"
    rf"(?P<when>,?\s+{PUBLISHED_WHEN.pattern})?,?\s+(?:{SAYING_VERBS}|shows?|showed)\W*$",
    re.I,
)
"""A frame closing the sentence on the report that says it ('..., the report published
yesterday shows.'), with the day it was published or not: no finding of its own."""


_SUBJECT_DATED = re.compile(
    r",\s*(?:which|that)\s+(?:took\s+place|ran|lasted|was\s+carried)\b", re.I
)
"""A relative clause telling when or how long the visit was, hung on the sentence's subject
between commas ('The inspection, which took place over two weeks in May, ...')."""
_HUNG = re.compile(r",\s*(?:which|who|where|when)\b", re.I)
"""A relative clause hung on what the team did ('carried out the inspection, which began on
14 January'): the clauses, not the team, split that sentence."""


def _with_trailing_visit(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with each split before a phrase ending it that tells the visit with no
    clause break before it ('... rated good in every area by Ofsted after a three-week
    inspection last month': drift31, the rating and the visit's length were one claim, so a
    wrong length flagged the right grade; '... judged outstanding in all four areas after a
    fortnight-long inspection in September, the report published yesterday shows': drift47,
    the same, the phrase ending a clause before the sentence's last)."""
    split: list[tuple[int, int]] = []
    for a, b in spans:
        m = _TRAILING_VISIT.search(sentence, a, b)
        if m is None or not sentence[a : m.start()].strip():
            split.append((a, b))
        else:
            split += [(a, m.start()), (m.start(), b)]
    return split


_TRAILING_VISIT = re.compile(
    r"\s+(?=(?:after|following)\s+(?:a|an|the|its|their)\s+[^,;.]{0,40}?"
    r"\b(?:inspection|visit)\b[^,;]*$)",
    re.I,
)
"""Where a visit's phrase closes a clause ('after a three-week inspection last month',
'following a four-week inspection in April and May')."""


_AT_THE_TIME_OF = re.compile(
    r"\b(?:at|by)\s+the\s+time\s+of\s+(?:the|this|its|their)\s+(?:inspection|visit)\b", re.I
)
"""The visit as a point in time a figure is given at ('fallen from 780 in March 2015 to 635
at the time of the inspection', drift49: the figure's month read as the visit's, and the
finding as an inspection fact): no words of the visit itself."""


def states_visit(clause: str, year_hint: int | None) -> bool:
    """A clause about the visit stating a value its printed facts settle: its dates,
    months, length or team."""
    if SINCE_LAST.search(clause):
        return True
    if not _VISIT.search(_AT_THE_TIME_OF.sub(" ", clause)) or _LOOKING_BACK.search(clause):
        return False
    v = parse_values(clause, year_hint)
    if v.grades or v.previous_grade:
        return False  # a clause that grades is a rating's ('an inspection in 2015 found
        # them to be inadequate'), not the visit's account of itself
    return bool(v.dates or v.months or stated_visit(v))


def _num(m: re.Match | None, group: str) -> float | None:
    return float(m.group(group)) if m else None
