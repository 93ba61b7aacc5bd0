"""Whether a speaker, or a text, names a person ('Cllr Ann Lee', 'One father',
'a council spokeswoman') rather than a body or a document ('Brackenford Council', 'The
findings'): a person's words are their own account.

Uses the council's titles (``names``).
"""

from __future__ import annotations

import re

from verify.words.numbers import MONTH
from verify.words.speakers.names import _COUNCIL_TITLE

_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Sir|Dame|Lord|Baroness)\b")
_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
"""Latin letters, accented ones too: 'Máire Atherton' is a name (drift48: read as none, the
lead inspector's words were given to 'inspector', and a pronoun after to no one)."""
_NAME_WORD = rf"[{_UPPER}][{_LOWER}]+"
_CAPITALISED_PAIR = re.compile(
    rf"(?<=\s)(?P<first>{_NAME_WORD}(?:-{_NAME_WORD})?)\s+(?P<second>{_NAME_WORD})\b"
)
"""A forename (hyphenated too: 'Lee-Anne') and a surname."""
_NOT_A_FORENAME = re.compile(
    r"^(?:Council|County|City|Borough|Trust|Children|Childrens|Services?|Department|"
    r"Education|Ofsted|Partnership|Board|Health|Police|Care|Social|Family|Families|Hub|"
    r"North|South|East|West|Central|Greater|New|Upper|Lower|Great|Little|Royal|St|The|"
    r"Local|Authority|Safeguarding|Inspector|Inspectors|Director|Executive|Cabinet|Member|"
    r"Leader|Mayor|Deputy|Assistant|Chief|Head|Lead|Her|His|Majesty|National|England|"
    r"Improvement|Government|Secretary|State|Adoption|Early|Help|" + MONTH + r")$"
)
"""Capitalised words that open or close the name of a body, a place, a title or a date
rather than a person's ("Children’s Services", "North Lincolnshire", "Cabinet Member")."""


def is_person(speaker: str) -> bool:
    """True when a speaker as written is a person (named, or by a title: "Cllr Ann Lee",
    "a council spokeswoman", "the director of children's services"), not a body or a
    document ("Brackenford Council", "The findings")."""
    return names_person(f" {speaker}") or bool(_COUNCIL_TITLE.search(speaker))


_PEOPLE_BY_KIND = re.compile(
    r"\b(?:parents?|mothers?|fathers?|mums?|dads?|grand(?:parent|mother|father)s?|"
    r"(?:foster\s+)?carers?|"
    r"famil(?:y|ies)|young\s+(?:person|people)|care\s+leavers?|child(?:ren)?|teenagers?|"
    r"pupils?|residents?|campaigners?|MPs?|unions?|police|NHS|charit(?:y|ies)|commissioner|"
    r"Unison|Unite|GMB|Barnardo[’']?s|NSPCC|Coram|opposition)\b",
    re.I,
)
"""People named by what they are, and the partners who speak for themselves ('One father',
'Parents', 'A care leaver', 'Derbyshire Police', 'the union', 'Unison's Newcastle branch',
'Barnardo's', 'Opposition councillors'): no name, yet a speaker."""


def speaks_for_themselves(speaker: str) -> bool:
    """True when a speaker of role ``other`` is a person or a partner telling their own
    account ('Jo Park', 'One father', 'Parents', 'A care leaver', 'Derbyshire Police'):
    what they say of an inspection is theirs, as an official's is (the conventions'
    opinion), not a statistic's source ('the Department for Education says')."""
    return names_person(f" {speaker}") or bool(_PEOPLE_BY_KIND.search(speaker))


def names_person(text: str) -> bool:
    """True when ``text`` names a person: a title ("Cllr", "Mr") or a forename and a
    surname after its first word ("… appointed Eleanor Brazil as commissioner")."""
    if _TITLE.search(text):
        return True
    return any(
        not _NOT_A_FORENAME.match(m.group("first")) and not _NOT_A_FORENAME.match(m.group("second"))
        for m in _CAPITALISED_PAIR.finditer(text)
    )


_PLURAL_HEAD = re.compile(r"(?:\b[a-z]*[^\Ws'’]s|\bpeople|\bchildren|\bstaff)$", re.I)
"""A speaker's last word in the plural ('Adopters', 'Social workers', 'Young people'), not
a word ending in 's' of its own ('Unison's', 'the press')."""


def named_in_plural(speaker: str) -> bool:
    """True when a speaker is named in the plural ('Adopters', 'Parents'), whom 'it' never
    stands for: '“…,” it added' after 'Adopters described early permanence workers as
    “pockets of excellence”' is the report's words (drift40: read as the adopters')."""
    return bool(_PLURAL_HEAD.search(speaker.strip()))
