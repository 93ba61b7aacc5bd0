"""Judge each claim against the report of the council it concerns.

One module per claim kind; this module routes claims to reports and collects
the verdicts and omissions into a ``CheckResult``.
"""

from __future__ import annotations

import re
from functools import partial, wraps
from typing import TYPE_CHECKING

from verify.check.clauses import halves_judged, on_its_clause, placeable
from verify.check.common import (
    Checker,
    Context,
    content_words,
    officials_account,
    report_words_at,
    shared,
    verdict,
)
from verify.check.comparison import check_comparison
from verify.check.fact import check_fact, stated_in_passing, told_as_finding
from verify.check.finding import check_finding, in_report_words
from verify.check.grades import adequate_of_its_time
from verify.check.history import own_history
from verify.check.lookups import each_claims
from verify.check.mismatch import warnings_for, withhold_support
from verify.check.negation import RESTATED_MIN, SHARED_MIN, opposite_said
from verify.check.omissions import find_omissions
from verify.check.opaque import check_opaque
from verify.check.quote import check_quote
from verify.check.quote.segments import paragraph_pieces
from verify.check.rating import check_rating
from verify.check.readings import unflagged_if_read_otherwise
from verify.check.standing import check_standing, no_count_of_grades
from verify.check.visits import names_other_visit
from verify.extract.claims.halves import halves_of
from verify.match import Encoder
from verify.settings import Settings
from verify.types import FLAGS, CheckedClaim, CheckResult, Claim, Release, Report, ReportSummary
from verify.words.councils import authority_key, names_council
from verify.words.dates import LOOK_BACK
from verify.words.speakers import framing_blanked, in_own_words
from verify.words.verdicts import SEVERITY

if TYPE_CHECKING:
    from verify.archive import Archive


def history_first(checker: Checker) -> Checker:
    """``checker`` for the claims that are not about the council's own run of inspections
    ('its first outstanding', 'the third consecutive time'): those ``verify.check.history``
    judges against the earlier reports, whatever kind the sentence was read as."""

    @wraps(checker)
    def checked(claim: Claim, ctx: Context, report: Report) -> CheckedClaim:
        return own_history(claim, ctx, report) or checker(claim, ctx, report)

    return checked


def report_words_first(checker: Checker) -> Checker:
    """``checker`` for the claims not told in the report's own words: an 'opinion' in the
    release's own voice that is a report sentence nearly word for word ("Highly effective
    and principled leadership ...") is the finding it repeats, and checked as one. One told
    by a speaker extraction named (a councillor, a director, a parent: "…, the council's
    leader said") stays theirs, whatever the report says (the conventions)."""

    @wraps(checker)
    def checked(claim: Claim, ctx: Context, report: Report) -> CheckedClaim:
        told = in_own_words(claim.attribution)
        if not told and in_report_words(claim, ctx, report):
            return check_finding(claim, ctx, report)
        return checker(claim, ctx, report)

    return checked


def officials_own(checker: Checker) -> Checker:
    """``checker`` for the findings told in the release's or the inspectors' voice: one a
    speaker extraction named tells ("Ofsted found ..., said Cllr Lee", "…, according to
    the director") is that official's account of the report, not checkable against it
    (the conventions), whatever the report says."""

    @wraps(checker)
    def checked(claim: Claim, ctx: Context, report: Report) -> CheckedClaim:
        speaker = claim.attribution.speaker if claim.attribution else None
        if speaker and in_own_words(claim.attribution):
            return officials_account(claim, speaker)
        return checker(claim, ctx, report)

    return checked


def rated_in_its_time(checker: Checker) -> Checker:
    """``checker`` for comparisons, save one read only from a bare 'adequate' against a
    report that grades on that pre-2013 scale (``grades.adequate_of_its_time``): today's
    grade, judged as a rating."""

    @wraps(checker)
    def checked(claim: Claim, ctx: Context, report: Report) -> CheckedClaim:
        today = adequate_of_its_time(claim, report)
        return check_rating(today, ctx, report) if today else checker(claim, ctx, report)

    return checked


def this_visit_only(checker: Checker) -> Checker:
    """``checker`` for the claims that describe what the inspection found or did: against a
    report that is not of the visit the release is about (a focused or monitoring visit
    whose letter was not given) they are not checkable."""

    @wraps(checker)
    def checked(claim: Claim, ctx: Context, report: Report) -> CheckedClaim:
        if ctx.about_other_visit(report):
            why = f"About a later visit whose letter was not given, not {report.label}."
            return verdict(claim, "not_checkable", why)
        return checker(claim, ctx, report)

    return checked


