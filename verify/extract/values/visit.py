"""The visit's own values: its length, its team, its lead inspector, its months.

Days and weeks (``_durations``), the team's HMI and whole size (``_team_hmi``,
``_team_size``), the lead inspector, the framework and months named without a day
(``bare_months``). Each is the visit's only where the clause speaks of the visit or
Ofsted's team: a duration written onto another noun or a time allowed, a team of others
or of another inspectorate, is none. ``_VISIT`` is read again by ``parse.fact_clause``.
"""

from __future__ import annotations

import re

from verify.words.clauses import JOINED_CLAUSE, opens_with_subject
from verify.words.dates import (
    AHEAD_OF_DATE,
    FOR_A_PURPOSE,
    PART_OF_MONTH,
    TIME_ALLOWED,
    date_spans,
)
from verify.words.numbers import MONTH as _MONTH
from verify.words.numbers import NUMBER as _NUM
from verify.words.numbers import month_number, number
from verify.words.speakers import LEAD_NAMED, LED_BY, OTHER_INSPECTORATE, framing_blanked

_DURATION = re.compile(
    rf"(?<!\bevery )(?<!\bwithin )(?<!\bwithin the )(?<!\bbetween )(?<!\bup to )"
    rf"\b(?P<n>{_NUM})[- ](?:working[- ])?(?P<unit>day|week)s?\b"
    r"(?!\s+(?:after|before|later|ago|since|until|between"
    r"|to\s+(?:publish|produce|release|issue|write|report))\b)"
    r"(?!\s+(?:a|per|each|every)\s+(?:day|week|fortnight|month|year)\b)"
    r"(?!\s+(?:quicker|faster|sooner|slower|longer|shorter|less|more|earlier\s+than)\b)"
    r"|\b(?:a |one )?(?P<fortnight>fortnight)\b"
    r"|\b(?P<week>week)[- ]long\b"
    r"|\b(?:for|over|spent|lasted|lasting) (?:a|one)(?: single)? (?P<a_week>week)\b",
    re.I,
)
"""'a two-week inspection', '10 days'; 'a fortnight' is two weeks, 'week-long', 'spent a
week' and 'over a single week' one ('once a week' is no duration, nor 'six weeks after the
inspection', 'seven weeks since the inspection' or 'six weeks to publish its findings', a
time between two events; nor a frequency or a time limit, 'visited every six weeks', 'seven
days a week', 'within 45 working days', 'within the 15 days expected', 'up to 12 weeks': each
was the visit's, and contradicted; nor a range, 'between three and seven weeks', drift32;
nor a difference, 'placed with their adoptive families 83 days quicker than the England
average', drift35)."""
_HMI = r"(?:(?:Her|His) Majesty(?:’|')s Inspectors|HMIs?|inspectors)"
"""The inspectors a team counts ('eight HMI', 'three of His Majesty's Inspectors')."""
_TEAM = re.compile(rf"\b(?P<n>{_NUM}) (?:of )?(?:ofsted )?{_HMI}\b", re.I)
"""A count of inspectors: 'eight HMI', 'a team of eight Ofsted inspectors' (drift49: the
inspectorate's name between was read as no count, and the team went unchecked)."""
_STRONG_TEAM = r"[- ]strong (?:inspection |ofsted )?team"
"""'-strong team' after a number: the whole team's size ('a 10-strong team from Ofsted')."""
_TEAM_SIZE = re.compile(
    rf"\b(?P<n>{_NUM}){_STRONG_TEAM}\b"
    rf"|\b(?:inspection|ofsted) team of (?P<m>{_NUM})\b"
    rf"(?! (?:of )?{_HMI})",
    re.I,
)
"""The whole team's size: 'a 10-strong team from Ofsted', 'an inspection team of eight'."""
_OFSTED_NEAR = re.compile(r"\b(?:ofsted|inspect\w*)\b", re.I)


def lead_inspector(sentence: str) -> str | None:
    """Who the sentence says led the inspection: by 'led by' or with the lead as subject."""
    if led := LED_BY.search(sentence):
        return led.group("name")
    if led := LEAD_NAMED.search(sentence):
        return next(name for name in led.groups() if name)
    return None


