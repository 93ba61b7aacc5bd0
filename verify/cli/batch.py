"""`verify batch PAIRS --out FILE`: check many releases, one JSON line per pair."""

from __future__ import annotations

from pathlib import Path

import click
from rich.progress import Progress


@click.command("batch")
@click.argument("pairs", type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_path",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="JSON-lines results; appended to, and pairs already done are skipped.",
)
@click.option(
    "--workers",
    "-j",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Processes to use (0: one per core).",
)
@click.option(
    "--archive",
    "archive",
    type=click.Path(dir_okay=False),
    help="The archive of reports (default: the `archive` setting, VERIFY_ARCHIVE).",
)
def batch_command(pairs: Path, out_path: Path, workers: int, archive: str | None) -> None:
    """Check every pair listed in PAIRS: a .jsonl of {"release", "reports"} objects, a .csv
    with release and report columns, a `verify synth` output folder, or a folder of
    releases alone, each paired with its report from the archive.

    A pair that fails is written as an error line and the run goes on; the exit
    code is 2 if any pair failed.
    """
    from verify.batch import folder_pairs, read_pairs, run_batch
    from verify.settings import from_environment
    from verify.synth.dataset import MANIFEST, set_pairs

    if (pairs / MANIFEST).is_file():
        todo = set_pairs(pairs)
    else:
        todo = folder_pairs(pairs) if pairs.is_dir() else read_pairs(pairs)
    with Progress(transient=True) as progress:
        task = progress.add_task("checking", total=len(todo))
        summary = run_batch(
            todo,
            out_path,
            from_environment(archive=archive),
            workers,
            on_line=lambda _: progress.advance(task),
        )
    click.echo(
        f"{summary.checked} checked, {summary.failed} failed, {summary.skipped} already "
        f"done, in {summary.seconds:.1f}s -> {out_path}"
    )
    if summary.failed:
        click.secho(
            f"verify: {summary.failed} pairs failed; see the error lines in {out_path}",
            fg="red",
            err=True,
        )
        raise SystemExit(2)


COMMANDS = [batch_command]
