"""A comparison judged against the report's own account of an earlier inspection, with no
earlier report to hand (``ACCOUNT``, provisional): the account chosen by year and area,
its earlier grade, and the direction from it to today's grade.
"""

from __future__ import annotations

import re
from datetime import date

from verify.check.common import Context, judgement_grade, nearest, provisional, verdict
from verify.check.comparison.accounts import (
    _TODAY,
    _account_of_month,
    _earliest_grade,
    _fit,
    _given_in,
    _names_area,
    _near,
    _same_time_alike,
    area_grade,
    areas_against_accounts,
    dated_otherwise,
    graded_apart,
    last_dated_apart,
)
from verify.check.comparison.claimed import (
    _area_of_change,
    _earlier_grades,
    _pinned,
    _steps_counted,
    named_judgement,
    rating_told,
)
from verify.check.comparison.direction import _steps_told, direction_verdict, moved_between
from verify.check.comparison.earlier import claimed_month, council_reports_before
from verify.check.grades import current_grades, grades_verdict
from verify.types import CheckedClaim, Claim, JudgementName, PreviousInspection, Report
from verify.words.grades import grade_rank, grade_text, step_of
from verify.words.judgements import graded_areas, prose

ACCOUNT = "the report's own account of an earlier inspection, chosen by year and area"
"""The provisional check (``common.provisional``) of an earlier grade or a change against
the report's account of its history: which sentence is the account of the inspection
meant is chosen by the words, and no such flag has yet been right on a real release;
against the earlier report itself (``_against_report``) the grades are printed facts."""


def against_an_earlier_account(claim: Claim, ctx: Context, report: Report) -> CheckedClaim | None:
    """The claim against the account an earlier report of the council gives of an older
    inspection, when the claim gives only that inspection's year and grades and the
    report's own account holds none of that year ('In 2011, before that, both safeguarding
    and services for looked-after children had been judged good', of a 2018 report whose
    account stops at 2014: drift37, left unchecked, while the 2014 report recounts April
    2011). The latest such report tells it (``council_reports_before``, the choice history
    makes too), as the issue's history asks: the inspection's own report, else an account
    of it; None when no report held tells of that year."""
    v = claim.values
    year = v.previous_year
    if year is None or v.direction or v.first_grade or current_grades(claim, report):
        return None
    if any(_near(p, year) for p in report.previous):
        return None
    tellers = [
        p for p in council_reports_before(ctx, report) if any(_near(a, year) for a in p.previous)
    ]
    if not tellers:
        return None
    teller = tellers[0]
    checked = _against_printed(claim, ctx, teller)
    if checked.verdict == "not_checkable" and checked.held_back is None:
        return None
    why = f"As {teller.label} recounts it: {checked.explanation}"
    return checked.model_copy(update={"explanation": why})


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
        if not accounts and (apart := last_dated_apart(claim.text, report.previous, lag=0)):
            # 'last inspected in May 2012' where the report's account of it prints May 2011
            return _dated_apart(claim, ctx, report, apart)
        if not accounts:
            named = date(month[0], month[1], 1).strftime("%B %Y")
            why = f"No inspection of {named} is known; pass its report with --previous."
            return today or verdict(claim, "not_checkable", why, nearest(ctx, report, claim.text))
    if (apart := last_dated_apart(claim.text, accounts)) is not None:
        return _dated_apart(claim, ctx, report, apart)
    chosen = max(accounts, key=lambda p: _fit(p, v.previous_year, area))
    evidence = [index.evidence(chosen.start, chosen.end, 1.0, whole_sentence=False)]
    said = _earlier_grades(claim, report)
    if area and not _names_area(chosen.text, area):
        # The claim's other areas, each read against its own account (of its own month).
        fits, otherwise = areas_against_accounts(claim.text, said, report.previous, v.previous_year)
        if otherwise:
            return _area_otherwise(claim, ctx, report, otherwise)
        if len(fits) > 1:
            # Each area it grades then, read against its own account, fits.
            why = "Each area's earlier grade matches the report's account of its inspection."
            spans = [index.evidence(p.start, p.end, 1.0, whole_sentence=False) for p in fits]
            return verdict(claim, "supported", why, spans)
        # The account grades the service, not this area: no evidence either way.
        why = f"The report's account of the earlier inspection gives no grade for {prose(area)}."
        return today or verdict(claim, "not_checkable", why, evidence)
    if area is None and graded_apart(chosen.text):
        # The account grades children in care ('Services for children in care have
        # deteriorated since 2015, when they were judged to be good') or the fostering
        # service, not the service.
        why = "The report's account of the earlier inspection grades one service only."
        return today or verdict(claim, "not_checkable", why, evidence)
    own = area_grade(chosen.text, area) if area else None
    if own:
        # The account grades this area by name: its grade, not the sentence's first; and
        # so does a claim grading areas apart in its own sentence ('safeguarding was judged
        # adequate and services for looked after children good'), of the grades it says
        # were given then (or, giving no grade of today, any it names).
        chosen = chosen.model_copy(update={"grade": own})
        claimed = area_grade(claim.text, area)
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
    alike = {step_of(g) for g in said} & {step_of(g) for g in printed}
    if (
        alike
        and v.previous_year
        and (dated := dated_otherwise(chosen, v.previous_year, accounts, said))
    ):
        # The inspection the claim means (its grade the account's) dated otherwise in so
        # many words: a printed date, as ``_dated_apart``'s, not a grade chosen.
        when, printed = dated
        why = f"The report dates the earlier inspection to {when}, not {v.previous_year}: "
        why += f"'{printed.text}'"
        evidence = [index.evidence(printed.start, printed.end, 1.0, whole_sentence=False)]
        return verdict(claim, "contradicted", why, evidence)
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
    if otherwise := areas_against_accounts(claim.text, said, accounts, v.previous_year)[1]:
        return _area_otherwise(claim, ctx, report, otherwise)
    why = "Matches what the report prints about the earlier inspection."
    if today is not None:
        why += " " + today.explanation
    return verdict(claim, "supported", why, evidence)


