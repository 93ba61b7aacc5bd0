"""What every claim checker shares: the checking context, verdict building, grades."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from verify.check.confidence import confidence
from verify.match import Encoder, PassageIndex
from verify.settings import Settings
from verify.types import (
    GRADES,
    CheckedClaim,
    Claim,
    DiffOp,
    Evidence,
    Grade,
    JudgementName,
    Release,
    Report,
    VerdictLabel,
)

if TYPE_CHECKING:
    from verify.archive import Archive

GRADE_WORDS: dict[str, Grade] = {
    "outstanding": "outstanding",
    "good": "good",
    "requires improvement": "requires_improvement",
    "require improvement": "requires_improvement",
    "inadequate": "inadequate",
}
_VISIT_WORDS = re.compile(
    r"\b(focused visit|monitoring visit|joint targeted area inspection)\b", re.I
)
# "improved since the last inspection and focused visit" looks back at a visit; it is
# not what the release is about.
_EARLIER = re.compile(r"\b(?:since|after|previous|last|earlier|following)\b[^.;:!?]*$", re.I)
_GRADE_RE = re.compile(r"\b(outstanding|good|requires? improvement|inadequate|adequate)\b", re.I)

# Judgements that mean the same thing in different frameworks.
EQUIVALENT: dict[str, tuple[JudgementName, ...]] = {
    "children_in_care": ("children_in_care", "looked_after_and_permanence"),
    "looked_after_and_permanence": ("looked_after_and_permanence", "children_in_care"),
    "impact_of_leaders": ("impact_of_leaders", "leadership_management_governance"),
    "leadership_management_governance": ("leadership_management_governance", "impact_of_leaders"),
    # ILACS 2018 judged care leavers together with children in care.
    "care_leavers": ("care_leavers", "children_in_care"),
}

PRETTY = {
    "overall_effectiveness": "overall effectiveness",
    "impact_of_leaders": "impact of leaders",
    "help_and_protection": "help and protection",
    "children_in_care": "children in care",
    "care_leavers": "care leavers",
    "looked_after_and_permanence": "children looked after and permanence",
    "adoption": "adoption",
    "leadership_management_governance": "leadership, management and governance",
    "lscb": "the LSCB review",
    "capacity_to_improve": "capacity to improve",
    "outcomes_for_looked_after_children": "outcomes for looked after children",
    "quality_of_provision": "quality of provision",
    "leadership_and_management": "leadership and management",
}


def grade_text(grade: str | None) -> str:
    return (grade or "ungraded").replace("_", " ")


def grade_rank(grade: Grade) -> int:
    """0 for outstanding ... 3 for inadequate; pre-2013 'adequate' (grade 3 of 4) ranks 2."""
    return 2 if grade == "adequate" else GRADES.index(grade)


def grades_in(text: str) -> set[str]:
    """Grade words in a piece of text ('adequate' kept: pre-2013 reports use it)."""
    found = set()
    for m in _GRADE_RE.finditer(text):
        word = m.group(1).lower()
        found.add(GRADE_WORDS.get(word, word))
    return found


def judgement_grade(report: Report, name: JudgementName) -> tuple[JudgementName, Grade] | None:
    """The report's grade for ``name`` or its equivalent in the report's framework."""
    for candidate in EQUIVALENT.get(name, (name,)):
        grade = report.grade_of(candidate)
        if grade is not None:
            return candidate, grade
    return None


def graded_areas(report: Report):
    """The judgements that count as 'areas': all but overall effectiveness and the LSCB."""
    return [j for j in report.judgements if j.name not in ("overall_effectiveness", "lscb")]


@dataclass
class Context:
    """Everything a checker may consult: the release, the reports and their indexes."""

    release: Release
    reports: list[Report]
    previous: list[Report]
    settings: Settings
    encoder: Encoder | None
    indexes: dict[str, PassageIndex] = field(default_factory=dict)
    archive: Archive | None = None
    """Every archived report: national standing, and where a quote not in the report is
    from. None when no archive has been built."""

    def index(self, report: Report) -> PassageIndex:
        if report.sha256 not in self.indexes:
            self.indexes[report.sha256] = PassageIndex(report, self.encoder)
        return self.indexes[report.sha256]

    def about_other_visit(self, report: Report) -> bool:
        """True when the release is about a visit (focused, monitoring) the report is not.

        Its findings and quotes come from a letter we were not given, so they
        cannot be checked against this report.
        """
        opening = self.release.text[:1500]
        about_visit = any(
            not _EARLIER.search(opening[max(0, m.start() - 40) : m.start()])
            for m in _VISIT_WORDS.finditer(opening)
        )
        return about_visit and not _VISIT_WORDS.search(report.text[:600])

    def sentence_around(self, claim: Claim) -> str:
        return sentence_around(self.release.text, claim)


def sentence_around(text: str, claim: Claim) -> str:
    """The release sentence (or line) holding the claim: context for placing phrases."""
    start = max(text.rfind("\n", 0, claim.start), text.rfind(". ", 0, claim.start)) + 1
    ends = [i for i in (text.find("\n", claim.end), text.find(". ", claim.end)) if i >= 0]
    return text[start : min(ends) if ends else len(text)].strip()


def verdict(
    claim: Claim,
    label: VerdictLabel,
    explanation: str,
    evidence: list[Evidence] | None = None,
    diff: list[DiffOp] | None = None,
) -> CheckedClaim:
    """A checked claim: the claim's fields plus its verdict."""
    return CheckedClaim(
        **claim.model_dump(),
        verdict=label,
        explanation=explanation,
        confidence=confidence(claim.kind, label),
        evidence=evidence or [],
        diff=diff,
    )


def nearest(ctx: Context, report: Report, text: str, k: int = 1) -> list[Evidence]:
    """Evidence for the report sentences most like ``text``."""
    index = ctx.index(report)
    return [index.evidence(h.start, h.end, h.score) for _, h in index.rank(text, k)]
