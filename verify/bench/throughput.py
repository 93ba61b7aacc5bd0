"""`make bench` section: batch throughput and peak memory on the synthetic set.

A fixed sample of the set (every ``STRIDE``-th release, so every era of report
is in it) is checked once to warm the report and embedding caches, then timed
in one process and with a pool over all cores, as a data desk would run it.
Peak memory is the largest resident set of this process and of any worker.
"""

from __future__ import annotations

import os
import resource
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

STRIDE = 8


def _timed(pairs, settings, workers: int) -> tuple[float, int, int]:
    """Seconds, releases checked and claims checked for one batch run into a scratch file."""
    from verify.batch import read_lines, run_batch

    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "results.jsonl"
        began = time.perf_counter()
        summary = run_batch(pairs, out, settings, workers=workers)
        seconds = time.perf_counter() - began
        claims = sum(len(line.result.claims) for line in read_lines(out).values() if line.ok)
    return seconds, summary.checked, claims


def _peak_mib() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest child, in MiB (Linux KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, child


def run(shared: Path, console: Console) -> None:
    from verify.evaluation.synthetic import the_set
    from verify.synth.dataset import set_pairs

    found = the_set(shared, console)
    if found is None:
        return
    folder, settings = found
    pairs = set_pairs(folder)[::STRIDE]
    cores = os.cpu_count() or 1
    console.print(f"{len(pairs)} releases (every {STRIDE}th of the set); warming caches ...")
    _timed(pairs, settings, 1)
    table = Table(
        "run",
        "workers",
        "releases",
        "claims",
        "seconds",
        "releases/s",
        "claims/s",
        title="batch throughput (warm report and embedding caches)",
    )
    for label, workers in (("single process", 1), ("all cores", cores)):
        seconds, releases, claims = _timed(pairs, settings, workers)
        table.add_row(
            label,
            str(workers),
            str(releases),
            str(claims),
            f"{seconds:.1f}",
            f"{releases / seconds:.2f}",
            f"{claims / seconds:.1f}",
        )
    console.print(table)
    own, child = _peak_mib()
    console.print(
        f"peak memory: {own:.0f} MiB in this process, {child:.0f} MiB in the largest "
        f"worker (ru_maxrss); {cores} cores"
    )
