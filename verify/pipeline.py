"""The one entry point every shell calls: a release and its reports in, verdicts out.

A check is a list of named stages (``STAGES``) run in order by ``run_stages``, which
times each and names the one that failed; benchmarks read those times.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, BinaryIO

from verify.check import check_claims
from verify.match import Encoder
from verify.settings import Settings
from verify.types import CheckResult, ExtractedRelease, Pairing, Report

if TYPE_CHECKING:
    from verify.archive import Archive


def extract(
    release_source: str, settings: Settings, stdin: BinaryIO | None = None
) -> ExtractedRelease:
    """Read a release and extract its claims (`verify extract`); ``stdin`` is read for '-'."""
    from verify.extract import extract_claims
    from verify.ingest.release import read_release

    release = read_release(release_source, settings, stdin=stdin)
    return ExtractedRelease(release=release, claims=extract_claims(release))


@dataclass
class CheckRun:
    """One check on its way through the stages: its inputs, what each stage made, and
    the seconds each took (the model's loading and encoding counted apart, wherever
    they happened, as ``model`` and ``encode``)."""

    release_source: str
    report_paths: list[str]
    previous_paths: list[str]
    settings: Settings
    encoder: Encoder
    stdin: BinaryIO | None = None
    reports: list[Report] = field(default_factory=list)
    previous: list[Report] = field(default_factory=list)
    archive: Archive | None = None
    extracted: ExtractedRelease | None = None
    pairing: Pairing | None = None
    result: CheckResult | None = None
    seconds: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Stage:
    """A named step of the check: reads what earlier stages left on the run, adds its own."""

    name: str
    run: Callable[[CheckRun], None]


def _read_reports(run: CheckRun) -> None:
    """Reports first, so a bad report path fails before any slow work; the archive is
    opened when there is one (and must be, when no report was given)."""
    from verify.report import load_report

    run.reports = [load_report(path, run.settings) for path in run.report_paths]
    run.previous = [load_report(path, run.settings) for path in run.previous_paths]
    run.archive = _archive(run.settings, required=not run.reports)


def _warm_model(run: CheckRun) -> None:
    """Load the sentence model now, so a bad ``model`` setting fails at the start."""
    run.encoder.warm_up()


def _extract(run: CheckRun) -> None:
    run.extracted = extract(run.release_source, run.settings, run.stdin)


def _pair(run: CheckRun) -> None:
    """With no report given, the archive's report for the release; beside any previous
    report given, the council's other earlier ones from the archive, so a claim about an
    inspection before the one given is judged against its own report (drift36: 'found
    inadequate in 2015', with 2018's report given, was left unchecked)."""
    if run.archive is None:
        return
    if not run.reports:
        from verify.archive.pairing import pair_release

        release, claims = run.extracted.release, run.extracted.claims
        chosen, _, run.pairing = pair_release(release, claims, run.archive)
        run.reports = [run.archive.load(chosen)]
    given = {p.sha256 for p in run.previous}
    run.previous += [
        p
        for report in run.reports
        for p in run.archive.earlier_than(report)
        if p.sha256 not in given
    ]


def _match(run: CheckRun) -> None:
    """Align, judge and list omissions: every claim against the reports."""
    result = check_claims(
        run.extracted.release,
        run.extracted.claims,
        run.reports,
        run.previous,
        run.settings,
        run.encoder,
        archive=run.archive,
    )
    run.result = result.model_copy(update={"pairing": run.pairing}) if run.pairing else result


STAGES: tuple[Stage, ...] = (
    Stage("reports", _read_reports),
    Stage("model", _warm_model),
    Stage("extract", _extract),
    Stage("pair", _pair),
    Stage("match", _match),
)
TIMED = (*(stage.name for stage in STAGES), "encode")
"""The keys of ``CheckRun.seconds``: every stage, and the encoder's own work."""


def run_stages(run: CheckRun, stages: tuple[Stage, ...] = STAGES) -> CheckRun:
    """Run ``stages`` in order on ``run``, timing each; closes the archive at the end.

    An exception from a stage leaves with that stage's name in its ``stage``
    attribute, so the CLI and batch lines can say where a check failed. The
    encoder's loading and encoding are moved out of the stage they happened in
    into ``model`` and ``encode``: a stage's own time is what is left.
    """
    seconds = run.seconds
    for name in TIMED:
        seconds.setdefault(name, 0.0)
    encoder = run.encoder
    try:
        for stage in stages:
            began = time.perf_counter()
            loaded, encoded = encoder.load_seconds, encoder.encode_seconds
            try:
                stage.run(run)
            except Exception as exc:
                exc.stage = stage.name  # type: ignore[attr-defined]
                raise
            finally:
                model = encoder.load_seconds - loaded
                encode = encoder.encode_seconds - encoded
                seconds[stage.name] += time.perf_counter() - began - model - encode
                seconds["model"] += model
                seconds["encode"] += encode
    finally:
        if run.archive is not None:
            run.archive.close()
    return run


def run_check(
    release_source: str,
    report_paths: list[str],
    previous_paths: list[str],
    settings: Settings,
    encoder: Encoder | None = None,
    stdin: BinaryIO | None = None,
) -> CheckRun:
    """``check``, returning the whole run: the result, the reports it was checked
    against (so nothing loads them again) and each stage's seconds."""
    encoder = encoder if encoder is not None else Encoder(settings)
    run = CheckRun(release_source, report_paths, previous_paths, settings, encoder, stdin)
    return run_stages(run)


def check(
    release_source: str,
    report_paths: list[str],
    previous_paths: list[str],
    settings: Settings,
    encoder: Encoder | None = None,
    stdin: BinaryIO | None = None,
) -> CheckResult:
    """Check the release at ``release_source`` against the reports at ``report_paths``.

    The stages (``STAGES``) read the reports, load the model, extract the claims,
    pair the release with the archive's report when none was given (and take the
    council's other earlier reports from it, beside any previous report given), then
    match and judge. ``encoder`` lets a long-lived caller (batch, web, benchmarks) share
    one loaded model. ``stdin`` is the stream a shell passes for the release '-'.
    """
    return run_check(release_source, report_paths, previous_paths, settings, encoder, stdin).result


def _archive(settings: Settings, required: bool) -> Archive | None:
    """The archive, when one has been built (required when no report was given).

    Imported only then: the archive's modules take 0.4 s to import.
    """
    if not required and not settings.archive_path.is_file():
        return None
    from verify.archive import Archive

    return Archive(settings.archive_path)
