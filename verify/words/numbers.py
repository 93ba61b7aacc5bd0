"""Numbers and months as releases and reports write them ('seven of His Majesty's
Inspectors', 'a two-week inspection', 'Feb')."""

from __future__ import annotations

import calendar

_SPELLED = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
)
NUMBER_WORDS: dict[str, int] = {word: n for n, word in enumerate(_SPELLED.split())}
NUMBER = r"(?:\d{1,3}|" + "|".join(NUMBER_WORDS) + r")"
"""A count in digits or words."""

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


def ordinal(word: str) -> int | None:
    """3 for 'third' or '3rd'; None for anything else."""
    word = word.lower()
    if word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd", "th"):
        return int(word[:-2])
    return ORDINAL_WORDS.get(word)


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
