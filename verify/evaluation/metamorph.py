"""`make eval` section: the dev part's real claims, varied, with truth computed.

Each dev article's gold claims of kind rating, comparison, national and inspection_fact
are rewritten by one operator at a time (``verify.evaluation.variants``: the grade in
another form, the judgement named another way, a frame before it, another tense, the
other voice, keeping the gold verdict; the grade swapped for a wrong one, expecting a
flag), every claim an operator can vary rewritten in one copy of the article; and
sentences counting the report's areas by grade, true and false, are put after the first
rating's paragraph. Each copy is checked whole, with the archive, as the dev section
checks the article, and each varied claim paired with the tool's claim over it. Only dev
articles are used (corpora/gold/dev/split.json), never a test part council.

The set is split in two halves by council (``half``): claims are printed only for the
*tune* half; the *held-out* half is measured, its totals printed. Beside the tool: the
fuzzy baseline (``verify.evaluation.baselines``), which flags a claim whose words are not
in the report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.table import Table

from verify.evaluation import halves
from verify.evaluation.baselines import FUZZY_MIN
from verify.evaluation.dev import dev_set
from verify.evaluation.halves import HALVES
from verify.evaluation.run import EvalRun
from verify.evaluation.shares import share_sentences
from verify.evaluation.variants import FLAG, OPERATORS
from verify.evaluation.verdicts import baseline_verdicts, match
from verify.ingest.release import read_release
from verify.types import FLAGS, CheckedClaim

KINDS = ("rating", "comparison", "national", "inspection_fact")
"""The gold claims varied: those read from the report's table, dates and the archive."""
SHARES = "shares"
FUZZY = f"fuzzy >= {FUZZY_MIN:.0f}"


def half(article: str) -> str:
    """The half of an article's council: a stable hash of its name ('york_2017': york),
    with no salt (the halves were fixed so; a salt would reshuffle the held-out half)."""
    return halves.half(article.rsplit("_", 1)[0], salt="")


@dataclass(frozen=True)
class Item:
    """One varied claim, what it should be and what the tool and the baseline said."""

    article: str
    op: str
    kind: str
    words: str
    expected: str
    tool: str
    baseline: str

    @property
    def half(self) -> str:
        return half(self.article)


def agrees(expected: str, said: str) -> bool:
    """A verdict agrees with a variant's truth: any flag with ``FLAG``, else the same."""
    return said in FLAGS if expected == FLAG else said == expected


def varied(text: str, claims: list[dict], op: str) -> tuple[str, list[dict]]:
    """``text`` with every claim ``op`` can vary rewritten (no two overlapping), and the
    rows of the varied claims, at their new places."""
    rows: list[dict] = []
    out, last, shift = [], 0, 0
    for row in sorted(claims, key=lambda r: r["start"]):
        if row["kind"] not in KINDS or row["start"] < last:
            continue
        variant = OPERATORS[op](text[row["start"] : row["end"]], row)
        if variant is None:
            continue
        words, expected = variant
        out.append(text[last : row["start"]])
        start = row["start"] + shift
        rows.append(
            {
                "start": start,
                "end": start + len(words),
                "kind": row["kind"],
                "words": words,
                "expected": expected,
            }
        )
        out.append(words)
        shift += len(words) - (row["end"] - row["start"])
        last = row["end"]
    return "".join(out) + text[last:], rows


def with_shares(text: str, claims: list[dict], table) -> tuple[str, list[dict]]:
    """``text`` with the share sentences of the report's ``table`` put after the paragraph
    of its first rating claim (or at its end)."""
    ratings = [r["end"] for r in claims if r["kind"] == "rating"]
    if not ratings:
        return text, []
    at = text.find("\n", min(ratings))
    at = len(text) if at < 0 else at
    rows, added = [], ""
    for words, expected in share_sentences(table):
        start = at + len(added) + 2
        rows.append(
            {
                "start": start,
                "end": start + len(words),
                "kind": "rating",
                "words": words,
                "expected": expected,
            }
        )
        added += f"\n\n{words}"
    return text[:at] + added + text[at:], rows


