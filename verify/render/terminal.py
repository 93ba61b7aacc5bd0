"""A readable coloured table for the terminal (rich)."""

from __future__ import annotations

import io

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from verify.types import FLAGS, CheckResult

COLOURS = {
    "supported": "green",
    "minor_variation": "cyan",
    "misquoted": "red",
    "spliced": "red",
    "misattributed": "red",
    "contradicted": "bold red",
    "unsupported": "yellow",
    "misleading": "magenta",
    "not_checkable": "dim",
}


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render(result: CheckResult, width: int = 140, color: bool = True) -> str:
    """The verdict table, the omissions and a one-line tally, as terminal text."""
    console = Console(
        file=io.StringIO(),  # recorded and returned, never printed: the caller writes it
        width=width,
        record=True,
        highlight=False,
        force_terminal=color,
        color_system="standard" if color else None,
    )
    for report in result.reports:
        grades = ", ".join(
            f"{j.name.replace('_', ' ')}: {j.grade.replace('_', ' ')}" for j in report.judgements
        )
        console.print(f"[bold]{escape(report.label)}[/] ({report.framework}) {escape(grades)}")
    if result.pairing:
        console.print(f"[dim]From the archive: {escape(result.pairing.explanation)}[/]")
    table = Table("#", "kind", "claim", "verdict", "why / evidence", show_lines=True)
    for i, claim in enumerate(result.claims, 1):
        colour = COLOURS[claim.verdict]
        why = escape(claim.explanation)
        for ev in claim.evidence[: _shown_evidence(claim)]:
            where = f"para {ev.paragraph}, " if ev.paragraph else ""
            why += f"\n[dim]{where}p.{ev.page}: {escape(_short(ev.text, 200))}[/]"
        if claim.diff and any(op.op != "equal" for op in claim.diff):
            why += "\n" + _diff_markup(claim.diff)
        table.add_row(
            str(i),
            claim.kind,
            escape(_short(claim.text)),
            f"[{colour}]{claim.verdict.replace('_', ' ')}[/]",
            why,
        )
    console.print(table)
    if result.omissions:
        console.print("[bold]Left out of the release:[/]")
        for o in result.omissions:
            console.print(f"  [yellow]•[/] {escape(o.report)}: {escape(_short(o.text, 200))}")
    flagged = sum(c.verdict in FLAGS for c in result.claims)
    console.print(
        f"{len(result.claims)} claims, {flagged} flagged, {len(result.omissions)} omissions."
    )
    return console.export_text(styles=color)


def _shown_evidence(claim) -> int:
    """A splice is shown with every passage it joins; other verdicts with the best one."""
    return len(claim.evidence) if claim.verdict == "spliced" else 1


def _diff_markup(diff) -> str:
    parts = []
    for op in diff:
        if op.op == "equal":
            parts.append(escape(op.release))
        else:
            if op.report:
                parts.append(f"[red]\\[-{escape(op.report)}-][/]")
            if op.release:
                parts.append(f"[green]{{+{escape(op.release)}+}}[/]")
    return " ".join(parts)
