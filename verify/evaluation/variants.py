"""Operators that vary a real release's claim, each with the variant's truth computed.

The metamorphic set (``verify.evaluation.metamorph``) takes the dev part's gold claims of
kind rating, comparison, national and inspection_fact, as real releases word them, and
rewrites each by one operator. Its truth comes from the operator, never from a reading
by hand:

- a *keeping* operator (``grade_form``, ``judgement_name``, ``frame``, ``tense``,
  ``voice``, ``verb``, ``year_form``) changes the words, not what they say, so the
  variant's truth is the gold verdict of the claim it came from;
- ``grade_swap`` (``grade_near``) puts a grade two steps (one step) away in place of the
  one grade of a supported rating of today's inspection (no earlier grade, no year, no
  comparison word in it): the judgement it names has the gold's grade, so the variant is
  wrong (expected: a flag); ``grade_swap_one`` swaps the last of several grades so, and
  ``earlier_swap`` the last grade of a supported comparison (each inspection's grade is
  fixed, so another is wrong for it);
- ``shares`` (``verify.evaluation.shares``) writes new sentences from the report's
  judgement table, each with its truth.

Operators are also composed two by two (``_then``), truth kept by both or made wrong by
either. An operator returns None where it cannot vary the claim or cannot compute the truth; such
a claim is left out of that operator's part of the set, never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from verify.types import FLAGS, Grade
from verify.words.grades import RELEASE_OR_ADEQUATE_RE, RELEASE_WORDING
from verify.words.numbers import MONTH as _MONTH

FLAG = "flag"
"""The expected verdict of a variant made wrong: any flag agrees with it."""

Variant = tuple[str, str]
"""A claim's new words and its expected verdict (a verdict label, or ``FLAG``)."""
Operator = Callable[[str, dict], Variant | None]
"""A gold claim's words and its row (``kind``, ``verdict``) in; its variant, or None."""

_QUOTES = "‘’“”'\""
_SWAP: dict[str, Grade] = {
    "outstanding": "requires_improvement",
    "good": "inadequate",
    "requires_improvement": "outstanding",
    "inadequate": "good",
}
"""Each grade and one two steps away from it: wrong for the judgement it was said of."""
_NEAR: dict[str, Grade] = {
    "outstanding": "good",
    "good": "requires_improvement",
    "requires_improvement": "inadequate",
    "inadequate": "requires_improvement",
}
"""Each grade and the next one below it (above inadequate): as wrong, but one step off."""
_NOT_TODAY = re.compile(
    r"\b(?:previous(?:ly)?|last|earlier|since|from|no longer|improved?|improvements?|"
    r"before|first time|again|remains?|still|(?:19|20)\d\d)\b",
    re.I,
)
"""Words that may make a grade an earlier inspection's, or a comparison with one: a
claim holding them is no ``grade_swap``, as the swapped grade's truth would need the
earlier report."""
_ALIASES: tuple[tuple[str, str], ...] = (
    (r"looked[ -]after children|children looked[ -]after", "children in care"),
    (r"children in care", "looked after children"),
    (r"(?:young people|children) leaving care", "care leavers"),
    (r"care leavers", "young people leaving care"),
    (r"children in need of help and protection", "children who need help and protection"),
    (r"children who need help and protection", "children in need of help and protection"),
    (r"impact of (?:senior )?leaders", "impact of leadership"),
    (r"local safeguarding children[’']?s? board", "LSCB"),
)
"""Another name for the same judgement, as releases write both (the first that matches
is used): the variant says what the claim said."""
_LOWER_STARTS = frozenset(
    ("the", "its", "it", "this", "these", "each", "every", "services", "service", "overall")
    + ("children's", "children’s", "inspectors", "a", "an", "all", "both")
)
"""Sentence-opening words written in lower case once a frame stands before them (a
name, an acronym or a capitalised headline word keeps its capital)."""
_OPENERS = frozenset(
    ("but", "and", "since", "now", "while", "however", "although", "after", "before")
    + ("when", "so", "yet", "also", "then", "meanwhile", "instead", "still")
)
"""Opening words that tie a sentence to the one before: no frame can stand before them."""
_TENSES = {
    "has been": "was",
    "have been": "were",
    "was": "has been",
    "were": "have been",
    "is": "has been",
    "are": "have been",
}
_VERB = r"rated|judged|graded|assessed|deemed"
_TENSE_RE = re.compile(rf"\b(has been|have been|was|were|is|are)\b(?= (?:{_VERB})\b)")
_GRADE_Q = rf"[{_QUOTES}]?(?:{RELEASE_OR_ADEQUATE_RE.pattern})[{_QUOTES}]?"
_PASSIVE = re.compile(
    rf"^(?P<subj>[^,;:]{{3,90}}?) (?:has been|have been|was|were|is|are)(?: now)? "
    rf"(?P<verb>{_VERB})(?: as)? (?P<grade>{_GRADE_Q})(?P<rest>[^.]*?)(?P<end>\.?)$",
    re.I,
)
_AGENT = re.compile(r" by (?:Ofsted|inspectors|the watchdog)(?: inspectors)?\b")
"""The passive's agent, dropped when the active names Ofsted as the subject."""
_CLAUSE_WORD = re.compile(
    r"\b(?:that|which|who|while|whilst|after|when|have|has|had|was|were|is|are|been|be|to|by)\b",
    re.I,
)
"""A word that shows a clause, not a noun phrase: a subject or object holding one is no
phrase the other voice can move ('Plans have been strengthened after it was rated ...')."""
_ACTIVE = re.compile(
    rf"^Ofsted (?:has )?(?P<verb>{_VERB}) (?P<obj>[^,;:]{{3,90}}?)(?: as)? "
    rf"(?P<grade>{_GRADE_Q})(?P<rest>[^.]*?)(?P<end>\.?)$"
)


