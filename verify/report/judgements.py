"""Reading the judgement table: ILACS's row table and SIF's numbered cover-page list
(their rows, as each era prints them, are ``verify.words.judgements.TABLE_ROWS``).

Both are read from the report's opening text with whitespace collapsed, because the
PDF puts a judgement's name and grade on separate lines in some eras and on the same
line in others; the grade must follow the name with only spaces, pipes or a colon
between, which keeps the summary prose from matching.
"""

from __future__ import annotations

import re

from verify.types import Judgement, JudgementName
from verify.words.grades import GRADE, grade_of
from verify.words.judgements import LSCB_RE

OPENING_CHARS = 6000
"""The judgement table always sits in the report's first pages."""

_SEP = r"[\s|:]*"


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
    match = LSCB_RE.search(re.sub(r"\s+", " ", text))
    if not match:
        return None
    return Judgement(name="lscb", grade=grade_of(match.group(1)), printed=match.group(1))
