"""The archive built once per session: from the invented text reports in tests/data/archive
(no ../shared needed), and from the 256 real reports (shared, slow)."""

from __future__ import annotations

from pathlib import Path

import pytest
from archive_helpers import INVENTED

from verify.archive import build_archive


@pytest.fixture(scope="session")
def invented_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("archive") / "invented.sqlite"
    build_archive([INVENTED], db, workers=1)
    return db


@pytest.fixture(scope="session")
def real_db(reports_dir: Path, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("archive") / "real.sqlite"
    build_archive([reports_dir], db, workers=0)
    return db
