"""Which visit a report or a sentence is of: a focused or monitoring visit's letter, a visit
of another kind or of other services than the report's, a visit dated before the report's,
and the report's own inspection misnamed a visit (dated to its days, or called one)."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from verify.types import Report
from verify.words.dates import RELATIVE, YEAR, parse_dates, relative_window
from verify.words.numbers import MONTH, month_number

_FOCUSED_VISIT = r"focused\s+(?:assurance\s+)?visit"
"""A focused visit, a 2020-21 'focused assurance visit' among them."""
_VISIT_WORDS = re.compile(
    rf"\b({_FOCUSED_VISIT}|monitoring visit|joint targeted area inspection)\b", re.I
)
"""The other kinds of visit than a graded inspection."""


def is_visit_letter(report: Report) -> bool:
    """A focused or monitoring visit's letter (or a JTAI's), not a full inspection's report:
    the visit named in its opening, and no grades (a graded report's summary may open on
    the visit before it: 'progress since a focused visit in 2018')."""
    return not report.judgements and bool(_VISIT_WORDS.search(report.text[:600]))


def names_other_visit(text: str, report: Report) -> bool:
    """True when ``text`` names a kind of visit (focused, monitoring, a JTAI) that
    ``report`` is not, an inspection of other services than a 2009-2013 report's
    (``_of_other_services``), or one of services no children's services report inspects
    (``_OTHER_SERVICES_INSPECTED``): the dates and team it gives are that visit's."""
    other_kind = bool(_VISIT_WORDS.search(text)) and not is_visit_letter(report)
    return (
        other_kind
        or _of_other_services(text, report)
        or bool(_OTHER_SERVICES_INSPECTED.search(text))
    )


_OTHER_SERVICES_INSPECTED = re.compile(
    r"(?-i:\bSEND\b)[^.;]{0,30}?\binspect\w*"
    r"|\b(?:special\s+educational\s+needs|youth\s+(?:justice|offending))\b[^.;]{0,40}?\binspect\w*"
    r"|\binspect\w*\s+(?:\w+\s+){0,3}?of\s+(?:\w+\s+){0,3}?"
    r"(?:(?-i:SEND)|special\s+educational\s+needs|youth\s+(?:justice|offending))\b",
    re.I,
)
"""An inspection of services no children's services report inspects: a local area SEND
inspection, a youth justice one ('A separate area SEND inspection of Somerset was published
last year', drift29: 'last year' was checked against this report's date, and contradicted;
'A separate inspection of special educational needs services ... is expected later this
year')."""


_SERVICES_INSPECTED = re.compile(
    r"\binspection\s+of\s+(?:the\s+council[’']s\s+|its\s+|their\s+)?"
    r"(?:(?P<care>looked[- ]after\s+children|services\s+for\s+(?:children\s+looked\s+after"
    r"|looked[- ]after\s+children))|safeguarding\s+(?:services|arrangements)"
    r"|child\s+protection\s+(?:services|arrangements))",
    re.I,
)
"""An inspection named by the services it inspected, as the 2009-2013 inspections were:
of looked-after children's services (``care``) or of safeguarding."""


def _of_other_services(text: str, report: Report) -> bool:
    """True when ``text`` names a 2009-2013 inspection of other services than ``report``
    inspected: safeguarding for an inspection of looked-after children's services (the one
    grading their outcomes), or the other way ('The report follows an inspection of the
    council's safeguarding services last year', of a looked-after children's report: its
    'last year' was read as this visit's time and contradicted; grades10)."""
    m = _SERVICES_INSPECTED.search(text)
    if m is None or report.framework != "other":
        return False
    of_care = report.grade_of("outcomes_for_looked_after_children") is not None
    return bool(m["care"]) != of_care


def _dated_before(sentence: str, report: Report, day: date | None) -> bool:
    """True when ``sentence`` dates what it tells only to times before the report's
    visit ('A JTAI of the response to domestic abuse took place in 2023', 'a focused
    visit last year' said on the release's date ``day``, 'a focused visit in February 2019'
    before a July inspection, 'in September' said in May): an earlier visit, not the one
    the release is about."""
    said = [_last_day(sentence, y) for y in YEAR.finditer(sentence)]
    said += [w[1] for m in RELATIVE.finditer(sentence) if (w := relative_window(m, day))]
    if day is not None and not said:
        said = [_last_by(day, month_number(m.group(1))) for m in _BARE_MONTH.finditer(sentence)]
    start = report.inspection_start
    return bool(said) and start is not None and max(said) < start


_BARE_MONTH = re.compile(rf"(?<!\d )\b({MONTH})\b(?!,?\s+\d)")
"""A month named with no day nor year ('the focused visit in September')."""


def _last_by(day: date, month: int | None) -> date:
    """The last day of the latest ``month`` begun by the release's date ``day``: 'a focused
    visit in September' said on 9 May 2023 is September 2022's (was read as no date, so a
    release naming it was taken to be about that visit, and none of its claims checked)."""
    year = day.year if month is None or month <= day.month else day.year - 1
    month = month or day.month
    return date(year, month, monthrange(year, month)[1])


_MONTH_BEFORE = re.compile(rf"\b({MONTH})\s+$")


def _last_day(sentence: str, year: re.Match) -> date:
    """The last day a printed year can mean: of the month named just before it ('a
    focused visit in February 2019'), else of the year."""
    month = _MONTH_BEFORE.search(sentence, max(0, year.start() - 12), year.start())
    if month is None or not (number := month_number(month.group(1))):
        return date(int(year.group()), 12, 31)
    return date(int(year.group()), number, monthrange(int(year.group()), number)[1])


