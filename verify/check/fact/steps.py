"""The verdicts: ``check_fact`` for an inspection fact, ``stated_in_passing`` for another kind.

Which checks a claim gets (``_visit_checks``: none for another kind of visit or another
body's grade), their results worked out once a claim and report (``compared_values``, also
asked by ``lookups``), the worst winning with the conflicting value told first
(``_explained``), and what to search the report for as evidence (``evidence_query``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from verify.check.common import Context, nearest, verdict
from verify.check.confidence import confidence
from verify.check.fact.dates import _dates, _earlier_dates
from verify.check.fact.duration import _duration
from verify.check.fact.earlier_when import earlier_when, told_of, when_judged
from verify.check.fact.inspection import (
    _GENERAL,
    _framework,
    _improvements,
    _inspection_type,
    _interval,
    _lead,
    _team,
)
from verify.check.fact.months import _months, _published_month
from verify.check.fact.relative import _relative
from verify.check.other_bodies import about_other_body
from verify.check.visits import misnamed_visit, names_other_visit, other_visit_dated
from verify.types import CheckedClaim, Claim, Report
from verify.words.dates import COVER_DATES, dateline
from verify.words.verdicts import worst


def check_fact(claim: Claim, ctx: Context, report: Report) -> CheckedClaim:
    """The verdict for an inspection fact: each parsed value compared, worst wins."""
    results = compared_values(claim, ctx, report)
    if _GENERAL.search(claim.text) and claim.values.framework:
        why = "About the inspection framework in general, not this inspection."
        return verdict(claim, "not_checkable", why)
    if not results:
        # Its date, month or duration is of something else than the visit ("a restructure
        # in May"); facts with no value at all are findings (see ``verify.extract.kinds``).
        why = "States no date, duration, team or framework of this inspection to compare."
        if names_other_visit(claim.text, report):
            why = f"About another kind of visit than {report.label}: its dates are not compared."
        return verdict(claim, "not_checkable", why)
    label = worst(r[0] for r in results)
    evidence = nearest(ctx, report, evidence_query(claim))
    return verdict(claim, label, _explained(results), evidence)


TEAM_QUERY = "The inspection team consisted of Her Majesty's Inspectors (HMI)"
DATES_QUERY = "Inspection dates"


def evidence_query(claim: Claim) -> str:
    """What to search the report for as an inspection fact's evidence: the team
    appendix for team claims, the dates line for dates, else the claim itself."""
    if claim.values.team_hmi is not None or claim.values.team_total is not None:
        return TEAM_QUERY
    if claim.values.duration_days or claim.values.duration_weeks or claim.values.dates:
        return DATES_QUERY
    return re.sub(r"\s+", " ", claim.text)


def compared_values(claim: Claim, ctx: Context, report: Report) -> tuple[tuple[str, str], ...]:
    """Each of the fact's values the report settles, as (verdict, why): its visit's team,
    duration, dates and months, its framework, a misnamed visit, the years since the last
    inspection, the date of the one focused visit before it, times said relative to the
    release. Worked out once a claim and report in a check (``Context.fact_values``):
    ``lookups`` asks before ``check_fact`` does."""
    key = (id(claim), report.sha256)
    known = ctx.fact_values.get(key)
    if known is None or known[0] is not claim:
        known = ctx.fact_values[key] = (claim, tuple(_compared_values(claim, ctx, report)))
    return known[1]


def _compared_values(claim: Claim, ctx: Context, report: Report) -> list[tuple[str, str]]:
    """``compared_values``, worked out."""
    visit, misnamed = _visit_checks(claim, ctx, report)
    results = [r for f in (*visit, _framework) if (r := f(claim, report))] + misnamed
    told = (
        _interval(claim, report, ctx.previous),
        _earlier_dates(claim, report, ctx.previous),
        earlier_when(claim, report, ctx.previous),
        other_visit_dated(claim.text, report),
    )
    return results + [r for r in told if r] + _relative(claim, ctx, report)


def looks_up_evidence(claim: Claim, ctx: Context, report: Report) -> bool:
    """True when ``check_fact`` ranks the report for the fact's evidence (``nearest``): it
    compares some value, and is not about the framework in general."""
    general = bool(_GENERAL.search(claim.text) and claim.values.framework)
    return not general and bool(compared_values(claim, ctx, report))


def told_as_finding(claim: Claim, ctx: Context, report: Report) -> bool:
    """True when the fact is checked as the finding it tells, when ``check_fact`` leaves
    it not_checkable (``check.fact_told_as_finding``): it names another kind of visit than
    the report's (``names_other_visit``), or states no value of this visit to compare
    (``compared_values``). ``lookups`` asks it too: its topic is then ranked."""
    return names_other_visit(claim.text, report) or not compared_values(claim, ctx, report)


def _visit_checks(claim: Claim, ctx: Context, report: Report) -> tuple[tuple, list]:
    """The checks of the visit's team, duration, dates and months, and the finding that
    the claim misnames the visit: no checks when the claim is about another kind of visit
    than the report's ('a monitoring visit in June'), unless it dates that visit to the
    report's own days ('a focused visit in February' of a graded inspection in February:
    the inspection misnamed, ``misnamed_visit``); none when every grade the claim prints is
    another body's (``other_bodies.about_other_body``): its dates are that body's inspection's."""
    misnamed = misnamed_visit(claim.text, report, dateline(ctx.release.text))
    if names_other_visit(claim.text, report) and not misnamed:
        return (), []
    if about_other_body(ctx.release_index, claim, report.authority):
        return (), []  # 'SEND services were judged ... in a local area inspection in May'
    checks = (
        _team,
        _lead,
        _duration,
        _dates,
        _months,
        _published_month,
        _inspection_type,
        _improvements,
    )
    return checks, [_misnamed(misnamed, report)] if misnamed else []