def items(ev: EvalRun, articles: Sequence[str] | None = None) -> list[Item]:
    """Every varied claim of the dev part's articles (or of ``articles``), checked."""
    settings = ev.settings(ev.archive)
    gold_set = dev_set(ev.shared, "dev", with_archive=True)
    folder = ev.scratch / "metamorph"
    folder.mkdir(exist_ok=True)
    out: list[Item] = []
    for doc in gold_set.documents(settings):
        article = doc["seed"].removesuffix(".txt")
        if articles is not None and article not in articles:
            continue
        release, reports, previous = gold_set.paths(doc)
        text = read_release(release, settings).text
        table = ev.check(release, reports, previous, settings, ev.encoder).reports[0].judgements
        copies = {op: varied(text, doc["claims"], op) for op in OPERATORS}
        copies[SHARES] = with_shares(text, doc["claims"], table)
        for op, (new, rows) in copies.items():
            if not rows:
                continue
            path = folder / f"{article}.{op}.txt"
            path.write_text(new, encoding="utf-8")
            out.extend(_scored(ev, article, op, str(path), reports, rows, settings))
    return out


def _scored(ev: EvalRun, article, op, path, reports, rows, settings) -> list[Item]:
    run = ev.check(path, reports, [], settings, ev.encoder)
    result = run.result
    assert read_release(path, settings).text == result.release.text
    out = []
    for row, paired in zip(rows, match(rows, result.claims, reuse=True), strict=True):
        claim = _flagged_part(row, result.claims) or paired
        said, base = "missed", "missed"
        if claim is not None:
            said = claim.verdict
            base = baseline_verdicts(
                claim, result, run.reports, run.previous, settings, ev.encoder
            )[FUZZY]
        out.append(Item(article, op, row["kind"], row["words"], row["expected"], said, base))
    return out


def _flagged_part(row: dict, claims: Sequence[CheckedClaim]) -> CheckedClaim | None:
    """A flagged claim over a part of the varied claim's words, if any: a flag placed on the
    clause it is about (``verify.check.clauses``) flags the varied sentence, though the
    claim paired with it (the longest over it) is the clause beside."""
    return next(
        (
            c
            for c in claims
            if c.verdict in FLAGS and row["start"] <= c.start and c.end <= row["end"]
        ),
        None,
    )


def figures(chosen: Sequence[Item]) -> list[str]:
    """n, found, agreeing with the truth (tool, baseline), false flags on true variants,
    flags caught on wrong ones."""
    wrong = [i for i in chosen if i.expected == FLAG]
    true = [i for i in chosen if i.expected != FLAG]
    return [
        str(len(chosen)),
        str(sum(i.tool != "missed" for i in chosen)),
        f"{sum(agrees(i.expected, i.tool) for i in chosen)}",
        f"{sum(agrees(i.expected, i.baseline) for i in chosen)}",
        f"{sum(i.tool in FLAGS for i in true)}/{len(true)}",
        f"{sum(i.tool in FLAGS for i in wrong)}/{len(wrong)}",
    ]


def table(chosen: Sequence[Item], title: str) -> Table:
    out = Table(
        "operator",
        "n",
        "found",
        "tool agrees",
        f"{FUZZY} agrees",
        "false flags",
        "flags caught",
        title=title,
    )
    for op in [*OPERATORS, SHARES, "all"]:
        rows = [i for i in chosen if op in ("all", i.op)]
        if rows:
            out.add_row(op, *figures(rows))
    return out


def run(ev: EvalRun) -> None:
    """Both halves' figures; the tune half's disagreements, claim by claim."""
    if "dev" not in ev.parts:
        ev.console.print("metamorphic set: it measures the dev part only")
        return
    if not (ev.shared / "dev" / "manifest.json").exists() or ev.archive is None:
        ev.console.print("[yellow]metamorphic set skipped: ../shared/dev is absent[/]")
        return
    found = items(ev)
    for name in HALVES:
        chosen = [i for i in found if i.half == name]
        ev.console.print(table(chosen, f"the dev part's claims varied, {name} half"))
    ev.console.rule("tune half: variants the tool disagrees with")
    for i in found:
        if i.half == "tune" and not agrees(i.expected, i.tool):
            ev.console.print(
                f"{i.article} {i.op} {i.kind} want {i.expected} got {i.tool}: {i.words[:160]!r}",
                markup=False,
                highlight=False,
            )
