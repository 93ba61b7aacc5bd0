"""`make eval` verdicts: the checker against gold verdicts, beside three baselines.

Two gold sets, scored and printed separately so neither flatters the other:

* the seed articles: corpora/gold/verdicts/<seed>.json labels every claim of the
  four real seed articles in ../shared/seeds, checked against the real reports;
* the invented set: corpora/gold/invented/ holds small invented releases, the
  invented plain-text reports they are about, and a gold file per release
  (<release>.json, same schema) covering every verdict at least twice, including
  those the seeds lack (misattributed, unsupported).

Gold rows give offsets into the cleaned release text and a snippet; extracted
claims are matched to gold by overlap. The tool and three baselines are scored on
the same matched claims in the same run, and each known error is listed with
whether it was caught.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table

from verify.check import route
from verify.check.common import Context
from verify.evaluation.baselines import BASELINES
from verify.evaluation.run import EvalRun
from verify.match import Encoder
from verify.pipeline import CheckRun, run_check
from verify.settings import Settings
from verify.types import FLAGS, VERDICTS

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "corpora" / "gold" / "verdicts"
INVENTED = ROOT / "corpora" / "gold" / "invented"

Checker = Callable[[str, list[str], list[str], Settings, Encoder], CheckRun]
"""``run_check``'s signature: release, reports, previous, settings, encoder."""


@dataclass(frozen=True)
class GoldSet:
    """A folder of gold files and where the documents they name live.

    ``reuse``: one extracted claim may pair with several gold claims (gold that
    labels each clause of a sentence).

    Each ``*.json`` in ``gold`` names its release (``seed``) relative to
    ``releases`` and its reports (``reports``, ``previous``) relative to ``reports``.
    """

    title: str
    gold: Path
    releases: Path
    reports: Path
    reuse: bool = False

    def files(self) -> list[Path]:
        return sorted(self.gold.glob("*.json"))

    def documents(self, settings: Settings) -> list[dict]:
        """Each gold file as a dict: ``seed``, ``reports``, ``previous`` and ``claims``
        whose offsets point into the cleaned release text."""
        return [json.loads(f.read_text(encoding="utf-8")) for f in self.files()]

    def paths(self, doc: dict) -> tuple[str, list[str], list[str]]:
        """A gold file's release, reports and previous reports, as paths to check."""
        return (
            str(self.releases / doc["seed"]),
            [str(self.reports / r) for r in doc["reports"]],
            [str(self.reports / r) for r in doc["previous"]],
        )


def seed_set(shared: Path) -> GoldSet:
    """The seed articles in ``shared``, checked against the real reports there."""
    return GoldSet(
        "the seed articles", GOLD, shared / "seeds", shared / "corpora" / "ofsted" / "reports"
    )


INVENTED_SET = GoldSet("the invented releases", INVENTED, INVENTED, INVENTED)


@dataclass
class Pair:
    """One gold claim, the tool's verdict for it and each baseline's."""

    seed: str
    gold: dict
    tool: str  # "missed" when no extracted claim overlaps it
    baselines: dict[str, str]
    claim: object | None = None


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _spare(span: tuple[int, int], claim) -> int:
    """How much longer the claim is than the gold span it covers."""
    return (claim.end - claim.start) - (span[1] - span[0])


def match(gold_rows: Sequence[dict], claims: Sequence, reuse: bool = False) -> list:
    """For each gold row, the extracted claim overlapping it most (each used once, unless
    ``reuse``: gold that labels two clauses of one sentence pairs both with its claim)."""
    used: set[int] = set()
    out = []
    for row in gold_rows:
        span = (row["start"], row["end"])
        scored = [
            (overlap(span, (c.start, c.end)), i) for i, c in enumerate(claims) if i not in used
        ]
        best = max(scored, default=(0, -1))
        tied = [i for o, i in scored if o == best[0]]
        same_kind = [i for i in tied if claims[i].kind == row.get("kind")]
        # Of claims covering it alike, the one nearest its length: a quotation an official
        # quotes inside their own is the inner claim, not the statement around it.
        pick = min(same_kind or tied, key=lambda i: _spare(span, claims[i])) if best[0] else -1
        if best[0] > 0:
            if not reuse:
                used.add(pick)
            out.append(claims[pick])
        else:
            out.append(None)
    return out


