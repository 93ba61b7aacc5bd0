"""Comparisons with an earlier inspection.

With ``--previous FILE`` the earlier report's judgement table is the reference;
otherwise the previous-inspection facts the current report prints.
"""

from __future__ import annotations

import re
from datetime import date

from verify.check.common import (
    Context,
    earlier_of_other_body,
    judgement_grade,
    names_other_visit,
    nearest,
    provisional,
    verdict,
)
from verify.check.finding import check_finding
from verify.check.grades import (
    current_grades,
    grades_verdict,
    inspection_years,
    only_earlier_grades,
)
from verify.types import (
    CheckedClaim,
    Claim,
    ClaimValues,
    JudgementName,
    PreviousInspection,
    Report,
)
from verify.words.changes import OF_THE_RATING, direction_of
from verify.words.clauses import (
    Break,
    clause_end,
    clause_spans,
    clause_start,
    clauses,
    has_verb,
    nonfinite,
)
from verify.words.councils import COUNCIL_WORD, council_named, names_council
from verify.words.dates import BEFORE_THEN, YEAR
from verify.words.grades import (
    grade_of,
    grade_rank,
    grade_text,
    grades_given,
    grades_in,
    step_of,
)
from verify.words.judgements import JUDGEMENTS, graded_areas, prose
from verify.words.judgements import RELEASE_JUDGEMENT_RE as JUDGEMENT_RE
from verify.words.numbers import MONTH, NUMBER, month_number, number
from verify.words.qualifiers import EXCEPTION, EXCEPTIONS


def previous_report(
    ctx: Context, report: Report, year: int | None, slack: int = 0
) -> Report | None:
    """The earlier report for this council: the one from ``year`` (give or take ``slack``
    years) when the claim names a year (None when no earlier report is from then, so the
    claim is judged against the current report's own account of it), else the latest. A
    report of another council is never one (the table tells known councils apart); one
    whose council is unknown is taken when no report names this council."""
    own = [p for p in ctx.previous if names_council(p.authority, report.authority)]
    unknown = [p for p in ctx.previous if not _known_apart(p.authority, report.authority)]
    candidates = own or unknown
    if year is not None:
        off = {p.sha256: min(abs(y - year) for y in inspection_years(p) or {0}) for p in candidates}
        candidates = sorted(
            (p for p in candidates if off[p.sha256] <= slack), key=lambda p: off[p.sha256]
        )
    return candidates[0] if candidates else None


_YEARS_BACK = re.compile(
    rf"\b(?:in|over|within|after)\s+(?:the\s+(?:last|past)\s+|just\s+|only\s+|under\s+)?"
    rf"(?P<n>{NUMBER})\s+years\b|\b(?P<m>{NUMBER})\s+years\s+ago\b",
    re.I,
)
"""A span that dates the earlier grade: 'moved from inadequate to good in ten years'."""


def years_back(claim: Claim, report: Report) -> int | None:
    """The year a claim's span of years reaches back to from this inspection ('from
    inadequate to good in seven years'), when it names no year itself."""
    found = _YEARS_BACK.search(claim.text)
    day = report.inspection_end or report.inspection_start or report.published
    if claim.values.previous_year or found is None or day is None:
        return None
    return day.year - (number(found["n"] or found["m"]) or 0)


def _known_apart(a: str, b: str) -> bool:
    """True when the table knows both names as councils (so ``names_council`` settles it)."""
    return council_named(a) is not None and council_named(b) is not None


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


def check_comparison(claim: Claim, ctx: Context, report: Report) -> CheckedClaim:
    """The verdict for a comparison with an earlier inspection; none for one whose grades
    are another body's ('Cleveland Police's child protection work was rated inadequate ...
    in 2019': was compared with 2019's help and protection, grades10)."""
    if earlier_of_other_body(ctx.release.text, claim, report.authority):
        why = f"The grades are another body's, not any {report.label} or an earlier report gives."
        return verdict(claim, "not_checkable", why, nearest(ctx, report, claim.text))
    claim = _earlier_said(claim, report)
    if claim.values.previous_grade and (back := years_back(claim, report)) is not None:
        # 'from inadequate to good in seven years': the span dates the earlier grade.
        claim = _with_values(claim, claim.values.model_copy(update={"previous_year": back}))
        earlier = _span_start(claim, ctx, report, back)
    else:
        earlier = previous_report(ctx, report, claim.values.previous_year)
    if (month := claimed_month(claim)) and earlier and not _report_of_month(earlier, month):
        # 'a report in April 2013': another report of that year is not the one meant.
        earlier = _of_month(ctx, report, month)
    if claim.values.counts_moved and claim.values.direction:
        # 'Three out of five areas rated by Ofsted improved': counted from the two tables.
        return _count_moved(claim, ctx, report, earlier)
    if _since_a_visit(claim, report):
        why = (
            "The change is told from a focused or monitoring visit, which no judgement "
            "table grades: the grades settle nothing."
        )
        return _as_told(claim, ctx, report) or verdict(
            claim, "not_checkable", why, nearest(ctx, report, claim.text)
        )
    if earlier is not None:
        checked = _against_report(claim, ctx, report, earlier)
    else:
        checked = _against_printed(claim, ctx, report)
        if checked.verdict == "not_checkable" and not _before_any_known(claim, ctx, report):
            return _as_told(claim, ctx, report) or checked
    if checked.verdict == "contradicted":
        return _change_the_report_tells(claim, ctx, report) or checked
    return checked


def _change_the_report_tells(claim: Claim, ctx: Context, report: Report) -> CheckedClaim | None:
    """Supported when a change named with no grade ('the quality of assessments has
    improved substantially') is one the report's own passage tells in the same direction:
    the grades' direction is the service's as a whole, and one part of the work may
    improve while the overall grade falls, so they are no evidence against what the
    report itself says. None otherwise (the grades' verdict stands)."""
    v = claim.values
    if not v.direction or v.grades or v.previous_grade or v.first_grade:
        return None
    told = check_finding(claim, ctx, report)
    if told.verdict != "supported" or direction_of(told.evidence[0].text) != v.direction:
        return None
    return verdict(claim, "supported", told.explanation, told.evidence)


