"""``run_batch``: a batch's pairs checked in this process, a pool or by a given runner,
each line appended to the output as it is ready."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import Field

from verify.batch.lines import BatchLine, check_pair
from verify.batch.output import drop_lines, locked, read_keys, repair_last_line
from verify.batch.pairs import file_digest, pair_key
from verify.batch.pool import in_pool
from verify.batch.stop import Stopped, stop_on_signals
from verify.errors import UnwritableOutput
from verify.match import Encoder
from verify.settings import Settings
from verify.types import Model, Pair


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


Runner = Callable[[Sequence[tuple[str, Pair]], Settings, int, Callable[[BatchLine], None]], None]
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
    with locked(out):
        summary = BatchSummary(repaired=repair_last_line(out))
        digest = file_digest()
        keyed = {pair_key(p, digest): p for p in pairs}
        earlier = read_keys(out)
        failed = {k for k, line in earlier.items() if not line.ok and k in keyed}
        if retry_failed and failed:
            drop_lines(out, failed)
            earlier = {k: v for k, v in earlier.items() if k not in failed}
        todo = [(k, p) for k, p in keyed.items() if k not in earlier]
        summary.skipped = sum(line.ok for k, line in earlier.items() if k in keyed)
        summary.failed_before = len(keyed) - len(todo) - summary.skipped
        workers = workers or os.cpu_count() or 1
        try:
            with open(out, "a", encoding="utf-8") as handle, stop_on_signals() as guard:

                def write(line: BatchLine) -> None:
                    with guard.writing():
                        handle.write(line.model_dump_json() + "\n")
                        handle.flush()
                    summary.checked += line.ok
                    summary.failed += not line.ok
                    if on_line:
                        on_line(line)

                if runner is None:
                    runner = in_pool if workers > 1 and len(todo) > 1 else _in_process
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
