"""Ofsted, its inspectors and their report by name, and the council's titles: the names
every other module of ``verify.words.speakers`` reads a speaker, a subject or a source by.

First in the package: it uses no other of its modules. ``mentions_inspectors`` asks whether
a text names Ofsted or its report at all; ``OFSTED_OFFICIAL`` a person speaking for Ofsted
to the press.
"""

from __future__ import annotations

import re

_COUNCIL_TITLE = re.compile(
    r"\b(?:cllr\.?|councillor|mayor|cabinet member|lead member|portfolio holder|"
    r"director|chief executive|leader|executive member|"
    r"(?:opposition|party|group|political) leaders|"
    r"leaders of the (?:\w+ )?(?:opposition|group|party)|"
    r"head of|spokes(?:wo)?man|spokesperson)\b",
    re.I,
)
"""A council's title ("Cllr", "cabinet member", "director", "spokesperson"): the speaker
is the council's (``roles.role_of``) and a person (``people.is_person``)."""
OFSTED_NAMES = r"ofsted|inspectors?|hmi"
"""Ofsted and its inspectors by name: a subject with no determiner ("Inspectors found")."""
OFSTED_NOUNS = r"inspectorate|regulator|watchdog"
"""Ofsted by a common noun, a subject after a determiner ("the watchdog")."""
INSPECTION_DOCUMENTS = r"report|inspection|visit"
"""The inspection (or visit) and its report, speaking for the inspectors ("the report
found", "the visit identified")."""
INSPECTORS_NAMED = re.compile(
    rf"\b(?:{OFSTED_NAMES}|(?:{OFSTED_NOUNS})(?!\s+for\s+(?!children|schools|education)\w)"
    r"|her majesty|his majesty)\b(?![-‐]\w)"
    r"(?!\s+(?:improvement|action)\s+(?:board|plan|panel|group)\b)",
    re.I,
)
"""Ofsted or its inspectors named (not their report), not the council's own body or plan
named after them ("Jane Smith, chair of the Ofsted improvement board, said"), not a word
made with them ("the Ofsted-registered charity"), not another body's watchdog ("the
watchdog for social workers")."""
_INSPECTION_DOCS = re.compile(
    rf"\b(?:{INSPECTION_DOCUMENTS}|(?:focused |monitoring )visit|the letter)\b", re.I
)
INSPECTORS_SOURCE = rf"(?:{INSPECTORS_NAMED.pattern}|{_INSPECTION_DOCS.pattern})"
"""Ofsted, its inspectors or their report/visit as the source of a finding."""


FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|I|[Mm]y)\b")
"""A speaker's own first person: never the report's, which speaks of the council and its
staff in the third person."""


OFSTED_OFFICIAL = re.compile(
    r"\b(?:(?:ofsted|watchdog|regulator|inspectorate)(?:[’']s)?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:director|chief|spokes\w*|head|chair|press)"
    r"|(?:director|spokes\w*|head|chair)\s+(?:[\w-]+\s+){0,3}?(?:for|from|at)\s+ofsted"
    r"|chief inspector)\b",
    re.I,
)
"""A person speaking for Ofsted ("Yvette Stanley, Ofsted's National Director", "an Ofsted
spokesperson", "a spokesperson for Ofsted", "the watchdog's chief inspector": the chief
inspector heads Ofsted, never a visit's team): their words are a statement to the press,
not the report's, though their role is the inspectors'."""


def mentions_inspectors(text: str) -> bool:
    """True when ``text`` names Ofsted, its inspectors or the report as a source."""
    return bool(INSPECTORS_NAMED.search(text) or _INSPECTION_DOCS.search(text))