_MONTH_NAMED = re.compile(rf"\b{MONTH}\b")


def _months_between(start: date, end: date) -> set[int]:
    """The months from ``start``'s to ``end``'s, read as dates: a visit from 27 November
    to 5 January touches November, December and January."""
    month, months = date(start.year, start.month, 1), set()
    while month <= end:
        months.add(month.month)
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return months


def dated_to_visit(sentence: str, report: Report, day: date | None) -> bool:
    """True when ``sentence`` dates what it tells to ``report``'s own visit, a graded
    inspection: its dates fall within the visit, or its months are months the visit
    touched in the visit's year (said, or the release's date ``day`` within half a year
    after the visit). A 'focused visit' so dated is that inspection misnamed, no other
    visit: the council cannot have had both in those days."""
    start, end = report.inspection_start, report.inspection_end
    if start is None or end is None or not report.judgements:
        return False
    years = {int(y) for y in YEAR.findall(sentence)}
    dates = parse_dates(sentence, start.year)
    if dates:
        return years <= {start.year, end.year} and all(start <= d <= end for d in dates)
    months = {month_number(m.group()) for m in _MONTH_NAMED.finditer(sentence)}
    touched = {start.month, end.month} | _months_between(start, end)
    after = day is not None and 0 <= (day - end).days <= _HALF_YEAR
    in_year = years == {start.year} or (not years and after)
    return bool(months) and months <= touched and in_year


_HALF_YEAR = 183
"""Days after a visit a release dated by its dateline alone still speaks of its months."""


_CALLED_A_VISIT = re.compile(
    r"\b(?:the|this|its|their|latest)\s+(?:[\w’'-]+\s+){0,2}?inspection\s+"
    r"(?:was|is|has\s+been)\s+(?:(?:only|just|actually|in\s+fact)\s+)?an?\s+"
    r"(?:focused|monitoring)\s+visit\b",
    re.I,
)
"""The inspection itself said to be a visit ('The inspection was a monitoring visit')."""
_RELEASED_WITHIN = 31
"""Days after a report's publication a release dated then is about that report."""


def called_the_visit(sentence: str, report: Report, day: date | None) -> bool:
    """True when ``sentence`` calls the inspection itself a focused or monitoring visit in
    a release dated within a month of ``report``'s publication, a graded report: that
    inspection misnamed, as when the visit is dated to its days (``dated_to_visit``). A
    release dated later may be about a visit after it, whose letter was not given."""
    published = report.published or report.file_date
    if not report.judgements or day is None or published is None:
        return False
    soon = 0 <= (day - published).days <= _RELEASED_WITHIN
    return soon and bool(_CALLED_A_VISIT.search(sentence))


def misnamed_visit(text: str, report: Report, day: date | None) -> str | None:
    """The kind of visit ('focused visit') ``text`` names for ``report``'s own graded
    inspection (dated to its days, ``dated_to_visit``, or the inspection called one,
    ``called_the_visit``), None when it names none or another visit."""
    m = _VISIT_WORDS.search(text)
    if m is None:
        return None
    own = dated_to_visit(text, report, day) or called_the_visit(text, report, day)
    return m.group(1).lower() if own else None


_THE_VISIT_DATED = re.compile(
    r"\b(?:the|an?)\s+(?:(?:most\s+)?(?:recent|last|latest|previous)\s+)?"
    rf"(?P<kind>{_FOCUSED_VISIT})"
    rf"\s+(?:in|of)\s+(?:(?P<month>{MONTH})\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.I,
)
"""The one focused visit between two inspections, dated: 'the focused assurance visit in
October 2020', 'the recent focused visit in September 2022', 'a focused visit in
September 2022'. Not a JTAI: a council may have had several, each of another theme."""


def other_visit_dated(text: str, report: Report) -> tuple[str, str] | None:
    """Contradicted when ``text`` dates 'the' focused visit to a year, or a month,
    that the report never dates it to, where the report dates it each time alike ('since
    the focused assurance visit in October 2021' where the report has October 2020 twice:
    drift41, not checkable); supported when it dates it as the report does and ends on that
    date ('The inspection followed a focused visit in September 2022': drift46, not
    checkable; not 'A focused visit in February 2024 looked at ...', whose claim is what
    the visit did). A printed date of the one visit of that kind is positive evidence; a
    report dating two such visits settles nothing, nor does one dating it to no month a
    month told."""
    told = _THE_VISIT_DATED.search(text)
    if told is None:
        return None
    kind = _kind(told)
    printed = {
        (m["month"] and m["month"].lower(), m["year"])
        for m in _THE_VISIT_DATED.finditer(report.text)
        if _kind(m) == kind
    }
    years = {year for _, year in printed}
    months = {month for month, _ in printed if month}
    if len(years) != 1:
        return None
    (year,) = years
    theirs = f"{next(iter(months)).capitalize()} {year}" if len(months) == 1 else year
    said = " ".join(told.group(0).split())
    if told["year"] == year and told["month"] and len(months) != 1:
        return None
    if told["year"] != year or (told["month"] and told["month"].lower() not in months):
        return (
            "contradicted",
            f"The report dates the {kind} to {theirs}, where the claim says '{said}'",
        )
    if text[told.end() :].strip(" .;,"):
        return None  # 'A focused visit in February 2024 looked at ...': what it did is the claim
    return "supported", f"The report dates the {kind} to {theirs}, as the claim does"


def _kind(m: re.Match[str]) -> str:
    """The visit's kind as named, in lower case and single spaces ('focused assurance
    visit'): a focused visit is not its assurance visit."""
    return " ".join(m["kind"].lower().split())
