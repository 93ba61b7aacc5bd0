"""The bench's cold check: `verify check` in a new process, timed by the pipeline's stages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from verify.pipeline import TIMED

ROOT = Path(__file__).resolve().parents[2]
DEMO_RELEASE = ROOT / "corpora" / "demo" / "release.html"
DEMO_REPORT = ROOT / "corpora" / "demo" / "report.txt"


@pytest.mark.model
def test_stages_prints_every_stage_and_writes_the_result(tmp_path):
    out = tmp_path / "result.json"
    args = [sys.executable, "-m", "verify.bench.stages", str(DEMO_RELEASE), str(DEMO_REPORT)]
    env = {"VERIFY_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    env["VERIFY_ARCHIVE"] = str(tmp_path / "no-archive.sqlite")
    done = subprocess.run(
        [*args, "--format", "json", "--output", str(out)],
        capture_output=True,
        text=True,
        env={**env, "PYTHONPATH": str(ROOT)},
        check=True,
    )
    printed = json.loads(done.stdout.strip().splitlines()[-1])
    assert set(printed["stages"]) == set(TIMED)
    assert printed["stages"]["model"] > 0  # the model is loaded at the start, not skipped
    assert sum(printed["stages"].values()) <= printed["elapsed"]
    assert printed["peak_mib"] > 0
    assert json.loads(out.read_text())["claims"]
