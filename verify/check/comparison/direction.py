"""The direction between two grades or two judgement tables (improved, maintained,
declined), a count of grades crossed, and the verdict a said direction gets against the
one the grades show.
"""

from __future__ import annotations

import re

from verify.check.common import judgement_grade
from verify.types import Claim, JudgementName, Report
from verify.words.changes import EVERY_AREA, EVERY_GRADE, KEPT_EVERY_GRADE, direction_of
from verify.words.clauses import clauses
from verify.words.grades import grade_rank, grade_text
from verify.words.judgements import RELEASE_JUDGEMENT_RE as JUDGEMENT_RE
from verify.words.judgements import graded_areas, prose


def direction_between(report: Report, earlier: Report) -> tuple[str, str]:
    """(improved|maintained|declined, why) from the two judgement tables, each area against
    its grade or its equivalent's (``words.judgements.EQUIVALENT``) in the earlier one;
    unknown when the earlier report grades nothing this one does (a monitoring visit): no
    grade held is no evidence either way."""
    now, then = report.grade_of("overall_effectiveness"), earlier.grade_of("overall_effectiveness")
    moves, compared = [], 0
    for area in graded_areas(report.judgements):
        # The earlier framework may name it otherwise (care leavers within children in care).
        then_graded = judgement_grade(earlier, area.name)
        before = then_graded[1] if then_graded else None
        compared += before is not None
        if before is not None and before != area.grade:
            moves.append((area.name, before, area.grade))
    if not (now and then) and not compared:
        return "unknown", f"{earlier.label} grades nothing {report.label} grades"
    better = [m for m in moves if grade_rank(m[2]) < grade_rank(m[1])]
    worse = [m for m in moves if grade_rank(m[2]) > grade_rank(m[1])]
    why = f"overall {grade_text(then)} then, {grade_text(now)} now"
    if moves:
        why += "; " + ", ".join(
            f"{n.replace('_', ' ')} {grade_text(a)} to {grade_text(b)}" for n, a, b in moves
        )
    if now and then and now != then:
        return ("improved" if grade_rank(now) < grade_rank(then) else "declined"), why
    if better and not worse:
        return "improved", why
    if worse and not better:
        return "declined", why
    return "maintained", why


_OPPOSED = {("improved", "declined"), ("declined", "improved"), ("maintained", "declined")}
"""(said, shown by the grades) pairs that contradict each other. 'Improved' or 'declined'
where every grade stayed the same is not one: services can improve or decline within a
grade, which the tables cannot show; 'maintained' where a grade fell is."""


def direction_verdict(said: str, actual: str, of_rating: bool = False) -> str:
    """supported, contradicted, or not_checkable when the grades cannot settle it. A change
    told of the rating itself (``of_rating``: 'improved its rating', 'maintained its
    rating', ``OF_THE_RATING``) is settled by the grades whichever way they differ."""
    if said == actual:
        return "supported"
    if of_rating and actual in ("improved", "maintained", "declined"):
        return "contradicted"
    return "contradicted" if (said, actual) in _OPPOSED else "not_checkable"


_EVERY = re.compile(r"^(?:all|every|each)\b", re.I)


def told_of_every_area(claim: Claim) -> bool:
    """True when a claim tells a change of every area ('every judgement has improved since
    2018', 'has improved in all areas'): a quantifier of all, in a clause telling the
    claim's direction (in 'judged good in every area, so today's result is a step up' the
    'every' is the earlier grade's: fresh15), no area named (one named is the change's
    subject) and no grade of today's (in 'all judgements are now good, an improvement on
    2019' the 'all' is the grades')."""
    v = claim.values
    named = {m.lastgroup for m in JUDGEMENT_RE.finditer(claim.text)} - {"overall_effectiveness"}
    if not _EVERY.match(v.quantifier or "") or named or v.grades:
        return False
    return _told_in_its_clause(claim, EVERY_AREA)


def _told_in_its_clause(claim: Claim, words: re.Pattern) -> bool:
    """True when ``words`` are in a clause of the claim telling its direction."""
    told = (c for c in clauses(claim.text) if direction_of(c) == claim.values.direction)
    return any(words.search(c) for c in told)