def _grades(text: str) -> list[re.Match]:
    return list(RELEASE_OR_ADEQUATE_RE.finditer(text))


def _grade_name(m: re.Match) -> Grade | None:
    return next((g for g, v in m.groupdict().items() if v), None)  # type: ignore[return-value]


def _cased(word: str, like: str) -> str:
    """``word`` in the case of ``like`` (UPPER, Capitalised or lower)."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def _swapped(
    text: str, row: dict, to: dict[str, Grade], several: bool = False, kind: str = "rating"
) -> Variant | None:
    """The one grade of a supported claim of ``kind`` (the last of several, when
    ``several``), as ``to`` maps it: the judgement it was given to, at the inspection it
    was given at, has the gold's grade, so the claim is wrong. A rating must be of today's
    inspection; a comparison's grade may be any inspection's, each one's grade fixed."""
    if row["kind"] != kind or row["verdict"] != "supported":
        return None
    if kind == "rating" and _NOT_TODAY.search(text):
        return None
    found = _grades(text)
    if (len(found) > 1) != several or not found:
        return None
    m = found[-1]
    grade = _grade_name(m)
    if grade is None:
        return None
    wrong = _cased(RELEASE_WORDING[to[grade]], m.group())
    return text[: m.start()] + wrong + text[m.end() :], FLAG


def grade_swap(text: str, row: dict) -> Variant | None:
    """The one grade of a supported rating of today's inspection, two steps off."""
    return _swapped(text, row, _SWAP)


def grade_near(text: str, row: dict) -> Variant | None:
    """The one grade of a supported rating of today's inspection, one step off."""
    return _swapped(text, row, _NEAR)


def grade_swap_one(text: str, row: dict) -> Variant | None:
    """The last of several grades of a supported rating of today's inspection, two steps
    off."""
    return _swapped(text, row, _SWAP, several=True)


def earlier_swap(text: str, row: dict) -> Variant | None:
    """The last grade of a supported comparison swapped two steps ('previously rated good
    in 2018' / 'previously rated inadequate in 2018', 'from good to outstanding' / 'from
    good to requires improvement')."""
    return _swapped(text, row, _SWAP, several=len(_grades(text)) > 1, kind="comparison")


_YEAR = re.compile(r"\b(?P<word>in|since) (?P<year>(?:19|20)\d\d)\b")


def year_form(text: str, row: dict) -> Variant | None:
    """A year of an inspection said as the inspection ('in 2018' / 'at its 2018
    inspection', 'since 2016' / 'since its 2016 inspection'), in a claim not already
    naming an inspection or a month (whose year it would be)."""
    m = _YEAR.search(text)
    if m is None or re.search(r"inspect|visit|report|published|" + _MONTH, text, re.I):
        return None
    said = "at its" if m["word"] == "in" else "since its"
    return text[: m.start()] + f"{said} {m['year']} inspection" + text[m.end() :], row["verdict"]


def grade_form(text: str, row: dict) -> Variant | None:
    """Each grade in another form of itself: its quote marks dropped, a bare grade quoted,
    'requires improvement' with 'to be good' added or dropped."""
    out, last = [], 0
    for m in _grades(text):
        word = m.group()
        before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
        if before and after and before in _QUOTES and after in _QUOTES:
            out.append(text[last : m.start() - 1] + word)
            last = m.end() + 1
            continue
        if _grade_name(m) == "requires_improvement":
            other = _other_ri(word)
            if other is None:
                continue
        else:
            other = f"‘{word}’"
        out.append(text[last : m.start()] + other)
        last = m.end()
    return ("".join(out) + text[last:], row["verdict"]) if out else None


def _other_ri(word: str) -> str | None:
    """'requires improvement' with 'to be good' dropped or added; None for other forms."""
    if word.lower().endswith(" to be good"):
        return word[: -len(" to be good")]
    return word + " to be good" if re.fullmatch(r"requires? improvement", word, re.I) else None


