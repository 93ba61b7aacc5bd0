"""The archive of ../shared's reports, built once per evaluation run and shared by its
sections.

The labelling conventions check national counts and historical claims against the archive
(../shared/dev/README.md), as a data desk that has run `verify archive build` checks its
releases: so the real articles are scored with it. It is built into the run's folder
(``--cache``: a rerun only checks it is up to date, under a second; else the run's
temporary folder, ``EvalRun.folder``), so `make eval` builds it once.
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Console


def shared_archive(shared: Path, console: Console, folder: str) -> Path | None:
    """The archive of ``shared``'s reports in ``folder`` (None when the reports are
    absent), built once."""
    reports = shared / "corpora" / "ofsted" / "reports"
    if not reports.is_dir():
        console.print(f"[yellow]no archive: {reports} is absent[/]")
        return None
    key = (reports.resolve(), Path(folder).resolve())
    if key not in _BUILT:
        _BUILT[key] = _build(*key, console)
    return _BUILT[key]


_BUILT: dict[tuple[Path, Path], Path] = {}
"""The archives built in this run, by reports folder and target folder."""


def _build(reports: Path, folder: Path, console: Console) -> Path:
    from verify.archive import build_archive

    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "archive.sqlite"
    built = build_archive([reports], db)
    console.print(
        f"archive: {built.added + built.unchanged} of {built.files} report files indexed, "
        f"{len(built.failed)} refused, "
        f"from {reports.parent.parent.parent.name}/corpora/ofsted/reports"
    )
    return db
