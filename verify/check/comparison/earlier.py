"""Which earlier inspection a comparison is with: the council's earlier report of the
year (or month) the claim names, or that a span of years reaches back to, else the latest;
and whether the claim dates its earlier time before any inspection known, or tells a
change from a visit no judgement table grades.
"""

from __future__ import annotations

import re
from datetime import date

from verify.check.common import Context, judgement_grade
from verify.check.comparison.claimed import named_judgement
from verify.check.grades import inspection_years
from verify.check.visits import names_other_visit
from verify.types import Claim, Report
from verify.words.changes import last_inspection_year
from verify.words.councils import council_named, names_council
from verify.words.dates import BEFORE_THEN, LAST_VISIT_WORD, SINCE_YEAR
from verify.words.numbers import MONTH, NUMBER, month_number, number


def previous_report(
    ctx: Context, report: Report, year: int | None, slack: int = 0
) -> Report | None:
    """The earlier report for this council: the one from ``year`` (give or take ``slack``
    years) when the claim names a year (None when no earlier report is from then, so the
    claim is judged against the current report's own account of it), else the latest. A
    report of another council is never one (the table tells known councils apart); one
    whose council is unknown is taken when no report names this council."""
    own = [p for p in ctx.previous if names_council(p.authority, report.authority)]
    unknown = [p for p in ctx.previous if not _known_apart(p.authority, report.authority)]
    candidates = own or unknown
    if year is not None:
        off = {p.sha256: min(abs(y - year) for y in inspection_years(p) or {0}) for p in candidates}
        candidates = sorted(
            (p for p in candidates if off[p.sha256] <= slack), key=lambda p: off[p.sha256]
        )
    return candidates[0] if candidates else None


def council_reports_before(ctx: Context, report: Report) -> list[Report]:
    """The council's reports held before ``report``, latest first, by their place in the
    council's run of inspections (``run_day``); an undated one is taken to be earlier, as
    a report given with --previous is. The one choice of earlier reports that history
    (``check.history``) and a comparison with an older inspection's account
    (``against_account``) make alike."""
    day = run_day(report)
    own = [
        p
        for p in ctx.previous
        if names_council(p.authority, report.authority)
        and (date.min in (day, run_day(p)) or run_day(p) < day)
    ]
    return sorted(own, key=run_day, reverse=True)


def run_day(report: Report) -> date:
    """When a report was published (else its inspection ended or began, else its file's
    date): its place in the council's run of inspections; ``date.min`` when undated."""
    return (
        report.published
        or report.inspection_end
        or report.inspection_start
        or report.file_date
        or date.min
    )


def latest_graded(ctx: Context, report: Report) -> Report | None:
    """The council's latest earlier report that grades the service overall (not a
    monitoring visit's letter, nor a review of its safeguarding board), None when none."""
    own = [
        p
        for p in ctx.previous
        if names_council(p.authority, report.authority) and p.grade_of("overall_effectiveness")
    ]
    return max(own, key=lambda p: max(inspection_years(p), default=0), default=None)


def last_dated_by_account(report: Report, earlier: Report) -> bool:
    """True when the report's own account dates the council's last inspection to a year of
    ``earlier``'s ('Since the last inspection in 2018, ...'): with that report the latest
    graded one held, the two agree on when the last inspection was, so a later year given
    to it is wrong, not a report the archive lacks."""
    held = inspection_years(earlier)
    return any(last_inspection_year(p.text) in held for p in report.previous)


def not_last_year(report: Report, latest: Report, year: int) -> bool:
    """True when ``year``, given to the council's last inspection, is not its year:
    ``latest``, the graded report before ``report``, is of an inspection after it, or before
    it where the report's own account dates the last inspection to ``latest``'s year
    (``last_dated_by_account``). A later year with no account to date it may be a report the
    archive lacks, and a year of ``latest``'s or this inspection's is no evidence against."""
    held = inspection_years(latest)
    if not held or year in held or year in inspection_years(report):
        return False
    return min(held) > year or last_dated_by_account(report, latest)


def since_report(ctx: Context, report: Report, claim: Claim) -> Report | None:
    """The earlier report a comparison is with: the one of the year it names as the
    earlier inspection's, else the one before the time it says a grade held until
    (``until_report``: 'Until 2021, ...'), else of the year its change is counted from
    ('has moved up two grades since 2016', 'up one grade since 2015': was the latest
    report, so the grades crossed were counted from the wrong inspection), or that a span
    of years counting grades crossed reaches back to ('two grades in seven years'), else
    the latest (``previous_report``)."""
    year = claim.values.previous_year
    if year is None and (until := until_report(ctx, report, claim)) is not None:
        return until
    if year is None and (since := SINCE_YEAR.search(claim.text)):
        year = int(since["y"])
    if year is None and claim.values.grade_steps:
        # 'improved two grades in seven years': the span reaches back to the inspection
        # the grades are counted from.
        year = years_back(claim, report)
    return previous_report(ctx, report, year)


