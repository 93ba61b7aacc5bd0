"""The pipeline end to end on the bundled demo, and the result's published schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from verify.pipeline import check
from verify.types import CheckResult

ROOT = Path(__file__).resolve().parent.parent
DEMO_RELEASE = str(ROOT / "corpora" / "demo" / "release.html")
DEMO_REPORT = str(ROOT / "corpora" / "demo" / "report.txt")
SCHEMA = ROOT / "verify" / "schema" / "check-result.schema.json"


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> CheckResult:
    from verify.settings import Settings

    root = tmp_path_factory.mktemp("cache")
    settings = Settings(cache_dir=str(root), archive=str(root / "no-archive"))
    return check(DEMO_RELEASE, [DEMO_REPORT], [], settings)


def _verdict_of(result: CheckResult, words: str) -> str:
    return next(c.verdict for c in result.claims if words in c.text)


@pytest.mark.model  # the demo end to end, as `make demo` runs it
def test_demo_deliberate_errors_are_flagged(demo):
    assert _verdict_of(demo, "clear and bold vision") == "misquoted"
    assert _verdict_of(demo, "Thresholds are well understood") == "spliced"
    assert _verdict_of(demo, "three of the four") == "contradicted"
    assert _verdict_of(demo, "go the extra mile") == "supported"
    assert _verdict_of(demo, "wonderful result") == "not_checkable"
    assert _verdict_of(demo, "five of His Majesty") == "contradicted"
    assert [(o.judgement, o.grade) for o in demo.omissions if o.kind == "judgement"] == [
        ("help_and_protection", "requires_improvement")
    ]


@pytest.mark.model
def test_every_claim_points_into_the_release_text(demo):
    for claim in demo.claims:
        assert demo.release.text[claim.start : claim.end] == claim.text
        assert claim.explanation
        for ev in claim.evidence:
            assert 0 <= ev.score <= 1 and ev.page >= 1


def test_schema_file_is_current():
    current = CheckResult.model_json_schema()
    assert json.loads(SCHEMA.read_text()) == current, (
        "verify/schema/check-result.schema.json is stale: regenerate it with "
        "`verify schema > verify/schema/check-result.schema.json`"
    )
