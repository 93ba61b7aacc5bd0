"""Index every report under some folders into the archive, once per file content.

A file whose path, size and modification time are unchanged is not even read again; a
changed or new file is hashed, and parsed only when its sha256 is not in the archive
already (parsed by this parser version). Parsing runs in a pool of processes, because
reading PDFs is the slow step (pdfium's page and text loading is most of it): each worker
hands back the rows to insert, ready made, largest files first so no long one is left for
the end, and the database is written by this process alone. A file that is not a readable
Ofsted report is recorded with its one-line reason and skipped.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from pydantic import Field

from verify.archive.store import SCHEMA_VERSION, connect, report_date
from verify.cache import sha256_file
from verify.errors import InputNotFound, VerifyError
from verify.report import PARSER_VERSION, parse_report, read_document
from verify.types import Model, Report
from verify.words.councils import Council, council_named, councils

REPORT_SUFFIXES = {".pdf", ".txt", ".md"}


class Problem(Model):
    path: str
    reason: str


class BuildSummary(Model):
    """What one build did."""

    files: int = 0
    added: int = 0
    unchanged: int = Field(0, description="Files already in the archive with the same bytes.")
    failed: list[Problem] = Field(default_factory=list)
    seconds: float = 0.0


def build_archive(
    folders: Iterable[str | Path],
    db_path: str | Path,
    workers: int = 0,
    on_file: Callable[[str], None] | None = None,
    on_total: Callable[[int], None] | None = None,
) -> BuildSummary:
    """Bring the archive at ``db_path`` up to date with the reports under ``folders``.

    ``workers`` processes parse the new files (0: one per core); ``on_total`` is told how
    many files need parsing and ``on_file`` is called as each is done (a progress bar).
    """
    began = time.perf_counter()
    folders = list(folders)
    files = _files(folders)
    db = connect(db_path)
    try:
        _reset_if_stale(db)
        _write_councils(db)
        summary = BuildSummary(files=len(files))
        known_files = {
            path: (size, mtime, sha)
            for path, size, mtime, sha in db.execute(
                "SELECT path, size, mtime_ns, sha256 FROM files"
            )
        }
        indexed = {sha for (sha,) in db.execute("SELECT sha256 FROM reports")}
        refused = dict(db.execute("SELECT sha256, reason FROM problems"))
        todo: list[tuple[Path, str, int]] = []  # path, sha256, size
        _forget_vanished(db, known_files, files, folders)
        paths = {sha: path for sha, path in db.execute("SELECT sha256, path FROM reports")}
        for path, stat in files.items():
            known = known_files.get(str(path))
            sha = _sha(path, stat, known, db)
            if known and known[2] != sha:
                _forget(db, known[2])
                indexed.discard(known[2])
            if sha in refused and sha not in indexed:  # refused before: said again, not retried
                summary.failed.append(Problem(path=str(path), reason=refused[sha]))
                continue
            if sha in indexed:
                summary.unchanged += 1
                if sha in paths and paths[sha] != str(path):
                    db.execute("UPDATE reports SET path = ? WHERE sha256 = ?", (str(path), sha))
                continue
            todo.append((path, sha, stat.st_size))
            indexed.add(sha)  # the same bytes twice under two names are parsed once
        if on_total:
            on_total(len(todo))
        for path, sha, rows, reason in _parsed(todo, workers):
            if rows is not None:
                _store(db, rows)
            if reason:
                db.execute(
                    "INSERT OR REPLACE INTO problems VALUES (?, ?, ?)", (str(path), sha, reason)
                )
                summary.failed.append(Problem(path=str(path), reason=reason))
            else:
                summary.added += 1
            if on_file:
                on_file(str(path))
        db.commit()
    finally:
        db.close()
    summary.seconds = time.perf_counter() - began
    return summary


def _files(folders: Iterable[str | Path]) -> dict[Path, os.stat_result]:
    """Every report file under the folders, by absolute path, with its size and times."""
    found: dict[Path, os.stat_result] = {}
    for folder in map(os.path.abspath, folders):
        if os.path.isfile(folder):
            found[Path(folder)] = os.stat(folder)
        elif os.path.isdir(folder):
            found.update(_walk(folder))
        else:
            raise InputNotFound(str(folder))
    return dict(sorted(found.items()))


def _walk(folder: str) -> Iterator[tuple[Path, os.stat_result]]:
    """os.scandir's walk: each entry's stat comes with the listing, one call per folder."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir():
                yield from _walk(entry.path)
            elif entry.is_file() and os.path.splitext(entry.name)[1].lower() in REPORT_SUFFIXES:
                yield Path(entry.path), entry.stat()


def _forget(db, sha: str) -> None:
    """Remove a report (or a refused file) whose file changed or went away."""
    db.execute("DELETE FROM passages WHERE sha256 = ?", (sha,))
    db.execute("DELETE FROM reports WHERE sha256 = ?", (sha,))
    db.execute("DELETE FROM problems WHERE sha256 = ?", (sha,))


