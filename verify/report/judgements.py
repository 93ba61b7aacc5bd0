"""The judgement table: ILACS's row table and SIF's numbered cover-page list.

Both are read from the report's opening text with whitespace collapsed, because the
PDF puts a judgement's name and grade on separate lines in some eras and on the same
line in others; the grade must follow the name with only spaces, pipes or a colon
between, which keeps the summary prose from matching.
"""

from __future__ import annotations

import re

from verify.report.grades import GRADE, grade_of
from verify.types import Judgement, JudgementName

OPENING_CHARS = 6000
"""The judgement table always sits in the report's first pages."""

_SEP = r"[\s|:]*"

ILACS_ROWS: tuple[tuple[JudgementName, str], ...] = (
    (
        "impact_of_leaders",
        r"impact of leaders on (?:social work )?practice with children and families",
    ),
    ("help_and_protection", r"progress of children who need help and protection"),
    ("children_in_care", r"progress of children in care(?: and care leavers)?"),
    ("care_leavers", r"progress of (?:children )?care leavers"),
    ("overall_effectiveness", r"overall effectiveness"),
)

SIF_ROWS: tuple[tuple[JudgementName, str], ...] = (
    ("overall_effectiveness", r"(?:children’s|children's) services in [^.]{1,90}? (?:are |is )?"),
    (
        "overall_effectiveness",
        r"overall judgement is (?:that children(?:’|')s services (?:are |is )?)?",
    ),
    ("help_and_protection", r"1\.\s*Children who need help and protection"),
    ("looked_after_and_permanence", r"2\.\s*Children looked after and achieving permanence"),
    ("adoption", r"2\.1\s*Adoption performance"),
    ("care_leavers", r"2\.2\s*Experiences and progress of care leavers"),
    ("leadership_management_governance", r"3\.\s*Leadership,? management and governance"),
)

_GRADED = r"[\s|:]*Grade \d \("
"""2012-2013 reports print 'Capacity to improve Grade 3 (Adequate)' above each section."""

PRE_2013_ROWS: tuple[tuple[JudgementName, str], ...] = (
    (
        "overall_effectiveness",
        r"Overall effectiveness(?: of (?:services for looked after children and young people"
        r"|(?:the )?safeguarding services))?" + _GRADED,
    ),
    ("capacity_to_improve", r"Capacity (?:to improve|for improvement)" + _GRADED),
    (
        "outcomes_for_looked_after_children",
        r"Outcomes for looked after children and young people" + _GRADED,
    ),
    ("quality_of_provision", r"Quality of provision" + _GRADED),
    ("leadership_and_management", r"Leadership and management" + _GRADED),
)
"""The 2012-2013 inspections of looked-after children's and of safeguarding services grade
on a 1-4 scale whose third step is 'Adequate' (``PRE_2013_GRADE``)."""

PRE_2013_GRADE = r"(outstanding|good|adequate|inadequate)"

LSCB = re.compile(
    rf"(?:Safeguarding Children(?: Board)?(?: \(LSCB\))?|\bLSCB) (?:is |are )?{GRADE}\b",
    re.IGNORECASE,
)
"""SIF's review of the LSCB states its grade in a sentence, not in the table."""


def opening(text: str, chars: int = OPENING_CHARS) -> str:
    """The report's first pages with all whitespace collapsed to single spaces."""
    return re.sub(r"\s+", " ", text[:chars])


def read_table(
    text: str,
    rows: tuple[tuple[JudgementName, str], ...],
    chars: int = OPENING_CHARS,
    grade: str = GRADE,
) -> list[Judgement]:
    """Every row of ``rows`` whose name is followed by a ``grade``, in the table's order."""
    head = opening(text, chars)
    found: dict[JudgementName, Judgement] = {}
    for name, pattern in rows:
        match = re.search(pattern + _SEP + grade + r"\b", head, re.IGNORECASE)
        if match and name not in found:
            printed = match.group(match.lastindex or 1)
            found[name] = Judgement(name=name, grade=grade_of(printed), printed=printed)
    return list(found.values())


def read_lscb(text: str) -> Judgement | None:
    """The LSCB review grade, where the report includes the review."""
    match = LSCB.search(re.sub(r"\s+", " ", text))
    if not match:
        return None
    return Judgement(name="lscb", grade=grade_of(match.group(1)), printed=match.group(1))
