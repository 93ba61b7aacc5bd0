"""``own_history``: which claim is about the council's run, one step per form, and a count
or 'first' of councils handed to the national checker.
"""

from __future__ import annotations

from verify.check.common import Context
from verify.check.history.counted import _best_since, _in_a_row, _nth_time, _run_ended, _years_of
from verify.check.history.dated import _dated_grades
from verify.check.history.first import _first_grade, _previous_graded_in
from verify.check.history.reading import (
    _FIRST_OF_MANY,
    _FIRST_SINCE,
    _IN_A_ROW,
    _YEARS_OF,
    _times_in_a_row,
)
from verify.check.history.runs import _earlier_reports
from verify.check.history.still import _still_held
from verify.check.national import check_national, read_claim
from verify.types import CheckedClaim, Claim, Report
from verify.words.changes import best_since, last_inspected_in, run_ended
from verify.words.councils import names_council
from verify.words.grades import grade_of
from verify.words.numbers import number


def own_history(claim: Claim, ctx: Context, report: Report) -> CheckedClaim | None:
    """The verdict for a claim about the council's own run of inspections, or None when
    the claim is not one (or names another council)."""
    if claim.values.authority and not names_council(claim.values.authority, report.authority):
        return None
    if read_claim(claim, report) is not None:
        return _standing(claim, ctx, report)
    earlier = _earlier_reports(ctx, report)
    if ended := run_ended(claim.text):
        return _run_ended(claim, ctx, report, earlier, grade_of(ended[0]), ended[1])
    if best := best_since(claim.text):
        return _best_since(claim, ctx, report, earlier, *best)
    if since := _FIRST_SINCE.search(claim.text):
        return _previous_graded_in(claim, report, earlier, int(since["y"]))
    if (last := last_inspected_in(claim.text)) is not None and _only_when(claim):
        return _previous_graded_in(claim, report, earlier, last)
    if _FIRST_OF_MANY.search(claim.text):
        return None
    if (row := _IN_A_ROW.search(claim.text)) and (times := _times_in_a_row(row)) > 1:
        return _in_a_row(claim, ctx, report, earlier, times, row)
    if counted := _nth_time(claim, ctx, report, earlier):
        return counted
    if claim.kind == "rating" and (dated := _dated_grades(claim, ctx, report, earlier)):
        return dated
    if claim.kind == "rating" and (held := _still_held(claim, ctx, report, earlier)):
        return held
    if span := _YEARS_OF.search(claim.text):
        word = (span["n1"] or span["n2"]).lower()
        years = 10 if "decade" in word else number(word.split()[0]) or 0
        return _years_of(claim, ctx, report, earlier, years)
    return _first_grade(claim, ctx, report, earlier)


def _only_when(claim: Claim) -> bool:
    """True for a claim telling when an earlier inspection was and nothing it found: no
    grade, no earlier grade, no change ('Barnet was last inspected in 2018'); one with any
    of those is the comparison's, its year the inspection it compares with."""
    values = claim.values
    return not (values.grades or values.previous_grade or values.direction)


def _standing(claim: Claim, ctx: Context, report: Report) -> CheckedClaim | None:
    """A count, 'first' or 'only' of councils ('the only council in the North East rated
    outstanding') is the national checker's, whatever kind extraction read: its verdict
    when the archive settles it, else (None) the kind's own checker judges the rest."""
    if claim.kind == "national":
        return None
    checked = check_national(claim, ctx, report)
    return checked if checked.verdict in ("supported", "contradicted") else None
