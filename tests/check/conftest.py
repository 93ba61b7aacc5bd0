"""Fixtures for the checkers' tests: an invented report with a previous inspection."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import REPORT_TEXT, make_report

from verify.types import PreviousInspection, Report


@pytest.fixture()
def report() -> Report:
    return make_report(
        previous=[
            PreviousInspection(
                text="The last inspection, in March 2019, judged the local authority to be good.",
                year=2019,
                kind="inspection",
                grade="good",
                start=REPORT_TEXT.index("The last inspection"),
                end=REPORT_TEXT.index("to be good.") + len("to be good."),
            )
        ]
    )


@pytest.fixture(scope="session")
def archive_db(reports_dir: Path, tmp_path_factory) -> Path:
    """The archive of every report in ../shared, built once for the history stress tests."""
    from verify.archive import build_archive

    db = tmp_path_factory.mktemp("history-archive") / "archive.sqlite"
    build_archive([reports_dir], db, workers=2)
    return db
