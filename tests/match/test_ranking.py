"""The pruned top-k search against the reference: scoring every sentence and sorting."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from verify.match import ranking
from verify.match.normalise import normalise

_WORDS = "children care leavers social workers leaders good strong plans visits the of and to"
_SENTENCE = st.lists(st.sampled_from(_WORDS.split()), min_size=0, max_size=14).map(" ".join)


def reference(query, norms, k, cosines):
    """Every sentence scored, sorted best first; ties in index order (a stable sort)."""
    scored = []
    for i, norm in enumerate(norms):
        lexical = fuzz.partial_ratio(query, norm) / 100
        score = lexical if cosines is None else 0.4 * lexical + 0.6 * float(cosines[i])
        scored.append((i, score))
    scored.sort(key=lambda pair: pair[1], reverse=True)
    return scored[:k]


@settings(max_examples=300, deadline=None)
@given(
    query=_SENTENCE,
    sentences=st.lists(_SENTENCE, min_size=1, max_size=30),
    k=st.integers(1, 4),
    semantic=st.booleans(),
    seed=st.integers(0, 2**16),
)
def test_top_is_the_reference_ranking(query, sentences, k, semantic, seed):
    norms = [normalise(s).text for s in sentences]
    # Few distinct cosines, so ties between sentences are common.
    cosines = (
        np.random.default_rng(seed).integers(0, 4, len(norms)).astype(np.float32) / 4
        if semantic
        else None
    )
    lengths = np.array([len(n) for n in norms])
    found = ranking.top(normalise(query).text, norms, lengths, k, cosines)
    assert [(i, score) for i, score, _, _ in found] == reference(
        normalise(query).text, norms, k, cosines
    )


def test_bound_is_never_below_the_score():
    texts = ["the local authority's leaders", "children in care are seen", "", "x"]
    for query in ["leaders of the local authority", "care", "", "zz"]:
        bounds = ranking.lexical_bounds(query, texts, np.array([len(t) for t in texts]))
        for text, bound in zip(texts, bounds, strict=True):
            assert fuzz.partial_ratio(query, text) / 100 <= bound
