"""``check_comparison``: the verdict for a comparison with an earlier inspection, routed by
the earlier inspection it is with (``earlier``): against that report (``against_report``),
else the report's own account (``against_account``); a loose change beside the report's own
sentences telling the service's change (``told``), else the change as the report tells it.
"""

from __future__ import annotations

import re

from verify.check.common import Context, nearest, verdict
from verify.check.comparison.accounts import graded_apart, predecessor_told
from verify.check.comparison.against_account import _against_printed, against_an_earlier_account
from verify.check.comparison.against_report import _against_report, _count_moved
from verify.check.comparison.claimed import _earlier_said, _with_values, rating_told
from verify.check.comparison.direction import told_of_every_area
from verify.check.comparison.earlier import (
    _before_any_known,
    _of_month,
    _report_of_month,
    _since_a_visit,
    _span_start,
    claimed_month,
    latest_graded,
    not_last_year,
    since_report,
    years_back,
)
from verify.check.comparison.held import _against_every_year, _held_throughout
from verify.check.comparison.told import as_the_report_tells, scales_apart
from verify.check.finding import check_finding
from verify.check.other_bodies import earlier_of_other_body
from verify.types import CheckedClaim, Claim, Report
from verify.words.changes import (
    LOOKS_BACK,
    change_of_the_service,
    direction_of,
    last_inspection_year,
)
from verify.words.grades import grades_in
from verify.words.numbers import NUMBER, number


def check_comparison(claim: Claim, ctx: Context, report: Report) -> CheckedClaim:
    """The verdict for a comparison with an earlier inspection; none for one whose grades
    are another body's ('Cleveland Police's child protection work was rated inadequate ...
    in 2019': was compared with 2019's help and protection, grades10)."""
    if earlier_of_other_body(ctx.release_index, claim, report.authority) and not predecessor_told(
        claim.text, report
    ):
        why = f"The grades are another body's, not any {report.label} or an earlier report gives."
        return verdict(claim, "not_checkable", why, nearest(ctx, report, claim.text))
    claim = _earlier_said(claim, report)
    if claim.values.previous_grade and (back := years_back(claim, report)) is not None:
        # 'from inadequate to good in seven years': the span dates the earlier grade.
        claim = _with_values(claim, claim.values.model_copy(update={"previous_year": back}))
        earlier = _span_start(claim, ctx, report, back)
    else:
        earlier = since_report(ctx, report, claim)
    if (elsewhen := _last_inspected_elsewhen(claim, ctx, report)) is not None:
        # 'The last full inspection, in 2018, had judged ...' of an inspection in 2019; or
        # 'its last inspection, which took place in 2017' where the archive holds 2017's
        # report and a later one (drift25: was checked against 2017's and supported).
        return elsewhen
    if (month := claimed_month(claim)) and earlier and not _report_of_month(earlier, month):
        # 'a report in April 2013': another report of that year is not the one meant.
        earlier = _of_month(ctx, report, month)
    if claim.values.counts_moved and claim.values.direction:
        # 'Three out of five areas rated by Ofsted improved': counted from the two tables.
        return _count_moved(claim, ctx, report, earlier)
    if (held := _held_throughout(claim, ctx, report, earlier)) is not None:
        # 'Has remained good since 2017': every inspection since, not that year's alone.
        return held
    if (each := _against_every_year(claim, ctx, report)) is not None:
        # 'Rated inadequate in 2015 and again in 2018': each year's report.
        return each
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
        checked = against_an_earlier_account(claim, ctx, report) or _against_printed(
            claim, ctx, report
        )
    if not _before_any_known(claim, ctx, report):
        # The report's own account of the change ('Practice overall has improved since the
        # last inspection') beside the grades then and now.
        guard = scales_apart(claim, report, earlier)
        checked = as_the_report_tells(claim, ctx, report, checked, guard)
        if checked.verdict == "not_checkable":
            # The grades, or no earlier report, leave it open: the report's own look back
            # still tells the change ('improvements in the use of the pre-proceedings
            # stage since the last inspection' beside overall grades held).
            return _as_told(claim, ctx, report) or checked
    if checked.verdict == "contradicted":
        return _change_the_report_tells(claim, ctx, report) or checked
    return checked


def _last_inspected_elsewhen(claim: Claim, ctx: Context, report: Report) -> CheckedClaim | None:
    """Contradicted when the claim gives the council's last inspection a year
    (``last_inspection_year``: 'The last full inspection, in 2018, had judged the service
    good overall') and its latest graded report before this one is of an inspection after
    that year, whether or not a report of that year is held (history24: the report's own
    account of the 2019 inspection, a year off, supported it; drift25: 2017's report, with
    2020's after it, supported 'its last inspection, which took place in 2017'), or before
    it, where the report's own
    account dates the last inspection to that report's year ('Since the last inspection in
    2018' against 'its last inspection in 2019'): the archive and the report settle when
    the last inspection was. None when the year is not the last inspection's, or is after
    the latest earlier report with no account to date it (the archive may lack the report
    meant), or the inspection is of one service inspected apart (``graded_apart``), as the
    words naming it say: those up to its year ('At the previous full inspection in 2018,
    services for children in care ... were judged inadequate' grades an area at the
    council's inspection; drift38: read as an inspection of that service, not checked)."""
    year = claim.values.previous_year
    if year is None or last_inspection_year(claim.text) != year:
        return None
    if graded_apart(claim.text[: claim.text.find(str(year)) + 4]):
        return None  # 'the fostering service's last inspection in 2013': not the council's
    latest = latest_graded(ctx, report)
    if latest is None or not not_last_year(report, latest, year):
        return None
    why = f"The last graded inspection before {report.label} was {latest.label}, not in {year}."
    return verdict(claim, "contradicted", why, nearest(ctx, latest, claim.text))


def _change_the_report_tells(claim: Claim, ctx: Context, report: Report) -> CheckedClaim | None:
    """Supported when a change named with no grade ('the quality of assessments has
    improved substantially') is one the report's own passage tells in the same direction:
    the grades' direction is the service's as a whole, and one part of the work may
    improve while the overall grade falls, so they are no evidence against what the
    report itself says. None otherwise (the grades' verdict stands)."""
    v = claim.values
    if not v.direction or v.grades or v.previous_grade or v.first_grade:
        return None
    if change_of_the_service(claim.text) or rating_told(claim) or told_of_every_area(claim):
        # The service's change: the report's own account of it was read (``told``); the
        # rating's, or every area's ('every judgement has improved'): the grades settle it.
        return None
    told = check_finding(claim, ctx, report)
    if told.verdict != "supported" or direction_of(told.evidence[0].text) != v.direction:
        return None
    return verdict(claim, "supported", told.explanation, told.evidence)


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
    if not LOOKS_BACK.search(said) or not named <= set(grades_in(said)):
        return None
    if change_of_the_service(claim.text) and not change_of_the_service(said):
        return None  # 'some aspects of services have improved': a part, not the service
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
