"""`verify batch PAIRS --out FILE`: check many releases, one JSON line per pair."""

from __future__ import annotations

from pathlib import Path

import click
from rich.progress import Progress

from verify.cli import EXIT_BAD_INPUT, warn


@click.command("batch")
@click.argument("pairs", type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_path",
    type=click.Path(path_type=Path),
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
    "--retry-failed",
    is_flag=True,
    help="Check again the pairs that failed in an earlier run (their error lines are replaced).",
)
def batch_command(pairs: Path, out_path: Path, workers: int, retry_failed: bool) -> None:
    """Check every pair listed in PAIRS: a .jsonl of {"release", "reports"} objects, a .csv
    with release and report columns, or a `verify synth` output folder.

    A pair that fails is written as an error line and the run goes on; the exit
    code is 2 if any pair failed. A rerun skips the pairs whose files were already
    checked. Ctrl-C (or SIGTERM) stops the run and keeps every finished result.
    """
    from verify.batch import read_pairs, run_batch
    from verify.settings import from_environment
    from verify.synth.dataset import MANIFEST, set_pairs

    todo = set_pairs(pairs) if (pairs / MANIFEST).is_file() else read_pairs(pairs)
    with Progress(transient=True) as progress:
        task = progress.add_task("checking", total=len(todo))
        summary = run_batch(
            todo,
            out_path,
            from_environment(),
            workers,
            on_line=lambda _: progress.advance(task),
            retry_failed=retry_failed,
        )
    click.echo(
        f"{summary.checked} checked, {summary.failed} failed, {summary.skipped} already "
        f"done, in {summary.seconds:.1f}s -> {out_path}"
    )
    if summary.repaired:
        warn(f"{out_path}: removed a last line cut off by an earlier run ({summary.repaired} B)")
    if summary.stopped_by:
        warn(
            f"{out_path}: stopped by {summary.stopped_by}; every finished result is kept; "
            "run the same command again to check the rest"
        )
        raise SystemExit(130 if summary.stopped_by == "SIGINT" else 143)
    failed = summary.failed + summary.failed_before
    if failed:
        earlier = (
            f" ({summary.failed_before} in an earlier run; --retry-failed checks them again)"
            if summary.failed_before
            else ""
        )
        warn(f"{out_path}: {failed} pairs failed{earlier}; see their error lines")
        raise SystemExit(EXIT_BAD_INPUT)


COMMANDS = [batch_command]
