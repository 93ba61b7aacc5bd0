"""Exact and fuzzy alignment of a quotation with normalised report text.

Scorers are named, never rapidfuzz's default ``WRatio``: on this corpus
``partial_ratio`` put the source sentence first for 10/10 paraphrases and
``WRatio`` for 0/10 (see ../shared/MEASUREMENTS.md).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from verify.match.normalise import Normalised, Token, word_form
from verify.types import DiffOp

if TYPE_CHECKING:
    import numpy as np


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
    ops = [list(op) for op in ops]
    # A replace at an edge may carry report words from before (after) the quote: keep
    # only as many report words as the release has there ("the majority of children
    # live" for "living" is "live" for "living").
    first, last = ops[0], ops[-1]
    if first[0] == "replace" and first[2] - first[1] > first[4] - first[3]:
        first[1] = first[2] - (first[4] - first[3])
    if last[0] == "replace" and last[2] - last[1] > last[4] - last[3]:
        last[2] = last[1] + (last[4] - last[3])

    def words(toks: list[Token], i: int, j: int) -> str:
        return " ".join(t.form for t in toks[i:j])

    diff = [
        DiffOp(op=tag, report=words(report, i1, i2), release=words(release, j1, j2))
        for tag, i1, i2, j1, j2 in ops
    ]
    return diff, ops[0][1], ops[-1][2]


# Forms of the same word that no suffix rule relates ("is" and "are").
_IRREGULAR = {
    form: lemma
    for lemma, forms in {
        "be": "be is are was were been being am",
        "have": "have has had having",
        "do": "do does did doing done",
        "go": "go goes went gone going",
        "make": "make makes made making",
        "find": "find finds found finding",
    }.items()
    for form in forms.split()
}
# Endings stripped to reach a word's stem, longest first: inflections (is/are,
# service/services, improved/improving), comparatives (strong/stronger) and the
# noun a verb turns into (improve/improvement, decide/decision).
_ENDING = re.compile(r"(?:ments?|ations?|ions?|ings?|ed|es|ers?|est|ly|s|e|d)$")
# Articles and prepositions: the conventions let one of them change in a quote.
FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "with",
        "from",
        "into",
        "onto",
        "about",
        "over",
        "under",
        "within",
        "across",
        "through",
        "throughout",
        "between",
        "among",
        "amongst",
        "towards",
        "toward",
        "upon",
    ]
)


def _stem(word: str) -> str:
    word = _IRREGULAR.get(word, word)
    stem = _ENDING.sub("", word)
    return stem if len(stem) >= 3 else word


def same_word(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` are one word in two forms (inflection, comparative,
    verb and its noun, compound written open or closed: 'multi discipline' and
    'multidisciplinary'), by their stems rather than a list of pairs."""
    a, b = a.strip(), b.strip()
    if not a or not b or a == b:
        return a == b
    if " " in a or " " in b:
        a, b = a.replace(" ", ""), b.replace(" ", "")
    x, y = _stem(a), _stem(b)
    if x == y:
        return True
    # decide/decision, include/inclusion: the stems differ only by d/s.
    if len(x) == len(y) >= 5 and x[:-1] == y[:-1] and {x[-1], y[-1]} == {"d", "s"}:
        return True
    shared = len(os.path.commonprefix([x, y]))
    return shared >= 5 and shared >= 0.8 * max(len(x), len(y))


def word_key(form: str) -> str:
    """What two forms of one word always share: ``same_word(a, b)`` implies
    ``word_key(a) == word_key(b)``. A stem is a word (or its irregular lemma) less one
    ending, at least 3 letters long unless it is the whole word; ``same_word`` relates
    words whose stems are equal, differ in a last d/s (5 letters or more) or share 5
    letters or more from the start, so the two words (lemmas) are equal or begin with
    the same 3 letters."""
    return _IRREGULAR.get(form, form)[:3]


def is_inflection(a: str, b: str) -> bool:
    """True when two words (or runs of as many words) differ only word by word in form."""
    xs, ys = a.split(), b.split()
    if not xs or not ys:
        return False
    if len(xs) == len(ys):
        return all(same_word(x, y) for x, y in zip(xs, ys, strict=True))
    return len(xs) + len(ys) <= 4 and same_word(a, b)  # a compound split differently


