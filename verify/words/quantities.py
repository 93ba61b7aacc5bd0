"""Quantities: how many a finding is told of, on one scale.

A release's 'every', 'all', 'always', 'most' or 'no' and a report's 'the vast majority',
'most', 'a minority' or 'a small number' say how much of the same thing holds. One scale
for both, so the finding check compares a claim's share with the report's on the same
thing: a claim above the report's share generalises it (misleading), one on the other side
of half says the opposite share (contradicted), one at or below it says what the report
says. The project's convention (corpora/gold/dev/README.md): 'the vast majority', 'nearly
all' and 'almost all' told as all are near enough.
"""

from __future__ import annotations

import re
from functools import lru_cache

NONE, FEW, SOME, HALF, MOST, NEARLY_ALL, ALL = range(7)
"""The scale, lowest first: none < a few, a small number, a minority < some < half <
most, the majority < the vast majority, nearly all < all, every, always."""

_SCALE: tuple[tuple[int, str], ...] = (
    (
        NEARLY_ALL,
        r"(?:the\s+)?(?:vast|overwhelming|large)\s+majority|(?:nearly|almost|virtually)\s+"
        r"(?:all|every|always)",
    ),
    (
        FEW,
        r"(?:an?\s+)?(?:very\s+)?(?:small|limited)\s+(?:number|minority|proportion)"
        r"|(?:an?\s+)?minority|a\s+(?:very\s+)?few|a\s+handful|(?:very\s+|too\s+)?few"
        r"|(?:only\s+)?(?:about\s+|around\s+|approximately\s+)?(?:a|one)\s+(?:quarter|third|fifth)"
        r"|rarely|seldom|(?:only\s+)?in\s+(?:very\s+)?(?:exceptional|rare)\s+(?:circumstances|cases)",
    ),
    (HALF, r"(?:about\s+|around\s+|nearly\s+|almost\s+)?half"),
    (MOST, r"most|mostly|(?:the\s+)?majority|the\s+most\s+part"),
    (SOME, r"some|several|a\s+number\s+of|many"),
    (NONE, r"no|none|never|not\s+(?:a\s+single|one|any)"),
    (ALL, r"all|every|each|always|invariably|without\s+exception"),
)
"""Each share's words, tried in this order at each place (the longer phrase first: 'the
vast majority' before 'majority', 'a small minority' before 'minority')."""

QUANTITY = re.compile("|".join(rf"(?P<q{rank}>\b(?:{words})\b)" for rank, words in _SCALE), re.I)
"""Any share's words; the group that matched names its place on the scale."""

_NOT_A_SHARE = re.compile(
    r"(?:not|nor)\s+$|(?:too|so|how|as)\s+$",
)
"""Words just before a share that make it something else: 'not all' (a denial the
negation checks read), 'too many', 'so few'."""

QUANTITY_WORDS = frozenset(
    {"every", "most", "mostly", "majority", "vast", "overwhelming", "minority", "handful"}
    | {"nearly", "almost", "always", "never", "none", "some", "many", "each", "invariably"}
    | {"all"}
)
"""The words of a share, set aside when a claim's words are counted in a report sentence:
'every young person lives in suitable accommodation' and 'Most young people live in
suitable accommodation' are about the same thing, told of different shares. Not the words
whose first letters another word shares ('several', 'severe'; 'virtually', 'virtual'), nor
fractions and 'few', which name other things too ('the third sector', 'a few weeks')."""


@lru_cache(maxsize=4096)
def shares(text: str) -> tuple[tuple[int, re.Match[str]], ...]:
    """Each share ``text`` tells, with its place on the scale, in order; not one a word
    before makes a denial or a criticism ('not all', 'too many', 'too few' is kept: a
    criticism of how few). Remembered: a finding's check asks it of each of the ten
    report sentences nearest the claim, claim after claim, and a warm process release
    after release (about half a millisecond each)."""
    found = []
    for m in QUANTITY.finditer(text):
        before = text[max(0, m.start() - 5) : m.start()].lower()
        rank = int((m.lastgroup or "q0")[1:])
        if _NOT_A_SHARE.search(before) and not (rank == FEW and before.endswith("too ")):
            continue
        found.append((rank, m))
    return tuple(found)


def share_of(text: str) -> int | None:
    """The share ``text`` first tells (``shares``), or None when it tells none."""
    told = shares(text)
    return told[0][0] if told else None


def generalises(claimed: int, said: int) -> bool:
    """True when a claim telling ``claimed`` says more than the report's ``said`` about the
    same thing: 'every' or 'nearly all' for 'most', 'most' for 'some'. Near enough is not
    more: 'all' for 'the vast majority' or 'nearly all' (the convention)."""
    if said >= NEARLY_ALL:
        return False
    return claimed > said and claimed >= MOST
