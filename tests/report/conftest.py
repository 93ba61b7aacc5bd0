"""The 256 real reports, each parsed once per test session (through the disk cache)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from verify.errors import VerifyError
from verify.report import load_report
from verify.settings import Settings

_DATED = re.compile(r"(\d{2} [a-z]+ \d{4})\.pdf$")


@pytest.fixture(scope="session")
def corpus(reports_dir: Path, tmp_path_factory) -> dict[str, object]:
    """Relative path -> Report, or the VerifyError the file raised."""
    settings = Settings(cache_dir=str(tmp_path_factory.mktemp("report-cache")))
    parsed: dict[str, object] = {}
    for path in sorted(reports_dir.glob("*/*.pdf")):
        try:
            parsed[relative(path, reports_dir)] = load_report(path, settings)
        except VerifyError as exc:
            parsed[relative(path, reports_dir)] = exc
    return parsed


@pytest.fixture(scope="session")
def history(reports_dir: Path) -> dict[str, dict[str, str]]:
    """ilacs_history.csv rows keyed by our relative path (urn folder + publication date)."""
    with open(reports_dir.parent / "ilacs_history.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    by_key = {(r["urn"], _dated(r["pdf_filename"])): r for r in rows}
    found = {}
    for path in sorted(reports_dir.glob("*/*.pdf")):
        row = by_key.get((path.parent.name.split("_")[0], _dated(path.name)))
        if row:
            found[relative(path, reports_dir)] = row
    return found


def relative(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def _dated(name: str) -> str:
    match = _DATED.search(name)
    return match.group(1) if match else name
