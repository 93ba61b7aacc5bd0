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


# --------------------------------------------------------------------------- stage runner


def _hashing(settings):
    from verify.match import Encoder
    from verify.match.encoders import HashingEncoder

    return Encoder(settings, backend=HashingEncoder())


def test_run_check_times_every_stage_and_keeps_the_reports(settings):
    import time

    from verify.pipeline import STAGES, TIMED, run_check

    encoder = _hashing(settings)
    began = time.perf_counter()
    run = run_check(DEMO_RELEASE, [DEMO_REPORT], [], settings, encoder)
    wall = time.perf_counter() - began
    assert [s.name for s in STAGES] == ["reports", "model", "extract", "pair", "match"]
    # Every stage is timed, and the stages' times are parts of the run's, not more.
    assert set(run.seconds) == set(TIMED)
    assert run.seconds["extract"] > 0 and sum(run.seconds.values()) <= wall
    # The encoder's work is counted apart from the stage it happened in.
    assert run.seconds["encode"] == encoder.encode_seconds > 0
    assert [r.label for r in run.reports] == [s.label for s in run.result.reports]
    assert run.result.claims


def test_a_failure_names_its_stage(settings, tmp_path):
    from verify.errors import InputNotFound
    from verify.pipeline import run_check

    with pytest.raises(InputNotFound) as missing_report:
        run_check(DEMO_RELEASE, [str(tmp_path / "gone.pdf")], [], settings, _hashing(settings))
    assert missing_report.value.stage == "reports"
    with pytest.raises(InputNotFound) as missing_release:
        run_check(str(tmp_path / "gone.txt"), [DEMO_REPORT], [], settings, _hashing(settings))
    assert missing_release.value.stage == "extract"


def test_a_bad_model_fails_at_the_start_before_extraction(settings, monkeypatch):
    from verify import pipeline
    from verify.errors import ModelUnavailable
    from verify.match import Encoder, semantic

    def unavailable(settings):
        raise ModelUnavailable(settings.model, "no such model")

    extracted = []
    monkeypatch.setattr(semantic, "load_backend", unavailable)
    monkeypatch.setattr(pipeline, "extract", lambda *args: extracted.append(args))
    with pytest.raises(ModelUnavailable) as failed:
        pipeline.run_check(DEMO_RELEASE, [DEMO_REPORT], [], settings, Encoder(settings))
    assert failed.value.stage == "model" and not extracted


def test_a_batch_error_line_names_the_stage(settings, tmp_path):
    from verify.batch import Pair, check_pair

    pair = Pair(id="1", release=str(tmp_path / "gone.txt"), reports=[DEMO_REPORT], previous=[])
    line = check_pair(pair, settings, _hashing(settings))
    assert not line.ok and line.stage == "extract" and "gone.txt" in line.error


def test_a_check_encodes_its_lookups_in_one_call_before_the_checkers(settings):
    """Every text the checkers rank by meaning is encoded in one batch first; no
    claim triggers an encode of its own (the report's sentences are encoded apart,
    once, and kept)."""
    from encoder_helpers import Counting

    from verify.match import Encoder
    from verify.pipeline import run_check

    backend = Counting()
    encoder = Encoder(settings, backend)
    run_check(DEMO_RELEASE, [DEMO_REPORT], [], settings, encoder)  # the report's vectors too
    backend.calls.clear()
    encoder.forget()
    run = run_check(DEMO_RELEASE, [DEMO_REPORT], [], settings, encoder)
    assert len(backend.calls) == 1 and len(backend.calls[0]) > 1
    assert any(c.evidence and c.kind != "quote" for c in run.result.claims)
