"""`make eval` section: the real development set (../shared/dev) against its gold.

Gold (corpora/gold/dev/<id>.json, format in its README) points into the raw
article by offsets and a locator; each span is re-anchored in the cleaned text
that ``read_release`` makes, so the tool's claims can be paired with it. The
articles are split by council (corpora/gold/dev/split.json): the ``dev`` part is
tuned on, the ``test`` part only measured, and each is printed on its own. For
the test part only totals are printed, never a claim, so nothing can be tuned
on it by reading the output.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Column, Table

from verify.check import confidence as confidence_module
from verify.check.confidence import CALIBRATION, Figures, calibration_json, confidence
from verify.evaluation.halves import split
from verify.evaluation.run import EvalRun
from verify.evaluation.verdicts import (
    GoldSet,
    Pair,
    baseline_verdict_table,
    evaluate,
    show_disagreements,
    summary_table,
    verdict_table,
)
from verify.ingest.release import read_release
from verify.ingest.text import normalise_whitespace
from verify.settings import Settings
from verify.types import FLAGS

ROOT = Path(__file__).resolve().parents[2]
DEV_GOLD = ROOT / "corpora" / "gold" / "dev"


def anchor(raw: str, cleaned: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the raw span ``raw[start:end]`` lies in ``cleaned`` (whitespace normalised):
    the occurrence nearest the span's relative position, None when it is not there."""
    words = normalise_whitespace(raw[start:end])
    if not words:
        return None
    expected = start * len(cleaned) / max(1, len(raw))
    hits, at = [], cleaned.find(words)
    while at >= 0:
        hits.append(at)
        at = cleaned.find(words, at + 1)
    if not hits:
        return None
    best = min(hits, key=lambda h: abs(h - expected))
    return best, best + len(words)


@dataclass(frozen=True)
class DevSet(GoldSet):
    """The labelled articles of one part of ../shared/dev, with the manifest's reports."""

    part: str = "dev"
    shared: Path = Path("../shared")
    with_archive: bool = False
    """Earlier reports left to the archive (every one of the council's), not the
    manifest's previous report, as `verify check` takes them when an archive is built."""

    def files(self) -> list[Path]:
        ids = set(split()[self.part])
        return [f for f in sorted(self.gold.glob("*.json")) if f.stem in ids]

    def manifest(self) -> dict[str, dict]:
        """Each article's entry (its council's folder, report and previous report), by id."""
        entries = json.loads((self.shared / "dev" / "manifest.json").read_text("utf-8"))
        return {m["id"]: m for m in entries}

    def documents(self, settings: Settings) -> list[dict]:
        manifest = self.manifest()
        docs = []
        for gold_file in self.files():
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            entry = manifest[gold["article"]]
            path = self.releases / f"{gold['article']}.txt"
            raw = path.read_text(encoding="utf-8")
            cleaned = read_release(str(path), settings).text
            claims = []
            for row in gold["claims"]:
                span = anchor(raw, cleaned, row["start"], row["end"])
                if span is None:
                    raise ValueError(f"{gold_file.name}: {row['locator']!r} not in the release")
                claims.append({**row, "start": span[0], "end": span[1], "snippet": row["locator"]})
            folder = entry["authority_folder"]
            earlier = entry.get("previous_report")
            previous = [f"{folder}/{earlier}"] if earlier and not self.with_archive else []
            docs.append(
                {
                    "seed": path.name,
                    "reports": [f"{folder}/{entry['report']}"],
                    "previous": previous,
                    "claims": claims,
                }
            )
        return docs


def dev_set(shared: Path, part: str, with_archive: bool = False) -> DevSet:
    return DevSet(
        f"the real articles, {part} part",
        DEV_GOLD,
        shared / "dev" / "articles",
        shared / "corpora" / "ofsted" / "reports",
        True,
        part,
        shared,
        with_archive,
    )


def unmatched_flags(pairs: Sequence[Pair], results: dict) -> int:
    """Flags the tool raised on claims that match no gold claim: gold labels every claim,
    so each is a false flag."""
    paired = {id(p.claim) for p in pairs if p.claim is not None}
    return sum(
        c.verdict in FLAGS
        for _, result in results.values()
        for c in result.claims
        if id(c) not in paired
    )


