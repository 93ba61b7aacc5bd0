"""A quotation piece that runs the head of one report sentence into the tail of another,
cut in two (``split_at_join``): a splice inside one release sentence, each part then
placed on its own by ``placing``. A gap inside one sentence (words dropped, or one word
added) is a misquote of one passage, and the piece stays whole.
"""

from __future__ import annotations

import re
from functools import cache

from verify.check.quote.segments import Segment
from verify.match import FUNCTION_WORDS, Alignment, PassageIndex, tokens
from verify.words.quantities import SUBJECT_SHARES

# Each part of a splice found inside one release sentence has at least this many words.
_JOIN_MIN_WORDS = 3
# A sentence this close (0-100) to one report span is that span misquoted, even when
# its words can also be cut into two runs found in different sentences.
_ONE_PASSAGE_MIN = 90.0


def split_at_join(segment: Segment, index: PassageIndex) -> list[Segment]:
    """The segment as two when it is the head of one report sentence run on into the
    tail of another (a splice inside one release sentence), the release's own 'and'
    between them or none; else the segment alone.

    Each part must be found verbatim and hold at least ``_JOIN_MIN_WORDS`` words, one of
    them more than a share or a function word ('the vast majority of' is the release's
    limit on the words after it, a misquote of them, not report text of its own), and no
    cut of the words into two runs found may place both in one report sentence: a gap
    inside one sentence is dropped words (a misquote), not a splice ('there has been some
    improvement in ...' for 'There has been some, but not enough, improvement in ...',
    though 'there has been some improvement' stands in another sentence too).
    """
    toks = tokens(segment.text)
    forms = [t.form for t in toks]
    n = len(forms)

    @cache
    def occurrences(phrase: str) -> list[Alignment]:
        return index.occurrences(phrase)

    def found(words: list[str]) -> list[Alignment]:
        """Occurrences of ``words``; each phrase is searched once (the bisection and
        the sentence test ask again)."""
        return occurrences(" ".join(words))

    if n < 2 * _JOIN_MIN_WORDS or found(forms):
        return [segment]
    head = _longest(lambda k: bool(found(forms[:k])), n)
    tail = _longest(lambda k: bool(found(forms[n - k :])), n)
    joined = head + tail == n - 1 and forms[head] in _JOINING
    if min(head, tail) < _JOIN_MIN_WORDS or (head + tail < n and not joined):
        return [segment]
    if any(_only_a_share(part) for part in (forms[:head], forms[n - tail :])):
        return [segment]
    whole = index.fuzzy(" ".join(forms), _ONE_PASSAGE_MIN)
    if whole is not None:
        # Nearly one passage's words: a changed word ("not" for "now"), not two passages.
        return [segment]

    def sentences(words: list[str]) -> set[int]:
        """Report offsets of the sentences holding each occurrence of ``words``."""
        at = [index.sentence_of(a) for a in found(words)]
        return {s.start for s in at if s is not None}

    cuts = range(n - tail, head + 1)
    if any(sentences(forms[:k]) & sentences(forms[k:]) for k in cuts):
        return [segment]
    if _dropped_inside(forms[: n - tail], found(forms[n - tail :]), index):
        return [segment]
    if _added_inside(forms, head, tail, found, index):
        return [segment]
    cut = toks[head].start
    return [
        Segment(segment.text[:cut].rstrip(" ,;"), segment.after_gap),
        Segment(segment.text[cut:], after_gap=False),
    ]


def _dropped_inside(rest: list[str], tails: list[Alignment], index: PassageIndex) -> bool:
    """True when a report sentence holding the segment's verbatim tail holds, just before
    it, the words of the rest that are no function word, in order ('Children receive a
    proportionate response when ...' for the report's 'Children receive an appropriate and
    proportionate response when ...'): one passage with words left out and an article
    changed, a misquote, not two passages joined (was spliced: 'Children receive a' stands
    verbatim in another sentence). The words must stand within twice the rest's length
    and three words more of the tail: a long sentence holding them by chance is no one
    passage."""
    own = [w for w in rest if w not in FUNCTION_WORDS]
    if not own:
        return False
    toks = index.norm.tokens
    reach = 2 * len(rest) + 3
    for at in tails:
        sentence = index.sentence_of(at)
        if sentence is None:
            continue
        first = max(index.tokens_between(sentence.start, sentence.end)[0], at.first - reach)
        if _in_order(own, [toks[i].form for i in range(first, at.first)]):
            return True
    return False


def _added_inside(forms: list[str], head: int, tail: int, found, index: PassageIndex) -> bool:
    """True when the words beside the segment's verbatim tail (or head) are the report's
    words next to it in one sentence with one word more ('a consistently high level of
    support that really benefits them' for the report's 'a high level of support ...'):
    one passage with a word added, a misquote, not two passages joined (was spliced:
    'a consistently high' stands verbatim in another sentence). The tail is read first,
    with the words before it; then the head, with the words after it."""
    toks = index.norm.tokens
    n = len(forms)
    sides = ((forms[n - tail :], forms[: n - tail], True), (forms[:head], forms[head:], False))
    for verbatim, rest, before in sides:
        for at in found(verbatim):
            sentence = index.sentence_of(at)
            if sentence is None:
                continue
            first, last = index.tokens_between(sentence.start, sentence.end)
            reach = len(rest) - 1
            if before:
                beside = range(max(first, at.first - reach), at.first)
            else:
                beside = range(at.last, min(last, at.last + reach))
            if _one_more(rest, [toks[i].form for i in beside]):
                return True
    return False


def _one_more(rest: list[str], printed: list[str]) -> bool:
    """True when ``rest`` is ``printed`` with one word added somewhere."""
    return len(printed) == len(rest) - 1 and any(
        rest[:i] + rest[i + 1 :] == printed for i in range(len(rest))
    )


def _in_order(words: list[str], seq: list[str]) -> bool:
    """True when ``words`` stand in ``seq`` in that order, others between them allowed."""
    it = iter(seq)
    return all(any(w == x for x in it) for w in words)


# A word the release may put between two report sentences it runs into one ('..., and
# social workers value group supervision'): its own join, not the report's words.
_JOINING = frozenset({"and", "but", "while", "whilst"})


def _only_a_share(words: list[str]) -> bool:
    """True when the words are no more than a share and function words ('the vast
    majority of', 'most of the'): words any sentence may hold, no report text of its own."""
    return not [w for w in words if w not in FUNCTION_WORDS and not _SHARE.fullmatch(w)]


_SHARE = re.compile(rf"{SUBJECT_SHARES}|vast|all|every|each|not|no", re.I)


def _longest(holds, n: int) -> int:
    """The largest k <= n for which ``holds(k)`` is true, for a ``holds`` true up to some k."""
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        lo, hi = (mid, hi) if holds(mid) else (lo, mid - 1)
    return lo
