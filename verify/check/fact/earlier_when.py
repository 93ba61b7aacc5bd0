"""When the council's last inspection was, told by month, season or part of a year ('At the
previous full inspection, carried out in late 2016 and published in February 2017'), checked
against the earlier report of that year.

``_earlier_dates`` reads full dates of an earlier visit; a release more often names only the
month or season, and those went unread (drift39's south-gloucestershire_2019: not checkable)
or, beside a grade, unchecked ('At its last inspection in June 2019, the council was rated
good', of a visit in March, supported by the grade alone). A time is true of the earlier
report when its visit or its publication falls in it: releases date an inspection by either,
unless they say which ('carried out in', 'published in').
"""

from __future__ import annotations

import re
from datetime import date

from verify.check.fact.dates import (
    inspected,
    publications,
    told_of_earlier_visit,
    visits_before,
)
from verify.check.grades import inspection_years
from verify.types import Claim, Report
from verify.words.dates import SEASONS
from verify.words.numbers import MONTH, month_number

_WHEN_TOLD = re.compile(
    r"\b(?:(?P<published>published|released)|(?P<visit>carried\s+out|took\s+place|conducted"
    r"|inspected|visited))?\s*(?:in|during)\s+(?:the\s+)?"
    r"(?:(?P<part>early|late|mid)[- ]?)?"
    rf"(?:(?P<month>{MONTH})(?:\s+(?:and|to)\s+(?P<month2>{MONTH}))?"
    r"|(?P<season>spring|summer|autumn|winter)(?:\s+of)?)?"
    r"\s*(?P<year>(?:19|20)\d\d)\b",
    re.I,
)
"""A time told by month (or two: 'in April and May 2016'), season or part of a year, and
what it dates when the words say: 'carried out in late 2016', 'published in February
2017', 'in autumn 2021', 'in the summer of 2019'."""
_PART_MONTHS = {"early": range(1, 5), "mid": range(5, 9), "late": range(9, 13)}
"""The months of a year's part: 'early 2019' (January to April), 'late 2016' (September to
December)."""


def earlier_when(claim: Claim, report: Report, previous: list[Report]) -> tuple[str, str] | None:
    """The months the claim tells of the council's last inspection before ``report``,
    against the earlier graded report of that year (``told_of``, ``when_judged``)."""
    return when_judged(told_of(claim, report, previous))


def when_judged(pairs: list[tuple[re.Match[str], Report]]) -> tuple[str, str] | None:
    """Supported when each earlier report's visit or publication (the one the words name,
    if they name one) falls in the time told of it; contradicted when one does not; None
    when the claim tells no such time, or no earlier report of its year is known (the
    archive may lack it). A year alone is the year checks' to settle."""
    if not pairs:
        return None
    wrong = [
        f"{' '.join(m.group(0).split())} is not when {_when(p)}"
        for m, p in pairs
        if not _holds(m, p)
    ]
    if wrong:
        return "contradicted", "; ".join(wrong)
    right = dict.fromkeys(_when(p) for _, p in pairs)
    return "supported", f"Matches: {'; '.join(right)}"


def told_of(
    claim: Claim, report: Report, previous: list[Report]
) -> list[tuple[re.Match[str], Report]]:
    """Each month, season or part of a year the claim tells of an earlier inspection, with
    the one earlier graded report (``visits_before``) inspected or published in its year;
    none when any such time has no one report of its year."""
    told = [
        m
        for m in _WHEN_TOLD.finditer(claim.text)
        if told_of_earlier_visit(claim.text, m.start("year"))
    ]
    told = [m for m in told if m["month"] or m["season"] or m["part"]]
    graded = [p for p in visits_before(report, previous) if p.judgements]
    pairs = []
    for m in told:
        year = int(m["year"])
        then = [p for p in graded if year in inspection_years(p) or _published_in(p, year)]
        if len(then) != 1:
            return []
        pairs.append((m, then[0]))
    return pairs


def _published_in(report: Report, year: int) -> bool:
    return any(day.year == year for day, _ in publications(report))


def _months_told(m: re.Match[str]) -> set[int]:
    """The months the time names: its month, its season's, or its part of the year's."""
    if m["month"]:
        return {month_number(m["month"]), month_number(m["month2"] or m["month"])}
    if m["season"]:
        return set(SEASONS[m["season"].lower()])
    return set(_PART_MONTHS[m["part"].lower()])


def _holds(m: re.Match[str], report: Report) -> bool:
    """True when the visit (or the publication) of ``report`` falls in the time told; a
    winter reaches into the year either side."""
    months, year = _months_told(m), int(m["year"])
    winter = (m["season"] or "").lower() == "winter"
    years = {year - 1, year, year + 1} if winter else {year}
    days = [] if m["published"] else _visit_months(report)
    if not m["visit"]:
        days += [day for day, _ in publications(report)]
    touched = {d.month for d in days if d.year in years}
    # Two months told are each the visit's ('in April and May 2016' of 11 April to 6 May).
    return months <= touched if m["month2"] else bool(months & touched)


def _visit_months(report: Report) -> list[date]:
    """The first day of each month the visit touched."""
    start, end = report.inspection_start, report.inspection_end
    if start is None or end is None:
        return []
    out, day = [], date(start.year, start.month, 1)
    while day <= end:
        out.append(day)
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return out


def _when(report: Report) -> str:
    published = "; ".join(f"published {day:%-d %B %Y}{how}" for day, how in publications(report))
    return f"{report.label} was {inspected(report)}" + (f", {published}" if published else "")
