"""Numbers and months as releases and reports write them ('seven of His Majesty's
Inspectors', 'a two-week inspection', 'Feb')."""

from __future__ import annotations

import calendar
import re

_SPELLED = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
)
NUMBER_WORDS: dict[str, int] = {word: n for n, word in enumerate(_SPELLED.split())}
NUMBER = r"(?:\d{1,3}|" + "|".join(NUMBER_WORDS) + r")"
"""A count in digits or words."""

FRACTION_WORDS: dict[str, float] = {
    "half": 50.0,
    "a third": 100 / 3,
    "one third": 100 / 3,
    "two thirds": 200 / 3,
    "a quarter": 25.0,
    "one quarter": 25.0,
    "three quarters": 75.0,
}
FRACTION = r"(?:" + "|".join(w.replace(" ", "[- ]") for w in FRACTION_WORDS) + r")"
"""A share in words ('two thirds', 'two-thirds'), read as a percentage by ``fraction``."""


def fraction(words: str) -> float | None:
    """66.67 for 'two thirds' or 'Two-thirds'; None for anything else."""
    return FRACTION_WORDS.get(re.sub(r"[- ]+", " ", words.lower().strip()))


ORDINAL_WORDS: dict[str, int] = {
    word: n for n, word in enumerate(["first", "second", "third", "fourth", "fifth", "sixth"], 1)
}
ORDINAL = r"(?:" + "|".join(ORDINAL_WORDS) + r"|\d{1,2}(?:st|nd|rd|th))"
"""A place in a run, in words or digits ('third', '3rd')."""

_MONTHS: dict[str, int] = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
"""Read through ``month_number``, the one look-up of a month's name."""
MONTH = r"(?:" + "|".join(m.capitalize() for m in _MONTHS) + r")"
"""A month's name as printed in prose: capitalised, in full."""


_TENS: dict[str, int] = {
    word: 10 * n
    for n, word in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], 2
    )
}
"""Tens in words, read alone or before a unit ('seventy-two')."""


def number(word: str) -> int | None:
    """2 for '2' or 'two', 72 for 'seventy-two' or 'seventy two'; None for anything else."""
    word = word.lower().strip()
    if word.isdigit():
        return int(word)
    tens, _, unit = word.replace("-", " ").partition(" ")
    if tens in _TENS and unit:
        ones = NUMBER_WORDS.get(unit.strip(), 0)
        return _TENS[tens] + ones if 0 < ones < 10 else None
    return _TENS.get(word, NUMBER_WORDS.get(word))


SPELLED_NUMBER = (
    r"(?:(?:" + "|".join(_TENS) + r")(?:[- ](?:" + "|".join(list(NUMBER_WORDS)[1:10]) + r"))?"
    r"|" + "|".join(NUMBER_WORDS) + r")"
)
"""A number up to ninety-nine in words ('seventy-five', 'Eighty', 'six'), read by ``number``."""
_SPELLED_NUMBER = re.compile(r"\b" + SPELLED_NUMBER + r"\b", re.I)
PERCENT_NUMBER = r"(?:\d{1,3}(?:\.\d+)?|(?:a|one)[- ]hundred|" + SPELLED_NUMBER + r")"
"""The figure of a percentage, in digits or words ('75', 'Seventy-five', 'a hundred'): a
release writes a share above twenty in words as often as in digits ('Sixty per cent of the
areas', stress sets 18 and 19: it was no share, so a wrong one went unchecked)."""


def percent_number(words: str) -> float | None:
    """75.0 for '75' or 'Seventy-five', 100.0 for 'a hundred'; None for anything else."""
    word = words.lower().strip()
    if re.fullmatch(r"\d{1,3}(?:\.\d+)?", word):
        return float(word)
    if re.fullmatch(r"(?:a|one)[- ]hundred", word):
        return 100.0
    n = number(word)
    return float(n) if n is not None else None


def spelled_numbers(text: str) -> set[int]:
    """The numbers ``text`` writes in words ('Sixteen- and 17-year-old', 'seventy-two'): a
    release giving one in digits ('16 and 17-year-olds') gives the same figure."""
    return {n for m in _SPELLED_NUMBER.finditer(text) if (n := number(m.group())) is not None}


_RATIO = re.compile(
    rf"\b(?P<n>\d{{1,3}}|{'|'.join(list(NUMBER_WORDS)[1:])})\s+(?:out\s+of|in)\s+(?:every\s+)?"
    rf"(?P<m>\d{{1,3}}|{'|'.join(list(NUMBER_WORDS)[2:])})\b",
    re.I,
)


