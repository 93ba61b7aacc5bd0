"""How a claim's grades are judged (``grade_path``, also asked by ``lookups``) and
``grades_verdict``, one step per path.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from verify.check.common import Context, nearest, verdict
from verify.check.grades.counts import _is_share, _share_verdict, _the_only_one
from verify.check.grades.named import _all_but_named, _named, _only_this_one
from verify.check.grades.subjects import check_other_subject
from verify.check.grades.unnamed import _as_goal, _unnamed
from verify.check.grades.years import current_grades
from verify.check.other_bodies import grade_of_other_body
from verify.check.release_index import ReleaseIndex
from verify.types import CheckedClaim, Claim, GradeMention, Report
from verify.words.judgements import BOARD_NAMED, OTHER_SUBJECTS
from verify.words.verdicts import worst

GradePath = Literal[
    "other subject", "no table", "no grade", "other body", "share", "goals", "grades"
]


class GradeReading(NamedTuple):
    """How ``grades_verdict`` settles a claim (``path``), read before it runs."""

    path: GradePath
    mentions: list[GradeMention]
    """The grades the claim gives this inspection (another body's left out)."""
    bodies: tuple[str, ...] = ()
    """The other bodies whose grades the claim gives, when every grade is one."""


def _the_board_counted(claim: Claim, report: Report, mentions: list[GradeMention]) -> bool:
    """True for a count or share of judgements naming the LSCB as one it counts ('Six of
    the seven judgements were good when the review of the local safeguarding children
    board is counted') of a report whose table grades the board: a share of the table, not
    a grade of the board (shares18: was read as the board's grade and not checked)."""
    subjects = OTHER_SUBJECTS.findall(claim.text)
    return (
        report.grade_of("lscb") is not None
        and all(BOARD_NAMED.fullmatch(s) for s in subjects)
        and _is_share(claim, mentions)
    )


def grade_path(claim: Claim, report: Report, release: ReleaseIndex) -> GradeReading:
    """How ``grades_verdict`` settles the claim: a subject outside the judgement table, no
    table, no grade, every grade another body's (``grade_of_other_body``), a count or
    share of areas, every grade a goal, else each grade. For another body's grades and
    for goals nothing given is compared and the nearest passage is shown, so ``lookups``
    asks for it before any claim is checked."""
    mentions = current_grades(claim, report)
    elsewhere = {
        id(m): body
        for m in mentions
        if (body := grade_of_other_body(release, claim, m, report.authority))
    }
    if (
        OTHER_SUBJECTS.search(claim.text)
        and not any(m.judgement for m in mentions)
        and not _the_board_counted(claim, report, mentions)
    ):
        # 'Many of its schools are rated good or outstanding, and its fostering service ...':
        # the subject's grades are those said of no other body, or of the subject itself.
        subject = [
            m for m in mentions if id(m) not in elsewhere or OTHER_SUBJECTS.search(elsewhere[id(m)])
        ]
        if subject:
            return GradeReading("other subject", subject)
    if not report.judgements:
        return GradeReading("no table", mentions)
    if not mentions:
        return GradeReading("no grade", mentions)
    if len(elsewhere) == len(mentions):
        return GradeReading("other body", mentions, tuple(sorted(set(elsewhere.values()))))
    mentions = [m for m in mentions if id(m) not in elsewhere]
    if _is_share(claim, mentions):
        return GradeReading("share", mentions)
    if all(_as_goal(claim, m) for m in mentions):
        return GradeReading("goals", mentions)
    return GradeReading("grades", mentions)


def grades_verdict(claim: Claim, ctx: Context, report: Report) -> CheckedClaim:
    """The verdict for the grades a claim gives this report's inspection (not an earlier
    one's), against its judgement table, or the passage for grades outside it."""
    path, mentions, bodies = grade_path(claim, report, ctx.release_index)
    if path == "other subject":
        return check_other_subject(claim, report, ctx, mentions)
    if path == "no table":
        return verdict(claim, "not_checkable", f"No judgement table was read from {report.label}.")
    if path == "no grade":
        return verdict(claim, "not_checkable", "No grade could be read from the claim.")
    if path == "other body":
        why = f"The grade is another body's ({', '.join(bodies)}), not one {report.label} gives."
        return verdict(claim, "not_checkable", why, nearest(ctx, report, claim.text))
    if path == "share":
        share = _share_verdict(claim, report, ctx, mentions)
        if share.verdict != "supported" or not _the_only_one(claim):
            return share
        return _only_this_one(claim, report, ctx, mentions, share)
    results = [
        _as_goal(claim, m)
        or (_named(claim, m, report, ctx) if m.judgement else None)
        or _all_but_named(claim, m, report, ctx)
        or _unnamed(claim, m, report, ctx)
        for m in mentions
    ]
    label = worst(r[0] for r in results)
    evidence = {e.start: e for r in results for e in r[2]}.values()
    reason = "; ".join(r[1] for r in results) + "."
    if label == "not_checkable" and not evidence:
        evidence = nearest(ctx, report, claim.text)
    return verdict(claim, label, reason, list(evidence))