def until_report(ctx: Context, report: Report, claim: Claim) -> Report | None:
    """The council's latest earlier report from before the time the claim says a grade held
    until ('Until 2021, ... were rated requires improvement', 'Before the 2021 inspection',
    'Before the last inspection'; ``BEFORE_THEN``): not the report of that year or of the
    last inspection (facts5: each was compared with the 2021 report and left not_checkable
    though the 2017 one gives the grade). 'Before the inspection' or 'the latest
    inspection' is before this report: the latest earlier one. None when the claim names
    no such time, or no earlier report is from before it."""
    named = BEFORE_THEN.search(claim.text)
    if named is None:
        return None
    own = sorted(
        (p for p in ctx.previous if names_council(p.authority, report.authority)),
        key=lambda p: min(inspection_years(p) or {0}),
        reverse=True,
    )
    if year := named["year"] or named["of"]:
        return next((p for p in own if max(inspection_years(p) or {0}) < int(year)), None)
    skipped = 1 if LAST_VISIT_WORD.search(named.group()) else 0
    return own[skipped] if len(own) > skipped else None


_YEARS_BACK = re.compile(
    rf"\b(?:in|over|within|after)\s+(?:the\s+(?:last|past)\s+|just\s+|only\s+|under\s+)?"
    rf"(?P<n>{NUMBER})\s+years\b|\b(?P<m>{NUMBER})\s+years\s+ago\b",
    re.I,
)
"""A span that dates the earlier grade: 'moved from inadequate to good in ten years'."""


def years_back(claim: Claim, report: Report) -> int | None:
    """The year a claim's span of years reaches back to from this inspection ('from
    inadequate to good in seven years'), when it names no year itself."""
    found = _YEARS_BACK.search(claim.text)
    day = report.inspection_end or report.inspection_start or report.published
    if claim.values.previous_year or found is None or day is None:
        return None
    return day.year - (number(found["n"] or found["m"]) or 0)


def _known_apart(a: str, b: str) -> bool:
    """True when the table knows both names as councils (so ``names_council`` settles it)."""
    return council_named(a) is not None and council_named(b) is not None


def _before_any_known(claim: Claim, ctx: Context, report: Report) -> bool:
    """True when the claim dates its earlier time before every inspection of the council
    known (its earlier reports, the report's accounts): 'a turnaround from the criticisms
    of 2000' cannot be told by a passage about the last inspection."""
    year = claim.values.previous_year
    own = [p for p in ctx.previous if names_council(p.authority, report.authority)]
    known = [y for p in own for y in inspection_years(p)] + [
        p.year for p in report.previous if p.year
    ]
    return year is not None and bool(known) and year < min(known) - 1


_MONTH_YEAR = re.compile(rf"\b(?P<m>{MONTH})\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_PUBLISHED_WITHIN = 3
"""Months from an inspection's first day to its report's publication that 'a report in
<month>' may still mean: a report is published some weeks after the visit."""


def claimed_month(claim: Claim) -> tuple[int, int] | None:
    """(year, month) of the earlier inspection when the claim prints a month with its year
    ('echoes a report in April 2013'), else None."""
    year = claim.values.previous_year
    for m in _MONTH_YEAR.finditer(claim.text):
        if year is not None and int(m["y"]) == year:
            return year, month_number(m["m"]) or 0
    return None


def _fits_month(days: list[date | None], month: tuple[int, int]) -> bool:
    """True when ``month`` falls within the visit's months or the few after it (when the
    report may have come out): a month named for an inspection or its report."""
    wanted = month[0] * 12 + month[1]
    at = [d.year * 12 + d.month for d in days if d is not None]
    return bool(at) and min(at) <= wanted <= max(at) + _PUBLISHED_WITHIN - 1


def _report_of_month(earlier: Report, month: tuple[int, int]) -> bool:
    start = earlier.inspection_start or earlier.inspection_end
    return _fits_month([start, earlier.published or earlier.inspection_end], month)


def _of_month(ctx: Context, report: Report, month: tuple[int, int]) -> Report | None:
    """The council's earlier report of the month a claim names, if one is to hand."""
    own = [p for p in ctx.previous if names_council(p.authority, report.authority)]
    return next((p for p in own if _report_of_month(p, month)), None)


def _since_a_visit(claim: Claim, report: Report) -> bool:
    """True for a change told from a focused or monitoring visit and from no inspection or
    earlier grade ('improved since the focused visit in September 2018')."""
    v = claim.values
    return (
        names_other_visit(claim.text, report)
        and not _INSPECTION.search(claim.text)
        and not (v.previous_grade or v.first_grade or v.grades)
    )


_INSPECTION = re.compile(r"\binspect(?:ion|ed)\b", re.I)


def _span_start(claim: Claim, ctx: Context, report: Report, back: int) -> Report | None:
    """The earlier report a span of years reaches back to ('from inadequate to good in
    seven years'): the one from then, give or take a year of publishing; else the latest
    within the span, only when it gives the grade the move started from (the move may have
    passed through another grade on the way: that is no evidence against it)."""
    start = previous_report(ctx, report, back, slack=1)
    if start is not None:
        return start
    latest = previous_report(ctx, report, None)
    if latest is None or max(inspection_years(latest), default=0) < back - 1:
        return None
    then = judgement_grade(latest, named_judgement(claim) or "overall_effectiveness")
    return latest if then and then[1] == claim.values.previous_grade else None
