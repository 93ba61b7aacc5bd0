"""Check many (release, reports) pairs, in one process or a pool over all cores.

Each result is appended to a JSON-lines file the moment it is ready and
flushed, so a crash, a bad pair or Ctrl-C never costs results already computed;
a pair that fails becomes an error line naming the problem. Each worker loads
the sentence model once and keeps it for every pair it checks.

A pair is known by a key made from the sha256 of its files' bytes, not by its
place in the pairs file: a rerun skips exactly the pairs whose files it has
already checked (whatever was inserted or reordered), and checks again a pair
whose release or report has changed. One output file holds at most one line per
key: a failure is recorded once and retried only on request, and a lock keeps a
second run off an output that one run is writing.
"""

from __future__ import annotations

import csv
import json
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from filelock import FileLock, Timeout
from pydantic import Field

from verify.cache import sha256_bytes, sha256_file
from verify.errors import BadPairsFile, OutputBusy, UnwritableOutput, VerifyError
from verify.heap import frozen
from verify.match import Encoder
from verify.pipeline import check
from verify.settings import Settings
from verify.types import CheckResult, Model, Pair

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


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


class BatchSummary(Model):
    checked: int = 0
    failed: int = 0
    skipped: int = Field(0, description="Pairs already checked in an earlier run.")
    failed_before: int = Field(
        0, description="Pairs that failed in an earlier run and were not retried."
    )
    repaired: int = Field(0, description="Bytes of a cut-off last line removed from the output.")
    stopped_by: str | None = Field(None, description="The signal that stopped the run early.")
    seconds: float = 0.0


class Stopped(BaseException):
    """SIGINT or SIGTERM arrived; a BaseException so no ``except Exception`` swallows it."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


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


# --------------------------------------------------------------------------- keys


def pair_key(pair: Pair, digest: Callable[[str], str]) -> str:
    """The pair's identity: the sha256 of its release's and reports' digests, in order."""
    parts = [
        digest(pair.release),
        [digest(r) for r in pair.reports],
        [digest(p) for p in pair.previous],
    ]
    return sha256_bytes(json.dumps(parts).encode("utf-8"))


def file_digest() -> Callable[[str], str]:
    """A memoised digest of a source: its bytes' sha256 when it is a readable file; a URL
    or an unreadable path stands for itself (so the pair is checked once it is readable)."""
    memo: dict[str, str] = {}

    def digest(source: str) -> str:
        if source not in memo:
            try:
                memo[source] = sha256_file(source)
            except OSError:
                memo[source] = f"source:{source}"
        return memo[source]

    return digest


# --------------------------------------------------------------------------- the run

Runner = Callable[
    [Sequence[tuple[str, Pair]], Settings, int, Callable[[BatchLine], None]], None
]
"""Checks (key, pair)s and hands each line to ``write`` as it is ready: in this process,
in a local pool, or on a cluster (``verify.distributed``)."""


def run_batch(
    pairs: Sequence[Pair],
    out_path: str | Path,
    settings: Settings,
    workers: int = 1,
    on_line: Callable[[BatchLine], None] | None = None,
    retry_failed: bool = False,
    runner: Runner | None = None,
) -> BatchSummary:
    """Check ``pairs``, appending one JSON line per pair to ``out_path``.

    ``workers`` 1 runs in this process; more starts a pool of that many
    processes (0: one per core); ``runner`` replaces both (a cluster). SIGINT or
    SIGTERM stops the run (workers included) after writing every result already
    finished; the summary says so.
    """
    out = Path(out_path)
    began = time.perf_counter()
    if out.is_dir():
        raise UnwritableOutput(str(out), "it is a folder, not a file")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UnwritableOutput(str(out), exc.strerror or str(exc)) from exc
    with _locked(out):
        summary = BatchSummary(repaired=_repair_last_line(out))
        digest = file_digest()
        keyed = {pair_key(p, digest): p for p in pairs}
        earlier = read_keys(out)
        failed = {k for k, line in earlier.items() if not line.ok and k in keyed}
        if retry_failed and failed:
            _drop_lines(out, failed)
            earlier = {k: v for k, v in earlier.items() if k not in failed}
        todo = [(k, p) for k, p in keyed.items() if k not in earlier]
        summary.skipped = sum(line.ok for k, line in earlier.items() if k in keyed)
        summary.failed_before = len(keyed) - len(todo) - summary.skipped
        workers = workers or os.cpu_count() or 1
        try:
            with open(out, "a", encoding="utf-8") as handle, _stop_on_signals() as guard:

                def write(line: BatchLine) -> None:
                    with guard.writing():
                        handle.write(line.model_dump_json() + "\n")
                        handle.flush()
                    summary.checked += line.ok
                    summary.failed += not line.ok
                    if on_line:
                        on_line(line)

                if runner is None:
                    runner = _in_pool if workers > 1 and len(todo) > 1 else _in_process
                runner(todo, settings, workers, write)
        except Stopped as stop:
            summary.stopped_by = str(stop)
        except OSError as exc:
            raise UnwritableOutput(str(out), exc.strerror or str(exc)) from exc
    summary.seconds = time.perf_counter() - began
    return summary


