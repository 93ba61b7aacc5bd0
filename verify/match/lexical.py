"""Exact and fuzzy alignment of a quotation with normalised report text.

Scorers are named, never rapidfuzz's default ``WRatio``: on this corpus
``partial_ratio`` put the source sentence first for 10/10 paraphrases and
``WRatio`` for 0/10 (see ../shared/MEASUREMENTS.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from verify.match.normalise import Normalised, Token, word_form
from verify.types import DiffOp
from verify.words.numbers import number
from verify.words.spellings import soundalike, spelled_out
from verify.words.stems import (
    IRREGULAR_STARTS,
    STEM_PREFIX,
    same_stem,
    same_word,
    word_key,
    word_stem,
)

if TYPE_CHECKING:
    import numpy as np


@dataclass(frozen=True)
class Alignment:
    """Where a phrase lies in a normalised text: token range and 0-100 score."""

    first: int
    last: int  # exclusive token index
    score: float


def exact_occurrences(phrase: str, haystack: Normalised) -> list[Alignment]:
    """Every whole-word occurrence of normalised ``phrase`` in ``haystack``, left to right,
    none overlapping the one before (as a scan of the text with ``str.find`` finds them).

    When the haystack's words are indexed (``Normalised.index_words``) only the places
    where the phrase's rarest word stands whole are tried: each word of a whole-word
    occurrence stands whole in the text (the phrase's words are parted by single
    spaces, as the text's are), so the occurrence begins that word's offset in the
    phrase before one of them ("the" stands in hundreds of places, "leaders" in a few).
    Else the text is scanned."""
    if not phrase:
        return []
    words = phrase.split(" ")
    places = [haystack.word_starts(word) for word in words]
    if places[0] is None:
        return _scanned(phrase, haystack)
    rarest = min(range(len(words)), key=lambda n: len(places[n]))
    before = sum(len(word) + 1 for word in words[:rarest])  # the phrase's chars before it
    text, size = haystack.text, len(phrase)
    found: list[Alignment] = []
    free = 0  # an occurrence starts at or after the end of the one before
    for token, offset in places[rarest]:
        at, end = offset - before, offset - before + size
        if (
            at >= free
            and (at == 0 or text[at - 1] == " ")
            and text.startswith(phrase, at)
            and (end == len(text) or text[end] == " ")
        ):
            found.append(Alignment(token - rarest, token - rarest + len(words), 100.0))
            free = end
    return found


def _scanned(phrase: str, haystack: Normalised) -> list[Alignment]:
    """``exact_occurrences`` by a scan of the whole text with ``str.find``."""
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
    ops = _restarted(a, b, _opcodes(a, b))
    if not ops:
        return [], 0, 0
    ops = [list(op) for op in ops]
    if len(ops) == 1 and ops[0][0] == "replace":
        _keep_same_words(ops[0], a, b)
    # A replace at an edge may carry report words from before (after) the quote: keep
    # only as many report words as the release has there ("the majority of children
    # live" for "living" is "live" for "living").
    first, last = ops[0], ops[-1]
    if not _trim_compound(first, a, b, at_end=False) and (
        first[0] == "replace" and first[2] - first[1] > first[4] - first[3]
    ):
        first[1] = first[2] - (first[4] - first[3])
    if not _trim_compound(last, a, b, at_end=True) and (
        last[0] == "replace" and last[2] - last[1] > last[4] - last[3]
    ):
        last[2] = last[1] + (last[4] - last[3])
    ops[:1] = _article_before(ops[0], a, b)

    def words(toks: list[Token], i: int, j: int) -> str:
        return " ".join(t.form for t in toks[i:j])

    diff = [
        DiffOp(op=tag, report=words(report, i1, i2), release=words(release, j1, j2))
        for tag, i1, i2, j1, j2 in ops
    ]
    return diff, ops[0][1], ops[-1][2]


def _opcodes(a: list[str], b: list[str], start: int = 0) -> list[tuple]:
    """The opcodes from the report's words ``a[start:]`` to the release's ``b`` (report
    indices into ``a``), the report words before the first and after the last
    difference dropped: a quotation may start and end mid-sentence."""
    ops = SequenceMatcher(None, a[start:], b, autojunk=False).get_opcodes()
    ops = [(tag, i1 + start, i2 + start, j1, j2) for tag, i1, i2, j1, j2 in ops]
    while ops and ops[0][0] == "delete":
        ops.pop(0)
    while ops and ops[-1][0] == "delete":
        ops.pop()
    return ops


def _cost(ops: list[tuple]) -> int:
    """How many words differ in a diff: the longer side of each difference."""
    return sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in ops if tag != "equal")


def _restarted(a: list[str], b: list[str], ops: list[tuple]) -> list[tuple]:
    """The diff begun at a later place of the release's opening words when the report's
    window holds them twice before the first difference and the later place differs less:
    'with children overall, children continue to wait' for a quotation opening 'children
    continued to wait' (drift44: the first 'children' was matched, so 'overall children
    continue' became the release's 'continued', a misquotation, not the inflection it is)."""
    if len(ops) < 2 or ops[0][0] != "equal" or ops[1][0] == "insert":
        return ops
    _, i1, i2, _, _ = ops[0]
    opening, cost = a[i1:i2], _cost(ops)
    for at in range(i1 + 1, ops[1][2]):
        if a[at : at + len(opening)] == opening and _cost(again := _opcodes(a, b, at)) < cost:
            ops, cost = again, _cost(again)
    return ops


def _trim_compound(op: list, a: list[str], b: list[str], at_end: bool) -> bool:
    """Narrow a replace at an edge of the diff to the report words that are the release's
    one compound written otherwise ('wellbeing' of 'wellbeing and' for a quotation ending
    'well-being', 'e mail' of '... strong e mail' for one opening 'email', '24 hours' of
    '24 hours and' for one ending '24hrs'), leaving out
    report words beyond the quotation's end (or before its start); True when it did."""
    tag, i1, i2, j1, j2 = op
    said = " ".join(b[j1:j2])
    if tag != "replace" or j2 - j1 > 3:
        return False
    for k in range(1, min(i2 - i1, 3) + 1):
        run = a[i1 : i1 + k] if at_end else a[i2 - k : i2]
        spelled = same_word(" ".join(run), said) or spelled_out(" ".join(run)) == spelled_out(said)
        if spelled and len(run) != j2 - j1:
            op[2 if at_end else 1] = i1 + k if at_end else i2 - k
            return True
    return False


