"""`make eval` section: quote spans, attribution roles and claim kinds against gold.

Gold lives in ``corpora/gold/extraction/<seed file>.json`` (hand annotations of the
seed articles in ../shared/seeds, by offsets into the text ``read_release`` makes,
with a snippet to re-anchor them) and ``tests/data/releases/gold.json`` (the
invented fixtures). Every figure is printed beside a simple baseline: quote marks
paired by a regex with the role taken from the nearest "said", and a kind that is
"rating" when a grade word appears and the commonest kind otherwise.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rich.table import Table

from verify.errors import VerifyError
from verify.evaluation.run import EvalRun
from verify.extract import extract_claims
from verify.ingest.release import read_release
from verify.settings import Settings
from verify.types import Release
from verify.words.grades import RELEASE_GRADE_RE as GRADE_RE
from verify.words.speakers import role_of

ROOT = Path(__file__).resolve().parents[2]
SEED_GOLD = ROOT / "corpora" / "gold" / "extraction"
FIXTURE_GOLD = ROOT / "tests" / "data" / "releases" / "gold.json"


@dataclass(frozen=True)
class Item:
    """A gold or predicted span with its label (role for quotes, kind for claims)."""

    start: int
    end: int
    label: str
    authority: str | None = None
    has_authority: bool = False


@dataclass
class Doc:
    """One annotated release: its gold and what a system predicted."""

    name: str
    text: str
    gold_quotes: list[Item]
    gold_claims: list[Item]
    quotes: list[Item] = field(default_factory=list)
    claims: list[Item] = field(default_factory=list)


def _items(rows: Iterable[dict], text: str, label: str) -> list[Item]:
    items = []
    for row in rows:
        start, end = anchor(text, row)
        items.append(
            Item(start, end, row[label], row.get("authority"), has_authority="authority" in row)
        )
    return items


def anchor(text: str, row: dict) -> tuple[int, int]:
    """(start, end) of a gold row; moved to the nearest copy of its snippet if needed."""
    start, end, snippet = row["start"], row["end"], row["snippet"]
    if text[start : start + len(snippet)] == snippet:
        return start, end
    hits = [m.start() for m in re.finditer(re.escape(snippet), text)]
    if not hits:
        raise ValueError(f"gold snippet {snippet!r} is not in the text")
    moved = min(hits, key=lambda h: abs(h - start))
    return moved, moved + (end - start)


def predict(release: Release) -> tuple[list[Item], list[Item]]:
    """The extractor's quotes and claims as Items."""
    claims = extract_claims(release)
    quotes = [
        Item(
            c.start,
            c.end,
            c.attribution.role if c.attribution else "unattributed",
            c.values.authority,
            True,
        )
        for c in claims
        if c.kind == "quote"
    ]
    others = [
        Item(c.start, c.end, c.kind, c.values.authority, True) for c in claims if c.kind != "quote"
    ]
    return quotes, others


_BASELINE_QUOTE = re.compile(r"[“\"]([^”\"\n]{1,2000})[”\"]")
_SAID = re.compile(r"\b(?:said|says)\b")


def baseline_quotes(text: str) -> list[Item]:
    """Double-quote pairs by regex; role from the six words before the nearest 'said'."""
    items = []
    for m in _BASELINE_QUOTE.finditer(text):
        saids = [s for s in _SAID.finditer(text) if abs(s.start() - m.start(1)) < 200]
        role = "unattributed"
        if saids:
            said = min(saids, key=lambda s: abs(s.start() - m.start(1)))
            before = text[max(0, said.start() - 80) : said.start()].split()[-6:]
            role = role_of(" ".join(before)) if before else "unattributed"
        items.append(Item(m.start(1), m.end(1), role))
    return items


def baseline_kinds(text: str, gold: Sequence[Item], commonest: str) -> list[Item]:
    """Given the gold spans: 'rating' when a grade word appears, else the commonest kind."""
    return [
        Item(g.start, g.end, "rating" if GRADE_RE.search(text[g.start : g.end]) else commonest)
        for g in gold
    ]


def match(gold: Sequence[Item], pred: Sequence[Item], exact: bool) -> list[tuple[Item, Item]]:
    """One-to-one pairs of gold and predicted spans: equal spans, or the largest overlaps."""
    pairs, used = [], set()
    for g in gold:
        best, best_overlap = None, 0
        for i, p in enumerate(pred):
            if i in used:
                continue
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if exact and (p.start, p.end) != (g.start, g.end):
                continue
            if overlap > best_overlap:
                best, best_overlap = i, overlap
        if best is not None:
            used.add(best)
            pairs.append((g, pred[best]))
    return pairs


@dataclass
class Scores:
    tp_exact: int = 0
    tp_overlap: int = 0
    n_gold: int = 0
    n_pred: int = 0
    labels_right: int = 0

    def add(self, gold: Sequence[Item], pred: Sequence[Item]) -> None:
        self.n_gold += len(gold)
        self.n_pred += len(pred)
        self.tp_exact += len(match(gold, pred, exact=True))
        pairs = match(gold, pred, exact=False)
        self.tp_overlap += len(pairs)
        self.labels_right += sum(g.label == p.label for g, p in pairs)

    def prf(self, tp: int) -> tuple[float, float, float]:
        p = tp / self.n_pred if self.n_pred else 0.0
        r = tp / self.n_gold if self.n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def label_accuracy(self) -> float:
        """Right labels over all gold items (an item not found counts as wrong)."""
        return self.labels_right / self.n_gold if self.n_gold else 0.0


