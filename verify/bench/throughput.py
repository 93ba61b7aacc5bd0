"""`make bench` section: batch throughput and peak memory on the synthetic set.

To bound the bench's run time only a fixed sample is timed: every ``STRIDE``-th
release of the set (32 releases of the set built from ../shared's 256 reports),
which spans every framework of report (SIF, ILACS 2018, 2023 and 2026). The
sample is checked once in this process to warm the report and embedding caches,
then timed as a data desk would run it: in one process, and with a pool over all
cores. Each timed run is a new process (``measure``), so its numbers are its
own, not this benchmark's or the earlier `verify check` processes': seconds are
``run_batch``'s wall time, including loading the model (once per process) and
starting the pool; peak memory is ``ru_maxrss`` of that run's main process and
of its largest pool worker.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # rich stays out of the measured processes
    from rich.console import Console

STRIDE = 8


def timed(pairs, settings, workers: int) -> dict[str, float]:
    """Seconds, releases and claims checked, and failures, for one batch run into a scratch file."""
    from verify.batch import read_lines, run_batch

    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "results.jsonl"
        began = time.perf_counter()
        summary = run_batch(pairs, out, settings, workers=workers)
        seconds = time.perf_counter() - began
        claims = sum(len(line.result.claims) for line in read_lines(out).values() if line.ok)
    return {
        "seconds": seconds,
        "releases": summary.checked,
        "failed": summary.failed,
        "claims": claims,
    }


def _largest_child_mib() -> float:
    """The largest peak resident set among this process's finished children, in MiB.

    Each child's figure is at least this process's own high-water mark when it was
    started (see ``verify.bench.floor.peak_mib``); the pool's main process is small, so for its
    workers that is their own peak.
    """
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KiB on Linux


def measure(job: str | None = None) -> None:
    """In a new process: time the batch in file ``job`` (argv[1]); print one JSON line.

    ``main_mib`` is this process's peak; ``worker_mib`` the largest peak among its
    finished children, which are only the pool's workers (none when run in-process).
    """
    from verify.batch import Pair
    from verify.bench.floor import peak_mib
    from verify.settings import Settings

    spec = json.loads(Path(job or sys.argv[1]).read_text(encoding="utf-8"))
    pairs = [Pair.model_validate(p) for p in spec["pairs"]]
    result = timed(pairs, Settings(**spec["settings"]), spec["workers"])
    result["main_mib"] = peak_mib()
    result["worker_mib"] = _largest_child_mib()
    print(json.dumps(result))


def in_new_process(pairs, settings, workers: int) -> dict[str, float]:
    """``measure`` for ``pairs`` in a new Python process."""
    with tempfile.TemporaryDirectory() as scratch:
        job = Path(scratch) / "job.json"
        spec = {
            "pairs": [p.model_dump() for p in pairs],
            "settings": asdict(settings),
            "workers": workers,
        }
        job.write_text(json.dumps(spec), encoding="utf-8")
        entry = "from verify.bench.throughput import measure; measure()"
        done = subprocess.run(
            [sys.executable, "-c", entry, str(job)], capture_output=True, text=True, check=False
        )
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr else "failed")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(shared: Path, console: Console, stride: int = STRIDE) -> None:
    from rich.table import Table

    from verify.evaluation.synthetic import the_set
    from verify.synth.dataset import set_pairs

    found = the_set(shared, console)
    if found is None:
        return
    folder, settings = found
    every = set_pairs(folder)
    pairs = every[::stride]
    cores = os.cpu_count() or 1
    sample = f"{len(pairs)} of {len(every)} releases (1 in {stride}, to bound the time)"
    console.print(f"timing {sample}; warming caches ...")
    timed(pairs, settings, 1)
    table = Table(
        "run",
        "workers",
        "releases",
        "claims",
        "seconds",
        "releases/s",
        "claims/s",
        "peak RSS main",
        "peak RSS worker",
        title=f"batch throughput: {sample}, warm caches",
    )
    for label, workers in (("single process", 1), ("all cores", cores)):
        r = in_new_process(pairs, settings, workers)
        failed = f" ({r['failed']} failed)" if r["failed"] else ""
        table.add_row(
            label,
            str(workers),
            f"{r['releases']}{failed}",
            str(r["claims"]),
            f"{r['seconds']:.1f}",
            f"{r['releases'] / r['seconds']:.2f}",
            f"{r['claims'] / r['seconds']:.1f}",
            f"{r['main_mib']:.0f} MiB",
            f"{r['worker_mib']:.0f} MiB" if workers > 1 else "-",
        )
    console.print(table)
    console.print(
        f"Each run is its own new process; seconds include loading the model in each "
        f"process and starting the pool. peak RSS: main = that run's main process "
        f"(VmHWM; for the single process it does all the checking); worker = the largest "
        f"of its {cores} pool workers (ru_maxrss). {cores} cores."
    )
