"""`verify serve` and `verify export`: the review desk and what it publishes."""

from __future__ import annotations

from pathlib import Path

import click

DEFAULT_DB = "verify-results.db"


@click.command("serve")
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=DEFAULT_DB,
    show_default=True,
    help="The results database.",
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (127.0.0.1: this machine only).",
)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--publisher",
    default="verify",
    show_default=True,
    help="Organisation named as author in ClaimReview exports.",
)
def serve_command(db_path: Path, host: str, port: int, publisher: str) -> None:
    """Open the review desk in the browser: checked releases, verdicts side by side with
    the report's evidence, and a confirm / dismiss / correct form on every claim.

    \b
    Examples:
      verify check release.html report.pdf --db desk.db
      verify serve --db desk.db            # then open http://127.0.0.1:8000
    """
    import uvicorn

    from verify.settings import from_environment
    from verify.web import create_app

    app = create_app(db_path, from_environment(), publisher=publisher)
    click.echo(
        f"verify desk on http://{host}:{port} (database {db_path}); Ctrl-C stops it", err=True
    )
    uvicorn.run(app, host=host, port=port, log_level="warning")


@click.command("export")
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    required=True,
    help="The results database.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["claimreview", "csv"]),
    default="claimreview",
    show_default=True,
)
@click.option(
    "--all",
    "everything",
    is_flag=True,
    help="ClaimReview for every flagged claim, reviewed or not.",
)
@click.option(
    "--publisher",
    default="verify",
    show_default=True,
    help="Organisation named as author of the ClaimReview.",
)
@click.option(
    "--base-url",
    default="http://127.0.0.1:8000",
    show_default=True,
    help="Where the desk is published, for each review's url.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write here, not stdout.",
)
def export_command(db_path, fmt, everything, publisher, base_url, output) -> None:
    """Export reviewed claims as schema.org ClaimReview JSON-LD, or every decision as CSV.

    \b
    Examples:
      verify export --db desk.db > claimreview.json
      verify export --db desk.db --all --publisher "The Echo" -o reviews.json
      verify export --db desk.db --format csv -o decisions.csv
    """
    import json

    from verify.export import claim_reviews, decisions_csv
    from verify.store import ResultsDB

    db = ResultsDB(db_path)
    if fmt == "csv":
        text = decisions_csv(db)
    else:
        reviews = claim_reviews(db, publisher=publisher, base_url=base_url, everything=everything)
        text = json.dumps(reviews, indent=2, ensure_ascii=False) + "\n"
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)


COMMANDS = [serve_command, export_command]
