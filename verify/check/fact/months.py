"""Months named without a day: the month of publication, and the months of the visit.

``_published_month`` ('the report, published in February') against a printed publication
date; ``_months`` ('inspected in March') against the months the visit touched and the month
it mostly ran in, keeping only months named as the inspection's (``_inspection_months``)
and leaving unsettled a month of another inspection the report itself tells of
(``_visit_the_report_tells``).
"""

from __future__ import annotations

import re
from datetime import date

from verify.check.fact.cues import (
    _EARLIER_MONTH,
    _MONTH_NEAR,
    _PUBLISHED,
    _VISIT_NOUN,
    _visit_cues,
    _years_of_visit,
)
from verify.check.fact.dates import _visit_dates, claim_dates, inspected, publications
from verify.check.fact.duration import _main_month, _span, visit_periods
from verify.types import Claim, Report
from verify.words.dates import PART_OF_MONTH
from verify.words.numbers import MONTH, month_name, month_number

_PUBLISHED_IN = re.compile(
    r"\b(?:report|findings|ofsted|inspectors|watchdog|it)\b[^.;]{0,40}?\b(?:publish\w*|released)"
    rf"\s+in\s+{PART_OF_MONTH}?(?P<month>{MONTH})\b(?:\s+(?P<year>(?:19|20)\d\d))?",
    re.I,
)


def _before_visit(year: str | None, report: Report) -> bool:
    """A publication year before the visit began ('last judged adequate in a report
    published in February 2013', of a 2017 report) is an earlier report's: a report is
    published after its inspection, so this one's date says nothing about it."""
    start = report.inspection_start or report.inspection_end
    return year is not None and start is not None and int(year) < start.year


def _published_month(claim: Claim, report: Report) -> tuple[str, str] | None:
    """'The report, published in February': the month of its publication, never of the
    visit. Contradicted only against a printed publication date (SIF covers); the date
    in an ILACS file's name supports a month but is no printed evidence against one."""
    m = _PUBLISHED_IN.search(claim.text)
    if m is None or _before_visit(m["year"], report):
        return None
    printed = publications(report)
    if not printed:
        return "not_checkable", f"{report.label} prints no publication date"
    said = "; ".join(f"published {day:%-d %B %Y}{how}" for day, how in printed)
    month, year = month_number(m["month"]), m["year"]
    if any(day.month == month and (year is None or int(year) == day.year) for day, _ in printed):
        return "supported", f"Matches: {said}"
    if report.published is None:
        return "not_checkable", f"'{m['month']}' is not the month {said}, which is no printed date"
    return "contradicted", f"{m['month']} does not match: {said}"


def _months(claim: Claim, report: Report) -> tuple[str, str] | None:
    """Months without a day ('inspected in March'): the months the visit touched."""
    months = claim.values.months
    if not months:
        return None
    if claim_dates(claim, report):
        # A month with no day beside the visit's full dates is the visit's too ('from 30
        # September last year and returned for four more days in February': drift53,
        # unread beside its date); beside another event's date ('Correction, 19 May: An
        # earlier version of this story said the inspection took place in February') the
        # sentence is about that event.
        dated = {d.month for d in _visit_dates(claim, report)}
        months = [m for m in months if m not in dated]
        if not dated or not months:
            return None
    # Beside a publication ("published today, following an inspection in March") only a
    # month the inspection is said to have taken place in is the visit's.
    months = _inspection_months(claim.text, months, strict=bool(_PUBLISHED.search(claim.text)))
    if not months:
        return None  # months named for something else (a restructure, a plan)
    start, end = report.inspection_start, report.inspection_end
    if start is None or end is None:
        return "not_checkable", f"{report.label} has no inspection dates"
    years = _years_of_visit(claim.text)
    if years and not years & {start.year, end.year}:
        return None  # "an inspection in January 2015": an earlier inspection
    touched = {(start.month - 1 + k) % 12 + 1 for k in range(_span(start, end))}
    said = inspected(report)
    if not set(months) <= touched:
        wrong = ", ".join(month_name(m) for m in months if m not in touched)
        told = None if set(months) & touched else _visit_the_report_tells(report, months, years)
        if told:
            return "not_checkable", f"The report tells of another inspection in {told}; {said}"
        return "contradicted", f"{wrong} does not match: {said}"
    main = _main_month(start, end)
    opened = {main} | {m for a, b in visit_periods(report) for m in (a.month, _main_month(a, b))}
    if not opened & set(months) and not _said_as_end(claim.text, end):
        # "a four-week inspection in February" for 16 January to 9 February: the
        # inspection neither began nor mostly ran in the month named. A visit in parts
        # begins again with each ('a two-week inspection in the autumn and a return visit
        # by inspectors in January': drift39, contradicted by the first part's October).
        named = " and ".join(month_name(m) for m in months)
        began = month_name(start.month)
        ran = (
            f"began and mostly ran in {began}"
            if main == start.month
            else f"began in {began} and mostly ran in {month_name(main)}"
        )
        return "contradicted", f"{named} does not match: the inspection {ran}: {said}"
    return "supported", f"Matches: {said}"