def unflagged_on_other_visit(checker: Checker) -> Checker:
    """``checker`` for quotations, with no flag against a report of another visit: a quote
    from that visit's letter may be found in the report, but not missed. Asked of each
    quotation (``Context.quote_of_other_visit``): one far from the visit's name, in a
    release whose lead tells of the report's own inspection, is that inspection's."""

    @wraps(checker)
    def checked(claim: Claim, ctx: Context, report: Report) -> CheckedClaim:
        result = checker(claim, ctx, report)
        if result.verdict in FLAGS and ctx.quote_of_other_visit(claim, report):
            why = (
                f"Not flagged: the release is about a later visit whose letter was not "
                f"given, not {report.label}. (Against it: {result.explanation})"
            )
            return verdict(claim, "not_checkable", why, result.evidence)
        return result

    return checked


def passing_facts_checked(checker: Checker) -> Checker:
    """``checker`` for the claims that may state an inspection's date, duration or team in
    passing ("Following a four-week inspection in February, inspectors rated ..."): a
    contradiction of those (``verify.check.fact.stated_in_passing``) is positive evidence,
    reported over the claim's own verdict."""

    @wraps(checker)
    def checked(claim: Claim, ctx: Context, report: Report) -> CheckedClaim:
        result = checker(claim, ctx, report)
        return stated_in_passing(claim, ctx, report, result) or result

    return checked


def unflagged_if_repeated(checker: Checker) -> Checker:
    """``checker`` for the claims told in prose: one that says the report's own words
    exactly (``report_words_at``) cannot contradict that report, so a contradiction read
    from it comes from reading it wrongly (which grade, time or body it speaks of). Shown
    with the passage, not flagged: a flag a journalist cannot trust is worse than none."""

    @wraps(checker)
    def checked(claim: Claim, ctx: Context, report: Report) -> CheckedClaim:
        result = checker(claim, ctx, report)
        if (
            result.verdict != "contradicted"
            or (said := report_words_at(claim, ctx, report)) is None
        ):
            return result
        where = f"paragraph {said.paragraph}" if said.paragraph else f"page {said.page}"
        why = (
            f"Not flagged: {report.label} says these very words ({where}), so the claim "
            f"cannot contradict it; read against it as {result.verdict}: {result.explanation}"
        )
        return verdict(claim, "not_checkable", why, [said, *result.evidence])

    return checked


def fact_told_as_finding(checker: Checker) -> Checker:
    """``checker`` for inspection facts, where one naming another kind of visit than the
    report's that it cannot compare ('The report says practice weaknesses identified at a
    focused visit in February 2024 had not been addressed effectively') is the finding it
    tells, the report's own account of that visit, when the report says it (compare22:
    was not_checkable, its month taken for a date of the visit); so is one stating no value
    of this visit to compare ('Since the single inspection framework (SIF) inspection in
    2014, ... have hindered progress': an earlier inspection's framework, accounts23),
    when the passage restates it (``restates_finding``). Only support is taken: the fact's
    not_checkable stands otherwise."""

    @wraps(checker)
    def checked(claim: Claim, ctx: Context, report: Report) -> CheckedClaim:
        result = checker(claim, ctx, report)
        if result.verdict != "not_checkable" or not told_as_finding(claim, ctx, report):
            return result
        found = officials_own(check_finding)(claim, ctx, report)
        if found.verdict != "supported":
            return result
        if names_other_visit(claim.text, report):
            return found
        return found if restates_finding(claim.text, found.evidence[0].text) else result

    return checked


def standing_told_as_finding(checker: Checker) -> Checker:
    """``checker`` for standing claims that are no count, share or 'first' of councils by
    grade (``standing.no_count_of_grades``), where a rank or figure the report itself
    prints is the finding it tells ('Vacancy and sickness rates among staff are among the
    lowest in the region, the report found', 'Blackpool, which is among the most deprived
    areas in England': drift32, not checkable as standings no archive settles), when a
    passage restates most of its own words (``restates_finding`` at the finding check's bar
    of words, ``SHARED_MIN``, its frame as the report's left out). Only support is taken:
    the standing's not_checkable stands otherwise."""

    @wraps(checker)
    def checked(claim: Claim, ctx: Context, report: Report) -> CheckedClaim:
        result = checker(claim, ctx, report)
        if result.verdict != "not_checkable" or not no_count_of_grades(claim, ctx, report):
            return result
        found = check_finding(claim, ctx, report)
        said = found.evidence[0].text if found.evidence else ""
        told = framing_blanked(claim.text)  # '..., the report found': its source, no words
        if found.verdict == "supported" and restates_finding(told, said, SHARED_MIN):
            return found
        return result

    return checked


