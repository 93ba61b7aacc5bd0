"""A grade given for the first time ('its first outstanding', 'the first good rating in a
decade'), in a year or in every area, and the first graded inspection since a year ('last
inspected in 2017'), against the run.
"""

from __future__ import annotations

import re

from verify.check.common import Context, verdict
from verify.check.comparison import first_judgement, not_last_year
from verify.check.grades import inspection_years
from verify.check.history.reading import _printed_year, _rated_now
from verify.check.history.runs import _for, _grade, _on, _printed_steps, _shown
from verify.types import CheckedClaim, Claim, Grade, JudgementName, Report
from verify.words.grades import grade_text
from verify.words.judgements import graded_areas
from verify.words.numbers import MONTH, NUMBER, number

_FIRST_WITHIN = re.compile(
    rf"\bfirst\b[^.;]{{0,60}}?\b(?:since (?:{MONTH} )?(?P<y>(?:19|20)\d\d)\b"
    r"|in (?:(?:a|one|the (?:last|past)|over a|more than a) )?(?P<decade>decade)\b"
    rf"|in (?:the (?:last|past) )?(?P<n>{NUMBER}) years\b)",
    re.I,
)
"""A first within a span ('the first good rating in a decade', 'rated good for the first
time since 2013', 'its first outstanding in 12 years'): no earlier grade before the span
disproves it."""


def _span_start(claim: Claim, report: Report) -> int | None:
    """The year a first within a span (``_FIRST_WITHIN``) counts from: the year said, or
    so many years before the report's inspection. None for a first ever."""
    m = _FIRST_WITHIN.search(claim.text)
    if m is None:
        return None
    if m["y"]:
        return int(m["y"])
    back = 10 if m["decade"] else number(m["n"]) or 0
    return max(inspection_years(report), default=0) - back


def _first_grade(
    claim: Claim, ctx: Context, report: Report, earlier: list[Report]
) -> CheckedClaim | None:
    """'Its first outstanding' (the grade extraction read as given for the first time): the
    grade now, and in no earlier report of the council; 'the first good rating in a decade'
    or 'for the first time since 2013' (``_span_start``): in none of the span's."""
    since = _span_start(claim, report)
    grade = claim.values.first_grade or (_rated_now(claim) if since else None)
    if grade is None:
        return None
    judgement = first_judgement(claim.values)
    if claim.values.quantifier == "all" and judgement == "overall_effectiveness":
        return _first_in_every_area(claim, report, earlier, grade)
    year = _first_given_in(claim, grade) if since is None else None  # not 'since 2013'
    if year is not None and year not in inspection_years(report):
        return _first_in_year(claim, earlier, grade, judgement, year)
    if _grade(report, judgement) != grade:
        return None  # the grade itself is the rating checker's
    if since is not None:
        earlier = [p for p in earlier if min(inspection_years(p), default=0) > since]
    graded = [(p, g) for p in earlier if (g := _grade(p, judgement)) is not None]
    what = f"{grade_text(grade)} {_for(judgement)}"
    if since is not None and not graded:
        steps = [st for st in _printed_steps(report, judgement) if (st.year or 0) > since]
        if before := [st for st in steps if st.grade == grade]:
            why = f"Not the first: {before[0].label} was {what}."
            return _on(before[0], verdict(claim, "contradicted", why), ctx)
        why = f"{report.label} is {what}; no earlier graded report after {since} is known."
        return verdict(claim, "not_checkable", why)
    if not graded:
        return _first_from_account(claim, ctx, report, judgement, what)
    before = [p for p, g in graded if g == grade]
    if before:
        why = f"Not the first: {before[-1].label} was already {what}."
        return verdict(claim, "contradicted", why)
    seen = ", ".join(f"{p.label} {grade_text(g)}" for p, g in graded)
    why = f"{report.label} is {what}; no earlier report of the council was ({seen})."
    return verdict(claim, "supported", why)


def _first_given_in(claim: Claim, grade: Grade) -> int | None:
    """The year a grade given for the first time is dated to ('first rated outstanding in
    2016'): the year printed right after that grade, or the one year its clause names, or
    the earlier inspection's year when extraction read the grade as that inspection's."""
    for mention in claim.values.grades:
        if mention.grade != grade:
            continue
        near = mention.years_near
        return _printed_year(claim.text, mention) or (near[0] if len(near) == 1 else None)
    values = claim.values
    return values.previous_year if values.previous_grade == grade else None


