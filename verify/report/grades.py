"""Ofsted's grade wording and the names of the things it grades, as printed in every era.

One table of patterns, shared by the judgement table, section headings and the
SIF cover page, so a new wording is added in one place.
"""

from __future__ import annotations

import re

from verify.types import Grade, JudgementName

GRADE = r"(outstanding|good|requires? improvement(?: to be good)?|inadequate)"
"""A grade as printed: 'Requires improvement to be good', 'require improvement', 'Good'."""

GRADE_RE = re.compile(GRADE, re.IGNORECASE)
GRADE_ONLY = re.compile(rf"^{GRADE}\s*\.?$", re.IGNORECASE)
GRADE_AT_END = re.compile(rf"[\s:|]+{GRADE}\s*\.?$", re.IGNORECASE)

HEADING_JUDGEMENTS: tuple[tuple[JudgementName, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("impact_of_leaders", r"impact of leaders"),
        ("help_and_protection", r"children who need help and protection"),
        ("looked_after_and_permanence", r"children looked after and achieving permanence"),
        ("adoption", r"^(?:\d\.\d\s+)?adoption|adoption performance"),
        ("children_in_care", r"children in care"),
        ("care_leavers", r"(?:progress of|^)\s*care leavers"),
        ("leadership_management_governance", r"leadership,? management and governance"),
        ("lscb", r"local safeguarding children board"),
        ("overall_effectiveness", r"^overall effectiveness"),
    )
)
"""How a section heading names the judgement it discusses; first match wins."""


def grade_of(printed: str) -> Grade:
    """The canonical grade for printed wording such as 'Requires improvement to be good'."""
    word = printed.strip().lower()
    if word.startswith("require"):
        return "requires_improvement"
    return word  # type: ignore[return-value]  # outstanding | good | inadequate


def judgement_of_heading(title: str) -> JudgementName | None:
    """The judgement a section heading discusses, or None for other headings."""
    return next((name for name, pattern in HEADING_JUDGEMENTS if pattern.search(title)), None)
