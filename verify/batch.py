"""Check many (release, reports) pairs, in one process or a pool over all cores.

Each result is appended to a JSON-lines file the moment it is ready and
flushed, so a crash, a bad pair or Ctrl-C never costs results already computed;
a pair that fails becomes an error line naming the problem, and a rerun skips
the pairs already done. Each worker loads the sentence model once and keeps it
for every pair it checks.
"""

from __future__ import annotations

import csv
import json
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from pathlib import Path

from pydantic import Field

from verify.errors import BadPairsFile, VerifyError
from verify.match import Encoder
from verify.pipeline import check
from verify.settings import Settings
from verify.types import CheckResult, Model


class Pair(Model):
    """One release and the report(s) it is about."""

    id: str
    release: str
    reports: list[str]
    previous: list[str] = Field(default_factory=list)


class BatchLine(Model):
    """One line of the output: the result, or the one-line error that stopped this pair."""

    id: str
    release: str
    reports: list[str]
    ok: bool
    seconds: float
    result: CheckResult | None = None
    error: str | None = None


class BatchSummary(Model):
    checked: int = 0
    failed: int = 0
    skipped: int = Field(0, description="Pairs already in the output from an earlier run.")
    seconds: float = 0.0


def check_pair(pair: Pair, settings: Settings, encoder: Encoder) -> BatchLine:
    """Check one pair; any failure becomes an error line rather than an exception.

    Unexpected exceptions are caught too: in a run over thousands of releases,
    one parser bug must cost one line, not the run.
    """
    began = time.perf_counter()
    try:
        result = check(pair.release, pair.reports, pair.previous, settings, encoder)
    except Exception as exc:  # noqa: BLE001 - recorded, see docstring
        if not isinstance(exc, VerifyError):
            return _line(pair, began, error=f"{pair.release}: {type(exc).__name__}: {exc}")
        return _line(pair, began, error=str(exc))
    return _line(pair, began, result=result)


def _line(
    pair: Pair, began: float, result: CheckResult | None = None, error: str | None = None
) -> BatchLine:
    return BatchLine(
        id=pair.id,
        release=pair.release,
        reports=pair.reports,
        ok=error is None,
        seconds=time.perf_counter() - began,
        result=result,
        error=error,
    )


def done_ids(out_path: Path) -> set[str]:
    """Ids already checked successfully in ``out_path`` (a rerun retries the failures)."""
    if not out_path.is_file():
        return set()
    return {pair_id for pair_id, line in read_lines(out_path).items() if line.ok}


def run_batch(
    pairs: Sequence[Pair],
    out_path: str | Path,
    settings: Settings,
    workers: int = 1,
    on_line: Callable[[BatchLine], None] | None = None,
) -> BatchSummary:
    """Check ``pairs``, appending one JSON line per pair to ``out_path``.

    ``workers`` 1 runs in this process; more starts a pool of that many
    processes (0: one per core).
    """
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    already = done_ids(out)
    todo = [p for p in pairs if p.id not in already]
    summary = BatchSummary(skipped=len(pairs) - len(todo))
    began = time.perf_counter()
    workers = workers or os.cpu_count() or 1
    with open(out, "a", encoding="utf-8") as handle:
        lines = _checked(todo, settings, workers) if workers > 1 else _in_process(todo, settings)
        for line in lines:
            handle.write(line.model_dump_json() + "\n")
            handle.flush()
            summary.checked += line.ok
            summary.failed += not line.ok
            if on_line:
                on_line(line)
    summary.seconds = time.perf_counter() - began
    return summary


def _in_process(pairs: Iterable[Pair], settings: Settings) -> Iterable[BatchLine]:
    encoder = Encoder(settings)
    for pair in pairs:
        yield check_pair(pair, settings, encoder)


_WORKER: dict[str, object] = {}


def _start_worker(settings: Settings) -> None:
    _WORKER["settings"] = settings
    _WORKER["encoder"] = Encoder(settings)


def _work(pair: Pair) -> BatchLine:
    return check_pair(pair, _WORKER["settings"], _WORKER["encoder"])


def _checked(pairs: Sequence[Pair], settings: Settings, workers: int) -> Iterable[BatchLine]:
    """Lines as the pool finishes them; if a worker dies, the unfinished pairs become errors."""
    context = multiprocessing.get_context("spawn")  # torch and fork do not mix
    if not settings.threads:
        # One torch thread a worker: N workers of N threads each on N cores spend
        # their time contending, not encoding.
        settings = replace(settings, threads=max(1, (os.cpu_count() or 1) // workers))
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start_worker, initargs=(settings,)
    ) as pool:
        futures = {pool.submit(_work, pair): pair for pair in pairs}
        for future in as_completed(futures):
            pair = futures[future]
            try:
                yield future.result()
            except BrokenProcessPool as exc:
                yield _line(
                    pair,
                    time.perf_counter(),
                    error=f"{pair.release}: a worker process died ({exc})",
                )


def read_lines(path: str | Path) -> dict[str, BatchLine]:
    """The lines of a batch output by pair id (the last line wins).

    A line cut short by a crash is skipped, so its pair counts as not done.
    """
    lines: dict[str, BatchLine] = {}
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            try:
                line = BatchLine.model_validate_json(raw)
            except ValueError:
                continue
            lines[line.id] = line
    return lines


RELEASE_SUFFIXES = {".txt", ".md", ".html", ".htm"}


def folder_pairs(folder: str | Path) -> list[Pair]:
    """Every release in ``folder`` with no report: each is paired with its report (and
    the previous one) from the archive when checked."""
    releases = sorted(
        p for p in Path(folder).iterdir() if p.is_file() and p.suffix.lower() in RELEASE_SUFFIXES
    )
    return [Pair(id=p.stem, release=str(p), reports=[]) for p in releases]


def read_pairs(path: str | Path) -> list[Pair]:
    """Pairs from a .jsonl file ({"release", "reports", "previous"?, "id"?} per line) or a
    .csv with columns release and report (several reports separated by ';')."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BadPairsFile(str(path), str(exc)) from exc
    try:
        if path.suffix.lower() == ".csv":
            rows = [
                {"release": r["release"], "reports": r["report"].split(";")}
                for r in csv.DictReader(raw.splitlines())
            ]
        else:
            rows = [json.loads(line) for line in raw.splitlines() if line.strip()]
        return [
            Pair(
                id=str(row.get("id", i)),
                release=row["release"],
                reports=[r for r in row["reports"] if r],
                previous=row.get("previous", []),
            )
            for i, row in enumerate(rows)
        ]
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise BadPairsFile(str(path), f"{type(exc).__name__}: {exc}") from exc
