"""`verify check RELEASE REPORT...`: verdicts for every claim, with evidence."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from verify.cli import provisional_flags, writable_target, write_atomically
from verify.render import FORMATS
from verify.types import VERDICTS


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
@click.argument("reports", nargs=-1)
@click.option("--previous", "previous", multiple=True, help="The earlier inspection's report.")
@click.option(
    "--archive",
    "archive",
    type=click.Path(dir_okay=False),
    help="The archive of reports (default: the `archive` setting, VERIFY_ARCHIVE); with no "
    "REPORT, the release's report and the previous one are picked from it.",
)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--output", "-o", help="Write here, not stdout.")
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False),
    help="Also store the result in this results database (for `verify serve`).",
)
@click.option(
    "--fail-on",
    callback=_verdicts,
    help="Exit 1 if any claim gets one of these "
    "verdicts (comma-separated), e.g. misquoted,spliced,contradicted.",
)
@provisional_flags
def check_command(
    release, reports, previous, archive, fmt, output, db_path, fail_on, provisional
) -> None:
    """Check RELEASE (file, URL or -) against the Ofsted REPORT(s) it is about; with no
    REPORT, against the one the archive holds for it (see `verify archive build`).

    \b
    Examples:
      verify check release.html report.pdf
      verify check https://example.org/news/ofsted report.pdf --previous 2019.pdf
      verify check story.txt wigan.pdf harrow.pdf --format html -o story.html
      verify check release.txt report.pdf --db desk.db --fail-on misquoted,spliced
      verify check release.html --archive reports.sqlite   # the report found for you
    """
    from verify.heap import frozen
    from verify.pipeline import check
    from verify.render import render
    from verify.settings import from_environment

    if output:
        writable_target(Path(output))  # before the check, not after its minutes of work
    settings = from_environment(archive=archive, provisional_flags=provisional or None)
    store = _open_store(db_path)
    # What the imports made sits out of the collector's sight while the check runs: its
    # full collection scanned them all (about 40 ms of a cold check's CPU).
    with _progress(f"checking {release}"), frozen():
        result = check(release, list(reports), list(previous), settings, stdin=sys.stdin.buffer)
    if store is not None:
        store.save(result)
    for warning in result.warnings:  # a wrong report must not pass silently
        click.echo(f"warning: {warning}", err=True)
    if fmt == "text":
        from verify.render import terminal

        text = terminal.render(result, color=not output and sys.stdout.isatty())
    else:
        text = render(result, fmt)
    if output:
        write_atomically(Path(output), text)
    else:
        click.echo(text, nl=not text.endswith("\n"))
    if fail_on and any(c.verdict in fail_on for c in result.claims):
        raise SystemExit(1)


def _open_store(db_path: str | None):
    """The results database, opened before the check so a bad path fails first."""
    if not db_path:
        return None
    from verify.store import ResultsDB

    return ResultsDB(db_path)


def _progress(message: str):
    """A spinner on a terminal (stderr), so a long first check is not silent; else nothing.

    rich (11 ms to import) is imported only when stderr may be a terminal to it: a tty,
    or one it is told of (``FORCE_COLOR``, ``TTY_COMPATIBLE``); it decides from there."""
    import contextlib

    if not _may_be_terminal():
        return contextlib.nullcontext()
    from rich.console import Console

    console = Console(stderr=True)
    if not console.is_terminal:
        return contextlib.nullcontext()
    from rich.markup import escape

    return console.status(escape(message))


def _may_be_terminal() -> bool:
    """True unless stderr is surely no terminal: not a tty, and nothing says it is one."""
    if {"FORCE_COLOR", "TTY_COMPATIBLE"} & os.environ.keys():
        return True
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):  # no stream, or a closed one
        return False


COMMANDS = [check_command]
