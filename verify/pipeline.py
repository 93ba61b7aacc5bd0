"""The one entry point every shell calls: a release and its reports in, verdicts out."""

from __future__ import annotations

from typing import BinaryIO

from verify.check import check_claims
from verify.match import Encoder
from verify.settings import Settings
from verify.types import CheckResult, ExtractedRelease


def extract(
    release_source: str, settings: Settings, stdin: BinaryIO | None = None
) -> ExtractedRelease:
    """Read a release and extract its claims (`verify extract`); ``stdin`` is read for '-'."""
    from verify.extract import extract_claims
    from verify.ingest.release import read_release

    release = read_release(release_source, settings, stdin=stdin)
    return ExtractedRelease(release=release, claims=extract_claims(release))


def check(
    release_source: str,
    report_paths: list[str],
    previous_paths: list[str],
    settings: Settings,
    encoder: Encoder | None = None,
    stdin: BinaryIO | None = None,
) -> CheckResult:
    """Check the release at ``release_source`` against the reports at ``report_paths``.

    Reports are read first so a bad report path fails before any slow work.
    ``encoder`` lets a long-lived caller (batch, web, benchmarks) share one
    loaded model; by default one is created, and loads only if a claim needs it.
    ``stdin`` is the stream a shell passes for the release '-'.
    """
    from verify.report import load_report

    reports = [load_report(path, settings) for path in report_paths]
    previous = [load_report(path, settings) for path in previous_paths]
    extracted = extract(release_source, settings, stdin)
    return check_claims(
        extracted.release,
        extracted.claims,
        reports,
        previous,
        settings,
        encoder if encoder is not None else Encoder(settings),
    )
