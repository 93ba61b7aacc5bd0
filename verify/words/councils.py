"""England's children's services authorities: their names and aliases, their regions, and
the one rule for when two names are the same council.

The table (``councils.csv``, shipped with the package) lists every local authority that
has had children's services inspected since 2013 with its region, the other names releases
use for it, and the dates it came into being or was abolished (Northamptonshire split in
2021, Cumbria in 2023; Bournemouth and Poole merged in 2019), so "how many councils were
there on that date" has an answer: 152 before April 2019, 151 until April 2021, 152 until
April 2023, 153 since.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

COUNCIL_WORD = r"(?:council|local authority|authority)"
"""A council named by what it is, not its name ('the only council', 'no other local
authority', 'the first authority to ...'): a standing among councils, inside another pattern."""
RANKED_COUNCIL_WORD = r"(?:council|local authority|authority|borough)"
"""A council named by what it is where it is ranked among others ('the only council', 'the
only London borough'): a borough too, which in other places ('the borough's social
workers') is no standing."""
COUNCILS_WORD = r"(?:councils|local authorities|authorities)"
"""Councils counted by what they are ('one of only three councils', 'just two authorities')."""

REGIONS = (
    "North East",
    "North West",
    "Yorkshire and the Humber",
    "East Midlands",
    "West Midlands",
    "East of England",
    "London",
    "South East",
    "South West",
)
_SHORT_NAMES = {
    "Yorkshire": "Yorkshire and the Humber",
    "Yorkshire and Humber": "Yorkshire and the Humber",
}
"""Regions by the shorter names releases use ('the strongest performers in Yorkshire')."""
REGION_NAME = (
    r"(?<!north )(?<!south )(?<!east )(?<!west )(?<!riding of )(?:"
    + "|".join(n.replace(" ", "[- ]") for n in sorted([*REGIONS, *_SHORT_NAMES], key=len)[::-1])
    + r")\b"
)
"""A region by its name or a short one, not a county named after it ('North Yorkshire',
'East Riding of Yorkshire'): inside another pattern, read with re.I."""


def region_named(text: str) -> str | None:
    """The region ``text`` names first (``REGION_NAME``), as ``REGIONS`` spells it."""
    m = re.search(rf"\b{REGION_NAME}", text, re.I)
    if m is None:
        return None
    said = re.sub(r"[- ]", " ", m.group()).lower()
    names = {n.lower(): n for n in REGIONS} | {k.lower(): v for k, v in _SHORT_NAMES.items()}
    return names[said]


@dataclass(frozen=True)
class Council:
    """One children's services authority, as the table lists it."""

    name: str
    region: str
    aliases: tuple[str, ...] = ()
    valid_from: date | None = None
    valid_until: date | None = None

    def exists_on(self, day: date) -> bool:
        """True when the authority existed on ``day``."""
        after_start = self.valid_from is None or self.valid_from <= day
        return after_start and (self.valid_until is None or day < self.valid_until)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@cache
def councils() -> tuple[Council, ...]:
    """Every authority in the shipped table."""
    text = resources.files(__package__).joinpath("councils.csv").read_text(encoding="utf-8")
    return tuple(
        Council(
            name=row["name"],
            region=row["region"],
            aliases=tuple(a for a in row["aliases"].split(";") if a),
            valid_from=date.fromisoformat(row["from"]) if row["from"] else None,
            valid_until=date.fromisoformat(row["until"]) if row["until"] else None,
        )
        for row in csv.DictReader(text.splitlines())
    )


@cache
def _by_key() -> dict[str, Council]:
    return {council_key(n): c for c in councils() for n in c.names}


def council_named(name: str) -> Council | None:
    """The authority a printed name, alias or folder name means, or None."""
    return _by_key().get(council_key(name))


def councils_on(day: date) -> list[Council]:
    """The authorities that existed on ``day``."""
    return [c for c in councils() if c.exists_on(day)]


@cache
def _mention_pattern() -> re.Pattern[str]:
    """Every name and alias of the table as printed (capitalised), the longest first."""
    names = sorted({n for c in councils() for n in c.names}, key=len, reverse=True)
    spelt = [
        re.escape(n).replace(r"\ and\ ", r"\s+(?:and|&)\s+").replace(r"\ ", r"\s+") for n in names
    ]
    return re.compile(r"(?<![\w-])(?:" + "|".join(spelt) + r")(?![\w-])")


def mentions(text: str) -> list[tuple[Council, int]]:
    """Every authority named in ``text`` (capitalised as a name), with where it is named.
    The longest name wins where names overlap ('North East Lincolnshire', not
    'Lincolnshire')."""
    return [
        (council, m.start())
        for m in _mention_pattern().finditer(text)
        if (council := council_named(m.group(0)))
    ]


def name_opening(text: str) -> int:
    """Where the name of an authority opening ``text`` ends (0 when none opens it)."""
    m = _mention_pattern().match(text)
    return m.end() if m and council_named(m.group(0)) else 0


_NOISE = re.compile(r"\b(city|of|council|borough|london|metropolitan|county|royal|the|and)\b", re.I)


def authority_key(name: str) -> str:
    """'City of Wolverhampton Council' and 'wolverhampton' both become 'wolverhampton'."""
    return " ".join(_NOISE.sub(" ", name.lower().replace("_", " ")).split())


_SERVICE_NOISE = re.compile(r"\b(?:district|children'?s?|services|trust)\b")


def council_key(name: str) -> str:
    """``authority_key`` made spelling-proof, for looking a name up rather than comparing
    two: 'London Borough of Hammersmith & Fulham', '80483_hammersmith and fulham' and
    'Hammersmith and Fulham Children's Services' all become 'hammersmith fulham'."""
    name = re.sub(r"^\d+_", "", name.strip().lower()).replace("&", " and ").replace("’", "'")
    name = " ".join(re.sub(r"[^a-z' ]+", " ", name.replace("-", " ").replace(".", "")).split())
    return " ".join(_SERVICE_NOISE.sub(" ", authority_key(name)).split()) or name


def names_council(name: str, authority: str) -> bool:
    """True when ``name`` (as a release or a report writes it) and a report's ``authority``
    are the same council: the one rule, for routing a claim, pairing earlier reports and
    warning of the wrong report. The table decides when it knows both ('BCP' and
    'Bournemouth, Christchurch and Poole Council' are one; 'Lincolnshire' and 'North
    Lincolnshire' two), else one's key holds the other's ('Wolverhampton', 'City of
    Wolverhampton Council'); a name with no key (all noise words) names no council."""
    known, other = council_named(name), council_named(authority)
    if known is not None and other is not None:
        return known == other
    a, b = authority_key(name), authority_key(authority)
    return bool(a and b) and (a in b or b in a)


_NAME_BEFORE = re.compile(r"\b(?P<w>[A-Z][a-z]+) $")
_NOT_A_NAME = {
    "In",
    "At",
    "For",
    "By",
    "From",
    "Across",
    "Meanwhile",
    "And",
    "But",
    "With",
    "Both",
    "Of",
    "To",
    "The",
    "Neighbouring",
    "While",
    "Whereas",
    "Like",
    "Unlike",
    "Today",
}


def authorities_in(sentence: str) -> list[str]:
    """The councils the sentence names, in order, without repeats; a place name that
    ends a person's name ('Sarah Kent') is not a council."""
    names: list[str] = []
    for m in _mention_pattern().finditer(sentence):
        before = _NAME_BEFORE.search(sentence[: m.start()])
        if before and before.group("w") not in _NOT_A_NAME:
            continue
        if m.group() not in names:
            names.append(m.group())
    return names


_MANY_COUNCILS = re.compile(
    r"\b(?:all|both|three|four|several|each|the) (?:councils|authorities)\b|\ball were\b", re.I
)


def names_many_councils(sentence: str) -> bool:
    return bool(_MANY_COUNCILS.search(sentence))


PLACE_NAMED = re.compile(
    r"(?<=\bin )[A-Z][\w-]*(?: [A-Z][\w-]*)*"
    r"|\b[A-Z][\w-]*(?: [A-Z][\w-]*)*"
    r"(?=[’']s\s+(?:children[’']s\s+)?services?\b|\s+(?:Council|Borough|County|City)\b)"
)
"""A capitalised name said as the place whose service it is ('services in Ashbury',
'Ashbury's services', 'Ashbury Council'), whether the council table holds it or not (a
council renamed, misspelled or invented): the name says whose service, not which."""


def unnamed(text: str) -> str:
    """``text`` with every authority's name blanked: a council's name says whose service
    a sentence is about, not which service."""
    return _mention_pattern().sub(" ", text)


PLACE_IN = re.compile(
    r"\b(?:in|at)\s+(?!(?:England|Britain|Great\s+Britain|Wales|Europe)\b)"
    r"(?P<place>(?-i:[A-Z][a-z’'-]+)(?:\s+(?:and\s+)?(?-i:[A-Z][a-z’'-]+)){0,2})"
)
"""A place a release names ('a drop-in centre for teenagers in Chalvey', 'new family hubs
in Mitcham and Morden', 'a children's centre in Taunton'): a town or district, whose name
a report about the same thing would print. The nation ('in England') is no place of the
council's."""
