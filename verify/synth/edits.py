"""Rule-based edits of a report sentence (FactCC-style), each with a known verdict.

Misquotes change the words (substitute, delete, insert, reorder) strictly inside
the sentence: cutting words at a quote's edge only makes a shorter verbatim
quote, which is not an error. Minor variations change only what the issue says a
checker must forgive (case, punctuation, hyphenation, British/American spelling),
so the normalised words stay those of the report. A cut marked with an ellipsis is
not even that: every word left is the report's, which the labelling conventions
(../shared/dev/README.md) call supported.

Every edit takes the sentence and a ``random.Random`` and returns the edited
text and a one-line description, or ``None`` when the sentence offers no place
for it (the generator then picks another sentence).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from verify.match.normalise import word_form

Edit = Callable[[str, random.Random], "tuple[str, str] | None"]

_TOKEN = re.compile(r"^(\W*)(.*?)(\W*)$")

# Substitutions a council might make, mostly inflating praise.
_SUBSTITUTE = {
    "good": "excellent",
    "most": "all",
    "many": "all",
    "some": "many",
    "often": "always",
    "generally": "consistently",
    "mostly": "always",
    "usually": "always",
    "effective": "exceptional",
    "strong": "exceptional",
    "timely": "immediate",
    "appropriate": "excellent",
    "few": "many",
    "positive": "outstanding",
    "clear": "comprehensive",
    "robust": "exemplary",
    "weak": "strong",
    "poor": "good",
    "inconsistent": "consistent",
    "variable": "consistent",
    "small": "large",
    "effectively": "exceptionally",
    "improving": "transforming",
    "sufficiently": "fully",
    "not": "now",
    "minority": "majority",
    "delays": "improvements",
    "well": "exceptionally",
}
_QUALIFIERS = {
    "not",
    "mostly",
    "generally",
    "usually",
    "often",
    "sometimes",
    "some",
    "most",
    "largely",
    "consistently",
    "always",
    "sufficiently",
    "increasingly",
    "also",
    "very",
    "well",
    "highly",
    "now",
    "yet",
    "all",
}
_INTENSIFIERS = ("very", "highly", "consistently", "exceptionally", "always", "extremely", "truly")
_COMPOUNDS = (
    "care leavers",
    "looked after",
    "decision making",
    "multi agency",
    "well being",
    "long term",
    "high quality",
    "child focused",
    "front door",
    "early help",
    "social work",
    "child protection",
    "life story",
)
_AMERICAN = {
    "programme": "program",
    "programmes": "programs",
    "behaviour": "behavior",
    "behaviours": "behaviors",
    "judgement": "judgment",
    "judgements": "judgments",
    "centre": "center",
    "centres": "centers",
    "colour": "color",
    "neighbourhood": "neighborhood",
    "favour": "favor",
}
_IZE_STEMS = (
    "recogn",
    "organ",
    "priorit",
    "minim",
    "emphas",
    "real",
    "special",
    "author",
    "final",
    "maxim",
    "util",
    "summar",
    "standard",
    "critic",
    "character",
    "mobil",
    "stabil",
    "categor",
    "formal",
    "personal",
    "scrutin",
    "optim",
    "central",
    "anal",
)


def _split(tok: str) -> tuple[str, str, str]:
    lead, core, trail = _TOKEN.match(tok).groups()
    return lead, core, trail


def _interior(words: list[str]) -> range:
    """Positions strictly inside the sentence: edits there cannot be read as a cut quote."""
    return range(1, len(words) - 1)


def _plain(tok: str) -> bool:
    lead, core, trail = _split(tok)
    return not lead and not trail and core.isalpha()


def _match_case(original: str, new: str) -> str:
    return new[:1].upper() + new[1:] if original[:1].isupper() else new


# ------------------------------------------------------------------------ misquotes


def substitute(sentence: str, rng: random.Random) -> tuple[str, str] | None:
    """Swap one word for a stronger or different one ('most' -> 'all')."""
    words = sentence.split(" ")
    spots = [i for i in _interior(words) if _split(words[i])[1].lower() in _SUBSTITUTE]
    if not spots:
        return None
    i = rng.choice(spots)
    lead, core, trail = _split(words[i])
    new = _match_case(core, _SUBSTITUTE[core.lower()])
    words[i] = lead + new + trail
    return " ".join(words), f"substituted '{core}' with '{new}'"


def delete(sentence: str, rng: random.Random) -> tuple[str, str] | None:
    """Drop a qualifier ('not', 'mostly') or, failing that, one or two inner words."""
    words = sentence.split(" ")
    if len(words) < 6:
        return None
    spots = [i for i in _interior(words) if _split(words[i])[1].lower() in _QUALIFIERS]
    if spots:
        i, n = rng.choice(spots), 1
    else:
        n = rng.choice((1, 2))
        i = rng.randrange(1, len(words) - 1 - n)
    gone = " ".join(words[i : i + n])
    return " ".join(words[:i] + words[i + n :]), f"deleted '{gone}'"


def insert(sentence: str, rng: random.Random) -> tuple[str, str] | None:
    """Add an intensifier before an inner word ('effective' -> 'highly effective')."""
    words = sentence.split(" ")
    spots = [
        i
        for i in _interior(words)
        if _plain(words[i]) and words[i].islower() and len(words[i]) >= 4
    ]
    if not spots:
        return None
    i = rng.choice(spots)
    extra = rng.choice([w for w in _INTENSIFIERS if w not in (words[i - 1].lower(), words[i])])
    return " ".join(words[:i] + [extra] + words[i:]), f"inserted '{extra}' before '{words[i]}'"


def reorder(sentence: str, rng: random.Random) -> tuple[str, str] | None:
    """Swap the sides of 'A and B', or failing that two neighbouring inner words."""
    words = sentence.split(" ")
    pairs = [
        (i - 1, i + 1)
        for i in range(2, len(words) - 2)
        if words[i] == "and"
        and _plain(words[i - 1])
        and _plain(words[i + 1])
        and words[i - 1].lower() != words[i + 1].lower()
    ]
    if not pairs:
        pairs = [
            (i, i + 1)
            for i in range(1, len(words) - 2)
            if _plain(words[i])
            and _plain(words[i + 1])
            and word_form(words[i]) != word_form(words[i + 1])
        ]
    if not pairs:
        return None
    a, b = rng.choice(pairs)
    was = f"{words[a]} .. {words[b]}"
    words[a], words[b] = words[b], words[a]
    return " ".join(words), f"swapped '{was}'"


# ------------------------------------------------------------------- minor variations


def change_case(sentence: str, rng: random.Random) -> tuple[str, str] | None:
    """Capitalise an inner word ('Social Workers').

    Only inner words: a changed first letter or closing stop is how quotations
    are run into a sentence, not a variation of the quoted words.
    """
    words = sentence.split(" ")
    inner = [
        i
        for i in _interior(words)
        if _plain(words[i]) and words[i].islower() and len(words[i]) >= 4
    ]
    if not inner:
        return None
    i = rng.choice(inner)
    words[i] = words[i].capitalize()
    return " ".join(words), f"capitalised '{words[i]}'"


def change_punctuation(sentence: str, rng: random.Random) -> tuple[str, str] | None:
    """Drop an inner comma or add one."""
    words = sentence.split(" ")
    commas = [i for i in _interior(words) if words[i].endswith(",")]
    if commas and rng.random() < 0.5:
        i = rng.choice(commas)
        words[i] = words[i][:-1]
        return " ".join(words), f"dropped the comma after '{words[i]}'"
    plain = [i for i in range(2, len(words) - 2) if _plain(words[i]) and len(words[i]) >= 4]
    if not plain:
        return None
    i = rng.choice(plain)
    words[i] += ","
    return " ".join(words), f"added a comma after '{words[i][:-1]}'"


def change_hyphenation(sentence: str, rng: random.Random) -> tuple[str, str] | None:
    """'multi-agency' -> 'multi agency', or 'care leavers' -> 'care-leavers'."""
    hyphened = [m for m in re.finditer(r"\b([a-z]+)-([a-z]+)\b", sentence)]
    if hyphened:
        m = rng.choice(hyphened)
        new = sentence[: m.start()] + f"{m[1]} {m[2]}" + sentence[m.end() :]
        return new, f"unhyphenated '{m[0]}'"
    spots = [c for c in _COMPOUNDS if re.search(rf"\b{c}\b", sentence)]
    if not spots:
        return None
    compound = rng.choice(spots)
    joined = compound.replace(" ", "-")
    return re.sub(rf"\b{compound}\b", joined, sentence, count=1), f"hyphenated '{joined}'"


def americanise(word: str) -> str | None:
    """The American spelling of a British word the normaliser folds back, or None."""
    lower = word.lower()
    if lower in _AMERICAN:
        new = _AMERICAN[lower]
    else:
        m = re.fullmatch(r"([a-z]+?)(is|ys)(e|ed|es|ing|ation|ations)", lower)
        if not m or not m[1].startswith(_IZE_STEMS) or m[1] == "anal" and m[2] != "ys":
            return None
        new = m[1] + m[2][0] + "z" + m[3]
    if word_form(new) != word_form(lower):
        return None
    return _match_case(word, new)


def change_spelling(sentence: str, rng: random.Random) -> tuple[str, str] | None:
    """British to American spelling of one word ('recognised' -> 'recognized')."""
    words = sentence.split(" ")
    spots = []
    for i, tok in enumerate(words):
        lead, core, trail = _split(tok)
        american = americanise(core)
        if american:
            spots.append((i, lead + american + trail, core))
    if not spots:
        return None
    i, new, old = rng.choice(spots)
    words[i] = new
    return " ".join(words), f"spelt '{old}' the American way"


def elide(sentence: str, rng: random.Random) -> tuple[str, str] | None:
    """Drop inner words and mark the cut with '...' or '[...]'."""
    words = sentence.split(" ")
    if len(words) < 10:
        return None
    i = rng.randrange(3, len(words) - 5)
    j = rng.randrange(i + 2, len(words) - 3)
    mark = rng.choice(("...", "[...]"))
    head = " ".join(words[:i]).rstrip(",")
    return f"{head} {mark} {' '.join(words[j:])}", f"cut '{' '.join(words[i:j])}' with {mark}"


MISQUOTES: dict[str, Edit] = {
    "quote_substitution": substitute,
    "quote_deletion": delete,
    "quote_insertion": insert,
    "quote_reorder": reorder,
}
MINOR: dict[str, Edit] = {
    "case": change_case,
    "punctuation": change_punctuation,
    "hyphenation": change_hyphenation,
    "spelling": change_spelling,
}
