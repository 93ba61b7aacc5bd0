"""Claims the report cannot settle: opinions, and kinds no checker knows."""

from __future__ import annotations

from verify.check.common import Context, verdict
from verify.types import CheckedClaim, Claim, Report

REASONS = {"opinion": "An opinion, not a statement of fact about the inspection."}


def check_opaque(claim: Claim, ctx: Context, report: Report) -> CheckedClaim:
    """Not checkable: an official's opinion is theirs, whatever it says of the report
    (one told in the report's own words is routed to the finding check instead; see
    ``verify.check.CHECKERS``)."""
    return verdict(claim, "not_checkable", REASONS.get(claim.kind, "Not checkable."))
