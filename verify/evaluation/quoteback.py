"""`make eval` section: releases quoting real report sentences (``quoteback_set``), each
half on its own, beside a Ctrl-F baseline.

Each derived release is checked whole pipeline against the report it quotes, with the
archive of ../shared's reports (as the real articles are: another council's words are
named from it), with the bundled model and with the hashing stand-in. Only the ``tune``
half's claims are ever printed one by one (its disagreements); the ``held-out`` half is
measured in totals only.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from rich.table import Table

from verify.evaluation.derived import halves_table, with_each_encoder
from verify.evaluation.quoteback_set import (
    FAITHFUL,
    Derived,
    Item,
    councils,
    derive,
    report_of,
    squash,
)
from verify.evaluation.run import EvalRun
from verify.report import load_report
from verify.settings import Settings
from verify.types import FLAGS, CheckResult
from verify.words.verdicts import worst

RELEASE_SIZE = 14
"""Sentences quoted in each form's turn per release (two more forms follow them)."""


def derived_set(
    shared: Path, settings: Settings, only: Collection[str] | None = None
) -> list[Derived]:
    """One derived release per council the set may draw on (``quoteback_set``; those of
    ``only`` when given), the council after it in order lending the words of another
    report."""
    reports_dir = shared / "corpora" / "ofsted" / "reports"
    folders = councils(reports_dir)
    lenders = {f: folders[(i + 1) % len(folders)] for i, f in enumerate(folders)}
    chosen = [f for f in folders if only is None or f in only]
    needed = {*chosen, *(lenders[f] for f in chosen)}
    files = {f: report_of(reports_dir, f) for f in needed}
    reports = {f: load_report(reports_dir / f / files[f], settings) for f in needed}
    return [
        derive(f, files[f], reports[f], (lenders[f], reports[lenders[f]]), RELEASE_SIZE)
        for f in chosen
    ]


@dataclass(frozen=True)
class Scored:
    """One quotation of a derived release: the rule's truth, the tool's verdict (``missed``
    when no quote claim covers it), the baseline's, and the tool's account."""

    release: Derived
    item: Item
    tool: str
    baseline: str
    why: str
    named: bool = False


def score(release: Derived, result: CheckResult, report_text: str) -> list[Scored]:
    """Each quotation of ``release`` paired with the tool's verdict on the quote claims over
    its words, and the baseline's."""
    text = result.release.text
    out = []
    for item in release.items:
        at = text.find(item.locator)
        mine = [
            c
            for c in result.claims
            if c.kind == "quote" and at >= 0 and c.start < at + len(item.locator) and c.end > at
        ]
        tool = worst(c.verdict for c in mine) if mine else "missed"
        why = next((c.explanation for c in mine if c.verdict == tool), "")
        named = bool(item.source) and item.source.split("_", 1)[1].lower() in why.lower()
        out.append(Scored(release, item, tool, ctrl_f(item.locator, report_text), why, named))
    return out


def ctrl_f(quote: str, report_text: str) -> str:
    """The baseline: supported when every part of the quotation between ellipses is in
    the report as printed (case, spaces and punctuation aside), else misquoted."""
    report = squash(report_text)
    parts = [p for p in re.split(r"\.\.\.|…", quote) if squash(p)]
    return "supported" if all(squash(p) in report for p in parts) else "misquoted"


def figures(scored: Sequence[Scored], verdict: str = "tool") -> list[str]:
    """n, found, exact agreement, false flags on faithful quotations, wrong quotations
    flagged, flagged with the right flag, misattributed ones named."""
    faithful = [s for s in scored if s.item.truth in FAITHFUL]
    wrong = [s for s in scored if s.item.truth not in FAITHFUL]
    said = [getattr(s, verdict) for s in scored]
    elsewhere = [s for s in scored if s.item.source]
    return [
        str(len(scored)),
        f"{sum(v != 'missed' for v in said) / max(1, len(said)):.2f}",
        f"{sum(getattr(s, verdict) == s.item.truth for s in scored) / max(1, len(said)):.2f}",
        f"{sum(getattr(s, verdict) in FLAGS for s in faithful)}/{len(faithful)}",
        f"{sum(getattr(s, verdict) in FLAGS for s in wrong)}/{len(wrong)}",
        f"{sum(getattr(s, verdict) == s.item.truth for s in wrong)}/{len(wrong)}",
        f"{sum(s.named for s in elsewhere) if verdict == 'tool' else 0}/{len(elsewhere)}",
    ]


def table(by_encoder: dict[str, list[Scored]]) -> Table:
    """Each half's figures with each encoder, beside the Ctrl-F baseline."""
    columns = ("n", "found", "exact", "false flags", "wrong flagged", "right flag")
    return halves_table(
        "quotations of real report sentences (quoteback_set)",
        (*columns, "source named"),
        by_encoder,
        figures,
        ("ctrl-f", partial(figures, verdict="baseline")),
    )


def confusion(scored: Sequence[Scored], title: str) -> Table:
    """Form x the tool's verdict."""
    said = sorted({s.tool for s in scored})
    t = Table("form", "truth", *said, title=title)
    cells = Counter((s.item.form, s.tool) for s in scored)
    for form, truth in sorted({(s.item.form, s.item.truth) for s in scored}):
        t.add_row(form, truth, *[str(cells[form, v]) if cells[form, v] else "." for v in said])
    return t


def run(ev: EvalRun) -> None:
    """The set checked with each encoder; the tune half's disagreements listed."""
    reports = ev.shared / "corpora" / "ofsted" / "reports"
    if not reports.is_dir():
        ev.console.print(f"[yellow]quoteback skipped: {reports} is absent[/]")
        return
    releases = derived_set(ev.shared, ev.settings(ev.archive))
    by_encoder = with_each_encoder(ev, releases, score)
    ev.console.print(table(by_encoder))
    for name, scored in by_encoder.items():
        tune = [s for s in scored if s.release.half == "tune"]
        ev.console.print(confusion(tune, f"tune half, {name}: form x verdict"))
        for s in tune:
            if s.tool != s.item.truth:
                ev.console.print(
                    f"{name} {s.release.folder} {s.item.form} {s.item.locator[:70]!r}: "
                    f"{s.tool} (truth {s.item.truth}) {s.why[:200]}",
                    markup=False,
                    highlight=False,
                )
