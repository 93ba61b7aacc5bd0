"""The review step keeps a person's decisions on flags, beside an unchanged result."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from click.testing import CliRunner

from verify import review as core
from verify.cli import main
from verify.errors import NotAResult, ReviewMismatch
from verify.types import CheckedClaim, CheckResult, Release

TEXT = "Inspectors said the council is “outstanding”. The mayor said it was a great day."


def _result(text: str = TEXT) -> CheckResult:
    release = Release(source="release.txt", sha256="x", media_type="text", text=text)
    claims = [
        CheckedClaim(
            id="c1",
            kind="quote",
            text="outstanding",
            start=33,
            end=44,
            verdict="misattributed",
            confidence=0.9,
            explanation="not in the report",
        ),
        CheckedClaim(
            id="c2",
            kind="opinion",
            text="The mayor said it was a great day.",
            start=47,
            end=len(text),
            verdict="not_checkable",
            confidence=0.9,
            explanation="opinion",
        ),
        CheckedClaim(
            id="c3",
            kind="rating",
            text="Inspectors said",
            start=0,
            end=15,
            verdict="contradicted",
            confidence=0.9,
            explanation="graded good",
        ),
    ]
    return CheckResult(release=release, reports=[], claims=claims)


@pytest.fixture()
def result_file(tmp_path):
    path = tmp_path / "result.json"
    path.write_text(_result().model_dump_json())
    return path


def test_only_flags_are_pending_and_decisions_replace_earlier_ones():
    result = _result()
    review = core.Review(release_sha256=core.release_key(result), release_source="release.txt")
    assert [c.id for c in core.pending(result, review)] == ["c1", "c3"]
    now = datetime(2026, 1, 1, tzinfo=UTC)
    review = core.decide(review, result.claims[0], "confirmed", note="", reviewer="ab", at=now)
    review = core.decide(
        review, result.claims[0], "dismissed", note="in para 3", reviewer="ab", at=now
    )
    assert [(d.claim_id, d.decision) for d in review.decisions] == [("c1", "dismissed")]
    assert [c.id for c in core.pending(result, review)] == ["c3"]


def test_scripted_review_is_saved_and_resumed(result_file):
    runner = CliRunner()
    out = runner.invoke(main, ["review", str(result_file), "--confirm", "c1", "--note", "checked"])
    assert out.exit_code == 0, out.output
    saved = json.loads(result_file.with_suffix(".review.json").read_text())
    assert [(d["claim_id"], d["decision"], d["note"]) for d in saved["decisions"]] == [
        ("c1", "confirmed", "checked")
    ]
    out = runner.invoke(main, ["review", str(result_file), "--dismiss", "c3"])
    assert "2 of 2 flags decided" in out.output


def test_interactive_review_prompts_for_each_pending_flag(result_file):
    out = CliRunner().invoke(
        main, ["review", str(result_file), "--interactive"], input="d\nquote is in para 12\nq\n"
    )
    assert out.exit_code == 0, out.output
    assert "c1 · quote · misattributed" in out.output
    assert "1 of 2 flags decided" in out.output
    saved = json.loads(result_file.with_suffix(".review.json").read_text())
    assert saved["decisions"][0]["note"] == "quote is in para 12"


def test_unknown_claim_id_is_a_usage_error(result_file):
    out = CliRunner().invoke(main, ["review", str(result_file), "--confirm", "c2"])
    assert out.exit_code == 2
    assert "c2 is not a flagged claim" in out.output


def test_review_of_another_release_is_refused(tmp_path, result_file):
    review_path = tmp_path / "r.json"
    core.save_review(review_path, core.Review(release_sha256="other", release_source="b.txt"))
    with pytest.raises(ReviewMismatch, match="b.txt"):
        core.load_review(review_path, _result())


def test_a_file_that_is_not_a_result_gets_one_line(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    with pytest.raises(NotAResult):
        core.load_result(bad)
    out = CliRunner().invoke(main, ["review", str(bad)])
    assert out.exit_code == 2 and "Traceback" not in out.output
