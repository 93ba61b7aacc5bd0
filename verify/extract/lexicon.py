"""The domain's vocabulary as patterns: grades, judgement names, councils, roles.

Kept in one module so the quote scanner, the attribution rules and the value
parser agree on what a grade or a judgement's name looks like.
"""

from __future__ import annotations

import re

from verify.types import Grade, JudgementName, Role

_APOS = "[’']"

GRADE_PATTERNS: tuple[tuple[Grade, str], ...] = (
    ("requires_improvement", r"requires?[ -]improvement(?:[ -]to[ -]be[ -]good)?"),
    ("outstanding", r"outstanding"),
    ("inadequate", r"inadequate"),
    ("good", r"good"),
)
GRADE_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<{g}>{p})" for g, p in GRADE_PATTERNS) + r")\b", re.I
)
ADEQUATE_RE = re.compile(r"\badequate\b", re.I)

JUDGEMENT_PATTERNS: tuple[tuple[JudgementName, str], ...] = (
    ("overall_effectiveness", r"overall effectiveness|overall(?! judgements?)"),
    ("impact_of_leaders", r"impact of leaders|leaders(?:hip)?(?! and management| management)"),
    (
        "leadership_management_governance",
        r"leadership,? management(?:,)? and governance|leadership and management",
    ),
    (
        "help_and_protection",
        r"help and(?:/or)? protection|child protection|children who need help|"
        r"children in need",
    ),
    ("care_leavers", r"care[ -]leavers?|leaving care|leave care"),
    ("children_in_care", r"children in care|in our care"),
    (
        "looked_after_and_permanence",
        r"looked[ -]after children|children looked[ -]after|looked[ -]after|permanence",
    ),
    ("adoption", r"adoption"),
    (
        "lscb",
        r"LSCB|SSCB|safeguarding children" + _APOS + r"?s? board|safeguarding board",
    ),
)
JUDGEMENT_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<{j}>{p})" for j, p in JUDGEMENT_PATTERNS) + r")\b", re.I
)

_TERM_RE = re.compile(
    r"^(?:the |an? )?(?:"
    + "|".join(p for _, p in GRADE_PATTERNS)
    + r"|adequate|judgement areas?|judgements?|areas? for (?:improvement|development)"
    r"|the experiences and progress of .{0,80}|the impact of leaders.{0,80}"
    r"|overall effectiveness|(?:good|outstanding|inadequate) overall"
    r"|(?:good|outstanding|inadequate) rating)[.!,]?$",
    re.I,
)


def is_term_phrase(words: str) -> bool:
    """True for a grade, a judgement's printed name or Ofsted jargon in quote marks."""
    return bool(_TERM_RE.match(words.strip()))


# Councils with children's services in England, by the name releases use for them.
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
AUTHORITY_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(a) for a in sorted(AUTHORITIES, key=len, reverse=True)) + r")\b"
)

# Who a speaker is: the first family that matches decides the role.
_COUNCIL_TITLE = re.compile(
    r"\b(?:cllr\.?|councillor|mayor|cabinet member|lead member|portfolio holder|"
    r"director|chief executive|leader of|council leader|executive member|"
    r"head of|spokes(?:wo)?man|spokesperson)\b",
    re.I,
)
_OFSTED = re.compile(
    r"\b(?:ofsted|inspectors?|inspectorate|hmi|her majesty|his majesty|regulator|watchdog)\b",
    re.I,
)
_INSPECTION_DOCS = re.compile(
    r"\b(?:report|inspection|(?:focused |monitoring )?visit|the letter)\b", re.I
)
INSPECTORS_SOURCE = rf"(?:{_OFSTED.pattern}|{_INSPECTION_DOCS.pattern})"
"""Ofsted, its inspectors or their report/visit as the source of a finding."""
_COUNCIL = re.compile(r"\b(?:council|the authority|local authority|we|our)\b", re.I)


# Not a speaker but a piece of the sentence read as one: a lone lower-case word
# ("nevertheless"), or words opening with a pronoun ("It goes on to", "This strategy").
_FRAGMENT = re.compile(r"^(?:[a-z]+|(?:this|that|these|those|it|there)\b.*)$", re.I | re.S)
_LOWER_WORD = re.compile(r"^[a-z]+$")


def role_of(speaker: str) -> Role:
    """The role of a speaker as written: inspectors, council, other or unattributed.

    Ofsted's own words win over a title (an Ofsted director is an inspector), a
    council title over the report ("X, director, said the report ..."), and any
    other named person or body is ``other``.
    """
    if _OFSTED.search(speaker):
        return "inspectors"
    if _COUNCIL_TITLE.search(speaker):
        return "council"
    if _INSPECTION_DOCS.search(speaker):
        return "inspectors"
    if _COUNCIL.search(speaker):
        return "council"
    words = speaker.strip()
    if re.match(r"it\s+\w+", words, re.I):
        return "inspectors"  # "It goes on to": the report, by the conventions
    fragment = _LOWER_WORD.match(words) or (_FRAGMENT.match(words) and " " in words)
    if re.search(r"[A-Za-z]{3}", words) and not fragment:
        return "other"
    return "unattributed"


def mentions_inspectors(text: str) -> bool:
    """True when ``text`` names Ofsted, its inspectors or the report as a source."""
    return bool(_OFSTED.search(text) or _INSPECTION_DOCS.search(text))
