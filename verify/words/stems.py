"""The stems words are compared by: a content word's (``stem``), when two sentences are
asked whether they say the same thing (``check.common.content_words``), and a quotation's
word's (``word_stem``, ``same_word``), which ``match.lexical`` compares word by word.

A word was its first five letters: 'improved' met 'improvement' and 'child' 'children',
but a word of four letters or fewer never met its own inflections ('risk' and 'risks',
'team' and 'teams', 'wait' and 'waiting', 'live', 'lives' and 'living', 'plan' and
'planned'), so a finding the report tells in another inflection held too few of its words
(session 20, paraphrase20). A word's inflectional ending is now taken off first (its
plural, past or '-ing', a doubled consonant undoubled, '-ies' and '-ied' as '-y'), the
stem is what is left cut at five letters as before, and a final 'e' of the cut is dropped
('aware' and 'aware(ness)' -> 'awar', 'close' and 'close(ly)' -> 'clos'), so a long word
keeps meeting the words its first five letters met.

A quotation's words are compared otherwise (``same_word``, ``word_stem``, ``word_key``,
below): the one home of both readings of a word's form, so neither grows a copy of the
other's word lists.
"""

from __future__ import annotations

import os
import re
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


# A quotation's words, compared with the report's word by word (``match.lexical``): two
# forms are one word when their stems (``word_stem``: an irregular form's lemma, one
# ending off) are equal or near (``same_stem``). Looser than ``stem`` at the end of a
# word ('-ation', '-ly', '-er' come off) and never cut, since a quotation's word must be
# the report's word in another form, not merely begin like it.

# Forms of the same word that no suffix rule relates ("is" and "are"; "shines" and "shone":
# drift48, a quotation's tense changed was read as a word changed).
_IRREGULAR = {
    form: lemma
    for lemma, forms in {
        "be": "be is are was were been being am",
        "have": "have has had having",
        "do": "do does did doing done",
        "go": "go goes went gone going",
        "make": "make makes made making",
        "find": "find finds found finding",
        "know": "know knows knew known knowing",
        "see": "see sees saw seen seeing",
        "take": "take takes took taken taking",
        "undertake": "undertake undertakes undertook undertaken undertaking",
        "give": "give gives gave given giving",
        "get": "get gets got getting",
        "feel": "feel feels felt feeling",
        "understand": "understand understands understood understanding",
        "build": "build builds built building",
        "bring": "bring brings brought bringing",
        "lead": "lead leads led leading",
        "keep": "keep keeps kept keeping",
        "hold": "hold holds held holding",
        "tell": "tell tells told telling",
        "think": "think thinks thought thinking",
        "meet": "meet meets met meeting",
        "begin": "begin begins began begun beginning",
        "become": "become becomes became becoming",
        "come": "come comes came coming",
        "grow": "grow grows grew grown growing",
        "show": "show shows showed shown showing",
        "speak": "speak speaks spoke spoken speaking",
        "write": "write writes wrote written writing",
        "spend": "spend spends spent spending",
        "seek": "seek seeks sought seeking",
        "teach": "teach teaches taught teaching",
        "say": "say says said saying",
        "pay": "pay pays paid paying",
        "send": "send sends sent sending",
        "choose": "choose chooses chose chosen choosing",
        "drive": "drive drives drove driven driving",
        "shine": "shine shines shone shining",
        "rise": "rise rises rose risen rising",
        "arise": "arise arises arose arisen arising",
        "fall": "fall falls fell fallen falling",
        "stand": "stand stands stood standing",
        "win": "win wins won winning",
        "lose": "lose loses lost losing",
        "leave": "leave leaves left leaving",
        "run": "run runs ran running",
        "hear": "hear hears heard hearing",
        "mean": "mean means meant meaning",
        "buy": "buy buys bought buying",
        "catch": "catch catches caught catching",
        "draw": "draw draws drew drawn drawing",
        "withdraw": "withdraw withdraws withdrew withdrawn withdrawing",
        "fight": "fight fights fought fighting",
        "forget": "forget forgets forgot forgotten forgetting",
        "hide": "hide hides hid hidden hiding",
        "sell": "sell sells sold selling",
        "sit": "sit sits sat sitting",
        "strike": "strike strikes struck striking",
        "throw": "throw throws threw thrown throwing",
        "wear": "wear wears wore worn wearing",
        "overcome": "overcome overcomes overcame overcoming",
        "undergo": "undergo undergoes underwent undergone undergoing",
        "oversee": "oversee oversees oversaw overseen overseeing",
        "foresee": "foresee foresees foresaw foreseen foreseeing",
        "uphold": "uphold upholds upheld upholding",
        "feed": "feed feeds fed feeding",
        "flee": "flee flees fled fleeing",
        "freeze": "freeze freezes froze frozen freezing",
        "lend": "lend lends lent lending",
        "shake": "shake shakes shook shaken shaking",
        "sink": "sink sinks sank sunk sinking",
        "speed": "speed speeds sped speeding",
        "spring": "spring springs sprang sprung springing",
        "stick": "stick sticks stuck sticking",
        "strive": "strive strives strove striven striving",
        "swear": "swear swears swore sworn swearing",
        "sweep": "sweep sweeps swept sweeping",
        "swing": "swing swings swung swinging",
        "tear": "tear tears tore torn tearing",
        "wake": "wake wakes woke woken waking",
        "weep": "weep weeps wept weeping",
        "child": "child children",
        "person": "person people",
    }.items()
    for form in forms.split()
}
_POSSESSIVE = re.compile(r"'s?$")