def _first_in_year(
    claim: Claim, earlier: list[Report], grade: Grade, judgement: JudgementName | None, year: int
) -> CheckedClaim:
    """'The council first achieved outstanding in 2019': that year's report gave the grade,
    and no earlier report of the council did (history20: was judged against 2019's report
    alone, so a first that 2016 had already given passed as supported). Not checkable when
    no report of that year is known, or nothing graded before it."""
    what = f"{grade_text(grade)} {_for(judgement)}"
    then = [p for p in earlier if year in inspection_years(p)]
    given = [g for p in then if (g := _grade(p, judgement)) is not None]
    if len(then) != 1 or not given:
        return verdict(claim, "not_checkable", f"No graded report of {year} is known.")
    if given[0] != grade:
        why = f"{then[0].label} was {grade_text(given[0])} {_for(judgement)}, not {what}."
        return verdict(claim, "contradicted", why)
    older = [p for p in earlier if max(inspection_years(p), default=year) < year]
    graded = [(p, g) for p in older if (g := _grade(p, judgement)) is not None]
    if before := [p for p, g in graded if g == grade]:
        why = f"Not first in {year}: {before[-1].label} was already {what}."
        return verdict(claim, "contradicted", why)
    if not graded:
        why = f"{then[0].label} was {what}; no earlier graded report is known."
        return verdict(claim, "not_checkable", why)
    seen = ", ".join(f"{p.label} {grade_text(g)}" for p, g in graded)
    return verdict(claim, "supported", f"{then[0].label} was {what}; none before was ({seen}).")


def _first_in_every_area(
    claim: Claim, report: Report, earlier: list[Report], grade: Grade
) -> CheckedClaim | None:
    """'Judged good in every area for the first time': a first of every area at the grade,
    which an earlier report good overall with an area below good does not disprove
    (grades10: was contradicted by 2017's good overall); one with every area at it does."""
    if not _every_area(report, grade):
        return None  # today's grades are the rating checker's
    what = f"{grade_text(grade)} in every area"
    if before := [p for p in earlier if _every_area(p, grade)]:
        return verdict(
            claim, "contradicted", f"Not the first: {before[-1].label} was already {what}."
        )
    if not earlier:
        return verdict(
            claim, "not_checkable", f"{report.label} is {what}; no earlier report is known."
        )
    seen = ", ".join(p.label for p in earlier)
    why = f"{report.label} is {what}; no earlier report of the council was ({seen})."
    return verdict(claim, "supported", why)


def _every_area(report: Report, grade: Grade) -> bool:
    """True when every area the report grades has ``grade``."""
    areas = graded_areas(list(report.judgements))
    return bool(areas) and all(j.grade == grade for j in areas)


def _first_from_account(
    claim: Claim, ctx: Context, report: Report, judgement: JudgementName | None, what: str
) -> CheckedClaim:
    """'For the first time' with no earlier report to hand: an earlier inspection the
    report prints with the grade disproves it; the account never proves it (it need not
    name every inspection)."""
    steps = [s for s in _printed_steps(report, judgement) if s.grade is not None]
    before = [s for s in steps if s.grade == claim.values.first_grade]
    if before:
        why = f"Not the first: {before[0].label} was {what}."
        return _on(before[0], verdict(claim, "contradicted", why), ctx)
    known = f" ({_shown(steps)})" if steps else ""
    why = f"{report.label} is {what}; no earlier report is known to compare{known}."
    return verdict(claim, "not_checkable", why)


def _previous_graded_in(
    claim: Claim, report: Report, earlier: list[Report], year: int
) -> CheckedClaim:
    """'The first judgement inspection since 2017', 'last inspected in 2017': the council's
    graded inspection before this one is from that year, and none came between; a year
    after it is wrong when the report's own account dates the last inspection to it
    (``not_last_year``), else unsettled (the archive may lack the report)."""
    graded = [p for p in earlier if p.grade_of("overall_effectiveness")]
    if not graded:
        return _first_since_account(claim, report, year)
    latest = graded[0]
    if year in inspection_years(latest):
        why = f"The graded inspection before {report.label} was {latest.label}, in {year}."
        return verdict(claim, "supported", why)
    if not_last_year(report, latest, year):
        # 'last inspected in 2019' where a later one was graded, or the report says 'Since
        # the last inspection in 2018'
        why = f"The graded inspection before {report.label} was {latest.label}, not in {year}."
        return verdict(claim, "contradicted", why)
    why = f"The latest earlier report known is {latest.label}; none from {year}."
    return verdict(claim, "not_checkable", why)


def _first_since_account(claim: Claim, report: Report, year: int) -> CheckedClaim:
    """'The first inspection since 2010' with no earlier report to hand: supported when the
    latest graded inspection the report recounts is from that year; otherwise not known
    (the account need not name every inspection)."""
    steps = [s for s in _printed_steps(report, None) if s.grade is not None]
    if steps and steps[0].year == year:
        why = f"{steps[0].label}: the latest earlier inspection it recounts is from {year}."
        return verdict(claim, "supported", why)
    return verdict(claim, "not_checkable", "No earlier graded inspection of the council known.")
