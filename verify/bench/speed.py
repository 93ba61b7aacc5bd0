"""`make bench` speed: every way of running a check, side by side, against the Ctrl-F floor.

Rows, each the median of ``repeats`` runs, each run a new process so its time
and peak memory are its own:

* the Ctrl-F floor (``verify.bench.floor``) on the seed Salford release and its
  2024 (ILACS) report: PDF text plus a substring search of every quotation;
* cold check: `verify check` of the same pair, the report already parsed and
  its sentence vectors cached (what a fact-checker pays on a second release);
* first check of an uncached ILACS report (that pair, empty cache) and of an
  uncached SIF report (the Shropshire seed and its 2017 report);
* warm check: the four seed releases checked again in a process whose model is
  loaded and reports cached, as in batch or web use (seconds per release);
* batch: a sample of the synthetic set through `verify batch`, in one process
  and on all cores (releases per second, model loading and pool start included).

Ratios are seconds per release over the floor's seconds. The machine's load
average is printed before and after: on a shared machine every time is an upper
bound.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

REPEATS = 3
BATCH_STRIDE = 16
"""Every 16th release of the synthetic set (16 of 256): bounds the bench to minutes."""
SALFORD = (
    "000_2f49a2f69ef478c9.txt",
    "80548_salford/children's services inspection - 12 january 2024.pdf",
)
SHROPSHIRE_SIF = (
    "003_9a2c3ef254b6113a.txt",
    "80552_shropshire/children's services inspection - 24 november 2017.pdf",
)
TARGETS = {
    "cold": "<= 2 s",
    "ilacs": "<= 4 s",
    "warm": "<= 0.15 s",
    "batch all cores": ">= 5 releases/s",
}
PEAK_TARGET_MIB = 400


def _python(args: list[str], cache: Path) -> tuple[float, dict]:
    """Wall seconds and the last JSON line of ``python ARGS`` run with cache folder ``cache``."""
    env = {**os.environ, "VERIFY_CACHE_DIR": str(cache)}
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, check=False
    )
    seconds = time.perf_counter() - began
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr else "failed")
    return seconds, json.loads(done.stdout.strip().splitlines()[-1])


def _check(release: Path, report: Path, cache: Path, out: Path) -> tuple[float, float]:
    """Wall seconds and peak MiB of `verify check RELEASE REPORT --format json` in a new process."""
    args = ["-m", "verify.bench.stages", str(release), str(report), "--format", "json"]
    seconds, printed = _python([*args, "--output", str(out)], cache)
    return seconds, printed["peak_mib"]


def _median(runs: list[tuple[float, float]]) -> tuple[float, float]:
    """Median seconds and the largest peak of several (seconds, peak MiB) runs."""
    return statistics.median(s for s, _ in runs), max(p for _, p in runs)


def warm_job(spec_file: str) -> None:
    """In a new process: check each release once (warming), then ``repeats`` more times each;
    print the median seconds per release and this process's peak MiB."""
    from verify.bench.floor import peak_mib
    from verify.match import Encoder
    from verify.pipeline import check
    from verify.settings import Settings

    spec = json.loads(Path(spec_file).read_text(encoding="utf-8"))
    settings = Settings(cache_dir=spec["cache"])
    encoder = Encoder(settings)
    pairs = spec["pairs"]
    for release, reports, previous in pairs:
        check(release, reports, previous, settings, encoder)
    seconds = []
    for _ in range(spec["repeats"]):
        for release, reports, previous in pairs:
            encoder.forget()  # the release's own texts are encoded again, as for a new one
            began = time.perf_counter()
            check(release, reports, previous, settings, encoder)
            seconds.append(time.perf_counter() - began)
    print(json.dumps({"per_release": statistics.median(seconds), "peak_mib": peak_mib()}))


def _warm(shared: Path, scratch: Path, repeats: int) -> tuple[float, float]:
    from verify.evaluation.verdicts import seed_set

    seeds = seed_set(shared)
    pairs = [seeds.paths(json.loads(f.read_text(encoding="utf-8"))) for f in seeds.files()]
    spec = scratch / "warm.json"
    cache = scratch / "warm-cache"
    spec.write_text(json.dumps({"cache": str(cache), "pairs": pairs, "repeats": repeats}))
    code = "import sys; from verify.bench.speed import warm_job; warm_job(sys.argv[1])"
    _, printed = _python(["-c", code, str(spec)], cache)
    return printed["per_release"], printed["peak_mib"]


