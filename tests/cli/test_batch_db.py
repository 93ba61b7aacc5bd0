"""`verify batch --db`: a run killed between its output line and the database loses nothing."""

from __future__ import annotations

from tests.newsroom_helpers import hand_result
from verify.batch import BatchLine
from verify.cli.batch import _store
from verify.store import ResultsDB


def test_results_in_the_output_but_not_the_database_are_stored_on_the_rerun(tmp_path):
    out, db_path = tmp_path / "out.jsonl", tmp_path / "desk.db"
    kept = BatchLine(id="a", key="k1", release="a.html", reports=["a.pdf"], ok=True,
                     seconds=1.0, result=hand_result())
    failed = BatchLine(id="b", key="k2", release="b.html", reports=["b.pdf"], ok=False,
                       seconds=0.1, error="b.html: no such file")
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
