"""`verify batch`: a line per pair and exit 2 on a failure; with --db, a run killed between its
output line and the database loses nothing; progress when piped."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from tests.newsroom_helpers import hand_result
from verify.batch import BatchLine, Pair
from verify.cli import main
from verify.cli.batch import _store
from verify.store import ResultsDB

DEMO = Path(__file__).resolve().parents[2] / "corpora" / "demo"


def test_verify_batch_writes_every_line_and_exits_2_on_a_failure(tmp_path, monkeypatch):
    monkeypatch.setenv("VERIFY_CACHE_DIR", str(tmp_path / "cache"))
    report = str(DEMO / "report.txt")
    pairs = [
        Pair(id="good", release=str(DEMO / "release.html"), reports=[report]),
        Pair(id="missing", release=str(tmp_path / "nowhere.txt"), reports=[report]),
    ]
    listing = tmp_path / "pairs.jsonl"
    listing.write_text("".join(p.model_dump_json() + "\n" for p in pairs))
    out = tmp_path / "results.jsonl"
    result = CliRunner().invoke(main, ["batch", str(listing), "--output", str(out)])
    assert result.exit_code == 2
    assert "1 checked, 1 failed" in result.output
    assert len(out.read_text().splitlines()) == 2


def test_results_in_the_output_but_not_the_database_are_stored_on_the_rerun(tmp_path):
    out, db_path = tmp_path / "out.jsonl", tmp_path / "desk.db"
    kept = BatchLine(
        id="a",
        key="k1",
        release="a.html",
        reports=["a.pdf"],
        ok=True,
        seconds=1.0,
        result=hand_result(),
    )
    failed = BatchLine(
        id="b",
        key="k2",
        release="b.html",
        reports=["b.pdf"],
        ok=False,
        seconds=0.1,
        error="b.html: no such file",
    )
    out.write_text(kept.model_dump_json() + "\n" + failed.model_dump_json() + "\n")
    store = _store(db_path, out)
    assert store.done_pairs() == {"k1"}
    _store(db_path, out)  # again: nothing doubled
    assert len(ResultsDB(db_path).releases()) == 1


def test_progress_when_piped_is_a_line_on_stderr(capsys):
    from verify.cli.batch import _Progress

    with _Progress(total=2, every=0.0) as progress:
        progress.advance(True)
        progress.advance(False)
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith("verify batch: 1/2 checked, 0 failed")
    assert lines[-1].startswith("verify batch: 2/2 checked, 1 failed")
