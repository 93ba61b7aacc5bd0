"""Claims the report cannot settle: national standing and opinions."""

from __future__ import annotations

from verify.check.common import Context, verdict
from verify.types import CheckedClaim, Claim, Report

REASONS = {
    "national": "A claim about councils nationally; one report cannot settle it "
    "(build the archive with `verify archive build` to check it).",
    "opinion": "An opinion, not a statement of fact about the inspection.",
}


def check_opaque(claim: Claim, ctx: Context, report: Report) -> CheckedClaim:
    return verdict(claim, "not_checkable", REASONS.get(claim.kind, "Not checkable."))
