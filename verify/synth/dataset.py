"""The labelled set: one or more synthetic releases per real report, written to a folder.

The set is never committed: it is generated on demand into the cache (it only
depends on the reports, the seed and the generator's version) and read back by
the synthetic evaluation and the throughput benchmark.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import Field

from verify.errors import VerifyError
from verify.report import PARSER_VERSION, load_report
from verify.settings import Settings
from verify.synth.generator import VERSION, place_slug, synthesise
from verify.synth.models import SyntheticRelease
from verify.types import Model, Pair, Report

MANIFEST = "manifest.json"


class SetEntry(Model):
    name: str
    report: str
    claims: int


class SetManifest(Model):
    """What a set folder holds, and which reports could not be used (with why)."""

    version: str = VERSION
    seed: int
    releases: list[SetEntry] = Field(default_factory=list)
    skipped: list[str] = Field(default_factory=list, description="'path: reason' per report.")

    @property
    def claims(self) -> int:
        return sum(e.claims for e in self.releases)


def report_paths(reports_dir: str | Path) -> list[Path]:
    """Every report PDF under ``reports_dir``, in a stable order."""
    return sorted(Path(reports_dir).rglob("*.pdf"))


def write_set(
    paths: Sequence[Path],
    out_dir: str | Path,
    seed: int,
    settings: Settings,
    releases_per_report: int = 1,
    progress: Callable[[str], None] | None = None,
) -> SetManifest:
    """Synthesise releases for ``paths`` (each lending quotes to the others) into ``out_dir``.

    A report that cannot be read is recorded in the manifest and skipped, so one
    bad file never costs the rest of the set.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    manifest = SetManifest(seed=seed)
    reports: list[Report] = []
    for path in paths:
        try:
            reports.append(load_report(path, settings))
        except VerifyError as exc:
            manifest.skipped.append(str(exc))
        if progress:
            progress(str(path))
    seen: set[str] = set()
    for report in reports:
        stem = place_slug(report)
        if stem in seen:
            stem = f"{stem}-{report.sha256[:8]}"
        seen.add(stem)
        for k in range(releases_per_report):
            made = synthesise(report, reports, seed + k, name=f"{stem}-s{seed + k}")
            save(made, out)
            manifest.releases.append(
                SetEntry(name=made.name, report=made.report, claims=len(made.claims))
            )
    (out / MANIFEST).write_text(manifest.model_dump_json(indent=1), encoding="utf-8")
    return manifest


def build_set(
    reports_dir: str | Path,
    out_dir: str | Path,
    seed: int = 0,
    settings: Settings | None = None,
    releases_per_report: int = 1,
    progress: Callable[[str], None] | None = None,
) -> SetManifest:
    """The labelled set from every report under ``reports_dir`` (the 256 in ../shared)."""
    return write_set(
        report_paths(reports_dir),
        out_dir,
        seed,
        settings or Settings(),
        releases_per_report,
        progress,
    )


def save(made: SyntheticRelease, out_dir: Path) -> tuple[Path, Path]:
    """``<name>.txt`` (the release, as a user would pass it) and ``<name>.gold.json``."""
    text = out_dir / f"{made.name}.txt"
    gold = out_dir / f"{made.name}.gold.json"
    text.write_text(made.text, encoding="utf-8")
    gold.write_text(made.model_dump_json(indent=1), encoding="utf-8")
    return text, gold


def set_folder(settings: Settings, seed: int = 0) -> Path:
    """Where the cached set for ``seed`` lives. Its labels come from the parsed reports
    (grades, dates), so the folder is named by the parser's version and the generator's."""
    return settings.cache_path / "synth" / f"v{VERSION}-p{PARSER_VERSION}-seed{seed}"


def ensure_set(
    reports_dir: str | Path,
    settings: Settings,
    seed: int = 0,
    progress: Callable[[str], None] | None = None,
) -> tuple[Path, SetManifest]:
    """The cached set, built first if it is not there yet."""
    folder = set_folder(settings, seed)
    manifest_path = folder / MANIFEST
    if manifest_path.is_file():
        return folder, SetManifest.model_validate_json(manifest_path.read_text(encoding="utf-8"))
    return folder, build_set(reports_dir, folder, seed, settings, progress=progress)


def set_pairs(folder: str | Path) -> list[Pair]:
    """The set as batch pairs: each release file with the report it was made from."""
    folder = Path(folder)
    manifest = SetManifest.model_validate_json((folder / MANIFEST).read_text(encoding="utf-8"))
    return [
        Pair(id=e.name, release=str(folder / f"{e.name}.txt"), reports=[e.report])
        for e in manifest.releases
    ]


def load_set(folder: str | Path) -> list[SyntheticRelease]:
    """Every release of a set folder, in manifest order."""
    folder = Path(folder)
    manifest = SetManifest.model_validate_json((folder / MANIFEST).read_text(encoding="utf-8"))
    return [
        SyntheticRelease.model_validate_json(
            (folder / f"{e.name}.gold.json").read_text(encoding="utf-8")
        )
        for e in manifest.releases
    ]
