"""`make eval` section: the reports' own summary sentences told as a release's findings
(the derived set of ``verify.evaluation.summary_set``, lane summaries23).

Each half (by council) is scored on its own: support recall on the positives (a summary
sentence checked against its own report's body) and false support on the negatives (the
same sentence against a report of the opposite grade), beside a baseline of words alone
(supported when one body sentence holds 80% of the claim's content words, the bar the tool
keeps with no model). Only totals are printed.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass

from rich.table import Table

from verify.check import check_claims
from verify.check.common import content_words
from verify.evaluation.run import EvalRun
from verify.evaluation.summary_set import Item, body, derive, framed, sentence_text
from verify.extract import extract_claims
from verify.match import Encoder
from verify.match.index import split_sentences
from verify.report import load_report
from verify.settings import Settings
from verify.types import Release

LEXICAL_BAR = 0.8


@dataclass(frozen=True)
class Outcome:
    """What one item came to: ``None`` when extraction made no finding claims of it alone
    (not in the set), else whether the tool supported it (every finding claim, for a
    positive; any, for a negative) and whether the baseline of words did."""

    supported: bool | None
    baseline: bool
    verdicts: tuple[str, ...] = ()


def release_of(item: Item, settings: Settings) -> Release:
    text = framed(sentence_text(load_report(item.source, settings), item.start, item.end))
    sha = hashlib.sha256(text.encode()).hexdigest()
    return Release(source="summary.txt", sha256=sha, media_type="text", text=text)


def outcome(item: Item, settings: Settings, encoder: Encoder) -> Outcome:
    """``item`` extracted and checked against the body of its ``against`` report."""
    release = release_of(item, settings)
    report = body(item.against, settings)
    claims = extract_claims(release)
    if not claims or any(c.kind != "finding" for c in claims):
        return Outcome(None, False)
    checked = check_claims(release, claims, [report], [], settings, encoder).claims
    verdicts = tuple(c.verdict for c in checked)
    hits = [v == "supported" for v in verdicts]
    return Outcome(
        all(hits) if item.positive else any(hits), _by_words(release.text, report), verdicts
    )


def _by_words(text: str, report) -> bool:
    words = content_words(text) - content_words("Inspectors found that")
    return bool(words) and any(
        len(words & content_words(s.text)) / len(words) >= LEXICAL_BAR
        for p in report.passages
        for s in split_sentences(p, report.text)
    )


def totals(items: list[Item], outcomes: list[Outcome]) -> dict[tuple[str, bool], Counter]:
    """Per half and side: items scored, supported by the tool, by the baseline, excluded."""
    out: dict[tuple[str, bool], Counter] = {}
    for item, o in zip(items, outcomes, strict=True):
        c = out.setdefault((item.half, item.positive), Counter())
        if o.supported is None:
            c["excluded"] += 1
            continue
        c["n"] += 1
        c["tool"] += o.supported
        c["baseline"] += o.baseline
    return out


def run(ev: EvalRun) -> None:
    settings = ev.settings()
    items = derive(ev.shared, settings)
    outcomes = [outcome(i, settings, ev.encoder) for i in items]
    table = Table(title="Summary sentences as findings (derived, by council halves)")
    for col in ("half", "side", "items", "excluded", "tool supported", "baseline (words)"):
        table.add_column(col)
    for (h, positive), c in sorted(totals(items, outcomes).items()):
        side = "recall (own body)" if positive else "false support (opposite grade)"
        n = c["n"] or 1
        table.add_row(
            h,
            side,
            str(c["n"]),
            str(c["excluded"]),
            f"{c['tool']} ({c['tool'] / n:.2f})",
            f"{c['baseline']} ({c['baseline'] / n:.2f})",
        )
    ev.console.print(table)
