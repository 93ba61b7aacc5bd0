"""The national (or regional) picture at a date: each council's grade in its latest report.

A council counts as covered at a date when the archive holds a report of it published by
then that grades the judgement asked about; the others are unknown, so every count comes
as bounds (what the covered councils show, and what the uncovered ones could add), and a
claim is settled only when its truth is the same whatever the uncovered councils hold.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from verify.archive.store import Archive
from verify.types import ArchivedReport, Grade, JudgementName
from verify.words import GRADED_FRAMEWORKS
from verify.words.councils import Council, councils_on
from verify.words.judgements import EQUIVALENT


@dataclass
class Standing:
    """Councils by grade at ``day``, over the councils of ``region`` (None: England)."""

    day: date
    region: str | None
    judgement: JudgementName
    total: int
    graded: dict[Council, tuple[Grade, ArchivedReport]] = field(default_factory=dict)

    @property
    def covered(self) -> int:
        return len(self.graded)

    @property
    def uncovered(self) -> int:
        return self.total - self.covered

    def holding(self, grades: set[str], exclude: str | None = None) -> list[Council]:
        """Covered councils whose grade is one of ``grades`` (not ``exclude``)."""
        return sorted(
            (c for c, (g, _) in self.graded.items() if g in grades and c.name != exclude),
            key=lambda c: c.name,
        )

    def coverage(self) -> str:
        where = f"the {self.region}" if self.region else "England"
        return (
            f"the archive holds graded reports for {self.covered} of {self.total} councils "
            f"in {where} at {self.day:%-d %B %Y}"
        )


def standing_at(
    archive: Archive,
    day: date,
    judgement: JudgementName = "overall_effectiveness",
    region: str | None = None,
) -> Standing:
    """Each council's grade for ``judgement`` in its latest graded report at ``day``."""
    councils = [c for c in councils_on(day) if region is None or c.region == region]
    standing = Standing(day=day, region=region, judgement=judgement, total=len(councils))
    for council in councils:
        reports = [
            r
            for r in archive.reports_by_council().get(council.name, [])
            if r.dated <= day and r.framework in GRADED_FRAMEWORKS
        ]
        for report in reversed(reports):
            grade = _grade(report, judgement)
            if grade is not None:
                standing.graded[council] = (grade, report)
                break
    return standing


def first_with(
    archive: Archive,
    grades: set[str],
    judgement: JudgementName,
    before: date,
    region: str | None = None,
) -> list[ArchivedReport]:
    """Archived reports before ``before`` that gave a council (of ``region``) one of
    ``grades`` for ``judgement``: any of them disproves a 'first council' claim."""
    found = []
    for council in councils_on(before):
        if region is not None and council.region != region:
            continue
        for report in archive.reports_by_council().get(council.name, []):
            if (
                report.dated < before
                and report.framework in GRADED_FRAMEWORKS
                and _grade(report, judgement) in grades
            ):
                found.append(report)
    return found


def first_move(
    archive: Archive,
    before_grades: set[str],
    grades: set[str],
    day: date,
    region: str | None = None,
    all_areas: bool = False,
) -> list[ArchivedReport]:
    """Archived reports before ``day`` that moved a council (of ``region``) from one of
    ``before_grades`` overall at its previous graded inspection to one of ``grades`` (in
    every area, with ``all_areas``): any of them disproves a 'first council to move' claim."""
    found = []
    for council in councils_on(day):
        if region is not None and council.region != region:
            continue
        graded = [
            r
            for r in archive.reports_by_council().get(council.name, [])
            if r.dated < day and r.framework in GRADED_FRAMEWORKS and r.overall
        ]
        for then, now in pairwise(graded):
            areas = [j.grade for j in now.judgements if j.name != "lscb"]
            reached = all(g in grades for g in areas) if all_areas else now.overall in grades
            if then.overall in before_grades and reached:
                found.append(now)
    return found


def _grade(report: ArchivedReport, judgement: JudgementName) -> Grade | None:
    for name in EQUIVALENT.get(judgement, (judgement,)):
        grade = next((j.grade for j in report.judgements if j.name == name), None)
        if grade is not None:
            return grade
    return None