def _in_process(
    todo: Sequence[tuple[str, Pair]],
    settings: Settings,
    workers: int,
    write: Callable[[BatchLine], None],
) -> None:
    encoder = Encoder(settings)
    for key, pair in todo:
        write(check_pair(pair, settings, encoder, key))


_WORKER: dict[str, object] = {}


def _start_worker(settings: Settings) -> None:
    # Ctrl-C (and a service manager's SIGTERM) reach the whole process group; only the
    # parent decides what stops, so a pair is never recorded as failed by the stop itself.
    for stop in STOP_SIGNALS:
        signal.signal(stop, signal.SIG_IGN)
    _WORKER["settings"] = settings
    _WORKER["encoder"] = Encoder(settings)


def _work(pair: Pair, key: str) -> BatchLine:
    return check_pair(pair, _WORKER["settings"], _WORKER["encoder"], key)


def _in_pool(
    todo: Sequence[tuple[str, Pair]],
    settings: Settings,
    workers: int,
    write: Callable[[BatchLine], None],
) -> None:
    """Lines as the pool finishes them; if a worker dies, its unfinished pairs become errors.

    Only a few pairs per worker are queued at a time, and on a stop signal every
    finished result is written before the workers are ended, so stopping takes
    about as long as ending a process, not as long as the queue.
    """
    method = start_method()
    if method == "fork":
        _preload_extraction()
    context = multiprocessing.get_context(method)
    if not settings.threads:
        # One torch thread a worker: N workers of N threads each on N cores spend
        # their time contending, not encoding.
        settings = replace(settings, threads=max(1, (os.cpu_count() or 1) // workers))
    # A forked worker's full collections scan only its own objects (12 seed checks in a
    # forked worker: 3 full collections in 0.46-0.59 s, 2 in 0.12-0.14 s frozen).
    with frozen(method == "fork"):
        _run_pool(todo, settings, workers, write, context)


def _run_pool(
    todo: Sequence[tuple[str, Pair]],
    settings: Settings,
    workers: int,
    write: Callable[[BatchLine], None],
    context: multiprocessing.context.BaseContext,
) -> None:
    """``_in_pool``'s pool, its workers started by ``context``."""
    pool = ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start_worker, initargs=(settings,)
    )
    queue = iter(todo)
    running: dict[Future[BatchLine], tuple[str, Pair]] = {}
    try:
        _submit(pool, queue, running, 2 * workers)
        while running:
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                write(_result(future, running.pop(future)))
            _submit(pool, queue, running, 2 * workers - len(running))
    except Stopped:
        try:
            for future in [f for f in running if f.done()]:
                write(_result(future, running[future]))
        finally:
            _end(pool)
        raise
    except BaseException:
        _end(pool)
        raise
    pool.shutdown(wait=True)  # every worker is idle by now


def _preload_extraction() -> None:
    """Import spaCy and build the extraction pipeline here, once, before the workers are
    forked: each starts with it (as with the checkers) instead of paying its import and
    ``spacy.blank`` (about 0.5 s of CPU a worker here) before its first pair. Loads no
    model and starts no thread, so forking stays safe (``start_method``)."""
    from verify.extract.nlp import pipeline

    pipeline()


def start_method() -> str:
    """How the pool starts its workers: 'fork' where it is safe, else 'spawn'.

    A forked worker starts with every module this process has imported (the
    checkers, numpy, rapidfuzz, pydantic's models): on 2 cores a spawned one
    spent about a second importing them again before its first pair. Fork is safe
    only on Linux, in a process that has not imported torch (torch and fork do not
    mix; the default ONNX encoder never imports it) and runs no other thread (a
    lock another thread holds would stay held in the child); otherwise each worker
    is spawned.
    """
    safe = (
        sys.platform.startswith("linux")
        and "fork" in multiprocessing.get_all_start_methods()
        and "torch" not in sys.modules
        and threading.active_count() == 1
    )
    return "fork" if safe else "spawn"


def _submit(
    pool: ProcessPoolExecutor,
    queue: Iterator[tuple[str, Pair]],
    running: dict[Future[BatchLine], tuple[str, Pair]],
    room: int,
) -> None:
    if room <= 0:
        return
    for key, pair in queue:
        running[pool.submit(_work, pair, key)] = (key, pair)
        room -= 1
        if room <= 0:
            return


def _result(future: Future[BatchLine], keyed: tuple[str, Pair]) -> BatchLine:
    key, pair = keyed
    try:
        return future.result()
    except BrokenProcessPool as exc:
        error = f"{pair.release}: a worker process died ({exc})"
        return batch_line(pair, key, time.perf_counter(), error=error)


def _end(pool: ProcessPoolExecutor) -> None:
    """Stop the pool now: cancel what is queued and end the workers still running.

    ``ProcessPoolExecutor`` offers no way to end running workers before Python
    3.14, so their processes are taken from the pool and killed directly (they
    ignore SIGTERM, see ``_start_worker``, and hold nothing to save: cache entries
    are written to a temporary file and renamed).
    """
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.kill()
    for process in processes:
        process.join(timeout=5)


class _Guard:
    """Turns SIGINT/SIGTERM into ``Stopped``, but never in the middle of writing a line."""

    def __init__(self) -> None:
        self.busy = False
        self.pending: int | None = None
        self.raised = False

    def handle(self, signum: int, frame: object) -> None:
        if self.raised:
            return  # already stopping; a second Ctrl-C must not cut the final writes
        if self.busy:
            self.pending = signum
            return
        self.raised = True
        raise Stopped(signum)

    @contextmanager
    def writing(self) -> Iterator[None]:
        self.busy = True
        try:
            yield
        finally:
            self.busy = False
        if self.pending is not None and not self.raised:
            self.raised = True
            raise Stopped(self.pending)


@contextmanager
def _stop_on_signals() -> Iterator[_Guard]:
    guard = _Guard()
    if threading.current_thread() is not threading.main_thread():
        yield guard  # signals are only delivered to the main thread
        return
    previous = {s: signal.signal(s, guard.handle) for s in STOP_SIGNALS}
    try:
        yield guard
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


# --------------------------------------------------------------------------- the output


@contextmanager
def _locked(out: Path) -> Iterator[None]:
    """Hold ``<out>.lock`` for the run, so a second run on the same output refuses to start."""
    lock = FileLock(str(out) + ".lock", timeout=0)
    try:
        lock.acquire()
    except Timeout as exc:
        raise OutputBusy(str(out)) from exc
    except OSError as exc:
        raise UnwritableOutput(str(out), exc.strerror or str(exc)) from exc
    try:
        yield
    finally:
        lock.release()


def _repair_last_line(out: Path) -> int:
    """Cut a last line left unfinished by a killed run; the bytes removed (0 if none).

    Such a fragment is never a whole result, and appending after it would fuse it
    with the next result into one unreadable line.
    """
    try:
        handle = open(out, "r+b")  # noqa: SIM115 - closed below, after the seek and truncate
    except FileNotFoundError:
        return 0
    with handle:
        size = handle.seek(0, os.SEEK_END)
        end = size
        while end > 0:
            start = max(0, end - (1 << 16))
            handle.seek(start)
            block = handle.read(end - start)
            if start + len(block) == size and block.endswith(b"\n"):
                return 0
            newline = block.rfind(b"\n")
            if newline >= 0:
                end = start + newline + 1
                break
            end = start
        handle.truncate(end)
        return size - end


def _drop_lines(out: Path, keys: set[str]) -> None:
    """Rewrite ``out`` without the lines of ``keys`` (failures about to be retried)."""
    tmp = out.with_name(out.name + ".tmp")
    with open(out, encoding="utf-8") as source, open(tmp, "w", encoding="utf-8") as kept:
        for raw in source:
            line = _parse(raw)
            if line is None or line.key not in keys:
                kept.write(raw)
    os.replace(tmp, out)


def _parse(raw: str) -> BatchLine | None:
    try:
        return BatchLine.model_validate_json(raw)
    except ValueError:
        return None


def read_keys(path: str | Path) -> dict[str, BatchLine]:
    """The lines of a batch output by pair key (lines written before keys existed have none
    and count as not done)."""
    path = Path(path)
    if not path.is_file():
        return {}
    with open(path, encoding="utf-8", errors="replace") as handle:
        return {line.key: line for raw in handle if (line := _parse(raw)) and line.key}


def read_lines(path: str | Path) -> dict[str, BatchLine]:
    """The lines of a batch output by pair id (the last line wins).

    A line cut short by a crash is skipped, so its pair counts as not done.
    """
    with open(path, encoding="utf-8", errors="replace") as handle:
        return {line.id: line for raw in handle if (line := _parse(raw))}


def done_ids(out_path: Path) -> set[str]:
    """Ids checked successfully in ``out_path``."""
    if not out_path.is_file():
        return set()
    return {pair_id for pair_id, line in read_lines(out_path).items() if line.ok}


# --------------------------------------------------------------------------- the pairs


RELEASE_SUFFIXES = {".txt", ".md", ".html", ".htm"}


def folder_pairs(folder: str | Path) -> list[Pair]:
    """Every release in ``folder`` with no report: each is paired with its report (and
    the previous one) from the archive when checked."""
    try:
        releases = sorted(
            p for p in Path(folder).iterdir()
            if p.is_file() and p.suffix.lower() in RELEASE_SUFFIXES
        )
    except OSError as exc:
        raise BadPairsFile(str(folder), exc.strerror or str(exc)) from exc
    if not releases:
        raise BadPairsFile(
            str(folder), f"a folder with no releases ({', '.join(sorted(RELEASE_SUFFIXES))})"
        )
    return [Pair(id=p.stem, release=str(p), reports=[]) for p in releases]


def read_pairs(path: str | Path) -> list[Pair]:
    """Pairs from a .jsonl file ({"release", "reports", "previous"?, "id"?} per line) or a
    .csv with columns release and report (several reports separated by ';')."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise BadPairsFile(str(path), "it is not UTF-8 text") from exc
    except OSError as exc:
        raise BadPairsFile(str(path), exc.strerror or str(exc)) from exc
    try:
        if path.suffix.lower() == ".csv":
            rows = [
                {"release": r["release"], "reports": (r["report"] or "").split(";")}
                for r in csv.DictReader(raw.splitlines())
            ]
        else:
            numbered = enumerate(raw.splitlines(), 1)
            rows = [_json_row(line, n) for n, line in numbered if line.strip()]
        pairs = [
            Pair(
                id=str(row.get("id", row["release"])),
                release=row["release"],
                reports=[r for r in _strings(row["reports"]) if r],
                previous=_strings(row.get("previous", [])),
            )
            for row in rows
        ]
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise BadPairsFile(str(path), f"{type(exc).__name__}: {exc}") from exc
    if not pairs:
        raise BadPairsFile(str(path), "it lists no pairs")
    return pairs


def _json_row(line: str, number: int) -> dict:
    try:
        row = json.loads(line)
    except ValueError as exc:
        raise ValueError(f"line {number} is not JSON") from exc
    if not isinstance(row, dict):
        raise ValueError(f"line {number} is not a JSON object")
    return row


def _strings(value: object) -> list[str]:
    """A list of paths; one path given as a bare string is a list of one."""
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"expected a list of paths, got {value!r:.60}")
    return value
