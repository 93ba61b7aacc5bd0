"""A national or regional standing claim judged with the council's own run of grades it
tells first: the run is the council's part, the group of councils the standing's.

It sits beside ``history`` and ``national``, which it joins (``history`` reads national
counts itself, so neither can import the other's caller).
"""

from __future__ import annotations

from functools import partial

from verify.check.common import Context, verdict
from verify.check.history import own_history
from verify.check.national import check_national, read_claim
from verify.types import CheckedClaim, Claim, Report


def check_standing(claim: Claim, ctx: Context, report: Report) -> CheckedClaim:
    """The verdict for a national or regional standing claim, the council's own run of
    grades it tells judged first (``verify.check.history``): a run told wrong is
    contradicted; a run told right in a vague group ('one of only a handful of councils in
    England to have held an outstanding rating at three successive inspections') settles
    only the council's part, and the conventions leave vague groups not_checkable
    (drift27, drift28: supported by the run alone)."""
    own = own_history(claim, ctx, report)
    if own is None:
        return check_national(claim, ctx, report)
    reading = read_claim(claim, report, lambda: ctx.release_index.last_sentence(claim.start))
    if own.verdict != "supported" or reading is not None:
        return own
    why = (
        f"The council's own part holds ({own.explanation.rstrip('.')}); the group of councils "
        "it is placed in is no count, share or 'first' the archive can settle."
    )
    return verdict(claim, "not_checkable", why, own.evidence)


def no_count_of_grades(claim: Claim, ctx: Context, report: Report) -> bool:
    """True when a standing claim reads as no count, share or 'first' of councils by grade
    against ``report`` (``national.read_claim``): a rank or figure the report may print,
    checked as the finding it tells (``check.standing_told_as_finding``), whose topic the
    lookups rank (``check.lookups``)."""
    before = partial(ctx.release_index.last_sentence, claim.start)
    return read_claim(claim, report, before) is None
