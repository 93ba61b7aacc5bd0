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
