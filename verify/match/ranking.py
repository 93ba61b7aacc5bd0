"""The k report sentences most like a text, without aligning the text with every one.

``partial_ratio`` (the best alignment of the shorter text inside the longer) is
what ranks report sentences against a claim, alone or blended with the cosine of
their embeddings. It costs tens of microseconds a pair, so scoring all of a long
report's sentences for every claim was most of a check's time. Each sentence's
score has a cheap upper bound, from the longest common subsequence of the two
texts, so the sentences are visited best bound first and the search stops once no
bound left can reach the k-th best score found: the result is exactly that of
scoring every sentence (ties in report order), with a fraction of the alignments.

Why the bound holds: rapidfuzz's ratio of strings of lengths m and w is
``2 * LCS / (m + w)``; a common subsequence of the shorter text and a window of the
longer is one of the two whole texts too, so it is at most their whole ``LCS``
(``lcs``, which rapidfuzz counts for every sentence at once in under a
millisecond), and no longer than ``w``. Over every window partial_ratio tries, of
the shorter length m or shorter at the ends, that is at most ``2 * lcs / (m + lcs)``.

A sentence whose bound can reach the floor is first held to a tighter one
(``end_bound``) before it is aligned. A window of the full length m scores at most
``lcs / m``; a window cut short at the start of the longer text lies inside its first
m characters, so its common subsequence is at most theirs with the shorter text
(``head``) and no longer than the window: it scores at most ``2 * head / (m + head)``;
likewise at the end (``tail``). When the two texts are as long as each other rapidfuzz
tries both ways round, so only the first bound stands. tests/match/test_ranking.py
checks the bound against partial_ratio on a real report's sentences.

A short query (a few words of a quotation) has nearly all its characters, in order,
somewhere in any long sentence, so its whole ``lcs`` bounds nothing and every long
sentence was aligned. For a query of at most ``L`` characters (``BLOCK_SIZES``) each
sentence is cut into blocks of ``2L`` characters starting every ``L`` (``Blocks``):
every window partial_ratio tries is at most the query's length, so it lies inside one
block, and its common subsequence with the query is at most that block's. The largest
over a sentence's blocks (``block_lcs``, for every sentence at once) then stands in for
``lcs`` in both bounds: no larger than ``lcs`` (a block is part of the sentence), and
equal to it for a sentence of one block.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process
from rapidfuzz.distance import LCSseq

if TYPE_CHECKING:
    from collections.abc import Sequence

    import numpy as np

LEXICAL_WEIGHT = 0.4
SEMANTIC_WEIGHT = 0.6
"""A ranked sentence's score: ``0.4 * partial_ratio + 0.6 * cosine`` when it has a cosine."""

_SLACK = 1e-9


def lexical_bounds(query: str, norms: Sequence[str], lengths: np.ndarray) -> np.ndarray:
    """Upper bounds (0-1) of ``partial_ratio(query, sentence) / 100`` for every sentence."""
    return _loose(_lcs(query, norms), lengths, len(query))


def _lcs(query: str, norms: Sequence[str]) -> np.ndarray:
    """The LCS of ``query`` with each sentence, all at once."""
    import numpy as np

    return process.cdist([query], norms, scorer=LCSseq.similarity, dtype=np.int32)[0]


BLOCK_SIZES = (16, 24, 32, 48, 64)
"""Block steps ``L``: a query of at most ``L`` characters is bounded by blocks of ``2L``.
Past 64 a sentence is mostly one block, no tighter than its whole ``lcs``."""


def block_size(query_length: int) -> int | None:
    """The smallest block step for a query this long (None: too long for blocks)."""
    return next((size for size in BLOCK_SIZES if query_length <= size), None)


@dataclass(frozen=True)
class Blocks:
    """Every sentence cut into blocks of ``2 * size`` characters starting every ``size``;
    made once per report and size (``PassageIndex``)."""

    size: int
    texts: list[str]
    first: np.ndarray
    """Where each sentence's blocks begin in ``texts`` (each sentence has at least one)."""

    @classmethod
    def of(cls, norms: Sequence[str], size: int) -> Blocks:
        """The last block starts after ``len - 2 * size``, so it reaches the sentence's end:
        a window of at most ``size`` characters starting at ``p`` lies in the block starting
        at ``p`` rounded down to a multiple of ``size``, or, past the last start, in the last."""
        import numpy as np

        texts: list[str] = []
        first = []
        for norm in norms:
            first.append(len(texts))
            starts = range(0, max(len(norm) - size, 0) + 1, size)
            texts.extend(norm[j : j + 2 * size] for j in starts)
        return cls(size, texts, np.array(first, dtype=np.intp))