def _keep_same_words(op: list, a: list[str], b: list[str]) -> None:
    """Narrow a replace that is the whole diff (not one word equal, as for a quoted word
    in another form: "valued" in a window holding "value") to the run of report words,
    as many as the release's, holding most of the release's words in another form;
    left as it is when no run holds any."""
    _, i1, i2, j1, j2 = op
    n = j2 - j1
    if i2 - i1 <= n:
        return
    held = {s: sum(same_word(a[s + k], b[j1 + k]) for k in range(n)) for s in range(i1, i2 - n + 1)}
    start = max(held, key=lambda s: held[s])
    if held[start]:
        op[1], op[2] = start, start + n


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


def _article_before(op: list, a: list[str], b: list[str]) -> list[list]:
    """The first diff step, with a function word the quotation opens with read as added
    before the report's words, not as standing for the report word before them: 'an area
    of significant strength' for '... are areas of significant strength' adds 'an' and
    inflects 'areas', leaving 'are' outside the quotation. Only when the words after it
    are the report's in another form; else the step as it was."""
    tag, i1, i2, j1, j2 = op
    if tag != "replace" or i2 - i1 != j2 - j1 or i2 - i1 < 2:
        return [op]
    if b[j1] not in FUNCTION_WORDS or a[i1] in FUNCTION_WORDS:
        return [op]
    if not is_inflection(" ".join(a[i1 + 1 : i2]), " ".join(b[j1 + 1 : j2])):
        return [op]
    return [["insert", i1 + 1, i1 + 1, j1, j1 + 1], ["replace", i1 + 1, i2, j1 + 1, j2]]


def is_inflection(a: str, b: str) -> bool:
    """True when two words (or runs of as many words) differ only word by word in form."""
    xs, ys = a.split(), b.split()
    if not xs or not ys:
        return False
    if len(xs) == len(ys):
        return all(same_word(x, y) for x, y in zip(xs, ys, strict=True))
    return len(xs) + len(ys) <= 4 and same_word(a, b)  # a compound split differently


def _range_dashed(diff: list[DiffOp], k: int) -> bool:
    """True when step ``k`` drops the report's 'and' or 'to' between two numbers: a range
    the quotation writes with a dash ('16-17 year olds' for '16- and 17-year-olds'), the
    same words punctuated otherwise."""
    op = diff[k]
    if op.op != "delete" or op.report not in ("and", "to") or not 0 < k < len(diff) - 1:
        return False
    before, after = diff[k - 1].release.split(), diff[k + 1].release.split()
    return (
        bool(before and after) and number(before[-1]) is not None and number(after[0]) is not None
    )


def _function_word_change(op: DiffOp) -> bool:
    """One article or preposition added, dropped or swapped for another."""
    words = (op.report + " " + op.release).split()
    if op.op == "replace":
        return len(op.report.split()) == len(op.release.split()) == 1 and all(
            w in FUNCTION_WORDS for w in words
        )
    return len(words) == 1 and words[0] in FUNCTION_WORDS


