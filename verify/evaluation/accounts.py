"""`make eval` section: the accounts set (``verify.evaluation.accounts_set``), Ofsted's own
accounts of earlier inspections lifted from the real reports as release claims.

Each item is checked alone (one release a sentence, dated at its report's publication)
with its report as the current one and the archive of ../shared's reports, as the real
articles are. Its verdict is the claims' over the sentence: a flag when any claim there
carries one, else supported when any is, else the first's. Each half (by council) is
printed beside the baseline that leaves every claim ``not_checkable``; of the held-out
half only totals are printed, of the tune half also the items the tool gets wrong.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from verify.evaluation.accounts_set import Item, derive
from verify.evaluation.halves import HALVES
from verify.evaluation.run import EvalRun
from verify.pipeline import CheckRun
from verify.types import FLAGS, CheckedClaim


@dataclass(frozen=True)
class Outcome:
    """An item and what the tool made of it: the kinds of the claims over its sentence
    and their one verdict (``missed`` when no claim covers it)."""

    item: Item
    kinds: tuple[str, ...]
    verdict: str
    why: str = ""

    @property
    def wrong(self) -> bool:
        """A flag, a true grade not supported, or the sentence left unread."""
        return (
            self.verdict in FLAGS
            or (self.item.supported and self.verdict != "supported")
            or self.verdict in ("not_checkable", "missed")
        )


def verdict_of(claims: Sequence[CheckedClaim]) -> CheckedClaim | None:
    """The claim speaking for an item: a flag first, then support, else the first."""
    flagged = [c for c in claims if c.verdict in FLAGS]
    supported = [c for c in claims if c.verdict == "supported"]
    return (flagged or supported or list(claims) or [None])[0]


Check = Callable[[str, list[str], list[str]], CheckRun]


def outcome(item: Item, folder: Path, check: Check) -> Outcome:
    """The item checked alone, its release written to ``folder``."""
    release = folder / f"{abs(hash((item.report, item.lifted)))}.txt"
    release.write_text(item.release, encoding="utf-8")
    result = check(str(release), [str(item.report)], []).result
    at = item.release.index(item.lifted)
    over = [
        c
        for c in result.claims
        if c.kind != "quote" and c.start < at + len(item.lifted) and at < c.end
    ]
    said = verdict_of(over)
    if said is None:
        return Outcome(item, (), "missed")
    return Outcome(item, tuple(c.kind for c in over), said.verdict, said.explanation[:200])


def figures(outcomes: Sequence[Outcome]) -> list[str]:
    """Items, claims found, of them comparison or history (kind comparison), false flags,
    true grades supported, supported and not_checkable shares."""
    n = max(1, len(outcomes))
    graded = [o for o in outcomes if o.item.supported]
    return [
        str(len(outcomes)),
        str(sum(o.verdict != "missed" for o in outcomes)),
        str(sum("comparison" in o.kinds for o in outcomes)),
        str(sum(o.verdict in FLAGS for o in outcomes)),
        f"{sum(o.verdict == 'supported' for o in graded)}/{len(graded)}",
        f"{sum(o.verdict == 'supported' for o in outcomes) / n:.2f}",
        f"{sum(o.verdict == 'not_checkable' for o in outcomes) / n:.2f}",
    ]


def baseline(outcomes: Sequence[Outcome]) -> list[str]:
    """Every item left not_checkable: no flag, nothing supported."""
    graded = sum(o.item.supported for o in outcomes)
    return [str(len(outcomes)), "-", "-", "0", f"0/{graded}", "0.00", "1.00"]


def table(by_half: dict[str, list[Outcome]]) -> Table:
    out = Table(
        "half",
        "",
        "items",
        "claims found",
        "comparison",
        "false flags",
        "true grade supported",
        "supported",
        "not_checkable",
        title="accounts set: Ofsted's accounts of earlier inspections as claims",
    )
    for name, outcomes in by_half.items():
        for voiced, how in ((False, "alone"), (True, "'Ofsted said that'")):
            mine = [o for o in outcomes if o.item.voiced == voiced]
            out.add_row(name, f"verify, {how}", *figures(mine))
            out.add_row(name, f"all not_checkable, {how}", *baseline(mine))
    return out


def show_wrong(outcomes: Sequence[Outcome], console: Console) -> None:
    """The tune half's items the tool gets wrong (``Outcome.wrong``)."""
    for o in outcomes:
        if o.wrong:
            console.print(
                f"{o.item.council} {o.item.published}: {o.item.lifted[:160]!r} -> "
                f"{o.verdict} {','.join(o.kinds)} {o.why}"
            )


def run(ev: EvalRun) -> None:
    """Derive the set, check every item with the archive, print each half's figures."""
    if not (ev.shared / "corpora" / "ofsted" / "ilacs_history.csv").exists():
        ev.console.print(f"[yellow]accounts set skipped: {ev.shared}'s reports are absent[/]")
        return
    db = ev.archive
    if db is None:
        return
    settings = ev.settings(db)
    folder = ev.scratch / "accounts"
    folder.mkdir(exist_ok=True)

    def check(release: str, reports: list[str], previous: list[str]) -> CheckRun:
        return ev.check(release, reports, previous, settings, ev.encoder)

    items = derive(ev.shared, settings)
    by_half = {h: [outcome(i, folder, check) for i in items if i.half == h] for h in HALVES}
    ev.console.print(table(by_half))
    doubts = [i for i in items if i.doubt]
    for item in doubts:
        ev.console.print(
            f"rule's grade in doubt: {item.council} {item.sentence[:80]!r} {item.doubt}"
        )
    show_wrong(by_half["tune"], ev.console)
