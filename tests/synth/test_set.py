"""The labelled set from the 256 real reports in ../shared, and `verify synth`."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from click.testing import CliRunner

from verify.cli import main
from verify.match.normalise import normalise
from verify.report import load_report
from verify.settings import Settings
from verify.synth import INJECTED, build_set, load_set

pytestmark = [pytest.mark.shared, pytest.mark.slow]


@pytest.fixture(scope="module")
def built(reports_dir, tmp_path_factory):
    root = tmp_path_factory.mktemp("set")
    settings = Settings(cache_dir=str(root / "cache"))
    manifest = build_set(reports_dir, root / "set", seed=0, settings=settings)
    return manifest, load_set(root / "set"), settings


def test_the_set_has_at_least_5000_claims_from_the_real_reports(built, reports_dir):
    manifest, releases, _ = built
    pdfs = list(reports_dir.rglob("*.pdf"))
    assert len(pdfs) == 256
    assert len(manifest.releases) + len(manifest.skipped) == len(pdfs)
    assert len(manifest.releases) >= 250
    assert sum(len(r.claims) for r in releases) >= 5000


def test_every_error_type_is_planted_often_enough_to_measure(built):
    _, releases, _ = built
    seen = Counter(c.error for r in releases for c in r.claims)
    for error in INJECTED:
        assert seen[error] >= 10, (error, seen[error])
    minor = Counter(
        c.detail.split(":")[0] for r in releases for c in r.claims if c.error == "minor_variation"
    )
    assert min(minor.values()) >= 30, minor
    cut = sum(c.detail.startswith("ellipsis") for r in releases for c in r.claims)
    assert cut >= 30, cut


def test_real_quotes_are_the_reports_words(built):
    """Clean quotes are verbatim in the real report; minor variations keep its words."""
    _, releases, settings = built
    for made in releases[::10]:
        report = load_report(made.report, settings)
        flat, words = " ".join(report.text.split()), normalise(report.text).text
        for c in made.claims:
            assert made.text[c.start : c.end] == c.text
            cut = c.detail.startswith("ellipsis")
            if c.kind == "quote" and c.error == "clean" and c.role == "inspectors" and not cut:
                assert c.text in flat, (made.name, c.text)
            if c.error == "minor_variation":
                assert normalise(c.text).text in words, (made.name, c.detail)
            if c.error in ("quote_substitution", "quote_insertion", "other_report_quote"):
                assert normalise(c.text).text not in words, (made.name, c.detail)


def test_verify_synth_writes_release_and_gold(reports_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("VERIFY_CACHE_DIR", str(tmp_path / "cache"))
    reports = sorted(reports_dir.rglob("*.pdf"))[:3]
    out = tmp_path / "out"
    args = ["synth", *map(str, reports), "--seed", "4", "--output", str(out)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    golds = sorted(out.glob("*.gold.json"))
    assert len(golds) == 3
    gold = json.loads(golds[0].read_text())
    text = golds[0].with_name(golds[0].name.replace(".gold.json", ".txt")).read_text()
    assert gold["text"] == text and gold["seed"] == 4
    assert all(text[c["start"] : c["end"]] == c["text"] for c in gold["claims"])
    again = tmp_path / "again"
    CliRunner().invoke(main, [*args[:-1], str(again)])
    assert (again / golds[0].name).read_text() == golds[0].read_text()
