"""`verify archive build`: every readable report indexed once, bad files named and skipped,
nothing parsed again when nothing changed."""

from __future__ import annotations

import shutil
import sqlite3
import zlib
from datetime import date

from archive_helpers import INVENTED
from click.testing import CliRunner

from verify.archive import Archive, build_archive
from verify.cli import main


def test_build_indexes_reports_and_names_the_bad_files(tmp_path):
    summary = build_archive([INVENTED], tmp_path / "a.sqlite", workers=1)
    assert (summary.files, summary.added, summary.unchanged) == (5, 3, 0)
    reasons = {p.path.rsplit("/", 1)[-1]: p.reason for p in summary.failed}
    assert (
        "an HTML page, not a PDF" in reasons["children's services inspection - 01 april 2019.pdf"]
    )
    assert "not an Ofsted children's services inspection" in reasons["parish minutes.txt"]


def test_second_build_parses_nothing_and_a_changed_file_is_parsed_again(tmp_path):
    folder = tmp_path / "reports"
    shutil.copytree(INVENTED, folder)
    db = tmp_path / "a.sqlite"
    first = build_archive([folder], db, workers=1)
    again = build_archive([folder], db, workers=1)
    assert (again.added, again.unchanged) == (0, 3)
    # the two files refused before are named again (with their reason), not parsed again
    assert sorted(p.path for p in again.failed) == sorted(p.path for p in first.failed)
    changed = folder / "wokingham" / "children's services inspection - 20 may 2024.txt"
    changed.write_text(changed.read_text().replace("| Good |", "| Requires improvement |"))
    third = build_archive([folder], db, workers=1)
    assert (third.added, third.unchanged) == (1, 2)
    with Archive(db) as archive:
        (wokingham,) = archive.reports_of("Wokingham")
        assert archive.load(wokingham).grade_of("help_and_protection") == "requires_improvement"


def test_a_report_is_decoded_once_a_process_and_a_new_parse_of_it_is_read_again(tmp_path):
    """Each check opens the archive anew: a report it decoded before is not decoded again,
    but a stored parse that changed (an archive rebuilt by a newer parser) is never stale."""
    db = tmp_path / "a.sqlite"
    build_archive([INVENTED], db, workers=1)
    with Archive(db) as archive:
        older, _ = archive.reports_of("Rutland")
        first = archive.load(older)
    with Archive(db) as archive:
        assert archive.load(older) is first
    reparsed = first.model_copy(update={"authority": "Rutland, parsed again"})
    with sqlite3.connect(db) as con:
        con.execute(
            "UPDATE reports SET report = ? WHERE sha256 = ?",
            (zlib.compress(reparsed.model_dump_json().encode()), older.sha256),
        )
    with Archive(db) as archive:
        assert archive.load(older).authority == "Rutland, parsed again"


def test_council_reports_latest_and_previous(invented_db):
    with Archive(invented_db) as archive:
        assert archive.council("Rutland County Council").region == "East Midlands"
        older, newer = archive.reports_of("Rutland")
        assert (older.dated, newer.dated) == (date(2019, 6, 14), date(2024, 3, 12))
        assert (older.framework, newer.framework) == ("ilacs_2018", "ilacs_2023")
        assert (older.overall, newer.overall) == ("requires_improvement", "good")
        assert archive.latest_at("Rutland", date(2023, 1, 1)) == older
        assert archive.latest_at("Rutland", date(2019, 1, 1)) is None
        assert archive.previous(newer) == older
        assert archive.previous(older) is None
        assert [r.sha256 for r in archive.earlier_than(archive.load(newer))] == [older.sha256]


def test_quote_search_finds_the_report_holding_the_words(invented_db):
    with Archive(invented_db) as archive:
        (found,) = archive.find_quote(
            "Strategy discussions are timely, but too few include the police"
        )
        assert found.report.label == "Rutland 2019-06-14"
        assert found.passage.number == 2
        assert (
            archive.find_quote(
                "Strategy discussions are timely, but too few include the police",
                exclude=[found.report.sha256],
            )
            == []
        )
        assert archive.find_quote("Children in care are happy and settled in their new homes") == []


def test_cli_build_reports_counts_and_refusals(tmp_path):
    db = tmp_path / "a.sqlite"
    result = CliRunner().invoke(
        main, ["archive", "build", str(INVENTED), "--db", str(db), "-j", "1"]
    )
    assert result.exit_code == 0, result.output
    assert "3 added, 0 unchanged, 2 refused, of 5 files" in result.output
    shown = CliRunner().invoke(main, ["archive", "show", "rutland", "--db", str(db)])
    assert "2019-06-14  ilacs_2018  requires improvement" in shown.output


def test_cli_names_a_missing_archive(tmp_path):
    result = CliRunner().invoke(main, ["archive", "show", "rutland", "--db", str(tmp_path / "x")])
    assert result.exit_code == 2
    assert "no archive here; build one with `verify archive build`" in result.output
