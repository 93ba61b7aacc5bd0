"""`verify review`: confirm or dismiss each flag of a saved check result.

Interactive at a terminal (one prompt per undecided flag, saved after each
answer, so quitting loses nothing); scriptable with --confirm/--dismiss for a
newsroom's own tools. Without a terminal and without decisions it only prints
where the review stands.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import click
from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from verify import review as core
from verify.render.plain import plain
from verify.render.terminal import console as terminal_console
from verify.render.terminal import safe
from verify.types import CheckedClaim, CheckResult


def _ids(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(",") if part.strip()]


@click.command("review")
@click.argument("result_path", metavar="RESULT.json", type=click.Path(path_type=Path))
@click.option(
    "--review",
    "review_path",
    type=click.Path(path_type=Path),
    help="Where decisions are kept (default: RESULT.review.json).",
)
@click.option("--reviewer", default="", help="Your name, stored with each decision.")
@click.option("--confirm", "confirm_ids", help="Claim ids to confirm, comma-separated (c3,c7).")
@click.option("--dismiss", "dismiss_ids", help="Claim ids to dismiss, comma-separated.")
@click.option("--note", default="", help="A note stored with --confirm/--dismiss decisions.")
@click.option(
    "--interactive/--no-interactive",
    default=None,
    help="Prompt for each undecided flag (default: when run at a terminal).",
)
def review_command(
    result_path: Path,
    review_path: Path | None,
    reviewer: str,
    confirm_ids: str | None,
    dismiss_ids: str | None,
    note: str,
    interactive: bool | None,
) -> None:
    """Confirm or dismiss each flag in a `verify check --format json` result.

    \b
    Examples:
      verify check release.txt report.pdf --format json -o result.json
      verify review result.json
      verify review result.json --confirm c3,c7 --dismiss c5 --note "para 12 says this"
    """
    result = core.load_result(result_path)
    review_path = review_path or result_path.with_suffix(".review.json")
    review = core.load_review(review_path, result)
    by_id = {c.id: c for c in core.flagged(result)}
    scripted = [(i, "confirmed") for i in _ids(confirm_ids)] + [
        (i, "dismissed") for i in _ids(dismiss_ids)
    ]
    for claim_id, decision in scripted:
        if claim_id not in by_id:
            raise click.BadParameter(f"{claim_id} is not a flagged claim of {result_path}")
        review = core.decide(
            review, by_id[claim_id], decision, note=note, reviewer=reviewer, at=datetime.now(UTC)
        )
    if scripted:
        core.save_review(review_path, review)
    elif sys.stdin.isatty() if interactive is None else interactive:
        review = _interactive(result, review, review_path, reviewer)
    _summary(terminal_console(), result, review, review_path)


def _interactive(
    result: CheckResult, review: core.Review, path: Path, reviewer: str
) -> core.Review:
    console = terminal_console()
    for claim in core.pending(result, review):
        console.print(_panel(claim))
        answer = click.prompt(
            "[c]onfirm, [d]ismiss, [s]kip, [q]uit",
            default="s",
            type=click.Choice(["c", "d", "s", "q"]),
            show_choices=False,
        )
        if answer == "q":
            break
        if answer == "s":
            continue
        note = click.prompt("note (optional)", default="", show_default=False)
        decision = "confirmed" if answer == "c" else "dismissed"
        review = core.decide(
            review, claim, decision, note=note, reviewer=reviewer, at=datetime.now(UTC)
        )
        core.save_review(path, review)
    return review


def _panel(claim: CheckedClaim) -> Panel:
    lines = [f"[bold]{safe(claim.text)}[/bold]", "", safe(claim.explanation)]
    for evidence in claim.evidence[:2]:
        where = f"para {evidence.paragraph}" if evidence.paragraph else f"page {evidence.page}"
        lines.append(f"[dim]{safe(evidence.report)}, {where}:[/dim] {safe(evidence.text[:300])}")
    title = Text(plain(f"{claim.id} · {claim.kind} · {claim.verdict}"))
    return Panel("\n".join(lines), title=title)


def _summary(console: Console, result: CheckResult, review: core.Review, path: Path) -> None:
    decided = review.decided()
    title = Text(plain(f"review of {result.release.source}"))
    table = Table("claim", "verdict", "decision", "note", title=title)
    for claim in core.flagged(result):
        entry = decided.get(claim.id)
        cells = (claim.id, claim.verdict, entry.decision if entry else "pending")
        table.add_row(*(Text(plain(c)) for c in (*cells, entry.note if entry else "")))
    console.print(table)
    console.print(
        Text(plain(f"{len(decided)} of {len(core.flagged(result))} flags decided; saved in {path}"))
    )


COMMANDS = [review_command]
