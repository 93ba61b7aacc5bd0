"""`verify synth`: labelled synthetic releases from real reports."""

from __future__ import annotations

from pathlib import Path

import click
from rich.progress import Progress

from verify.cli import EXIT_BAD_INPUT


@click.command("synth")
@click.argument("reports", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--seed", type=int, default=0, show_default=True, help="Same seed, same releases.")
@click.option(
    "--output",
    "-o",
    "out_dir",
    type=click.Path(path_type=Path),
    required=True,
    help="Folder for <name>.txt (the release) and <name>.gold.json (its labels).",
)
@click.option(
    "--per-report",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Releases to write for each report (seeds SEED, SEED+1, ...).",
)
def synth_command(reports: tuple[Path, ...], seed: int, out_dir: Path, per_report: int) -> None:
    """Write a labelled council-style release for each REPORT (a PDF, or a folder of them).

    \b
    Examples:
      verify synth wigan.pdf harrow.pdf --seed 1 -o synthetic/
      verify batch synthetic/ -o synthetic.jsonl

    The reports lend each other quotes for the 'quote from another council'
    error, so give several to get every error type. A report that cannot be read
    is skipped with one line naming it (exit code 2); the others are still written.
    """
    from verify.settings import from_environment
    from verify.synth.dataset import report_paths, write_set

    paths = [p for r in reports for p in (report_paths(r) if r.is_dir() else [r])]
    with Progress(transient=True) as progress:
        task = progress.add_task("reading reports", total=len(paths))
        manifest = write_set(
            paths,
            out_dir,
            seed,
            from_environment(),
            per_report,
            progress=lambda _: progress.advance(task),
        )
    click.echo(f"{len(manifest.releases)} releases, {manifest.claims} labelled claims in {out_dir}")
    for line in manifest.skipped:
        click.secho(f"verify: skipped {line}", fg="red", err=True)
    if manifest.skipped:
        raise SystemExit(EXIT_BAD_INPUT)


COMMANDS = [synth_command]