def _before_any_known(claim: Claim, ctx: Context, report: Report) -> bool:
    """True when the claim dates its earlier time before every inspection of the council
    known (its earlier reports, the report's accounts): 'a turnaround from the criticisms
    of 2000' cannot be told by a passage about the last inspection."""
    year = claim.values.previous_year
    own = [p for p in ctx.previous if names_council(p.authority, report.authority)]
    known = [y for p in own for y in inspection_years(p)] + [
        p.year for p in report.previous if p.year
    ]
    return year is not None and bool(known) and year < min(known) - 1


_MONTH_YEAR = re.compile(rf"\b(?P<m>{MONTH})\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_PUBLISHED_WITHIN = 3
"""Months from an inspection's first day to its report's publication that 'a report in
<month>' may still mean: a report is published some weeks after the visit."""


def claimed_month(claim: Claim) -> tuple[int, int] | None:
    """(year, month) of the earlier inspection when the claim prints a month with its year
    ('echoes a report in April 2013'), else None."""
    year = claim.values.previous_year
    for m in _MONTH_YEAR.finditer(claim.text):
        if year is not None and int(m["y"]) == year:
            return year, month_number(m["m"]) or 0
    return None


def _fits_month(days: list[date | None], month: tuple[int, int]) -> bool:
    """True when ``month`` falls within the visit's months or the few after it (when the
    report may have come out): a month named for an inspection or its report."""
    wanted = month[0] * 12 + month[1]
    at = [d.year * 12 + d.month for d in days if d is not None]
    return bool(at) and min(at) <= wanted <= max(at) + _PUBLISHED_WITHIN - 1


def _report_of_month(earlier: Report, month: tuple[int, int]) -> bool:
    start = earlier.inspection_start or earlier.inspection_end
    return _fits_month([start, earlier.published or earlier.inspection_end], month)


def _of_month(ctx: Context, report: Report, month: tuple[int, int]) -> Report | None:
    """The council's earlier report of the month a claim names, if one is to hand."""
    own = [p for p in ctx.previous if names_council(p.authority, report.authority)]
    return next((p for p in own if _report_of_month(p, month)), None)


def _account_of_month(p: PreviousInspection, month: tuple[int, int]) -> bool:
    """True when the report's account of an earlier inspection prints a month of that
    year that the claimed month may name ('undertaken in March 2013' for 'a report in
    April 2013')."""
    days = [
        date(int(m["y"]), month_number(m["m"]) or 1, 1)
        for m in _MONTH_YEAR.finditer(p.text)
        if int(m["y"]) == month[0]
    ]
    return _fits_month(days, month)


def _count_moved(
    claim: Claim, ctx: Context, report: Report, earlier: Report | None
) -> CheckedClaim:
    """'Three out of five areas improved': each area graded today against its grade at the
    council's last inspection (``_then``): supported when exactly that many moved that way
    and every other area is known not to have (an area inadequate today cannot have
    improved, nor an outstanding one declined). Never a flag: an area can improve or
    decline within its grade, which no table shows, and earlier frameworks graded areas
    otherwise."""
    v = claim.values
    if v.grades:
        # 'Three of the four areas improved, with only children in care still judged to
        # require improvement': the grades are today's, the count the move's.
        uncounted = v.model_copy(update={"quantifier": None, "count": None, "of_total": None})
        graded = grades_verdict(_with_values(claim, uncounted), ctx, report)
        if graded.verdict not in ("supported", "not_checkable"):
            return graded
    areas = graded_areas(report.judgements)
    if v.of_total == len(areas) + 1:
        areas = [*areas, *(j for j in report.judgements if j.name == "overall_effectiveness")]
    if not areas or (v.of_total is not None and v.of_total != len(areas)):
        why = f"{report.label} grades {len(areas)} areas, not {v.of_total}."
        return verdict(claim, "not_checkable", why, nearest(ctx, report, claim.text))
    moved, unknown, shown = 0, 0, []
    for area in areas:
        then = _then(report, earlier, area.name)
        if then is None:
            edge = "inadequate" if v.direction == "improved" else "outstanding"
            unknown += v.direction == "maintained" or area.grade != edge
            shown.append(f"{prose(area.name)} {grade_text(area.grade)} now, not known then")
            continue
        a, b = grade_rank(then), grade_rank(area.grade)
        actual = "maintained" if a == b else "improved" if b < a else "declined"
        moved += actual == v.direction
        shown.append(f"{prose(area.name)} {grade_text(then)} to {grade_text(area.grade)}")
    against = earlier.label if earlier else f"{report.label}'s account of earlier inspections"
    why = f"Against {against}: {moved} {v.direction} ({'; '.join(shown)})."
    label = "supported" if moved == v.count and not unknown else "not_checkable"
    evidence = (nearest(ctx, earlier, claim.text) if earlier else []) + nearest(
        ctx, report, claim.text
    )
    return verdict(claim, label, why, evidence)


def _then(report: Report, earlier: Report | None, area: JudgementName) -> str | None:
    """An area's grade at the council's last inspection: the earlier report's (a 2012-2013
    inspection of looked-after children's services grades their adoption and leaving care
    by its overall grade), else the latest grade the report's own account prints for the
    inspection of that area (safeguarding for help and protection, looked-after children
    for their areas), no older than the earlier report."""
    if earlier is not None:
        graded = judgement_grade(earlier, area)
        if graded is not None:
            return graded[1]
        if area in LOOKED_AFTER_AREAS and earlier.grade_of("outcomes_for_looked_after_children"):
            return earlier.grade_of("overall_effectiveness")
    floor = min(inspection_years(earlier), default=0) - 1 if earlier else 0
    said = [
        p
        for p in report.previous
        if p.grade and p.year and p.year >= floor and _account_about(p, area)
    ]
    latest = max((p.year for p in said), default=None)
    grades = {p.grade for p in said if p.year == latest}
    return grades.pop() if len(grades) == 1 else None


LOOKED_AFTER_AREAS = {
    "children_in_care",
    "looked_after_and_permanence",
    "adoption",
    "care_leavers",
}
"""The areas a 2012-2013 inspection of looked-after children's services graded whole."""


def _account_about(p: PreviousInspection, area: JudgementName) -> bool:
    """True when an account of an earlier inspection is of ``area``'s inspection: of
    looked-after children's services for their areas (for adoption and care leavers only
    before November 2013, when the single inspection began grading them apart), of
    safeguarding for help and protection."""
    text = p.text
    if area in ("adoption", "care_leavers") and not _before_sif(p):
        return False
    if area in LOOKED_AFTER_AREAS:
        return looked_after_only(text)
    if area == "help_and_protection":
        return not looked_after_only(text) and bool(
            _names_area(text, area) or re.search(r"safeguard", text, re.I)
        )
    return False


_SIF_BEGAN = (2013, 11)
"""The single inspection framework's first month: from then adoption and care leavers had
grades of their own."""


def _before_sif(p: PreviousInspection) -> bool:
    """True when the account's inspection is older than the single inspection framework,
    by the month it prints with its year (a 2013 one with no month is not known to be)."""
    months = [
        (int(m["y"]), month_number(m["m"]) or 12)
        for m in _MONTH_YEAR.finditer(p.text)
        if p.year and int(m["y"]) == p.year
    ]
    return bool(p.year) and (p.year < _SIF_BEGAN[0] or bool(months) and max(months) < _SIF_BEGAN)


def _since_a_visit(claim: Claim, report: Report) -> bool:
    """True for a change told from a focused or monitoring visit and from no inspection or
    earlier grade ('improved since the focused visit in September 2018')."""
    v = claim.values
    return (
        names_other_visit(claim.text, report)
        and not _INSPECTION.search(claim.text)
        and not (v.previous_grade or v.first_grade or v.grades)
    )


_INSPECTION = re.compile(r"\binspect(?:ion|ed)\b", re.I)


def _as_told(claim: Claim, ctx: Context, report: Report) -> CheckedClaim | None:
    """Supported when the report itself tells the change a comparison states loosely,
    with no grade ('has made significant progress since the last inspection', 'services
    for care leavers have continued to improve'): its own account of its progress ('The
    service for care leavers has significantly improved since the previous inspection')
    is the passage that says the same thing, found by the finding check's support test.
    The passage must itself look back ('since', 'previous', 'at the time of'): a passage
    about today's practice says nothing of a change. A grade the claim names must be
    printed in it too ('improved since 2019, when they were judged to be inadequate'):
    a passage without it is no support for a comparison of grades, and one telling
    another direction than the claim's ('improved' for 'declined') none for it. Only
    support is taken, never a flag; and a count of areas the claim states ('three of the
    four areas') must be the passage's too."""
    v = claim.values
    named = {m.grade for m in v.grades} | {g for g in (v.previous_grade, v.first_grade) if g}
    told = check_finding(claim, ctx, report)
    if told.verdict != "supported":
        return None
    said = told.evidence[0].text
    if not _LOOKS_BACK.search(said) or not named <= set(grades_in(said)):
        return None
    if v.direction == "maintained" and _CHANGED.search(said):
        return None  # 'mirrors its last inspection': not told by 'has improved since'.
    if v.direction and (passage_says := direction_of(said)) and passage_says != v.direction:
        # 'declined since the inspection in 2017' is no restatement of 'has improved since
        # the inspection in 2017', however many words they share.
        return None
    if v.count is not None and v.count not in _numbers_in(said):
        return None  # 'three of the four areas improved': a change of some count of areas
    return verdict(claim, "supported", told.explanation, told.evidence)


_CHANGED = re.compile(r"\b(?:improv\w*|declin\w*|deteriorat\w*|better|worse)\b", re.I)
"""A report sentence telling a change: no account of a standard kept."""


def _numbers_in(text: str) -> set[int]:
    """Every number a passage prints, in figures or words."""
    return {n for m in re.finditer(rf"\b{NUMBER}\b", text, re.I) if (n := number(m.group()))}


_LOOKS_BACK = re.compile(
    r"\b(?:since|previous(?:ly)?|last inspection|at the time of"
    r"|than (?:they|it) (?:did|was|were))\b",
    re.I,
)
"""A report sentence telling a change from an earlier time: 'since the previous
inspection', 'much better support than they did at the time of the inspection in 2019'."""


def _earlier_said(claim: Claim, report: Report) -> Claim:
    """The claim with the one grade it says of an earlier inspection ('rated good, an
    improvement on 2015's inadequate rating') read as the earlier grade, in the year printed
    beside it: the comparison is with that inspection."""
    v = claim.values
    said = [m for m in v.grades if m.said_before(inspection_years(report))]
    if v.previous_grade or len(said) != 1:
        return claim
    years = said[0].years_near
    update = {
        "grades": [m for m in v.grades if m is not said[0]],
        "previous_grade": said[0].grade,
        "previous_year": v.previous_year or (years[0] if len(years) == 1 else None),
    }
    return _with_values(claim, v.model_copy(update=update))


def _span_start(claim: Claim, ctx: Context, report: Report, back: int) -> Report | None:
    """The earlier report a span of years reaches back to ('from inadequate to good in
    seven years'): the one from then, give or take a year of publishing; else the latest
    within the span, only when it gives the grade the move started from (the move may have
    passed through another grade on the way: that is no evidence against it)."""
    start = previous_report(ctx, report, back, slack=1)
    if start is not None:
        return start
    latest = previous_report(ctx, report, None)
    if latest is None or max(inspection_years(latest), default=0) < back - 1:
        return None
    then = judgement_grade(latest, named_judgement(claim) or "overall_effectiveness")
    return latest if then and then[1] == claim.values.previous_grade else None


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


def _against_report(claim: Claim, ctx: Context, report: Report, earlier: Report) -> CheckedClaim:
    v = claim.values
    parts, label = [], "supported"
    settled = False  # whether any part was compared with a grade that settles it
    named = named_judgement(claim)
    if v.direction:
        if subject := _area_of_change(claim, named) or _direction_subject(claim):
            actual, why = _direction_of(subject, report, earlier)
        elif _of_the_whole(claim, report) and judgement_grade(earlier, "overall_effectiveness"):
            # 'remains requires improvement, unchanged since 2019': the grade it names.
            actual, why = _direction_of("overall_effectiveness", report, earlier)
        else:
            actual, why = direction_between(report, earlier)
        parts.append(f"{actual} ({why})")
        outcome = direction_verdict(v.direction, actual, bool(OF_THE_RATING.search(claim.text)))
        if outcome == "not_checkable" and (nowhere := _moved_nowhere(claim, report, earlier)):
            outcome = "contradicted"
            parts.append(nowhere)
        settled = outcome != "not_checkable"
        if outcome == "contradicted":
            label = "contradicted"
        if (steps := _steps_counted(claim, subject)) is not None:
            then_now = [judgement_grade(r, steps) for r in (earlier, report)]
            if all(then_now):
                held, told = _steps_told(v.grade_steps, then_now[0][1], then_now[1][1])
                settled = True
                parts.append(told)
                if not held:
                    label = "contradicted"
    if v.first_grade:
        name = first_judgement(v)
        had = earlier.grade_of(name)
        settled = settled or had is not None
        if had == v.first_grade:
            label = "contradicted"
            parts.append(f"not the first: {prose(name)} was already {grade_text(had)}")
        else:
            parts.append(f"{prose(name)} was {grade_text(had)} then")
    if named and v.previous_grade and _graded_elsewhere(claim, named):
        named = None
        then_graded = judgement_grade(earlier, "overall_effectiveness")
    else:
        then_graded = judgement_grade(
            earlier, named or _earlier_judgement(claim) or "overall_effectiveness"
        )
    if v.previous_grade and then_graded:
        settled = True
        then_name, then_grade = then_graded
        area = "overall" if then_name == "overall_effectiveness" else f"for {prose(then_name)}"
        parts.append(f"{earlier.label} was {grade_text(then_grade)} {area}")
        if step_of(v.previous_grade) != step_of(then_grade):
            given = None if _pinned(claim) else _given_before(ctx, report, v.previous_grade, named)
            if given is None:
                label = "contradicted"
            else:
                # 'Previously rated good', 'no longer inadequate': true of an older
                # inspection; which one is meant is not said.
                settled = False
                parts.append(f"{given} was {grade_text(v.previous_grade)}")
    if v.previous_grade and not v.grades and _all_of_then(claim):
        # "following the 2018 inspection where it was rated Good in all four areas".
        settled = True
        off = [j for j in earlier.judgements if j.name != "lscb" and j.grade != v.previous_grade]
        if off:
            label = "contradicted"
        parts.append(_all_then(earlier, off, v.previous_grade))
    if v.grades:
        # Grades named before the earlier inspection is mentioned are today's:
        # "rated Good, an improvement from Requires improvement in 2021".
        rated = (
            _against_report(_with_values(claim, v.as_earlier()), ctx, report, earlier)
            if only_earlier_grades(claim, report)
            else grades_verdict(claim, ctx, report)
        )
        parts.append(rated.explanation.rstrip("."))
        settled = settled or rated.verdict != "not_checkable"
        if rated.verdict not in ("supported", "not_checkable"):
            label = rated.verdict
    if not parts:
        return verdict(claim, "not_checkable", "No direction or earlier grade could be read.")
    if not settled:
        label = "not_checkable"
    evidence = nearest(ctx, earlier, claim.text) + nearest(ctx, report, claim.text)
    return verdict(claim, label, f"Against {earlier.label}: " + "; ".join(parts) + ".", evidence)


_EVERY = re.compile(r"^(?:all|every|each)\b", re.I)


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


def _steps_counted(claim: Claim, subject: JudgementName | None) -> JudgementName | None:
    """The judgement whose grades a count of grades crossed ('moved up two grades since
    2019') is told of: the area the change is told of, else overall effectiveness when the
    claim names no other area (None when it counts none, or names several: 'help and
    protection and children in care each rose a grade' is no count of the whole)."""
    if claim.values.grade_steps is None:
        return None
    if subject is not None:
        return subject
    named = {m.lastgroup for m in JUDGEMENT_RE.finditer(claim.text)} - {"overall_effectiveness"}
    return None if named else "overall_effectiveness"


def _steps_told(steps: int, then: str, now: str) -> tuple[bool, str]:
    """(whether, why) a count of grades crossed is the scale's steps from ``then`` to
    ``now``, up or down as said (pre-2013 'adequate' ranks with requires improvement)."""
    held = grade_rank(then) - grade_rank(now) == steps
    way = "up" if steps > 0 else "down"
    told = "as told" if held else f"not {abs(steps)} grade(s) {way}"
    return held, f"{told}: {grade_text(then)} to {grade_text(now)}"


def _all_of_then(claim: Claim) -> bool:
    """True when the claim's 'all' grades the earlier inspection: its clause names that
    inspection's year ('the 2018 inspection, when it was rated good in all four areas'), or
    the claim names no year. Not when the year stands in another clause ('rated requires
    improvement in all four judgements, the same overall grade it received in 2018'): the
    'all' is today's, and the earlier report is only said to share the overall grade. Nor
    an 'all' its clause makes an exception to ('every area but adoption')."""
    said = claim.values.quantifier or ""
    at = claim.text.lower().find(said.lower()) if said.startswith("all") else -1
    if at < 0:
        return said.startswith("all") and not EXCEPTION.search(claim.text)
    a, b = clause_start(claim.text, at), clause_end(claim.text, at)
    if EXCEPTION.search(claim.text, a, b):
        return False  # 'when every area but adoption and care leavers was inadequate'
    years = [m.start() for m in YEAR.finditer(claim.text)]
    return not years or any(a <= y < b for y in years)


def _of_the_whole(claim: Claim, report: Report) -> bool:
    """True when the claim's direction is the service's overall grade's: it gives today's
    overall grade (``_grades_the_whole``), or, naming no grade, says the grade was kept
    ('the rating echoes a report in April 2013'): an area that moved within the same
    overall grade does not make that untrue."""
    v = claim.values
    kept = v.direction == "maintained" and not v.grades and report.grade_of("overall_effectiveness")
    return bool(kept) or _grades_the_whole(claim, report)


def _grades_the_whole(claim: Claim, report: Report) -> bool:
    """True when the claim's grade of today is the service's overall grade ('remains
    requires improvement'), so its direction is that grade's."""
    now = report.grade_of("overall_effectiveness")
    return any(
        m.judgement in (None, "overall_effectiveness") and m.grade == now
        for m in current_grades(claim, report)
    )


def named_judgement(claim: Claim) -> JudgementName | None:
    """The one judgement other than overall effectiveness the claim's grades are given
    ('the impact of leaders fell from outstanding to good'), or, when it states no grade
    of today's, the one it names ('children in care services improved from inadequate'):
    its change is that area's, not the service's. None when any grade is given to none,
    to another, or to overall effectiveness ('rated good, up from inadequate, with
    leaders outstanding'), or it names several."""
    named = {m.judgement for m in claim.values.grades}
    if not named:
        named = _judgements_named(claim.text)
    if len(named) != 1 or None in named or "overall_effectiveness" in named:
        return None
    return named.pop()


def _graded_elsewhere(claim: Claim, named: JudgementName) -> bool:
    """True when the judgement a claim names sits in a clause giving it a grade other than
    the earlier one read ('rated inadequate since 2015, when adoption was also judged
    good'): that earlier grade is the whole service's, not the judgement's. Not when the
    earlier grade stands in a phrase hung on the judgement's own clause (``_hung_on``)."""
    said = claim.values.previous_grade
    parts = clauses(claim.text)
    if any(_hung_on(parts, k, named) for k, c in enumerate(parts) if said in grades_in(c)):
        return False
    for clause in parts:
        if any(m.lastgroup == named for m in JUDGEMENT_RE.finditer(clause)):
            found = grades_in(clause)
            if found and said not in found:
                return True
    return False


def _hung_on(parts: list[str], k: int, named: JudgementName | None = None) -> bool:
    """True when clause ``k``, naming no judgement, hangs on the clause before it (which
    names ``named``, when given): it has no verb of its own, or the clause before is the
    bare subject opening the sentence, which it stands beside: 'Children in care are now
    rated good, up from requires improvement in 2017', "The council's adoption service,
    rated outstanding in 2017, is now ...", or it opens with a participle ('..., having
    been judged inadequate in 2014', ``words.clauses.nonfinite``): the earlier grade it
    gives is that area's."""
    if k == 0 or JUDGEMENT_RE.search(parts[k]):
        return False
    if has_verb(parts[k]) and not nonfinite(parts[k]) and (k > 1 or has_verb(parts[0])):
        return False  # a clause of its own, not beside the bare subject opening the sentence
    return named is None or any(m.lastgroup == named for m in JUDGEMENT_RE.finditer(parts[k - 1]))


def area_hung_on(text: str, at: int) -> JudgementName | None:
    """The one judgement named by the clause that the clause holding ``text[at]`` hangs
    on (``_hung_on``): 'Care leavers' services were rated good, having been judged
    inadequate in 2014' gives the dated grade to care leavers, not the service overall."""
    spans = clause_spans(text)
    k = next((i for i, (a, b) in enumerate(spans) if a <= at < b), None)
    parts = [text[a:b] for a, b in spans]
    return _one_judgement(parts[k - 1]) if k and _hung_on(parts, k) else None


def _earlier_judgement(claim: Claim) -> JudgementName | None:
    """The one judgement the clause giving the claim's earlier grade names ('..., while
    children in care, rated outstanding in 2018, are now good'): that grade was that
    area's then, not the service's overall; or the one judgement named in the clause a
    verbless clause giving it hangs on (``_hung_on``). None when no clause (at a dash or
    stronger) holding the earlier grade names exactly one judgement, or names overall
    effectiveness, and none it hangs on does."""
    said = claim.values.previous_grade
    giving = (c for c in clauses(claim.text, Break.DASH) if said in grades_in(c))
    found = next(filter(None, map(_one_judgement, giving)), None)
    if found is not None:
        return found
    parts = clauses(claim.text)
    hung = (k for k, c in enumerate(parts) if said in grades_in(c) and _hung_on(parts, k))
    return next((_one_judgement(parts[k - 1]) for k in hung), None)


def _area_of_change(claim: Claim, named: JudgementName | None) -> JudgementName | None:
    """The judgement whose change (or earlier grade) the claim tells: ``named``, unless the
    claim names it in one clause and tells its change in another that names the council
    and no judgement ('... services for looked after children were both judged good, and
    Southwark has kept its good rating'): the kept rating is then the council's, not that
    area's. A clause of the area's own ('children in care, rated good in 2012, have
    remained good') tells that area's."""
    if named is None or claim.values.grades:
        return named
    told = [c for c in clauses(claim.text) if direction_of(c) == claim.values.direction]
    apart = told and all(_of_council(c, claim) and not JUDGEMENT_RE.search(c) for c in told)
    return None if apart else named


def _of_council(clause: str, claim: Claim) -> bool:
    """True when the clause names the council, by its name or as 'the council'."""
    name = claim.values.authority
    return bool(_COUNCIL.search(clause)) or bool(name and name.lower() in clause.lower())


_COUNCIL = re.compile(rf"\b{COUNCIL_WORD}\b", re.I)


def _direction_subject(claim: Claim) -> JudgementName | None:
    """The one judgement named in the clause that tells the claim's change, when the claim
    names others elsewhere ('Help and protection has improved since 2018, ..., while
    children in care, rated outstanding in 2018, are now good'): the change is that area's,
    not the service's. None when no such clause names exactly one (not overall)."""
    telling = (c for c in clauses(claim.text) if direction_of(c) == claim.values.direction)
    return next(filter(None, map(_one_judgement, telling)), None)


def _one_judgement(clause: str) -> JudgementName | None:
    """The one judgement ``clause`` names, when it names exactly one and not overall
    effectiveness: a grade or change told in it is that area's."""
    named = _judgements_named(clause)
    return named.pop() if len(named) == 1 and "overall_effectiveness" not in named else None


_EXCEPTED = re.compile(rf"\b(?:{EXCEPTIONS})\s+(?:(?:the|its|for|of)\s+)*$", re.I)
_LISTED = re.compile(r"(?:\s*,)?\s*(?:and|or)?\s*(?:the\s+|its\s+)?", re.I)


def _judgements_named(text: str) -> set[JudgementName]:
    """The judgements ``text`` names, less those it names as exceptions ('required
    improvement in every area except adoption, which was judged good', 'every area apart
    from adoption and care leavers'): what it says of all is not said of them."""
    named, excepted, last_end = set(), False, 0
    for m in JUDGEMENT_RE.finditer(text):
        before = text[last_end : m.start()]
        excepted = bool(_EXCEPTED.search(before)) or (
            excepted and bool(_LISTED.fullmatch(before))
        )
        if not excepted:
            named.add(m.lastgroup)
        last_end = m.end()
    return named


def _direction_of(name: JudgementName, report: Report, earlier: Report) -> tuple[str, str]:
    """(improved|maintained|declined|unknown, why) for one judgement between two reports."""
    now, then = judgement_grade(report, name), judgement_grade(earlier, name)
    if now is None or then is None:
        return "unknown", f"{earlier.label} or {report.label} grades no {prose(name)}"
    a, b = grade_rank(then[1]), grade_rank(now[1])
    actual = "maintained" if a == b else "improved" if b < a else "declined"
    return actual, f"{prose(name)} {grade_text(then[1])} then, {grade_text(now[1])} now"


def first_judgement(values: ClaimValues) -> JudgementName:
    """The judgement a grade is claimed for the first time: the one a mention of that grade
    names, else overall effectiveness."""
    named = (m.judgement for m in values.grades if m.grade == values.first_grade and m.judgement)
    return next(named, None) or "overall_effectiveness"


def _with_values(claim: Claim, values: ClaimValues) -> Claim:
    return claim.model_copy(update={"values": values})


def _all_then(earlier: Report, off: list, grade: str) -> str:
    if not off:
        return f"{earlier.label}: every judgement {grade_text(grade)}"
    named = ", ".join(f"{prose(j.name)} {grade_text(j.grade)}" for j in off)
    return f"{earlier.label}: not all {grade_text(grade)} ({named})"


ACCOUNT = "the report's own account of an earlier inspection, chosen by year and area"
"""The provisional check (``common.provisional``) of an earlier grade or a change against
the report's account of its history: which sentence is the account of the inspection
meant is chosen by the words, and no such flag has yet been right on a real release;
against the earlier report itself (``_against_report``) the grades are printed facts."""


def _against_printed(claim: Claim, ctx: Context, report: Report) -> CheckedClaim:
    v = claim.values
    today = grades_verdict(claim, ctx, report) if current_grades(claim, report) else None
    if today is not None and today.verdict not in ("supported", "not_checkable"):
        # Today's grade against today's table is positive evidence whatever the report
        # prints of its history: "rated good overall, up from inadequate" when it is not.
        return today
    if not report.previous:
        # Nothing to compare with is no evidence of an error: said, not flagged.
        return verdict(
            claim,
            "not_checkable",
            f"{report.label} prints nothing about an earlier inspection; pass it with --previous.",
            nearest(ctx, report, claim.text),
        )
    index = ctx.index(report)
    area = _area_of_change(claim, named_judgement(claim))
    accounts = report.previous
    if month := claimed_month(claim):
        accounts = [p for p in accounts if _account_of_month(p, month)]
        if not accounts:
            named = date(month[0], month[1], 1).strftime("%B %Y")
            why = f"No inspection of {named} is known; pass its report with --previous."
            return today or verdict(claim, "not_checkable", why, nearest(ctx, report, claim.text))
    chosen = max(accounts, key=lambda p: _fit(p, v.previous_year, area))
    evidence = [index.evidence(chosen.start, chosen.end, 1.0, whole_sentence=False)]
    if area and not _names_area(chosen.text, area):
        # The account grades the service, not this area: no evidence either way.
        why = f"The report's account of the earlier inspection gives no grade for {prose(area)}."
        return today or verdict(claim, "not_checkable", why, evidence)
    if area is None and graded_apart(chosen.text):
        # The account grades children in care ('Services for children in care have
        # deteriorated since 2015, when they were judged to be good') or the fostering
        # service, not the service.
        why = "The report's account of the earlier inspection grades one service only."
        return today or verdict(claim, "not_checkable", why, evidence)
    said = _earlier_grades(claim, report)
    own = _area_grade(chosen.text, area) if area else None
    if own:
        # The account grades this area by name: its grade, not the sentence's first; and
        # so does a claim grading areas apart in its own sentence ('safeguarding was judged
        # adequate and services for looked after children good'), of the grades it says
        # were given then (or, giving no grade of today, any it names).
        chosen = chosen.model_copy(update={"grade": own})
        claimed = _area_grade(claim.text, area)
        if claimed and (claimed in said or not (v.grades or _TODAY.search(claim.text))):
            said = {claimed}
            v = v.model_copy(update={"previous_grade": claimed})
    printed = {own} if own else _given_in(chosen)
    if v.previous_year and not _near(chosen, v.previous_year):
        # The report's account of its history is not complete: another year's grade is
        # not proof against this one, nor evidence for it.
        why = (
            f"The report prints no inspection from {v.previous_year}; pass that report "
            "with --previous."
        )
        return verdict(claim, "not_checkable", why, evidence)
    if v.previous_grade and chosen.grade and step_of(v.previous_grade) != step_of(chosen.grade):
        if _NO_LONGER.search(claim.text) and not _pinned(claim):
            # 'No longer rated inadequate': true of any earlier inspection, perhaps an
            # older one than the report recounts.
            why = (
                f"The report gives the earlier grade as {grade_text(chosen.grade)}; 'no "
                "longer' ties the claim's earlier grade to no one inspection."
            )
            return verdict(claim, "not_checkable", why, evidence)
        if (alike := _same_time_alike(report, chosen, v.previous_grade, area)) is not None:
            why = (
                f"The report prints two inspections of {chosen.year}: one "
                f"{grade_text(chosen.grade)}, one {grade_text(v.previous_grade)} ('{alike.text}'); "
                "which the claim means is not said."
            )
            return verdict(claim, "not_checkable", why, evidence)
        why = f"The report gives the earlier grade as {grade_text(chosen.grade)}."
        return provisional(verdict(claim, "contradicted", why, evidence), ctx, ACCOUNT)
    if v.first_grade and chosen.grade == v.first_grade:
        why = f"Not the first: the report gives the earlier grade as {grade_text(chosen.grade)}."
        return provisional(verdict(claim, "contradicted", why, evidence), ctx, ACCOUNT)
    alike = {step_of(g) for g in said} & {step_of(g) for g in printed}
    if printed and said and not alike:
        why = f"The report gives the earlier grade as {', '.join(sorted(printed))}."
        return provisional(verdict(claim, "contradicted", why, evidence), ctx, ACCOUNT)
    if v.direction:
        told = _direction_from_printed(claim, report, chosen, evidence, area, own)
        return provisional(told, ctx, ACCOUNT)
    if not alike and not (v.first_grade and chosen.grade):
        # Nothing said of the earlier inspection could be compared with what it prints.
        return today or verdict(
            claim,
            "not_checkable",
            "The report's account of the earlier inspection gives no grade to compare.",
            evidence,
        )
    why = "Matches what the report prints about the earlier inspection."
    if today is not None:
        why += " " + today.explanation
    return verdict(claim, "supported", why, evidence)


def _same_time_alike(
    report: Report, chosen: PreviousInspection, grade: str, area: JudgementName | None = None
) -> PreviousInspection | None:
    """Another inspection the report prints from the year of the one chosen, graded as the
    claim says: 2011's safeguarding inspection judged adequate beside 2011's inspection of
    services for looked after children judged good. 'Rated good at the last inspection'
    is then true of one of them, and the account is no evidence against it; for a claim
    naming an area, only an account giving that area the grade is."""

    def graded(p: PreviousInspection) -> str | None:
        return (_area_grade(p.text, area) if area and _names_area(p.text, area) else None) or (
            p.grade if area is None or _names_area(p.text, area) else None
        )

    return next(
        (
            p
            for p in report.previous
            if p is not chosen and p.year and p.year == chosen.year and graded(p) == grade
        ),
        None,
    )


_PINNED = re.compile(
    r"\b(?:last|latest|most recent|previous)\s+(?:(?:full|ofsted|graded)\s+)?"
    r"(?:inspection|time|rating|visit|judgement|grade)"
    r"|\b(?:last|previously)\s+inspected\b|\b(?:up|down|improv\w*|declin\w*|fell|dropped)\s+from\b",
    re.I,
)
"""Words that tie an earlier grade to the last inspection ('at its last inspection', 'up
from'), not any earlier one ('previously rated', 'no longer')."""


_NO_LONGER = re.compile(r"\bno longer\b", re.I)
"""'No longer rated inadequate': a grade the service once had, at any earlier inspection."""


def _pinned(claim: Claim) -> bool:
    """True when the claim ties its earlier grade to one inspection: a year, or words
    naming the last one, not a time before it ('Before the last inspection, ...')."""
    before = [m.span() for m in BEFORE_THEN.finditer(claim.text)]
    pins = [m.start() for m in _PINNED.finditer(claim.text)]
    named = [at for at in pins if not any(a <= at < b for a, b in before)]
    return claim.values.previous_year is not None or bool(named)


def _given_before(
    ctx: Context, report: Report, grade: str, named: JudgementName | None
) -> str | None:
    """The label of a known earlier inspection of the council (an earlier report, or one
    an earlier report prints) that gave ``grade`` to the service (or to ``named``)."""
    name = named or "overall_effectiveness"
    own = [p for p in ctx.previous if names_council(p.authority, report.authority)]
    for earlier in own:
        then = judgement_grade(earlier, name)
        if then and then[1] == grade:
            return earlier.label
    for holder in (report, *own):
        for printed in holder.previous:
            if named is None:
                about = not graded_apart(printed.text)
            else:
                about = _names_area(printed.text, named)
            if about and printed.grade == grade:
                return f"{holder.label}'s account of {printed.year or 'an earlier inspection'}"
    return None


def looked_after_only(text: str) -> bool:
    """True for an account of an inspection of looked-after children's services alone
    (2009-2013): its grade is not the whole service's."""
    protection = _names_area(text, "help_and_protection") or re.search(r"safeguard", text, re.I)
    return _names_area(text, "children_in_care") and not protection


_ONE_SERVICE = re.compile(r"\b(?:adoption|fostering)\s+(?:services?|agency|agencies)\b", re.I)


def graded_apart(text: str) -> bool:
    """True for an account of an inspection of one service alone: looked-after children's
    (``looked_after_only``), or the adoption or fostering service's ('The previous
    inspection of the fostering service was in March 2012. The local authority was judged
    to be good.'): its grade is never the whole service's."""
    protection = _names_area(text, "help_and_protection") or re.search(r"safeguard", text, re.I)
    return looked_after_only(text) or bool(_ONE_SERVICE.search(text) and not protection)


def _names_area(text: str, area: JudgementName) -> bool:
    """True when an account of an earlier inspection is about the judgement ``area`` (the
    2012 inspection of 'arrangements for the protection of children' for help and
    protection), not the service overall."""
    words = JUDGEMENTS[area].mention or JUDGEMENTS[area].release
    return bool(words and re.search(words, text, re.I))


_SAFEGUARDING = r"safeguarding (?:services|arrangements)"
"""The 2009-2013 inspection of safeguarding, named beside looked-after children's in one
account ('safeguarding services were judged to be adequate and those for looked after
children good'): an area of its own in that account."""
_CLOSING_GRADE = re.compile(
    r"\b(outstanding|good|adequate|inadequate|requires? improvement(?: to be good)?)\b"
    rf"(?=\s*(?:[.,;()]|\b(?:and|but|while|whereas)\b|in (?:{MONTH} )?(?:19|20)\d\d\b|$))",
    re.I,
)
"""A grade word closing a stretch of an account, or dated ('adequate in September 2012'),
not an adjective of a noun ('good practice')."""


def _area_grade(text: str, area: JudgementName) -> str | None:
    """The grade an account of an earlier inspection gives ``area`` itself: the grade that
    closes the stretch from the area's name to the next area it names ('when safeguarding
    services were judged to be adequate and those for looked after children good' gives
    looked-after children good, not the sentence's first grade). None when the account
    does not name the area, or grades nothing in its stretch."""
    words = JUDGEMENTS[area].mention or JUDGEMENTS[area].release
    named = re.search(words, text, re.I) if words else None
    if named is None:
        return None
    others = [
        JUDGEMENTS[n].mention
        for n in _PARTS
        if JUDGEMENTS[n].mention and not re.search(JUDGEMENTS[n].mention, named.group(), re.I)
    ]
    other = re.compile("|".join([*others, _SAFEGUARDING]), re.I).search(text, named.end())
    stretch = text[named.end() : other.start() if other else len(text)]
    grade = _CLOSING_GRADE.search(stretch)
    return grade_of(grade.group(1)) if grade else None


def _earlier_grades(claim: Claim, report: Report) -> set[str]:
    """The grades the claim gives earlier inspections, not today's ('its first
    “outstanding” rating' gives none: compared with an earlier grade, it is no error)."""
    v = claim.values
    own = inspection_years(report)
    then = {m.grade for m in v.grades if m.said_before(own)}
    return then | ({v.previous_grade} if v.previous_grade else set())


def _near(p: PreviousInspection, year: int | None) -> bool:
    """True when the account is of an inspection within a year of ``year``."""
    return bool(p.year and year and abs(p.year - year) <= 1)


def _fit(
    p: PreviousInspection, year: int | None, area: JudgementName | None = None
) -> tuple[bool, ...]:
    """Prefer a graded inspection within a year of the claimed one, then, for a claim about
    one area, the account of that area's inspection (2011's looked-after children's one,
    not the safeguarding one of the same month), then the same year; with no year
    claimed, a graded one (never an undated aside for having no year); of graded ones, for a
    claim about the whole service, one not of one service alone (``graded_apart``)."""
    near = _near(p, year)
    graded = bool(_given_in(p))
    about = area is not None and _names_area(p.text, area)
    whole = graded and (area is not None or not graded_apart(p.text))
    return (near and graded, about, year is not None and p.year == year, near, graded, whole)


def _direction_from_printed(
    claim: Claim,
    report: Report,
    chosen: PreviousInspection,
    evidence: list,
    area: JudgementName | None,
    own: str | None,
) -> CheckedClaim:
    """The direction from the account's earlier grade to today's grade of what it was
    given to: the area the claim names, when the account is of it (``own``, its grade for
    that area: 'The adoption service has remained good since its last inspection in 2011'
    against adoption's grade now, not the overall inadequate; looked-after children good
    in 2012, ``_area_grade``, against children in care today), else the service's overall
    grade."""
    then = own or chosen.grade or _earliest_grade(chosen.text)
    if then is None:
        why = "The earlier grade is not printed; pass the earlier report with --previous."
        return verdict(claim, "not_checkable", why, evidence)
    found = judgement_grade(report, area) if area else None
    if own and found is None:
        why = f"{report.label} gives {prose(area)} no grade of its own to compare."
        return verdict(claim, "not_checkable", why, evidence)
    name, now = found or ("overall_effectiveness", report.grade_of("overall_effectiveness"))
    if now is None:
        return _areas_since(claim, report, then, evidence)
    before, after = grade_rank(then), grade_rank(now)
    actual = "maintained" if before == after else "improved" if after < before else "declined"
    of_rating = bool(OF_THE_RATING.search(claim.text))
    label = direction_verdict(claim.values.direction, actual, of_rating)
    what = "Overall" if name == "overall_effectiveness" else prose(name).capitalize()
    why = f"{what} {grade_text(then)} then, {grade_text(now)} now: {actual}."
    if _steps_counted(claim, area) == name:
        held, told = _steps_told(claim.values.grade_steps, then, now)
        why = why[:-1] + f"; {told}."
        label = label if held else "contradicted"
    return verdict(claim, label, why, evidence)


def _areas_since(claim: Claim, report: Report, then: str, evidence) -> CheckedClaim:
    """The direction from an earlier overall grade to a report that gives none (from April
    2026): every area at or below it, some below, is a decline; at or above, some above,
    an improvement; areas on both sides settle nothing."""
    ranks = {grade_rank(j.grade) - grade_rank(then) for j in graded_areas(report.judgements)}
    if not ranks or (min(ranks) < 0 < max(ranks)):
        actual = "unknown"
    else:
        actual = "declined" if max(ranks) > 0 else "improved" if min(ranks) < 0 else "maintained"
    areas = ", ".join(
        f"{prose(j.name)} {grade_text(j.grade)}" for j in graded_areas(report.judgements)
    )
    why = f"Overall {grade_text(then)} then; no overall grade now ({areas}): {actual}."
    return verdict(claim, direction_verdict(claim.values.direction, actual), why, evidence)


def _given_in(p: PreviousInspection) -> set[str]:
    """The grades an account of an earlier inspection gives ('were judged to be good'), not
    its grade words said of something else ('good practice was seen in 2016'), nor the
    grade it says holds now (``_of_then``)."""
    then = {g for clause in _of_then(p.text) for g in grades_given(clause)}
    return then | ({p.grade} if p.grade else set())


_TODAY = re.compile(r"\b(?:now|currently|today)\b", re.I)
"""Words that put a clause's grade at the time of the report, not of the earlier
inspection it recounts."""


def _of_then(text: str) -> list[str]:
    """The clauses of an account of an earlier inspection that may grade that inspection:
    not one saying what holds now ('Since the last inspection, leaders have increased their
    focus on help and protection services and they are now good': good is today's grade,
    no evidence of the earlier one). The whole text when no clause speaks of now."""
    if not _TODAY.search(text):
        return [text]
    return [c for c in clauses(text) if not _TODAY.search(c)]


_PARTS = tuple(name for name in JUDGEMENTS if name != "overall_effectiveness")


def _earliest_grade(text: str) -> str | None:
    """The first grade an account of an earlier inspection gives the service ('judged to
    be adequate'): not a grade word said of something else ('good practice was seen'), nor
    a grade of a part it names ('services for care leavers were judged to be good, but
    other services were inadequate': inadequate), nor one it says holds now ('services
    have improved and are now good': ``_of_then``)."""
    for clause in clauses(text):
        if _TODAY.search(clause) or any(_names_area(clause, part) for part in _PARTS):
            continue
        if given := grades_given(clause):
            return given[0]
    return None
