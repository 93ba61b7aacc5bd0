"""The one entry point every shell calls: a release and its reports in, verdicts out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from verify.check import check_claims
from verify.match import Encoder
from verify.settings import Settings
from verify.types import CheckResult, ExtractedRelease

if TYPE_CHECKING:
    from verify.archive import Archive


def extract(release_source: str, settings: Settings) -> ExtractedRelease:
    """Read a release and extract its claims (`verify extract`)."""
    from verify.extract import extract_claims
    from verify.ingest.release import read_release

    release = read_release(release_source, settings)
    return ExtractedRelease(release=release, claims=extract_claims(release))


def check(
    release_source: str,
    report_paths: list[str],
    previous_paths: list[str],
    settings: Settings,
    encoder: Encoder | None = None,
) -> CheckResult:
    """Check the release at ``release_source`` against the reports at ``report_paths``.

    Reports are read first so a bad report path fails before any slow work. With no
    report, the release is paired with its report in the archive (``settings.archive``);
    with no previous report, the council's earlier reports come from the archive when
    there is one. ``encoder`` lets a long-lived caller (batch, web, benchmarks) share one
    loaded model; by default one is created, and loads only if a claim needs it.
    """
    from verify.report import load_report

    reports = [load_report(path, settings) for path in report_paths]
    previous = [load_report(path, settings) for path in previous_paths]
    archive = _archive(settings, required=not reports)
    extracted = extract(release_source, settings)
    pairing = None
    try:
        if archive is not None and not reports:
            from verify.archive.pairing import pair_release

            chosen, _, pairing = pair_release(extracted.release, extracted.claims, archive)
            reports = [archive.load(chosen)]
        if archive is not None and not previous:
            previous = [p for report in reports for p in archive.earlier_than(report)]
        result = check_claims(
            extracted.release,
            extracted.claims,
            reports,
            previous,
            settings,
            encoder if encoder is not None else Encoder(settings),
            archive=archive,
        )
    finally:
        if archive is not None:
            archive.close()
    return result.model_copy(update={"pairing": pairing}) if pairing else result


def _archive(settings: Settings, required: bool) -> Archive | None:
    """The archive, when one has been built (required when no report was given)."""
    from verify.archive import Archive

    if required or settings.archive_path.is_file():
        return Archive(settings.archive_path)
    return None
