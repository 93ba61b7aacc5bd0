"""The one entry point every shell calls: a release and its reports in, verdicts out."""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING, BinaryIO

from verify.check import check_claims
from verify.match import Encoder
from verify.settings import Settings
from verify.types import CheckResult, Claim, ExtractedRelease, Release

if TYPE_CHECKING:
    from verify.archive import Archive


def extract(
    release_source: str, settings: Settings, stdin: BinaryIO | None = None
) -> ExtractedRelease:
    """Read a release and extract its claims (`verify extract`); ``stdin`` is read for '-'."""
    from verify.extract import extract_claims
    from verify.ingest.release import read_release

    _import_spacy_without_torch()
    release = read_release(release_source, settings, stdin=stdin)
    return ExtractedRelease(release=release, claims=extract_claims(release))


def _import_spacy_without_torch() -> None:
    """Import spaCy with torch hidden, once per process.

    spaCy's thinc imports torch whenever it is installed (4 s and 300 MiB here),
    though ``spacy.blank("en")`` never uses it, and the default encoder needs no
    torch either. Hidden only while spaCy loads: a model that does need torch
    (any other ``model`` setting) still imports it afterwards.
    """
    if "spacy" in sys.modules or "torch" in sys.modules:
        return
    sys.modules["torch"] = None  # `import torch` now raises ImportError
    try:
        import spacy  # noqa: F401
    finally:
        if sys.modules.get("torch", False) is None:
            del sys.modules["torch"]


def check(
    release_source: str,
    report_paths: list[str],
    previous_paths: list[str],
    settings: Settings,
    encoder: Encoder | None = None,
    stdin: BinaryIO | None = None,
) -> CheckResult:
    """Check the release at ``release_source`` against the reports at ``report_paths``.

    Reports are read first so a bad report path fails before any slow work. With no
    report, the release is paired with its report in the archive (``settings.archive``);
    with no previous report, the council's earlier reports come from the archive when
    there is one. ``encoder`` lets a long-lived caller (batch, web, benchmarks) share one
    loaded model; by default one is created, and loads only if a claim needs it.
    ``stdin`` is the stream a shell passes for the release '-'.
    """
    from verify.report import load_report

    reports = [load_report(path, settings) for path in report_paths]
    previous = [load_report(path, settings) for path in previous_paths]
    archive = _archive(settings, required=not reports)
    extracted = extract(release_source, settings, stdin)
    encoder = encoder if encoder is not None else Encoder(settings)
    encoder.expect(queries(extracted.release, extracted.claims, settings))
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
            encoder,
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


def queries(release: Release, claims: list[Claim], settings: Settings) -> list[str]:
    """The texts the checkers look up by meaning, so they are encoded in one batch.

    A finding is ranked by the finding it states without its framing; a quotation
    by its words, and placed by the release sentence around it when the report has
    it more than once; other checkable claims by their text. Opinions are never
    looked up. A text missed here is still encoded when asked for, in a call of
    its own; one expected but never asked for costs a row of the batch.
    """
    from verify.check.common import Context
    from verify.check.finding import topic

    around = Context(release, [], [], settings, None).sentence_around
    texts: list[str] = []
    for claim in claims:
        if claim.kind == "finding":
            texts.append(topic(claim.text))
        elif claim.kind == "quote":
            texts += [claim.text, around(claim)]
        elif claim.kind != "opinion":
            texts += [claim.text, re.sub(r"\s+", " ", claim.text)]
    return texts
