"""A council's own run of inspections: 'its first "outstanding" rating', 'outstanding for
the third consecutive time', 'the first judgement inspection since 2017'.

These are claims about every earlier inspection of the council, not about one report, so
they are judged against the council's earlier reports (given with ``--previous`` or taken
from the archive), latest first, and, for inspections older than any of those, the oldest
report's own account of its earlier inspections ('The previous inspection ... was
published in June 2012. The local authority was judged to be outstanding.'). A rating's
grade dated to an earlier year ('rated good in 2022') is judged against that year's report,
and a count or 'first' of councils read in a claim of any kind goes to the national checker
when the archive settles it. A claim of another shape is left to its kind's checker
(``own_history`` returns None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from verify.check.common import Context, judgement_grade, provisional, verdict
from verify.check.comparison import (
    ACCOUNT,
    LOOKED_AFTER_AREAS,
    area_hung_on,
    first_judgement,
    graded_apart,
)
from verify.check.grades import grades_verdict, inspection_years
from verify.check.national import check_national, read_claim
from verify.types import CheckedClaim, Claim, Grade, GradeMention, JudgementName, Report
from verify.words import GRADED_FRAMEWORKS
from verify.words.changes import best_since, last_inspected_in, run_ended
from verify.words.clauses import clause_spans
from verify.words.councils import COUNCIL_WORD, names_council
from verify.words.dates import SINCE_YEAR
from verify.words.grades import GRADE, RELEASE_GRADE_RE, grade_of, grade_rank, grade_text
from verify.words.judgements import JUDGED_WITHIN, JUDGEMENTS, RELEASE_JUDGEMENT_RE, graded_areas
from verify.words.numbers import MONTH, NUMBER, ORDINAL, number, ordinal

_ORDINAL = rf"({ORDINAL})"
_RUNNING = r"(?:in a row|running|in succession)"
_IN_A_ROW = re.compile(
    rf"\b{_ORDINAL} (?:consecutive|successive|straight) (?:[\w‘’'\"“”-]+ ){{0,3}}?"
    r"(?:time|inspection|occasion|rating|judgement|grade)s?\b"
    rf"|\b{_ORDINAL} (?:time|inspection)s? {_RUNNING}\b"
    rf"|\b({NUMBER}) (?:consecutive|successive) (?:[\w‘’'\"“”-]+ ){{0,3}}?"
    r"(?:inspection|rating|time|occasion|judgement|grade)s\b"
    rf"|\b({NUMBER}) (?:time|inspection)s {_RUNNING}\b"
    rf"|\b(twice) {_RUNNING}\b",
    re.I,
)
"""'the third consecutive time', 'its fourth consecutive good rating', 'three times in a
row', 'at three consecutive inspections', 'two consecutive inadequate ratings' (noticed23:
was no run), 'twice in a row', 'for the third inspection running' (history19: was read as
today's grade alone)."""

_BEFORE_THIS = re.compile(
    r"\b(?:after|following)\s+(?:(?:the|its|their)\s+)?$"
    r"|\bhad\s+(?:been\s+)?(?:[\w‘’'\"“”-]+\s+){0,3}$",
    re.I,
)
"""Words right before a run that tell it as ended before this inspection: 'after three
inspections in a row found them inadequate', 'had been rated inadequate three times in a
row' (noticed23, from findings22: counted from today's grade, which ended the run, a true
claim was contradicted)."""


_NTH_TIME = re.compile(
    rf"\b(?:the|a) {_ORDINAL} time\b(?! (?:in|since|under|this)\b)"
    rf"|\b(?:its|their|a) {_ORDINAL}\W{{1,3}}{GRADE}\W{{1,3}}(?:rating|grade|judgement)\b",
    re.I,
)
"""'Rated good for the second time', 'the third time it has been judged outstanding', 'its
second good rating': the grade given now and at so many inspections in all, not
necessarily in a row (history20: was read as today's grade alone, so a wrong count passed
as supported); not 'for the second time in a decade' nor 'since', a count within a span."""


def _times_in_a_row(row: re.Match) -> int:
    """3 for 'third consecutive time', 'three successive inspections' or '3rd in a row';
    2 for 'twice in a row'."""
    word = next(g for g in row.groups() if g)
    return 2 if word.lower() == "twice" else ordinal(word) or number(word) or 0


_SPAN = rf"(?:{NUMBER} years?|a decade)"
_YEARS_OF = re.compile(
    rf"\b(?P<n1>{_SPAN}) (?:of|as) (?:an? |being |consistently )?"
    rf"(?:overall )?['‘’\"“]?{GRADE}"
    rf"|\b{GRADE}['’\"”]?(?: \w+){{0,3}}? for (?:the (?:last|past) |more than |over )?"
    rf"(?P<n2>{_SPAN})\b",
    re.I,
)
"""'marks 10 years of an overall outstanding rating', 'rated good for the past six years'
('a decade'); a bare number counts something else ('two as outstanding', 'outstanding for
three of its judgements')."""
_FIRST_OF_MANY = re.compile(rf"\bfirst (?:{COUNCIL_WORD}|city|county|borough)\b", re.I)
"""'the first council to be outstanding' is about every council: a national claim."""
_FIRST_SINCE = re.compile(
    r"\bfirst (?:[\w-]+ ){0,3}inspection\b[^.;]{0,100}?" + SINCE_YEAR.pattern, re.I
)
_LOOKED_AFTER = re.compile(r"looked[\s-]after|in care|adoption", re.I)
_PROTECTION = re.compile(JUDGEMENTS["help_and_protection"].mention, re.I)


def _of_area(account: str, judgement: JudgementName) -> bool:
    """True for an account of the earlier inspection of that area alone: the looked-after
    children's one for a looked-after judgement, the one of 'arrangements for the protection
    of children' or 'safeguarding arrangements' (naming no looked-after children) for help
    and protection (compare13: 'child protection services, judged inadequate in February
    2013' against an account of that year's protection inspection, adequate, was not read)."""
    if judgement in LOOKED_AFTER_AREAS:
        return bool(_LOOKED_AFTER.search(account))
    protection = judgement == "help_and_protection" and _PROTECTION.search(account)
    return bool(protection) and not _LOOKED_AFTER.search(account)


@dataclass(frozen=True)
class Step:
    """One inspection in the council's run: what it is called and the grade it gave."""

    label: str
    grade: Grade | None
    year: int | None = None
    printed: bool = False
    """Known only from a report's own account of it (``_printed_steps``): a flag resting
    on it is provisional (``comparison.ACCOUNT``)."""


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


_DATED = re.compile(
    r"^['’\"”]?\s*(?:overall\s+)?(?:in|during)\s+(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b"
)
"""A year printed right after a grade: 'rated good in 2022', '‘inadequate’ in March 2015'."""


def _dated_grades(
    claim: Claim, ctx: Context, report: Report, earlier: list[Report]
) -> CheckedClaim | None:
    """'York was rated good in 2022 and is now outstanding': a grade the claim dates to the
    year of an earlier report of the council is judged against that report (contradicted
    only by the grade it gives); the claim's other grades against this report's table. None when
    no grade is so dated, or a year's report is not one graded inspection of the whole
    service (a 2012 looked-after children's inspection is not the safeguarding one), unless
    another dated grade is contradicted by its year's report."""
    own = inspection_years(report)
    dated, unsettled = [], False
    for mention in claim.values.grades:
        near = mention.years_near
        year = _printed_year(claim.text, mention) or (near[0] if len(near) == 1 else None)
        if year is None or year in own or mention.time_cue == "now":
            continue
        area = _area_of(claim, mention)
        then = [p for p in earlier if year in inspection_years(p)]
        # None, or which of that year's inspections is meant is not known.
        known = len(then) == 1 and then[0].framework in GRADED_FRAMEWORKS
        graded = _grade(then[0], area) if known else None
        if graded is None and not then:
            graded, holder = _recounted_grade(report, earlier, year, area)
            then = [holder] if graded else then
        if graded is None:
            unsettled = True
            continue
        dated.append((mention, then[0], graded, year))
    said = "; ".join(
        f"{_then(p, y)} was {grade_text(g)} {_for(_area_of(claim, m))}" for m, p, g, y in dated
    )
    if wrong := [(p, y) for m, p, g, y in dated if m.grade != g]:
        checked = verdict(claim, "contradicted", f"{said}.")
        recounted = any(y not in inspection_years(p) for p, y in wrong)
        return provisional(checked, ctx, ACCOUNT) if recounted else checked
    if not dated or unsettled:
        return None
    rest = [m for m in claim.values.grades if all(m is not d[0] for d in dated)]
    if not rest:
        return verdict(claim, "supported", f"{said}.")
    today = grades_verdict(_with_grades(claim, rest), ctx, report)
    label = "supported" if today.verdict == "not_checkable" else today.verdict
    return verdict(claim, label, f"{said}. Now: {today.explanation}", today.evidence)


def _area_of(claim: Claim, mention: GradeMention) -> JudgementName | None:
    """The judgement a grade is of: the one its clause names, else the one named by the
    clause its clause hangs on ('Care leavers' services were rated good, having been judged
    inadequate in 2014': 2014's care leavers, was the service's overall grade then)."""
    if mention.judgement is not None or mention.start is None:
        return mention.judgement
    return area_hung_on(claim.text, mention.start)


def _then(holder: Report, year: int) -> str:
    """How the inspection of ``year`` is named: its report, or the account of it a report
    of another year prints."""
    return (
        holder.label
        if year in inspection_years(holder)
        else f"The inspection {holder.label} recounts"
    )


def _recounted_grade(
    report: Report, earlier: list[Report], year: int, area: JudgementName | None
) -> tuple[Grade | None, Report]:
    """The grade the account of the inspection of ``year`` gives, and the report printing
    it: this report's account, else the latest earlier report's that prints one
    (faithful7: 'inadequate for child protection in 2012', printed only by the 2014
    report, left the claim unread)."""
    holders = [report] + sorted(
        earlier, key=lambda p: max(inspection_years(p) or {0}), reverse=True
    )
    for holder in holders:
        if (graded := _printed_grade(holder, year, area)) is not None:
            return graded, holder
    return None, report


def _printed_grade(report: Report, year: int, judgement: JudgementName | None) -> Grade | None:
    """The grade the report's own account gives its inspection of ``year``, when no
    earlier report of that year is known: for the service as a whole, one graded account
    of that year, not of looked-after children alone; for an area, that area's
    inspection's (``_printed_steps``)."""
    if judgement not in (None, "overall_effectiveness"):
        # An area's grade only from that area's inspection (2010's looked-after one).
        steps = [s.grade for s in _printed_steps(report, judgement) if s.year == year]
        return steps[0] if steps else None
    said = {
        p.grade for p in report.previous if p.year == year and p.grade and not graded_apart(p.text)
    }
    return said.pop() if len(said) == 1 else None


def _printed_year(text: str, mention: GradeMention) -> int | None:
    """The year printed right after the grade in the claim's ``text``, if any."""
    around = mention.around(text)
    found = _DATED.match(around[1]) if around else None
    return int(found.group(1)) if found else None


def _with_grades(claim: Claim, grades: list) -> Claim:
    return claim.model_copy(update={"values": claim.values.model_copy(update={"grades": grades})})


def _standing(claim: Claim, ctx: Context, report: Report) -> CheckedClaim | None:
    """A count, 'first' or 'only' of councils ('the only council in the North East rated
    outstanding') is the national checker's, whatever kind extraction read: its verdict
    when the archive settles it, else (None) the kind's own checker judges the rest."""
    if claim.kind == "national":
        return None
    checked = check_national(claim, ctx, report)
    return checked if checked.verdict in ("supported", "contradicted") else None


def _earlier_reports(ctx: Context, report: Report) -> list[Report]:
    """The council's reports before ``report``, latest first, that grade anything."""
    day = _day(report)
    found = [
        p
        for p in ctx.previous
        if names_council(p.authority, report.authority)
        and p.judgements
        and (day is None or (_day(p) or day) < day)
    ]
    return sorted(found, key=lambda p: _day(p) or date.min, reverse=True)


def _day(report: Report) -> date | None:
    return report.published or report.inspection_end or report.inspection_start


def _claimed(claim: Claim, at: int | None = None) -> tuple[Grade, JudgementName | None, int] | None:
    """The grade the claim is about, its judgement (None: overall), and where it is: of a
    run counted at ``at`` ('good at two consecutive inspections'), the grade printed in the
    count's own clause, not one another clause gives an earlier inspection ('Barnet, which
    was rated inadequate in 2017, has now been good at two consecutive inspections')."""
    clause = _clause_at(claim.text, at)
    if clause is not None:
        a, b = clause
        own = [m for m in claim.values.grades if m.start is not None and a <= m.start < b]
        if own:
            return own[0].grade, own[0].judgement, own[0].start
        if claim.values.previous_year is not None and not claim.values.grades:
            return _printed_in(claim.text, clause)
    for mention in claim.values.grades:
        if mention.start is not None:
            return mention.grade, mention.judgement, mention.start
    grade = claim.values.previous_grade
    if grade is None or claim.values.grades:
        return None
    # Extraction read every grade as an earlier inspection's ('rated outstanding for the
    # past three years'): the run this module checks reaches back from it.
    at = claim.text.lower().find(grade_text(grade).lower())
    return (grade, None, at) if at >= 0 else None


def _printed_in(text: str, clause: tuple[int, int]) -> tuple[Grade, None, int] | None:
    """The one grade word printed in ``clause`` of ``text``, rated or not ('found them
    inadequate'), with where it is; None for none or several."""
    printed = list(RELEASE_GRADE_RE.finditer(text, *clause))
    if len(printed) != 1:
        return None
    return grade_of(printed[0].group()), None, printed[0].start()


def _clause_at(text: str, at: int | None) -> tuple[int, int] | None:
    """(start, end) of the clause of ``text`` holding offset ``at`` (None: no offset)."""
    if at is None:
        return None
    return next(((a, b) for a, b in clause_spans(text) if a <= at < b), None)


def _grade(report: Report, judgement: JudgementName | None) -> Grade | None:
    name = judgement or "overall_effectiveness"
    # Adoption was graded on its own until 2018, and within children in care since: a run
    # of grades for adoption reads the judgement that held it.
    for candidate in (name, *JUDGED_WITHIN.get(name, ())):
        found = judgement_grade(report, candidate)
        if found is not None:
            return found[1]
    return None


def _equivalent_grade(report: Report, judgement: JudgementName | None) -> Grade | None:
    """The report's grade for the judgement or its equivalent in the report's framework,
    not one it shared with another (ILACS 2018 graded care leavers with children in care:
    'care leavers still require improvement' after that joint good is no positive
    evidence, stress_evidence2)."""
    found = judgement_grade(report, judgement or "overall_effectiveness")
    if found is None or (judgement == "care_leavers" and found[0] != judgement):
        return None
    return found[1]


_STILL = re.compile(
    r"\b(?:remains?|remained|still(?: rated| judged)?|continues? to be(?: rated| judged)?)"
    r"\W{0,2}$",
    re.I,
)
"""Words right before a grade saying it was held before too: 'remains good', 'still
rated requires improvement'."""


_STILL_NEEDS = re.compile(r"\bstill\s+$", re.I)
"""'Still' right before 'requires improvement' used as a verb ('help and protection still
requires improvement'): its words stay true of a service that was inadequate, which needed
improving too. The grade's name after 'remains' or in quotes ("remain 'requires
improvement'") is the grade, and was not held before."""


def _still_held(
    claim: Claim, ctx: Context, report: Report, earlier: list[Report]
) -> CheckedClaim | None:
    """'Services remain requires improvement' with the grade right today: contradicted when
    the council's last inspection gave another grade (its report, or, with none to hand,
    the report's own account of the one before). None otherwise: today's grade is the
    rating checker's, and a grade held before, or not known, flags nothing; nor does
    'still requires improvement' after inadequate (``_STILL_NEEDS``)."""
    claimed = _claimed(claim)
    if claimed is None or not _STILL.search(claim.text[: claimed[2]]):
        return None
    grade, judgement, _ = claimed
    if _grade(report, judgement) != grade:
        return None
    graded = [p for p in earlier if p.framework in GRADED_FRAMEWORKS]
    # The judgement's name in that report's framework: SIF's leadership, management and
    # governance is ILACS's impact of leaders (was none, so nothing held); not a broader
    # judgement it was judged within (care leavers within children in care, 2018-2023).
    steps = [Step(p.label, _equivalent_grade(p, judgement)) for p in graded]
    last = (steps or _printed_steps(report, judgement) or [None])[0]
    if last is None or last.grade is None or grade_rank(last.grade) == grade_rank(grade):
        return None  # 2012's 'adequate' is the step 'requires improvement' took over
    needs = grade == "requires_improvement" and _STILL_NEEDS.search(claim.text[: claimed[2]])
    if needs and last.grade == "inadequate":
        return None  # an inadequate service needed improving too: 'still' holds in words
    why = f"Not held before: {last.label} was {grade_text(last.grade)} {_for(judgement)}."
    return _on(last, verdict(claim, "contradicted", why), ctx)


def _on(step: Step, checked: CheckedClaim, ctx: Context) -> CheckedClaim:
    """``checked``, resting on ``step``: provisional when the step is known only from a
    report's account of it."""
    return provisional(checked, ctx, ACCOUNT) if step.printed else checked


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


def _rated_now(claim: Claim) -> Grade | None:
    """The one grade a claim gives today ('rated good for the first time since 2013'),
    None when it gives none or several."""
    grades = {m.grade for m in claim.values.grades}
    return grades.pop() if len(grades) == 1 else None


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


def _in_a_row(
    claim: Claim, ctx: Context, report: Report, earlier: list[Report], times: int, row: re.Match
) -> CheckedClaim:
    """'For the third consecutive time' (``row``): this inspection and the ``times - 1``
    before it all gave the grade, or the ``times`` before it for a run counted in number and
    told as before this one ('after three inspections in a row', ``_BEFORE_THIS``; not
    'following its third consecutive inadequate judgement', which names the one making the
    run), of the grade printed in the run's clause ('found them inadequate', rated or not);
    the oldest report's account of earlier ones completes the run."""
    at = row.start()
    counted_in_number = row.group(3) or row.group(4) or row.group(5)  # not an ordinal
    first = 1 if counted_in_number and _BEFORE_THIS.search(claim.text[:at]) else 0
    clause = _clause_at(claim.text, at) if first else None
    claimed = (clause and _printed_in(claim.text, clause)) or _claimed(claim, at)
    if claimed is None:
        return verdict(claim, "not_checkable", "No grade to count the run of.")
    grade, judgement, _ = claimed
    run = _run(report, earlier, judgement)
    shown = _shown(run)
    counted = run[first : first + times]
    if other := [s for s in counted if s.grade is not None and s.grade != grade]:
        why = f"Not {times} in a row {_for(judgement)}: {shown}."
        return _on(other[0], verdict(claim, "contradicted", why), ctx)
    if len(counted) < times or any(s.grade is None for s in counted):
        why = f"Only {sum(s.grade == grade for s in counted)} known: {shown}."
        return verdict(claim, "not_checkable", why)
    return verdict(claim, "supported", f"{times} in a row {_for(judgement)}: {shown}.")


def _nth_time(
    claim: Claim, ctx: Context, report: Report, earlier: list[Report]
) -> CheckedClaim | None:
    """'Rated good for the second time' (``_NTH_TIME``): this inspection gave the grade,
    and so many known inspections in all (the earlier reports, then the oldest one's account
    of older ones) did, as 'for the first time' is judged against the reports known.
    Contradicted by more of them, or by fewer once at least ``times`` inspections are known;
    None when today's grade is not the one counted (the rating checker's)."""
    nth = _NTH_TIME.search(claim.text)
    times = (ordinal(nth[1] or nth[2]) or 0) if nth else 0
    claimed = _claimed(claim, nth.start()) if times > 1 else None
    if claimed is None:
        return None
    grade, judgement, _ = claimed
    run = _run(report, earlier, judgement)
    if run[0].grade != grade:
        return None
    given = [s for s in run if s.grade == grade]
    known = [s for s in run if s.grade is not None]
    what = f"{grade_text(grade)} {_for(judgement)}"
    if len(given) > times:
        why = f"{what.capitalize()} {len(given)} times, not {times}: {_shown(run)}."
        return _on(given[times], verdict(claim, "contradicted", why), ctx)
    if len(given) == times:
        return verdict(claim, "supported", f"{what} {times} times: {_shown(run)}.")
    if len(known) >= times:
        why = f"{what.capitalize()} only {len(given)} time(s): {_shown(run)}."
        return _on(known[-1], verdict(claim, "contradicted", why), ctx)
    return verdict(claim, "not_checkable", f"Only {len(given)} known: {_shown(run)}.")


def _run_ended(
    claim: Claim, ctx: Context, report: Report, earlier: list[Report], grade: Grade, year: int
) -> CheckedClaim:
    """'The first time the council has not been rated inadequate since 2015': every graded
    inspection after that year's (the one inspected or published then) gave the grade, and
    today's does not; that year's own grade is no evidence either way ('since 2014', when
    it was requires improvement, and 'since 2015', when it was inadequate, are both said).
    Contradicted by today's grade, or by an inspection between that gave another;
    supported when that year's inspection is known, by its report or else the oldest
    report's own account of it, so the run after it is; not_checkable otherwise. Of the
    judgement the claim names, else overall effectiveness."""
    named = RELEASE_JUDGEMENT_RE.search(claim.text)
    judgement = named.lastgroup if named else None
    now = _grade(report, judgement)
    if now == grade:
        why = f"{report.label} is {grade_text(grade)} {_for(judgement)}: no run of it ended."
        return verdict(claim, "contradicted", why)
    steps, known = _after_year(report, earlier, judgement, year)
    run = [Step(report.label, now, _year(report)), *steps]
    if other := [s for s in steps if s.grade is not None and s.grade != grade]:
        why = f"Not {grade_text(grade)} at every inspection since {year}: {_shown(run)}."
        return _on(other[0], verdict(claim, "contradicted", why), ctx)
    if not known:
        why = f"No inspection of {year} known, so the run since cannot be: {_shown(run)}."
        return verdict(claim, "not_checkable", why)
    what = f"{grade_text(grade).capitalize()} {_for(judgement)}"
    return verdict(claim, "supported", f"{what} after {year}, not now: {_shown(run)}.")


def _after_year(
    report: Report, earlier: list[Report], judgement: JudgementName | None, year: int
) -> tuple[list[Step], bool]:
    """The earlier inspections after ``year``'s (the one inspected or published then),
    latest first, and whether that year's inspection is known, by its report or else the
    oldest report's own account of it (so the run after it is whole)."""
    since = [r for r in earlier if max(inspection_years(r), default=0) >= year]  # latest first
    start = next((i for i, r in enumerate(since) if year in inspection_years(r)), None)
    steps = [Step(r.label, _grade(r, judgement), _year(r)) for r in since[:start]]
    oldest = since[-1] if since else earlier[-1] if earlier else report
    known = start is not None or any(s.year == year for s in _printed_steps(oldest, judgement))
    return steps, known


def _best_since(
    claim: Claim, ctx: Context, report: Report, earlier: list[Report], way: str, year: int
) -> CheckedClaim:
    """'Not rated this highly since at least 2014' (``way`` 'higher'; 'the lowest since',
    'lower'): today's grade is above (below) every grade given after ``year``'s inspection,
    whose own grade is no evidence either way, as for a run ended (``_run_ended``).
    Contradicted by one as high (low); supported when that year's inspection is known, so
    the run after it is; of the judgement the claim names, else overall effectiveness."""
    named = RELEASE_JUDGEMENT_RE.search(claim.text)
    judgement = named.lastgroup if named else None
    now = _grade(report, judgement)
    if now is None:
        return verdict(claim, "not_checkable", f"{report.label} gives no grade {_for(judgement)}.")
    steps, known = _after_year(report, earlier, judgement, year)
    run = [Step(report.label, now, _year(report)), *steps]
    sign = 1 if way == "higher" else -1  # a lower rank is a better grade
    level = [s for s in steps if s.grade and sign * grade_rank(s.grade) <= sign * grade_rank(now)]
    if level:
        why = f"Not {way} than every grade since {year}: {_shown(run)}."
        return _on(level[0], verdict(claim, "contradicted", why), ctx)
    if not known:
        why = f"No inspection of {year} known, so the grades since cannot be: {_shown(run)}."
        return verdict(claim, "not_checkable", why)
    what = f"{grade_text(now).capitalize()} {_for(judgement)}"
    why = f"{what} is {way} than every grade since {year}: {_shown(run)}."
    return verdict(claim, "supported", why)


def _run(report: Report, earlier: list[Report], judgement: JudgementName | None) -> list[Step]:
    """This inspection, the earlier reports, then the oldest one's account of older ones."""
    run = [Step(r.label, _grade(r, judgement), _year(r)) for r in (report, *earlier)]
    return run + _printed_steps(earlier[-1] if earlier else report, judgement)


def _year(report: Report) -> int | None:
    day = report.inspection_end or report.inspection_start or report.published
    return day.year if day else None


def _shown(run: list[Step]) -> str:
    return "; ".join(f"{s.label}: {grade_text(s.grade) if s.grade else 'not graded'}" for s in run)


def _years_of(
    claim: Claim, ctx: Context, report: Report, earlier: list[Report], years: int
) -> CheckedClaim | None:
    """'Ten years of an overall outstanding rating': every inspection of the last ``years``
    gave the grade (a grade holds until the next inspection), give or take a year."""
    claimed = _claimed(claim)
    now = _year(report)
    if claimed is None or now is None:
        return None
    grade, judgement, _ = claimed
    run = _run(report, earlier, judgement)
    if run[0].grade != grade:
        return None  # the grade now is the rating checker's
    since = now  # the year of the oldest inspection of the unbroken run of the grade
    for step in run:
        if step.grade == grade and step.year is not None:
            since = step.year
            continue
        if step.grade is not None and now - since < years - 1:
            why = f"{step.label} was {grade_text(step.grade)} until {since}: {_shown(run)}."
            return _on(step, verdict(claim, "contradicted", why), ctx)
        break
    what = f"{grade_text(grade)} {_for(judgement)}"
    if now - since >= years - 1:
        return verdict(claim, "supported", f"{what} since {since}: {_shown(run)}.")
    why = f"{what} since {since}, and before that not known: {_shown(run)}."
    return verdict(claim, "not_checkable", why)


def _printed_steps(report: Report, judgement: JudgementName | None) -> list[Step]:
    """The graded earlier inspections the report prints, latest first, one per year: for a
    looked-after judgement the looked-after inspection of that year, otherwise the year's
    grade only when every inspection printed for it agrees."""
    by_year: dict[int, list] = {}
    for p in report.previous:
        if p.year and p.grade:
            by_year.setdefault(p.year, []).append(p)
    steps = []
    for year in sorted(by_year, reverse=True):
        printed = by_year[year]
        if judgement and judgement != "overall_effectiveness":
            # An area's grade only from the inspection of that area (the looked-after
            # children's one, the protection one); the service's grade overall is not the
            # area's.
            printed = [p for p in printed if _of_area(p.text, judgement)]
        if not printed:
            continue  # that year's inspection was of another area ('child protection')
        grades = {p.grade for p in printed}
        label = f"{report.label}'s account of {year}"
        steps.append(Step(label, grades.pop() if len(grades) == 1 else None, year, printed=True))
    return steps


def _previous_graded_in(
    claim: Claim, report: Report, earlier: list[Report], year: int
) -> CheckedClaim:
    """'The first judgement inspection since 2017', 'last inspected in 2017': the council's
    graded inspection before this one is from that year, and none came between."""
    graded = [p for p in earlier if p.grade_of("overall_effectiveness")]
    if not graded:
        return _first_since_account(claim, report, year)
    latest = graded[0]
    years = inspection_years(latest)
    if year in years:
        why = f"The graded inspection before {report.label} was {latest.label}, in {year}."
        return verdict(claim, "supported", why)
    if min(years, default=year) > year:
        why = f"{latest.label} was a graded inspection after {year}, before {report.label}."
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


def _for(judgement: JudgementName | None) -> str:
    return (
        "overall"
        if judgement in (None, "overall_effectiveness")
        else f"for {judgement.replace('_', ' ')}"
    )