def restates_finding(claim: str, passage: str, bar: float = RESTATED_MIN) -> bool:
    """True when ``passage`` holds nearly every word the claim tells of (``bar``, by default
    ``RESTATED_MIN``: no passage merely near in meaning; 'Since then, inspectors have made
    regular checks' is no 'Inspection of children's social care services') outside the
    phrase naming the inspection it looks back from (``LOOK_BACK``: shared with the report,
    'Since the SIF inspection in 2014' made 'have helped progress' hold 80% of the words of
    'have slowed progress'), and does not tell them the other way
    (``negation.opposite_said``: 'have responded quickly' for 'have responded slowly',
    which the finding check supported; a negation of its own it withholds already)."""
    told = LOOK_BACK.sub(" ", claim)
    words = content_words(told)
    return shared(words, passage) >= bar and opposite_said(told, words, passage) is None


CHECKERS: dict[str, Checker] = {
    "quote": unflagged_on_other_visit(check_quote),
    "rating": unflagged_if_read_otherwise(
        unflagged_if_repeated(passing_facts_checked(history_first(check_rating)))
    ),
    "inspection_fact": unflagged_if_read_otherwise(
        unflagged_if_repeated(this_visit_only(fact_told_as_finding(history_first(check_fact))))
    ),
    "finding": unflagged_if_repeated(
        this_visit_only(passing_facts_checked(officials_own(check_finding)))
    ),
    "comparison": unflagged_if_read_otherwise(
        unflagged_if_repeated(
            this_visit_only(
                passing_facts_checked(history_first(rated_in_its_time(check_comparison)))
            )
        )
    ),
    "national": unflagged_if_repeated(officials_own(standing_told_as_finding(check_standing))),
    "opinion": unflagged_if_repeated(report_words_first(check_opaque)),
}
"""The whole routing: the checker for each kind of claim (decided in extraction), with
what settles a kind before or over its checker read outermost first. A quotation is not
unflagged for repeating the report: its flags are of its own words, placed already."""

_COLLECTIVE = re.compile(r"\b(all|each|every|three|both|councils)\b", re.I)


def _mentions(text: str, report: Report) -> list[int]:
    key = authority_key(report.authority)
    return [m.start() for m in re.finditer(re.escape(key), text.lower())] if key else []


def _last_mention(claim: Claim, ctx: Context, report: Report) -> int:
    """Where the report's council is last named before the claim, else -1: bisected in
    the release's mentions of it, read once (``Context.release_index``), not searched for
    in a copy of all the text before each claim."""
    key = authority_key(report.authority)
    return ctx.release_index.last_mention(key, claim.start) if key else -1


def route(claim: Claim, ctx: Context) -> list[Report]:
    """The reports a claim concerns: its named council, the council last named
    before it, every report for a rating about 'all' the councils, else the one
    where the claim's words match best."""
    reports = ctx.reports
    if len(reports) == 1:
        return reports
    if claim.values.authority:
        named = [r for r in reports if names_council(claim.values.authority, r.authority)]
        if named:
            return named[:1]
    named_here = [r for r in reports if _mentions(claim.text, r)]
    if len(named_here) == 1:
        return named_here
    if claim.kind == "rating" and (len(named_here) > 1 or _COLLECTIVE.search(claim.text)):
        return named_here or reports
    last = {r.sha256: _last_mention(claim, ctx, r) for r in reports}
    if max(last.values()) >= 0:
        return [max(reports, key=lambda r: last[r.sha256])]
    return [_best_match(claim, ctx)]


def _best_match(claim: Claim, ctx: Context) -> Report:
    def score(report: Report) -> float:
        alignment = ctx.index(report).align(claim.text)
        return alignment.score if alignment else 0.0

    return max(ctx.reports, key=score)


def _combine(claim: Claim, results: list[tuple[Report, CheckedClaim]]) -> CheckedClaim:
    """One verdict for a claim checked against several reports: the worst one, with the
    check that decided it and the flag it held back (``CheckedClaim.held_back``), if any."""
    if len(results) == 1:
        return results[0][1]
    worst = max((r for _, r in results), key=lambda r: SEVERITY.index(r.verdict))
    reasons = " ".join(f"{report.label}: {r.explanation}" for report, r in results)
    evidence = [e for _, r in results for e in r.evidence]
    combined = verdict(claim, worst.verdict, reasons, evidence, worst.diff)
    alike = (r for _, r in results if r.verdict == worst.verdict)
    told = next((r for r in alike if r.held_back), worst)
    return combined.model_copy(update={"held_back": told.held_back, "decided_by": told.decided_by})


def per_paragraph(claim: Claim) -> list[Claim]:
    """A quotation over several release paragraphs as one claim per paragraph: the
    conventions judge each paragraph on its own (ids 'c3.1', 'c3.2', ...). The pieces of
    one paragraph (a quotation broken by its attribution, '“A,” the report says, “B.”')
    stay one claim: one passage, whose report words must be adjacent."""
    if claim.kind != "quote" or len(claim.quote_pieces) < 2:
        return [claim]
    groups = paragraph_pieces(claim)
    if len(groups) < 2:
        return [claim]
    return [
        claim.model_copy(
            update={
                "id": f"{claim.id}.{k}",
                "text": claim.text[group[0].start - claim.start : group[-1].end - claim.start],
                "start": group[0].start,
                "end": group[-1].end,
                "quote_pieces": group,
            }
        )
        for k, group in enumerate(groups, 1)
    ]


