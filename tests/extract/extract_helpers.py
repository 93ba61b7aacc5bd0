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
