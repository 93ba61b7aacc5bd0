"""A speaker's role as written (``role_of``: inspectors, council, other or
unattributed) and the roles whose words are their own (``OWN_WORDS_ROLES``,
``in_own_words``); the words that make a speaker no one of Ofsted's (a former inspector,
another inspectorate, a report that is not Ofsted's).

Uses the names (``names``).
"""

from __future__ import annotations

import re

from verify.types import Attribution, Role
from verify.words.councils import COUNCIL_WORD
from verify.words.speakers.names import (
    _COUNCIL_TITLE,
    _INSPECTION_DOCS,
    INSPECTORS_NAMED,
    OFSTED_NAMES,
    OFSTED_NOUNS,
)

# Who a speaker is: the first family that matches decides the role.
_COUNCIL = re.compile(rf"\b(?:{COUNCIL_WORD}|we|our)\b", re.I)


# Not a speaker but a piece of the sentence read as one: a lone lower-case word
# ("nevertheless"), or words opening with a pronoun ("It goes on to", "This strategy").
_FRAGMENT = re.compile(r"^(?:[a-z]+|(?:this|that|these|those|it|there)\b.*)$", re.I | re.S)
_LOWER_WORD = re.compile(r"^[a-z]+$")


_RELATIVE = re.compile(r",?\s+(?:who|whose|whom|which)\b", re.I)
"""Where a relative clause about the speaker begins ("Cllr Lee, who welcomed Ofsted's
findings")."""
_MET_INSPECTORS = re.compile(
    rf"\b(?:to|with|by|met|meeting|meets)\s+(?:the\s+|an?\s+|ofsted[’']s\s+)?"
    rf"(?:{OFSTED_NAMES}|{OFSTED_NOUNS})\b",
    re.I,
)
"""Ofsted or its inspectors as whom a relative clause's person met or spoke to ("who spoke
to inspectors", "who met the inspectors", "who was interviewed by Ofsted"): someone the
inspection heard, not an inspector ("Jo Park, who led the team of inspectors", "who works
for Ofsted" are read whole)."""
_PARTICIPLE = re.compile(r",\s+(?-i:[a-z]{3,}(?:ing|ed))\b")
"""Where a participle phrase about the speaker begins ("The leader, responding to the
report,", "The director, appointed in 2020,")."""


def role_of(speaker: str) -> Role:
    """The role of a speaker as written: inspectors, council, other or unattributed.

    Ofsted's own words win over a title (an Ofsted director is an inspector), a
    council title over the report ("X, director, said the report ..."), and any
    other named person or body is ``other``. A speaker's own words decide before a
    relative clause about them: "Cllr Lee, who welcomed Ofsted's findings" and "the
    director, who met inspectors" are the council's; "Jo Park, who led the inspection"
    is read whole, but "Jane Smith, a care leaver, who met inspectors" is who her apposition
    says, and "One mother, who spoke to inspectors" someone they heard; a council title
    in apposition wins over Ofsted named as the work ("the chair of the Ofsted improvement
    board, Cllr Lee"); what a speaker is doing does not change who they are ("The leader,
    responding to the report,").
    """
    head = _RELATIVE.split(speaker, maxsplit=1)[0]
    if _council_in_apposition(head):
        return "council"
    if head != speaker and (role := _role_as_written(head)) in ("inspectors", "council"):
        return role
    if head != speaker and "," in head and _role_as_written(head) == "other":
        return "other"  # "Jane Smith, a care leaver who met the inspectors": said who she is
    if _MET_INSPECTORS.search(speaker, len(head)) and _role_as_written(head) == "other":
        return "other"  # "One mother, who spoke to inspectors": inspectors are who she met
    actor = _PARTICIPLE.split(head, maxsplit=1)[0]
    if actor != head and (role := _role_as_written(actor)) != "unattributed":
        return role
    return _role_as_written(speaker)


OWN_WORDS_ROLES: tuple[Role, ...] = ("council", "other")
"""Speakers whose words are their own, never the report's: an official's account of an
inspection is their opinion, and a quotation of theirs the report lacks is no misquote."""


def in_own_words(attribution: Attribution | None) -> bool:
    """True when a claim is attributed to a speaker in ``OWN_WORDS_ROLES``."""
    return attribution is not None and attribution.role in OWN_WORDS_ROLES


def _council_in_apposition(speaker: str) -> bool:
    """True when one of a speaker's comma-separated parts is a council title that does
    not name Ofsted ("The chair of the council's Ofsted improvement board, Cllr Marian
    James"), where another names Ofsted only as what the person works on."""
    parts = speaker.split(",")
    return len(parts) > 1 and any(
        _COUNCIL_TITLE.search(part) and not INSPECTORS_NAMED.search(part) for part in parts
    )


_OTHERS_DOCUMENT = re.compile(
    r"\breport\s+(?:to|for|before)\s+(?:the\s+)?(?:\w+[’']s\s+)?"
    r"(?:cabinet|council(?:lors)?|committee|members|board|scrutiny)\b"
    r"|\b(?:cabinet|annual|committee|budget|officers?[’']?|(?:council|commissioner)[’']s)\s+"
    r"(?:(?!inspection\b)\w+\s+)?report\b",
    re.I,
)
"""A report that is not Ofsted's ("a report to cabinet", "the commissioner's report",
"the council's annual report"): its words are no inspector's."""


FORMER_INSPECTOR = re.compile(
    rf"\b(?:former|ex|retired|one-time|onetime)[\s-]+(?:[\w’'-]+\s+){{0,2}}?"
    rf"(?:{OFSTED_NAMES}|{OFSTED_NOUNS}|chief inspector)\b",
    re.I,
)
"""Someone who once inspected ("a former Ofsted inspector, now a consultant to the
council", "ex-HMI"): they speak for themselves now, not for Ofsted or its report."""
OTHER_INSPECTORATE = re.compile(
    r"\b(?:inspectorate of (?:probation|prisons|constabulary)|hmi ?(?:probation|prisons)|"
    r"hmicfrs|care quality commission|cqc|social work england|estyn|care inspectorate)\b",
    re.I,
)
"""Another body that inspects or regulates ("HM Inspectorate of Probation", "the Care
Quality Commission"): its words are not Ofsted's."""


def _role_as_written(speaker: str) -> Role:
    """``role_of`` for a speaker read whole."""
    if FORMER_INSPECTOR.search(speaker) or OTHER_INSPECTORATE.search(speaker):
        return "other"
    if INSPECTORS_NAMED.search(speaker):
        return "inspectors"
    if _COUNCIL_TITLE.search(speaker):
        return "council"
    if _INSPECTION_DOCS.search(speaker) and not _OTHERS_DOCUMENT.search(speaker):
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