def raised_flags(pairs: Sequence[Pair]) -> tuple[int, int]:
    """Flags the tool raised on claims paired with gold, and how many were right.

    Counted per extracted claim, as a reader sees them: one sentence labelled clause by
    clause in gold ("a four-week inspection in February, they deemed ...") carries one
    flag, right when any of its gold clauses is a flag.
    """
    flagged = {id(p.claim) for p in pairs if p.claim is not None and p.tool in FLAGS}
    golds = [gs for c, gs in _golds_by_claim(pairs).items() if c in flagged]
    return len(golds), sum(any(g in FLAGS for g in gs) for gs in golds)


def _golds_by_claim(pairs: Sequence[Pair]) -> dict[int, list[str]]:
    """The gold verdicts of each extracted claim (by ``id``): one sentence may be labelled
    clause by clause."""
    golds: dict[int, list[str]] = {}
    for p in pairs:
        if p.claim is not None:
            golds.setdefault(id(p.claim), []).append(p.gold["verdict"])
    return golds


def flags_by_check_table(pairs: Sequence[Pair], results: dict, title: str) -> Table:
    """Every flag raised or held back, by the check that built it (``decided_by``) and the
    flag: right when a gold clause of its claim is a flag, wrong when none is, and on no gold
    claim (a false flag, as ``unmatched_flags`` counts it). Counts only, so the test part
    can print it: it says which path a precision figure comes from, as the kind x verdict
    table says which kind, without showing a claim."""
    golds = _golds_by_claim(pairs)
    cells: Counter[tuple[str, str, str]] = Counter()
    for _, result in results.values():
        for c in result.claims:
            flag = c.verdict if c.verdict in FLAGS else c.held_back
            if flag is None:
                continue
            gs = golds.get(id(c))
            said = (
                "no gold claim"
                if gs is None
                else "right"
                if any(g in FLAGS for g in gs)
                else "wrong"
            )
            raised = "raised" if c.verdict in FLAGS else "held back"
            cells[(c.decided_by or "-", flag, f"{raised}, {said}")] += 1
    columns = [
        f"{r}, {s}" for r in ("raised", "held back") for s in ("right", "wrong", "no gold claim")
    ]
    # the check's name is the row's key: printed whole, never cut to fit the width
    check = Column("check", no_wrap=True)
    table = Table(check, "flag", *columns, title=f"flags by the check that built them, {title}")
    for check, flag in sorted({(c, f) for c, f, _ in cells}):
        table.add_row(check, flag, *(str(cells[(check, flag, col)] or ".") for col in columns))
    return table


def found_table(pairs: Sequence[Pair], results: dict, title: str) -> Table:
    """Claims and quotes found, and the flag figures that count every extracted claim."""
    quotes = [p for p in pairs if p.gold["kind"] == "quote"]
    found = sum(p.claim is not None for p in pairs)
    quotes_found = sum(p.claim is not None and p.claim.kind == "quote" for p in quotes)
    extra = unmatched_flags(pairs, results)
    flagged, right = raised_flags(pairs)
    false = flagged - right + extra
    table = Table(
        "articles",
        "gold claims",
        "claims found",
        "gold quotes",
        "quotes found",
        "flags raised",
        "flag precision (all claims)",
        "false flags / article",
        title=f"verify on {title}: extraction and flags over every extracted claim",
    )
    n_art = max(1, len(results))
    table.add_row(
        str(len(results)),
        str(len(pairs)),
        f"{found / max(1, len(pairs)):.2f}",
        str(len(quotes)),
        f"{quotes_found / max(1, len(quotes)):.2f}",
        str(flagged + extra),
        f"{right / max(1, flagged + extra):.2f}",
        f"{false / n_art:.2f}",
    )
    return table


def confusion_table(pairs: Sequence[Pair], title: str) -> Table:
    """Kind x verdict: for each gold kind and gold verdict, what the tool said."""
    said = sorted({p.tool for p in pairs})
    table = Table("gold kind", "gold verdict", *said, title=f"kind x verdict confusion, {title}")
    cells = Counter((p.gold["kind"], p.gold["verdict"], p.tool) for p in pairs)
    for kind, gold_verdict in sorted({(p.gold["kind"], p.gold["verdict"]) for p in pairs}):
        row = [cells[(kind, gold_verdict, s)] for s in said]
        marks = [
            (f"[bold]{n}[/]" if s == gold_verdict else str(n)) if n else "."
            for n, s in zip(row, said, strict=True)
        ]
        table.add_row(kind, gold_verdict, *marks)
    return table


