"""A share of judgements at a grade ('four of the five areas good'): the report's readings of
the share (``share_readings``, the counting rule) and the claim against them.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import NamedTuple

from verify.check.common import Context, verdict
from verify.check.grades.table import table_evidence
from verify.extract.values import parse_values
from verify.types import CheckedClaim, Claim, Report
from verify.words.grades import grade_rank, grade_text
from verify.words.judgements import KEY_JUDGEMENTS_SAID, graded_areas, key_judgements, prose

_WORDS = {"half": 50.0, "all": 100.0}


_MOST = re.compile(r"(?:the (?:vast )?majority|most) of\b", re.I)
"""A share said as more than half ('the majority of the five judgements'), no figure."""


class Reading(NamedTuple):
    """One reading of what a count or share of judgements is of: how many of them hold the
    grade (``at``), how many there are (``of``), and which they are (``what``)."""

    at: int
    of: int
    what: str


_KEY = "key judgements (adoption and care leavers left out)"


_ADDED = {"overall_effectiveness": "overall effectiveness", "lscb": "the LSCB's review"}


def share_readings(
    report: Report, grades: frozenset[str], wider: bool, apart: frozenset[str] = frozenset()
) -> list[Reading]:
    """Every reasonable reading of the total a count or share is of, which the conventions
    do not fix: the graded areas, each with and without overall effectiveness and with and
    without the LSCB's review, where the report grades them; of a SIF report also its three
    key judgements alone, when ``wider`` (``words.judgements.key_judgements``), with and
    without overall effectiveness (not the board's review: 'the five areas' of a SIF
    report are not its key judgements, overall effectiveness and the board, faithful5);
    and the graded areas but those the claim grades ``apart`` ('good in all three areas of
    practice, with the impact of leaders judged outstanding' of a report grading four). A
    share is true when one reading makes it so (a total the claim names must be that
    reading's): 'four of the seven judgements' of a SIF report counts the board's review
    (facts5), '57 per cent' may too; 'two of the three key judgements' leaves adoption out."""
    extras = [j for j in report.judgements if j.name in _ADDED and j.grade]
    areas = graded_areas(report.judgements)
    bases = [("graded areas", areas, extras)]
    rest = [j for j in areas if j.name not in apart]
    if apart and rest != areas:
        left_out = " and ".join(prose(j.name) for j in areas if j.name in apart)
        bases.append((f"graded areas but {left_out}, graded apart", rest, []))
    key = key_judgements(report.judgements, report.framework)
    if key is not None and wider:
        bases.append((_KEY, key, [j for j in extras if j.name == "overall_effectiveness"]))
    readings = []
    for what, base, addable in bases:
        for n in range(len(addable) + 1):
            for added in itertools.combinations(addable, n):
                counted = [*base, *added]
                at = sum(j.grade in grades for j in counted)
                named = _reading_named(what, [j.name for j in added])
                readings.append(Reading(at, len(counted), named))
    return readings


def _reading_named(what: str, added: list[str]) -> str:
    """'graded areas', 'judgements if overall effectiveness is counted', 'graded areas with
    the LSCB's review counted': what a reading counts, for the explanation."""
    if not added:
        return what
    if what == "graded areas" and added == ["overall_effectiveness"]:
        return "judgements if overall effectiveness is counted"
    return f"{what} with {' and '.join(_ADDED[n] for n in added)} counted"


def _pct(a: int, b: int) -> float:
    return 100.0 * a / b if b else 0.0


def _fits(claim: Claim, reading: Reading, percent: float | None) -> bool:
    """True when the claim's count or share holds of ``reading``: its total (when it names
    one) is the reading's, and 'most', 'all but N', a percentage or a count is met."""
    v = claim.values
    said = v.quantifier or ""
    if v.of_total not in (None, reading.of) or not reading.of:
        return False
    if _MOST.match(said):
        return 2 * reading.at > reading.of
    if v.all_but is not None:  # 'all but one of the judgements', 'every area except two'
        return reading.at == reading.of - v.all_but
    if percent is not None:
        return abs(percent - _pct(reading.at, reading.of)) < 1.0
    return v.count is not None and v.count == reading.at


def _readings_told(readings: list[Reading], report: Report, said: str) -> str:
    """The readings a share was set against, for its explanation ('3 of 5 graded areas are
    good (60%); 3 of 6 judgements if overall effectiveness is counted (50%)'), saying so
    when the report gives no overall effectiveness grade (ILACS from April 2026)."""
    plain = bool(readings) and readings[0].what == "graded areas"
    told = "; ".join(
        f"{r.at} of {r.of} {r.what}{f' are {said}' if plain and i == 0 else ''}"
        f" ({_pct(r.at, r.of):.0f}%)"
        for i, r in enumerate(readings)
    )
    if not plain:
        told = f"{said.capitalize()}: {told}"
    if report.grade_of("overall_effectiveness") is None:
        told += f"; {report.label} gives no overall effectiveness grade"
    return told


def _graded_apart(
    claim: Claim, report: Report, ctx: Context, grades: frozenset[str]
) -> frozenset[str]:
    """The areas the claim's sentence gives another grade than the share's by name, as the
    report does ('good in all three areas of practice, with the impact of leaders judged
    outstanding', whose phrase may be a claim of its own): the total said beside them may
    be of the others. Not an area given the share's grade ('Care leavers was the only area
    rated outstanding' counts care leavers)."""
    named = {(m.judgement, m.grade) for m in claim.values.grades if m.judgement}
    named |= _named_grades(ctx.sentence_around(claim))
    return frozenset(
        name for name, grade in named if grade not in grades and report.grade_of(name) == grade
    )


@lru_cache(maxsize=256)
def _named_grades(sentence: str) -> frozenset[tuple[str, str]]:
    """(judgement, grade) for each grade ``sentence`` gives an area it names, read once: a
    claim's share is checked for each grade it may be of (``counts._share_verdict``)."""
    return frozenset((m.judgement, m.grade) for m in parse_values(sentence).grades if m.judgement)


def check_share(claim: Claim, report: Report, ctx: Context, grades: frozenset[str]) -> CheckedClaim:
    """A count or share of judgements at a grade ('outstanding in 50 per cent of areas'),
    or at either of two ('good or outstanding in three of the five areas'): supported when
    one reading of its total (``share_readings``) makes it true, the explanation naming
    that reading; contradicted only when none does, every reading of the total the claim
    names (or every reading) listed."""
    v = claim.values
    said = " or ".join(grade_text(g) for g in sorted(grades, key=grade_rank))
    percent = v.percent if v.percent is not None else _WORDS.get((v.quantifier or "").lower())
    # SIF's key judgements are a reading only for a total named or key judgements said.
    wider = v.of_total is not None or bool(KEY_JUDGEMENTS_SAID.search(claim.text))
    readings = share_readings(report, grades, wider, _graded_apart(claim, report, ctx, grades))
    fit = next((r for r in readings if _fits(claim, r, percent)), None)
    evidence = table_evidence(report, ctx, [j.name for j in report.judgements])
    if fit is not None:
        told = _readings_told(readings, report, said)
        why = f"{told}. True read as {fit.at} of {fit.of} {fit.what}."
        return verdict(claim, "supported", why, evidence)
    told = _readings_told([r for r in readings if r.of == v.of_total] or readings, report, said)
    why = f"{told}. No reading of the total makes it true."
    return verdict(claim, "contradicted", why, evidence)
