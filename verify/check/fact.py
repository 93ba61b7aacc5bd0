"""Inspection facts: dates, duration, team size, framework, publication date."""

from __future__ import annotations

import calendar
import re
from datetime import date

from verify.check.common import Context, nearest, verdict
from verify.check.finding import check_finding
from verify.types import CheckedClaim, Claim, Report
from verify.words import framework_title, plural
from verify.words.verdicts import worst

_FRAMEWORKS = {
    "ilacs": ("ilacs_2018", "ilacs_2023", "ilacs_2026"),
    "sif": ("sif",),
    "single inspection framework": ("sif",),
}


def days_spanned(start: date, end: date) -> int:
    return (end - start).days + 1


def weeks_spanned(start: date, end: date) -> int:
    """Calendar (Monday-start) weeks the inspection touched: 11 Sep-5 Oct 2017 is 4."""
    return (end.toordinal() - end.weekday() - (start.toordinal() - start.weekday())) // 7 + 1


def _team(claim: Claim, report: Report) -> tuple[str, str] | None:
    v, team = claim.values, report.team
    if v.team_hmi is None and v.team_total is None and v.team_other is None:
        return None
    if team.hmi is None and team.other is None:
        return "not_checkable", f"{report.label} does not print the team's size"
    hmi, other = team.hmi or 0, team.other or 0
    said = f"{hmi} HMI and {other} other inspector{'s' * (other != 1)} ({hmi + other} in all)"
    # "a team of six inspectors": the number may be the HMI or the whole team.
    if v.team_hmi in (hmi, hmi + other) and not _HMI.search(claim.text):
        return "supported", f"The team was {said}"
    wrong = (
        (v.team_hmi is not None and v.team_hmi != hmi)
        or (v.team_other is not None and v.team_other != other)
        or (v.team_total is not None and v.team_hmi is None and v.team_total != hmi + other)
    )
    if wrong:
        return "contradicted", f"The team was {said}"
    return "supported", f"The team was {said}"


