"""`make bench` check: each seed article checked cold and warm, split into stages.

Cold: a new process (`verify check ... --format json`, run under
``verify.bench.stages``) with an empty cache, as a fact-checker's first run; the
process times its own stages and prints them. Warm: ``verify.pipeline.run_check``
in this process with the model loaded and the reports parsed and embedded, as in
batch or web use. Both are split by the pipeline's own stage clocks
(``verify.pipeline.TIMED``) into loading reports, loading the model, extracting
claims, pairing, encoding and the rest of matching/checking, so every share is
measured in the run it is printed for.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from verify.evaluation.verdicts import seed_set
from verify.match import Encoder
from verify.settings import Settings


def cold(release: str, reports: list[str], previous: list[str], cache: str) -> dict[str, float]:
    """Seconds per stage for a fresh `verify check` process with an empty cache.

    ``total`` is the process's wall time as seen from here; ``other`` is what the
    stages leave: Python's start-up and exit, imports, the CLI and writing the JSON.
    """
    result = Path(cache) / "result.json"
    args = [sys.executable, "-m", "verify.bench.stages", release, *reports]
    for p in previous:
        args += ["--previous", p]
    args += ["--format", "json", "--output", str(result)]
    env = {**os.environ, "VERIFY_CACHE_DIR": cache}
    began = time.perf_counter()
    done = subprocess.run(args, capture_output=True, text=True, env=env, check=False)
    total = time.perf_counter() - began
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr else "failed")
    stages = json.loads(done.stdout.strip().splitlines()[-1])["stages"]
    claims = len(json.loads(result.read_text(encoding="utf-8"))["claims"])
    return {**stages, "other": total - sum(stages.values()), "total": total, "claims": claims}


def warm(
    release: str, reports: list[str], previous: list[str], settings: Settings, encoder: Encoder
) -> dict[str, float]:
    """Seconds per stage for a check with the model loaded and the reports cached."""
    from verify.pipeline import run_check

    encoder.forget()  # the release's own sentences are encoded again, as for a new release
    began = time.perf_counter()
    run = run_check(release, reports, previous, settings, encoder)
    total = time.perf_counter() - began
    return {**run.seconds, "total": total, "claims": len(run.result.claims)}


def _share(seconds: float, total: float) -> str:
    """``1.23 (45%)``: a stage's seconds and its share of the run."""
    return f"{seconds:.2f} ({seconds / total:.0%})" if total > 0 else f"{seconds:.2f}"


def run(shared: Path, console: Console, limit: int | None = None) -> None:
    """Both tables; ``limit`` checks only the first that many seeds (for trying it out)."""
    if not (shared / "seeds").exists():
        console.print(f"[yellow]skipped: {shared}/seeds is absent[/]")
        return
    stages = ("reports", "model load", "extract", "pair", "encode", "match+check")
    cold_table = Table(
        "seed",
        "claims",
        "cold s",
        *stages,
        "other",
        title="verify check cold: a new process, empty cache (s, share of cold)",
    )
    warm_table = Table(
        "seed",
        "claims",
        "warm s",
        *stages,
        title="verify check warm: model loaded, reports cached (s, share of warm)",
    )
    with tempfile.TemporaryDirectory() as cache:
        settings = Settings(cache_dir=str(Path(cache) / "warm"))
        encoder = Encoder(settings)
        seeds = seed_set(shared)
        for gold_file in seeds.files()[:limit]:
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            release, reports, previous = seeds.paths(gold)
            c = cold(release, reports, previous, str(Path(cache) / f"cold-{gold_file.stem}"))
            warm(release, reports, previous, settings, encoder)  # parse, embed, load model
            w = warm(release, reports, previous, settings, encoder)
            seed = gold["seed"][:3]
            keys = ("reports", "model", "extract", "pair", "encode", "match")
            cold_table.add_row(
                seed,
                str(c["claims"]),
                f"{c['total']:.1f}",
                *(_share(c[k], c["total"]) for k in (*keys, "other")),
            )
            warm_table.add_row(
                seed,
                str(w["claims"]),
                f"{w['total']:.2f}",
                *(_share(w[k], w["total"]) for k in keys),
            )
    console.print(cold_table)
    console.print(
        "Cold stages are timed inside each new process. model load: checking the weights' "
        "sha256, building or reading the ONNX graph and loading it; encode "
        "includes the report's sentences (nothing is cached yet); other: Python start-up "
        "and exit, imports, the CLI and writing the JSON."
    )
    console.print(warm_table)
    console.print(
        "Warm: verify.pipeline.check in this process after one check of the same seed; "
        "the release's sentences are encoded again, the reports' come from the cache."
    )
