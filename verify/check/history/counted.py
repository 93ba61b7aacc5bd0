"""A run counted ('the third consecutive time', 'ten years of an outstanding rating'), one
ended ('the first time not rated inadequate since 2015') or a grade the best since a year,
against the run.
"""

from __future__ import annotations

import re

from verify.check.common import Context, verdict
from verify.check.grades import inspection_years
from verify.check.history.reading import _BEFORE_THIS, _NTH_TIME, _claimed, _clause_at, _printed_in
from verify.check.history.runs import Step, _for, _grade, _on, _printed_steps, _run, _shown, _year
from verify.types import CheckedClaim, Claim, Grade, JudgementName, Report
from verify.words.grades import grade_rank, grade_text
from verify.words.judgements import RELEASE_JUDGEMENT_RE
from verify.words.numbers import ordinal


def _in_a_row(
    claim: Claim, ctx: Context, report: Report, earlier: list[Report], times: int, row: re.Match
) -> CheckedClaim:
    """'For the third consecutive time' (``row``): this inspection and the ``times - 1``
    before it all gave the grade, or the ``times`` before it for a run counted in number and
    told as before this one ('after three inspections in a row', ``_BEFORE_THIS``; not
    'following its third consecutive inadequate judgement', which names the one making the
    run), of the grade printed in the run's clause ('found them inadequate', rated or not);
    the oldest report's account of earlier ones completes the run."""
    at = row.start()
    counted_in_number = row.group(3) or row.group(4) or row.group(5)  # not an ordinal
    first = 1 if counted_in_number and _BEFORE_THIS.search(claim.text[:at]) else 0
    clause = _clause_at(claim.text, at) if first else None
    claimed = (clause and _printed_in(claim.text, clause)) or _claimed(claim, at)
    if claimed is None:
        return verdict(claim, "not_checkable", "No grade to count the run of.")
    grade, judgement, _ = claimed
    run = _run(report, earlier, judgement)
    shown = _shown(run)
    counted = run[first : first + times]
    if other := [s for s in counted if s.grade is not None and s.grade != grade]:
        why = f"Not {times} in a row {_for(judgement)}: {shown}."
        return _on(other[0], verdict(claim, "contradicted", why), ctx)
    if len(counted) < times or any(s.grade is None for s in counted):
        why = f"Only {sum(s.grade == grade for s in counted)} known: {shown}."
        return verdict(claim, "not_checkable", why)
    return verdict(claim, "supported", f"{times} in a row {_for(judgement)}: {shown}.")


def _nth_time(
    claim: Claim, ctx: Context, report: Report, earlier: list[Report]
) -> CheckedClaim | None:
    """'Rated good for the second time' (``_NTH_TIME``): this inspection gave the grade,
    and so many known inspections in all (the earlier reports, then the oldest one's account
    of older ones) did, as 'for the first time' is judged against the reports known.
    Contradicted by more of them, or by fewer once at least ``times`` inspections are known;
    None when today's grade is not the one counted (the rating checker's)."""
    nth = _NTH_TIME.search(claim.text)
    times = (ordinal(nth[1] or nth[2]) or 0) if nth else 0
    claimed = _claimed(claim, nth.start()) if times > 1 else None
    if claimed is None:
        return None
    grade, judgement, _ = claimed
    run = _run(report, earlier, judgement)
    if run[0].grade != grade:
        return None
    given = [s for s in run if s.grade == grade]
    known = [s for s in run if s.grade is not None]
    what = f"{grade_text(grade)} {_for(judgement)}"
    if len(given) > times:
        why = f"{what.capitalize()} {len(given)} times, not {times}: {_shown(run)}."
        return _on(given[times], verdict(claim, "contradicted", why), ctx)
    if len(given) == times:
        return verdict(claim, "supported", f"{what} {times} times: {_shown(run)}.")
    if len(known) >= times:
        why = f"{what.capitalize()} only {len(given)} time(s): {_shown(run)}."
        return _on(known[-1], verdict(claim, "contradicted", why), ctx)
    return verdict(claim, "not_checkable", f"Only {len(given)} known: {_shown(run)}.")


