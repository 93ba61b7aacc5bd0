"""Claims the report cannot settle: national standing and opinions."""

from __future__ import annotations

from verify.check.common import Context, verdict
from verify.check.finding import check_finding, in_report_words
from verify.types import CheckedClaim, Claim, Report

REASONS = {
    "national": "A claim about councils nationally; one report cannot settle it "
    "(build the archive with `verify archive build` to check it).",
    "opinion": "An opinion, not a statement of fact about the inspection.",
}


def check_opaque(claim: Claim, ctx: Context, report: Report) -> CheckedClaim:
    """Not checkable, unless an 'opinion' is in fact a report sentence told nearly word
    for word ("Highly effective and principled leadership ..."): then it is checked as
    the finding it is."""
    if claim.kind == "opinion" and in_report_words(claim, ctx, report):
        return check_finding(claim, ctx, report)
    return verdict(claim, "not_checkable", REASONS.get(claim.kind, "Not checkable."))