def routed(claims: list[Claim], ctx: Context) -> list[tuple[Claim, list[Report]]]:
    """Each claim (a quotation by paragraph: ``per_paragraph``) with the reports it
    concerns (``route``), decided once: what it looks up (``lookups``) and what checks
    it (``check_one``) go to the same reports."""
    return [(part, route(part, ctx)) for claim in claims for part in per_paragraph(claim)]


def check_one(claim: Claim, ctx: Context, reports: list[Report]) -> CheckedClaim:
    """Check one claim against every report it concerns (``route``), by its kind's checker."""
    checker = CHECKERS[claim.kind]
    return _combine(claim, [(r, checker(claim, ctx, r)) for r in reports])


def _placed(
    first: list[tuple[Claim, list[Report], CheckedClaim]], ctx: Context
) -> list[CheckedClaim]:
    """Each of ``check_one``'s verdicts, placed on the clause it is about when a cut of
    the sentence shows which (``verify.check.clauses``). The halves are read for every
    verdict that may be placed at once, and their lookups encoded in one batch of their
    own before any is judged: not checkables are many, and a half encoded on its own
    would cost a model call each."""
    open_to_cut = [part for part, _, done in first if placeable(done)]
    cuts = dict(zip((c.id for c in open_to_cut), halves_of(open_to_cut, ctx.release), strict=True))
    if ctx.encoder is not None:
        halves = [
            (half, reports)
            for part, reports, done in first
            for cut in cuts.get(part.id, [])
            for half in halves_judged(cut, done)
        ]
        ctx.encoder.prefetch_each(each_claims(ctx, halves))
    return [
        placed
        for part, reports, done in first
        for placed in on_its_clause(
            done, cuts.get(part.id, []), partial(check_one, ctx=ctx, reports=reports)
        )
    ]


def summary(report: Report) -> ReportSummary:
    return ReportSummary(
        label=report.label,
        source=report.source,
        authority=report.authority,
        framework=report.framework,
        inspection_start=report.inspection_start,
        inspection_end=report.inspection_end,
        published=report.published,
        judgements=report.judgements,
    )


def check_claims(
    release: Release,
    claims: list[Claim],
    reports: list[Report],
    previous: list[Report],
    settings: Settings,
    encoder: Encoder | None,
    archive: Archive | None = None,
) -> CheckResult:
    """Verdicts for every claim and the omissions, against one or more reports (and the
    archive, when there is one, for national standing and quotes from other reports)."""
    ctx = Context(release, reports, previous, settings, encoder, archive=archive)
    parts = routed(claims, ctx)
    if encoder is not None:  # every text the checkers rank by meaning, made while they run
        encoder.begin_check()
        encoder.prefetch_each(each_claims(ctx, parts))
    first = [(part, reports, check_one(part, ctx, reports)) for part, reports in parts]
    checked = _placed(first, ctx)
    warnings = [
        (r.label, warnings_for(release, r, previous, _printed(checked, r))) for r in reports
    ]
    warned = {label: " ".join(w) for label, w in warnings if w}
    if warned:
        checked = [_withheld(c, warned, len(reports) == 1) for c in checked]
    omissions = [o for report in reports for o in find_omissions(ctx, report, checked)]
    return CheckResult(
        release=release,
        reports=[summary(r) for r in reports],
        claims=checked,
        omissions=omissions,
        warnings=[w for _, report_warnings in warnings for w in report_warnings],
    )


def _printed(checked: list[CheckedClaim], report: Report) -> list[tuple[int, int]]:
    """Where the release quotes words ``report`` prints (a quotation it holds, as given or
    with words changed, left out or joined): the report's own words, which
    ``warnings_for`` passes over."""
    return [
        (c.start, c.end)
        for c in checked
        if c.kind == "quote"
        and c.verdict in _PLACED
        and any(e.report == report.label for e in c.evidence)
    ]


_PLACED = ("supported", "minor_variation", "misquoted", "spliced")
"""The verdicts of a quotation placed in the report it is checked against."""


def _withheld(claim: CheckedClaim, warned: dict[str, str], only_report: bool) -> CheckedClaim:
    """No support from a report that may be the wrong one (see ``verify.check.mismatch``)."""
    labels = {e.report for e in claim.evidence}
    why = next((warned[label] for label in labels if label in warned), None)
    if why is None and only_report:
        why = next(iter(warned.values()))
    return withhold_support(claim, why) if why else claim