def _lemma(word: str) -> str:
    """An irregular form's lemma, as a possessive too ("children's" -> 'child'); any
    other word as it is."""
    return _IRREGULAR.get(word) or _IRREGULAR.get(_POSSESSIVE.sub("", word), word)


# Endings stripped to reach a word's stem, longest first: inflections (is/are,
# service/services, improved/improving), comparatives (strong/stronger) and the
# noun a verb turns into (improve/improvement, decide/decision).
_ENDING = re.compile(r"(?:ments?|ations?|ions?|ings?|ed|es|ers?|est|ly|s|e|d)$")


IRREGULAR_STARTS = frozenset(form[:i] for form in _IRREGULAR for i in range(3, len(form) + 1))
"""Words of 3 letters or more whose key a run of words starting with them may not share:
irregular forms, and the starts of one (its key is its lemma's)."""


@lru_cache(maxsize=1 << 16)
def word_stem(word: str) -> str:
    """``word`` (or its irregular lemma) less one ending (``_ENDING``), three letters kept
    at least: what ``same_stem`` compares two words of a quotation by."""
    word = _lemma(word)
    stem = _ENDING.sub("", word)
    return stem if len(stem) >= 3 else word


def same_word(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` are one word in two forms (inflection, comparative,
    verb and its noun, compound written open or closed: 'multi discipline' and
    'multidisciplinary'), by their stems rather than a list of pairs."""
    a, b = a.strip(), b.strip()
    if not a or not b or a == b:
        return a == b
    if a.replace("'", "") == b.replace("'", "") or _american(a) == _american(b):
        return True  # an apostrophe left out ("peoples" for "people's"), 'center'
    if _singular(a) == _singular(b) and any(_IES.search(_POSSESSIVE.sub("", w)) for w in (a, b)):
        return True  # 'families' and 'family's', whose '-ly' is no adverb's ending
    if " " in a or " " in b:
        return same_stem(word_stem(a.replace(" ", "")), word_stem(b.replace(" ", "")))
    if _uninflected(a) == _uninflected(b) and word_key(a) == word_key(b):
        return True  # 'interests' and 'interest', whose '-est' ``word_stem`` takes off one
    return (
        same_stem(word_stem(a), word_stem(b))
        or _y_inflected(a, b)
        or _y_inflected(b, a)
        or _ves_plural(a, b)
        or _ves_plural(b, a)
    )


def _ves_plural(a: str, b: str) -> bool:
    """True when ``a`` is the '-ves' plural of ``b`` in '-f' or '-fe' ('lives' and 'life',
    'halves' and 'half'): a quotation's 'life' for the report's 'lives' is one word in
    another number (drift45: misquoted, the stems 'liv' and 'lif' apart)."""
    return a.endswith("ves") and b in (a[:-3] + "f", a[:-3] + "fe")


_Y_ENDING = re.compile(r"(?<=\w{2}[^aeiou])i(?:ed|es|er|est|ly)$")


def _y_inflected(a: str, b: str) -> bool:
    """True when ``a`` is a word in '-y' inflected with its 'y' turned 'i' and ``b`` is
    that word or another form of it ('carried' and 'carry' or 'carrying', 'applied' and
    'apply', 'happier' and 'happy'): a quotation's 'carried out' for the report's 'carry
    out' is one word in another tense (quotes18: it was misquoted, the stems 'carri' and
    'carry' sharing only 4 letters). Three letters at least before the 'i', so the two
    words' first three letters, ``word_key``, are one ('tried' and 'try' stay apart);
    single words only, so ``KeptWords``' slack for words written open or closed, read by
    ``same_stem``, stays an upper bound."""
    root = _Y_ENDING.sub("y", a)
    return root != a and root in (b, word_stem(b), _singular(b))


_IES = re.compile(r"(?<=\w{3})ies$")


def _singular(word: str) -> str:
    """A plural in '-ies' as its singular in '-y' ('families' -> 'family'), three letters
    kept before it so that ``word_key`` holds ('flies' stays), a possessive as its word
    ("families'", "family's" -> 'family')."""
    return _IES.sub("y", _POSSESSIVE.sub("", word))


# A British ending American spelling turns round: 'centre(d)' and 'center(ed)', 'fibre'
# and 'fiber' (the first three letters never change, so ``word_key`` holds).
_BRITISH_RE = re.compile(r"(?<=\w{2}[bct])re(d|s)?$")


def _american(word: str) -> str:
    """``word`` with a British '-re' ending spelled the American way ('centred' ->
    'centered')."""
    return _BRITISH_RE.sub(lambda m: "er" + {"d": "ed", "s": "s"}.get(m.group(1) or "", ""), word)


def same_stem(x: str, y: str) -> bool:
    """True when two stems (``word_stem``) are one word's: ``same_word`` of the words. Stems
    that differ must both have 5 letters or more and the same first 4 (``STEM_PREFIX``)."""
    if x == y:
        return True
    if len(x) < 5 or len(y) < 5 or x[:STEM_PREFIX] != y[:STEM_PREFIX]:
        return False
    # decide/decision, include/inclusion: the stems differ only by d/s.
    if len(x) == len(y) and x[:-1] == y[:-1] and {x[-1], y[-1]} == {"d", "s"}:
        return True
    shared = len(os.path.commonprefix([x, y]))
    return shared >= 5 and shared >= 0.8 * max(len(x), len(y)) or _spelling(x) == _spelling(y)


def _spelling(root: str) -> str:
    """A stem with doubled letters single and 'our' as 'or', so that British and American
    spellings of one word ('skilful' and 'skillful', 'endeavour' and 'endeavor') meet."""
    return _DOUBLED.sub(r"\1", root).replace("our", "or")


_DOUBLED = re.compile(r"(\w)\1")


STEM_PREFIX = 4


def word_key(form: str) -> str:
    """What two forms of one word always share: ``same_word(a, b)`` implies
    ``word_key(a) == word_key(b)``. A stem is a word (or its irregular lemma) less one
    ending, at least 3 letters long unless it is the whole word; ``same_word`` relates
    words whose stems are equal, differ in a last d/s (5 letters or more) or share 5
    letters or more from the start, so the two words (lemmas) are equal or begin with
    the same 3 letters."""
    return _lemma(form).replace("'", "")[:3]
