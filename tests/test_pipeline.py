"""The pipeline end to end: the bundled demo and the `verify check` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from verify.cli import main
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


def test_every_claim_points_into_the_release_text(demo):
    for claim in demo.claims:
        assert demo.release.text[claim.start : claim.end] == claim.text
        assert claim.explanation
        for ev in claim.evidence:
            assert 0 <= ev.score <= 1 and ev.page >= 1


def _run(*args: str, env=None):
    return CliRunner().invoke(main, ["check", *args], env=env, catch_exceptions=False)


@pytest.fixture()
def env(tmp_path):
    return {"VERIFY_CACHE_DIR": str(tmp_path / "cache")}


def test_cli_json_exit_codes_and_fail_on(env, tmp_path):
    out = tmp_path / "result.json"
    done = _run(DEMO_RELEASE, DEMO_REPORT, "--format", "json", "--output", str(out), env=env)
    assert done.exit_code == 0, done.output
    data = json.loads(out.read_text())
    assert {"kind", "text", "start", "end", "verdict", "explanation", "evidence", "diff"} <= set(
        data["claims"][0]
    )
    assert _run(DEMO_RELEASE, DEMO_REPORT, "--fail-on", "misquoted,spliced", env=env).exit_code == 1
    assert _run(DEMO_RELEASE, DEMO_REPORT, "--fail-on", "misleading", env=env).exit_code == 0


def test_cli_bad_inputs_give_one_line_and_exit_2(env, tmp_path):
    done = _run(DEMO_RELEASE, str(tmp_path / "missing.pdf"), env=env)
    assert done.exit_code == 2
    assert "missing.pdf" in done.output and len(done.output.strip().splitlines()) == 1
    bad = _run(DEMO_RELEASE, DEMO_REPORT, "--fail-on", "wrong", env=env)
    assert bad.exit_code == 2 and "unknown verdict wrong" in bad.output


def test_cli_text_table_is_printed_once_with_every_spliced_passage(env):
    done = _run(DEMO_RELEASE, DEMO_REPORT, env=env)
    assert done.exit_code == 0
    assert done.stdout.count("claims, ") == 1
    assert "para 1, p.1: Early help" in done.stdout and "para 2, p.1: Thresholds" in done.stdout


def test_cli_html_output_is_a_page(env):
    done = _run(DEMO_RELEASE, DEMO_REPORT, "--format", "html", env=env)
    assert done.exit_code == 0 and done.stdout.startswith("<!doctype html>")


def test_schema_file_is_current():
    current = CheckResult.model_json_schema()
    assert json.loads(SCHEMA.read_text()) == current, (
        "verify/schema/check-result.schema.json is stale: regenerate it with "
        "`verify schema > verify/schema/check-result.schema.json`"
    )


def test_schema_command_prints_the_schema_file():
    done = CliRunner().invoke(main, ["schema"], catch_exceptions=False)
    assert done.exit_code == 0
    assert json.loads(done.stdout) == json.loads(SCHEMA.read_text())


ROWS_2018 = (
    "The impact of leaders on social work practice with children and families",
    "The experiences and progress of children who need help and protection",
    "The experiences and progress of children in care and care leavers",
    "Overall effectiveness",
)
ROWS_2023 = (
    "The impact of leaders on social work practice with children and families",
    "The experiences and progress of children who need help and protection",
    "The experiences and progress of children in care",
    "The experiences and progress of care leavers",
    "Overall effectiveness",
)
PRINTED = {"good": "Good", "requires_improvement": "Requires improvement to be good"}


def invented_report(dates: str, rows, grades, inspectors: str) -> str:
    """A plain-text Dunmore report in the layout of corpora/demo/report.txt."""
    table = "".join(f"| {row} | {PRINTED[g]} |\n" for row, g in zip(rows, grades, strict=True))
    return (
        "Inspection of Dunmore local authority children's services\n\n"
        f"Inspection dates: {dates}\n\n"
        f"Lead inspector: Sam Example, {inspectors} Inspector\n\n"
        "| Judgement | Grade |\n|--|--------------|\n"
        f"{table}\n"
        "Leaders in Dunmore know their services and act on what they learn.\n\n"
        "1. Early help is offered to families when they first need it.\n"
        "2. Children in care are well supported by their carers.\n\n"
        f"The inspection team consisted of three of {inspectors} Inspectors.\n"
    )


COMPARISONS = (
    "Dunmore children's services rated Good by Ofsted\n\n"
    "Children's services in Dunmore have improved since the last inspection in 2021, "
    "when they were judged to require improvement.\n\n"
    "The services improved from 'Inadequate' at the previous inspection in 2021.\n"
)


def dunmore_reports(folder, earlier_grade: str):
    """Dunmore's 2021 report (every judgement ``earlier_grade``) and its 2024 one (all good)."""
    earlier = folder / "dunmore_2021.txt"
    earlier.write_text(
        invented_report("8 to 19 March 2021", ROWS_2018, [earlier_grade] * 4, "Her Majesty's"),
        encoding="utf-8",
    )
    later = folder / "dunmore_2024.txt"
    later.write_text(
        invented_report("4 to 8 March 2024", ROWS_2023, ["good"] * 5, "His Majesty's"),
        encoding="utf-8",
    )
    return earlier, later


