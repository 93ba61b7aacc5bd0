"""England's children's services authorities as releases name them, and the one rule
for when two names are the same council."""

from __future__ import annotations

import re

AUTHORITIES: tuple[str, ...] = tuple(
    """Barking and Dagenham|Barnet|Barnsley|Bath and North East Somerset|Bedford|Bexley|
Birmingham|Blackburn with Darwen|Blackpool|Bolton|Bournemouth, Christchurch and Poole|
Bracknell Forest|Bradford|Brent|Brighton and Hove|Bristol|Bromley|Buckinghamshire|Bury|
Calderdale|Cambridgeshire|Camden|Central Bedfordshire|Cheshire East|Cheshire West and Chester|
City of London|Cornwall|Coventry|Croydon|Cumberland|Cumbria|Darlington|Derby|Derbyshire|Devon|
Doncaster|Dorset|Dudley|Durham|Ealing|East Riding of Yorkshire|East Sussex|Enfield|Essex|
Gateshead|Gloucestershire|Greenwich|Hackney|Halton|Hammersmith and Fulham|Hampshire|Haringey|
Harrow|Hartlepool|Havering|Herefordshire|Hertfordshire|Hillingdon|Hounslow|Isle of Wight|
Isles of Scilly|Islington|Kensington and Chelsea|Kent|Kingston upon Hull|Hull|
Kingston upon Thames|Kirklees|Knowsley|Lambeth|Lancashire|Leeds|Leicester|Leicestershire|
Lewisham|Lincolnshire|Liverpool|Luton|Manchester|Medway|Merton|Middlesbrough|Milton Keynes|
Newcastle upon Tyne|Newcastle|Newham|Norfolk|North East Lincolnshire|North Lincolnshire|
North Northamptonshire|North Somerset|North Tyneside|North Yorkshire|Northamptonshire|
Northumberland|Nottingham|Nottinghamshire|Oldham|Oxfordshire|Peterborough|Plymouth|Poole|
Portsmouth|Reading|Redbridge|Redcar and Cleveland|Richmond upon Thames|Rochdale|Rotherham|
Rutland|Salford|Sandwell|Sefton|Sheffield|Shropshire|Slough|Solihull|Somerset|
South Gloucestershire|South Tyneside|Southampton|Southend-on-Sea|Southend|Southwark|St Helens|
Staffordshire|Stockport|Stockton-on-Tees|Stoke-on-Trent|Suffolk|Sunderland|Surrey|Sutton|
Swindon|Tameside|Telford and Wrekin|Telford|Thurrock|Torbay|Tower Hamlets|Trafford|Wakefield|
Walsall|Waltham Forest|Wandsworth|Warrington|Warwickshire|West Berkshire|
West Northamptonshire|West Sussex|Westminster|Westmorland and Furness|Wigan|Wiltshire|
Windsor and Maidenhead|Wirral|Wokingham|Wolverhampton|Worcestershire|York""".replace(
        "\n", ""
    ).split("|")
)
"""Councils with children's services in England, by the names releases use for them."""
AUTHORITY_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(a) for a in sorted(AUTHORITIES, key=len, reverse=True)) + r")\b"
)

_NOISE = re.compile(
    r"\b(city|of|council|borough|london|metropolitan|county|royal|the|and)\b", re.I
)


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
    """True when ``name`` (as a release writes it) and a report's ``authority`` are the
    same council: one's key holds the other's ('Wolverhampton', 'City of Wolverhampton
    Council')."""
    a, b = authority_key(name), authority_key(authority)
    return a in b or b in a


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
    for m in AUTHORITY_RE.finditer(sentence):
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
