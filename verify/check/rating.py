"""A rating: the grades a claim gives the inspection, against the report's judgement table
(``verify.check.grades`` judges them), and a judgement's title quoted with words changed.
"""

from __future__ import annotations

import re

from verify.check.common import Context, verdict
from verify.check.grades import grades_verdict
from verify.match import Alignment, describe, substantive, tokens
from verify.types import CheckedClaim, Claim, Report

_QUOTED_TITLE = re.compile(r"[‘“'\"]([A-Z][^‘’“”'\"]{25,160})[’”'\"]")


def misnamed_judgement(claim: Claim, report: Report, ctx: Context) -> CheckedClaim | None:
    """A judgement's title quoted with words changed ('social care practice' for
    'social work practice'): misquoted, with the diff. The conventions make a quoted
    judgement name part of the rating claim, not a quote claim of its own, so the rating
    check owns this verdict; the seed gold labels it so (a rating, misquoted)."""
    index = ctx.index(report)
    for m in _QUOTED_TITLE.finditer(claim.text):
        title = tokens(m.group(1))
        found = index.align(m.group(1))
        if found is None or found.score < 85 or found.score >= 100:
            continue
        diff, first, last = index.word_diff(found.first - 2, found.last + 2, title)
        changed = substantive(diff)
        if changed and len(changed) <= 2:
            start, end = index.span(Alignment(first, max(last, first + 1), found.score))
            why = f"Judgement named wrongly: {describe(changed)}."
            return verdict(
                claim,
                "misquoted",
                why,
                [index.evidence(start, end, found.score / 100, whole_sentence=False)],
                diff,
            )
    return None


def check_rating(claim: Claim, ctx: Context, report: Report) -> CheckedClaim:
    """The verdict for a rating: a misnamed judgement's title, else its grades."""
    misnamed = misnamed_judgement(claim, report, ctx)
    return misnamed if misnamed is not None else grades_verdict(claim, ctx, report)
