"""What a check will look up by meaning, guessed before the checkers run."""

from __future__ import annotations

from pathlib import Path

from verify.check.lookups import DATES_QUERY, lookups
from verify.match import PassageIndex
from verify.pipeline import extract
from verify.report import load_report

ROOT = Path(__file__).resolve().parents[2]
DEMO_REPORT = ROOT / "corpora" / "demo" / "report.txt"

RELEASE = (
    "Ashbury children's services rated Good\n\n"
    'Inspectors said: "Senior leaders have a clear and ambitious vision, and they know '
    'their services well."\n\n'
    'Inspectors said: "Every family in the borough is visited by a robot within the hour."\n\n'
    "The inspection took place over five days in March 2024.\n"
)


def _lookups(tmp_path, settings):
    release_file = tmp_path / "release.txt"
    release_file.write_text(RELEASE, encoding="utf-8")
    extracted = extract(str(release_file), settings)
    index = PassageIndex(load_report(str(DEMO_REPORT), settings))
    return extracted.claims, lookups(extracted.release, extracted.claims, [index])


def test_a_quote_found_once_is_not_looked_up_one_not_found_is(tmp_path, settings):
    claims, texts = _lookups(tmp_path, settings)
    quotes = {c.text[:12]: c.text for c in claims if c.kind == "quote"}
    assert quotes["Senior leade"] not in texts
    assert quotes["Every family"] in texts


def test_an_inspection_fact_looks_up_its_evidence_once(tmp_path, settings):
    claims, texts = _lookups(tmp_path, settings)
    assert any(c.kind == "inspection_fact" for c in claims)
    assert texts.count(DATES_QUERY) == 1 and len(texts) == len(set(texts))
