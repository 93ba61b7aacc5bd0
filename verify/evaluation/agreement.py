"""`make eval` agreement: how far two people labelling the same articles agree.

Six dev-part articles were labelled a second time, by a labeller who saw neither
the first labels nor the tool (``corpora/gold/dev/second``). Their agreement is
the ceiling a tool can be held to on this gold: where people split on a verdict
(a capital letter as a minor variation, a national count the archive cannot
settle), a tool scored against one of them cannot be right every time.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.table import Table

from verify.evaluation.run import EvalRun
from verify.types import FLAGS

ROOT = Path(__file__).resolve().parents[2]
FIRST = ROOT / "corpora" / "gold" / "dev"
SECOND = FIRST / "second"


def paired_verdicts(first: Path = FIRST, second: Path = SECOND) -> list[tuple[str, str]]:
    """(first verdict, second verdict) for each second-labelled claim that overlaps a
    first-labelled claim of the same article (the one it overlaps most)."""
    pairs = []
    for path in sorted(second.glob("*.json")):
        theirs = json.loads(path.read_text(encoding="utf-8"))["claims"]
        ours = json.loads((first / path.name).read_text(encoding="utf-8"))["claims"]
        for claim in theirs:
            overlap = [
                (min(claim["end"], o["end"]) - max(claim["start"], o["start"]), o) for o in ours
            ]
            size, best = max(overlap, key=lambda p: p[0], default=(0, None))
            if size > 0:
                pairs.append((best["verdict"], claim["verdict"]))
    return pairs


def kappa(pairs: list[tuple[str, str]]) -> float:
    """Cohen's kappa: agreement beyond what the two labellers' verdict rates give by chance."""
    n = len(pairs)
    if not n:
        return 0.0
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[k] * second[k] for k in first) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def show_agreement(console: Console, first: Path, second: Path, what: str) -> None:
    """The two labellings' agreement on ``what`` (verdicts, flags, kappa, where they split)."""
    pairs = paired_verdicts(first, second)
    if not pairs:
        console.print(f"No second labels in {second.relative_to(ROOT)}.")
        return
    flags = [(a in FLAGS, b in FLAGS) for a, b in pairs]
    articles = len(list(second.glob("*.json")))
    table = Table("measure", "value", title=f"Two labellers on the same {articles} {what}")
    table.add_row("claims labelled by both", str(len(pairs)))
    table.add_row("same verdict", f"{sum(a == b for a, b in pairs) / len(pairs):.2f}")
    table.add_row("Cohen's kappa, verdicts", f"{kappa(pairs):.2f}")
    table.add_row("same flag / no flag", f"{sum(a == b for a, b in flags) / len(flags):.2f}")
    table.add_row("Cohen's kappa, flag or not", f"{kappa(flags):.2f}")
    console.print(table)
    split = Counter((a, b) for a, b in pairs if a != b)
    if split:
        console.print(
            "Where they differ (first -> second): "
            + "; ".join(f"{a} -> {b} x{n}" for (a, b), n in split.most_common())
        )


def run(ev: EvalRun) -> None:
    show_agreement(ev.console, FIRST, SECOND, "dev articles")
