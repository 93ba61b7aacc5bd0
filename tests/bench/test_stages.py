"""The benchmark's stage clock: times the pipeline's own calls and puts them back."""

from __future__ import annotations

from types import SimpleNamespace

import verify.pipeline as pipeline
import verify.report as report
from verify.bench.stages import STAGES, stage_clock
from verify.settings import Settings


def test_stage_clock_attributes_the_encoders_clocks_and_restores_the_pipeline(
    monkeypatch, tmp_path
):
    expected = []
    encoder = SimpleNamespace(load_seconds=1.0, encode_seconds=10.0, expect=expected.extend)
    opinion = SimpleNamespace(kind="opinion", text="A great day for the city.")

    def fake_check_claims(release, claims, reports, previous, settings, encoder, archive=None):
        encoder.load_seconds += 2.0  # as if the model loaded and encoded in here
        encoder.encode_seconds += 3.0
        return ("checked", release, claims, reports, previous)

    monkeypatch.setattr(report, "load_report", lambda path, settings: f"report:{path}")
    monkeypatch.setattr(
        pipeline,
        "extract",
        lambda source, settings, stdin=None: SimpleNamespace(release=source, claims=[opinion]),
    )
    monkeypatch.setattr(pipeline, "check_claims", fake_check_claims)
    fakes = (report.load_report, pipeline.extract, pipeline.check_claims)

    no_archive = Settings(archive=str(tmp_path / "none.sqlite"), cache_dir=str(tmp_path))
    with stage_clock() as seconds:
        result = pipeline.check("rel", ["a", "b"], ["c"], settings=no_archive, encoder=encoder)

    assert result == ("checked", "rel", [opinion], ["report:a", "report:b"], ["report:c"])
    assert expected == []  # an opinion is never looked up by meaning
    assert set(seconds) == set(STAGES)
    assert seconds["model"] == 2.0 and seconds["encode"] == 3.0
    assert seconds["reports"] >= 0 and seconds["extract"] >= 0
    assert (report.load_report, pipeline.extract, pipeline.check_claims) == fakes
