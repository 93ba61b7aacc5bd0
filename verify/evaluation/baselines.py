"""The simple baselines every accuracy table is printed beside.

Each answers only "is this text in the report?" and flags it when not: a
normalised exact substring search, a rapidfuzz partial-ratio threshold, and a
MiniLM cosine threshold against the report's sentences. They show what the
checker's claim-specific logic adds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rapidfuzz import fuzz

from verify.match import PassageIndex, normalise

FUZZY_MIN = 90.0
COSINE_MIN = 0.85

Baseline = Callable[[Sequence[str], PassageIndex], list[bool]]
"""Texts and a report's index in; for each text, whether the baseline flags it."""


def exact(texts: Sequence[str], index: PassageIndex) -> list[bool]:
    """Flag unless the normalised words occur in the report."""
    return [normalise(t).text not in index.norm.text for t in texts]


def fuzzy(texts: Sequence[str], index: PassageIndex) -> list[bool]:
    """Flag unless some part of the report matches with partial_ratio >= FUZZY_MIN."""
    return [fuzz.partial_ratio(normalise(t).text, index.norm.text) < FUZZY_MIN for t in texts]


def cosine(texts: Sequence[str], index: PassageIndex) -> list[bool]:
    """Flag unless a report sentence has MiniLM cosine >= COSINE_MIN (needs an encoder)."""
    if not texts or not index.sentences:
        return [True] * len(texts)
    assert index.encoder is not None
    best = (index.encoder.encode(list(texts)) @ index.sentence_vectors.T).max(axis=1)
    return [float(b) < COSINE_MIN for b in best]


BASELINES: dict[str, Baseline] = {
    "exact substring": exact,
    f"fuzzy >= {FUZZY_MIN:.0f}": fuzzy,
    f"MiniLM cos >= {COSINE_MIN}": cosine,
}


def flags(texts: Sequence[str], index: PassageIndex) -> dict[str, list[bool]]:
    """Every baseline's flags for ``texts`` against one report."""
    return {name: baseline(texts, index) for name, baseline in BASELINES.items()}
