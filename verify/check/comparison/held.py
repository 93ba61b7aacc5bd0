"""A grade said of several of the council's inspections: held since a year ('has remained
good since 2017', 'stayed requires improvement since 2018'), where every graded inspection
from that year to this one, today's included, must have given it; or given in years listed
together ('Previous inspections, in 2015 and 2018, also rated the council good'), where each
year's report must. Compared with one earlier report alone, such a claim read as true when
another inspection it names gave another grade (session 17, history17).
"""

from __future__ import annotations

import re
from datetime import date

from verify.check.common import Context, judgement_grade, nearest, verdict
from verify.check.comparison.claimed import earlier_judgement
from verify.check.comparison.earlier import previous_report
from verify.check.grades import inspection_years
from verify.types import CheckedClaim, Claim, Report
from verify.words.councils import names_council
from verify.words.dates import SINCE_YEAR, YEARS_LISTED, years_listed_with
from verify.words.grades import grade_text, step_of


def kept_since(claim: Claim) -> tuple[str, int] | None:
    """(grade, year) for a claim that a grade has been held since a year: the direction
    'maintained', one grade named (the earlier one, else the one the claim prints) and a
    year counted from ('since 2017'). None for any other claim."""
    v = claim.values
    since = SINCE_YEAR.search(claim.text)
    if v.direction != "maintained" or since is None:
        return None
    grades = {v.previous_grade} if v.previous_grade else {m.grade for m in v.grades}
    if len(grades) != 1:
        return None
    return grades.pop(), int(since["y"])


def _held_throughout(claim: Claim, ctx: Context, report: Report) -> CheckedClaim | None:
    """Contradicted when an inspection of the council since the year (that year's, one in
    between, or today's) gave the judgement another grade; supported when each one known
    gave it. None when the claim keeps no grade since a year, or no report of that year is
    known (the existing paths judge it then). An inspection that grades nothing of the
    judgement (a focused or monitoring visit, a review of the safeguarding board) is no
    evidence either way, so it is passed over."""
    kept = kept_since(claim)
    if kept is None or previous_report(ctx, report, kept[1]) is None:
        return None
    grade, year = kept
    name = earlier_judgement(claim)
    graded = [
        (r, then[1])
        for r in (*_own_since(ctx, report, year), report)
        if (then := judgement_grade(r, name))
    ]
    off = [(r, g) for r, g in graded if step_of(g) != step_of(grade)]
    shown = "; ".join(f"{r.label} {grade_text(g)}" for r, g in graded)
    evidence = [e for r, _ in off[:1] for e in nearest(ctx, r, claim.text)]
    if off:
        why = f"Not {grade_text(grade)} throughout since {year}: {shown}."
        return verdict(claim, "contradicted", why, evidence + nearest(ctx, report, claim.text))
    why = f"{grade_text(grade).capitalize()} at every inspection since {year}: {shown}."
    return verdict(claim, "supported", why, nearest(ctx, report, claim.text))


def listed_years(claim: Claim) -> list[int]:
    """The years a claim's earlier grade is given in, when it lists more than one ('rated
    inadequate in 2015 and again in 2018'); empty otherwise."""
    v = claim.values
    if v.previous_year is not None:
        years = years_listed_with(claim.text, v.previous_year)
    else:
        listed = YEARS_LISTED.search(claim.text)
        years = [int(y) for y in re.findall(r"(?:19|20)\d\d", listed.group())] if listed else []
    return years if len(years) > 1 else []


def _against_every_year(claim: Claim, ctx: Context, report: Report) -> CheckedClaim | None:
    """An earlier grade given in several years listed together, judged against each year's
    report: contradicted when one of them gave the judgement another grade, supported when
    each gave it. None when the claim lists no years with one earlier grade, or a year's
    report is not known (the existing paths judge it, against the report's own account)."""
    v, years = claim.values, listed_years(claim)
    if not years or not v.previous_grade:
        return None
    name = earlier_judgement(claim)
    graded = []
    for year in years:
        then = previous_report(ctx, report, year)
        given = judgement_grade(then, name) if then is not None else None
        if given is None:
            return None
        graded.append((then, given[1]))
    off = [(r, g) for r, g in graded if step_of(g) != step_of(v.previous_grade)]
    shown = "; ".join(f"{r.label} {grade_text(g)}" for r, g in graded)
    evidence = [e for r, _ in (off or graded)[:2] for e in nearest(ctx, r, claim.text)]
    said = f"{grade_text(v.previous_grade)} in {', '.join(map(str, years))}"
    if off:
        return verdict(claim, "contradicted", f"Not {said}: {shown}.", evidence)
    return verdict(claim, "supported", f"{said.capitalize()}: {shown}.", evidence)


def _own_since(ctx: Context, report: Report, year: int) -> list[Report]:
    """The council's earlier reports from ``year`` on, before this one, oldest first."""
    own = [
        p
        for p in ctx.previous
        if names_council(p.authority, report.authority)
        and max(inspection_years(p), default=0) >= year
        and _day(p) < _day(report)
    ]
    return sorted(own, key=_day)


def _day(report: Report) -> date:
    """When a report's inspection ended (else began, else its publication): its place in
    the council's run of inspections."""
    return (
        report.inspection_end
        or report.inspection_start
        or report.published
        or report.file_date
        or date.min
    )
