"""The council's run of inspections: its earlier reports, latest first, each a ``Step``
(its grade, its year), and those older than any report read from the oldest report's own
account of them (``_printed_steps``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from verify.check.common import Context, judgement_grade, provisional
from verify.check.comparison import ACCOUNT, LOOKED_AFTER_AREAS, area_grade, graded_apart
from verify.check.comparison.earlier import council_reports_before
from verify.types import CheckedClaim, Grade, JudgementName, PreviousInspection, Report
from verify.words.grades import grade_text
from verify.words.judgements import JUDGED_WITHIN, JUDGEMENTS

_LOOKED_AFTER = re.compile(r"looked[\s-]after|in care|adoption", re.I)


_PROTECTION = re.compile(JUDGEMENTS["help_and_protection"].mention, re.I)


def _of_area(account: str, judgement: JudgementName) -> bool:
    """True for an account of the earlier inspection of that area alone: the looked-after
    children's one for a looked-after judgement, the one of 'arrangements for the protection
    of children' or 'safeguarding arrangements' (naming no looked-after children) for help
    and protection (compare13: 'child protection services, judged inadequate in February
    2013' against an account of that year's protection inspection, adequate, was not read)."""
    if judgement in LOOKED_AFTER_AREAS:
        return bool(_LOOKED_AFTER.search(account))
    protection = judgement == "help_and_protection" and _PROTECTION.search(account)
    return bool(protection) and not _LOOKED_AFTER.search(account)


@dataclass(frozen=True)
class Step:
    """One inspection in the council's run: what it is called and the grade it gave."""

    label: str
    grade: Grade | None
    year: int | None = None
    printed: bool = False
    """Known only from a report's own account of it (``_printed_steps``): a flag resting
    on it is provisional (``comparison.ACCOUNT``)."""


def _printed_grade(report: Report, year: int, judgement: JudgementName | None) -> Grade | None:
    """The grade the report's own account gives its inspection of ``year``, when no
    earlier report of that year is known: for the service as a whole, one graded account
    of that year, not of looked-after children alone; for an area, that area's
    inspection's (``_printed_steps``)."""
    if judgement not in (None, "overall_effectiveness"):
        # An area's grade only from that area's inspection (2010's looked-after one).
        steps = [s.grade for s in _printed_steps(report, judgement) if s.year == year]
        return steps[0] if steps else None
    said = {
        p.grade for p in report.previous if p.year == year and p.grade and not graded_apart(p.text)
    }
    return said.pop() if len(said) == 1 else None


def _earlier_reports(ctx: Context, report: Report) -> list[Report]:
    """The council's reports before ``report``, latest first, that grade anything."""
    return [p for p in council_reports_before(ctx, report) if p.judgements]


def _grade(report: Report, judgement: JudgementName | None) -> Grade | None:
    name = judgement or "overall_effectiveness"
    # Adoption was graded on its own until 2018, and within children in care since: a run
    # of grades for adoption reads the judgement that held it.
    for candidate in (name, *JUDGED_WITHIN.get(name, ())):
        found = judgement_grade(report, candidate)
        if found is not None:
            return found[1]
    return None


def _equivalent_grade(report: Report, judgement: JudgementName | None) -> Grade | None:
    """The report's grade for the judgement or its equivalent in the report's framework,
    not one it shared with another (ILACS 2018 graded care leavers with children in care:
    'care leavers still require improvement' after that joint good is no positive
    evidence, stress_evidence2)."""
    found = judgement_grade(report, judgement or "overall_effectiveness")
    if found is None or (judgement == "care_leavers" and found[0] != judgement):
        return None
    return found[1]


def _on(step: Step, checked: CheckedClaim, ctx: Context) -> CheckedClaim:
    """``checked``, resting on ``step``: provisional when the step is known only from a
    report's account of it."""
    return provisional(checked, ctx, ACCOUNT) if step.printed else checked


def _run(report: Report, earlier: list[Report], judgement: JudgementName | None) -> list[Step]:
    """This inspection, the earlier reports, then the oldest one's account of older ones."""
    run = [Step(r.label, _grade(r, judgement), _year(r)) for r in (report, *earlier)]
    return run + _printed_steps(earlier[-1] if earlier else report, judgement)


def _year(report: Report) -> int | None:
    day = report.inspection_end or report.inspection_start or report.published
    return day.year if day else None


def _shown(run: list[Step]) -> str:
    return "; ".join(f"{s.label}: {grade_text(s.grade) if s.grade else 'not graded'}" for s in run)


def _printed_steps(report: Report, judgement: JudgementName | None) -> list[Step]:
    """The graded earlier inspections the report prints, latest first, one per year: for a
    looked-after judgement the looked-after inspection of that year, otherwise the year's
    grade only when every inspection printed for it agrees. An account grading two areas
    gives an area the grade it gives that area (``comparison.area_grade``: 'when
    safeguarding arrangements were judged inadequate and the looked after children's
    service was judged adequate' is adequate for looked-after children, as the account
    of that inspection alone says), not its first."""
    by_year: dict[int, list] = {}
    for p in report.previous:
        if p.year and p.grade:
            by_year.setdefault(p.year, []).append(p)
    steps = []
    for year in sorted(by_year, reverse=True):
        printed = by_year[year]
        if judgement and judgement != "overall_effectiveness":
            # An area's grade only from the inspection of that area (the looked-after
            # children's one, the protection one); the service's grade overall is not the
            # area's.
            printed = [p for p in printed if _of_area(p.text, judgement)]
        if not printed:
            continue  # that year's inspection was of another area ('child protection')
        grades = {_area_told(p, judgement) for p in printed}
        label = f"{report.label}'s account of {year}"
        steps.append(Step(label, grades.pop() if len(grades) == 1 else None, year, printed=True))
    return steps


def _area_told(account: PreviousInspection, judgement: JudgementName | None) -> Grade | None:
    """The grade ``account`` gives ``judgement`` by name, else its one grade."""
    return (area_grade(account.text, judgement) if judgement else None) or account.grade


def _for(judgement: JudgementName | None) -> str:
    return (
        "overall"
        if judgement in (None, "overall_effectiveness")
        else f"for {judgement.replace('_', ' ')}"
    )
