"""Every kind of report in ../shared/corpora/ofsted/reports is indexed with its grades:
SIF (with its separate reviews of a safeguarding board), ILACS standard and short
inspections of 2018, 2023 and 2026, and the 2013 inspections of services for looked-after
children. The one file refused is an HTML page saved under a .pdf name."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from verify.archive import Archive

pytestmark = [pytest.mark.shared, pytest.mark.slow]


def test_every_indexed_report_has_grades_and_every_framework_is_read(real_db):
    db = sqlite3.connect(real_db)
    ungraded = db.execute(
        "SELECT path FROM reports WHERE sha256 NOT IN (SELECT sha256 FROM judgements)"
    ).fetchall()
    kinds = set(db.execute("SELECT DISTINCT framework, inspection_type FROM reports"))
    refused = db.execute("SELECT path, reason FROM problems").fetchall()
    adequate = db.execute("SELECT count(*) FROM judgements WHERE grade = 'adequate'").fetchone()
    db.close()
    assert ungraded == []
    assert kinds == {
        ("sif", None),
        ("other", None),
        *((f"ilacs_{year}", kind) for year in (2018, 2023, 2026) for kind in ("standard", "short")),
    }
    assert [(Path(path).parent.name, "HTML page" in why) for path, why in refused] == [
        ("80431_blackpool", True)
    ]
    assert adequate[0] >= 3  # the 2013 looked-after-children grades on the old scale


def test_a_review_of_the_safeguarding_board_alone_is_not_the_previous_inspection(real_db):
    with Archive(real_db) as archive:
        reports = archive.reports_of("Surrey")
        review = next(r for r in reports if {j.name for j in r.judgements} == {"lscb"})
        after = next(r for r in reports if r.dated > review.dated)
        previous = archive.previous(after)
    assert previous is not None and previous.dated < review.dated
    assert "overall_effectiveness" in {j.name for j in previous.judgements}
