"""`verify review` on hostile notes, results and folders: one line, nothing lost."""

from __future__ import annotations

import json

import pytest
from hostile_inputs import DEMO_REPORT, QUOTE_RELEASE, ignores_permissions

NOTE = "see [/] para 9 [bold]\x1b]0;t\x07 :warning:"


@pytest.fixture()
def result_path(cli, tmp_path):
    """A saved check result with at least one flag (a misquote)."""
    release = tmp_path / "release.txt"
    release.write_text(
        QUOTE_RELEASE.replace("go the extra mile", "always go the extra mile"), encoding="utf-8"
    )
    out = tmp_path / "result.json"
    run = cli("check", str(release), str(DEMO_REPORT), "--format", "json", "--output", str(out))
    assert run.code == 0, run.stderr
    flagged = [c for c in json.loads(out.read_text())["claims"] if c["verdict"] != "supported"]
    assert any(c["kind"] == "quote" for c in flagged)
    return out


def _flag(path) -> str:
    claims = json.loads(path.read_text())["claims"]
    return next(c["id"] for c in claims if c["kind"] == "quote")


def test_a_note_with_markup_is_saved_and_every_later_review_shows_it(cli, result_path):
    claim = _flag(result_path)
    run = cli("review", str(result_path), "--dismiss", claim, "--note", NOTE)
    assert run.code == 0, run.stderr
    for _ in range(2):
        run = cli("review", str(result_path), "--no-interactive")
        assert run.code == 0, run.stderr
        assert "see [/] para 9 [bold]" in " ".join(run.stdout.split())
        assert "\x1b" not in run.stdout and "\x07" not in run.stdout
    saved = json.loads(result_path.with_suffix(".review.json").read_text())
    assert saved["decisions"][0]["note"] == NOTE, "the note is stored exactly as written"


def test_interactive_review_shows_hostile_text_as_text(cli, result_path):
    note = "see [/] para 9"
    run = cli("review", str(result_path), "--interactive", input=f"d\n{note}\nq\n")
    assert run.code == 0, run.stderr
    saved = json.loads(result_path.with_suffix(".review.json").read_text())
    assert saved["decisions"][0]["note"] == note


def test_a_folder_given_as_result_is_one_line(cli, tmp_path):
    run = cli("review", str(tmp_path))
    assert run.code == 2
    run.one_line_error(str(tmp_path))


@pytest.mark.parametrize("content", [b"", b"not json", b"{}", b"\x00\xff" * 100, b"[]"])
def test_a_file_that_is_not_a_result_is_one_line(cli, tmp_path, content):
    path = tmp_path / "result.json"
    path.write_bytes(content)
    run = cli("review", str(path))
    assert run.code == 2
    assert "not a" in run.one_line_error(str(path))


def test_a_damaged_review_file_is_one_line_and_kept(cli, result_path):
    review = result_path.with_suffix(".review.json")
    review.write_text('{"release_sha256": "x", "decisions": [', encoding="utf-8")
    run = cli("review", str(result_path), "--confirm", _flag(result_path))
    assert run.code == 2
    run.one_line_error(str(review))
    assert review.read_text(encoding="utf-8").endswith("[")


@pytest.mark.skipif(ignores_permissions(), reason="this user writes anywhere (root)")
def test_a_read_only_review_folder_is_one_line(cli, result_path, tmp_path):
    tmp_path.chmod(0o500)
    try:
        run = cli("review", str(result_path), "--confirm", _flag(result_path))
    finally:
        tmp_path.chmod(0o700)
    assert run.code == 2
    run.one_line_error("review.json")


def test_a_review_path_that_is_a_folder_is_one_line(cli, result_path, tmp_path):
    folder = tmp_path / "decisions"
    folder.mkdir()
    run = cli("review", str(result_path), "--review", str(folder), "--confirm", _flag(result_path))
    assert run.code == 2
    run.one_line_error(str(folder))
