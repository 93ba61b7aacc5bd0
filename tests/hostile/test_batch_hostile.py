"""Batch never loses or doubles a result: content keys, a repaired last line, a lock,
failures recorded once, and real runs killed with SIGINT and SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from hostile_inputs import DEMO_REPORT, QUOTE_RELEASE

from verify.batch import Pair, read_keys, read_pairs, run_batch
from verify.errors import BadPairsFile, OutputBusy

HANG = 60
"""Seconds after which a stopped run counts as hung: a guard, not a timing (no timed tests)."""


def _releases(folder: Path, count: int, start: int = 0) -> list[Pair]:
    pairs = []
    for i in range(start, start + count):
        path = folder / f"release-{i}.txt"
        path.write_text(f"{QUOTE_RELEASE}\nRelease number {i}.\n", encoding="utf-8")
        pairs.append(Pair(id=f"r{i}", release=str(path), reports=[str(DEMO_REPORT)]))
    return pairs


def _lines(out: Path) -> list[dict]:
    """Every line of the output, each of which must be whole JSON."""
    return [json.loads(raw) for raw in out.read_text(encoding="utf-8").splitlines()]


def _assert_once_each(out: Path) -> set[str]:
    keys = [line["key"] for line in _lines(out)]
    assert len(keys) == len(set(keys)), "a pair was written twice"
    return set(keys)


def test_a_cut_off_last_line_is_repaired_not_fused_with_the_next(tmp_path, settings):
    pairs = _releases(tmp_path, 2)
    out = tmp_path / "out.jsonl"
    run_batch(pairs[:1], out, settings)
    whole = out.read_text(encoding="utf-8")
    out.write_text(whole + whole[: len(whole) // 3], encoding="utf-8")  # a killed write
    summary = run_batch(pairs, out, settings)
    assert summary.repaired == len(whole[: len(whole) // 3].encode("utf-8"))
    assert (summary.skipped, summary.checked) == (1, 1)
    assert len(_assert_once_each(out)) == 2
    assert run_batch(pairs, out, settings).skipped == 2, "nothing is redone on a rerun"


def test_a_pair_inserted_at_the_top_is_checked_not_skipped(tmp_path, settings):
    first, inserted = _releases(tmp_path, 1), _releases(tmp_path, 1, start=1)
    out = tmp_path / "out.jsonl"
    run_batch(first, out, settings)
    summary = run_batch(inserted + first, out, settings)
    assert (summary.checked, summary.skipped) == (1, 1)
    assert {line["release"] for line in _lines(out)} == {first[0].release, inserted[0].release}


def test_a_changed_release_is_checked_again_and_the_same_pair_twice_once(tmp_path, settings):
    pairs = _releases(tmp_path, 1)
    out = tmp_path / "out.jsonl"
    run_batch(pairs + pairs, out, settings)
    assert len(_lines(out)) == 1
    Path(pairs[0].release).write_text(QUOTE_RELEASE + "\nAmended.\n", encoding="utf-8")
    assert run_batch(pairs, out, settings).checked == 1


def test_a_second_run_on_the_same_output_is_refused(tmp_path, settings):
    from filelock import FileLock

    out = tmp_path / "out.jsonl"
    with FileLock(str(out) + ".lock"), pytest.raises(OutputBusy, match="out.jsonl"):
        run_batch(_releases(tmp_path, 1), out, settings)
    assert not out.exists() or out.read_text() == ""


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\n\n",
        b'{"release": 5, "reports": ["r.pdf"]}\n',
        b'{"release": "a.txt", "reports": [1, 2]}\n',
        b'{"release": "a.txt", "reports": "r.pdf"}\n{"release": "b.txt"}\n',
        b"\xff\xfe\x00binary",
        b'{"release": "a.txt", "reports": ["r.pdf"]',
        b"null\n",
    ],
)
def test_a_malformed_pairs_file_is_one_clear_error(tmp_path, content):
    path = tmp_path / "pairs.jsonl"
    path.write_bytes(content)
    with pytest.raises(BadPairsFile, match="pairs.jsonl"):
        read_pairs(path)


def test_a_malformed_pairs_file_on_the_command_line(cli, tmp_path):
    for name, content in [("pairs.csv", "file,reports\na,b\n"), ("pairs.jsonl", "[1]\n")]:
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        run = cli("batch", str(path), "--output", str(tmp_path / "out.jsonl"))
        assert run.code == 2
        run.one_line_error(str(path))
    run = cli("batch", str(tmp_path), "--output", str(tmp_path / "out.jsonl"))
    assert run.code == 2
    run.one_line_error(str(tmp_path))
    path = tmp_path / "pairs.jsonl"
    path.write_text(Pair(id="x", release="a.txt", reports=["b.pdf"]).model_dump_json())
    run = cli("batch", str(path), "--output", str(tmp_path))
    assert run.code == 2
    assert "folder" in run.one_line_error(str(tmp_path))


# --------------------------------------------------------------------------- killed runs


def _start(tmp_path: Path, pairs_file: Path, out: Path, workers: int) -> subprocess.Popen:
    env = {**os.environ, "VERIFY_CACHE_DIR": str(tmp_path / "cache")}
    code = "import sys; from verify.cli import main; sys.argv[0] = 'verify'; main()"
    return subprocess.Popen(
        [sys.executable, "-c", code, "batch", str(pairs_file), "--output", str(out)]
        + ["-j", str(workers)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for_lines(process: subprocess.Popen, out: Path, count: int) -> None:
    for _ in range(1200):  # polled, at most two minutes: worker start-up on a busy machine
        if out.exists() and len(out.read_text(encoding="utf-8").splitlines()) >= count:
            return
        if process.poll() is not None:
            pytest.fail(f"the run ended before {count} results: {process.stderr.read()}")
        time.sleep(0.1)
    process.kill()
    pytest.fail("no results after two minutes")


def _pairs_file(tmp_path: Path, count: int) -> tuple[Path, list[Pair]]:
    pairs = _releases(tmp_path, count)
    listing = tmp_path / "pairs.jsonl"
    listing.write_text("".join(p.model_dump_json() + "\n" for p in pairs), encoding="utf-8")
    return listing, pairs


@pytest.mark.slow
@pytest.mark.parametrize(
    ("stop", "workers"),
    [(signal.SIGINT, 2), (signal.SIGTERM, 2), (signal.SIGINT, 1)],
    ids=["SIGINT-j2", "SIGTERM-j2", "SIGINT-in-process"],
)
def test_a_stopped_run_ends_its_workers_and_keeps_every_result(tmp_path, stop, workers):
    # enough pairs that a fast machine is still mid-run when the signal comes: with 30,
    # two workers could finish them all first (the signal then met a finished run, -2)
    listing, pairs = _pairs_file(tmp_path, 300)
    out = tmp_path / "out.jsonl"
    process = _start(tmp_path, listing, out, workers)
    _wait_for_lines(process, out, 2)
    family = psutil.Process(process.pid).children(recursive=True)
    process.send_signal(stop)  # to the parent alone, as `kill` does
    try:
        process.wait(timeout=HANG)
    except subprocess.TimeoutExpired:
        process.kill()
        pytest.fail(f"{stop.name} did not stop the run")
    _, alive = psutil.wait_procs(family, timeout=HANG)
    assert not alive, f"left running: {[p.pid for p in alive]}"
    assert process.returncode == 128 + stop
    assert "every finished result is kept" in process.stderr.read()
    kept = _assert_once_each(out)
    assert 2 <= len(kept) < len(pairs), "stopped part way, with what was done"
    assert all(line["ok"] for line in _lines(out))

    process = _start(tmp_path, listing, out, workers)
    stdout, stderr = process.communicate(timeout=600)
    assert process.returncode == 0, stderr
    assert f"{len(kept)} already done" in stdout
    assert len(_assert_once_each(out)) == len(pairs), "the rerun finished the rest, once each"


@pytest.mark.slow
def test_two_runs_on_one_output_cannot_collide(tmp_path):
    listing, pairs = _pairs_file(tmp_path, 60)
    out = tmp_path / "out.jsonl"
    runs = [_start(tmp_path, listing, out, 1) for _ in range(2)]  # started together
    ended = sorted((run.wait(timeout=600), run.stderr.read()) for run in runs)
    assert [code for code, _ in ended] == [0, 2], ended
    assert "another `verify batch` is writing" in ended[1][1]
    assert len(_assert_once_each(out)) == len(pairs)


@pytest.mark.slow
def test_a_killed_run_loses_nothing_and_the_rerun_repairs_its_last_line(tmp_path):
    listing, pairs = _pairs_file(tmp_path, 30)
    out = tmp_path / "out.jsonl"
    process = _start(tmp_path, listing, out, 1)
    _wait_for_lines(process, out, 2)
    process.kill()  # SIGKILL: no chance to tidy up
    process.wait(timeout=60)
    with open(out, "a", encoding="utf-8") as handle:
        handle.write('{"id": "cut off mid-wri')  # as if killed inside a write
    before = [line for line in out.read_text(encoding="utf-8").splitlines()][:-1]
    process = _start(tmp_path, listing, out, 1)
    stdout, stderr = process.communicate(timeout=600)
    assert process.returncode == 0, stderr
    assert "removed a last line cut off" in stderr
    assert out.read_text(encoding="utf-8").splitlines()[: len(before)] == before
    assert len(_assert_once_each(out)) == len(pairs)
    assert set(read_keys(out)) == _assert_once_each(out)