def judgement_name(text: str, row: dict) -> Variant | None:
    """A judgement named another way ('children in care' / 'looked after children')."""
    for pattern, other in _ALIASES:
        m = re.search(rf"\b{pattern}\b", text, re.I)
        if m:
            return text[: m.start()] + _cased(other, m.group()) + text[m.end() :], row["verdict"]
    return None


def frame(text: str, row: dict) -> Variant | None:
    """'In its report, Ofsted said that' put before a claim that opens its sentence (of
    three words or more, not opening on a conjunction or adverb that ties it to the
    sentence before), when the claim is true or flagged: a claim no check can settle
    becomes one said of the report, whose truth the frame cannot give."""
    first = text.split(" ", 1)[0]
    if (
        row["verdict"] not in ("supported", *FLAGS)
        or not first[:1].isupper()
        or first.strip(",").lower() in _OPENERS
        or len(text.split()) < 3
        or ":" in text
        or "\n" in text
    ):
        return None
    low = first.strip(",").lower() in _LOWER_STARTS and not (first.isupper() and len(first) > 1)
    said = first.lower() + text[len(first) :] if low else text
    return f"In its report, Ofsted said that {said}", row["verdict"]


def tense(text: str, row: dict) -> Variant | None:
    """The grading verb's first auxiliary in another tense ('was rated' / 'has been rated',
    'is rated' / 'has been rated'), in a rating of today's inspection."""
    m = _TENSE_RE.search(text)
    if row["kind"] != "rating" or m is None or _NOT_TODAY.search(text):
        return None
    other = _cased(_TENSES[m.group().lower()], m.group())
    return text[: m.start()] + other + text[m.end() :], row["verdict"]


def voice(text: str, row: dict) -> Variant | None:
    """A rating turned from passive to active or back: 'X was rated good by Ofsted' /
    'Ofsted rated X good'."""
    if row["kind"] != "rating":
        return None
    m = _PASSIVE.match(text)
    if m and not _CLAUSE_WORD.search(m["subj"]):
        subj, first = m["subj"], m["subj"].split(" ", 1)[0]
        low = first.lower() in _LOWER_STARTS and not first.isupper()
        subj = subj[:1].lower() + subj[1:] if low else subj
        rest = _AGENT.sub("", m["rest"], count=1)
        said = f"Ofsted {m['verb'].lower()} {subj} {m['grade']}{rest}{m['end']}"
        return said, row["verdict"]
    m = _ACTIVE.match(text)
    if m and not _CLAUSE_WORD.search(m["obj"]):
        obj = m["obj"][:1].upper() + m["obj"][1:]
        said = f"{obj} was {m['verb']} {m['grade']} by Ofsted{m['rest']}{m['end']}"
        return said, row["verdict"]
    return None


_VERBS = {
    "rated": "labelled",
    "judged": "branded",
    "graded": "dubbed",
    "deemed": "rated",
    "labelled": "judged",
    "labeled": "judged",
    "branded": "judged",
    "dubbed": "judged",
}
"""Each verb that gives a grade and another that gives it as well."""
_VERB_BEFORE_GRADE = re.compile(rf"\b(?:{'|'.join(_VERBS)})\b(?=(?: as| to be)? {_GRADE_Q})", re.I)


def verb(text: str, row: dict) -> Variant | None:
    """The first verb giving a grade right after it swapped for another that gives it
    ('rated good' / 'labelled good', 'judged' / 'branded', 'graded' / 'dubbed')."""
    m = _VERB_BEFORE_GRADE.search(text)
    if m is None:
        return None
    other = _cased(_VERBS[m.group().lower()], m.group())
    return text[: m.start()] + other + text[m.end() :], row["verdict"]


def _then(first: Operator, second: Operator) -> Operator:
    """``first``, then ``second`` on its words: wrong when either made it wrong, else the
    gold's verdict, both keeping it."""

    def both(text: str, row: dict) -> Variant | None:
        once = first(text, row)
        twice = second(once[0], row) if once else None
        if once is None or twice is None:
            return None
        return twice[0], FLAG if FLAG in (once[1], twice[1]) else once[1]

    return both


OPERATORS: dict[str, Operator] = {
    "grade_swap": grade_swap,
    "grade_near": grade_near,
    "grade_swap_one": grade_swap_one,
    "earlier_swap": earlier_swap,
    "grade_form": grade_form,
    "judgement_name": judgement_name,
    "frame": frame,
    "tense": tense,
    "voice": voice,
    "verb": verb,
    "year_form": year_form,
}
OPERATORS |= {
    f"{a}+{b}": _then(OPERATORS[a], OPERATORS[b])
    for a, b in (
        ("voice", "judgement_name"),
        ("frame", "verb"),
        ("tense", "grade_form"),
        ("grade_swap", "judgement_name"),
        ("grade_swap", "frame"),
        ("grade_near", "verb"),
        ("earlier_swap", "year_form"),
    )
}
"""Every operator on one claim, by name; and a few composed, 'a+b' (``_then``)."""