def _area_otherwise(
    claim: Claim,
    ctx: Context,
    report: Report,
    otherwise: tuple[JudgementName, str, PreviousInspection],
) -> CheckedClaim:
    """Contradicted (held back as every account's contradiction is): an area the claim
    grades then that the report's account of its inspection grades otherwise
    (``areas_against_accounts``)."""
    area, theirs, account = otherwise
    evidence = [ctx.index(report).evidence(account.start, account.end, 1.0, whole_sentence=False)]
    why = f"The report gives {prose(area)} {grade_text(theirs)} then: '{account.text}'"
    return provisional(verdict(claim, "contradicted", why, evidence), ctx, ACCOUNT)


def _dated_apart(
    claim: Claim,
    ctx: Context,
    report: Report,
    apart: tuple[JudgementName, int, PreviousInspection],
) -> CheckedClaim:
    """Contradicted: the claim gives an area's last inspection a year the report's own
    account of it does not (``last_dated_apart``); the account dates that area's last
    inspection in so many words, as a fact, not a grade chosen among accounts."""
    area, year, account = apart
    evidence = [ctx.index(report).evidence(account.start, account.end, 1.0, whole_sentence=False)]
    why = (
        f"The report dates the last inspection of {prose(area)} to {account.year}, not "
        f"{year}: '{account.text}'"
    )
    return verdict(claim, "contradicted", why, evidence)


_NO_LONGER = re.compile(r"\bno longer\b", re.I)
"""'No longer rated inadequate': a grade the service once had, at any earlier inspection."""


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
    in 2012, ``area_grade``, against children in care today), else the service's overall
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
    actual = moved_between(then, now)
    of_rating = rating_told(claim)
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