def _same_number(op: DiffOp) -> bool:
    """One number in digits for words or words for digits ('72' and 'seventy two'), an
    ordinal so ('1st', 'first'), or words abbreviated ('Nov', 'hrs', '24hrs' for '24
    hours', '£1.2m'): a house style's spelling of the report's words, not other words."""
    return spelled_out(op.release) == spelled_out(op.report)


_SLIP_FROM = 3
"""A typing slip swaps two neighbouring letters after a word's first three (its
``word_key``, which the diff's bound pairs words by, stays the same)."""
_SLIP_MIN_LETTERS = 6
"""Words shorter than this swap into other words too often ('quite', 'quiet'; 'trial',
'trail')."""


def _misspelt(op: DiffOp) -> bool:
    """One word for one, the report's with two neighbouring letters swapped ('reveiws' for
    'reviews', 'recieve' for 'receive') or its ending spelled by sound ('permanance',
    ``words.spellings.soundalike``): the same word mistyped, which the conventions call a
    spelling difference, not another word."""
    a, b = op.report, op.release
    if " " in a or " " in b or len(a) != len(b) or len(a) < _SLIP_MIN_LETTERS:
        return False
    if soundalike(a, b):
        return True
    at = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return (
        len(at) == 2
        and at[0] >= _SLIP_FROM
        and at[1] == at[0] + 1
        and (a[at[0]], a[at[1]]) == (b[at[1]], b[at[0]])
    )


def _ampersand_for_and(op: DiffOp) -> bool:
    """One word for one, the same but for an '&' standing for the 'a' of 'and' or for
    nothing ('B&NES' for the report's 'BANES', 'A&E' for 'AE'): a spelling of the same
    abbreviation (drift43: misquoted)."""
    a, b = op.report, op.release
    if " " in a or " " in b or ("&" in a) == ("&" in b):
        return False
    spelt, plain = (a, b) if "&" in a else (b, a)
    return plain in (spelt.replace("&", "a"), spelt.replace("&", ""))


# Words an abbreviation may pass over: articles, prepositions and 'and' ('CAMHS': child
# and adolescent mental health services, 'and' counted or not).
_UNSPELT = FUNCTION_WORDS | {"and"}


def _initials_of(letters: str, words: list[str], whole: bool = False) -> bool:
    """True when ``letters`` are the initials of a run of ``words`` ending at the last one
    (of all of them but function words before, when ``whole``), a function word counted or
    passed over: 'cspa' of "... the children's single point of access", 'caas' of 'the
    contact advice and assessment service'."""
    if not letters:
        return not whole or all(w in _UNSPELT for w in words)
    if not words:
        return False
    *rest, last = words
    if last[:1] == letters[-1] and _initials_of(letters[:-1], rest, whole):
        return True
    return last in _UNSPELT and _initials_of(letters, rest, whole)


def _abbreviation_step(diff: list[DiffOp], k: int, abbreviations: frozenset[str]) -> bool:
    """True when step ``k`` only drops, adds or swaps in one of the ``abbreviations``
    (letters, lower case: those the report defines, or the release prints in capitals) of
    the words beside it: '(C-SPA)' dropped after "children's single point of access", 'CSC'
    for "children's social care", 'CAAS' kept for 'contact advice and assessment service'.
    A short name for the same words is a spelling of them."""
    op = diff[k]
    said = "".join((op.report if op.op == "delete" else op.release).split())
    if said not in abbreviations:
        # The words dropped for the abbreviation the release keeps ('in CAAS').
        after = next((o.report.split()[0] for o in diff[k + 1 :] if o.op == "equal"), "")
        return (
            op.op == "delete"
            and after in abbreviations
            and _spells(after, op.report.split(), whole=True)
        )
    if op.op == "replace":
        return _spells(said, op.report.split(), whole=True)
    before = " ".join(o.report for o in diff[:k] if o.op == "equal").split()
    return _spells(said, before)


def _spells(letters: str, words: list[str], whole: bool = False) -> bool:
    """``_initials_of``, an abbreviation in the plural too ('IROs' for 'independent
    reviewing officers')."""
    return _initials_of(letters, words, whole) or (
        letters.endswith("s") and _initials_of(letters[:-1], words, whole)
    )