def _not_moved_everywhere(claim: Claim, report: Report, earlier: Report) -> tuple[str, str] | None:
    """(verdict, why) for a change told of every area (``told_of_every_area``) when an area
    graded in both reports did not move that way. Told of every judgement, grade or rating
    (``EVERY_GRADE``: 'Every judgement has improved since 2018'), the change is each grade's:
    contradicted (history19: was supported because help and protection rose, while leaders
    and children in care stayed good). Told of every area ('has improved in every area'),
    an area may improve within its grade (facts5): not_checkable, no longer supported by
    the areas that moved. An area at the scale's end both times (outstanding then and now,
    for an improvement) is no evidence: its grade could not move. None when each area
    compared moved so, or the claim is not of every area."""
    if claim.values.direction not in ("improved", "declined") or not told_of_every_area(claim):
        return None
    sign = 1 if claim.values.direction == "improved" else -1
    edge = "outstanding" if sign == 1 else "inadequate"
    stayed = []
    for area in graded_areas(report.judgements):
        then = judgement_grade(earlier, area.name)
        if then is None or then[1] == area.grade == edge:
            continue
        if sign * (grade_rank(then[1]) - grade_rank(area.grade)) <= 0:
            stayed.append(f"{prose(area.name)} {grade_text(then[1])} to {grade_text(area.grade)}")
    if not stayed:
        return None
    why = f"not every area's grade {claim.values.direction}: {', '.join(stayed)}"
    if _told_in_its_clause(claim, EVERY_GRADE):
        return "contradicted", why
    return "not_checkable", f"{why} (an area may change within its grade)"


def not_kept_everywhere(claim: Claim, report: Report, earlier: Report) -> str | None:
    """Why grades said kept in the plural ('Sutton has held on to the grades it was given at
    its last full inspection': drift28, supported by the overall grade kept, while its
    leaders fell from outstanding to good) were not each kept: an area graded in both
    reports that moved. The two tables settle it outright, as they do a first that was not.
    None when every one held, or the claim keeps no grades in the plural."""
    if claim.values.direction != "maintained" or not KEPT_EVERY_GRADE.search(claim.text):
        return None
    moved = [
        f"{prose(area.name)} {grade_text(then[1])} to {grade_text(area.grade)}"
        for area in graded_areas(report.judgements)
        if (then := judgement_grade(earlier, area.name)) and then[1] != area.grade
    ]
    return f"not every grade kept: {', '.join(moved)}" if moved else None


def _moved_nowhere(claim: Claim, report: Report, earlier: Report) -> str | None:
    """Why a change told of every area ('has improved in every area since 2023') is untrue
    when not one area's grade moved that way between the two reports (each area graded in
    both): said of every area, the change is the areas' grades, not work within a grade.
    None when some area moved so, or the claim names an area or counts no areas."""
    v = claim.values
    named = {m.lastgroup for m in JUDGEMENT_RE.finditer(claim.text)} - {"overall_effectiveness"}
    if v.direction not in ("improved", "declined") or named or not _EVERY.match(v.quantifier or ""):
        return None
    pairs = [(j.name, earlier.grade_of(j.name), j.grade) for j in graded_areas(report.judgements)]
    if len(pairs) < 2 or any(then is None for _, then, _ in pairs):
        return None
    sign = 1 if v.direction == "improved" else -1
    if any(sign * (grade_rank(then) - grade_rank(now)) > 0 for _, then, now in pairs):
        return None
    moves = ", ".join(f"{prose(n)} {grade_text(a)} to {grade_text(b)}" for n, a, b in pairs)
    return f"no area's grade {v.direction}: {moves}"


def _steps_told(steps: int, then: str, now: str) -> tuple[bool, str]:
    """(whether, why) a count of grades crossed is the scale's steps from ``then`` to
    ``now``, up or down as said (pre-2013 'adequate' ranks with requires improvement)."""
    held = grade_rank(then) - grade_rank(now) == steps
    way = "up" if steps > 0 else "down"
    told = "as told" if held else f"not {abs(steps)} grade(s) {way}"
    return held, f"{told}: {grade_text(then)} to {grade_text(now)}"


def moved_between(then: str, now: str) -> str:
    """'improved', 'maintained' or 'declined': how a grade moved from ``then`` to ``now``."""
    was, is_now = grade_rank(then), grade_rank(now)
    return "maintained" if was == is_now else "improved" if is_now < was else "declined"


def _direction_of(name: JudgementName, report: Report, earlier: Report) -> tuple[str, str]:
    """(improved|maintained|declined|unknown, why) for one judgement between two reports."""
    now, then = judgement_grade(report, name), judgement_grade(earlier, name)
    if now is None or then is None:
        return "unknown", f"{earlier.label} or {report.label} grades no {prose(name)}"
    actual = moved_between(then[1], now[1])
    return actual, f"{prose(name)} {grade_text(then[1])} then, {grade_text(now[1])} now"
