"""What a check will look up by meaning, guessed before the checkers run."""

from __future__ import annotations

from pathlib import Path

from verify.check.common import Context
from verify.check.lookups import DATES_QUERY, lookups
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


def _lookups(tmp_path, settings, text=RELEASE):
    release_file = tmp_path / "release.txt"
    release_file.write_text(text, encoding="utf-8")
    extracted = extract(str(release_file), settings)
    report = load_report(str(DEMO_REPORT), settings)
    ctx = Context(extracted.release, [report], [], settings, None)
    return extracted.claims, lookups(ctx, extracted.claims)


def test_a_quote_found_once_is_not_looked_up_one_not_found_is(tmp_path, settings):
    claims, texts = _lookups(tmp_path, settings)
    quotes = {c.text[:12]: c.text for c in claims if c.kind == "quote"}
    assert quotes["Senior leade"] not in texts
    assert quotes["Every family"] in texts


def test_an_inspection_fact_looks_up_its_evidence_once(tmp_path, settings):
    claims, texts = _lookups(tmp_path, settings)
    assert any(c.kind == "inspection_fact" for c in claims)
    assert texts.count(DATES_QUERY) == 1 and len(texts) == len(set(texts))


def test_a_release_about_another_visit_looks_up_only_its_quotes(tmp_path, settings):
    """Findings and facts are not checked against a report of another visit, so they
    look nothing up; a quotation still is (found or not, it is placed)."""
    opening = "Ofsted's focused visit to Ashbury found strong practice.\n\n"
    claims, texts = _lookups(tmp_path, settings, opening + RELEASE)
    assert {"quote", "inspection_fact"} <= {c.kind for c in claims}
    assert DATES_QUERY not in texts
    assert any("Every family" in t for t in texts)
    _, same_release_own_visit = _lookups(tmp_path, settings)
    assert DATES_QUERY in same_release_own_visit