def _forget_vanished(db, known: dict, files: dict, folders: Iterable[str | Path]) -> None:
    """Reports whose file, under a folder being built, is no longer there."""
    roots = [os.path.abspath(f) for f in folders]
    present = {str(p) for p in files}
    for path, (_, _, sha) in known.items():
        if path not in present and any(path.startswith(root + os.sep) for root in roots):
            _forget(db, sha)
            db.execute("DELETE FROM files WHERE path = ?", (path,))


def _write_councils(db) -> None:
    """The shipped councils table, copied in when it changed, so SQL users can join on it."""
    rows = [
        (c.name, c.region, ";".join(c.aliases), _iso(c.valid_from), _iso(c.valid_until))
        for c in councils()
    ]
    if sorted(rows) == sorted(db.execute("SELECT * FROM councils")):
        return
    db.execute("DELETE FROM councils")
    db.executemany("INSERT INTO councils VALUES (?, ?, ?, ?, ?)", rows)


def _reset_if_stale(db) -> None:
    """Drop everything indexed by another parser or schema version: it is parsed again."""
    version = f"{SCHEMA_VERSION}/{PARSER_VERSION}"
    row = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
    if row and row[0] == version:
        return
    for table in ("judgements", "improvements", "passages", "reports", "problems"):
        db.execute(f"DELETE FROM {table}")
    db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (version,))


def _sha(path: Path, stat: os.stat_result, known: tuple[int, int, str] | None, db) -> str:
    """The file's sha256, read again only when its size or modification time changed."""
    if known and known[0] == stat.st_size and known[1] == stat.st_mtime_ns:
        return known[2]
    sha = sha256_file(path)
    db.execute(
        "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)",
        (str(path), stat.st_size, stat.st_mtime_ns, sha),
    )
    return sha


@dataclass(frozen=True)
class _Rows:
    """One report's rows for each table, made in the worker that parsed it."""

    sha256: str
    report: tuple
    judgements: list[tuple]
    improvements: list[tuple]
    passages: list[tuple]


def _parse(job: tuple[Path, str, int]) -> tuple[Path, str, _Rows | None, str | None]:
    """One file parsed into its rows, or the one-line reason it is not a readable report."""
    path, sha, _ = job
    try:
        return path, sha, *_rows(path, parse_report(read_document(path)))
    except VerifyError as exc:
        return path, sha, None, str(exc)
    except Exception as exc:  # noqa: BLE001 - one odd file must not stop a build
        return path, sha, None, f"{path}: {type(exc).__name__}: {exc}"


def _parsed(
    todo: list[tuple[Path, str, int]], workers: int
) -> Iterator[tuple[Path, str, _Rows | None, str | None]]:
    """Each file's rows as soon as it is parsed; the largest files are started first."""
    workers = min(workers or os.cpu_count() or 1, len(todo))
    if workers <= 1:
        yield from map(_parse, todo)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        jobs = [pool.submit(_parse, job) for job in sorted(todo, key=lambda j: -j[2])]
        for job in as_completed(jobs):
            yield job.result()


def _council(report: Report, path: Path) -> Council | None:
    """The authority: as the report prints it, else as its folder is named."""
    return council_named(report.authority) or council_named(path.parent.name)


def _rows(path: Path, report: Report) -> tuple[_Rows | None, str | None]:
    """A parsed report's rows, or the reason it cannot be placed."""
    council = _council(report, path)
    if council is None:
        return None, f"{path}: {report.authority!r} is not an English children's services authority"
    dated = report_date(report)
    if dated is None:
        return None, f"{path}: no publication or inspection date found"
    sha = report.sha256
    row = (
        sha,
        str(path),
        council.name,
        council.region,
        report.authority,
        report.framework,
        report.inspection_type,
        _iso(report.inspection_start),
        _iso(report.inspection_end),
        _iso(report.published),
        dated.isoformat(),
        report.lead_inspector,
        report.team.hmi,
        report.team.other,
        json.dumps(report.team.names),
        PARSER_VERSION,
        zlib.compress(report.model_dump_json().encode("utf-8"), 6),
    )
    return _Rows(
        sha,
        row,
        [(sha, j.name, j.grade, j.printed) for j in report.judgements],
        [(sha, p.number, p.text) for p in report.improvements],
        [(p.text, sha, p.id, p.number, p.page) for p in report.passages],
    ), None


def _store(db, rows: _Rows) -> None:
    """Write one parsed report, replacing any earlier rows of the same bytes."""
    _forget(db, rows.sha256)
    db.execute(f"INSERT INTO reports VALUES ({', '.join('?' * len(rows.report))})", rows.report)
    db.executemany("INSERT INTO judgements VALUES (?, ?, ?, ?)", rows.judgements)
    db.executemany("INSERT INTO improvements VALUES (?, ?, ?)", rows.improvements)
    db.executemany("INSERT INTO passages VALUES (?, ?, ?, ?, ?)", rows.passages)


def _iso(day) -> str | None:
    return day.isoformat() if day else None
