"""`make eval` section: history, comparison and national claims of the real articles,
checked with the archive.

The dev section scores every claim; this one only those the archive decides, with the
archive built from ../shared/corpora/ofsted/reports (once per run, shared with the dev
section), as for a user who has built it: the manifest's report is given, every earlier
report of the council comes from the archive, and national claims are counted from it. Only the
gold claims this concerns are scored: kind ``national``, kind ``comparison``, and any
claim whose evidence is an earlier report ("previous report para 12"), shown as
``history``. Parts are scored on their own; of the test part only totals are printed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from verify.evaluation.dev import DevSet, dev_set
from verify.evaluation.run import EvalRun
from verify.evaluation.verdicts import Checker, Pair, match, show_disagreements
from verify.match import Encoder
from verify.pipeline import run_check
from verify.settings import Settings
from verify.types import FLAGS


def group(row: dict) -> str | None:
    """The scored group of a gold claim: national, history or comparison; None if none."""
    if row["kind"] == "national":
        return "national"
    if "previous" in (row.get("evidence") or "").lower():
        return "history"
    return "comparison" if row["kind"] == "comparison" else None


@dataclass(frozen=True)
class ArchiveDevSet(DevSet):
    """The articles of one part with at least one scored claim, previous reports left to
    the archive."""

    def documents(self, settings: Settings) -> list[dict]:
        docs = []
        for doc in super().documents(settings):
            claims = [row for row in doc["claims"] if group(row)]
            if claims:
                docs.append({**doc, "claims": claims})
        return docs


def archive_set(shared: Path, part: str) -> ArchiveDevSet:
    return ArchiveDevSet(**vars(dev_set(shared, part, with_archive=True)))


def evaluate(
    gold_set: ArchiveDevSet, settings: Settings, encoder: Encoder, check: Checker = run_check
) -> list[Pair]:
    """Each article checked with the archive on (by ``check``: the dev section's checks of
    the same articles, in one run); its scored gold claims paired with the tool's verdicts
    (``missed`` when no extracted claim overlaps one)."""
    pairs = []
    for gold in gold_set.documents(settings):
        result = check(*gold_set.paths(gold), settings, encoder).result  # previous: the archive's
        for row, claim in zip(
            gold["claims"], match(gold["claims"], result.claims, reuse=True), strict=True
        ):
            said = claim.verdict if claim is not None else "missed"
            pairs.append(Pair(gold["seed"], row, said, {}, claim))
    return pairs


def score_table(pairs: Sequence[Pair], title: str) -> Table:
    """Per group and in all: claims, found, agreeing with gold, flags raised and false."""
    table = Table(
        "claims",
        "n",
        "found",
        "agree with gold",
        "gold supported -> supported",
        "gold not_checkable -> not_checkable",
        "flags raised",
        "false flags",
        title=f"history, comparison and national claims checked with the archive, {title}",
    )
    groups = sorted({group(p.gold) for p in pairs})
    for name in [*groups, "all"]:
        chosen = [p for p in pairs if name in ("all", group(p.gold))]
        table.add_row(name, *_row(chosen))
    return table


def _row(pairs: Sequence[Pair]) -> list[str]:
    def agreeing(verdict: str) -> str:
        gold = [p for p in pairs if p.gold["verdict"] == verdict]
        return f"{sum(p.tool == verdict for p in gold)}/{len(gold)}"

    flagged = [p for p in pairs if p.tool in FLAGS]
    return [
        str(len(pairs)),
        str(sum(p.tool != "missed" for p in pairs)),
        f"{sum(p.tool == p.gold['verdict'] for p in pairs) / max(1, len(pairs)):.2f}",
        agreeing("supported"),
        agreeing("not_checkable"),
        str(len(flagged)),
        str(sum(p.gold["verdict"] not in FLAGS for p in flagged)),
    ]


def confusion(pairs: Sequence[Pair], title: str) -> Table:
    """Gold verdict x the tool's, over every scored claim."""
    said = sorted({p.tool for p in pairs})
    table = Table("gold verdict", *said, title=f"gold x tool verdicts, {title}")
    cells = Counter((p.gold["verdict"], p.tool) for p in pairs)
    for gold in sorted({p.gold["verdict"] for p in pairs}):
        table.add_row(gold, *[str(cells[(gold, s)]) if cells[(gold, s)] else "." for s in said])
    return table


def show(part: str, pairs: Sequence[Pair], console: Console) -> None:
    title = f"the real articles, {part} part"
    console.print(score_table(pairs, title))
    console.print(confusion(pairs, title))
    if part != "dev":
        return  # the test part is measured only: no claim of it is printed
    show_disagreements(pairs, f"scored claims of {title}", _disagreement, console)


def _disagreement(p: Pair) -> str:
    why = p.claim.explanation[:240] if p.claim is not None else ""
    return (
        f"{p.seed.removesuffix('.txt')} {group(p.gold)} {p.gold['snippet'][:50]!r}: "
        f"{p.tool} (gold {p.gold['verdict']}) {why}"
    )


def run(ev: EvalRun) -> None:
    """The scored claims of each part, checked with the archive of ../shared's reports
    (the run's, built once; with ``--cache`` a rerun only checks it is up to date)."""
    if not (ev.shared / "dev" / "manifest.json").exists():
        ev.console.print(f"[yellow]history claims skipped: {ev.shared}/dev is absent[/]")
        return
    db = ev.archive
    if db is None:
        return
    settings = ev.settings(db)
    for part in ev.parts:
        pairs = evaluate(archive_set(ev.shared, part), settings, ev.encoder, ev.check)
        show(part, pairs, ev.console)