def _visit_the_report_tells(report: Report, months: list[int], years: set[int]) -> str | None:
    """The month and year ('January 2013') of another inspection or visit the report itself
    tells of, when every one of ``months`` is, in a year the claim names: the claim may speak
    of that one, as a reporter's context does ('Ofsted's inspection of child protection
    arrangements in January 2013 highlighted significant weaknesses', taken from a July 2013
    report's 'Since Ofsted's inspection of child protection arrangements in January 2013',
    was contradicted by the visit's July; news14). A month with no year is this visit's, and
    so are all of them when one is: 'four weeks in October and November 2015' for a visit
    from 24 November speaks of this visit, whatever the report tells of October."""
    issued = {(d.year, d.month) for d in (report.published, report.file_date) if d}
    told = []
    for month in months:
        said = [
            f"{month_name(month)} {year}"
            for year in sorted(years)
            if (year, month) not in issued  # its own publication ('Published: August 2013')
            for m in re.finditer(rf"\b{month_name(month)},?\s+{year}\b", report.text, re.I)
            if _VISIT_NOUN.search(report.text, max(0, m.start() - _TOLD_NEAR), m.start())
        ]
        if not said:
            return None
        told.append(said[0])
    return " and ".join(told) or None


_TOLD_NEAR = 60
"""Characters before a month and year in a report within which an inspection or visit word
makes it that inspection's date ('Ofsted's inspection of child protection arrangements in
January 2013')."""


def _inspection_months(text: str, months: list[int], strict: bool = False) -> list[int]:
    """The months named near an inspection word ('took place in November and
    December'), not those of other events in the sentence nor of an earlier visit
    ('since last July's focused visit'); ``strict``: only those the inspection is said
    to have taken place in ('an inspection in March')."""
    cues = [(m.start(), m.end()) for m in _visit_cues(text)]
    kept = []
    for month in months:
        name = month_name(month)
        for at in (m.start() for m in re.finditer(rf"\b{name}\b", text, re.I)):
            if _EARLIER_MONTH.search(text[max(0, at - _MONTH_NEAR) : at]):
                continue
            if strict and not _VISIT_IN.search(text[max(0, at - _MONTH_NEAR) : at]):
                continue
            if any(start - _MONTH_NEAR <= at <= end + _MONTH_NEAR for start, end in cues):
                kept.append(month)
                break
    return kept


_ENDED_IN = re.compile(
    r"\b(?:end(?:ed|ing|s)?|finish\w*|conclud\w*|complet\w*|until|till|into)\s+"
    rf"(?:(?:in|on|at)\s+)?(?:{PART_OF_MONTH}|the end of\s+)?$",
    re.I,
)


def _said_as_end(text: str, end: date) -> bool:
    """True when the month the visit ended in is named as its end ('an inspection that
    ended in December', 'ran into December'): right for a visit that began and mostly
    ran the month before, so no contradiction of where it mostly ran."""
    name = month_name(end.month)
    return any(
        _ENDED_IN.search(text[max(0, m.start() - _MONTH_NEAR) : m.start()])
        for m in re.finditer(rf"\b{name}\b", text, re.I)
    )


_VISIT_IN = re.compile(
    r"\b(?:inspect\w*|visit\w*|took place|carried out|conducted|on site)\s+(?:\w+\s+){0,3}?"
    rf"(?:in|during)\s+{PART_OF_MONTH}?$",
    re.I,
)
