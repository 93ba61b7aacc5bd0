"""Shared fixtures. Tests that read ../shared skip when it is absent, but fail in CI."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("VERIFY_SHARED", ROOT.parent / "shared"))
REPORTS = SHARED / "corpora" / "ofsted" / "reports"
SEEDS = SHARED / "seeds"
TEST_DATA = Path(__file__).resolve().parent / "data"


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
def _no_user_archive(monkeypatch, tmp_path):
    """Commands run by tests never find an archive the user has built (VERIFY_ARCHIVE)."""
    monkeypatch.setenv("VERIFY_ARCHIVE", str(tmp_path / "no-archive"))


@pytest.fixture()
def settings(tmp_path):
    """Settings with a private cache and no archive, so tests never touch the user's cache
    or depend on an archive the user has built."""
    from verify.settings import Settings

    return Settings(cache_dir=str(tmp_path / "cache"), archive=str(tmp_path / "no-archive"))
