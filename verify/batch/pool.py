"""A batch's local pool: its workers (forked where safe), each with one model, and
ending them on a stop."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace

from verify.batch.lines import BatchLine, batch_line, check_pair
from verify.batch.stop import STOP_SIGNALS, Stopped
from verify.heap import frozen
from verify.match import Encoder
from verify.settings import Settings
from verify.types import Pair

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


def in_pool(
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
    """``in_pool``'s pool, its workers started by ``context``."""
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