def block_lcs(query: str, blocks: Blocks) -> np.ndarray:
    """For each sentence, the largest LCS of ``query`` (at most ``blocks.size`` long) with
    one of its blocks: at least the LCS of the query with any window partial_ratio tries."""
    import numpy as np

    if len(query) > blocks.size:
        raise ValueError("a query longer than the block step is not bounded by its blocks")
    scores = process.cdist([query], blocks.texts, scorer=LCSseq.similarity, dtype=np.int32)[0]
    return np.maximum.reduceat(scores, blocks.first)


def _loose(lcs: np.ndarray, lengths: np.ndarray, m: int) -> np.ndarray:
    import numpy as np

    shorter = np.minimum(lengths, m)
    with np.errstate(divide="ignore", invalid="ignore"):
        # An empty text scores 0, or 100 against another empty one: bounded by 1.
        bound = np.where(shorter > 0, 2 * lcs / (shorter + lcs), 1.0)
    return np.minimum(bound, 1.0) + _SLACK


def aligns_with_any(query: str, texts: Sequence[str], minimum: float) -> bool:
    """True when ``partial_ratio(query, text) >= minimum`` (0-100) for some normalised
    text: ``any`` over every text, aligning only those whose bound can reach ``minimum``."""
    import numpy as np

    if not texts:
        return False
    bounds = lexical_bounds(query, texts, np.array([len(t) for t in texts]))
    return any(
        fuzz.partial_ratio(query, text) >= minimum
        for text, bound in zip(texts, bounds, strict=True)
        if 100 * bound >= minimum
    )


def end_bound(query: str, sentence: str, lcs: int) -> float:
    """A tighter upper bound (0-1) of ``partial_ratio(query, sentence) / 100`` than
    ``lexical_bounds``'s, from ``lcs`` (their whole LCS) and the LCS of the shorter text
    with the longer one's first and last characters (see the module's docstring for why
    it holds); ``end_bounds`` of one sentence."""
    return float(end_bounds(query, [sentence], [lcs])[0])


def end_bounds(query: str, sentences: Sequence[str], lcs: Sequence[int]) -> np.ndarray:
    """``end_bound`` of each of ``sentences`` (with its whole ``lcs``), the LCS of their
    ends counted in a few rapidfuzz calls and the bounds in numpy, not a call a sentence
    (whose calling cost more than the counting). When the two texts are as long as each
    other rapidfuzz tries both ways round, so only ``lexical_bounds``' bound stands (1)."""
    import numpy as np

    m = len(query)
    lengths = np.array([len(s) for s in sentences], dtype=np.int64)
    n = np.minimum(lengths, m)  # the shorter text's length
    head = np.zeros(len(sentences), dtype=np.int64)
    tail = np.zeros(len(sentences), dtype=np.int64)
    longer = np.flatnonzero(lengths > m) if m else np.zeros(0, dtype=np.intp)
    shorter = np.flatnonzero((lengths > 0) & (lengths < m))
    if len(longer):
        ends = [sentences[j][:m] for j in longer] + [sentences[j][-m:] for j in longer]
        found = process.cdist([query], ends, scorer=LCSseq.similarity, dtype=np.int64)[0]
        head[longer], tail[longer] = found[: len(longer)], found[len(longer) :]
    if len(shorter):
        needles = [sentences[j] for j in shorter]
        head[shorter] = _pairwise(needles, [query[: len(s)] for s in needles])
        tail[shorter] = _pairwise(needles, [query[m - len(s) :] for s in needles])
    with np.errstate(divide="ignore", invalid="ignore"):
        ends = np.maximum(
            np.where(head > 0, 2 * head / (n + head), 0.0),
            np.where(tail > 0, 2 * tail / (n + tail), 0.0),
        )
        bound = np.minimum(np.maximum(np.asarray(lcs, dtype=np.int64) / n, ends), 1.0)
    return np.where((lengths == m) | (n == 0), 1.0, bound + _SLACK)


def _pairwise(a: list[str], b: list[str]) -> np.ndarray:
    """The LCS of each text of ``a`` with the text of ``b`` at its place."""
    import numpy as np

    return process.cpdist(a, b, scorer=LCSseq.similarity, dtype=np.int64)


