"""The batch runner: one JSON line per pair, failures recorded, nothing lost, reruns resume."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from verify.batch import Pair, done_ids, read_lines, read_pairs, run_batch
from verify.errors import BadPairsFile
from verify.report import load_report
from verify.synth import synthesise
from verify.synth.dataset import save

ROOT = Path(__file__).resolve().parents[1]
DEMO_REPORT = ROOT / "corpora" / "demo" / "report.txt"


@pytest.fixture()
def pairs(tmp_path, settings) -> list[Pair]:
    """Two good releases about the demo report, a missing release and a report that is not one."""
    report = load_report(DEMO_REPORT, settings)
    good = [save(synthesise(report, seed=s, quotes=4, findings=0), tmp_path)[0] for s in (1, 2)]
    not_a_report = tmp_path / "report.pdf"
    not_a_report.write_text("<html>moved</html>", encoding="utf-8")
    return [
        Pair(id="good-1", release=str(good[0]), reports=[str(DEMO_REPORT)]),
        Pair(id="missing", release=str(tmp_path / "nowhere.txt"), reports=[str(DEMO_REPORT)]),
        Pair(id="bad-report", release=str(good[0]), reports=[str(not_a_report)]),
        Pair(id="good-2", release=str(good[1]), reports=[str(DEMO_REPORT)]),
    ]


def test_batch_keeps_going_after_a_bad_pair(pairs, tmp_path, settings):
    out = tmp_path / "results.jsonl"
    summary = run_batch(pairs, out, settings)
    assert (summary.checked, summary.failed) == (2, 2)
    lines = read_lines(out)
    assert [json.loads(raw)["id"] for raw in out.read_text().splitlines()] == [p.id for p in pairs]
    assert lines["good-1"].ok and lines["good-1"].result.claims
    assert lines["good-2"].ok and lines["good-2"].result.claims
    assert not lines["missing"].ok and "nowhere.txt" in lines["missing"].error
    assert not lines["bad-report"].ok and "report.pdf" in lines["bad-report"].error


def test_a_rerun_skips_what_is_done_and_retries_failures_only_on_request(pairs, tmp_path, settings):
    out = tmp_path / "results.jsonl"
    run_batch(pairs, out, settings)
    again = run_batch(pairs, out, settings)
    assert (again.skipped, again.failed_before, again.checked, again.failed) == (2, 2, 0, 0)
    retried = run_batch(pairs, out, settings, retry_failed=True)
    assert (retried.skipped, retried.failed_before, retried.checked, retried.failed) == (
        2,
        0,
        0,
        2,
    )
    keys = [json.loads(raw)["key"] for raw in out.read_text().splitlines()]
    assert len(keys) == len(set(keys)) == 4, "each pair has exactly one line"


def test_a_line_cut_short_by_a_crash_is_checked_again(pairs, tmp_path, settings):
    out = tmp_path / "results.jsonl"
    run_batch(pairs[:1], out, settings)
    text = out.read_text()
    out.write_text(text + text[: len(text) // 2])
    assert done_ids(out) == {"good-1"}
    out.write_text(text[: len(text) // 2])
    assert done_ids(out) == set()


@pytest.mark.slow
def test_a_pool_of_workers_gives_the_same_verdicts(pairs, tmp_path, settings):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    run_batch(pairs, one, settings, workers=1)
    summary = run_batch(pairs, two, settings, workers=2)
    assert (summary.checked, summary.failed) == (2, 2)
    a, b = read_lines(one), read_lines(two)
    for pair in pairs:
        assert a[pair.id].ok == b[pair.id].ok
        if a[pair.id].ok:
            assert [c.verdict for c in a[pair.id].result.claims] == [
                c.verdict for c in b[pair.id].result.claims
            ]


def test_pairs_from_jsonl_and_csv(tmp_path):
    jsonl = tmp_path / "pairs.jsonl"
    jsonl.write_text(
        '{"release": "a.txt", "reports": ["r.pdf"]}\n\n'
        '{"id": "x", "release": "b.txt", "reports": ["r.pdf", "s.pdf"]}\n'
    )
    assert [(p.id, p.release, p.reports) for p in read_pairs(jsonl)] == [
        ("a.txt", "a.txt", ["r.pdf"]),
        ("x", "b.txt", ["r.pdf", "s.pdf"]),
    ]
    table = tmp_path / "pairs.csv"
    table.write_text("release,report\na.txt,r.pdf;s.pdf\n")
    assert read_pairs(table)[0].reports == ["r.pdf", "s.pdf"]


@pytest.mark.parametrize("content", ['{"release": "a.txt"}\n', "not json\n", '["a", "b"]\n'])
def test_a_bad_pairs_file_is_one_clear_error(tmp_path, content):
    path = tmp_path / "pairs.jsonl"
    path.write_text(content)
    with pytest.raises(BadPairsFile, match="pairs.jsonl"):
        read_pairs(path)
    with pytest.raises(BadPairsFile, match="absent.jsonl"):
        read_pairs(tmp_path / "absent.jsonl")


def test_the_pool_forks_only_where_it_is_safe(monkeypatch):
    """A forked worker skips importing the checkers again; a process that imported
    torch, or runs another thread, spawns its workers instead."""
    import sys
    import threading

    from verify.batch import start_method

    monkeypatch.delitem(sys.modules, "torch", raising=False)
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    expected = "fork" if sys.platform.startswith("linux") else "spawn"
    assert start_method() == expected
    monkeypatch.setattr(threading, "active_count", lambda: 2)
    assert start_method() == "spawn"
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    monkeypatch.setitem(sys.modules, "torch", object())
    assert start_method() == "spawn"


def test_the_extraction_pipeline_is_built_before_forking_and_keeps_fork_safe():
    """The parent builds spaCy's pipeline once for every forked worker; building it starts
    no thread and imports no torch, so the workers may still be forked."""
    import sys
    import threading

    from verify.batch.pool import _preload_extraction
    from verify.extract.nlp import pipeline

    threads, torch = threading.active_count(), "torch" in sys.modules
    _preload_extraction()
    assert pipeline.cache_info().currsize == 1
    assert threading.active_count() == threads and ("torch" in sys.modules) == torch


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_the_parents_objects_are_frozen_while_forked_workers_start_from_them(
    monkeypatch, settings, method
):
    """Before forking, the parent freezes what it holds (``gc.freeze``), so a worker's full
    collections scan only its own objects; a spawned worker shares nothing, so nothing is
    frozen; either way the parent is as it was once the pool ends."""
    import gc

    import verify.batch.pool as pool

    seen = []

    class Pool:
        def __init__(self, *args, **kwargs):
            seen.append(gc.get_freeze_count())

        def shutdown(self, wait=True):
            pass

    monkeypatch.setattr(pool, "start_method", lambda: method)
    monkeypatch.setattr(pool, "_preload_extraction", lambda: None)
    monkeypatch.setattr(pool, "ProcessPoolExecutor", Pool)
    before = gc.get_freeze_count()
    pool.in_pool([], settings, 2, lambda line: None)
    assert (seen[0] > before) == (method == "fork")
    assert gc.get_freeze_count() == before
