"""Which archived report a release is about, when the user gives only the release.

The council is the one the release names most (a name in its opening counts double).
Each of that council's reports is then scored on what the release says that only the
right report fits: its quotations found word for word in the report, full dates inside
the inspection or near publication, the lead inspector's name, the months and years the
release names for the inspection, and the grades it states. Years the release gives to
an earlier inspection ("rated good at the last inspection in 2016") count against a
report of that year. The council's report before the chosen one is its previous report.
Every score keeps its reasons, so the choice can be explained and checked.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta

from verify.archive.store import Archive, tokens
from verify.check.common import judgement_grade
from verify.errors import NotPaired
from verify.report.metadata import sentence_around
from verify.types import ArchivedReport, Claim, Pairing, PairingCandidate, Release, Report
from verify.words.councils import Council, mentions
from verify.words.dates import LOOKING_BACK
from verify.words.grades import EARLIER_GRADE_CUES, grade_rank
from verify.words.numbers import MONTH, month_name, month_number

OPENING_CHARS = 400
"""The headline and first sentence, where the council the release is about is named."""

QUOTE_MIN_WORDS = 4
"""Shorter quotations ('good', 'relentless focus') recur in every report."""

_YEAR = re.compile(r"\b(20[0-3]\d)\b")
_EARLIER_YEAR = re.compile(
    rf"\b(?:{LOOKING_BACK}|before)\b[^.;]{{0,60}}?"
    rf"(?:(?P<month>{MONTH}) )?\b(?P<year>20[0-3]\d)\b",
    re.IGNORECASE,
)
"""'since 2017', 'at the last full inspection in 2016': a year given to an earlier visit
('since January 2014' is a point in time, not a visit)."""
_NEGATED = re.compile(rf"\b(?:{EARLIER_GRADE_CUES}|not)\b\W+(?:\w+\W+){{0,3}}$", re.I)
"""'no longer rated as inadequate', 'up from requires improvement', 'the goal of being
rated good': not the grade now."""
_DAY_MONTH = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)? (?P<m1>{MONTH})"
    rf"|(?P<m2>{MONTH}) (?P<d2>\d{{1,2}})\b)"
)
"""'January 29' or '29 January', with or without a year: 'published today (Monday, January
29)' dates a release to its report's publication day."""
_ON_SITE = re.compile(r"\b(?:inspect|visit)", re.IGNORECASE)
"""A sentence about the inspection visit, whose days are days on site."""
_NEAR_PUBLICATION = timedelta(days=45)
_WEIGHTS = {
    "quote": 3.0,
    "date": 3.0,
    "inspector": 3.0,
    "month": 1.0,
    "year": 1.0,
    "grade": 1.5,
    "judgement": 1.0,
    "wrong_judgement": -1.0,
    "earlier": -2.0,
    "later": -1.0,
}


def pair_release(
    release: Release, claims: list[Claim], archive: Archive
) -> tuple[ArchivedReport, ArchivedReport | None, Pairing]:
    """The report ``release`` is about, the council's report before it, and why."""
    council = _council(release, archive)
    reports = archive.reports_of(council.name)
    scored = sorted(
        ((_score(release, claims, archive, r), r) for r in reports),
        key=lambda item: (item[0][0], item[1].dated),
        reverse=True,
    )
    (score, reasons), chosen = scored[0]
    previous = archive.previous(chosen)
    why = "; ".join(reasons) if reasons else "nothing in the release singles one out: the latest"
    explanation = (
        f"The release names {council.name} most; of its {len(reports)} archived reports, "
        f"{chosen.label} fits best ({why})."
        + (f" Its previous report is {previous.label}." if previous else " No earlier report.")
    )
    pairing = Pairing(
        council=council.name,
        report=chosen.path,
        previous=previous.path if previous else None,
        explanation=explanation,
        candidates=[
            PairingCandidate(report=r.label, source=r.path, score=s, reasons=why_list)
            for (s, why_list), r in scored
        ],
    )
    return chosen, previous, pairing


def _council(release: Release, archive: Archive) -> Council:
    """The council the release names most, among those the archive holds reports of."""
    weight: Counter[str] = Counter()
    named: dict[str, Council] = {}
    for council, at in mentions(f"{release.title or ''}\n{release.text}"):
        weight[council.name] += 2 if at < OPENING_CHARS else 1
        named[council.name] = council
    for name, _ in weight.most_common():
        if archive.reports_of(name):
            return named[name]
    detail = (
        f"it names {', '.join(weight)}, and the archive holds none of their reports"
        if weight
        else "it names no English council"
    )
    raise NotPaired(release.source, detail)