def baseline_verdicts(claim, result, reports, previous, settings, encoder) -> dict[str, str]:
    """Each baseline's verdict: found in the routed report -> supported, else flagged."""
    ctx = Context(result.release, reports, previous, settings, encoder)
    index = ctx.index(route(claim, ctx)[0])
    text = " ".join(p.text for p in claim.quote_pieces) or claim.text
    flagged = {name: baseline([text], index)[0] for name, baseline in BASELINES.items()}
    miss = "misquoted" if claim.kind == "quote" else "unsupported"
    return {name: (miss if f else "supported") for name, f in flagged.items()}


def evaluate(
    gold_set: GoldSet, settings: Settings, encoder: Encoder, check: Checker = run_check
) -> tuple[list[Pair], dict]:
    """Check every release of ``gold_set`` (by ``check``: a run's sections share its
    checks); pair gold verdicts with the tool's and baselines'."""
    pairs, results = [], {}
    for gold in gold_set.documents(settings):
        run = check(*gold_set.paths(gold), settings, encoder)
        result, reports, previous = run.result, run.reports, run.previous
        results[gold["seed"]] = (gold, result)
        for row, claim in zip(
            gold["claims"], match(gold["claims"], result.claims, gold_set.reuse), strict=True
        ):
            if claim is None:
                pairs.append(Pair(gold["seed"], row, "missed", dict.fromkeys(BASELINES, "missed")))
                continue
            base = baseline_verdicts(claim, result, reports, previous, settings, encoder)
            pairs.append(Pair(gold["seed"], row, claim.verdict, base, claim))
    return pairs, results


def scores(gold: Sequence[str], pred: Sequence[str]) -> dict[str, tuple[float, float, float, int]]:
    """Per-verdict (precision, recall, F1, support)."""
    out = {}
    for label in VERDICTS:
        tp = sum(g == p == label for g, p in zip(gold, pred, strict=True))
        n_pred = sum(p == label for p in pred)
        n_gold = sum(g == label for g in gold)
        if not n_pred and not n_gold:
            continue
        prec = tp / n_pred if n_pred else 0.0
        rec = tp / n_gold if n_gold else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[label] = (prec, rec, f1, n_gold)
    return out


def flag_scores(gold: Sequence[str], pred: Sequence[str]) -> tuple[float, float]:
    """Precision and recall of 'needs a second look' (any flag verdict) as a yes/no."""
    tp = sum(g in FLAGS and p in FLAGS for g, p in zip(gold, pred, strict=True))
    n_pred, n_gold = sum(p in FLAGS for p in pred), sum(g in FLAGS for g in gold)
    return (tp / n_pred if n_pred else 0.0), (tp / n_gold if n_gold else 0.0)


def systems(pairs: Sequence[Pair]) -> dict[str, list[str]]:
    """Each system's verdicts on the pairs, the tool first, then every baseline."""
    out = {"verify": [p.tool for p in pairs]}
    for name in BASELINES:
        out[name] = [p.baselines[name] for p in pairs]
    return out


RAISED = "verify, provisional flags raised"
"""The headline's row for the tool as `--provisional-flags` runs it (docs/FLAGS.md)."""


def with_provisional_flags(pairs: Sequence[Pair]) -> list[str]:
    """The tool's verdicts had the provisional checks raised their flags: each flag held
    back (``CheckedClaim.held_back``) in place of its not_checkable, so one run measures
    what the checks not yet borne out would add or cost."""
    return [(p.claim.held_back or p.tool) if p.claim is not None else p.tool for p in pairs]


def summary_table(pairs: Sequence[Pair], title: str) -> Table:
    gold = [p.gold["verdict"] for p in pairs]
    table = Table(
        "system",
        "accuracy",
        "macro-F1",
        "flag precision",
        "flag recall",
        title=f"Verdicts on {len(pairs)} gold claims of {title}",
    )
    for name, pred in {**systems(pairs), RAISED: with_provisional_flags(pairs)}.items():
        per = scores(gold, pred)
        macro = sum(v[2] for v in per.values()) / len(per) if per else 0.0
        acc = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold) if gold else 0.0
        fp, fr = flag_scores(gold, pred)
        table.add_row(name, f"{acc:.2f}", f"{macro:.2f}", f"{fp:.2f}", f"{fr:.2f}")
    return table


_NONE = (0.0, 0.0, 0.0, 0)  # a system that neither predicted nor was given this verdict


def _labels(per: dict[str, dict]) -> list[str]:
    """Verdicts some system predicted or gold holds, in VERDICTS order."""
    return [v for v in VERDICTS if any(v in p for p in per.values())]