def load_docs(shared: Path, settings: Settings | None = None) -> tuple[list[Doc], list[Doc]]:
    """The annotated seed articles and the annotated fixtures, with their texts.

    ``settings`` is the section's; without one, a temporary cache is used, so an
    evaluation never reads or writes the user's own cache.
    """
    if settings is None:
        with tempfile.TemporaryDirectory() as cache:
            return load_docs(shared, Settings(cache_dir=cache))
    seeds = []
    for gold_file in sorted(SEED_GOLD.glob("*.json")):
        release_path = shared / "seeds" / gold_file.name.removesuffix(".json")
        if release_path.exists():
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            seeds.append(_doc(gold_file.name, release_path, gold, settings))
    fixtures = []
    if FIXTURE_GOLD.exists():
        for name, gold in json.loads(FIXTURE_GOLD.read_text(encoding="utf-8")).items():
            fixtures.append(_doc(name, FIXTURE_GOLD.parent / name, gold, settings))
    return seeds, fixtures


def _doc(name: str, release_path: Path, gold: dict, settings: Settings) -> Doc:
    """Read the release, anchor its gold, and run the extractor on it."""
    release = read_release(str(release_path), settings)
    text = release.text
    doc = Doc(
        name,
        text,
        _items(gold.get("quotes", []), text, "role"),
        _items(gold["claims"], text, "kind"),
    )
    doc.quotes, doc.claims = predict(release)
    return doc


def score(docs: Sequence[Doc]) -> dict[str, tuple[float, float]]:
    """Each metric for the extractor and for the baseline."""
    ours_q, base_q, ours_c, base_c = Scores(), Scores(), Scores(), Scores()
    commonest = Counter(g.label for d in docs for g in d.gold_claims).most_common(1)
    common = commonest[0][0] if commonest else "finding"
    auth_right = auth_total = 0
    for d in docs:
        ours_q.add(d.gold_quotes, d.quotes)
        base_q.add(d.gold_quotes, baseline_quotes(d.text))
        ours_c.add(d.gold_claims, d.claims)
        base_c.add(d.gold_claims, baseline_kinds(d.text, d.gold_claims, common))
        for g, p in match([*d.gold_quotes, *d.gold_claims], [*d.quotes, *d.claims], exact=False):
            if g.has_authority:
                auth_total += 1
                auth_right += g.authority == p.authority
    rows = {}
    for label in ("exact", "overlap"):
        ours = ours_q.prf(ours_q.tp_exact if label == "exact" else ours_q.tp_overlap)
        base = base_q.prf(base_q.tp_exact if label == "exact" else base_q.tp_overlap)
        for metric, i in (("precision", 0), ("recall", 1), ("F1", 2)):
            rows[f"quote span {metric} ({label})"] = (ours[i], base[i])
    rows["attribution role accuracy"] = (ours_q.label_accuracy, base_q.label_accuracy)
    rows["claim recall (overlap)"] = (ours_c.prf(ours_c.tp_overlap)[1], float("nan"))
    rows["claim precision (overlap)"] = (ours_c.prf(ours_c.tp_overlap)[0], float("nan"))
    rows["claim kind accuracy"] = (ours_c.label_accuracy, base_c.label_accuracy)
    if auth_total:
        rows[f"authority accuracy ({auth_total} items)"] = (auth_right / auth_total, float("nan"))
    return rows


def table(title: str, docs: Sequence[Doc]) -> Table:
    n_quotes = sum(len(d.gold_quotes) for d in docs)
    n_claims = sum(len(d.gold_claims) for d in docs)
    t = Table(
        "metric",
        "verify",
        "baseline",
        title=f"{title}: {len(docs)} releases, {n_quotes} gold quotes, {n_claims} gold claims",
    )
    for metric, (ours, base) in score(docs).items():
        t.add_row(metric, f"{ours:.3f}", "—" if base != base else f"{base:.3f}")
    return t


def run(ev: EvalRun) -> None:
    """Print the extraction tables (seeds, fixtures); say so when the seeds are absent."""
    shared, console = ev.shared, ev.console
    try:
        seeds, fixtures = load_docs(shared, ev.settings())
    except (VerifyError, ValueError) as exc:
        console.print(f"[red]extraction: cannot load the gold: {exc}[/red]")
        return
    if seeds:
        console.print(table("seed articles", seeds))
    else:
        console.print(f"extraction: no seed articles under {shared / 'seeds'}; seed table skipped")
    if fixtures:
        console.print(table("invented fixtures", fixtures))
    console.print(
        "baseline: regex “…”/\"…\" pairs, role from the words before the nearest 'said'; "
        "kinds given the gold spans: 'rating' if a grade word appears, else the commonest kind."
    )
