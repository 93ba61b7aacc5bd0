"""Grades given to judgements the claim names ('help and protection was good'), one by one
or all but those named, against the table.
"""

from __future__ import annotations

import itertools
import re

from verify.check.common import Context, judgement_grade, verdict
from verify.check.grades.table import table_evidence
from verify.types import CheckedClaim, Claim, GradeMention, Report
from verify.words.grades import OR_BETTER_AFTER, OR_BETTER_BEFORE, at_or_above, grade_text
from verify.words.judgements import JUDGED_WITHIN, graded_areas, prose
from verify.words.qualifiers import excepted_judgements


def _named(claim: Claim, mention: GradeMention, report: Report, ctx: Context):
    """(label, reason, evidence) for a grade stated for a named judgement."""
    name = mention.judgement
    if name == "overall_effectiveness" and report.framework == "ilacs_2026":
        return "contradicted", "Reports from April 2026 on give no overall effectiveness grade", []
    found = judgement_grade(report, name)
    if found is None and name in JUDGED_WITHIN:
        return _judged_within(mention, report, ctx)
    if found is None:
        return "not_checkable", _no_such_judgement(report, name), []
    actual_name, actual = found
    evidence = table_evidence(report, ctx, [actual_name])
    if actual not in _allowed(claim, mention):
        return (
            "contradicted",
            f"{prose(actual_name).capitalize()} is {grade_text(actual)}, "
            f"not {grade_text(mention.grade)}",
            evidence,
        )
    return "supported", f"{prose(actual_name).capitalize()} is {grade_text(actual)}", evidence


def _allowed(claim: Claim, mention: GradeMention) -> frozenset[str]:
    """The grades a named judgement may have for the claim to hold: the grade said, or it
    and every grade above when said 'good or better', 'at least good' (grades17: 'Adoption
    was rated good or better' was contradicted by adoption's outstanding): a range, not a
    grade."""
    return _either(claim, [mention], mention.grade)


def _all_but_named(claim: Claim, mention: GradeMention, report: Report, ctx: Context):
    """(label, reason, evidence) for a grade said of every area but those the claim names
    ('All but care leavers were judged to require improvement'): every other graded area
    must have it (grades17: the grade was read as the service's, and a wrong one, 'All but
    children in care were judged good' of a report whose help and protection requires
    improvement, was not settled). None when the claim names no exception."""
    excepted = excepted_judgements(claim.text)
    if not excepted:
        return None
    found = [judgement_grade(report, name) for name in excepted]
    if any(f is None for f in found):
        return None
    left_out = {f[0] for f in found if f is not None}
    rest = [j for j in graded_areas(report.judgements) if j.name not in left_out]
    if not rest:
        return None
    allowed = _either(claim, [mention], mention.grade)
    evidence = table_evidence(report, ctx, [j.name for j in rest])
    g = grade_text(mention.grade)
    off = [j for j in rest if j.grade not in allowed]
    if off:
        j = off[0]
        why = f"{prose(j.name).capitalize()} is {grade_text(j.grade)}, not {g}"
        return "contradicted", why, evidence
    return "supported", f"Every graded area but {', '.join(map(prose, left_out))} is {g}", evidence


def _no_such_judgement(report: Report, name: str) -> str:
    """Why a grade for a judgement the report does not give settles nothing: a table
    without the row is no evidence the grade is wrong (the release may mean a separate
    review, an earlier framework's name for it, or extraction may have read the name
    wrongly), so it is said, with the nearest passage, and not flagged."""
    return f"{report.label} gives no grade for {prose(name)} to compare with"


def _judged_within(mention: GradeMention, report: Report, ctx: Context):
    """A grade for an area the report judges within a broader judgement: supported when
    the broader grade is the same; otherwise not settled, since a part may be graded
    better or worse than the whole."""
    name = mention.judgement
    broader = next((j for j in JUDGED_WITHIN[name] if report.grade_of(j) is not None), None)
    if broader is None:
        return "not_checkable", _no_such_judgement(report, name), []
    actual = report.grade_of(broader)
    why = (
        f"{report.label} judges {prose(name)} within {prose(broader)}, which is "
        f"{grade_text(actual)}"
    )
    label = "supported" if actual == mention.grade else "not_checkable"
    return label, why, table_evidence(report, ctx, [broader])


def _only_this_one(
    claim: Claim, report: Report, ctx: Context, mentions: list[GradeMention], share: CheckedClaim
) -> CheckedClaim:
    """'Help and protection was the only area rated inadequate': the count of one
    (``share``) holding, the area named must be that one too (ratings14: the area's own
    grade was checked, never the 'only')."""
    for m in mentions:
        if m.judgement and (named := _named(claim, m, report, ctx))[0] == "contradicted":
            return verdict(claim, named[0], f"{named[1]}.", named[2])
    return share


_OR = re.compile(r"\W*(?:and/)?or\W*$", re.I)


def _either(claim: Claim, mentions: list[GradeMention], grade: str) -> frozenset[str]:
    """The grades a count or share is of: ``grade``, and the grade printed beside it with
    'or' between ('good or outstanding in three of the five areas' counts the areas at
    either), or every grade above it when it is said so ('four of the five judgements are
    good or better', 'at least good')."""
    placed = sorted((m for m in mentions if m.start is not None), key=lambda m: m.start)
    grades = {grade}
    for m in placed:
        said_or_better = OR_BETTER_AFTER.match(claim.text, m.end) or OR_BETTER_BEFORE.search(
            claim.text, 0, m.start
        )
        if m.grade == grade and said_or_better:
            grades |= at_or_above(grade)
    for a, b in itertools.pairwise(placed):
        if grade in (a.grade, b.grade) and _OR.match(claim.text[a.end : b.start]):
            grades |= {a.grade, b.grade}
    return frozenset(grades)
