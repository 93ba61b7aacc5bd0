"""`verify report FILE...`: show what `verify` reads from each Ofsted report.

A thin shell: load each report, render it. A bad file costs one line on stderr and
does not stop the others; the exit code is 2 if any file failed.
"""

from __future__ import annotations

import json

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from verify.cli import EXIT_BAD_INPUT, report_error
from verify.errors import VerifyError
from verify.render.plain import plain
from verify.render.terminal import console as terminal_console
from verify.render.terminal import safe
from verify.report import load_report
from verify.settings import from_environment
from verify.types import Report

PASSAGE_PREVIEW = 3
"""How many numbered paragraphs the text view shows, to give their flavour."""


@click.command("report")
@click.argument("files", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "jsonl"]),
    default="text",
    show_default=True,
    help="text: readable summary; json: one array with every report's whole structure; "
    "jsonl: one report per line.",
)
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False),
    default=None,
    help="Where parsed reports are cached (default: the cache_dir setting).",
)
def report_command(files: tuple[str, ...], fmt: str, cache_dir: str | None) -> None:
    """Read Ofsted report PDFs (or text) and print their facts, grades and paragraphs.

    \b
    Examples:
      verify report report.pdf
      verify report reports/*.pdf --format json > parsed.json
    """
    settings = from_environment(cache_dir=cache_dir)
    reports, failed = [], False
    for path in files:
        try:
            report = load_report(path, settings)
        except VerifyError as exc:
            report_error(exc)
            failed = True
            continue
        if fmt == "jsonl":
            click.echo(report.model_dump_json())
        elif fmt == "text":
            render_text(report, terminal_console())
        reports.append(report)
    if fmt == "json":
        click.echo(
            json.dumps([r.model_dump(mode="json") for r in reports], ensure_ascii=False, indent=2)
        )
    if failed:
        raise SystemExit(EXIT_BAD_INPUT)


def render_text(report: Report, console: Console) -> None:
    """A person's view: facts, the judgement table and the report's shape."""
    console.rule(f"[bold]{safe(report.authority)}[/] · {report.framework} · {safe(report.source)}")
    facts = Table.grid(padding=(0, 2))
    for name, value in _facts(report):
        facts.add_row(Text(name, style="dim"), Text(plain(value)))
    console.print(facts)
    grades = Table("judgement", "grade", "as printed", title="Judgements", title_justify="left")
    for j in report.judgements:
        grades.add_row(j.name.replace("_", " "), _colour(j.grade), Text(plain(j.printed)))
    console.print(grades)
    for item in report.improvements:
        console.print(f"  [yellow]to improve[/] {safe(item.text)}")
    numbered = [p for p in report.passages if p.kind == "numbered"]
    console.print(
        f"[dim]{len(report.sections)} sections, {len(numbered)} numbered paragraphs, "
        f"{len(report.passages)} passages, {len(report.pages)} pages[/]"
    )
    for p in numbered[:PASSAGE_PREVIEW]:
        console.print(f"  [dim]¶{p.number} p.{p.page}[/] {safe(p.text[:160])}…")


def _facts(report: Report) -> list[tuple[str, str]]:
    team = report.team
    size = f"{team.hmi} HMI, {team.other} other" if team.hmi is not None else "not printed"
    return [
        ("inspected", f"{report.inspection_start or '?'} to {report.inspection_end or '?'}"),
        ("type", report.inspection_type or "-"),
        ("published", str(report.published or "not printed")),
        ("lead inspector", report.lead_inspector or "not printed"),
        ("team", size),
        ("previous", "; ".join(p.text[:90] for p in report.previous[:2]) or "-"),
    ]


def _colour(grade: str) -> str:
    colour = {"outstanding": "green", "good": "cyan", "inadequate": "red"}.get(grade, "yellow")
    return f"[{colour}]{grade.replace('_', ' ')}[/]"


COMMANDS = [report_command]
