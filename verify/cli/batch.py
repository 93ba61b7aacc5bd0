"""`verify batch PAIRS -o FILE`: check many releases, one JSON line per pair."""

from __future__ import annotations

import time
from pathlib import Path

import click

from verify.cli import EXIT_BAD_INPUT, provisional_flags, warn


@click.command("batch")
@click.argument("pairs", type=click.Path(path_type=Path))
@click.option(
    "--output",
    "-o",
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
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also store every result in this results database (for `verify serve`).",
)
@click.option(
    "--scheduler",
    help="Run the pairs on the Dask distributed cluster at this address "
    "(tcp://host:8786); needs the 'distributed' package. Default: local processes.",
)
@click.option(
    "--archive",
    "archive",
    type=click.Path(dir_okay=False),
    help="The archive of reports (default: the `archive` setting, VERIFY_ARCHIVE).",
)
@provisional_flags
def batch_command(
    pairs: Path,
    out_path: Path,
    workers: int,
    retry_failed: bool,
    db_path: Path | None,
    scheduler: str | None,
    archive: str | None,
    provisional: bool,
) -> None:
    """Check every pair listed in PAIRS: a .jsonl of {"release", "reports"} objects, a .csv
    with release and report columns, a `verify synth` output folder, or a folder of
    releases alone, each paired with its report from the archive.

    A pair that fails is written as an error line and the run goes on; the exit
    code is 2 if any pair failed. A rerun skips the pairs whose files were already
    checked. Ctrl-C (or SIGTERM) stops the run and keeps every finished result.

    \b
    Examples:
      verify batch pairs.jsonl -o results.jsonl -j 0
      verify batch pairs.csv -o results.jsonl --db desk.db
      verify batch pairs.jsonl -o results.jsonl --scheduler tcp://10.0.0.5:8786
    """
    from verify.batch import folder_pairs, read_keys, read_pairs, run_batch
    from verify.settings import from_environment
    from verify.synth.dataset import MANIFEST, set_pairs

    if (pairs / MANIFEST).is_file():
        todo = set_pairs(pairs)
    else:
        todo = folder_pairs(pairs) if pairs.is_dir() else read_pairs(pairs)
    store = _store(db_path, out_path)
    runner = None
    if scheduler:
        from verify.distributed import cluster_runner

        runner = cluster_runner(scheduler)
    with _Progress(len(todo)) as progress:

        def on_line(line) -> None:
            if store is not None and line.ok:
                store.save(line.result, pair_id=line.key)
            progress.advance(line.ok)

        summary = run_batch(
            todo,
            out_path,
            from_environment(archive=archive, provisional_flags=provisional or None),
            workers,
            on_line=on_line,
            retry_failed=retry_failed,
            runner=runner,
        )
    if store is not None:
        _backfill(store, read_keys(out_path))
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


def _store(db_path: Path | None, out_path: Path):
    """The results database, brought level with the JSON lines before the run.

    A run killed between writing a line and storing it leaves a result in the
    output that the database lacks; the rerun skips that pair, so it is stored
    from its line here, and nothing is lost or checked twice.
    """
    if db_path is None:
        return None
    from verify.batch import read_keys
    from verify.store import ResultsDB

    store = ResultsDB(db_path)
    _backfill(store, read_keys(out_path))
    return store


def _backfill(store, lines: dict) -> None:
    stored = store.done_pairs()
    for key, line in lines.items():
        if line.ok and line.result is not None and key not in stored:
            store.save(line.result, pair_id=key)


class _Progress:
    """A progress bar on a terminal; when piped, a line on stderr every ``every`` seconds,
    so a batch in a scheduler's log shows it is alive."""

    def __init__(self, total: int, every: float = 30.0) -> None:
        from rich.console import Console

        self.total, self.every = total, every
        self.done = self.failed = 0
        self.began = self.said = time.monotonic()
        self.console = Console(stderr=True)
        self.bar = None

    def __enter__(self) -> _Progress:
        if self.console.is_terminal:
            from rich.progress import Progress

            self.bar = Progress(console=self.console, transient=True)
            self.bar.__enter__()
            self.task = self.bar.add_task("checking", total=self.total)
        return self

    def advance(self, ok: bool) -> None:
        self.done += 1
        self.failed += not ok
        if self.bar is not None:
            self.bar.advance(self.task)
        elif time.monotonic() - self.said >= self.every or self.done == self.total:
            self.said = time.monotonic()
            click.echo(
                f"verify batch: {self.done}/{self.total} checked, {self.failed} failed, "
                f"{self.said - self.began:.0f}s",
                err=True,
            )

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)


COMMANDS = [batch_command]
