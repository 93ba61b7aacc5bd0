"""Exports of reviewed results: schema.org ClaimReview for publishing, CSV for the desk.

A published fact-check states a person's decision, not the tool's guess, so
ClaimReview is made from reviewed claims: a confirmed claim carries the tool's
verdict, a corrected one the reviewer's. A dismissed flag is not exported (the
reviewer found nothing to publish). ``everything=True`` adds every flagged claim
not yet reviewed, with the tool's verdict, for a desk that publishes in bulk.
"""

from __future__ import annotations

import csv
import io
from urllib.parse import urlparse

from verify.store import ResultsDB
from verify.types import FLAGS, CheckResult
from verify.words import verdict_title

# schema.org Rating on a 1 (false) to 5 (true) scale, as fact-checkers publish it.
RATING_VALUE: dict[str, int] = {
    "supported": 5,
    "minor_variation": 4,
    "misleading": 2,
    "unsupported": 2,
    "misquoted": 2,
    "spliced": 1,
    "misattributed": 1,
    "contradicted": 1,
}

CLAIMREVIEW_REQUIRED = ("@context", "@type", "claimReviewed", "reviewRating", "url", "author")
CLAIMREVIEW_RECOMMENDED = ("itemReviewed", "datePublished")


def claim_reviews(
    db: ResultsDB, *, publisher: str, base_url: str, everything: bool = False
) -> list[dict]:
    """ClaimReview objects for the reviewed claims (and, with ``everything``, all flags)."""
    decided = db.current()
    reviews = []
    for row in db.releases():
        result = db.result(row.id)
        if result is None:
            continue
        for claim in result.claims:
            decision = decided.get((row.id, claim.id))
            if decision is not None:
                verdict, when, note = decision.verdict, decision.decided_at, decision.note
            elif everything and claim.verdict in FLAGS:
                verdict, when, note = claim.verdict, row.checked_at, ""
            else:
                continue
            if verdict not in RATING_VALUE:  # dismissed, or not checkable: nothing to rate
                continue
            reviews.append(
                _claim_review(result, row.id, claim, verdict, when[:10], note, publisher, base_url)
            )
    return reviews


def _claim_review(
    result: CheckResult,
    release_id: str,
    claim,
    verdict: str,
    when: str,
    note: str,
    publisher: str,
    base_url: str,
) -> dict:
    source = result.release.source
    appearance = (
        {"@type": "CreativeWork", "url": source}
        if _is_url(source)
        else {"@type": "CreativeWork", "name": result.release.title or source}
    )
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{base_url.rstrip('/')}/release/{release_id}#{claim.id}",
        "claimReviewed": claim.text,
        "datePublished": when,
        "author": {"@type": "Organization", "name": publisher},
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": RATING_VALUE[verdict],
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": verdict_title(verdict),
            "ratingExplanation": note or claim.explanation,
        },
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Organization", "name": _claim_author(result)},
            "appearance": appearance,
        },
    }


def _claim_author(result: CheckResult) -> str:
    """Who made the claim: the site that published it, else the council reported on."""
    if _is_url(result.release.source):
        return urlparse(result.release.source).hostname or result.release.source
    if result.reports:
        return f"{result.reports[0].authority} council"
    return result.release.title or result.release.source


def _is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


DECISION_COLUMNS = (
    "release_id",
    "source",
    "claim_id",
    "claim",
    "tool_verdict",
    "tool_check",
    "decision",
    "verdict",
    "note",
    "reviewer",
    "decided_at",
)


def decisions_csv(db: ResultsDB) -> str:
    """Every decision ever made, oldest first, one row each (the audit trail), with the
    check that built the tool's verdict: a desk counts which checks its reviewers dismiss."""
    claims = {(c["release_id"], c["claim_id"]): c for c in db.claims()}
    sources = {r.id: r.source for r in db.releases()}
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(DECISION_COLUMNS)
    for d in db.history():
        claim = claims.get((d.release_id, d.claim_id), {})
        writer.writerow(
            [
                d.release_id,
                sources.get(d.release_id, ""),
                d.claim_id,
                claim.get("text", ""),
                d.tool_verdict,
                claim.get("decided_by") or "",
                d.decision,
                d.verdict or "",
                d.note,
                d.reviewer,
                d.decided_at,
            ]
        )
    return out.getvalue()
