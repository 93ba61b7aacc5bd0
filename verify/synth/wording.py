"""How a council press release words grades, numbers, dates and places.

The generator writes in the register of the real releases in ../shared/seeds:
grades in single curly quotes, numbers as words, "7 to 18 October 2024".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from verify.types import Grade, JudgementName, Passage, Report
from verify.words.judgements import RELEASE_WORDING as AREA_WORDS
from verify.words.judgements import graded_areas as areas_of
from verify.words.sentences import split_sentences

_SMALL = {"and", "of", "upon", "on", "the"}


def place_name(report: Report) -> str:
    """'bath and north east somerset' -> 'Bath and North East Somerset'."""
    words = re.split(r"(\s+|-)", report.authority.strip())
    out = [w if w in _SMALL and i else w[:1].upper() + w[1:] for i, w in enumerate(words)]
    return "".join(out)


def inspectorate(report: Report) -> str:
    """His Majesty's Inspectors from September 2022, Her Majesty's before."""
    when = report.inspection_start or report.published
    return (
        "His Majesty’s Inspectors"
        if when is None or when >= date(2022, 9, 8)
        else ("Her Majesty’s Inspectors")
    )


def date_range(start: date, end: date) -> str:
    """'7 to 18 October 2024', '30 September to 11 October 2024', across years in full."""
    if start.year != end.year:
        return f"{start.day} {start:%B %Y} to {end.day} {end:%B %Y}"
    if start.month != end.month:
        return f"{start.day} {start:%B} to {end.day} {end:%B %Y}"
    return f"{start.day} to {end.day} {end:%B %Y}"


def graded_areas(report: Report) -> list[tuple[JudgementName, Grade]]:
    """The judgements a release counts as 'areas' and writes out in full."""
    return [(j.name, j.grade) for j in areas_of(report.judgements) if j.name in AREA_WORDS]


def overall(report: Report) -> Grade | None:
    return report.grade_of("overall_effectiveness")


# ------------------------------------------------------------------ report sentences

_BAD = re.compile(r"[“”\"‘◼•\ufffe\x02\u00ad|;:]|Inspection of|\be\.g\.|\bi\.e\.|\s[A-Z]\.\s")


@dataclass(frozen=True)
class Sentence:
    """A quotable sentence of a numbered report paragraph."""

    text: str
    passage: str
    order: int = 0
    """The passage's position in the report, so splices can avoid neighbours."""
    index: int = 0
    """The sentence's position in its passage."""


def quotable(passages: list[Passage]) -> list[Sentence]:
    """Sentences of numbered paragraphs that a release could plausibly quote.

    Only whole, plain sentences of 8 to 40 words: no inner quotation marks, list
    markers, colons or page furniture, so that a verbatim quote is unambiguous.
    """
    out = []
    numbered = [p for p in passages if p.kind == "numbered"]
    for order, passage in enumerate(numbered):
        flat = " ".join(passage.text.split())
        flat = re.sub(r"^\d+\.\s+", "", flat)
        for index, sent in enumerate(split_sentences(flat)):
            words = sent.split()
            if (
                8 <= len(words) <= 40
                and sent[0].isupper()
                and sent.endswith(".")
                and not _BAD.search(sent)
            ):
                out.append(Sentence(sent, passage.id, order, index))
    return out
