"""`verify check`: JSON, text and HTML output, exit codes, one-line errors, --previous."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from verify.cli import main
from verify.types import CheckResult

ROOT = Path(__file__).resolve().parents[2]
DEMO_RELEASE = str(ROOT / "corpora" / "demo" / "release.html")
DEMO_REPORT = str(ROOT / "corpora" / "demo" / "report.txt")
SCHEMA = ROOT / "verify" / "schema" / "check-result.schema.json"


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
    """With ``--previous``, a comparison is judged against that report's table; one earlier
    grade told wrong of the whole service ('The services improved from ‘Inadequate’ at the
    previous inspection in 2021') is a flag without ``--provisional-flags`` (docs/FLAGS.md,
    ``EARLIER_READ``)."""
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


def test_cli_provisional_flags_option_raises_what_a_provisional_check_held_back(env, tmp_path):
    """A finding the demo report says of 'Most children' told of none: a provisional check
    (docs/FLAGS.md) shows it unflagged, with the flag it held back, unless asked."""
    release = tmp_path / "release.txt"
    release.write_text("Inspectors said no children in care live in stable homes.\n")
    held, raised = (
        CheckResult.model_validate_json(
            _run(str(release), DEMO_REPORT, "--format", "json", *extra, env=env).stdout
        ).claims[0]
        for extra in ([], ["--provisional-flags"])
    )
    assert (held.verdict, held.held_back) == ("not_checkable", "contradicted"), held.explanation
    assert (raised.verdict, raised.held_back) == ("contradicted", None), raised.explanation


def test_cli_text_counts_what_provisional_checks_did_not_flag(env, tmp_path):
    release = tmp_path / "release.txt"
    release.write_text("Inspectors said no children in care live in stable homes.\n")
    done = _run(str(release), DEMO_REPORT, env=env)
    assert "1 claims, 0 flagged, 1 not flagged by provisional checks" in done.output


def test_a_check_writing_to_no_terminal_imports_no_rich(monkeypatch):
    """The spinner's rich (11 ms of a cold check's imports) is not imported when stderr is
    no terminal and nothing says it is one; when something does, rich decides."""
    import io
    import sys

    from verify.cli.check import _progress

    monkeypatch.setitem(sys.modules, "rich.console", None)  # importing it would fail
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE"):
        monkeypatch.delenv(name, raising=False)
    with _progress("checking"):
        pass
    monkeypatch.setenv("FORCE_COLOR", "1")
    with pytest.raises(ImportError):
        _progress("checking")


def test_a_check_runs_with_what_was_loaded_before_it_frozen(env, monkeypatch):
    """The check runs with the objects its imports made out of the collector's sight
    (``verify.heap.frozen``: a full collection scanned them all), and the process is as it
    was after it."""
    import gc

    import verify.pipeline

    seen = []
    real = verify.pipeline.check

    def check(*args, **kwargs):
        seen.append(gc.get_freeze_count())
        return real(*args, **kwargs)

    monkeypatch.setattr(verify.pipeline, "check", check)
    before = gc.get_freeze_count()
    assert _run(DEMO_RELEASE, DEMO_REPORT, "--format", "json", env=env).exit_code == 0
    assert seen and seen[0] > before
    assert gc.get_freeze_count() == before
