"""`verify archive build|fetch|show`: the archive of every report, built from the reports."""

from __future__ import annotations

from pathlib import Path

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        transient=True,
    )


def _warn(line: str) -> None:
    """One refused file or failed download, on stderr; the run goes on."""
    click.secho(f"verify: {line}", fg="red", err=True)


def _db_option(func):
    return click.option(
        "--db",
        "db",
        type=click.Path(dir_okay=False, path_type=Path),
        help="The archive file (default: the `archive` setting, VERIFY_ARCHIVE).",
    )(func)


@click.group("archive")
def archive_group() -> None:
    """Build and query the archive of every Ofsted report.

    \b
    Examples:
      verify archive build ../shared/corpora/ofsted/reports
      verify archive show salford
      verify check release.html        # its report and the previous one, from the archive
    """


@archive_group.command("build")
@click.argument("folders", nargs=-1, required=True, type=click.Path(path_type=Path))
@_db_option
@click.option(
    "--workers",
    "-j",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Processes parsing reports (0: one per core).",
)
def build_command(folders: tuple[Path, ...], db: Path | None, workers: int) -> None:
    """Index every report under FOLDERS into the archive; unchanged files are skipped.

    \b
    Examples:
      verify archive build ../shared/corpora/ofsted/reports
      verify archive build reports/ my-downloads/ --db newsroom-archive.sqlite
    """
    from verify.archive import build_archive
    from verify.settings import from_environment

    target = db or from_environment().archive_path
    with _progress() as progress:
        task = progress.add_task("parsing reports", total=None)
        summary = build_archive(
            folders,
            target,
            workers,
            on_file=lambda _: progress.advance(task),
            on_total=lambda n: progress.update(task, total=n),
        )
    for problem in summary.failed:
        _warn(problem.reason)
    click.echo(
        f"{summary.added} added, {summary.unchanged} unchanged, {len(summary.failed)} "
        f"refused, of {summary.files} files, in {summary.seconds:.1f}s -> {target}"
    )


@archive_group.command("fetch")
@click.argument("urls", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--output",
    "-o",
    "out",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Folder to download into (then `verify archive build` it).",
)
def fetch_command(urls: Path, out: Path) -> None:
    """Download the reports listed in URLS (one URL a line, or a CSV with an
    `inspection_link` column); an interrupted run resumes where it stopped.

    \b
    Examples:
      verify archive fetch ilacs_history.csv -o reports/
      verify archive build reports/
    """
    from verify.archive.fetch import fetch_all, read_urls
    from verify.settings import from_environment

    todo = read_urls(urls)
    with _progress() as progress:
        task = progress.add_task("downloading", total=len(todo))
        summary = fetch_all(todo, out, from_environment(), on_done=lambda _: progress.advance(task))
    for problem in summary.failed:
        _warn(problem)
    click.echo(
        f"{summary.downloaded} downloaded, {summary.present} already there, "
        f"{len(summary.failed)} failed -> {out}"
    )
    if summary.failed:
        raise SystemExit(2)


@archive_group.command("show")
@click.argument("council")
@_db_option
def show_command(council: str, db: Path | None) -> None:
    """List the archived reports of COUNCIL, oldest first, with their overall grade.

    \b
    Examples:
      verify archive show wigan
      verify archive show "north east lincolnshire"
    """
    from verify.archive import Archive
    from verify.settings import from_environment

    with Archive(db or from_environment().archive_path) as archive:
        found = archive.council(council)
        if found is None:
            raise click.BadParameter(f"{council!r} is not a known council", param_hint="COUNCIL")
        for report in archive.reports_of(found.name):
            grade = (report.overall or "ungraded").replace("_", " ")
            click.echo(f"{report.dated}  {report.framework:<10}  {grade:<22}  {report.path}")


COMMANDS = [archive_group]
