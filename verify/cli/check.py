"""`verify check RELEASE REPORT...`: verdicts for every claim, with evidence."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from verify.render import FORMATS
from verify.types import VerdictLabel

VERDICTS = VerdictLabel.__args__


def _verdicts(ctx: click.Context, param: click.Parameter, value: str | None) -> set[str]:
    chosen = {v.strip() for v in (value or "").split(",") if v.strip()}
    unknown = chosen - set(VERDICTS)
    if unknown:
        raise click.BadParameter(
            f"unknown verdict {', '.join(sorted(unknown))}; choose from {', '.join(VERDICTS)}"
        )
    return chosen


@click.command("check")
@click.argument("release")
@click.argument("reports", nargs=-1, required=True)
@click.option("--previous", "previous", multiple=True, help="The earlier inspection's report.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write here, not stdout.")
@click.option(
    "--fail-on",
    callback=_verdicts,
    help="Exit 1 if any claim gets one of these "
    "verdicts (comma-separated), e.g. misquoted,spliced,contradicted.",
)
def check_command(release, reports, previous, fmt, output, fail_on) -> None:
    """Check RELEASE (file, URL or -) against the Ofsted REPORT(s) it is about."""
    from verify.pipeline import check
    from verify.render import render
    from verify.settings import from_environment

    result = check(release, list(reports), list(previous), from_environment())
    for warning in result.warnings:  # a wrong report must not pass silently
        click.echo(f"warning: {warning}", err=True)
    if fmt == "text":
        from verify.render import terminal

        text = terminal.render(result, color=not output and sys.stdout.isatty())
    else:
        text = render(result, fmt)
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=not text.endswith("\n"))
    if fail_on and any(c.verdict in fail_on for c in result.claims):
        raise SystemExit(1)


COMMANDS = [check_command]
