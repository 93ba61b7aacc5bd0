"""`verify batch FOLDER`: releases alone, each paired with its report from the archive."""

from __future__ import annotations

from click.testing import CliRunner

from verify.batch import read_lines
from verify.cli import main


def test_a_folder_of_releases_is_paired_from_the_archive(invented_db, tmp_path):
    releases = tmp_path / "releases"
    releases.mkdir()
    (releases / "rutland.txt").write_text(
        "Rutland County Council's children's services have been rated good by Ofsted after "
        "an inspection in February 2024.\n",
        encoding="utf-8",
    )
    (releases / "nowhere.txt").write_text("Ofsted rated the service good.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        main,
        ["batch", str(releases), "--output", str(out), "--archive", str(invented_db)],
        env={"VERIFY_CACHE_DIR": str(tmp_path / "cache")},
    )
    assert result.exit_code == 2  # one release names no council
    lines = read_lines(out)
    paired = lines["rutland"].result.pairing
    assert paired.report.endswith("children's services inspection - 12 march 2024.txt")
    assert paired.previous.endswith("children's services inspection - 14 june 2019.txt")
    assert "no report for this release in the archive" in lines["nowhere"].error