def ratios(text: str) -> list[tuple[int, int, float]]:
    """Each share ``text`` gives as a ratio ('nine out of 10', 'one in four'): where it
    stands and its percentage, the same figure as the report's '90%' in other words."""
    found = []
    for m in _RATIO.finditer(text):
        n, of = number(m["n"]), number(m["m"])
        if n is not None and of and n <= of:
            found.append((m.start(), m.end(), 100 * n / of))
    return found


APPROXIMATE: dict[str, str] = {
    **dict.fromkeys(("more than", "over", "at least", "above", "in excess of"), "floor"),
    **dict.fromkeys(("fewer than", "less than", "under", "below", "up to"), "ceiling"),
    **dict.fromkeys(("almost", "nearly", "just under", "close to", "not quite"), "short"),
    **dict.fromkeys(
        (
            "around",
            "about",
            "approximately",
            "roughly",
            "some",
            "an estimated",
            "just over",
            "circa",
        ),
        "near",
    ),
}
"""Words before a figure that make it a bound or a round number, not the figure itself:
'more than 100' for the report's 102, 'almost 250' for its 248."""
_APPROXIMATE = re.compile(
    r"\b(?P<how>" + "|".join(sorted(APPROXIMATE, key=len, reverse=True)) + r")\s+[£$]?$", re.I
)
_NEAR = 0.1
"""How far a round number ('around 30', 'almost 250') may be from the figure it rounds."""
_BOUND_REACH = 2
"""How far past a bound ('more than 200', 'fewer than 40') the figure it bounds may lie:
within twice or half of it. A bound far from a figure bounds another quantity: 'more than
200 days quicker than the national average' is the gap, not the 476 days beside it
(drift38: read as the 476 and supported, where the report's gap is 152)."""


def approximation(before: str) -> str | None:
    """How the words just before a figure give it ('floor' for 'more than', 'ceiling' for
    'fewer than', 'short' for 'almost', 'near' for 'around'), or None when they give it
    as it is."""
    m = _APPROXIMATE.search(before)
    return APPROXIMATE[m["how"].lower()] if m else None


def fits(said: float, how: str | None, printed: float) -> bool:
    """True when a figure ``said`` with the approximation ``how`` (``approximation``) is
    true of the figure ``printed``: 'more than 100' of 102, 'almost 250' of 248, 'around
    30' of 28; not 'almost 250' of 100, nor 'more than 100' of 90, nor 'more than 200' of
    476 (``_BOUND_REACH``)."""
    near = abs(said - printed) <= _NEAR * max(said, printed)
    return {
        None: said == printed,
        "floor": said <= printed < said * _BOUND_REACH,
        "ceiling": said / _BOUND_REACH < printed <= said,
        "short": printed <= said and near,
        "near": near,
    }[how]


_MORE_ORDINALS: dict[str, int] = {
    **{w: n for n, w in enumerate(["seventh", "eighth", "ninth", "tenth", "eleventh"], 7)},
    **{w: n for n, w in enumerate(["twelfth", "thirteenth", "fourteenth", "fifteenth"], 12)},
    **{w: n for n, w in enumerate(["sixteenth", "seventeenth", "eighteenth"], 16)},
    "nineteenth": 19,
    **{w.removesuffix("y") + "ieth": n for w, n in _TENS.items()},
}
"""Ordinals in words past 'sixth', which ``ordinal`` reads and ``ORDINAL`` (the claims'
pattern of a place in a run: 'the third consecutive') leaves out: a quotation may write the
report's '25th birthday' out ('twenty-fifth'), as house styles do."""


def ordinal(word: str) -> int | None:
    """3 for 'third' or '3rd', 25 for 'twenty-fifth' or 'twenty fifth'; None for anything
    else."""
    word = word.lower().strip()
    if word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd", "th"):
        return int(word[:-2])
    if (n := ORDINAL_WORDS.get(word, _MORE_ORDINALS.get(word))) is not None:
        return n
    tens, _, unit = word.replace("-", " ").partition(" ")
    ones = ORDINAL_WORDS.get(unit.strip(), _MORE_ORDINALS.get(unit.strip(), 0))
    return _TENS[tens] + ones if tens in _TENS and 0 < ones < 10 else None


def number_word(n: int) -> str:
    """'two' for 2, as releases write small numbers; digits past twenty."""
    return next((w for w, k in NUMBER_WORDS.items() if k == n), str(n))


def month_name(n: int) -> str:
    """'January' for 1, as prose prints it."""
    return calendar.month_name[n]


def month_number(name: str) -> int | None:
    """3 for 'March', 'march' or 'Mar' (a month in full or its first three letters, or
    'Sept'); None for other words ('Marked', 'decades')."""
    word = name.lower()
    return next(
        (n for m, n in _MONTHS.items() if word in (m, m[:3]) or (word == "sept" and n == 9)),
        None,
    )
