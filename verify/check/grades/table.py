"""The judgement table: where a report prints a judgement's grade, the evidence for
judgements named, and an 'adequate' read in its own inspection's terms.
"""

from __future__ import annotations

from functools import lru_cache

from verify.check.common import Context
from verify.extract.values import adequate_given
from verify.types import Claim, Evidence, GradeMention, Report
from verify.words.dates import LOOKING_BACK_RE, YEAR
from verify.words.grades import ADEQUATE_RE, GRADE_ONLY
from verify.words.judgements import LSCB_IN_PRINT, judgement_of_heading, prose


def adequate_of_its_time(claim: Claim, report: Report) -> Claim | None:
    """The claim as a rating of today's 'adequate', when the report grades on the
    pre-2013 scale (framework ``other``: the 2012-2013 inspections) and the claim is a
    comparison only because extraction reads a bare 'adequate' as an earlier inspection's
    (``extract.values.earlier._previous``: no inspection since 2013 gives it): no year, change,
    first or word looking back ('Half of the judgements were rated adequate' of a 2013
    inspection of looked after children's services was compared with an earlier inspection
    the report does not recount, and a wrong share was not_checkable), given to the
    judgement the claim names (``extract.values.adequate_given``). None otherwise."""
    v = claim.values
    said = ADEQUATE_RE.search(claim.text)
    if report.framework != "other" or v.previous_grade != "adequate" or said is None:
        return None
    if v.previous_year or v.direction or v.grade_steps or v.first_grade:
        return None
    if YEAR.search(claim.text) or LOOKING_BACK_RE.search(claim.text):
        return None
    adequate = GradeMention(
        grade="adequate",
        judgement=adequate_given(claim.text),
        printed=said.group(),
        start=said.start(),
        end=said.end(),
    )
    values = v.model_copy(update={"grades": [*v.grades, adequate], "previous_grade": None})
    return claim.model_copy(update={"kind": "rating", "values": values})


def table_evidence(report: Report, ctx: Context, names: list[str]) -> list[Evidence]:
    """Evidence for judgements: the report's own words for each, where it prints them
    (its row of the judgement table, or the LSCB review's sentence)."""
    table = [p for p in report.passages if p.kind == "table"]
    evidence = []
    for j in report.judgements:
        if j.name not in names:
            continue
        start, end = printed_at(report, table, j.name) or (
            (table[0].start, table[-1].end) if table else (0, 0)
        )
        text = " ".join(report.text[start:end].split()) or f"{prose(j.name)}: {j.printed}"
        evidence.append(
            Evidence(
                report=report.label,
                page=report.page_at(start),
                section="Judgement table",
                text=text,
                score=1.0,
                start=start,
                end=end,
            )
        )
    return evidence


@lru_cache(maxsize=8)
def _lscb_in_print(text: str) -> tuple[int, int] | None:
    """Where a report prints the LSCB sentence: searched once per report text (a search of
    a whole report with this pattern takes milliseconds, and every rating claim asks)."""
    match = LSCB_IN_PRINT.search(text)
    return (match.start(), match.end()) if match else None


def printed_at(report: Report, table: list, name: str) -> tuple[int, int] | None:
    """Where the report prints judgement ``name`` with its grade: the table row naming it
    (and the grade on the line after, where the row wraps), or the LSCB sentence."""
    if name == "lscb":
        return _lscb_in_print(report.text)
    for i, passage in enumerate(table):
        named = judgement_of_heading(passage.text) == name
        if (
            named
            or prose(name) in passage.text.lower()
            or (name == "overall_effectiveness" and "overall judgement" in passage.text.lower())
        ):
            after = table[i + 1] if i + 1 < len(table) else None
            if after is not None and GRADE_ONLY.match(after.text.strip()):
                return passage.start, after.end
            return passage.start, passage.end
    return None
