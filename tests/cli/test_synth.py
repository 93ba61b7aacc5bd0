"""`verify synth`: a bad report is named in one line; the others' releases are written."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from verify.cli import main

DEMO_REPORT = Path(__file__).resolve().parents[2] / "corpora" / "demo" / "report.txt"


def test_verify_synth_names_a_bad_report_and_writes_the_rest(tmp_path, monkeypatch):
    monkeypatch.setenv("VERIFY_CACHE_DIR", str(tmp_path / "cache"))
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["synth", str(DEMO_REPORT), str(bad), "--output", str(out)])
    assert result.exit_code == 2
    assert "bad.pdf" in result.output
    assert len(list(out.glob("*.gold.json"))) == 1
