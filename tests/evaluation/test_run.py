"""One evaluation run: each release checked once, one encoder, the options honoured."""

from __future__ import annotations

import subprocess
import sys
from io import StringIO

import pytest
from rich.console import Console

from verify.evaluation import run as run_module
from verify.evaluation import verdicts
from verify.evaluation.run import EvalRun


@pytest.mark.slow
def test_a_run_checks_each_release_once_with_one_encoder(settings, tmp_path, monkeypatch):
    """Two sections scoring the same releases with the same archive share the checks."""
    calls = []
    real = run_module.run_check

    def counted(*args):
        calls.append(args[0])
        return real(*args)

    monkeypatch.setattr(run_module, "run_check", counted)
    cache = tmp_path / "cache"
    ev = EvalRun(tmp_path, Console(file=StringIO()), str(cache), base=settings)
    gold_set = verdicts.INVENTED_SET
    first, _ = verdicts.evaluate(gold_set, ev.settings(), ev.encoder, ev.check)
    again, _ = verdicts.evaluate(gold_set, ev.settings(), ev.encoder, ev.check)
    assert len(calls) == len(set(calls)) == len(gold_set.files())
    assert [p.tool for p in first] == [p.tool for p in again]
    assert ev.encoder is ev.encoder and ev.settings().cache_dir == str(cache)
    assert ev.settings().model == settings.model
    assert not ev.settings().archive_path.exists()


def test_a_part_runs_only_the_sections_that_score_one_part():
    done = subprocess.run(
        [sys.executable, "-m", "verify.evaluation", "--part", "dev", "synthetic"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert "--part dev runs only the sections dev, history" in done.stderr