def _duration(claim: Claim, report: Report) -> tuple[str, str] | None:
    v = claim.values
    if v.duration_days is None and v.duration_weeks is None:
        return None
    start, end = report.inspection_start, report.inspection_end
    if start is None or end is None:
        return "not_checkable", f"{report.label} has no inspection dates"
    days, weeks = days_spanned(start, end), weeks_spanned(start, end)
    said = (
        f"{start:%-d %B %Y} to {end:%-d %B %Y}: {plural(days, 'day')}, "
        f"{plural(weeks, 'calendar week')} spanned"
    )
    # "three weeks" for 23 days is right: whole weeks, rounded weeks or calendar weeks.
    ok = (v.duration_days is None or v.duration_days == days) and (
        v.duration_weeks is None or v.duration_weeks in (weeks, days // 7, round(days / 7))
    )
    return ("supported" if ok else "contradicted"), f"Inspected {said}"


def _dates(claim: Claim, report: Report) -> tuple[str, str] | None:
    if not claim.values.dates:
        return None
    start, end = report.inspection_start, report.inspection_end
    published, how = publication(report)
    known = [d for d in (start, end, published) if d]
    if not known:
        return "not_checkable", f"{report.label} has no dates"
    bad = [
        d
        for d in claim.values.dates
        if d != published and not (start and end and start <= d <= end)
    ]
    facts = []
    if start and end:
        facts.append(f"inspected {start:%-d %B} to {end:%-d %B %Y}")
    if published:
        facts.append(f"published {published:%-d %B %Y}{how}")
    if bad and published is None and all(end and d > end for d in bad):
        if not _PUBLISHED.search(claim.text) and _ON_SITE.search(claim.text):
            # "Inspectors visited from 2 to 13 January": dates of the visit, not of the report.
            days = ", ".join(f"{d:%-d %B %Y}" for d in bad)
            return "contradicted", f"{days} is after the inspection: {'; '.join(facts)}"
        return "not_checkable", "The report's publication date is not known; " + "; ".join(facts)
    if bad:
        return (
            "contradicted",
            f"{', '.join(f'{d:%-d %B %Y}' for d in bad)} does not match: {'; '.join(facts)}",
        )
    return "supported", "Matches: " + "; ".join(facts)


def publication(report: Report) -> tuple[date | None, str]:
    """When the report was published, and how we know: printed on its cover (SIF), or
    the date in its file name (ILACS PDFs print none)."""
    if report.published:
        return report.published, ""
    return report.file_date, " (the date in its file name)" if report.file_date else ""


def _months(claim: Claim, report: Report) -> tuple[str, str] | None:
    """Months without a day ('inspected in March'): the months the visit touched."""
    months = claim.values.months
    if not months or claim.values.dates or _PUBLISHED.search(claim.text):
        return None
    months = _inspection_months(claim.text, months)
    if not months:
        return None  # months named for something else (a restructure, a plan)
    start, end = report.inspection_start, report.inspection_end
    if start is None or end is None:
        return "not_checkable", f"{report.label} has no inspection dates"
    years = {int(y) for y in _YEAR.findall(claim.text)}
    if years and not years & {start.year, end.year}:
        return None  # "an inspection in January 2015": an earlier inspection
    touched = {(start.month - 1 + k) % 12 + 1 for k in range(_span(start, end))}
    said = f"inspected {start:%-d %B} to {end:%-d %B %Y}"
    if not set(months) <= touched:
        wrong = ", ".join(calendar.month_name[m] for m in months if m not in touched)
        return "contradicted", f"{wrong} does not match: {said}"
    main = _main_month(start, end)
    if start.month not in months and main not in months:
        # "a four-week inspection in February" for 16 January to 9 February: the
        # inspection neither began nor mostly ran in the month named.
        return "contradicted", (
            f"The inspection began and mostly ran in {calendar.month_name[main]}: {said}"
        )
    return "supported", f"Matches: {said}"


def _inspection_months(text: str, months: list[int]) -> list[int]:
    """The months named just after an inspection word ('took place in November and
    December'), not those of other events in the sentence."""
    cues = [(m.start(), m.end()) for m in _ON_SITE.finditer(text)]
    kept = []
    for month in months:
        name = calendar.month_name[month]
        for at in (m.start() for m in re.finditer(rf"\b{name}\b", text, re.I)):
            if any(at - end >= -_MONTH_NEAR and start - at <= _MONTH_NEAR for start, end in cues):
                kept.append(month)
                break
    return kept


_MONTH_NEAR = 40


def _main_month(start: date, end: date) -> int:
    """The month holding most of the inspection's days."""
    days: dict[int, int] = {}
    for k in range(days_spanned(start, end)):
        month = date.fromordinal(start.toordinal() + k).month
        days[month] = days.get(month, 0) + 1
    return max(days, key=days.get)


def _span(start: date, end: date) -> int:
    """How many calendar months the dates touch."""
    return (end.year - start.year) * 12 + end.month - start.month + 1


def _framework(claim: Claim, report: Report) -> tuple[str, str] | None:
    name = (claim.values.framework or "").lower().strip()
    if not name or _GENERAL.search(claim.text):
        return None
    expected = next((eras for key, eras in _FRAMEWORKS.items() if key in name), None)
    if expected is None:
        return None
    label = framework_title(report.framework)
    if report.framework in expected:
        return "supported", f"The report is an inspection under {label}"
    said = claim.values.framework
    return "contradicted", f"The report is an inspection under {label}, not {said}"


_HMI = re.compile(r"\b(?:HMI|Majesty)", re.I)
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_PUBLISHED = re.compile(r"\b(publish\w*|released|out today|today)\b", re.I)
_ON_SITE = re.compile(r"\b(visit\w*|inspected|inspection|on site|carried out|took place)\b", re.I)

# "ILACS came into effect in January 2018" is about the framework, not this inspection.
_GENERAL = re.compile(r"\b(came into (?:effect|force)|introduced|launched|replaced)\b", re.I)


def check_fact(claim: Claim, ctx: Context, report: Report) -> CheckedClaim:
    """The verdict for an inspection fact: each parsed value compared, worst wins."""
    checks = (_team, _duration, _dates, _months, _framework)
    results = [r for f in checks if (r := f(claim, report))]
    if _GENERAL.search(claim.text) and claim.values.framework:
        why = "About the inspection framework in general, not this inspection."
        return verdict(claim, "not_checkable", why)
    if not results:
        # No value to compare ("Inspectors read case files..."): check it as a finding.
        return check_finding(claim, ctx, report)
    label = worst(r[0] for r in results)
    evidence = nearest(ctx, report, _evidence_query(claim))
    return verdict(claim, label, "; ".join(r[1] for r in results) + ".", evidence)


def _evidence_query(claim: Claim) -> str:
    """What to search the report for: the team appendix for team claims, else the claim."""
    if claim.values.team_hmi is not None or claim.values.team_total is not None:
        return "The inspection team consisted of Her Majesty's Inspectors (HMI)"
    if claim.values.duration_days or claim.values.duration_weeks or claim.values.dates:
        return "Inspection dates"
    return re.sub(r"\s+", " ", claim.text)