def _misnamed(said: str, report: Report) -> tuple[str, str]:
    """A graded inspection called a focused or monitoring visit on its own days."""
    kind = f"{report.inspection_type} " if report.inspection_type else ""
    when = f"{report.inspection_start:%-d %B} to {report.inspection_end:%-d %B %Y}"
    return "contradicted", f"{report.label} is a graded {kind}inspection ({when}), not a {said}"


def _explained(results: Sequence[tuple[str, str]]) -> str:
    """Each comparison's account, the one that settles the verdict first: a contradicted
    claim's explanation opens on the value that conflicts, not on what agrees."""
    label = worst(r[0] for r in results)
    settling = [why for got, why in results if got == label]
    others = [why.removeprefix("Matches: ") for got, why in results if got != label]
    return "; ".join(settling) + (f" (what agrees: {'; '.join(others)})" if others else "") + "."


def stated_in_passing(
    claim: Claim, ctx: Context, report: Report, result: CheckedClaim | None = None
) -> CheckedClaim | None:
    """Contradicted, when a claim of another kind ("Following a four-week inspection in
    February, inspectors rated ...") states an inspection date, duration, team or a time
    said relative to the release that the report's printed facts contradict (the one
    focused visit before it among them: ``visits.other_visit_dated``), or a finding
    the time since the last inspection or how many recommendations the report makes;
    None when they agree or none is stated. Only a
    contradiction is worth reporting over the claim's own verdict: it is positive
    evidence (a date outside the printed dates). But a claim whose own check (``result``)
    found it nearest the report's dates line ('The inspection took place last month')
    states only when the visit was: the fact checks' verdict is its verdict."""
    visit, misnamed = _visit_checks(claim, ctx, report)
    earlier = _earlier_dates(claim, report, ctx.previous)
    told_when = told_of(claim, report, ctx.previous)
    when = when_judged(told_when)
    results = [
        _interval(claim, report, ctx.previous),
        earlier,
        when,
        other_visit_dated(claim.text, report),
        *_relative(claim, ctx, report),
    ]
    results += misnamed
    counted = None  # a finding's count of what to improve, against the report's list
    if claim.kind in ("rating", "comparison"):
        # Not the count of what to improve said beside a grade ('rated the service good and
        # highlighted three areas for improvement, including ...'): a release groups the
        # report's themes its own way there, and the stress sets' conventions check only
        # the grade (precision: no flag on a count the grade's sentence only summarises).
        results += [f(claim, report) for f in visit if f is not _improvements]
    elif _dates in visit:
        # A finding's full day of the visit or publication ('the report was published on
        # 15 September', read as a finding when the release prints no year) is as sure,
        # and so is its count of what the report asks to improve ('The report is clear
        # that progress has been too slow, and it makes 18 recommendations').
        counted = _improvements(claim, report)
        results += [_dates(claim, report), counted]
    wrong = [r[1] for r in results if r and r[0] == "contradicted"]
    if not wrong and result is not None and _on_dates_line(result):
        facts = [r for r in [*results, *(f(claim, report) for f in visit)] if r]
        if facts:
            return verdict(claim, worst(r[0] for r in facts), _explained(facts), result.evidence)
        return None
    if not wrong and earlier and earlier[0] == "supported" and _unsettled(result):
        # 'Merton's previous inspection took place between 12 June and 6 July 2017': the
        # days of the earlier visit are what the claim states, and its report holds them.
        return verdict(claim, "supported", earlier[1] + ".", result.evidence)
    if not wrong and counted and counted[0] == "supported" and _unsettled(result):
        # 'Under the heading ‘What needs to improve?’, the report lists three areas': the
        # count is what the claim states, and the report's list bears it out.
        return verdict(claim, "supported", counted[1].rstrip(".") + ".", result.evidence)
    if not wrong:
        return None
    evidence = nearest(ctx, report, evidence_query(claim))
    if when and when[0] == "contradicted":
        # The earlier report's own dates, so no reading of the sentence as of that report
        # makes the claim true (``readings``): its time is what was told wrong.
        earlier_visits = dict.fromkeys(p for _, p in told_when)
        evidence = [e for p in earlier_visits for e in nearest(ctx, p, DATES_QUERY)] + evidence
    checked = verdict(claim, "contradicted", "; ".join(wrong) + ".", evidence)
    # As sure as an inspection fact's contradiction, whatever the claim's kind.
    return checked.model_copy(update={"confidence": confidence("inspection_fact", "contradicted")})


def _unsettled(result: CheckedClaim | None) -> bool:
    """True when a claim's own check ran and settled nothing."""
    return result is not None and result.verdict == "not_checkable"


def _on_dates_line(result: CheckedClaim) -> bool:
    """True when a claim's own check left it unsettled nearest the report's dates line."""
    return (
        result.verdict == "not_checkable"
        and bool(result.evidence)
        and bool(COVER_DATES.search(result.evidence[0].text))
    )
