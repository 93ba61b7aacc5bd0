"""`make eval` section: the dev part's real quotations in other articles' real framings
(``framings_set``), each half on its own, beside a cue-word baseline.

Each derived release is checked whole pipeline against the report of the article its
quotations come from, with the bundled model and with the hashing stand-in. Only the
``tune`` half's items are ever printed one by one; ``held-out`` is measured in totals.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from rich.table import Table

from verify.evaluation.derived import halves_table, with_each_encoder
from verify.evaluation.framings_set import Derived, Item, derive, material
from verify.evaluation.quoteback import ctrl_f
from verify.evaluation.run import EvalRun
from verify.report import load_report
from verify.settings import Settings
from verify.types import FLAGS, CheckResult
from verify.words.verdicts import worst

GOLD = Path(__file__).resolve().parents[2] / "corpora" / "gold" / "dev"


def derived_set(
    shared: Path, settings: Settings, only: Collection[str] | None = None
) -> list[Derived]:
    """Three derived releases (``matched``, ``crossed``, ``again``) per dev-part article holding
    quotations (those of councils in ``only`` when given)."""
    framings, quotations, manifest = material(shared, GOLD)
    out = []
    for article in sorted({q.article for q in quotations}):
        row = manifest[article]
        if only is not None and row["authority_folder"] not in only:
            continue
        path = shared / "corpora" / "ofsted" / "reports" / row["authority_folder"] / row["report"]
        report_text = load_report(path, settings).text
        mine = [q for q in quotations if q.article == article]
        for form in ("matched", "crossed", "again"):
            release = derive(article, mine, framings, row, report_text, form)
            if release.items:
                out.append(release)
    return out


@dataclass(frozen=True)
class Scored:
    """One framed quotation: the tool's kind over it (``missed`` when no claim covers it),
    role and verdict, and the baseline's role and verdict."""

    release: Derived
    item: Item
    kind: str
    role: str
    tool: str
    base_role: str
    baseline: str
    why: str


_REPORT_CUES = re.compile(r"\b(inspect\w*|report\w*|ofsted|watchdog|regulator|hmi)\b", re.I)


def _baseline(item: Item, paragraph: str, report_text: str) -> tuple[str, str]:
    """Role by a cue word in the paragraph; verdict not_checkable for the council, else
    Ctrl-F (misattributed when the words are not printed)."""
    role = "inspectors" if _REPORT_CUES.search(paragraph.replace(item.locator, "")) else "council"
    if role == "council":
        return role, "not_checkable"
    found = ctrl_f(item.locator, report_text) == "supported"
    return role, "supported" if found else "misattributed"


def score(release: Derived, result: CheckResult, report_text: str) -> list[Scored]:
    """Each item of ``release`` beside the tool's claims over its words."""
    text = result.release.text
    out = []
    for item in release.items:
        at = text.find(item.locator)
        end = at + len(item.locator)
        near = [c for c in result.claims if at >= 0 and c.start < end and c.end > at]
        quotes = [c for c in near if c.kind == "quote"]
        kind = "quote" if quotes else (near[0].kind if near else "missed")
        tool = worst(c.verdict for c in quotes) if quotes else "missed"
        role = quotes[0].attribution.role if quotes and quotes[0].attribution else "-"
        why = next((c.explanation for c in quotes if c.verdict == tool), "")
        a = text.rfind("\n\n", 0, at) + 1
        b = text.find("\n\n", at)
        base_role, baseline = _baseline(item, text[a:b], report_text)
        out.append(Scored(release, item, kind, role, tool, base_role, baseline, why))
    return out


def figures(scored: Sequence[Scored], baseline: bool = False) -> list[str]:
    """n, kind quote, role right, exact verdict, false flags on unflagged truths, wrong
    ones flagged."""
    n = max(1, len(scored))
    role = [s.base_role if baseline else s.role for s in scored]
    said = [s.baseline if baseline else s.tool for s in scored]
    kind = [True if baseline else s.kind == "quote" for s in scored]
    clean = [v for s, v in zip(scored, said, strict=True) if s.item.truth not in FLAGS]
    wrong = [v for s, v in zip(scored, said, strict=True) if s.item.truth in FLAGS]
    return [
        str(len(scored)),
        f"{sum(kind) / n:.2f}",
        f"{sum(r == s.item.role for r, s in zip(role, scored, strict=True)) / n:.2f}",
        f"{sum(v == s.item.truth for v, s in zip(said, scored, strict=True)) / n:.2f}",
        f"{sum(v in FLAGS for v in clean)}/{len(clean)}",
        f"{sum(v in FLAGS for v in wrong)}/{len(wrong)}",
    ]


def table(by_encoder: dict[str, list[Scored]]) -> Table:
    """Each half's figures with each encoder, beside the cue-word baseline."""
    return halves_table(
        "real quotations in real framings (framings_set)",
        ("n", "kind quote", "role", "exact", "false flags", "wrong flagged"),
        by_encoder,
        figures,
        ("cue words", partial(figures, baseline=True)),
    )


def run(ev: EvalRun) -> None:
    """The set checked with each encoder; the tune half's disagreements listed."""
    if not (ev.shared / "dev" / "articles").is_dir():
        ev.console.print("[yellow]framings skipped: ../shared/dev is absent[/]")
        return
    releases = derived_set(ev.shared, ev.settings(ev.archive))
    by_encoder = with_each_encoder(ev, releases, score)
    ev.console.print(table(by_encoder))
    for name, scored in by_encoder.items():
        for s in scored:
            if s.release.half == "tune" and (s.tool, s.role) != (s.item.truth, s.item.role):
                ev.console.print(
                    f"{name} {s.release.name} {s.item.framing} {s.item.locator[:60]!r}: "
                    f"{s.kind}/{s.role}/{s.tool} (truth {s.item.role}/{s.item.truth}) "
                    f"{s.why[:160]}",
                    markup=False,
                    highlight=False,
                )
