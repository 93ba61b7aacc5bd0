"""The one date parser, for release sentences, report cover pages and file names.

Dates are printed '11 September 2017', 'January 12, 2024', '2 to 13 January 2023',
'13 May 2014 – 05 June 2014', '16/01/2019', 'Feb' for February and, in Ofsted's file
names, '12 january 2024'. A date without a year borrows the year of the next date in its
range or list ('between 11 September and 5 October 2017'), else the hint.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from verify.words.numbers import MONTH, NUMBER_WORDS, month_number

_MONTH_WORD = r"[A-Za-z]{3,9}"
_DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
_DMY = re.compile(rf"\b{_DAY}\s+(?P<m>{_MONTH_WORD})\b(?:,?\s+(?P<y>\d{{4}}))?\b")
_MDY = re.compile(rf"\b(?P<m>{_MONTH_WORD})\s+{_DAY}\b(?:,?\s+(?P<y>\d{{4}})\b)?")
_RANGE_START = re.compile(
    rf"\b{_DAY} ?(?:to|and|-|–) ?(?=\d{{1,2}}(?:st|nd|rd|th)?,? (?P<m>{_MONTH_WORD})\b)"
)
"""The first day of a range within one month: the 2 of '2 to 13 January 2023'."""
_NUMERIC = re.compile(r"\b(?P<d>\d{1,2})/(?P<m>0?[1-9]|1[0-2])/(?P<y>\d{4})\b")


_JOINED_DATES = re.compile(
    r"[\s,]*(?:(?:to|and|until|till|through|or|&|-|–|—)[\s,]*)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day[\s,]*)?",
    re.I,
)
"""What may stand between two dates of one range or list ('11 September and 5 October',
'Monday 15 May to Friday 19 May')."""


def parse_dates(text: str, year_hint: int | None = None) -> list[date]:
    """Every full date in ``text``, sorted and without repeats. A date without a year
    borrows the year of the date right after it in one range or list ('between 11
    September and 5 October 2017'), never of a date further on, which dates something else
    ('between 15 and 19 May, a year after the hub opened on 3 April 2022'): the hint."""
    hits = []
    for rx in (_DMY, _MDY, _RANGE_START, _NUMERIC):
        for m in rx.finditer(text):
            month = int(m.group("m")) if rx is _NUMERIC else month_number(m.group("m"))
            if month is not None:
                hits.append((m.start(), m.end(), int(m.group("d")), month, m.groupdict().get("y")))
    hits.sort()
    found, next_year, next_start = [], year_hint, None
    for start, end, day, month, year in reversed(hits):
        joined = next_start is not None and (
            end >= next_start or _JOINED_DATES.fullmatch(text, end, next_start)
        )
        y = int(year) if year else next_year if joined else year_hint
        next_start, next_year = start, y
        if y is None:
            continue
        try:
            found.append(date(y, month, day))
        except ValueError:
            continue
    return sorted(set(found))


_MONTH_YEAR = re.compile(rf"\b(?P<m>{_MONTH_WORD}),?\s+(?P<y>(?:19|20)\d\d)\b")


def own_years(text: str) -> set[int]:
    """The years a release dates its own time in: the years it dates something in (a full
    date, or a month and year: 'published 24 November 2017', 'inspected in March 2019')
    within a year of the latest, so an inspection in one year published the next is its
    own. A grade given another year ('graded good as part of Telford's inspection in 2016')
    is an earlier inspection's. Bare years are left out: a release tells its history by
    them ('judged inadequate in 2016')."""
    years = {d.year for d in parse_dates(text)}
    years |= {int(m.group("y")) for m in _MONTH_YEAR.finditer(text) if month_number(m.group("m"))}
    return {y for y in years if y >= max(years) - 1} if years else set()


def date_spans(text: str) -> list[tuple[int, int]]:
    """Where full or day-and-month dates are printed (so a bare month is told apart), in
    words or in figures ('from 12/09/2016 to 06/10/2016')."""
    found = (m for rx in (_DMY, _MDY) for m in rx.finditer(text))
    spans = [m.span() for m in found if month_number(m.group("m"))]
    return sorted(spans + [m.span() for m in _NUMERIC.finditer(text)])


PART_OF_MONTH = r"(?:(?:early|late)\s+|mid-?\s?)"
"""The word placing a time in its month ('early March', 'late November', 'mid-December',
'mid March'): inside another pattern, before the month."""
IN_MONTH = (
    rf"(?:in|on|during|between|from)\s+{PART_OF_MONTH}?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?"
    rf"{MONTH}\b"
)
"""The month something took place in ('in September', 'during early March', 'on 4 May'),
after the visit it dates ('an inspection by Ofsted in September'): inside another pattern."""

WHEN_DONE = (
    rf"(?:(?:19|20)\d\d|{MONTH}|(?:the\s+)?(?:last|past|previous)\s+(?:\w+\s+)?"
    r"(?:weeks?|months?|years?)|(?:this|last)\s+year)\b"
)
"""When something was done, as an aside tells it ('appointed in February 2022',
'established in the last six months', 'formed last year'): inside another pattern."""

EVENT_BESIDE = re.compile(
    r"^(?:(?:just|only|barely|some|about|around|nearly|almost|a\s+few|several|\w+)\s+)?"
    r"(?:days?|weeks?|months?|years?|a\s+(?:day|week|month|year)|shortly|soon|just)\s+"
    r"(?:after|before)\s+(?!(?:the|its|their|an?|this)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:inspection|visit|report)\b)\w",
    re.I,
)
"""A clause placing the visit beside another event ('just weeks after responsibility for
children's social care passed to the trust', 'two months after the new director took up
post'), not beside the inspection itself ('a week after the inspection')."""

LOOKING_BACK = r"since|last|previous(?:ly)?|earlier|prior"
"""Words that give the date after them to an earlier visit ('since 2017', 'at the last
full inspection in 2016', 'the previous inspection on 4 May'): inside another pattern."""
LOOKING_BACK_RE = re.compile(rf"\b(?:{LOOKING_BACK})\b", re.I)
"""The same, as a word anywhere in a text: it looks back to an earlier time."""

BEFORE_THEN = re.compile(
    r"\b(?:before|until|till|prior\s+to|up\s+to|ahead\s+of)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?P<year>(?:19|20)\d\d)\b|(?:[\w-]+\s+){0,2}?(?:inspection|visit)\b"
    r"(?:\s+(?:in|of)\s+(?:\w+\s+)?(?P<of>(?:19|20)\d\d)\b)?)",
    re.I,
)
"""A time before a year or an inspection ('Before the 2021 inspection', 'until 2021', 'prior
to the last inspection in 2021'): what is said of it is of an earlier time, not of that
year's inspection."""

LAST_VISIT_WORD = re.compile(r"\b(?:last|previous|prior|preceding|earlier)\b", re.I)
"""In ``BEFORE_THEN``'s words: the inspection before the one a report is of ('before the
last inspection'), not this one ('before the latest inspection', 'before the
inspection')."""

SINCE_BEFORE_YEAR = r"\bsince\s+(?:\w+\s+)?"
"""'since' and at most one word ('since March', 'since early') before the year a span is
counted from."""
SINCE_YEAR = re.compile(SINCE_BEFORE_YEAR + r"(?P<y>(?:19|20)\d\d)\b", re.I)
"""The year a span is counted from: 'gone from inadequate to good since 2015', 'the first
inspection since March 2017'."""

_A_YEAR = r"(?:19|20)\d\d"
YEARS_LISTED = re.compile(
    rf"\b{_A_YEAR}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:again\s+)?(?:in\s+)?{_A_YEAR})+\b",
    re.I,
)
"""Years listed together ('in 2015 and 2018', 'in 2014, 2017 and again in 2019'): what the
sentence says of one it says of each."""


def years_listed_with(text: str, year: int) -> list[int]:
    """Every year listed together with ``year`` in ``text`` ('Previous inspections, in 2015
    and 2018, also rated the council good': 2015 and 2018), ``year`` itself included; just
    ``[year]`` when it stands alone. A grade given 'in 2015 and 2018' is given at both
    inspections, so each year's report must give it."""
    for listed in YEARS_LISTED.finditer(text):
        years = [int(y) for y in YEAR.findall(listed.group())]
        if year in years:
            return years
    return [year]


SINCE_LAST = re.compile(
    r"\b(?:last|previous(?:ly)?)\s+(?:\w+\s+){0,2}?(?:inspect\w*|visit\w*)\b[^.;]{0,40}?"
    rf"\b(?P<n>\d{{1,2}}|{'|'.join(NUMBER_WORDS)})\s+years?\s+(?:ago|before|earlier)\b",
    re.I,
)
"""The years since the last inspection: 'since it was last inspected four years ago'."""


EARLIER_VISIT = re.compile(
    r"\b(?:last|previous|earlier|prior)\s+(?:[\w-]+\s+)?(?:inspection|visit)\b", re.I
)
"""An earlier visit named ('the previous inspection', 'its last full inspection')."""
EARLIER_VISITED = re.compile(
    rf"{EARLIER_VISIT.pattern}|\b(?:last|previously)\s+(?:inspected|visited)\b", re.I
)
"""An earlier visit named, or told by its verb ('Ashbury was last inspected in July and
August 2021': drift45, the months went unchecked against that visit)."""
EARLIER_INSPECTION = re.compile(
    r"\b(?:last|previous|earlier|prior)\s+(?:(?:full|ofsted|graded|standard)\s+)?inspection\b",
    re.I,
)
"""An earlier graded inspection named, no other kind of visit ('its last full inspection',
not 'the last monitoring visit')."""

AT_EARLIER_VISIT = re.compile(
    r"\b(?:at|in|during|after|following|from)\s+(?:the|its|their|an?)\s+"
    r"(?:last|previous|earlier|prior)\s+(?:\w+\s+)?(?:inspection|visit)\b"
    r"|(?<!since )\b(?:back\s+)?in\s+(?P<y>(?:19|20)\d\d)\b"
    r"|\b(?P<z>(?:19|20)\d\d)\s+(?:ofsted\s+)?(?:report|inspection|visit|letter)\b"
    rf"|\b(?:\d{{1,2}}|{'|'.join(NUMBER_WORDS)})\s+years?\s+(?:ago|earlier|before)\b"
    rf"|\b(?:\d{{1,2}}|{'|'.join(NUMBER_WORDS)})\s+years?\s+after\b(?=\s+(?:inspectors|ofsted"
    r"|(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:report|inspection|visit|watchdog|regulator|inspectorate))\b)",
    re.I,
)
"""Words dating what they frame to an earlier visit ('At the last inspection in 2017,
inspectors said', 'In 2017, the report found', 'Ofsted's 2017 report', 'four years ago',
'almost four years after inspectors found', drift28: the words were looked for in today's
report alone, and misattributed; 'three years after a damning report found', drift46; 'four
years after the watchdog found', drift50); ``y`` or ``z``, a year named, is earlier only
when before the visit at hand. Not 'since the last inspection', which dates a change the
visit at hand tells of (its reader skips a match after 'since')."""


YEARS_EARLIER = re.compile(
    rf"\b(?P<n>\d{{1,2}}|{'|'.join(NUMBER_WORDS)})\s+years?\s+(?:earlier|before)\b", re.I
)
"""A time told back from another time named before it ('rated good in 2019, up from
requires improvement two years earlier': 2017), not from today as 'ago' is."""


_NOT_A_VERB = r"(?!(?:is|are|was|were|be|been|has|have|had|will|would|can|could|must|did)\b)"
LOOK_BACK = re.compile(
    r"\b(?:since|at|in|during|after|following|from)\s+(?:the|its|their|an?)\s+"
    rf"(?:{_NOT_A_VERB}[\w()’'-]+\s+){{0,4}}(?:inspection|visit)s?\b"
    r"(?:\s+(?:in|of)\s+(?:\w+\s+)?(?:19|20)\d\d\b)?"
    rf"|{SINCE_BEFORE_YEAR}(?:19|20)\d\d\b",
    re.I,
)
"""The phrase naming the inspection a sentence looks back from ('Since the single
inspection framework (SIF) inspection in 2014', 'since the previous SIF inspection', 'at
the last inspection in 2017'), or its year alone ('Since 2014', 'since March 2014': session
23's derived sets, its year was read as a word of the finding): words of when, not of what
the sentence tells of that time. At most four words before 'inspection', none an
auxiliary: the finding after it is no part of the name ('Since the last inspection leaders
have cut the number of home visits' names 'the last inspection', not everything up to
'visits')."""

THEN = re.compile(
    r"\b(?:back\s+then|at\s+th(?:e|at)\s+time\b(?!\s+of)|on\s+that\s+occasion"
    r"|(?<!\bfound\s)(?<!\bsaid\s)(?<!\bnoted\s)(?<!\bshowed\s)(?<!\bfelt\s)"
    r"(?:that|the\s+same)\s+(?:report|inspection|visit|letter))\b",
    re.I,
)
"""Words pointing back to a time the sentence before named ('In its 2016 report, Ofsted
said ... Back then, inspectors also warned', 'At that time', 'That report also said'):
they date what they frame as that sentence dates it. Not 'at the time of the inspection',
which is the visit at hand, nor a 'that' after a verb of saying, which opens what was said
('Inspectors found that report writing was ...')."""


TOLD_IN_PAST = re.compile(r"\b(?:was|were|found|judged|rated|required|gave|described)\b", re.I)
TOLD_OF_TODAY = re.compile(
    r"\b(?:is|are|has|have|remains?|now|today|currently|this\s+time|latest|new)\b", re.I
)
"""A sentence telling grades in the past tense alone ('Help and protection and leadership
were good', 'It found that services required improvement overall'), with no word of
today: undated, it goes on with the time the sentence before it named ('At the previous
inspection, in March 2017, Southwark was judged good overall.', 'Ofsted's last full
inspection of Sheffield's children's services took place over the winter of 2013-14').
A past verb of finding or grading is the past too (drift30: 'It found ...' was read as
today's grade and contradicted)."""


VISITED = re.compile(r"\b(?:visited|inspected|returned|(?:last|previous|earlier)\s+visit)\b", re.I)
"""Words telling of a visit as an event ('When inspectors last visited the front door in
2022', 'when Ofsted inspected the council in 2019'): a year in their clause dates that
visit, as 'the 2019 inspection' does (``AT_EARLIER_VISIT``)."""


TO_COME = re.compile(
    r"\b(?:will\s+(?:return|revisit|come\s+back|(?:carry\s+out|conduct|make|hold)\b[^.;]{0,30}?"
    r"\b(?:inspection|visit))|(?:next|upcoming|future)\s+(?:[\w-]+\s+){0,2}?(?:inspection|visit)"
    r"|in\s+(?:\w+\s+)?(?:years?|months?)(?:['’]s?)?\s+time)\b",
    re.I,
)
"""Words putting a visit ahead ('Ofsted inspectors will return in three years' time for a
one-week inspection', 'the next inspection'): the length and team they tell are that
visit's, not the one reported."""


TO_HAPPEN = r"to\s+(?:take\s+place|happen|be\s+(?:held|carried\s+out)|start|begin)"
"""What a visit 'due' is to do when it is still to come ('due to take place', 'due to be
held'), not 'due to' a cause ('due to staff illness')."""


AHEAD_OF_DATE = re.compile(
    r"(?:\b(?:due|expected|scheduled|planned)"
    rf"(?:\s+(?:{TO_HAPPEN}|to\s+be\s+published))?"
    r"|\b(?:next|upcoming|forthcoming|future)\s+(?:[\w-]+\s+){0,2}?(?:inspection|visit)"
    r"(?:\s*,\s*(?:(?:which|that)\s+is\s+)?)?)"
    rf"\s+(?:(?:in|on|for|by|during|around)\s+)?{PART_OF_MONTH}?$",
    re.I,
)
"""Words right before a month or year that date a visit or report to come: 'its latest
inspection, due in May', 'which is due to take place in 2027', 'expected in June', 'the
next inspection, in May'. Not 'due to' a cause ('due to staff illness'): the date is
another visit's, never the one reported."""


SEASONS: dict[str, tuple[int, ...]] = {
    "spring": (3, 4, 5),
    "summer": (6, 7, 8),
    "autumn": (9, 10, 11),
    "fall": (9, 10, 11),
    "winter": (12, 1, 2),
}
"""The months of each season as the Met Office counts them: 'an inspection in the autumn'."""

RELATIVE = re.compile(
    r"\b(?:(?P<today>today)|(?P<yesterday>yesterday)"
    r"|(?:on|last) (?P<weekday>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r"(?!,? *(?:the |[A-Z][a-z]+ )?\d)"
    r"|(?:(?P<earlier>earlier|later) )?(?P<which>this|last) (?P<unit>week|month|year)"
    rf"|(?:the |this |last )?(?:(?:early|late|mid)[- ])?(?P<season>{'|'.join(SEASONS)})"
    r"(?![- ](?:term|half[- ]term|budget|statement)\b)"
    r")\b",
    re.I,
)
"""A time said relative to the release ('last month', 'earlier this year', 'today',
'yesterday', 'this week', 'on Friday' with no date after it) or as a season ('in the
autumn'; a school's 'spring term' runs from January, so terms are not seasons): resolved
by ``relative_window``."""

DONE_PARTICIPLES = r"carried\s+out|conducted|held|undertaken"
"""The participles of a thing done that open an aside about it ('The inspection, carried out
in July, found ...'), inside another pattern."""

PUBLISHED_WHEN = re.compile(rf"\b(?:published|publication),?\s+(?:{RELATIVE.pattern})", re.I)
"""A report's publication dated relative to the release ('a report published today', 'the
findings of an Ofsted report ..., published today,'): the release's own account of when,
whoever takes a stance on the report in the sentence."""

_WEEKDAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_PUBLISHED = r"(?:(?:first |last )?(?:published|posted|updated)|date)"
_DATELINE = re.compile(
    rf"^\W*(?:{_PUBLISHED}\b\W*(?:on\W+)?)?"
    rf"(?:{_WEEKDAYS}\W+)?(?P<date>[^\n]{{6,30}}?)\W*$",
    re.I,
)
"""A line that is only a date: 'Friday 13 January 2023', 'Published 16 May 2024',
'Friday, March 21, 2014'."""
_ISO_DATELINE = re.compile(
    rf"^\W*(?:{_PUBLISHED}\W+)?(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b", re.I
)
"""A line opening with a date as a machine prints it: 'date 2017-09-04 Croydon town centre'
(a page's metadata kept in front of its text). No sentence starts that way."""
_DATE_THEN_TEXT = re.compile(
    rf"^\W*(?:{_WEEKDAYS}\W+)?(?P<date>(?=\d|{MONTH})[^\n]{{6,30}}?)"
    r"(?:\s*[:|–—]\s|\s+-\s|\s+\d{1,2}[.:]\d\d\s*(?:[ap]\.?m\b|\s))",
    re.I,
)
"""A line opening with a full date, then a colon, a dash, a bar or a time: 'Monday 20
November 2023: Hillingdon Council's ...', 'September 4, 2017 9.31 am This story ...'. A
sentence that opens with its date says 'On 4 May', never '4 May 2023:'."""
_MONTH_SHORT = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s"
"""A month's name cut short, as bylines print it ('Nov 25, 2017')."""
_DATE_CLOSING_SHORT_LINE = re.compile(
    rf"^(?P<head>[^\n]{{0,60}}?)(?:[,|–—]\s*|\s-\s+|\b{_PUBLISHED}:?\s+(?:on\s+)?)"
    rf"(?:{_WEEKDAYS}\W+)?(?P<date>(?=\d|{MONTH}|{_MONTH_SHORT})"
    rf"(?:[^\n,|–—]|,(?=\s+\d{{4}}\b)){{6,30}}?)\W*$",
    re.I,
)
"""A short line closing with a full date after a comma, bar, dash or 'published on': a
masthead ('The News, Portsmouth, 5 July 2023'), a byline ('By Jo Bloggs | 2 May 2021', 'By
Tom Ashworth | Shropshire | Published: Nov 25, 2017', drift49: its month-first date with
a comma was read as none, and 'yesterday' went unchecked), a page's line ('News Release
PR9452 - published on 24 February 2026')."""
_NOT_A_MASTHEAD = re.compile(
    r"\b(?:inspect\w*|visit\w*|took|was|were|will)\b|\b(?:take[ns]?|is|are|between|from|until|on|in)$",
    re.I,
)
"""Words that make a line's head a sentence about an event ('Inspectors visited on',
'The inspection took place from'), whose date is the event's, not the page's."""


def _full_date(said: str) -> date | None:
    """The one full date ``said`` holds (a year printed), else None."""
    if YEAR.search(said) and len(found := parse_dates(said)) == 1:
        return found[0]
    return None


def _line_date(line: str) -> date | None:
    """The page's own date when ``line`` is a dateline in any of the forms above."""
    if m := _ISO_DATELINE.match(line):
        try:
            return date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            return None
    for rx in (_DATELINE, _DATE_THEN_TEXT):
        if (m := rx.match(line)) and (day := _full_date(m.group("date"))):
            return day
    m = _DATE_CLOSING_SHORT_LINE.match(line)
    if m and not _NOT_A_MASTHEAD.search(m["head"]):
        return _full_date(m.group("date"))
    return None


@lru_cache(maxsize=16)
def dateline(text: str, lines: int = 8) -> date | None:
    """The release's own date: a line of its opening that holds only a full date (a
    dateline or a 'Published' line), opens with one ('Monday 20 November 2023: ...', a
    page's 'date 2017-09-04'), or closes a short masthead or byline with one ('The News,
    Portsmouth, 5 July 2023'). None when there is none: a time said relative to the
    release ('last month') then cannot be resolved, and must not be guessed. Remembered
    for the last few texts: checkers ask it of the same release claim after claim."""
    for line in text.splitlines()[: lines * 2]:
        if day := _line_date(line.strip()):
            return day
    return None


YEAR = re.compile(rf"\b{_A_YEAR}\b")
"""A year of this or the last century, standing alone ('2019', not '12019')."""
_WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def relative_window(m: re.Match, day: date | None) -> tuple[date, date] | None:
    """The first and last day a match of ``RELATIVE`` names, said on ``day`` (the
    release's date): 'last month' on 28 July 2023 is 1 to 30 June 2023. None for a season
    (``SEASONS`` gives its months) and when ``day`` is None."""
    if m["season"] or day is None:
        return None
    if m["today"]:
        return day, day
    if m["yesterday"]:
        before = date.fromordinal(day.toordinal() - 1)
        return before, before
    if m["weekday"]:
        # 'published on Friday': the last such day on or before the release's date.
        back = (day.weekday() - _WEEKDAY_NAMES.index(m["weekday"].lower()[:3])) % 7
        on = date.fromordinal(day.toordinal() - back)
        return on, on
    unit, last = m["unit"].lower(), m["which"].lower() == "last"
    if unit == "week":
        monday = date.fromordinal(day.toordinal() - day.weekday() - 7 * last)
        return monday, date.fromordinal(monday.toordinal() + 6)
    if unit == "month":
        y, mo = (day.year, day.month - 1) if last else (day.year, day.month)
        if mo == 0:
            y, mo = y - 1, 12
        first = date(y, mo, 1)
        following = date(y + (mo == 12), mo % 12 + 1, 1)
        end = date.fromordinal(following.toordinal() - 1)
    else:
        first, end = date(day.year - last, 1, 1), date(day.year - last, 12, 31)
    if m["earlier"] and m["earlier"].lower() == "earlier" and not last:
        end = min(end, day)
    return first, end


COVER_DATES = re.compile(
    r"^\W*(?:inspection dates?|dates? of (?:the )?inspection|report published|published)\b"
    r"(?!\s+(?-i:[a-z]))",
    re.I,
)
"""A report's cover line printing the visit's dates or its publication ('Inspection dates:
8 July 2019 to 12 July 2019', 'Report published: 5 April 2016'): a release sentence
nearest one states the inspection's time, which the fact checks compare. Not a sentence
going on in words ('Published data for 19- to 21-year-olds shows that ...': drift35, a
finding restating it was read as a date and not checked)."""

TIME_ALLOWED = re.compile(
    r"\b(?:has|have|had|having|gets?|got|give[sn]?|gave|allow\w*|grant\w*)\b"
    r"(?:\s+[\w’'-]+){0,3}\s*$",
    re.I,
)
"""Words of allowing before a number of days or weeks (the text up to it): with a purpose
after it (``FOR_A_PURPOSE``) the days are a time limit ('the council now has 70 working
days to send Ofsted a plan', 'gave the council 70 working days to submit'), not the
visit's length (fresh17: the 70 days were read as the visit's, and contradicted)."""
FOR_A_PURPOSE = re.compile(rf"\s+to\s+(?!(?:the\s+)?\d)(?!{_WEEKDAYS}\b)(?!{MONTH}\b)[a-z]", re.I)
"""'to' and a verb after a number of days (the text from its end): what the days are for;
not a date or weekday the span runs to ('five days to 10 November')."""


VISIT_BEFORE = re.compile(r"\b(?:inspection|visit)\W*$", re.I)
"""Words ending on the visit ('carried out the inspection, '): what a relative clause
after them is hung on."""
OF_THE_VISIT = re.compile(r"^(?:which|that)\s+(?i:began|started|commenced|ran|took\s+place)\b")
"""A relative clause opening on what the visit did ('which began on 14 January and ended on
7 February'), split from the fact it is hung on ('A team of nine inspectors carried out the
inspection, ...'): its dates are the visit's. Lower case only: a sentence opening 'That
started ...' points back to something else."""


MONTH_OR_DAY = re.compile(rf"(?:{MONTH}|{_WEEKDAYS})", re.I)
"""A month's or a weekday's name ('in March', 'on Friday'): a time, not a place."""