def _batch(shared: Path, console: Console, repeats: int) -> dict[str, tuple[float, float, str]]:
    """Seconds per release and peak MiB of the synthetic sample, one process and all cores."""
    from verify.bench.throughput import in_new_process, timed
    from verify.evaluation.synthetic import the_set
    from verify.synth.dataset import set_pairs

    found = the_set(shared, console)
    if found is None:
        return {}
    folder, settings = found
    pairs = set_pairs(folder)[::BATCH_STRIDE]
    timed(pairs, settings, 1)  # parse and embed the sample's reports once
    cores = os.cpu_count() or 1
    rows = {}
    for label, workers in (("batch, one process", 1), ("batch all cores", cores)):
        runs = [in_new_process(pairs, settings, workers) for _ in range(repeats)]
        per = statistics.median(r["seconds"] / max(r["releases"], 1) for r in runs)
        peak = max(max(r["main_mib"], r["worker_mib"] if workers > 1 else 0) for r in runs)
        rows[label] = (per, peak, f"{len(pairs)} releases, {workers} worker(s)")
    return rows


class _Rows(dict):
    """The table's rows, each also printed the moment it is measured (the bench is slow)."""

    def __init__(self, console: Console) -> None:
        super().__init__()
        self.console = console

    def __setitem__(self, label: str, row: tuple[float, float, str]) -> None:
        super().__setitem__(label, row)
        self.console.print(f"  {label}: {row[0]:.3f} s, peak {row[1]:.0f} MiB ({row[2]})")

    def update(self, rows: dict) -> None:
        for label, row in rows.items():
            self[label] = row


def run(shared: Path, console: Console, repeats: int = REPEATS) -> None:
    from rich.table import Table

    reports_dir = shared / "corpora" / "ofsted" / "reports"
    if not (shared / "seeds").exists() or not reports_dir.is_dir():
        console.print(f"[yellow]skipped: {shared}/seeds or its reports are absent[/]")
        return
    release, report = shared / "seeds" / SALFORD[0], reports_dir / SALFORD[1]
    sif_release, sif_report = shared / "seeds" / SHROPSHIRE_SIF[0], reports_dir / SHROPSHIRE_SIF[1]
    _compiled(console)
    load_before = os.getloadavg()
    rows = _Rows(console)
    with tempfile.TemporaryDirectory(prefix="verify-bench-") as tmp:
        scratch = Path(tmp)
        out = scratch / "result.json"
        floor = [
            _python(["-m", "verify.bench.floor", str(release), str(report)], scratch)
            for _ in range(repeats)
        ]
        rows["Ctrl-F floor"] = (
            statistics.median(s for s, _ in floor),
            max(p["peak_mib"] for _, p in floor),
            f"{floor[0][1]['found']} of {floor[0][1]['searched']} quotations found",
        )
        cached = scratch / "cached"
        _check(release, report, cached, out)  # parse the report and embed its sentences
        rows["cold check, report cached"] = (
            *_median([_check(release, report, cached, out) for _ in range(repeats)]),
            "new process",
        )
        for n, (label, rel, rep) in enumerate(
            (
                ("first check, uncached ILACS report", release, report),
                ("first check, uncached SIF report", sif_release, sif_report),
            )
        ):
            runs = [_check(rel, rep, scratch / f"empty-{n}-{i}", out) for i in range(repeats)]
            rows[label] = (*_median(runs), "new process, empty cache")
        per, peak = _warm(shared, scratch, repeats)
        rows["warm check, per release"] = (per, peak, "4 seed releases, model loaded")
    rows.update(_batch(shared, console, repeats))
    load_after = os.getloadavg()

    floor_seconds = rows["Ctrl-F floor"][0]
    table = Table(
        "run",
        "s / release",
        "x floor",
        "peak MiB",
        "target",
        "what",
        title=f"Speed and memory, median of {repeats} runs each ({os.cpu_count()} cores)",
    )
    targets = {
        "cold check, report cached": TARGETS["cold"],
        "first check, uncached ILACS report": TARGETS["ilacs"],
        "warm check, per release": TARGETS["warm"],
        "batch all cores": TARGETS["batch all cores"],
    }
    for label, (seconds, peak, what) in rows.items():
        table.add_row(
            label,
            f"{seconds:.3f}" + (f" ({1 / seconds:.1f}/s)" if label.startswith("batch") else ""),
            f"{seconds / floor_seconds:.1f}",
            f"{peak:.0f}" + (" !" if peak > PEAK_TARGET_MIB else ""),
            targets.get(label, ""),
            what,
        )
    console.print(table)
    console.print(
        f"Load average (1, 5, 15 min) before {_load(load_before)}, after {_load(load_after)}; "
        f"peak memory target <= {PEAK_TARGET_MIB} MiB a process (! marks a miss)."
    )


def _compiled(console: Console) -> None:
    """Write the package's bytecode before any new process is timed: a checkout run with
    PYTHONDONTWRITEBYTECODE set (as this machine's shells are) never gets it, and every
    cold row then paid for compiling the whole package from source (about 0.35 s of CPU a
    process here), which no installed copy pays."""
    import compileall

    import verify

    if not compileall.compile_dir(Path(verify.__file__).parent, quiet=1):
        console.print("[yellow]the package's bytecode could not all be written[/]")


def _load(averages: tuple[float, float, float]) -> str:
    return ", ".join(f"{a:.1f}" for a in averages)
