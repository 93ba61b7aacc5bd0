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


_TEXT = st.text(alphabet="abcde '", max_size=90)


@settings(max_examples=400, deadline=None)
@given(query=_TEXT, sentence=_TEXT)
def test_end_bound_is_never_below_the_score(query, sentence):
    """The tighter bound holds for texts of every length, shorter and longer than the
    query, over a small alphabet so that long common subsequences are common."""
    lcs = int(ranking._lcs(query, [sentence])[0]) if sentence else 0
    assert fuzz.partial_ratio(query, sentence) / 100 <= ranking.end_bound(query, sentence, lcs)


@settings(max_examples=300, deadline=None)
@given(query=_TEXT, sentences=st.lists(_TEXT, max_size=40))
def test_end_bounds_counted_together_are_each_end_bound(query, sentences):
    """The bounds a ranking counts a chunk at a time are each sentence's own, whatever the
    chunk holds (sentences shorter than, as long as and longer than the query, empty
    ones), and never below the score."""
    lcs = [int(c) for c in ranking._lcs(query, sentences)] if sentences else []
    alone = [ranking.end_bound(query, s, c) for s, c in zip(sentences, lcs, strict=True)]
    assert ranking.end_bounds(query, sentences, lcs).tolist() == alone
    for sentence, bound in zip(sentences, alone, strict=True):
        assert fuzz.partial_ratio(query, sentence) / 100 <= bound


def _report_sentences(reports_dir, settings):
    from verify.match.index import _prepare
    from verify.report import load_report

    pdf = reports_dir / "80548_salford" / "children's services inspection - 12 january 2024.pdf"
    return _prepare(load_report(pdf, settings)).sentence_norms


