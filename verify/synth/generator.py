"""Write a council-style press release about a real report, planting labelled errors.

The release follows the shape of the real ones in ../shared/seeds: a headline
grade, inspection facts, judgement claims, a count or percentage of areas,
inspectors' words in quotation marks, paraphrased findings and a council
official's statement. Each planted claim is clean, a minor variation that must
not be flagged, or one injected error whose verdict is known (see
``models.GOLD_VERDICT``). Everything is drawn from one ``random.Random`` seeded
by the seed and the report's sha256, so a seed always gives the same release.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from verify.synth.draft import ReleaseDraft
from verify.synth.models import SyntheticRelease
from verify.synth.quoting import PLANTERS, clean_quote, council_statement, finding
from verify.synth.ratings import (
    counts,
    facts,
    generalised_praise,
    headline,
    judgements,
    overall_2026,
)
from verify.types import Report

VERSION = "4"
"""Bump when the output for a given seed changes, so cached sets are rebuilt."""

QUOTE_MIX: tuple[tuple[str, int], ...] = (
    ("clean", 22),
    ("marked_cut", 5),
    ("minor_variation", 19),
    ("quote_substitution", 7),
    ("quote_deletion", 7),
    ("quote_insertion", 7),
    ("quote_reorder", 7),
    ("splice", 7),
    ("council_to_inspectors", 6),
    ("inspectors_to_council", 6),
    ("other_report_quote", 7),
)


def synthesise(
    report: Report,
    others: Sequence[Report] = (),
    seed: int = 0,
    *,
    quotes: int = 14,
    findings: int = 2,
    name: str | None = None,
) -> SyntheticRelease:
    """A labelled release about ``report``; ``others`` lend quotes from other councils.

    The same report, others and seed always give the same release.
    """
    rng = random.Random(f"{VERSION}:{seed}:{report.sha256}")
    r = ReleaseDraft(report, sorted(others, key=lambda o: o.sha256), rng)
    r.out.write(f"{r.place} children’s services: Ofsted publishes inspection report")
    r.out.end_paragraph()
    headline(r)
    facts(r)
    judgements(r)
    counts(r)
    overall_2026(r)
    generalised_praise(r)
    kinds, weights = zip(*QUOTE_MIX, strict=True)
    plan = [PLANTERS[k] for k in rng.choices(kinds, weights, k=quotes)] + [finding] * findings
    rng.shuffle(plan)
    half = len(plan) // 2
    for i, plant in enumerate(plan):
        if i == half:
            council_statement(r)
        if not plant(r):
            clean_quote(r)
    r.out.write("The full report is available on the Ofsted website.")
    return SyntheticRelease(
        name=name or f"{place_slug(report)}-s{seed}",
        report=report.source,
        report_sha256=report.sha256,
        others=sorted(set(r.used_others)),
        seed=seed,
        text=r.out.text,
        claims=r.out.claims,
    )


def place_slug(report: Report) -> str:
    """A file-name stem for a report's releases: authority and date."""
    when = report.inspection_start or report.published
    stem = re.sub(r"[^a-z0-9]+", "-", report.authority.lower()).strip("-")
    return f"{stem}-{when.isoformat()}" if when else f"{stem}-{report.sha256[:8]}"
