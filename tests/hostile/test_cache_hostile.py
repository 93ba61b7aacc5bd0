"""The cache holds data, never code; a damaged entry is deleted, rebuilt and reported once."""

from __future__ import annotations

import logging
import pickle
import random

import pytest
from hostile_inputs import DEMO_REPORT

from verify.cache import ArrayCodec, DiskCache, ModelCodec, sha256_file
from verify.report import PARSER_VERSION, load_report
from verify.types import Report


class _Planted:
    """Unpickling this runs code: it writes a marker file."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self):
        return (open, (self.marker, "w"))


def _entry(settings) -> tuple[DiskCache, str]:
    cache = DiskCache(settings.cache_path, "reports", PARSER_VERSION, ModelCodec(Report))
    return cache, sha256_file(DEMO_REPORT)


def test_a_planted_pickle_never_runs(settings, tmp_path, caplog):
    cache, key = _entry(settings)
    marker = tmp_path / "ran"
    payload = pickle.dumps(_Planted(str(marker)))
    cache.folder.mkdir(parents=True)
    # Where the old cache kept entries, and where this one keeps them.
    (cache.folder / f"{key}-{PARSER_VERSION}.pickle").write_bytes(payload)
    cache.path(key).write_bytes(payload)
    with caplog.at_level(logging.WARNING, logger="verify"):
        report = load_report(DEMO_REPORT, settings)
    assert not marker.exists(), "the planted pickle was run"
    assert report.authority and report.passages
    assert "damaged" in caplog.text
    assert load_report(DEMO_REPORT, settings) == report, "rebuilt and reused"


def test_every_flipped_byte_is_caught_and_rebuilt(settings, caplog):
    fresh = load_report(DEMO_REPORT, settings)
    cache, key = _entry(settings)
    good = cache.path(key).read_bytes()
    rng = random.Random(14)
    positions = rng.sample(range(len(good)), 60) + [0, len(good) - 1]
    for position in positions:
        damaged = bytearray(good)
        damaged[position] ^= 1 << rng.randrange(8)
        cache.path(key).write_bytes(bytes(damaged))
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="verify"):
            assert load_report(DEMO_REPORT, settings) == fresh, position
        assert len(caplog.records) == 1 and "damaged" in caplog.text, position
        assert cache.path(key).read_bytes() == good, "the entry is rebuilt"


@pytest.mark.parametrize("cut", [0, 10, 70, 200])
def test_a_cut_off_entry_is_rebuilt(settings, cut, caplog):
    fresh = load_report(DEMO_REPORT, settings)
    cache, key = _entry(settings)
    cache.path(key).write_bytes(cache.path(key).read_bytes()[:cut])
    with caplog.at_level(logging.WARNING, logger="verify"):
        assert load_report(DEMO_REPORT, settings) == fresh
    assert "damaged" in caplog.text


def test_an_entry_with_a_true_checksum_but_foreign_data_is_rebuilt(settings, caplog):
    """Valid framing around JSON that is not a report (another tool's file, an old format)."""
    fresh = load_report(DEMO_REPORT, settings)
    cache, key = _entry(settings)
    foreign = DiskCache(settings.cache_path, "reports", PARSER_VERSION, ArrayCodec())
    import numpy as np

    foreign.put("x", np.arange(3))
    cache.path(key).write_bytes(foreign.path("x").read_bytes())
    with caplog.at_level(logging.WARNING, logger="verify"):
        assert load_report(DEMO_REPORT, settings) == fresh
    assert "damaged" in caplog.text


def test_object_arrays_are_refused_both_ways(settings):
    import numpy as np

    cache = DiskCache(settings.cache_path, "embeddings", "1", ArrayCodec())
    with pytest.raises(ValueError):
        cache.put("k", np.array([object()], dtype=object))
    vectors = np.eye(3, dtype=np.float32)
    cache.put("k", vectors)
    assert (cache.get("k") == vectors).all()


def test_an_unwritable_cache_costs_only_speed(tmp_path):
    from verify.settings import Settings

    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be")
    settings = Settings(cache_dir=str(blocker))
    assert load_report(DEMO_REPORT, settings).passages


def test_the_command_line_shows_one_warning_line(cli, tmp_path):
    assert cli("report", str(DEMO_REPORT)).code == 0
    (entry,) = (tmp_path / "cache" / "reports").iterdir()
    entry.write_bytes(entry.read_bytes()[:-5] + b"XXXXX")
    run = cli("report", str(DEMO_REPORT))
    assert run.code == 0
    (line,) = run.stderr.splitlines()
    assert line.startswith("verify: warning: cache entry") and "rebuilt" in line
    assert cli("report", str(DEMO_REPORT)).stderr == "", "rebuilt once, then clean"
