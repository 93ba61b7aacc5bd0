"""`verify extract`: the table, the JSON, and one-line errors with exit code 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from verify.cli import main
from verify.types import ExtractedRelease

RELEASES = Path(__file__).resolve().parent.parent / "data" / "releases"


def run(*args: str, stdin: bytes | None = None):
    return CliRunner().invoke(main, ["extract", *args], input=stdin)


def test_json_output_is_an_extracted_release():
    result = run(str(RELEASES / "multi_paragraph.txt"), "--format", "json")
    assert result.exit_code == 0, result.output
    extracted = ExtractedRelease.model_validate_json(result.output)
    text = extracted.release.text
    assert all(text[c.start : c.end] == c.text for c in extracted.claims)
    first = next(c for c in extracted.claims if c.kind == "quote")
    assert len(first.quote_pieces) == 3 and first.attribution.role == "council"
    raw = json.loads(result.output)
    assert {"release", "claims"} <= raw.keys() and "values" in raw["claims"][0]


def test_text_output_is_a_table(tmp_path):
    result = CliRunner(env={"COLUMNS": "200"}).invoke(
        main, ["extract", str(RELEASES / "tweet.txt")]
    )
    assert result.exit_code == 0, result.output
    assert "council: Sefton Council" in result.output
    assert "inspection_fact" in result.output and "duration_weeks=2" in result.output


def test_stdin():
    result = run("-", "--format", "json", stdin="Inspectors said: “Help is timely.”".encode())
    assert result.exit_code == 0
    [claim] = ExtractedRelease.model_validate_json(result.output).claims
    assert (claim.text, claim.attribution.role) == ("Help is timely.", "inspectors")


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "the release has no text to check"), (b"\x00\x01\x02" * 100, "looks binary")],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run(str(path))
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and message in lines[0]


def test_missing_file_and_size_limit(tmp_path):
    missing = run(str(tmp_path / "nope.html"))
    assert missing.exit_code == 2 and "no such file" in missing.output
    too_big = run(str(RELEASES / "council_news.html"), "--max-bytes", "100")
    assert too_big.exit_code == 2 and "over the limit" in too_big.output


# --------------------------------------------------------------------------- size limit

BIG_HEAD = (
    "Ashbury children's services rated Good by Ofsted\n\n"
    "Inspectors said care leavers are supported by “a committed team of personal advisers”.\n\n"
)
BIG_FILLER = "The borough hosted its annual summer fair in the park, and residents enjoyed it.\n"
BIG_TAIL = "\nCllr Sam Sample said: “This is a wonderful result for our staff.”\n"


def _twenty_megabytes(path: Path, joiner: str) -> Path:
    filler = joiner.join([BIG_FILLER.strip()] * (20_000_000 // len(BIG_FILLER)))
    path.write_text(BIG_HEAD + filler + "\n" + BIG_TAIL, encoding="utf-8")
    assert 19_500_000 < path.stat().st_size < 20_500_000
    return path


@pytest.fixture(scope="module")
def twenty_mb(tmp_path_factory) -> Path:
    """20 MB of text in short paragraphs, with quotations at its start and its end."""
    return _twenty_megabytes(tmp_path_factory.mktemp("big") / "big.txt", "\n")


@pytest.mark.slow
def test_twenty_megabyte_release_is_extracted_under_the_byte_limit(twenty_mb):
    from verify.settings import Settings

    # The default byte limit (25 MB) admits a 20 MB file; its text is over the default
    # text limit (200,000 characters), which a user raises for such a file.
    assert twenty_mb.stat().st_size < Settings().max_release_bytes
    runner = CliRunner(
        env={"VERIFY_MAX_RELEASE_BYTES": None, "VERIFY_MAX_RELEASE_CHARS": "30000000"}
    )
    result = runner.invoke(main, ["extract", str(twenty_mb), "--format", "json"])
    assert result.exit_code == 0, result.output[-2000:]
    extracted = ExtractedRelease.model_validate_json(result.stdout)
    text = extracted.release.text
    assert all(text[c.start : c.end] == c.text for c in extracted.claims)
    quotes = {c.text: c.attribution.role for c in extracted.claims if c.kind == "quote"}
    assert quotes["a committed team of personal advisers"] == "inspectors"
    assert quotes["This is a wonderful result for our staff."] == "council"


@pytest.mark.slow
def test_twenty_megabyte_release_in_one_paragraph_is_extracted(tmp_path):
    big = _twenty_megabytes(tmp_path / "one_paragraph.txt", " ")
    runner = CliRunner(
        env={"VERIFY_MAX_RELEASE_BYTES": None, "VERIFY_MAX_RELEASE_CHARS": "30000000"}
    )
    result = runner.invoke(main, ["extract", str(big), "--format", "json"])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code == 0, result.output[-2000:]
    claims = ExtractedRelease.model_validate_json(result.stdout).claims
    assert any(c.kind == "quote" for c in claims)


def _release_of(path: Path, size: int) -> Path:
    """A release of about ``size`` bytes: a headline and a quotation, then filler."""
    path.write_text(BIG_HEAD + BIG_FILLER * (size // len(BIG_FILLER)), encoding="utf-8")
    return path


@pytest.mark.parametrize("command", ["extract", "check"])
def test_too_large_release_is_one_line_naming_the_file_and_the_setting(tmp_path, command):
    release = _release_of(tmp_path / "long release.txt", 200_000)
    report = RELEASES.parents[2] / "corpora" / "demo" / "report.txt"
    args = [command, str(release)] + ([str(report)] if command == "check" else [])
    env = {
        "VERIFY_MAX_RELEASE_BYTES": "100000",
        "VERIFY_MAX_RELEASE_CHARS": "1000000",  # the bytes limit is the one under test
        "VERIFY_CACHE_DIR": str(tmp_path / "cache"),
    }
    refused = CliRunner(env=env).invoke(main, args)
    assert refused.exit_code == 2
    [line] = refused.stderr.strip().splitlines()
    assert line.startswith(f"verify: {release}: the release is 0.2 MB (limit 0.1 MB)")
    assert "VERIFY_MAX_RELEASE_BYTES" in line
    if command != "extract":
        assert "raise --max-bytes" not in line  # `verify check` has no such option
    assert "Traceback" not in refused.output
    # The advice works for every command: raise the setting and the release is read.
    env["VERIFY_MAX_RELEASE_BYTES"] = "1000000"
    done = CliRunner(env=env).invoke(main, args)
    assert done.exit_code == 0, done.output


def test_max_bytes_option_of_extract_overrides_the_setting(tmp_path):
    release = _release_of(tmp_path / "release.txt", 200_000)
    runner = CliRunner(
        env={"VERIFY_MAX_RELEASE_BYTES": "100000", "VERIFY_MAX_RELEASE_CHARS": "1000000"}
    )
    assert runner.invoke(main, ["extract", str(release), "--max-bytes", "1000000"]).exit_code == 0
    refused = CliRunner(env={"VERIFY_MAX_RELEASE_BYTES": None}).invoke(
        main, ["extract", str(release), "--max-bytes", "100000"]
    )
    assert refused.exit_code == 2 and "over the limit" in refused.stderr