def verdict_table(pairs: Sequence[Pair], title: str) -> Table:
    """Per verdict: the tool's precision, recall and F1."""
    gold, pred = [p.gold["verdict"] for p in pairs], [p.tool for p in pairs]
    table = Table(
        "verdict", "gold n", "precision", "recall", "F1", title=f"verify, per verdict, {title}"
    )
    for label, (prec, rec, f1, n) in scores(gold, pred).items():
        table.add_row(label, str(n), f"{prec:.2f}", f"{rec:.2f}", f"{f1:.2f}")
    return table


def baseline_verdict_table(pairs: Sequence[Pair], title: str) -> Table:
    """Per verdict: each baseline's precision/recall on the same claims (a baseline
    only ever says supported, misquoted or unsupported, so other rows are 0)."""
    gold = [p.gold["verdict"] for p in pairs]
    per = {name: scores(gold, pred) for name, pred in systems(pairs).items()}
    names = [n for n in per if n != "verify"]
    table = Table(
        "verdict", "gold n", *names, title=f"baselines, per verdict (precision/recall), {title}"
    )
    for label in _labels(per):
        cells = ["{:.2f}/{:.2f}".format(*per[n].get(label, _NONE)[:2]) for n in names]
        table.add_row(label, str(sum(g == label for g in gold)), *cells)
    return table


def caught(error_id: str, gold: dict, result, pairs: Sequence[Pair]) -> tuple[bool, str]:
    """Whether a known error got its gold verdict (or was listed as an omission)."""
    for omission in gold.get("omissions", []):
        if omission.get("error") == error_id:
            hit = any(
                o.judgement == omission["judgement"] and o.grade == omission["grade"]
                for o in result.omissions
            )
            return hit, "listed as omission" if hit else "not listed"
    for p in pairs:
        if p.seed == gold["seed"] and p.gold.get("error") == error_id:
            ok = p.tool == p.gold["verdict"]
            section = p.gold.get("evidence_section")
            if ok and section and p.claim is not None:
                ok = any(section.lower() in (e.section or "").lower() for e in p.claim.evidence)
            return ok, f"{p.tool} (gold {p.gold['verdict']})"
    return False, "claim not extracted"


def short(name: str) -> str:
    """A release's short name in tables: '000' for a seed, 'bramford' for an invented one."""
    return name.split("_", 1)[0].split(".", 1)[0]


def errors_table(results: dict, pairs: Sequence[Pair], title: str) -> Table:
    table = Table("release", "known error", "caught", "tool said", title=f"Known errors in {title}")
    for seed, (gold, result) in results.items():
        for error in gold.get("errors", []):
            ok, said = caught(error["id"], gold, result, pairs)
            table.add_row(
                short(seed), error["description"], "[green]yes[/]" if ok else "[red]no[/]", said
            )
    return table


def show(gold_set: GoldSet, pairs: Sequence[Pair], results: dict, console: Console) -> None:
    """Print one gold set's tables and the claims where the tool disagrees with gold."""
    console.print(summary_table(pairs, gold_set.title))
    console.print(verdict_table(pairs, gold_set.title))
    console.print(baseline_verdict_table(pairs, gold_set.title))
    console.print(errors_table(results, pairs, gold_set.title))
    show_disagreements(
        pairs,
        f"claims of {gold_set.title}",
        lambda p: (
            f"{short(p.seed)} {p.gold['snippet'][:60]!r}: {p.tool} (gold {p.gold['verdict']})"
        ),
        console,
    )


def show_disagreements(
    pairs: Sequence[Pair], what: str, describe: Callable[[Pair], str], console: Console
) -> None:
    """Print how many of ``pairs`` (``what`` they are) the tool got wrong, then each one,
    one line by ``describe`` (every evaluation section lists them the same way)."""
    wrong = [p for p in pairs if p.tool != p.gold["verdict"]]
    console.print(f"{len(wrong)} of {len(pairs)} {what} disagree with gold:")
    for p in wrong:
        console.print(f"  {describe(p)}", markup=False)


def run(ev: EvalRun) -> None:
    """The seed articles (when ``shared`` has them), then the invented set, each on its own,
    checked with no archive (never the user's own)."""
    sets = [INVENTED_SET]
    if (ev.shared / "seeds").exists():
        sets.insert(0, seed_set(ev.shared))
    else:
        ev.console.print(f"[yellow]seed articles skipped: {ev.shared}/seeds is absent[/]")
    settings = ev.settings()
    for gold_set in sets:
        pairs, results = evaluate(gold_set, settings, ev.encoder, ev.check)
        show(gold_set, pairs, results, ev.console)
