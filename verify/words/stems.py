"""The stem a content word is compared by, when two sentences are asked whether they say
the same thing (``check.common.content_words``): not for quotations, which
``match.lexical`` compares word by word.

A word was its first five letters: 'improved' met 'improvement' and 'child' 'children',
but a word of four letters or fewer never met its own inflections ('risk' and 'risks',
'team' and 'teams', 'wait' and 'waiting', 'live', 'lives' and 'living', 'plan' and
'planned'), so a finding the report tells in another inflection held too few of its words
(session 20, paraphrase20). A word's inflectional ending is now taken off first (its
plural, past or '-ing', a doubled consonant undoubled, '-ies' and '-ied' as '-y'), the
stem is what is left cut at five letters as before, and a final 'e' of the cut is dropped
('aware' and 'aware(ness)' -> 'awar', 'close' and 'close(ly)' -> 'clos'), so a long word
keeps meeting the words its first five letters met.
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
    'impro', 'duties' and 'duty' -> 'duty'; 'leader' -> 'leade', apart from 'lead'."""
    root = _without_ment(_uninflected(word))
    cut = root[:STEM_LENGTH]
    if root[len(cut) :].startswith("r"):
        return cut  # 'leade(r)', 'worke(r)': the doer, not the verb's 'lead'
    return _without_e(cut)


def _uninflected(word: str) -> str:
    """``word`` without a plural, past or '-ing' ending, three letters kept at least."""
    if word in _NOT_PLURAL:
        return word
    if word.endswith(("ies", "ied")) and len(word) >= 6:
        return word[:-3] + "y"  # 'duties' -> 'duty', 'applied' -> 'apply'
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
    long_noun = word.endswith("ment") and not word.endswith("ument") and len(word) >= 8
    return word[:-4] if long_noun else word


def _without_e(word: str) -> str:
    """A final 'e' dropped ('place' -> 'plac', as 'placed' and 'placing' are), four letters
    at least ('use' stays)."""
    dropped = word.endswith("e") and not word.endswith("ee") and len(word) >= 4
    return word[:-1] if dropped else word
