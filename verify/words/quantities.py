"""Quantities: how many a finding is told of, on one scale.

A release's 'every', 'all', 'always', 'most' or 'no' and a report's 'the vast majority',
'most', 'a minority' or 'a small number' say how much of the same thing holds. One scale
for both, so the finding check compares a claim's share with the report's on the same
thing: a claim above the report's share generalises it (misleading), one on the other side
of half says the opposite share (contradicted), one at or below it says what the report
says. The project's convention (corpora/gold/dev/README.md): 'the vast majority', 'nearly
all' and 'almost all' told as all are near enough.

Beside the scale, the words that tell a finding of part ('most', 'in the main',
'sometimes', 'in most cases'), which a claim that drops them generalises: one home for the
words of how much, so a share added to one is seen beside the other.
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


# The words that tell a finding of part (a share below all, or some of the time), as the
# finding checks read a limit a claim drops: beside the scale, their one home.
LIMITED = re.compile(
    r"\b(most|some|many|majority|usually|mostly|generally|often|few|sometimes|occasionally"
    r"|at times|in places|in the main|on the whole|by and large|largely|broadly|mainly"
    r"|typically|predominantly|minority|small number)\b",
    re.I,
)
"""Words that tell a finding of part: 'most children', 'in the main', 'typically', 'in a
minority of cases', or of some of the time: 'plans are sometimes effective' (the report's
'not always effective' in other words)."""
SUBJECT_SHARES = r"most|some|many|(?:the\s+)?majority|(?:a\s+)?few|a\s+number"
"""Words that limit a subject to part of it ('Most children', 'the majority of'), not an
adverb's hedge of what is said ('generally comprehensive'): inside another pattern."""
_SUBJECT_LIMITS = r"(?:some|most|many|a few|not all|a number of|the majority of)\b"
"""The limits on part of a subject, the one list ``LIMITED_SUBJECT`` (at a sentence's
start) and ``SUBJECT_LIMIT`` (anywhere) are made of."""
LIMITED_SUBJECT = re.compile(rf"^{_SUBJECT_LIMITS}", re.I)
"""A sentence about part of its subject: 'Some children ...', 'The majority of children
...' (the same limit as 'Most'). 'The vast majority', 'nearly all' are not here: told of
all, they are near enough (the project's convention, corpora/gold/dev/README.md)."""
SUBJECT_LIMIT = re.compile(rf"\b{_SUBJECT_LIMITS}", re.I)
"""``LIMITED_SUBJECT``'s limits anywhere in a sentence: a claim telling its subject as 'a
number of Zimbabwean social workers' keeps the report's own limit on it (session 22,
quotes22: read as generalising 'For instance, a number of ...', it was misleading)."""
_PART = r"most|many|some|the\s+majority\s+of"
"""How much of the cases or the subject a limit names ('in most cases', 'for some
children'): inside ``CASES_LIMIT`` and ``LIMIT_AFTER``."""
CASES_LIMIT = re.compile(
    rf"\b(?:in\s+(?:{_PART})\s+(?:cases|instances)"
    r"|for\s+the\s+most\s+part|mostly)\b",
    re.I,
)
"""The same limit told of the cases, not the subject (session 18, findings18): 'In most
cases, IROs are having a positive impact ...', 'Return home interviews are mostly timely
and comprehensive' say of part what a claim dropping the words says of all, as 'Most
IROs' would."""
LIMIT_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:in|for)\s+"
    rf"(?:{_PART}|a\s+few|a\s+minority\s+of)"
    r"\s+(?:cases|instances|children|families|young\s+people|areas|teams)"
    r"|for\s+the\s+most\s+part|in\s+places|at\s+times"
    r"|at\s+an?\s+(?P<scope>individual|operational|strategic|casework|practice)\s+level)\b",
    re.I,
)
"""A limit a report sets just after words it says of part ('very well established at an
individual level', 'effective for most children', 'strong at a strategic level'): the
same cut as a limit just before them ('Most children'), when a quotation stops before
it. ``scope`` is the level a limit names, which a release names by that word."""


def names_level(limit: re.Match[str], text: str) -> bool:
    """True when ``text`` names the level a ``LIMIT_AFTER`` match sets by its word
    ('individual' for 'at an individual level')."""
    return bool(limit["scope"]) and re.search(rf"\b{limit['scope']}", text, re.I) is not None


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
