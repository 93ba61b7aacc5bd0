"""One pair's line of a batch output: its result, or the error that stopped it."""

from __future__ import annotations

import time

from pydantic import Field

from verify.errors import VerifyError
from verify.match import Encoder
from verify.pipeline import check
from verify.settings import Settings
from verify.types import CheckResult, Model, Pair


class BatchLine(Model):
    """One line of the output: the result, or the one-line error that stopped this pair."""

    id: str
    key: str = Field("", description="sha256 of the pair's files' contents (see pair_key).")
    release: str
    reports: list[str]
    ok: bool
    seconds: float
    result: CheckResult | None = None
    error: str | None = None
    stage: str | None = Field(None, description="The pipeline stage that failed, with error.")


def check_pair(pair: Pair, settings: Settings, encoder: Encoder, key: str = "") -> BatchLine:
    """Check one pair; any failure becomes an error line rather than an exception.

    Unexpected exceptions are caught too: in a run over thousands of releases,
    one parser bug must cost one line, not the run.
    """
    began = time.perf_counter()
    try:
        result = check(pair.release, pair.reports, pair.previous, settings, encoder)
    except Exception as exc:  # noqa: BLE001 - recorded, see docstring
        if isinstance(exc, VerifyError):
            error = str(exc)  # already names the file and the problem
        else:
            error = f"{pair.release}: {type(exc).__name__}: {exc}"
        return batch_line(pair, key, began, error=error, stage=getattr(exc, "stage", None))
    return batch_line(pair, key, began, result=result)


def batch_line(
    pair: Pair,
    key: str,
    began: float,
    result: CheckResult | None = None,
    error: str | None = None,
    stage: str | None = None,
) -> BatchLine:
    """The output line for one pair: its result, or the error (and the stage) that
    stopped it."""
    return BatchLine(
        id=pair.id,
        key=key,
        release=pair.release,
        reports=pair.reports,
        ok=error is None,
        seconds=time.perf_counter() - began,
        result=result,
        error=error,
        stage=stage,
    )
