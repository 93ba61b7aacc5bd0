"""Hostile releases, given to `verify extract` and `verify check`: one line naming the
file and what to do (exit 2), or a faithful reading; never a traceback or silence."""

from __future__ import annotations

import json
import os

import pytest
from hostile_inputs import DEMO_REPORT, QUOTE_RELEASE, ignores_permissions

BAD_RELEASES = {
    "empty.txt": (b"", "no text to check"),
    "blank.html": (b"  \n\t\n  ", "no text to check"),
    "binary.txt": (b"\x00\x01\x02\xff" * 2048, "looks binary"),
    "only-markup.html": (b"<html><body><script>var a=1;</script></body></html>", "no text"),
    "deep.html": (
        b"<html><body><article><p>The council welcomed the report.</p>"
        + b"<div>" * 400
        + b"<p>Inspectors said services for children are inadequate.</p>"
        + b"</div>" * 400
        + b"</article></body></html>",
        "nest 40",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_RELEASES))
def test_a_bad_release_is_one_line_and_exit_2(cli, tmp_path, name):
    content, problem = BAD_RELEASES[name]
    path = tmp_path / name
    path.write_bytes(content)
    for args in (["extract", str(path)], ["check", str(path), str(DEMO_REPORT)]):
        run = cli(*args)
        assert run.code == 2, args
        assert problem in run.one_line_error(str(path))


def test_a_release_over_the_limit_is_refused_before_it_is_read(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("VERIFY_MAX_RELEASE_BYTES", "100000")
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Ofsted rated us good. " * 10_000)
    run = cli("extract", str(path))
    assert run.code == 2
    assert "over the limit" in run.one_line_error(str(path), "VERIFY_MAX_RELEASE_BYTES")


def test_a_folder_or_a_missing_release_is_one_line(cli, tmp_path):
    run = cli("extract", str(tmp_path))
    assert run.code == 2
    assert "folder" in run.one_line_error(str(tmp_path))
    run = cli("check", str(tmp_path / "absent.txt"), str(DEMO_REPORT))
    assert run.code == 2
    run.one_line_error("absent.txt", "no such file")


@pytest.mark.skipif(ignores_permissions(), reason="this user (root) reads any file")
def test_an_unreadable_release_is_one_line(cli, tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text(QUOTE_RELEASE, encoding="utf-8")
    path.chmod(0)
    run = cli("extract", str(path))
    assert run.code == 2
    run.one_line_error(str(path))


def test_a_wrongly_encoded_release_is_read_not_refused(cli, tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(
        QUOTE_RELEASE.replace("\u201c", '"').replace("\u201d", '"').encode("cp1252")
        + "Cost: £5m, café.\n".encode("cp1252")
    )
    run = cli("extract", str(path), "--format", "json")
    assert run.code == 0, run.stderr
    assert "£5m, café" in json.loads(run.stdout)["release"]["text"]


def test_script_and_style_never_become_release_text(cli, tmp_path):
    path = tmp_path / "scripts.html"
    path.write_text(
        "<html><head><script>alert('x'); var rated = 'Outstanding';</script>"
        "<style>p { color: red }</style></head><body><article>"
        f"<p>{QUOTE_RELEASE}</p><script>document.write('Inspectors said: bad')</script>"
        "<p onclick=\"alert('y')\">Leaders welcomed the report.</p></article></body></html>",
        encoding="utf-8",
    )
    run = cli("extract", str(path), "--format", "json")
    assert run.code == 0, run.stderr
    text = json.loads(run.stdout)["release"]["text"]
    assert "alert" not in text and "document.write" not in text and "color: red" not in text
    assert "go the extra mile" in text


CONTROLS = "\x1b]0;owned\x07\x1b[2J\x1b[31m\x9b31m\u202e\u2066"


def test_control_and_bidi_characters_never_reach_the_terminal(cli, tmp_path):
    path = tmp_path / "controls.txt"
    path.write_text(
        f"Ashbury rated Good{CONTROLS} by Ofsted [/]\n\n"
        f"Inspectors said: \u201cCare leavers [/] are {CONTROLS}supported.\u201d\n",
        encoding="utf-8",
    )
    for args in (["extract", str(path)], ["check", str(path), str(DEMO_REPORT)]):
        run = cli(*args)
        assert run.code == 0, run.stderr
        for control in ("\x1b", "\x07", "\x9b", "\u202e", "\u2066"):
            assert control not in run.stdout, (args, control)
        assert "[/]" in run.stdout
    run = cli("extract", str(path), "--format", "json")
    release = json.loads(run.stdout)["release"]["text"]
    assert "\x1b" not in release and "\x9b" not in release


def test_markup_in_a_release_is_shown_as_written(cli, tmp_path):
    path = tmp_path / "markup.txt"
    path.write_text(
        "Ashbury [bold]rated[/bold] Good by Ofsted [/] [link=file:///etc/passwd]x[/link]\n\n"
        "Inspectors said: \u201cCare leavers are [/red] supported :warning:.\u201d\n",
        encoding="utf-8",
    )
    run = cli("extract", str(path))
    assert run.code == 0, run.stderr
    flat = " ".join(run.stdout.split())
    assert "[bold]rated[/bold]" in flat and "[/red]" in flat and ":warning:" in flat


def test_check_reads_the_release_from_stdin(cli, tmp_path):
    run = cli("check", "-", str(DEMO_REPORT), "--format", "json", input=QUOTE_RELEASE)
    assert run.code == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["release"]["source"] == "-"
    assert any(c["kind"] == "quote" for c in result["claims"])
    run = cli("extract", "-", "--format", "json", input=QUOTE_RELEASE.encode("utf-16"))
    assert run.code == 0, run.stderr


def test_check_output_into_a_missing_folder_fails_before_checking(cli, tmp_path):
    out = tmp_path / "no such folder" / "out.json"
    run = cli("check", str(tmp_path / "absent.txt"), str(DEMO_REPORT), "--output", str(out))
    assert run.code == 2
    run.one_line_error(str(out)), "the output is refused first, before the release is read"


def test_check_output_onto_a_folder_is_one_line(cli, tmp_path):
    release = tmp_path / "release.txt"
    release.write_text(QUOTE_RELEASE, encoding="utf-8")
    run = cli("check", str(release), str(DEMO_REPORT), "--output", str(tmp_path))
    assert run.code == 2
    run.one_line_error(str(tmp_path))


@pytest.mark.skipif(ignores_permissions(), reason="this user writes anywhere (root)")
def test_check_output_into_a_read_only_folder_is_one_line(cli, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    release = tmp_path / "release.txt"
    release.write_text(QUOTE_RELEASE, encoding="utf-8")
    run = cli("check", str(release), str(DEMO_REPORT), "--output", str(folder / "o.json"))
    assert run.code == 2
    run.one_line_error("o.json")


def test_a_fifo_as_release_does_not_hang(cli, tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    run = cli("extract", str(fifo))
    assert run.code == 2
    run.one_line_error(str(fifo))
