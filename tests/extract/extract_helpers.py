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
