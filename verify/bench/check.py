"""`make bench` check: each seed article checked cold and warm.

Cold: a new process (`verify check ... --format json`) with an empty cache, as a
fact-checker's first run. Warm: in this process with the model loaded and the
reports parsed and embedded, as in batch or web use. The warm run is split into
loading reports, extracting claims, encoding and the rest of matching/checking.
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

from verify.check import check_claims
from verify.evaluation.verdicts import GOLD
from verify.match import Encoder
from verify.settings import Settings


def cold(release: str, reports: list[str], previous: list[str], cache: str) -> float:
    """Seconds for a fresh `verify check` process with an empty cache."""
    entry = "from verify.cli import main; main()"
    args = [sys.executable, "-c", entry, "check", release, *reports, "--format", "json"]
    for p in previous:
        args += ["--previous", p]
    env = {**os.environ, "VERIFY_CACHE_DIR": cache}
    began = time.perf_counter()
    done = subprocess.run(args, capture_output=True, text=True, env=env, check=False)
    elapsed = time.perf_counter() - began
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr else "failed")
    json.loads(done.stdout)
    return elapsed


def warm(
    release: str, reports: list[str], previous: list[str], settings: Settings, encoder: Encoder
) -> dict[str, float]:
    """Seconds per stage for a check with the model loaded and the reports cached."""
    from verify.pipeline import extract
    from verify.report import load_report

    encoder.forget()  # the release's own sentences are encoded again, as for a new release
    encoded_before = encoder.encode_seconds
    t0 = time.perf_counter()
    loaded = [load_report(p, settings) for p in reports]
    earlier = [load_report(p, settings) for p in previous]
    t1 = time.perf_counter()
    extracted = extract(release, settings)
    t2 = time.perf_counter()
    check_claims(extracted.release, extracted.claims, loaded, earlier, settings, encoder)
    t3 = time.perf_counter()
    encoding = encoder.encode_seconds - encoded_before
    return {
        "reports": t1 - t0,
        "extract": t2 - t1,
        "encode": encoding,
        "match": t3 - t2 - encoding,
        "total": t3 - t0,
    }


def run(shared: Path, console: Console) -> None:
    if not (shared / "seeds").exists():
        console.print(f"[yellow]skipped: {shared}/seeds is absent[/]")
        return
    reports_dir = shared / "corpora" / "ofsted" / "reports"
    table = Table(
        "seed",
        "claims",
        "cold s",
        "model load",
        "warm s",
        "reports",
        "extract",
        "encode",
        "match+check",
        title="verify check: cold (new process, empty cache) and warm",
    )
    with tempfile.TemporaryDirectory() as cache:
        settings = Settings(cache_dir=str(Path(cache) / "warm"))
        encoder = Encoder(settings)
        for gold_file in sorted(GOLD.glob("*.json")):
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            release = str(shared / "seeds" / gold["seed"])
            reports = [str(reports_dir / r) for r in gold["reports"]]
            previous = [str(reports_dir / r) for r in gold["previous"]]
            cold_s = cold(release, reports, previous, str(Path(cache) / f"cold-{gold_file.stem}"))
            warm(release, reports, previous, settings, encoder)  # parse, embed, load model
            w = warm(release, reports, previous, settings, encoder)
            table.add_row(
                gold["seed"][:3],
                str(len(gold["claims"])),
                f"{cold_s:.1f}",
                f"{encoder.load_seconds:.1f} s ({encoder.load_seconds / cold_s:.0%})",
                f"{w['total']:.2f}",
                f"{w['reports']:.2f}",
                f"{w['extract']:.2f}",
                f"{w['encode']:.2f} ({w['encode'] / w['total']:.0%})",
                f"{w['match']:.2f} ({w['match'] / w['total']:.0%})",
            )
    console.print(table)
    console.print("Model load is measured once, in this process, and includes importing torch.")