_TEAM_SUBJECT = re.compile(
    rf"^\W*(?:an?|the)\s+(?:(?:[\w-]+\s+)?team\s+of\s+{_NUM}\s+(?:of\s+)?{_HMI}"
    rf"|{_NUM}{_STRONG_TEAM}(?:\s+from\s+ofsted)?)"
    r"(?:\s*\([^)]*\))?(?=\s+(?:also\s+|then\s+)?[a-z])",
    re.I,
)


def team_subject_end(sentence: str) -> int | None:
    """Where a team opening the sentence as its subject ends ('A team of six of Her
    Majesty's Inspectors looked at 57 case files ...', 'A team of eight inspectors spent
    four weeks ...', 'A 10 strong team from Ofsted spent three weeks ...'), or None: the
    team is a fact of its own, apart from what the sentence says it did (drift35, drift37
    and the dev part's liverpool_2014: a wrong team flagged the right weeks, months and
    files told after it)."""
    found = _TEAM_SUBJECT.match(sentence)
    return found.end() if found else None


def _team_hmi(sentence: str) -> int | None:
    """The inspectors the sentence gives the whole visit ('eight HMI'): not another
    inspectorate's, nor those of one part of a visit in two ('with a second visit by three
    inspectors at the end of January', of a 10-strong team: drift34, contradicted)."""
    m = None if OTHER_INSPECTORATE.search(sentence) else _TEAM.search(sentence)
    if m is None or _PART_VISIT.search(sentence[: m.start()]):
        return None
    return number(m.group("n"))


_PART_VISIT = re.compile(
    r"\b(?:second|return|follow[- ]up|further|later|separate)\s+(?:\w+\s+)?"
    r"(?:visit|week|stage|phase)\b[^.;:]*$",
    re.I,
)
"""One part of a visit in two ('a second visit by', 'a return visit of', 'a follow-up week
with') just before a count of inspectors: the count is of that part's team."""


def _team_size(sentence: str) -> int | None:
    """The whole team's size, when the sentence is about Ofsted's team: not a team of
    others a finding names ('A 12-strong team of social workers supports care leavers,
    Ofsted found': Ofsted frames the finding; the team is the council's), nor one with
    another inspectorate ('Three inspectors from the Care Quality Commission'). Each was
    compared with the printed team and contradicted."""
    m = _TEAM_SIZE.search(sentence)
    if m is None or not _OFSTED_NEAR.search(framing_blanked(sentence)):
        return None
    if _TEAM_OF_OTHERS.match(sentence, m.end()) or OTHER_INSPECTORATE.search(sentence):
        return None
    return number(m.group("n") or m.group("m"))


_TEAM_OF_OTHERS = re.compile(
    r"\s+of\s+(?!(?:(?:her|his)\s+majesty|ofsted|inspectors?|hmis?|social\s+care\s+regulatory)\b)",
    re.I,
)
"""'a 12-strong team of social workers': a team the words after it say is not inspectors."""


_VISIT = re.compile(
    r"\b(?:inspect\w*|visit\w*|took place|carried out|conducted|on site|spent|team|ofsted)\b",
    re.I,
)
"""Words of the visit or its team: a duration or date is the inspection's only in a clause
that speaks of them ('conferences held within 15 days' is a duration of something else)."""


_A_STAY = re.compile(r"-(?:day|week)s?(?:\s+long)?\s+(?:period|stint|spell|stay)\b", re.I)
"""A duration written onto a span of time ('for a two-week period'): the visit's, in a
clause speaking of it."""
_OF_ANOTHER_NOUN = re.compile(r"-(?:day|week)s?(?:\s+[a-z][\w’'-]*){1,3}", re.I)
"""A duration written onto the noun it measures ('a 12-week recruitment drive')."""


