"""A grade said of several of the council's inspections: held since a year ('has remained
good since 2017', 'stayed requires improvement since 2018'), where every graded inspection
from that year to this one, today's included, must have given it; or given in years listed
together ('Previous inspections, in 2015 and 2018, also rated the council good'), where each
year's report must. Compared with one earlier report alone, such a claim read as true when
another inspection it names gave another grade (session 17, history17).
"""

from __future__ import annotations

from verify.check.common import Context, judgement_grade, nearest, verdict
from verify.check.comparison.accounts import of_another_service
from verify.check.comparison.claimed import earlier_judgement
from verify.check.comparison.earlier import council_reports_before, previous_report
from verify.check.grades import inspection_years
from verify.types import CheckedClaim, Claim, Evidence, JudgementName, Report
from verify.words.changes import BEFORE_NOW, EVERY_INSPECTION, GOES_ON, SINCE_THE_LAST
from verify.words.dates import SINCE_YEAR, YEAR, YEARS_LISTED, years_listed_with
from verify.words.grades import grade_text, grades_by_year, step_of


def kept_since(claim: Claim, earlier: Report | None = None) -> tuple[str, int] | None:
    """(grade, year) for a claim that a grade has been held since a year: one grade named
    (the earlier one, else the one the claim prints) and a year counted from, by the
    direction 'maintained' ('has remained good since 2017') or each inspection named
    ('rated good at every inspection since 2014'), or a year the grade goes on from
    ('remains good, as it was in 2014', every grade named the same: 'remains requires
    improvement, having been inadequate in 2019' keeps no grade), or the ``earlier``
    inspection's year when kept since the last one ('has remained good since it was last
    inspected'). None for any other claim."""
    v = claim.values
    since = SINCE_YEAR.search(claim.text)
    grades = {v.previous_grade} if v.previous_grade else {m.grade for m in v.grades}
    if len(grades) != 1 or v.direction not in (None, "maintained"):
        return None
    if since is not None and (v.direction or EVERY_INSPECTION.search(claim.text)):
        return grades.pop(), int(since["y"])
    named = {v.previous_grade} | {m.grade for m in v.grades}
    if not v.direction or not GOES_ON.search(claim.text) or len(named - {None}) != 1:
        return None
    if v.previous_year:
        return grades.pop(), v.previous_year
    if earlier is not None and SINCE_THE_LAST.search(claim.text):
        return grades.pop(), min(inspection_years(earlier))
    return None


def _held_throughout(
    claim: Claim, ctx: Context, report: Report, earlier: Report | None = None
) -> CheckedClaim | None:
    """Contradicted when an inspection of the council since the year (that year's, one in
    between, or today's) gave the judgement another grade; supported when each one known
    gave it. None when the claim keeps no grade since a year, or when no report of that
    year is known and none since contradicts it (the existing paths judge it then, against
    the report's own account): a later report's other grade contradicts it whether or not
    that year's is held (was left to those paths, which never looked at it). An inspection
    that grades nothing of the judgement (a focused or monitoring visit, a review of the
    safeguarding board) is no evidence either way, so it is passed over."""
    kept = kept_since(claim, earlier)
    if kept is None:
        return None
    grade, year = kept
    held = previous_report(ctx, report, year) is not None
    name = earlier_judgement(claim)
    graded = [
        (r, then[1])
        for r in (*_own_since(ctx, report, year), *_today_unless_before(claim, report))
        if (then := judgement_grade(r, name))
    ]
    off = [(r, g) for r, g in graded if step_of(g) != step_of(grade)]
    shown = "; ".join(f"{r.label} {grade_text(g)}" for r, g in graded)
    evidence = [e for r, _ in off[:1] for e in nearest(ctx, r, claim.text)]
    if not held and not off:
        return _kept_from_an_account(claim, ctx, report, grade, year, shown)
    if off:
        why = f"Not {grade_text(grade)} throughout since {year}: {shown}."
        return verdict(claim, "contradicted", why, evidence + nearest(ctx, report, claim.text))
    why = f"{grade_text(grade).capitalize()} at every inspection since {year}: {shown}."
    return verdict(claim, "supported", why, nearest(ctx, report, claim.text))


def _today_unless_before(claim: Claim, report: Report) -> tuple[Report, ...]:
    """Today's report, as one of the run's inspections, unless the run is told as ended
    before it ('had been rated inadequate at every inspection since 2013')."""
    return () if BEFORE_NOW.search(claim.text) else (report,)


def _kept_from_an_account(
    claim: Claim, ctx: Context, report: Report, grade: str, year: int, shown: str
) -> CheckedClaim | None:
    """A grade kept since a year whose report is not held, every report held since giving
    it: contradicted when today's report's own account of that year's inspection gives
    another grade ('remained good since 2022', where Cumbria's services were judged
    requires improvement in November 2022: compare18, was not_checkable); None otherwise,
    for the existing paths (only a grade that differs is evidence here: one inspection's
    account bears out the start of the run, not the inspections between it and the
    reports held)."""
    told = _year_grade(claim, ctx, report, year, earlier_judgement(claim))
    if told is None or step_of(told[1]) == step_of(grade):
        return None
    who, then, evidence = told
    why = f"Not {grade_text(grade)} throughout since {year}: {who} {grade_text(then)}; {shown}."
    return verdict(claim, "contradicted", why, evidence + nearest(ctx, report, claim.text))


