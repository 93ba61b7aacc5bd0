"""The labelled output of the generator: a release text and the gold label of each claim.

These models live here, not in verify/types.py, because nothing else in the
pipeline consumes them: only the generator, its CLI, the synthetic evaluation
and the throughput benchmark do.
"""

from __future__ import annotations

import hashlib
from typing import Literal

from pydantic import Field

from verify.types import ClaimKind, Model, Release, Role, VerdictLabel

ErrorType = Literal[
    "clean",
    "minor_variation",
    "quote_substitution",
    "quote_deletion",
    "quote_insertion",
    "quote_reorder",
    "splice",
    "council_to_inspectors",
    "inspectors_to_council",
    "other_report_quote",
    "grade_swap",
    "wrong_count",
    "wrong_percent",
    "overall_on_2026",
    "wrong_date",
    "wrong_duration",
    "wrong_team_size",
    "generalised_praise",
]

GOLD_VERDICT: dict[str, VerdictLabel] = {
    "minor_variation": "minor_variation",
    "quote_substitution": "misquoted",
    "quote_deletion": "misquoted",
    "quote_insertion": "misquoted",
    "quote_reorder": "misquoted",
    "splice": "spliced",
    "council_to_inspectors": "misattributed",
    "inspectors_to_council": "misattributed",
    "other_report_quote": "misattributed",
    "grade_swap": "contradicted",
    "wrong_count": "contradicted",
    "wrong_percent": "contradicted",
    "overall_on_2026": "contradicted",
    "wrong_date": "contradicted",
    "wrong_duration": "contradicted",
    "wrong_team_size": "contradicted",
    "generalised_praise": "misleading",
}
"""The verdict each injected error must receive (clean claims: ``supported``,
or ``not_checkable`` for a council official's own opinion)."""

INJECTED: tuple[str, ...] = tuple(GOLD_VERDICT)[1:]
"""Error types that should be flagged (every type except clean and minor variation)."""


class GoldClaim(Model):
    """One planted claim: where it lies in the release, what was done to it, its verdict."""

    id: str
    start: int
    end: int
    text: str = Field(description="release.text[start:end]; for quotes, without the marks.")
    kind: ClaimKind
    error: ErrorType
    detail: str = Field("", description="What was planted, for a person reading a miss.")
    verdict: VerdictLabel
    role: Role | None = Field(None, description="Who the release attributes a quote to.")
    sources: list[str] = Field(
        default_factory=list, description="Report passages the claim was built from ('p12')."
    )
    original: str | None = Field(None, description="The report text before the edit.")


class SyntheticRelease(Model):
    """A generated press release with the gold label of every planted claim."""

    name: str
    report: str = Field(description="Path of the report the release is about.")
    report_sha256: str
    others: list[str] = Field(
        default_factory=list, description="Reports quotes were borrowed from."
    )
    seed: int
    text: str
    claims: list[GoldClaim]

    def release(self) -> Release:
        """The release as the pipeline reads it from ``<name>.txt``."""
        digest = hashlib.sha256(self.text.encode("utf-8")).hexdigest()
        return Release(source=f"{self.name}.txt", sha256=digest, media_type="text", text=self.text)