def calibration(pairs: Sequence[Pair]) -> dict[tuple[str, str], Figures]:
    """Per claim kind and tool verdict: how often the tool gave it and the share gold agreed
    with (``verify.check.confidence.MEASURED`` when measured on the dev part)."""
    groups: dict[tuple[str, str], list[bool]] = {}
    for p in pairs:
        if p.claim is not None:
            groups.setdefault((p.claim.kind, p.tool), []).append(p.tool == p.gold["verdict"])
    return {key: (len(hits), sum(hits) / len(hits)) for key, hits in sorted(groups.items())}


def calibration_table(pairs: Sequence[Pair], title: str) -> Table:
    """The calibration, beside the confidence the tool gives, so a ``calibration.json``
    that has drifted from the measurement shows (``--calibrate`` writes it again)."""
    table = Table(
        "kind", "tool verdict", "n", "gold agrees", "confidence", title=f"calibration, {title}"
    )
    for (kind, verdict), (n, share) in calibration(pairs).items():
        table.add_row(kind, verdict, str(n), f"{share:.2f}", f"{confidence(kind, verdict):.2f}")
    return table


SHIPPED_CALIBRATION = Path(confidence_module.__file__).with_name(CALIBRATION)


def write_calibration(
    pairs: Sequence[Pair], console: Console, path: Path = SHIPPED_CALIBRATION
) -> None:
    """The dev part's calibration as ``calibration.json`` (by default the one shipped
    beside ``verify.check.confidence``, which confidences are read from)."""
    path.write_text(calibration_json(calibration(pairs)), encoding="utf-8")
    console.print(f"calibration from the {len(pairs)} gold claims of the dev part: {path}")


def show(title: str, pairs: Sequence[Pair], results: dict, console: Console, claims: bool) -> None:
    """The tables of one part of a labelled set; its calibration and each disagreement
    only when ``claims`` (a part tuned on: a measured-only part prints totals alone)."""
    console.print(summary_table(pairs, title))
    console.print(found_table(pairs, results, title))
    console.print(verdict_table(pairs, title))
    console.print(baseline_verdict_table(pairs, title))
    console.print(confusion_table(pairs, title))
    console.print(flags_by_check_table(pairs, results, title))
    if not claims:
        return  # a measured-only part: no claim of it is printed
    console.print(calibration_table(pairs, title))
    show_disagreements(pairs, f"claims of {title}", _disagreement, console)


def _disagreement(p: Pair) -> str:
    why = p.claim.explanation[:300] if p.claim is not None else ""
    return (
        f"{p.seed.removesuffix('.txt')} {p.gold['kind']} {p.gold['snippet'][:50]!r}: "
        f"{p.tool} (gold {p.gold['verdict']}; tool kind {p.claim.kind if p.claim else '-'})"
        f" {why}"
    )


def run(ev: EvalRun) -> None:
    """Each part of the real development set that has gold, scored on its own, with the
    archive of ../shared's reports (see ``shared_archive``) unless the run is without one
    (the tool given only the manifest's report and previous report)."""
    if not (ev.shared / "dev" / "manifest.json").exists():
        ev.console.print(f"[yellow]real articles skipped: {ev.shared}/dev is absent[/]")
        return
    db = ev.archive if ev.with_archive else None
    settings = ev.settings(db)
    for part in ev.parts:
        gold_set = dev_set(ev.shared, part, with_archive=db is not None)
        if not gold_set.files():
            ev.console.print(f"[yellow]no gold yet for the {part} part[/]")
            continue
        pairs, results = evaluate(gold_set, settings, ev.encoder, ev.check)
        how = "with the archive" if db else "without an archive"
        ev.console.print(f"[bold]{part} part, {how}[/]")
        show(f"the real articles, {part} part", pairs, results, ev.console, part == "dev")
        if ev.calibrate and part == "dev":  # never the test part: it is only measured
            write_calibration(pairs, ev.console)
