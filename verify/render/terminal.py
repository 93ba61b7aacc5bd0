"""A readable coloured table for the terminal (rich).

Document text (a release, a report, a file name, a reviewer's note) is data, never
markup: it is escaped before rich sees it, and terminal control sequences and
bidirectional overrides are removed first, so a document can neither break the
table (``[/]``), nor retitle or clear the terminal, nor reorder what is shown.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from verify.render.plain import plain
from verify.types import FLAGS, CheckResult
from verify.words import framework_title, grade_title, judgement_title, verdict_title

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


def safe(text: str) -> str:
    """Document text made safe to embed in rich markup: shown exactly, never obeyed."""
    return escape(plain(text))


def console() -> Console:
    """A console for the commands that print as they go: document text is never styled
    by guesswork (highlighting) or turned into emoji (``:warning:``)."""
    return Console(highlight=False, emoji=False)


def _flat(text: str) -> str:
    """One line of text: the table wraps it to the column, and never cuts it."""
    return " ".join(text.split())


def render(result: CheckResult, width: int = 140, color: bool = True) -> str:
    """The verdict table, the omissions and a one-line tally, as terminal text."""
    console = Console(
        file=io.StringIO(),  # recorded and returned, never printed: the caller writes it
        width=width,
        record=True,
        highlight=False,
        emoji=False,
        force_terminal=color,
        color_system="standard" if color else None,
    )
    for report in result.reports:
        grades = "; ".join(
            f"{judgement_title(j.name)}: {grade_title(j.grade)}" for j in report.judgements
        )
        console.print(
            f"[bold]{safe(report.label)}[/] ({framework_title(report.framework)}) {safe(grades)}"
        )
    if result.pairing:
        console.print(f"[dim]From the archive: {safe(result.pairing.explanation)}[/]")
    table = Table("#", "kind", "claim", "verdict", "why / evidence", show_lines=True)
    for column in table.columns:
        column.overflow = "fold"
    for i, claim in enumerate(result.claims, 1):
        colour = COLOURS[claim.verdict]
        why = safe(claim.explanation)
        for ev in claim.evidence[: _shown_evidence(claim)]:
            where = f"para {ev.paragraph}, " if ev.paragraph else ""
            why += f"\n[dim]{where}p.{ev.page}: {safe(_flat(ev.text))}[/]"
        if claim.diff and any(op.op != "equal" for op in claim.diff):
            why += "\n" + _diff_markup(claim.diff)
        table.add_row(
            str(i),
            claim.kind,
            safe(_flat(claim.text)),
            f"[{colour}]{verdict_title(claim.verdict)}[/]",
            why,
        )
    console.print(table)
    if result.omissions:
        console.print("[bold]Left out of the release:[/]")
        for o in result.omissions:
            console.print(f"  [yellow]•[/] {safe(o.report)}: {safe(_flat(o.text))}")
    flagged = sum(c.verdict in FLAGS for c in result.claims)
    held = sum(c.held_back is not None for c in result.claims)
    shown = f", {held} not flagged by provisional checks" if held else ""
    console.print(
        f"{len(result.claims)} claims, {flagged} flagged{shown}, {len(result.omissions)} omissions."
    )
    return console.export_text(styles=color)


def _shown_evidence(claim) -> int:
    """A splice is shown with every passage it joins; other verdicts with the best one."""
    return len(claim.evidence) if claim.verdict == "spliced" else 1


def _diff_markup(diff) -> str:
    parts = []
    for op in diff:
        if op.op == "equal":
            parts.append(safe(op.release))
        else:
            if op.report:
                parts.append(f"[red]\\[-{safe(op.report)}-][/]")
            if op.release:
                parts.append(f"[green]{{+{safe(op.release)}+}}[/]")
    return " ".join(parts)
