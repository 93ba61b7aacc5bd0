"""The review step: a journalist confirms or dismisses each flag of a check result.

A review is stored beside the result it reviews, as its own JSON file, so the
result stays exactly what the tool said and the review says what a person
decided. A review names the result by the sha256 of the release text, so
decisions are never applied to a different release by mistake; re-running the
review carries on from the first undecided flag.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import Field

from verify.cache import sha256_bytes
from verify.errors import (
    InputNotFound,
    NotAResult,
    ReviewMismatch,
    UnreadableInput,
    UnwritableOutput,
)
from verify.types import FLAGS, CheckedClaim, CheckResult, Model

Decision = Literal["confirmed", "dismissed"]
M = TypeVar("M", bound=Model)


class ReviewDecision(Model):
    """One person's decision on one flagged claim."""

    claim_id: str
    verdict: str
    decision: Decision
    note: str = ""
    reviewer: str = ""
    decided_at: datetime


class Review(Model):
    """All decisions on one check result."""

    release_sha256: str = Field(description="sha256 of the reviewed release's cleaned text.")
    release_source: str
    decisions: list[ReviewDecision] = Field(default_factory=list)

    def decided(self) -> dict[str, ReviewDecision]:
        return {d.claim_id: d for d in self.decisions}


def release_key(result: CheckResult) -> str:
    return sha256_bytes(result.release.text.encode("utf-8"))


def flagged(result: CheckResult) -> list[CheckedClaim]:
    """The claims a journalist must look at, in release order."""
    return [c for c in result.claims if c.verdict in FLAGS]


def pending(result: CheckResult, review: Review) -> list[CheckedClaim]:
    """Flagged claims not yet decided."""
    done = review.decided()
    return [c for c in flagged(result) if c.id not in done]


def decide(
    review: Review,
    claim: CheckedClaim,
    decision: Decision,
    *,
    note: str,
    reviewer: str,
    at: datetime,
) -> Review:
    """A new review with ``claim``'s decision recorded (replacing an earlier one)."""
    kept = [d for d in review.decisions if d.claim_id != claim.id]
    entry = ReviewDecision(
        claim_id=claim.id,
        verdict=claim.verdict,
        decision=decision,
        note=note,
        reviewer=reviewer,
        decided_at=at,
    )
    return review.model_copy(update={"decisions": [*kept, entry]})


def load_result(path: Path) -> CheckResult:
    return _load(path, CheckResult, "`verify check --format json` result")


def _load(path: Path, model: type[M], what: str) -> M:
    """A saved model, or the project's error naming the file and what it should be."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputNotFound(str(path)) from exc
    except OSError as exc:
        raise UnreadableInput(str(path), exc.strerror or str(exc)) from exc
    try:
        return model.model_validate_json(data)
    except ValueError as exc:
        raise NotAResult(str(path), what) from exc


def load_review(path: Path, result: CheckResult) -> Review:
    """The review at ``path``, or a new empty one; refuses a review of another release."""
    key = release_key(result)
    if not path.exists() and not path.is_symlink():
        return Review(release_sha256=key, release_source=result.release.source)
    review = _load(path, Review, "`verify review` file")
    if review.release_sha256 != key:
        raise ReviewMismatch(str(path), f"it reviews {review.release_source}")
    return review


def save_review(path: Path, review: Review) -> None:
    """Write atomically, so an interrupted session never loses earlier decisions."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    try:
        tmp.write_text(review.model_dump_json(indent=2), encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UnwritableOutput(str(path), exc.strerror or str(exc)) from exc
