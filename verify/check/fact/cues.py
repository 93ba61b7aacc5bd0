"""Which visit or event a fact's words are of, read before any value is compared.

The words of the visit that a date, month or relative time beside them is the time of
('took place', 'inspectors were in ...', ``_visit_cues``), with the verbs of doing and the
social worker's visits they leave out; words that look back or name a starting point
(``_EARLIER_MONTH``, ``_years_of_visit``); and whether a claim tells of another visit than
the report's, earlier or to come (``_of_another_visit``, ``_of_another_time``). Each check
after this one asks it before it compares anything.
"""

from __future__ import annotations

import re

from verify.check.common import content_words
from verify.types import Report
from verify.words.dates import (
    AT_EARLIER_VISIT,
    EARLIER_VISIT,
    LOOKING_BACK_RE,
    OF_THE_VISIT,
    SINCE_BEFORE_YEAR,
    TO_COME,
    YEAR,
)


def _of_another_time(text: str, report: Report) -> bool:
    """True when the claim names a year the visit and its report do not span, or looks
    back ('the last inspection, in 2019, was led by ...'): who led another inspection is
    not this report's to settle."""
    days = [d for d in (report.inspection_start, report.inspection_end, report.published) if d]
    own = {d.year for d in days} | ({report.file_date.year} if report.file_date else set())
    return bool(_years_of_visit(text) - own) or bool(LOOKING_BACK_RE.search(text))


def _of_another_visit(text: str, report: Report) -> bool:
    """True when the claim tells the length or team of another visit than the report's:
    one it dates earlier ('At the last inspection in 2017, a team of four inspectors spent
    three weeks', ``AT_EARLIER_VISIT``; 'The previous inspection, in 2017, lasted four
    weeks'; 'In 2017, inspectors spent three weeks', a year before this visit in a
    sentence naming none of its own: 'a two-week inspection in January 2026, ... after
    the deaths ... in 2000' is this one's) or one to come ('will return in three years'
    time for a one-week inspection', ``TO_COME``). Each was compared with this visit and
    contradicted."""
    start, end = report.inspection_start, report.inspection_end or report.inspection_start
    own = {d.year for d in (start, end) if d}
    names_own = any(int(y.group()) in own for y in YEAR.finditer(text))
    subject = _OWN_SUBJECT.match(text)
    for m in AT_EARLIER_VISIT.finditer(text):
        year = m["y"] or m["z"]
        if year is None:
            return True
        if m["y"] and subject and m.start() > subject.end() + _YEAR_OF_SUBJECT:
            continue  # 'The inspection, ..., found that problems raised in 2010 ...'
        if start is not None and int(year) < start.year and (m["z"] or not names_own):
            return True
    return bool(_EARLIER_SUBJECT.match(text) or TO_COME.search(text))


_OWN_SUBJECT = re.compile(
    r"\W*(?:the|this|its)\s+(?:latest\s+|recent\s+|[\w-]+-(?:long|day|week)\s+)?"
    r"(?:inspection|visit)\b",
    re.I,
)
"""The visit at hand as the sentence's subject ('The inspection, carried out over a
fortnight ...', 'The fortnight-long inspection'): a year 'in 2010' far after it dates what
it found ('problems raised in 2010'), not the visit."""
_YEAR_OF_SUBJECT = 12
"""Characters after the subject within which 'in YEAR' still dates it ('The inspection in
2017 lasted ...')."""
_EARLIER_SUBJECT = re.compile(rf"\W*(?:the|its|their)\s+{EARLIER_VISIT.pattern}", re.I)
"""An earlier visit as the sentence's subject ('The previous inspection, in 2017, ...')."""


def _word_start(text: str, at: int) -> int:
    """``at`` moved back to the start of the word it falls in, so a window cut there
    still holds that word whole ('Inspectors were in ...' read from 'nspectors' misses it)."""
    at = max(0, at)
    while at > 0 and text[at - 1].isalnum():
        at -= 1
    return at


def _years_of_visit(text: str) -> set[int]:
    """Years that may date the visit: all the sentence names but a starting point ('the
    first inspection since 2017')."""
    return {
        int(m.group())
        for m in YEAR.finditer(text)
        if not _SINCE_BEFORE.search(text[max(0, m.start() - 12) : m.start()])
    }


_SINCE_BEFORE = re.compile(SINCE_BEFORE_YEAR + "$", re.I)


_MONTH_NEAR = 40
_EARLIER_MONTH = re.compile(
    r"\b(?:since|last|previous|earlier|before|until|prior to)\s+(?:(?:the|this|that)\s+)?$", re.I
)


_CLAUSE_END = re.compile(r"[.;:!?]\s")


_PUBLISHED = re.compile(r"\b(publish\w*|released|out today|today)\b", re.I)
_ON_SITE = re.compile(
    r"\b(visit\w*|inspected|inspection|on site|carried out|conducted|took place|spent|returned|"
    r"inspectors (?:were|was) (?:in|at))\b",
    re.I,
)
"""Words of the visit a date or month beside them is the time of ('inspectors were in
Blackpool during September'); inspectors 'returned' for the visit's second part ('and
returned for four more days in February': drift53, the month unread)."""
_DOING = re.compile(r"carried out|conducted|took place|spent|returned", re.I)
_VISIT_NOUN = re.compile(r"\b(?:inspect\w*|visit\w*|HMI|Ofsted|watchdog|regulator)\b", re.I)


_PEOPLE_VISITED = re.compile(
    r"\s+(?:to\s+)?(?:(?:the|their|all|a|every|each|some)\s+)?"
    r"(?:(?!child\w*[’']s\s+(?:services|social\s+care)\b)child\w*|famil\w+|young\b"
    r"|parents?\b|carers?\b|homes?\b|them\b|him\b|her\b|bab\w+)",
    re.I,
)
_HOME_VISIT = re.compile(
    r"\b(?:home|statutory|social\s+workers?(?:’|')?s?)\s+$"
    r"|\b(?:child\w*|famil\w+|young\s+people|parents|carers|bab\w+)\s+"
    r"(?:were|was|are|is|have\s+been|had\s+been)\s+(?:\w+ly\s+)?$",
    re.I,
)
"""A social worker's visit to a child or family ('visits to children in care', 'visited
families', 'statutory visits', 'children were visited regularly'), no visit of the
inspectors: inspectors visit a council, not its children; but they inspect its
children's services ('Ofsted inspected children's services in Brighton & Hove between 9
and 20 July 2018': drift44, read as a visit to children, so no date was compared)."""


def _visit_cues(text: str) -> list[re.Match]:
    """The words of the visit in ``text`` (``_ON_SITE``); a verb of doing anything ('carried
    out', 'took place', 'spent', 'returned') only when the words before it in its sentence name the
    visit or its inspectors ('the inspection, carried out in March'), or nothing but a
    pronoun ('It took place in March'): in 'The audits of children's files carried out
    last year' and 'the council spent £2 million last year' the time is the audits' and
    the spending's (was the visit's, and contradicted by its dates); nor a social worker's
    visit ('visits to children in care last year', ``_PEOPLE_VISITED``)."""
    cues = [m] if (m := OF_THE_VISIT.match(text)) else []  # 'which began on ...': the visit's
    for m in _ON_SITE.finditer(text):
        if _PEOPLE_VISITED.match(text, m.end()) or _HOME_VISIT.search(text, 0, m.start()):
            continue
        if _DOING.fullmatch(m.group()):
            before = _CLAUSE_END.split(text[: m.start()])[-1]
            if not _VISIT_NOUN.search(before) and content_words(before):
                continue
        cues.append(m)
    return cues
