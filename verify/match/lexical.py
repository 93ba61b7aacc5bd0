"""Exact and fuzzy alignment of a quotation with normalised report text.

Scorers are named, never rapidfuzz's default ``WRatio``: on this corpus
``partial_ratio`` put the source sentence first for 10/10 paraphrases and
``WRatio`` for 0/10 (see ../shared/MEASUREMENTS.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from rapidfuzz import fuzz

from verify.match.normalise import Normalised, Token, word_form
from verify.types import DiffOp


@dataclass(frozen=True)
class Alignment:
    """Where a phrase lies in a normalised text: token range and 0-100 score."""

    first: int
    last: int  # exclusive token index
    score: float


def exact_occurrences(phrase: str, haystack: Normalised) -> list[Alignment]:
    """Every whole-word occurrence of normalised ``phrase`` in ``haystack``."""
    if not phrase:
        return []
    text, found, words = haystack.text, [], phrase.count(" ") + 1
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if (at == 0 or text[at - 1] == " ") and (end == len(text) or text[end] == " "):
            first = haystack.token_index(at)
            found.append(Alignment(first, first + words, 100.0))
            at = text.find(phrase, end)
        else:
            at = text.find(phrase, at + 1)
    return found


def fuzzy_alignment(phrase: str, haystack: Normalised, cutoff: float = 0.0) -> Alignment | None:
    """Best fuzzy placement of ``phrase`` (``partial_ratio_alignment``), snapped to words."""
    if not phrase or not haystack.text:
        return None
    hit = fuzz.partial_ratio_alignment(phrase, haystack.text, score_cutoff=cutoff)
    if hit is None or hit.dest_end <= hit.dest_start:
        return None
    first = haystack.token_index(hit.dest_start)
    last = haystack.token_index(hit.dest_end - 1) + 1
    return Alignment(first, last, hit.score)


def word_diff(report: list[Token], release: list[Token]) -> tuple[list[DiffOp], int, int]:
    """Word diff from the report's words to the release's, trimmed at the edges.

    The aligned report window may carry extra words at either end (a quote can
    start mid-sentence); those are not differences and are dropped. Returns the
    diff and the report-token range ``[first, last)`` it covers.
    """
    a = [t.form for t in report]
    b = [t.form for t in release]
    ops = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    while ops and ops[0][0] == "delete":
        ops.pop(0)
    while ops and ops[-1][0] == "delete":
        ops.pop()
    if not ops:
        return [], 0, 0

    def words(toks: list[Token], i: int, j: int) -> str:
        return " ".join(t.form for t in toks[i:j])

    diff = [
        DiffOp(op=tag, report=words(report, i1, i2), release=words(release, j1, j2))
        for tag, i1, i2, j1, j2 in ops
    ]
    return diff, ops[0][1], ops[-1][2]


def is_inflection(a: str, b: str) -> bool:
    """True when two words differ only by an inflectional ending (care/cares/cared)."""
    a, b = a.strip(), b.strip()
    if not a or not b or " " in a or " " in b:
        return False
    stem = lambda w: re.sub(r"(ing|ed|es|s|d|e)$", "", w)  # noqa: E731
    return stem(a) == stem(b) and len(stem(a)) >= 3


def substantive(diff: list[DiffOp]) -> list[DiffOp]:
    """The diff steps that change words (not just an inflection)."""
    return [
        op
        for op in diff
        if op.op != "equal" and not (op.op == "replace" and is_inflection(op.report, op.release))
    ]


def context_score(context: str, candidate: str) -> float:
    """How well a report sentence fits the release sentence around a phrase (0-100)."""
    return fuzz.token_set_ratio(
        " ".join(word_form(w) for w in context.split()),
        " ".join(word_form(w) for w in candidate.split()),
    )


def describe(changed: list[DiffOp], limit: int = 3) -> str:
    """The changes in words a reader can follow: 'x' became 'y'; 'z' dropped."""
    parts = []
    for op in changed[:limit]:
        if op.op == "replace":
            parts.append(f"'{op.report}' became '{op.release}'")
        elif op.op == "delete":
            parts.append(f"'{op.report}' dropped")
        else:
            parts.append(f"'{op.release}' added")
    more = len(changed) - limit
    return "; ".join(parts) + (f"; and {more} more" if more > 0 else "")
