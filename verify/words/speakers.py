"""Who speaks in a release: speakers' roles, and Ofsted, its inspectors or their report
as a source.

Extraction attributes quotes with these words and the checkers and the evaluation read
the roles back, so they live here rather than in ``verify.extract``.
"""

from __future__ import annotations

import re

from verify.types import Role

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