@pytest.mark.parametrize(
    ("earlier_grade", "since_2021"),
    [
        # Requires improvement in 2021, good now: the improvement claim is true.
        ("requires_improvement", "supported"),
        # Good in 2021 and good now: "improved ... from requires improvement" is false.
        ("good", "contradicted"),
    ],
)
def test_cli_comparison_against_the_previous_report(env, tmp_path, earlier_grade, since_2021):
    earlier, later = dunmore_reports(tmp_path, earlier_grade)
    release = tmp_path / "release.txt"
    release.write_text(COMPARISONS, encoding="utf-8")
    done = _run(str(release), str(later), "--previous", str(earlier), "--format", "json", env=env)
    assert done.exit_code == 0, done.output
    result = CheckResult.model_validate_json(done.stdout)
    assert [r.inspection_start.year for r in result.reports] == [2024]
    comparisons = {c.text: c for c in result.claims if c.kind == "comparison"}
    since = next(c for t, c in comparisons.items() if t.startswith("Children's services"))
    assert since.verdict == since_2021, since.explanation
    assert "Dunmore 2021" in since.explanation  # judged against the --previous report
    # Neither in the requires-improvement year nor the good one was anything inadequate.
    false = next(c for t, c in comparisons.items() if "'Inadequate'" in t)
    assert false.verdict == "contradicted", false.explanation


def test_cli_current_grade_with_improvement_from_previous_is_supported(env, tmp_path):
    earlier, later = dunmore_reports(tmp_path, "requires_improvement")
    release = tmp_path / "release.txt"
    release.write_text(
        "Dunmore Council's children's services have been rated 'Good' overall by Ofsted, "
        "an improvement from 'Requires improvement' at the last inspection in 2021.\n",
        encoding="utf-8",
    )
    done = _run(str(release), str(later), "--previous", str(earlier), "--format", "json", env=env)
    assert done.exit_code == 0, done.output
    result = CheckResult.model_validate_json(done.stdout)
    [claim] = [c for c in result.claims if c.kind == "comparison"]
    assert claim.verdict == "supported", claim.explanation


# --------------------------------------------------------------------------- stage runner


def _hashing(settings):
    from verify.match import Encoder
    from verify.match.encoders import HashingEncoder

    return Encoder(settings, backend=HashingEncoder())


def test_run_check_times_every_stage_and_keeps_the_reports(settings):
    from verify.pipeline import STAGES, TIMED, run_check

    encoder = _hashing(settings)
    run = run_check(DEMO_RELEASE, [DEMO_REPORT], [], settings, encoder)
    assert [s.name for s in STAGES] == ["reports", "model", "extract", "pair", "match"]
    assert set(run.seconds) == set(TIMED) and min(run.seconds.values()) >= 0
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