def top(
    query: str,
    norms: Sequence[str],
    lengths: np.ndarray,
    k: int,
    cosines: np.ndarray | None = None,
    blocks: Blocks | None = None,
    eligible: np.ndarray | None = None,
    passed: int | None = 0,
) -> list[tuple[int, float, float, float | None]]:
    """The ``k`` best sentences as (index, score, lexical, cosine), best first, ties in
    index order: partial_ratio of ``query`` with each of ``norms`` (normalised texts),
    blended with ``cosines`` when given. ``blocks``, the sentences' ``Blocks`` of a size
    at least the query's length, tighten the bounds of a short query.

    With ``eligible`` (a mask of the sentences), the eligible among the ``k + passed``
    best, at most ``k``: what keeping the eligible of the ``k + passed`` best gives, but
    the ``k`` best eligible are found first and then only the others that can outrank
    the last of them are aligned, against a floor as high as the ranking of ``k`` has,
    not the far lower one of ``k + passed`` (which aligned most of a long report).
    ``passed`` None: the ``k`` best eligible, however many others outrank them."""
    import numpy as np

    lcs = _lcs(query, norms) if blocks is None else block_lcs(query, blocks)
    bounds = _loose(lcs, lengths, len(query))
    if cosines is not None:
        bounds = LEXICAL_WEIGHT * bounds + SEMANTIC_WEIGHT * cosines.astype(np.float64)
    order = np.argsort(-bounds, kind="stable").tolist()
    if eligible is None:
        return _best(query, norms, lcs, bounds, cosines, order, k)
    best = _best(query, norms, lcs, bounds, cosines, [i for i in order if eligible[i]], k)
    if not best or passed is None:
        return best
    others = [i for i in order if not eligible[i]]
    above = _outranking(query, norms, lcs, bounds, cosines, others, (best[-1][1], -best[-1][0]))
    # The j-th best eligible is among the k + passed best when fewer than k + passed - j
    # others outrank it; the count only grows down the list, so a prefix is kept.
    return [b for j, b in enumerate(best) if j + sum(a > (b[1], -b[0]) for a in above) < k + passed]


def _scored(
    query: str, norm: str, end: float, sem: float | None, floor: float | None
) -> tuple[float, float] | None:
    """A sentence's (score, lexical), or None when it cannot reach ``floor`` (it may
    then score less than its true score, never more); ``end`` is its ``end_bound``."""
    # The lexical score a sentence needs to reach the floor, less a little so ties count.
    need = 0.0 if floor is None else floor if sem is None else _needed(floor, sem)
    if need > 0 and end < need:
        return None  # cannot reach the floor: no alignment needed
    lexical = fuzz.partial_ratio(query, norm, score_cutoff=max(0.0, 100 * need - 1e-6)) / 100
    return (lexical if sem is None else LEXICAL_WEIGHT * lexical + SEMANTIC_WEIGHT * sem), lexical


def _visits(query, norms, lcs, bounds, cosines, order, floor_of):
    """The sentences of ``order`` (by falling bound) a ranking scores, each with its end
    bound, until no bound left reaches the floor ``floor_of()`` gives (None until there is
    one; it only rises). They are taken a chunk at a time, the first small as a ranking
    often stops early: a chunk's end bounds are counted together, and the sentences whose
    end bound cannot reach the floor as it stands are passed over at once (``_scored``
    would pass over each, as the floor is no lower when it comes to them)."""
    import numpy as np

    done, size = 0, 8
    while done < len(order):
        chunk = order[done : done + size]
        done, size = done + len(chunk), 2 * size
        ends = end_bounds(query, [norms[i] for i in chunk], [lcs[i] for i in chunk])
        floor = floor_of()
        keep = np.arange(len(chunk))
        if floor is not None:
            sems = None if cosines is None else cosines[chunk].astype(np.float64)
            need = floor if sems is None else (floor - SEMANTIC_WEIGHT * sems) / LEXICAL_WEIGHT
            keep = np.flatnonzero(~((need > 0) & (ends < need)))
        for j in keep.tolist():
            i = chunk[j]
            floor = floor_of()
            if floor is not None and bounds[i] < floor:
                return  # falling bounds: none after can reach it either
            yield i, float(ends[j])
        floor = floor_of()
        if floor is not None and bounds[chunk[-1]] < floor:
            return


def _best(query, norms, lcs, bounds, cosines, order, k):
    """``top``'s ``k`` best of the sentences ``order`` lists (by falling bound)."""
    best: list[tuple[float, int, float, float | None]] = []  # (score, -index, lexical, cos)

    def floor() -> float | None:
        return best[-1][0] if len(best) == k else None

    for i, end in _visits(query, norms, lcs, bounds, cosines, order, floor):
        sem = None if cosines is None else float(cosines[i])
        scored = _scored(query, norms[i], end, sem, floor())
        if scored is None:
            continue
        score, lexical = scored
        if floor() is None or (score, -i) > best[-1][:2]:
            best.append((score, -i, lexical, sem))
            best.sort(key=lambda b: b[:2], reverse=True)
            del best[k:]
    return [(-neg, score, lexical, sem) for score, neg, lexical, sem in best]


def _outranking(query, norms, lcs, bounds, cosines, order, last):
    """(score, -index) of each sentence ``order`` lists (by falling bound) that ranks
    above ``last``, a (score, -index)."""
    above = []
    for i, end in _visits(query, norms, lcs, bounds, cosines, order, lambda: last[0]):
        sem = None if cosines is None else float(cosines[i])
        scored = _scored(query, norms[i], end, sem, last[0])
        if scored is not None and (scored[0], -i) > last:
            above.append((scored[0], -i))
    return above


def _needed(floor: float, cosine: float) -> float:
    return (floor - SEMANTIC_WEIGHT * cosine) / LEXICAL_WEIGHT
