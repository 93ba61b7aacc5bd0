"""The edits of ``quoteback_set``'s rule: each takes a report sentence and gives the words
a release quotes (None when it finds nothing to edit), ``SENTENCE_FORMS`` pairing each
with its name and the truth the rule gives it (the rule is written down in
``quoteback_set``'s docstring).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from verify.evaluation.halves import pick

_PRONOUN = re.compile(r"^(?:They|It|This|These|He|She)\b")
_BRITISH = {
    "organisation": "organization",
    "organisations": "organizations",
    "organisational": "organizational",
    "prioritise": "prioritize",
    "prioritised": "prioritized",
    "prioritises": "prioritizes",
    "recognise": "recognize",
    "recognised": "recognized",
    "recognises": "recognizes",
    "behaviour": "behavior",
    "behaviours": "behaviors",
    "programme": "program",
    "programmes": "programs",
    "centre": "center",
    "centres": "centers",
    "emphasise": "emphasize",
    "realise": "realize",
    "minimise": "minimize",
    "utilise": "utilize",
    "favourable": "favorable",
    "judgement": "judgment",
    "judgements": "judgments",
    "specialised": "specialized",
    "characterised": "characterized",
    "authorised": "authorized",
}
_NUMBER_SWAP = {
    "is": "are",
    "are": "is",
    "has": "have",
    "have": "has",
    "was": "were",
    "were": "was",
}
_LIKE_SENSE = {
    "strong": "robust",
    "effective": "successful",
    "good": "positive",
    "clear": "precise",
    "consistent": "uniform",
    "timely": "prompt",
    "appropriate": "suitable",
    "improved": "enhanced",
    "improve": "enhance",
    "ensure": "guarantee",
    "support": "help",
    "poor": "weak",
    "weak": "poor",
    "well": "properly",
    "robust": "strong",
    "quickly": "rapidly",
    "comprehensive": "thorough",
    "understand": "know",
    "understanding": "knowledge",
    "significant": "considerable",
    "high": "strong",
    "positive": "good",
    "focus": "emphasis",
    "work": "practice",
}
_AUXILIARY = re.compile(r"\b(is|are|was|were|has|have|can|will|do|does|did)\b")
_NUMBER = re.compile(r"\b(\d{1,3})\b")
_ADVERB = re.compile(r" (\w{4,}ly) ")


def _swap_word(s: str, table: dict[str, str]) -> str | None:
    for m in re.finditer(r"\b[a-z]+\b", s):
        if (other := table.get(m.group())) and other != m.group():
            return s[: m.start()] + other + s[m.end() :]
    return None


def _bracketed(s: str) -> str | None:
    return _PRONOUN.sub("[The council]", s, count=1) if _PRONOUN.match(s) else None


def _article_dropped(s: str) -> str | None:
    m = re.search(r"(?<=\w) the (?=\w)", s)
    return s[: m.start()] + " " + s[m.end() :] if m else None


def _replaced(s: str) -> str | None:
    if swapped := _swap_word(s, _LIKE_SENSE):
        return swapped
    long = [m for m in re.finditer(r"\b[a-z]{7,}\b", s[1:]) if not m.group().startswith("parti")]
    if not long:
        return None
    m = max(long, key=lambda m: len(m.group()))
    return s[: m.start() + 1] + "particular" + s[m.end() + 1 :]


def _negated(s: str) -> str | None:
    if m := re.search(r" not ", s):
        return s[: m.start()] + " " + s[m.end() :]
    if "n't" in s or " no " in s or " never " in s:
        return None
    m = _AUXILIARY.search(s)
    return s[: m.end()] + " not" + s[m.end() :] if m else None


def _renumbered(s: str) -> str | None:
    m = _NUMBER.search(s)
    return s[: m.start()] + str(int(m.group()) + 2) + s[m.end() :] if m else None


def _adverb_dropped(s: str) -> str | None:
    m = _ADVERB.search(s)
    return s[: m.start()] + " " + s[m.end() :] if m else None


_ISE = re.compile(r"\b(\w{3,})is(e|ed|es|ing|ation|ations)\b")
_LONG_WORD = re.compile(r"\b[a-z]{8,}\b")


def _americanised(s: str) -> str | None:
    """A spelling of the list, else the first '-ise' word of six letters or more, written
    the American way ('-ize')."""
    return _swap_word(s, _BRITISH) or (_ISE.sub(r"\1iz\2", s, count=1) if _ISE.search(s) else None)


def _typo(s: str) -> str | None:
    """The first word of eight letters or more with two of its inner letters swapped."""
    m = _LONG_WORD.search(s, 1)
    if not m:
        return None
    w = m.group()
    i = len(w) // 2
    if w[i] == w[i + 1]:
        return None
    return s[: m.start()] + w[:i] + w[i + 1] + w[i] + w[i + 2 :] + s[m.end() :]


def _hyphen_kept(s: str) -> str | None:
    """The first word of eight letters or more broken by a hyphen as at a line's end."""
    m = _LONG_WORD.search(s, 1)
    if not m:
        return None
    i = len(m.group()) // 2
    return s[: m.start() + i] + "-" + s[m.start() + i :]


def _ligature(s: str) -> str | None:
    return s.replace("fi", "\ufb01", 1) if "fi" in s else None


def _per_cent(s: str) -> str | None:
    return re.sub(r"(\d)%", r"\1 per cent", s, count=1) if re.search(r"\d%", s) else None


def _clause(s: str) -> str | None:
    cut = s.find(", ")
    rest = s[cut + 2 :] if cut > 0 else ""
    return rest if len(rest.split()) >= 6 else None


def phrase(s: str) -> str | None:
    words = s.rstrip(".").split()
    n = 3 + pick(f"phrase:{s}", 6)
    at = pick(f"at:{s}", max(1, len(words) - n))
    if any(w.lower() in _NEGATIONS or w.endswith("n't") for w in words[max(0, at - 3) : at]):
        return None
    return " ".join(words[at : at + n])


_NEGATIONS = frozenset({"not", "no", "never", "nor"})


def _ends(s: str) -> str | None:
    words = s.split()
    return f"{' '.join(words[:4])} ... {' '.join(words[-4:])}" if len(words) >= 12 else None


Edit = Callable[[str], str | None]
SENTENCE_FORMS: tuple[tuple[str, str, Edit], ...] = (
    ("whole", "supported", lambda s: s),
    ("straight", "supported", lambda s: s),
    ("clause", "supported", _clause),
    ("phrase", "supported", phrase),
    ("ends", "supported", _ends),
    ("unstopped", "supported", lambda s: s.removesuffix(".")),
    (
        "lowered",
        "minor_variation",
        lambda s: s[0].lower() + s[1:] if s[1].islower() else None,
    ),
    ("bracket", "minor_variation", _bracketed),
    ("spelling", "minor_variation", _americanised),
    ("typo", "minor_variation", _typo),
    ("hyphen", "minor_variation", _hyphen_kept),
    ("ligature", "supported", _ligature),
    ("per_cent", "minor_variation", _per_cent),
    (
        "opened",
        "minor_variation",
        lambda s: "... " + s[0].lower() + s[1:] if s[1].islower() else None,
    ),
    ("inflection", "minor_variation", lambda s: _swap_word(s, _NUMBER_SWAP)),
    ("article", "minor_variation", _article_dropped),
    ("replaced", "misquoted", _replaced),
    ("negation", "misquoted", _negated),
    ("number", "misquoted", _renumbered),
    ("adverb", "misquoted", _adverb_dropped),
)
"""The forms of one sentence: name, truth, edit."""
