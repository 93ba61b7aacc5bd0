"""Batches on a Dask distributed cluster: a local cluster started by the test."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tests.conftest import ROOT
from verify.cli import main
from verify.store import ResultsDB

DEMO = ROOT / "corpora" / "demo"

pytestmark = [pytest.mark.slow, pytest.mark.model]


def test_batch_on_a_local_dask_cluster_checks_every_pair_and_stores_them(tmp_path):
    distributed = pytest.importorskip("distributed")
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text(
        json.dumps({"release": str(DEMO / "release.html"), "reports": [str(DEMO / "report.txt")]})
        + "\n"
        + json.dumps(
            {"release": str(tmp_path / "missing.txt"), "reports": [str(DEMO / "report.txt")]}
        )
        + "\n"
    )
    out, db = tmp_path / "out.jsonl", tmp_path / "desk.db"
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        run = CliRunner().invoke(
            main,
            [
                "batch",
                str(pairs),
                "-o",
                str(out),
                "--db",
                str(db),
                "--scheduler",
                cluster.scheduler_address,
            ],
        )
    assert run.exit_code == 2, run.output  # one pair's release is missing
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(line["ok"] for line in lines) == [False, True]
    assert "missing.txt" in next(line["error"] for line in lines if not line["ok"])
    (stored,) = ResultsDB(db).releases()
    assert stored.source.endswith("release.html") and stored.flags >= 1
