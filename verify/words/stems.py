"""The stem a content word is compared by, when two sentences are asked whether they say
the same thing (``check.common.content_words``): not for quotations, which
``match.lexical`` compares word by word.

A word was its first five letters: 'improved' met 'improvement' and 'child' 'children',
but a word of four letters or fewer never met its own inflections ('risk' and 'risks',
'team' and 'teams', 'wait' and 'waiting', 'live', 'lives' and 'living', 'plan' and
'planned'), so a finding the report tells in another inflection held too few of its words
(session 20, paraphrase20). A word's inflectional ending is now taken off first (its
plural, past or '-ing', a doubled consonant undoubled, a final 'e' dropped), and the stem
is what is left, cut at five letters as before: a long word keeps the key it had.
"""

from __future__ import annotations

from functools import lru_cache

STEM_LENGTH = 5
"""Letters a stem keeps: 'improv(ed)' and 'improv(ement)' are one word."""

_NOT_PLURAL = frozenset({"news", "series", "species", "means", "lens"})
"""Words ending in 's' that are no plural of a shorter word."""
_SIBILANT = ("s", "x", "z", "ch", "sh")
"""Endings an '-es' plural follows ('processes', 'boxes', 'wishes'); after any other,
'-es' is an 's' after a final 'e' ('lives', 'services')."""
_NO_S_AFTER = ("s", "u", "i")
"""Endings before a final 's' that is no plural ('across', 'focus', 'analysis')."""
_DOUBLED_KEPT = "lsfz"
"""Consonants doubled in the word itself ('staff', 'skill', 'assess'), not by its
ending."""


@lru_cache(maxsize=1 << 15)
def stem(word: str) -> str:
    """``word`` (lower case) without its inflection, cut at STEM_LENGTH letters: 'risks' and
    'risk' -> 'risk', 'waiting' -> 'wait', 'lives', 'living' and 'live' -> 'liv',
    'planned' -> 'plan', 'placement', 'placed' and 'place' -> 'plac', 'improvement' ->
    'impro'."""
    root = _without_e(_without_ment(_uninflected(word)))
    return root[:STEM_LENGTH]


def _uninflected(word: str) -> str:
    """``word`` without a plural, past or '-ing' ending, three letters kept at least."""
    if word in _NOT_PLURAL:
        return word
    for ending in ("ings", "ing", "ed", "es", "s"):
        if not word.endswith(ending) or len(word) - len(ending) < 3:
            continue
        base = word[: -len(ending)]
        if ending == "es" and not base.endswith(_SIBILANT):
            continue  # 'lives': the plural of 'live', read at 's'
        if ending == "s" and base.endswith(_NO_S_AFTER):
            continue
        if ending == "ed" and base.endswith("e"):
            if len(word) < 6:
                continue  # 'need', 'speed': the word itself
            base = word[:-1]  # 'agreed' -> 'agree'
        if ending in ("ings", "ing", "ed") and _doubled(base):
            base = base[:-1]  # 'planned' -> 'plan'
        return base
    return word


def _doubled(base: str) -> bool:
    """A consonant doubled before the ending ('plann(ed)'), not one the word doubles itself
    ('staff(ing)') nor a vowel ('agree(d)')."""
    last = base[-1]
    return len(base) >= 4 and last == base[-2] and last not in _DOUBLED_KEPT + "aeiou"


def _without_ment(word: str) -> str:
    """A noun in '-ment' as its verb ('placement' -> 'place'), a long one only
    ('comment', 'payment' stay)."""
    return word[:-4] if word.endswith("ment") and len(word) >= 8 else word


def _without_e(word: str) -> str:
    """A final 'e' dropped ('place' -> 'plac', as 'placed' and 'placing' are), four letters
    at least ('use' stays)."""
    return word[:-1] if word.endswith("e") and len(word) >= 4 else word
