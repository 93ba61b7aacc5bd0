"""One evaluation run: each release checked once, one encoder, the options honoured."""

from __future__ import annotations

from io import StringIO

import pytest
from rich.console import Console

from verify.evaluation import run as run_module
from verify.evaluation import verdicts
from verify.evaluation.__main__ import SECTIONS, options
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


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--part", "dev", "synthetic"], "--part dev runs only the sections dev, history"),
        (["--part", "test", "--calibrate"], "--calibrate measures the dev part"),
        (["--calibrate"], "--calibrate measures the dev part"),
        (["--part", "dev", "--no-archive", "--calibrate"], "--calibrate measures the dev part"),
    ],
)
def test_options_a_run_cannot_honour_are_refused(args, said, capsys):
    """A part scores only its sections; the calibration is measured on the dev part alone,
    as `make eval` checks it (never the test part, which is only measured)."""
    with pytest.raises(SystemExit) as stopped:
        options(args)
    assert stopped.value.code == 2
    assert said in capsys.readouterr().err


def test_a_part_runs_the_dev_section_unless_history_is_named():
    assert options(["--part", "dev", "--calibrate"])[1] == ("dev",)
    assert options(["--part", "dev", "history"])[1] == ("history",)
    assert options(["--cache", "x", "--no-archive"])[1] == SECTIONS