def listed_years(claim: Claim) -> list[int]:
    """The years a claim's earlier grade is given in, when it lists more than one ('rated
    inadequate in 2015 and again in 2018'); empty otherwise."""
    v = claim.values
    if v.previous_year is not None:
        years = years_listed_with(claim.text, v.previous_year)
    else:
        listed = YEARS_LISTED.search(claim.text)
        years = [int(y) for y in YEAR.findall(listed.group())] if listed else []
    return years if len(years) > 1 else []


def _against_every_year(claim: Claim, ctx: Context, report: Report) -> CheckedClaim | None:
    """An earlier grade given in several years listed together ('rated inadequate in 2015
    and again in 2018'), or each year with its own grade ('inadequate in 2015, and
    requires improvement in 2018'), judged against each year's report: contradicted when
    a known year's report gave the judgement another grade; supported only when every
    year's report is known and gave it, since a year with no report held could have given
    any grade (was checked against the latest report alone: supported); not_checkable,
    naming the years not held, otherwise. None when the claim gives no grade to more than
    one year."""
    said = _years_said(claim)
    if not said:
        return None
    name = earlier_judgement(claim)
    graded, unheld = [], []
    for grade, year in said:
        if (given := _year_grade(claim, ctx, report, year, name)) is None:
            unheld.append(year)
        else:
            graded.append((*given, grade))
    off = [(who, g, ev) for who, g, ev, meant in graded if step_of(g) != step_of(meant)]
    shown = "; ".join(f"{who} {grade_text(g)}" for who, g, _, _ in graded)
    evidence = [e for _, _, ev, *_ in (off or graded)[:2] for e in ev]
    told = _told(said)
    if off:
        return verdict(claim, "contradicted", f"Not {told}: {shown}.", evidence)
    if unheld:
        missing = ", ".join(map(str, unheld))
        why = f"No report of {missing} is held, so {told} cannot be checked"
        why += f" ({shown})." if shown else "."
        return verdict(claim, "not_checkable", why, evidence or nearest(ctx, report, claim.text))
    return verdict(claim, "supported", f"{told[0].upper()}{told[1:]}: {shown}.", evidence)


def _year_grade(
    claim: Claim, ctx: Context, report: Report, year: int, name: JudgementName
) -> tuple[str, str, list[Evidence]] | None:
    """(who says it, grade, evidence) for the judgement's grade in a year: that year's
    report's, else, for the whole service, today's report's own account of that year's
    inspection ('At the last inspection in 2018, the local authority was judged good'),
    the archive lacking its report, never an account of one service's inspection alone
    beside a claim naming safeguarding (``of_another_service``: 2010's of services for
    children looked after is not what 'judged inadequate for safeguarding in 2010' was,
    drift37). None when neither tells it."""
    then = _report_of(ctx, report, year)
    given = judgement_grade(then, name) if then is not None else None
    if then is not None and given is not None:
        return then.label, given[1], nearest(ctx, then, claim.text)
    if name != "overall_effectiveness":
        return None
    for told in report.previous:
        if (
            told.year == year
            and told.grade
            and told.kind in (None, "inspection")
            and not of_another_service(told.text, claim.text)
        ):
            ev = ctx.index(report).evidence(told.start, told.end, 1.0, whole_sentence=False)
            return f"{report.label}'s account of {year}", told.grade, [ev]
    return None


def _report_of(ctx: Context, report: Report, year: int) -> Report | None:
    """The council's report of a year: today's when it is that year's ('inadequate in 2015
    and good in 2024' names today's inspection too), else an earlier one of that year."""
    if year in inspection_years(report):
        return report
    return previous_report(ctx, report, year)


def _years_said(claim: Claim) -> list[tuple[str, int]]:
    """(grade, year) for each year a claim gives an earlier grade in, when it gives one to
    more than one year: one grade to years listed together (``listed_years``), else each
    year its own (``grades_by_year``). Empty otherwise."""
    v, years = claim.values, listed_years(claim)
    if years and v.previous_grade:
        return [(v.previous_grade, y) for y in years]
    return grades_by_year(claim.text)


def _told(said: list[tuple[str, int]]) -> str:
    """The grades a claim gives by year, as the explanation says them: 'good in 2015,
    2018'; 'inadequate in 2015, requires improvement in 2018'."""
    if len({g for g, _ in said}) == 1:
        return f"{grade_text(said[0][0])} in {', '.join(str(y) for _, y in said)}"
    return ", ".join(f"{grade_text(g)} in {y}" for g, y in said)


def _own_since(ctx: Context, report: Report, year: int) -> list[Report]:
    """The council's earlier reports from ``year`` on, before this one, oldest first."""
    own = council_reports_before(ctx, report)
    return [p for p in reversed(own) if max(inspection_years(p), default=0) >= year]