def _durations(sentence: str) -> tuple[int | None, int | None]:
    """The days and weeks a clause speaking of the visit gives it ('a two-week inspection',
    'spent five days'; inspectors framing a finding, 'inspectors found', speak of no visit);
    not a duration written onto another noun ('The five-day inspection
    came at the end of a 12-week recruitment drive': the drive's, was contradicted), nor
    one in a joined clause of its own that names no visit ('..., inspectors said, and most
    care proceedings conclude in an average of 27 weeks': drift30, contradicted)."""
    days = weeks = None
    if not _VISIT.search(framing_blanked(sentence)):
        return days, weeks  # 'Children wait up to 12 weeks ..., inspectors found
    for m in _DURATION.finditer(sentence):
        if _measures_another_noun(sentence, m) or _time_allowed(sentence, m):
            continue
        if not _in_a_clause_of_the_visit(sentence, m) or _RANGE_TO.search(sentence, 0, m.start()):
            continue
        if m["fortnight"] or m["week"] or m["a_week"]:
            weeks = weeks or (2 if m["fortnight"] else 1)
        elif m.group("unit").lower() == "day":
            days = days or number(m.group("n"))
        else:
            weeks = weeks or number(m.group("n"))
    return days, weeks


_RANGE_TO = re.compile(rf"\bbetween\s+{_NUM}\s+and\s+$", re.I)
"""The words before a range's upper end ('between three and seven weeks'): a spread of
times, never a visit's length."""


def _in_a_clause_of_the_visit(sentence: str, m: re.Match) -> bool:
    """True when the joined clause holding the duration at ``m`` (split at ', and', ',
    but', ';': not at a bare comma, which parts a visit's own phrases, 'Over two weeks in
    March, inspectors ...'; read with the clause before when it has no subject of its own,
    'The inspection began on 25 April, ..., and lasted four weeks') speaks of the visit or
    its team."""
    joins = list(JOINED_CLAUSE.finditer(sentence))
    starts = [0, *(j.end() for j in joins if j.end() <= m.start())]
    while len(starts) > 1 and not opens_with_subject(sentence[starts[-1] :]):
        starts.pop()  # 'and lasted four weeks': the clause before's subject, its visit
    end = min((j.start() for j in joins if j.start() >= m.end()), default=len(sentence))
    return bool(_VISIT.search(framing_blanked(sentence[starts[-1] : end])))


def _time_allowed(sentence: str, m: re.Match) -> bool:
    """True when the duration at ``m`` is a time allowed to do something ('has 70 working
    days to send Ofsted a plan'): words of allowing before it, a purpose after it."""
    return bool(TIME_ALLOWED.search(sentence, 0, m.start())) and bool(
        FOR_A_PURPOSE.match(sentence, m.end())
    )


def _measures_another_noun(sentence: str, m: re.Match) -> bool:
    """True when the duration at ``m`` is written onto a noun ('12-week recruitment drive')
    and no word of the visit stands in the few words it measures."""
    start = m.start("unit") - 1 if m["unit"] else m.start()
    onto = _OF_ANOTHER_NOUN.match(sentence, start)
    if onto is None or sentence[start] != "-":
        return False
    return not _VISIT.search(sentence, onto.start(), onto.end()) and not _A_STAY.match(
        sentence, onto.start()
    )


_BARE_MONTH = re.compile(
    rf"\b(?:in|during|between|and|from|to|until|over|of|last|across|through|throughout|into)"
    rf" {PART_OF_MONTH}?(?P<m>{_MONTH})\b(?! \d{{1,2}}\b)"
)


def bare_months(sentence: str) -> list[int]:
    """Months named without a day ('a five-day inspection in March', 'during January
    and February', 'over seven days across July and August': was August alone, and a
    visit begun in July was contradicted; 'between late November and mid-December': was
    none), as 1-12; months of full dates are in ``parse_dates``. Not a month of a visit or
    report to come ('its latest inspection, due in May', ``AHEAD_OF_DATE``: session 23's
    derived sets, contradicted as the month of the inspection reported)."""
    taken = date_spans(sentence)
    return sorted(
        {
            month_number(m.group("m"))
            for m in _BARE_MONTH.finditer(sentence)
            if not any(a <= m.start("m") < b for a, b in taken)
            and not AHEAD_OF_DATE.search(sentence, 0, m.start("m"))
        }
    )