def _run_ended(
    claim: Claim, ctx: Context, report: Report, earlier: list[Report], grade: Grade, year: int
) -> CheckedClaim:
    """'The first time the council has not been rated inadequate since 2015': every graded
    inspection after that year's (the one inspected or published then) gave the grade, and
    today's does not; that year's own grade is no evidence either way ('since 2014', when
    it was requires improvement, and 'since 2015', when it was inadequate, are both said).
    Contradicted by today's grade, or by an inspection between that gave another;
    supported when that year's inspection is known, by its report or else the oldest
    report's own account of it, so the run after it is; not_checkable otherwise. Of the
    judgement the claim names, else overall effectiveness."""
    named = RELEASE_JUDGEMENT_RE.search(claim.text)
    judgement = named.lastgroup if named else None
    now = _grade(report, judgement)
    if now == grade:
        why = f"{report.label} is {grade_text(grade)} {_for(judgement)}: no run of it ended."
        return verdict(claim, "contradicted", why)
    steps, known = _after_year(report, earlier, judgement, year)
    run = [Step(report.label, now, _year(report)), *steps]
    if other := [s for s in steps if s.grade is not None and s.grade != grade]:
        why = f"Not {grade_text(grade)} at every inspection since {year}: {_shown(run)}."
        return _on(other[0], verdict(claim, "contradicted", why), ctx)
    if not known:
        why = f"No inspection of {year} known, so the run since cannot be: {_shown(run)}."
        return verdict(claim, "not_checkable", why)
    what = f"{grade_text(grade).capitalize()} {_for(judgement)}"
    return verdict(claim, "supported", f"{what} after {year}, not now: {_shown(run)}.")


def _after_year(
    report: Report, earlier: list[Report], judgement: JudgementName | None, year: int
) -> tuple[list[Step], bool]:
    """The earlier inspections after ``year``'s (the one inspected or published then),
    latest first, and whether that year's inspection is known, by its report or else the
    oldest report's own account of it (so the run after it is whole)."""
    since = [r for r in earlier if max(inspection_years(r), default=0) >= year]  # latest first
    start = next((i for i, r in enumerate(since) if year in inspection_years(r)), None)
    steps = [Step(r.label, _grade(r, judgement), _year(r)) for r in since[:start]]
    oldest = since[-1] if since else earlier[-1] if earlier else report
    known = start is not None or any(s.year == year for s in _printed_steps(oldest, judgement))
    return steps, known


def _best_since(
    claim: Claim, ctx: Context, report: Report, earlier: list[Report], way: str, year: int
) -> CheckedClaim:
    """'Not rated this highly since at least 2014' (``way`` 'higher'; 'the lowest since',
    'lower'): today's grade is above (below) every grade given after ``year``'s inspection,
    whose own grade is no evidence either way, as for a run ended (``_run_ended``).
    Contradicted by one as high (low); supported when that year's inspection is known, so
    the run after it is; of the judgement the claim names, else overall effectiveness."""
    named = RELEASE_JUDGEMENT_RE.search(claim.text)
    judgement = named.lastgroup if named else None
    now = _grade(report, judgement)
    if now is None:
        return verdict(claim, "not_checkable", f"{report.label} gives no grade {_for(judgement)}.")
    steps, known = _after_year(report, earlier, judgement, year)
    run = [Step(report.label, now, _year(report)), *steps]
    sign = 1 if way == "higher" else -1  # a lower rank is a better grade
    level = [s for s in steps if s.grade and sign * grade_rank(s.grade) <= sign * grade_rank(now)]
    if level:
        why = f"Not {way} than every grade since {year}: {_shown(run)}."
        return _on(level[0], verdict(claim, "contradicted", why), ctx)
    if not known:
        why = f"No inspection of {year} known, so the grades since cannot be: {_shown(run)}."
        return verdict(claim, "not_checkable", why)
    what = f"{grade_text(now).capitalize()} {_for(judgement)}"
    why = f"{what} is {way} than every grade since {year}: {_shown(run)}."
    return verdict(claim, "supported", why)


def _years_of(
    claim: Claim, ctx: Context, report: Report, earlier: list[Report], years: int
) -> CheckedClaim | None:
    """'Ten years of an overall outstanding rating': every inspection of the last ``years``
    gave the grade (a grade holds until the next inspection), give or take a year."""
    claimed = _claimed(claim)
    now = _year(report)
    if claimed is None or now is None:
        return None
    grade, judgement, _ = claimed
    run = _run(report, earlier, judgement)
    if run[0].grade != grade:
        return None  # the grade now is the rating checker's
    since = now  # the year of the oldest inspection of the unbroken run of the grade
    for step in run:
        if step.grade == grade and step.year is not None:
            since = step.year
            continue
        if step.grade is not None and now - since < years - 1:
            why = f"{step.label} was {grade_text(step.grade)} until {since}: {_shown(run)}."
            return _on(step, verdict(claim, "contradicted", why), ctx)
        break
    what = f"{grade_text(grade)} {_for(judgement)}"
    if now - since >= years - 1:
        return verdict(claim, "supported", f"{what} since {since}: {_shown(run)}.")
    why = f"{what} since {since}, and before that not known: {_shown(run)}."
    return verdict(claim, "not_checkable", why)
