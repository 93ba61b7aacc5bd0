"""`make eval` section: the written set, articles written by hand about real reports.

The dev part's real articles are few (37) and the tool is fitted to them; the test part
(22) shows it generalises less well to wordings it was not built on. This set is a new
source of wordings: press releases and news stories written in session 24 by seven
writers who never saw the tool's code or output, each about a real report (and its
council's previous one) in ../shared/corpora/ofsted/reports of a council in neither part
of the dev set, with the errors real releases make planted among right claims, and every
claim labelled by reading the reports under the conventions of ../shared/dev/README.md.
Gold is in corpora/gold/written (the dev gold's format), the texts and the manifest in
corpora/written: invented text, so it lives in the project.

The set is split in two halves by council (``half`` with ``SALT``): claims are printed
for the *tune* half only; the *held-out* half is measured, its totals printed, and
nothing is tuned on it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from verify.evaluation.agreement import show_agreement
from verify.evaluation.dev import ROOT, DevSet, show
from verify.evaluation.halves import HALVES, half
from verify.evaluation.run import EvalRun
from verify.evaluation.verdicts import evaluate

WRITTEN = ROOT / "corpora" / "written"
WRITTEN_GOLD = ROOT / "corpora" / "gold" / "written"
SALT = "written24:"
"""Fixed before the tool was first run on the set."""
SECOND_WRITTEN = WRITTEN_GOLD / "second"
"""Four first-wave articles labelled again by a labeller who saw neither gold nor tool."""
FIRST_WAVES = "written24"
"""The manifest's ``wave`` of an entry that names none: session 24's three waves."""


@dataclass(frozen=True)
class WrittenSet(DevSet):
    """One half of the written set (``part``: ``tune`` or ``held-out``), the articles of
    one ``wave`` (the manifest's: session 24's, or session 25's drift wave, ``drift``)."""

    wave: str = FIRST_WAVES
    whole_in: str | None = None
    """The part a wave kept whole is in, every article of it: ``held-out`` for a wave held
    out whole (totals only, until read), ``tune`` once it has been read (``run_read``);
    None for a wave halved by council."""

    def manifest(self) -> dict[str, dict]:
        """Each article's entry, from every writer's manifest (corpora/written/manifest)."""
        entries = [
            entry
            for path in sorted((WRITTEN / "manifest").glob("*.json"))
            for entry in json.loads(path.read_text(encoding="utf-8"))
        ]
        return {entry["id"]: entry for entry in entries}

    def files(self) -> list[Path]:
        manifest = self.manifest()
        return [
            f
            for f in sorted(self.gold.glob("*.json"))
            if f.stem in manifest
            and manifest[f.stem].get("wave", FIRST_WAVES) == self.wave
            and self._part_of(manifest[f.stem]["authority_folder"]) == self.part
        ]

    def _part_of(self, council: str) -> str:
        return half(council, SALT) if self.whole_in is None else self.whole_in


def written_set(
    shared: Path,
    part: str,
    with_archive: bool = True,
    wave: str = FIRST_WAVES,
    what: str = "written articles",
    whole_in: str | None = None,
) -> WrittenSet:
    return WrittenSet(
        f"the {what}, {part} half" if whole_in is None else f"the {what}, {part}",
        WRITTEN_GOLD,
        WRITTEN / "articles",
        shared / "corpora" / "ofsted" / "reports",
        True,
        part,
        shared,
        with_archive,
        wave,
        whole_in,
    )


def run(ev: EvalRun) -> None:
    """Each half of the written set, checked as the dev part is (with the archive unless
    the run is without one), the held-out half as totals only; then how far a second
    labeller, who saw neither the gold nor the tool, agrees with the writers' gold."""
    if run_halves(ev, FIRST_WAVES, "written articles"):
        show_agreement(ev.console, WRITTEN_GOLD, SECOND_WRITTEN, "written articles")


def run_halves(ev: EvalRun, wave: str, what: str) -> bool:
    """Each half of one wave, the held-out half as totals only; False when ../shared has
    no reports to check them against."""
    return _run_parts(ev, wave, what, None)


def run_held_out(ev: EvalRun, wave: str, what: str) -> bool:
    """A wave held out whole, as totals only: nothing of it is printed to tune on."""
    return _run_parts(ev, wave, what, HALVES[1])


def run_read(ev: EvalRun, wave: str, what: str) -> bool:
    """A wave once held out whole and since read claim by claim to find why its flags were
    wrong: printed in full, as a tune part, since it measures nothing unseen any more."""
    return _run_parts(ev, wave, what, HALVES[0])


def _run_parts(ev: EvalRun, wave: str, what: str, whole_in: str | None) -> bool:
    """Each part of one wave (both halves, or the one part a wave kept whole is in),
    claims printed for a tune part alone; False when ../shared has no reports."""
    if not (ev.shared / "corpora" / "ofsted" / "reports").is_dir():
        ev.console.print(f"[yellow]{what} skipped: {ev.shared} has no reports[/]")
        return False
    db = ev.archive if ev.with_archive else None
    settings = ev.settings(db)
    for part in HALVES if whole_in is None else (whole_in,):
        gold_set = written_set(ev.shared, part, db is not None, wave, what, whole_in)
        pairs, results = evaluate(gold_set, settings, ev.encoder, ev.check)
        ev.console.print(f"[bold]{gold_set.title.removeprefix('the ')}[/]")
        show(gold_set.title, pairs, results, ev.console, part == "tune")
    return True