def substantive(diff: list[DiffOp], abbreviations: frozenset[str] | None = None) -> list[DiffOp]:
    """The diff steps that change words: not an inflection, not a number or one of the
    report's ``abbreviations`` spelled otherwise, not a word mistyped, and not the one
    article or preposition change the conventions allow (a second such change counts, as
    do both)."""
    changed = [
        op
        for k, op in enumerate(diff)
        if op.op != "equal"
        and not (
            op.op == "replace"
            and (
                is_inflection(op.report, op.release)
                or _same_number(op)
                or _misspelt(op)
                or _ampersand_for_and(op)
            )
        )
        and not (abbreviations is not None and _abbreviation_step(diff, k, abbreviations))
        and not _range_dashed(diff, k)
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
    _FIRST = 0x100
    """Keys are compared as characters from here on (``LCSseq`` on strings, the fast way)."""
    _UNKNOWN = 0xE000
    """A release word whose key no report word has gets its own character from here on."""

    def __init__(self, windows: list[list[str]]) -> None:
        """``windows``: the word forms of each report sentence as the checker diffs it."""
        vocabulary = {w for words in windows for w in words}
        self._chars: dict[str, str] = {}  # key -> its character
        for key in sorted({word_key(w) for w in vocabulary}):
            self._chars[key] = chr(self._FIRST + len(self._chars))
        char = {w: self._chars[word_key(w)] for w in vocabulary}
        self.windows = ["".join(map(char.__getitem__, words)) for words in windows]
        self._words = _Stems()  # the report's words
        for word in vocabulary:
            self._words.add((word,), word_stem(word))
        self._open = _Stems()  # its runs of 2-3 words whose first word's key is not theirs
        for words in windows:
            for i, first in enumerate(words):
                if len(first) >= 3 and first not in IRREGULAR_STARTS:
                    continue  # a run's key is then its first word's
                for run in range(2, min(self._RUN, len(words) - i) + 1):
                    joined = "".join(words[i : i + run])
                    if word_key(joined) != word_key(first):
                        self._open.add(tuple(words[i : i + run]), word_stem(joined))

    def could_keep(self, forms: list[str], minimum: float) -> bool:
        """True unless a diff of ``forms`` against every window keeps fewer than
        ``minimum`` of them (the slack is counted only when the pairs fall short)."""
        if not self.windows:
            return False
        most = int(self._paired(forms).max()) + any(f in FUNCTION_WORDS for f in forms)
        return most >= minimum or most + len(self.slack(forms)) >= minimum

    def bounds(self, forms: list[str]) -> np.ndarray:
        """For each window, an upper bound of the words of ``forms`` a diff against it keeps."""
        function = any(f in FUNCTION_WORDS for f in forms)
        return self._paired(forms) + len(self.slack(forms)) + function

    def _paired(self, forms: list[str]) -> np.ndarray:
        """For each window, the longest common subsequence of its keys and ``forms``'."""
        from rapidfuzz import process
        from rapidfuzz.distance import LCSseq

        keys = "".join(
            self._chars.get(word_key(f)) or chr(self._UNKNOWN + i) for i, f in enumerate(forms)
        )
        return process.cdist([keys], self.windows, scorer=LCSseq.similarity)[0]

    def slack(self, forms: list[str]) -> set[int]:
        """Places in ``forms`` a closed or open writing of report words may keep unpaired."""
        out: set[int] = set()
        for j, form in enumerate(forms):
            for run in range(2, min(self._RUN, len(forms) - j) + 1):
                words = forms[j : j + run]
                for (x,) in self._words.like(word_stem("".join(words))):
                    if x not in words:
                        out.update(range(j + (word_key(x) == word_key(form)), j + run))
            if any(form not in opened for opened in self._open.like(word_stem(form))):
                out.add(j)
            if number(form) is not None or spelled_out(form) != [form]:
                out.add(j)  # the report may print it another way ('72', 'seventy two', '1st')
        return out


class _Stems:
    """Runs of words by their joined stem, to find those ``same_stem`` to a stem at once:
    the same stem, or (5 letters or more) the same first ``STEM_PREFIX`` letters."""

    _ASKED_MAX = 1 << 14

    def __init__(self) -> None:
        self._by_prefix: dict[str, dict[tuple[str, ...], str]] = {}
        self._asked: dict[str, list[tuple[str, ...]]] = {}

    def add(self, run: tuple[str, ...], stem: str) -> None:
        key = stem if len(stem) < 5 else stem[:STEM_PREFIX]
        self._by_prefix.setdefault(key, {}).setdefault(run, stem)
        self._asked.clear()  # an answer may now hold this run too

    def like(self, stem: str) -> list[tuple[str, ...]]:
        """The runs whose joined stem is ``same_stem`` to ``stem``; remembered, as the
        words of quotation after quotation are asked of the same report (a bucket holds
        dozens of runs, each compared by ``same_stem``)."""
        if stem not in self._asked:
            if len(self._asked) >= self._ASKED_MAX:
                self._asked.clear()
            key = stem if len(stem) < 5 else stem[:STEM_PREFIX]
            bucket = self._by_prefix.get(key, {})
            self._asked[stem] = [r for r, s in bucket.items() if same_stem(s, stem)]
        return self._asked[stem]