def _function_word_change(op: DiffOp) -> bool:
    """One article or preposition added, dropped or swapped for another."""
    words = (op.report + " " + op.release).split()
    if op.op == "replace":
        return len(op.report.split()) == len(op.release.split()) == 1 and all(
            w in FUNCTION_WORDS for w in words
        )
    return len(words) == 1 and words[0] in FUNCTION_WORDS


def substantive(diff: list[DiffOp]) -> list[DiffOp]:
    """The diff steps that change words: not an inflection, and not the one article or
    preposition change the conventions allow (a second such change counts, as do both)."""
    changed = [
        op
        for op in diff
        if op.op != "equal" and not (op.op == "replace" and is_inflection(op.report, op.release))
    ]
    function = [op for op in changed if _function_word_change(op)]
    if len(function) == 1:
        changed.remove(function[0])
    return changed


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


class KeptWords:
    """How many of a quotation's words a word diff against a report sentence can keep,
    bounded from above for every sentence at once, without diffing any.

    The quote checker diffs a quotation against the report sentence most like it and
    takes the placement only if the diff keeps enough of its words (equal, another form
    of the same word, or the one article or preposition the conventions let change);
    ranking a long report's sentences for it costs milliseconds, and for most words the
    report lacks (an official's own) no sentence could keep enough.

    Why the bound holds. ``SequenceMatcher`` (no junk) leaves no word common to both
    sides of a replace, and the kept steps come in order on both sides, so pairing the
    words of each equal step, and of each replace of as many words by as many inflected
    (``is_inflection``: word by word ``same_word``, so equal ``word_key``), gives a
    common subsequence of the two texts' keys: at most their longest (``LCSseq``). What
    it leaves unpaired: the one article or preposition changed (1 word), and a word
    written closed for words written open ('multi agency' for 'multiagency': 1 word for
    up to 3, or up to 3 for 1, their joined forms ``same_word``): of those, the first
    release word is paired when its key is the first report word's, else counted here
    for every place in the quotation where the report holds such a word (or run of words)
    anywhere (``slack``), so the bound is the longest common subsequence plus that.
    """

    _RUN = 3
    """``is_inflection`` relates runs of up to 3 words written open to 1 written closed."""

    def __init__(self, windows: list[list[str]]) -> None:
        """``windows``: the word forms of each report sentence as the checker diffs it."""
        self._ids: dict[str, int] = {}
        self.windows = [[self._id(word_key(w)) for w in words] for words in windows]
        self._words: dict[str, set[str]] = {}
        self._open: dict[str, set[str]] = {}
        for words in windows:
            for i, first in enumerate(words):
                self._words.setdefault(word_key(first), set()).add(first)
                for run in range(2, self._RUN + 1):
                    joined = "".join(words[i : i + run])
                    if i + run <= len(words) and word_key(joined) != word_key(first):
                        self._open.setdefault(word_key(joined), set()).add(
                            " ".join(words[i : i + run])
                        )

    def _id(self, key: str) -> int:
        return self._ids.setdefault(key, len(self._ids))

    def most(self, forms: list[str]) -> int:
        """An upper bound of the words of ``forms`` a diff against any window keeps."""
        return int(self.bounds(forms).max()) if self.windows else 0

    def bounds(self, forms: list[str]) -> np.ndarray:
        """For each window, an upper bound of the words of ``forms`` a diff against it keeps."""
        from rapidfuzz import process
        from rapidfuzz.distance import LCSseq

        keys = [self._ids.get(word_key(f), -1 - i) for i, f in enumerate(forms)]
        paired = process.cdist([keys], self.windows, scorer=LCSseq.similarity)[0]
        function = any(f in FUNCTION_WORDS for f in forms)
        return paired + len(self.slack(forms)) + function

    def slack(self, forms: list[str]) -> set[int]:
        """Places in ``forms`` a closed or open writing of report words may keep unpaired."""
        out: set[int] = set()
        for j, form in enumerate(forms):
            for run in range(2, self._RUN + 1):
                words = forms[j : j + run]
                if len(words) < run:
                    break
                joined = " ".join(words)
                for x in self._words.get(word_key(joined.replace(" ", "")), ()):
                    if x not in words and same_word(x, joined):
                        out.update(range(j + (word_key(x) == word_key(form)), j + run))
            if any(
                form not in opened.split() and same_word(opened, form)
                for opened in self._open.get(word_key(form), ())
            ):
                out.add(j)
        return out