def _score(
    release: Release, claims: list[Claim], archive: Archive, report: ArchivedReport
) -> tuple[float, list[str]]:
    """How well ``report`` fits what the release says, with the reasons."""
    full = archive.load(report)
    text = " ".join(tokens(full.text))
    found: list[tuple[str, str]] = []
    quotes = [c for c in claims if c.kind == "quote" and len(tokens(c.text)) >= QUOTE_MIN_WORDS]
    hits = sum(" ".join(tokens(c.text)) in text for c in quotes)
    if hits:
        found.append(("quote", f"{hits} of {len(quotes)} quotations word for word"))
    found += _dates(release, claims, report)
    if full.lead_inspector and full.lead_inspector.split()[-1] in release.text:
        found.append(("inspector", f"names the lead inspector, {full.lead_inspector}"))
    years = {int(y) for y in _YEAR.findall(release.text)}
    own = {d.year for d in (report.inspection_start, report.inspection_end, report.dated) if d}
    earlier = {c.values.previous_year for c in claims if c.values.previous_year} | {
        int(m["year"]) for m in _EARLIER_YEAR.finditer(release.text) if not m["month"]
    }
    if own & earlier:
        found.append(("earlier", f"gives {min(own & earlier)} to an earlier inspection"))
    elif own & years:
        found.append(("year", f"names {min(own & years)}"))
    if years - earlier and report.dated.year > max(years - earlier) + 1:
        found.append(("later", f"names no year after {max(years - earlier)}"))
    found += _grades(claims, full, own)
    weight = {"quote": hits}
    return sum(_WEIGHTS[kind] * weight.get(kind, 1) for kind, _ in found), [why for _, why in found]


def _grades(claims: list[Claim], report: Report, own: set[int]) -> list[tuple[str, str]]:
    """The overall grade stated, and each judgement named with a grade that matches (or
    does not match) the report's grade for it; a grade said in a sentence naming another
    year than the report's ('rated as inadequate in 2012') is not this report's. A grade
    the release gives to overall effectiveness by name is its overall grade; when it names
    none, its overall grade is the first grade it states tied to no judgement (headlines
    and lead sentences give the overall grade before the others: 'inadequate', then
    'requires improvement' for two areas)."""
    found = []
    stated = [
        m
        for c in claims
        if c.kind == "rating"
        and not c.values.previous_year
        and not {int(y) for y in _YEAR.findall(c.text)} - own
        for m in c.values.grades
        if not _NEGATED.search(c.text[: max(0, c.text.find(m.printed))])
    ]
    overall = report.grade_of("overall_effectiveness")
    said_overall = [m for m in stated if m.judgement == "overall_effectiveness"] or [
        m for m in stated if m.judgement is None
    ][:1]
    if overall and any(m.grade == overall for m in said_overall):
        found.append(("grade", f"states its overall grade, {overall.replace('_', ' ')}"))
    for mention in stated:
        if mention.judgement in (None, "overall_effectiveness"):
            continue
        graded = judgement_grade(report, mention.judgement)
        if graded is None:
            continue
        right = grade_rank(graded[1]) == grade_rank(mention.grade)
        kind = "judgement" if right else "wrong_judgement"
        found.append((kind, f"{'matches' if right else 'differs on'} {mention.printed!r}"))
    return found


def _day_months(release: Release) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """Days and months named without a year: those in a sentence about the inspection
    itself ('inspected ... between September 30 and October 22'), then the others ('a
    report published today (Monday, January 29)'), as (month, day)."""
    on_site: set[tuple[int, int]] = set()
    other: set[tuple[int, int]] = set()
    for m in _DAY_MONTH.finditer(release.text):
        day = (month_number(m["m1"] or m["m2"]), int(m["d1"] or m["d2"]))
        begin, end = sentence_around(release.text, m.start())
        (on_site if _ON_SITE.search(release.text, begin, end) else other).add(day)
    return on_site, other


def _dates(release: Release, claims: list[Claim], report: ArchivedReport) -> list[tuple[str, str]]:
    """Full dates within the inspection or near publication; a day and month without a
    year on its publication day, or within its inspection when the sentence is about the
    visit ('inspected ... between September 30 and October 22 this year'); months of
    the inspection."""
    start = report.inspection_start or report.dated
    end = report.inspection_end or start
    days = {d for c in claims for d in c.values.dates}
    inside = [
        d
        for d in days
        if start - timedelta(days=3) <= d <= end + timedelta(days=3)
        or abs((d - report.dated).days) <= _NEAR_PUBLICATION.days
    ]
    found = [("date", f"dated {min(inside):%-d %B %Y}")] if inside else []
    visit, other = _day_months(release)
    on_site = visit & {
        (day.month, day.day) for day in _days(start - timedelta(days=3), end + timedelta(days=3))
    }
    if not inside and other & {(report.dated.month, report.dated.day)}:
        found.append(("date", f"names {report.dated:%-d %B}, its publication day"))
    elif not inside and on_site:
        month, day = min(on_site)
        found.append(("date", f"names {day} {month_name(month)}, on site"))
    months = {m for c in claims for m in c.values.months}
    if months & _months(start, end):
        found.append(("month", "names the month of the inspection"))
    return found


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def _months(start: date, end: date) -> set[int]:
    return {start.month, end.month}
