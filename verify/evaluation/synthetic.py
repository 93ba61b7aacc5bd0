"""`make eval` section: recall and precision per injected error type on the synthetic set.

The set (see verify.synth) is generated from every report in ../shared and
checked through the same batch runner a data desk uses. Each gold claim is
matched to the tool's claim that overlaps its span most, as for the seed
articles (verify.evaluation.verdicts.match); a gold claim no tool claim
overlaps counts as missed.

The per-type table gives, for each planted type T whose gold verdict is V,
"right verdict" (recall: the share of T's claims the tool called V) and
"precision": of the tool's V verdicts that are either on T's claims or wrong,
the share on T's claims. Wrong V verdicts are those on claims whose gold verdict
is not V, plus (when V is a flag) V on text where nothing was planted. V on a
claim planted as another type with the same gold verdict (a deletion called
misquoted, in the substitution row) is right, so it counts neither for nor
against T; when V belongs to T alone this is the plain precision of V.
Beside the tool, on the same gold spans, three baselines that only ask "is this
text in the report?" (normalised exact substring, rapidfuzz partial ratio,
MiniLM cosine).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from verify.evaluation.run import EvalRun
from verify.evaluation.verdicts import match, overlap
from verify.settings import Settings
from verify.synth.models import GOLD_VERDICT, INJECTED, GoldClaim, SyntheticRelease
from verify.types import FLAGS, CheckedClaim, CheckResult

SEED = 0
RECALL_TARGET = 0.95
FALSE_FLAG_TARGET = 0.02


@dataclass(frozen=True)
class Outcome:
    """One gold claim, the tool claim matched to it, and what each baseline said."""

    gold: GoldClaim
    claim: CheckedClaim | None
    baselines: dict[str, bool] = field(default_factory=dict)

    @property
    def verdict(self) -> str:
        return self.claim.verdict if self.claim else "missed"

    @property
    def flagged(self) -> bool:
        return self.verdict in FLAGS


def group(gold: GoldClaim) -> str:
    """The row a gold claim is counted in: its error type, with clean claims split by kind
    (quotes cut at a marked ellipsis apart) and minor variations by what varies."""
    if gold.verdict == "not_checkable":
        return "clean: council opinion"
    if gold.error == "clean" and gold.detail.startswith("ellipsis"):
        return "clean: quote with an ellipsis"
    if gold.error == "clean":
        return f"clean: {gold.kind}"
    if gold.error == "minor_variation":
        return f"minor: {gold.detail.split(':')[0]}"
    return gold.error


def outcomes(
    release: SyntheticRelease,
    result: CheckResult | None,
    baselines: dict[str, list[bool]] | None = None,
) -> list[Outcome]:
    """The outcome of every gold claim of one release (all missed if the check failed)."""
    matched = match([g.model_dump() for g in release.claims], result.claims if result else [])
    flags = baselines or {}
    return [
        Outcome(g, c, {name: f[i] for name, f in flags.items()})
        for i, (g, c) in enumerate(zip(release.claims, matched, strict=True))
    ]


def unplanted_flags(release: SyntheticRelease, result: CheckResult) -> Counter[str]:
    """Tool flags, by verdict, on text where nothing was planted (headings, lead-ins):
    false alarms."""
    return Counter(
        c.verdict
        for c in result.claims
        if c.verdict in FLAGS
        and not any(overlap((g.start, g.end), (c.start, c.end)) for g in release.claims)
    )


def extra_flags(release: SyntheticRelease, result: CheckResult) -> int:
    """How many tool flags fall on text where nothing was planted."""
    return sum(unplanted_flags(release, result).values())


# ------------------------------------------------------------------------------ tables


def _rate(hits: int, n: int) -> str:
    return f"{hits / n:.3f}" if n else "-"


def precision(
    items: Sequence[Outcome], found: Sequence[Outcome], stray: Counter[str] | None = None
) -> tuple[int, int]:
    """(hits, hits + false) for one row's gold verdict V: see the module docstring.

    ``items`` are the row's outcomes, ``found`` all outcomes, ``stray`` the tool's
    flags by verdict on unplanted text.
    """
    verdict = items[0].gold.verdict
    hits = sum(o.verdict == verdict for o in items)
    false = sum(o.verdict == verdict != o.gold.verdict for o in found)
    return hits, hits + false + (stray or Counter())[verdict]


def error_table(
    found: Sequence[Outcome], names: Sequence[str], stray: Counter[str] | None = None
) -> Table:
    """Per planted type: how often the tool gives the gold verdict (recall), how often
    that verdict is right when given (precision), and how often it flags."""
    table = Table(
        "planted",
        "gold verdict",
        "n",
        "extracted",
        "right verdict",
        "precision",
        "flagged",
        *[f"{n}: flagged" for n in names],
        title="synthetic set: per planted type",
    )
    rows: dict[str, list[Outcome]] = defaultdict(list)
    for o in found:
        rows[group(o.gold)].append(o)
    order = [*INJECTED, *sorted(k for k in rows if k not in INJECTED)]
    for key in (k for k in order if k in rows):
        items = rows[key]
        n = len(items)
        right = sum(o.verdict == o.gold.verdict for o in items)
        ok = "" if key not in INJECTED else (" ✓" if right / n >= RECALL_TARGET else " ✗")
        table.add_row(
            key,
            items[0].gold.verdict,
            str(n),
            _rate(sum(o.claim is not None for o in items), n),
            _rate(right, n) + ok,
            _rate(*precision(items, found, stray)),
            _rate(sum(o.flagged for o in items), n),
            *[_rate(sum(o.baselines.get(b, False) for o in items), n) for b in names],
        )
    return table


def verdict_table(found: Sequence[Outcome], extras: int) -> Table:
    """Precision and recall per verdict; unplanted flags count against flag precision."""
    table = Table("verdict", "gold n", "precision", "recall", title="synthetic set: per verdict")
    said = Counter(o.verdict for o in found)
    for verdict in sorted({o.gold.verdict for o in found}):
        gold_n = sum(o.gold.verdict == verdict for o in found)
        hits = sum(o.gold.verdict == verdict == o.verdict for o in found)
        table.add_row(verdict, str(gold_n), _rate(hits, said[verdict]), _rate(hits, gold_n))
    flagged = sum(o.flagged for o in found) + extras
    right = sum(o.flagged and o.gold.verdict in FLAGS for o in found)
    table.add_row(
        "any flag",
        str(sum(o.gold.verdict in FLAGS for o in found)),
        _rate(right, flagged),
        _rate(right, sum(o.gold.verdict in FLAGS for o in found)),
    )
    return table


def false_flags(found: Sequence[Outcome], names: Sequence[str]) -> Table:
    """The false-flag rate on quotes that must not be flagged (clean and minor variations)."""
    table = Table(
        "quotes that must not be flagged",
        "n",
        "tool",
        *names,
        title=f"false flags (target <= {FALSE_FLAG_TARGET:.0%})",
    )
    for label, keep in (("clean verbatim", "clean"), ("minor variation", "minor_variation")):
        items = [
            o
            for o in found
            if o.gold.kind == "quote" and o.gold.error == keep and o.gold.verdict != "not_checkable"
        ]
        table.add_row(
            label,
            str(len(items)),
            _rate(sum(o.flagged for o in items), len(items)),
            *[_rate(sum(o.baselines.get(b, False) for o in items), len(items)) for b in names],
        )
    return table


def misses(found: Sequence[Outcome], per_type: int = 2) -> list[str]:
    """A few examples of each wrong verdict on a planted error, for a person to route."""
    lines, seen = [], Counter()
    for o in found:
        if o.gold.error in GOLD_VERDICT and o.verdict != o.gold.verdict:
            key = group(o.gold)
            seen[key] += 1
            if seen[key] <= per_type:
                why = o.claim.explanation if o.claim else "no claim extracted here"
                lines.append(
                    f"{key}: {o.gold.text[:110]!r} ({o.gold.detail}) -> {o.verdict}: {why[:140]}"
                )
    return lines


# ------------------------------------------------------------------------------ the run


def score(
    folder: Path, results: Path, settings, console: Console, partial: bool = False
) -> list[Outcome]:
    """Match the batch results to the gold labels, run the baselines, print the tables.

    ``partial`` scores only the releases the results file has a line for (a run
    still going); otherwise a release without a result counts as all missed.
    """
    from verify.batch import read_lines
    from verify.evaluation.baselines import BASELINES, flags
    from verify.match import Encoder, PassageIndex
    from verify.report import load_report
    from verify.synth import load_set

    lines = read_lines(results)
    encoder = Encoder(settings)
    found: list[Outcome] = []
    stray: Counter[str] = Counter()
    failed = 0
    releases = [r for r in load_set(folder) if not partial or r.name in lines]
    with Progress(transient=True, console=console) as progress:
        for made in progress.track(releases, description="scoring"):
            line = lines.get(made.name)
            result = line.result if line and line.ok else None
            failed += result is None
            index = PassageIndex(load_report(made.report, settings), encoder)
            found += outcomes(made, result, flags([g.text for g in made.claims], index))
            stray += unplanted_flags(made, result) if result else Counter()
    extras = sum(stray.values())
    names = list(BASELINES)
    console.print(
        f"{len(releases)} releases, {len(found)} gold claims, {failed} checks failed "
        f"(their claims count as missed), {extras} flags on unplanted text"
    )
    console.print(error_table(found, names, stray))
    console.print(false_flags(found, names))
    console.print(verdict_table(found, extras))
    for line in misses(found):
        console.print(f"  miss  {line}", markup=False, highlight=False)
    return found


def the_set(shared: Path, console: Console) -> tuple[Path, Settings] | None:
    """The cached set built from ``shared``'s reports (built first if need be), or None
    after saying why when the reports are absent. Shared with the throughput benchmark."""
    from verify.settings import from_environment
    from verify.synth.dataset import ensure_set

    reports_dir = shared / "corpora" / "ofsted" / "reports"
    if not reports_dir.is_dir():
        console.print(f"[yellow]skipped: {reports_dir} is absent (the set is built from it)")
        return None
    settings = from_environment()
    folder, _ = ensure_set(reports_dir, settings, SEED)
    return folder, settings


def run(ev: EvalRun) -> None:
    """The cached set (the user's, shared with the benchmark) checked as a desk's batch is:
    by a pool over every core, each worker with its own model."""
    from verify.batch import run_batch
    from verify.synth.dataset import set_pairs

    console = ev.console
    found = the_set(ev.shared, console)
    if found is None:
        return
    folder, settings = found
    results = folder / "eval-results.jsonl"
    results.unlink(missing_ok=True)  # measure the code as it is now
    pairs = set_pairs(folder)
    with Progress(transient=True, console=console) as progress:
        task = progress.add_task("checking the synthetic set", total=len(pairs))
        run_batch(pairs, results, settings, workers=0, on_line=lambda _: progress.advance(task))
    score(folder, results, settings, console)
