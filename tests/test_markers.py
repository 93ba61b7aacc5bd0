"""The markers are kept honest by tests/conftest.py: tried here on a small suite of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

CONFTEST = Path(__file__).resolve().parent / "conftest.py"

SUITE = """
import contextlib
import os
from pathlib import Path

import pytest

from verify.settings import from_environment

SHARED = Path(os.environ["VERIFY_SHARED"])


def test_reads_shared_unmarked():
    (SHARED / "a.txt").read_text()


@pytest.mark.shared
def test_reads_shared_marked():
    (SHARED / "a.txt").read_text()


def test_reads_shared_through_the_fixture(shared, request):
    assert request.node.get_closest_marker("shared")
    (shared / "a.txt").read_text()


def test_opens_the_model_cache_unmarked():
    with contextlib.suppress(OSError):
        open(Path(from_environment().model_cache_dir) / "absent.onnx", "rb")


def test_unmarked_tests_get_the_stand_in(settings):
    assert settings.model == os.environ["VERIFY_MODEL"] == "test:hashing"
    assert from_environment().model == "test:hashing"


@pytest.mark.model
def test_model_tests_get_the_real_one(settings):
    assert settings.model == from_environment().model == "bundled:all-MiniLM-L6-v2"
"""


@pytest.mark.slow  # a pytest run of its own
def test_tests_opening_shared_or_the_model_unmarked_fail_and_fixtures_mark_shared(
    pytester, monkeypatch
):
    shared = pytester.mkdir("shared")
    (shared / "a.txt").write_text("a report")
    monkeypatch.setenv("VERIFY_SHARED", str(shared))
    monkeypatch.delenv("VERIFY_MODEL", raising=False)
    pytester.makeini("[pytest]\nmarkers =\n    shared: reads shared\n    model: the model\n")
    pytester.makeconftest(CONFTEST.read_text(encoding="utf-8"))
    pytester.makepyfile(test_suite=SUITE)
    # "not shared" leaves out the marked test and the one using the fixture; the unmarked
    # reader of ../shared still runs, and fails.
    run = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-m", "not shared")
    run.assert_outcomes(passed=2, failed=2, deselected=2)
    run.stdout.fnmatch_lines(
        [
            "*opened */shared/a.txt but is not marked `shared`*",
            "*opened */absent.onnx but is not marked `model`*",
        ]
    )
