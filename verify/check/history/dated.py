"""A rating's grade dated to an earlier year ('rated good in 2022'), judged against that
year's report or the account of it.
"""

from __future__ import annotations

from verify.check.common import Context, provisional, verdict
from verify.check.comparison import ACCOUNT, area_hung_on
from verify.check.grades import grades_verdict, inspection_years
from verify.check.history.reading import _printed_year
from verify.check.history.runs import _for, _grade, _printed_grade
from verify.types import CheckedClaim, Claim, Grade, GradeMention, JudgementName, Report
from verify.words import GRADED_FRAMEWORKS
from verify.words.grades import grade_text


def _dated_grades(
    claim: Claim, ctx: Context, report: Report, earlier: list[Report]
) -> CheckedClaim | None:
    """'York was rated good in 2022 and is now outstanding': a grade the claim dates to the
    year of an earlier report of the council is judged against that report (contradicted
    only by the grade it gives); the claim's other grades against this report's table. None when
    no grade is so dated, or a year's report is not one graded inspection of the whole
    service (a 2012 looked-after children's inspection is not the safeguarding one), unless
    another dated grade is contradicted by its year's report."""
    own = inspection_years(report)
    dated, unsettled = [], False
    for mention in claim.values.grades:
        near = mention.years_near
        year = _printed_year(claim.text, mention) or (near[0] if len(near) == 1 else None)
        if year is None or year in own or mention.time_cue == "now":
            continue
        area = _area_of(claim, mention)
        then = [p for p in earlier if year in inspection_years(p)]
        # None, or which of that year's inspections is meant is not known.
        known = len(then) == 1 and then[0].framework in GRADED_FRAMEWORKS
        graded = _grade(then[0], area) if known else None
        if graded is None and not then:
            graded, holder = _recounted_grade(report, earlier, year, area)
            then = [holder] if graded else then
        if graded is None:
            unsettled = True
            continue
        dated.append((mention, then[0], graded, year))
    said = "; ".join(
        f"{_then(p, y)} was {grade_text(g)} {_for(_area_of(claim, m))}" for m, p, g, y in dated
    )
    if wrong := [(p, y) for m, p, g, y in dated if m.grade != g]:
        checked = verdict(claim, "contradicted", f"{said}.")
        recounted = any(y not in inspection_years(p) for p, y in wrong)
        return provisional(checked, ctx, ACCOUNT) if recounted else checked
    if not dated or unsettled:
        return None
    rest = [m for m in claim.values.grades if all(m is not d[0] for d in dated)]
    if not rest:
        return verdict(claim, "supported", f"{said}.")
    today = grades_verdict(_with_grades(claim, rest), ctx, report)
    label = "supported" if today.verdict == "not_checkable" else today.verdict
    return verdict(claim, label, f"{said}. Now: {today.explanation}", today.evidence)


def _area_of(claim: Claim, mention: GradeMention) -> JudgementName | None:
    """The judgement a grade is of: the one its clause names, else the one named by the
    clause its clause hangs on ('Care leavers' services were rated good, having been judged
    inadequate in 2014': 2014's care leavers, was the service's overall grade then)."""
    if mention.judgement is not None or mention.start is None:
        return mention.judgement
    return area_hung_on(claim.text, mention.start)


def _then(holder: Report, year: int) -> str:
    """How the inspection of ``year`` is named: its report, or the account of it a report
    of another year prints."""
    return (
        holder.label
        if year in inspection_years(holder)
        else f"The inspection {holder.label} recounts"
    )


def _recounted_grade(
    report: Report, earlier: list[Report], year: int, area: JudgementName | None
) -> tuple[Grade | None, Report]:
    """The grade the account of the inspection of ``year`` gives, and the report printing
    it: this report's account, else the latest of the ``earlier`` reports (latest first,
    ``comparison.earlier.council_reports_before``) that prints one
    (faithful7: 'inadequate for child protection in 2012', printed only by the 2014
    report, left the claim unread)."""
    for holder in (report, *earlier):
        if (graded := _printed_grade(holder, year, area)) is not None:
            return graded, holder
    return None, report


def _with_grades(claim: Claim, grades: list) -> Claim:
    return claim.model_copy(update={"values": claim.values.model_copy(update={"grades": grades})})