def test_bounds_hold_and_top_matches_a_full_scan_on_a_real_report(reports_dir, settings):
    """On a real report's sentences, with quotations found, altered and not there at all:
    neither bound is ever below partial_ratio, and the pruned search returns exactly the
    best passages that scoring every sentence does."""
    norms = _report_sentences(reports_dir, settings)
    lengths = np.array([len(n) for n in norms])
    queries = [norms[40], norms[41][: len(norms[41]) // 2], norms[90] + " " + norms[91]]
    queries += [
        normalise(q).text
        for q in (
            "Leaders have a clear and accurate understanding of the quality of practice",
            "Children are seen quickly and their needs are assessed by skilled social workers",
            "The council's finances have been hit hard by the cost of temporary accommodation",
        )
    ]
    cosines = np.random.default_rng(7).random(len(norms)).astype(np.float32)
    for query in queries:
        lcs = ranking._lcs(query, norms)
        scores = np.array([fuzz.partial_ratio(query, n) / 100 for n in norms])
        assert (scores <= ranking.lexical_bounds(query, norms, lengths)).all()
        ends = [ranking.end_bound(query, n, int(c)) for n, c in zip(norms, lcs, strict=True)]
        assert (scores <= np.array(ends)).all()
        for k, cos in ((1, None), (3, None), (10, cosines)):
            found = ranking.top(query, norms, lengths, k, cos)
            assert [(i, s) for i, s, _, _ in found] == reference(query, norms, k, cos)


def test_block_bounds_hold_and_top_with_blocks_matches_a_full_scan_on_a_real_report(
    reports_dir, settings
):
    """Short queries (a few words of a quotation, found, altered or not there) against a
    real report's sentences, at every block size: the block LCS is never below the LCS of
    the query with any window partial_ratio tries, so the bounds made from it are never
    below partial_ratio, and the pruned search with blocks returns the full scan's best."""
    norms = _report_sentences(reports_dir, settings)
    lengths = np.array([len(n) for n in norms])
    words = " ".join(norms[30:60]).split()
    queries = [" ".join(words[i : i + n]) for i, n in ((0, 2), (17, 4), (52, 6), (140, 9))]
    queries += [normalise(q).text for q in ("we can't afford to be complacent", "zzz", "a")]
    queries += [norms[12][:63], norms[77][:64], ""]
    cosines = np.random.default_rng(3).random(len(norms)).astype(np.float32)
    for query in queries:
        scores = np.array([fuzz.partial_ratio(query, n) / 100 for n in norms])
        for size in [s for s in ranking.BLOCK_SIZES if s >= len(query)]:
            blocks = ranking.Blocks.of(norms, size)
            held = ranking.block_lcs(query, blocks)
            assert (held <= ranking._lcs(query, norms)).all()
            assert (scores <= ranking._loose(held, lengths, len(query))).all()
            ends = [ranking.end_bound(query, n, int(c)) for n, c in zip(norms, held, strict=True)]
            assert (scores <= np.array(ends)).all()
            for k, cos in ((1, None), (3, None), (10, cosines)):
                found = ranking.top(query, norms, lengths, k, cos, blocks)
                assert [(i, s) for i, s, _, _ in found] == reference(query, norms, k, cos)


@settings(max_examples=300, deadline=None)
@given(query=st.text(alphabet="abcde '", max_size=64), sentence=_TEXT)
def test_block_lcs_is_never_below_any_windows_lcs(query, sentence):
    """Every window partial_ratio tries (at most the query's length) lies in one block."""
    from rapidfuzz.distance import LCSseq

    m = len(query)
    windows = [sentence[i : i + m] for i in range(max(len(sentence) - m, 0) + 1)]
    windows += [sentence[:j] for j in range(m)] + [sentence[-j:] for j in range(1, m)]
    most = max(LCSseq.similarity(query, w) for w in windows)
    for size in [s for s in ranking.BLOCK_SIZES if s >= m]:
        assert most <= ranking.block_lcs(query, ranking.Blocks.of([sentence], size))[0]


def test_aligns_with_any_is_any_over_every_text(reports_dir, settings):
    norms = _report_sentences(reports_dir, settings)[:120]
    for query in (norms[5], norms[6][:60], "nothing of the kind appears here at all"):
        for minimum in (60.0, 75.0, 90.0):
            every = any(fuzz.partial_ratio(query, n) >= minimum for n in norms)
            assert ranking.aligns_with_any(query, norms, minimum) == every


def eligible_reference(query, norms, k, cosines, eligible, passed):
    """The eligible among the reference's ``k + passed`` best, at most ``k``."""
    found = reference(query, norms, k + passed, cosines)
    return [(i, score) for i, score in found if eligible[i]][:k]


@settings(max_examples=300, deadline=None)
@given(
    query=_SENTENCE,
    sentences=st.lists(_SENTENCE, min_size=1, max_size=30),
    k=st.integers(1, 4),
    passed=st.integers(0, 3),
    semantic=st.booleans(),
    seed=st.integers(0, 2**16),
)
def test_top_of_the_eligible_is_the_reference_ranking_filtered(
    query, sentences, k, passed, semantic, seed
):
    """Short sentences ranked above the eligible ones push them out of the ``k + passed``
    exactly as filtering the longer ranking does, ties included."""
    norms = [normalise(s).text for s in sentences]
    rng = np.random.default_rng(seed)
    cosines = rng.integers(0, 4, len(norms)).astype(np.float32) / 4 if semantic else None
    eligible = np.array([len(s.split()) >= 3 for s in sentences])
    lengths = np.array([len(n) for n in norms])
    q = normalise(query).text
    found = ranking.top(q, norms, lengths, k, cosines, None, eligible, passed)
    assert [(i, s) for i, s, _, _ in found] == eligible_reference(
        q, norms, k, cosines, eligible, passed
    )


def test_top_of_the_eligible_matches_a_filtered_full_scan_on_a_real_report(reports_dir, settings):
    """On a real report's sentences (table cells and headings among them), quotations of
    every length: the sentences of enough words among the ``k + passed`` best, as a
    quotation is placed (``PassageIndex.rank_wordy``), with and without blocks."""
    from verify.match.index import _prepare
    from verify.report import load_report

    pdf = reports_dir / "80548_salford" / "children's services inspection - 12 january 2024.pdf"
    prepared = _prepare(load_report(pdf, settings))
    norms, lengths = prepared.sentence_norms, prepared.lengths
    words = " ".join(norms[30:60]).split()
    queries = [" ".join(words[i : i + n]) for i, n in ((0, 2), (17, 4), (52, 6), (140, 9))]
    queries += [normalise(q).text for q in ("receive good support", "good", "requires improvement")]
    queries += [norms[40], norms[12][:63], norms[90] + " " + norms[91]]
    for query in queries:
        blocks = ranking.Blocks.of(norms, ranking.block_size(len(query)) or 64)
        for k, passed in ((1, 8), (3, 8), (3, 0), (2, 1)):
            for minimum in (1, 2.4, 6):
                eligible = prepared.word_counts >= minimum
                want = eligible_reference(query, norms, k, None, eligible, passed)
                for bl in (None, blocks) if len(query) <= blocks.size else (None,):
                    found = ranking.top(query, norms, lengths, k, None, bl, eligible, passed)
                    assert [(i, s) for i, s, _, _ in found] == want
