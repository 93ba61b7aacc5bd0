"""What the extraction tests share: the claims of a text read as a release, and those over
a stretch of it."""

from __future__ import annotations

import hashlib

from verify.extract import extract_claims
from verify.types import Claim, Release


def claims_in(text: str) -> list[Claim]:
    """Every claim ``extract_claims`` reads in ``text``, as a plain-text release."""
    digest = hashlib.sha256(text.encode()).hexdigest()
    return extract_claims(Release(source="t", sha256=digest, media_type="text", text=text))


def over(claims: list[Claim], text: str, words: str) -> list[Claim]:
    """The claims whose span overlaps the first occurrence of ``words`` in ``text``."""
    at = text.index(words)
    return [c for c in claims if c.start < at + len(words) and at < c.end]


def claims_after(before: str, sentence: str) -> list[Claim]:
    """The claims of ``sentence`` read after ``before``, an opening that sets the release's
    subject or voice (a rating, an inspectors' finding), without the opening's own."""
    return [c for c in claims_in(before + sentence) if c.start >= len(before)]


def kinds_after(before: str, sentence: str) -> list[tuple[str, str]]:
    """(kind, text) of each claim ``claims_after`` reads."""
    return [(c.kind, c.text) for c in claims_after(before, sentence)]


PAGE_BODY = (
    "Skip to main content\n\nBarset Council\nNews\n\n"
    "Barset children's services judged 'good' in every area by Ofsted\n\n"
    "Published: 17 June 2026\n\nShare this page\n\n"
    "Children's services in Barset have been judged good in all four areas by Ofsted, "
    "after inspectors spent a week with the borough's social work teams in late April "
    "and early May.\n\n"
)
"""A council's news page before its notes: furniture, headline, dateline and a body that
tells the visit, so what the notes say is read under 'ENDS' as a page's foot."""
