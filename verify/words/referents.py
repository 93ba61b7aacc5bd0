"""Who a finding is about, by group: the same referent in other words.

A release retells what inspectors found of someone in its own words ('the director and
her team' for the report's 'leaders', 'staff' for 'practitioners', 'young people' for
'care leavers'). Checking that a short quotation is said of what the report says it of
must count each of these groups as one subject, or a synonym reads as something else.
One home for the groups, so every checker reads them alike.
"""

from __future__ import annotations

import re

STAFF = (
    r"staff|workforce|practitioners?|professionals?|(?:social |frontline )?workers?|"
    r"employees|teams?"
)
"""The council's staff by the words every group of them goes by ('social workers', 'the
workforce'): a sentence naming only these names no thing of its own."""
CHILDREN = r"child(?:ren)?(?:['’]s)?|young (?:people|persons?)|famil(?:y|ies)"
"""Children and families by the words every release names them with."""
PRONOUNS = r"it|they|this|these|those|he|she"
"""Pronouns standing for a referent named elsewhere ('the report says it is ...')."""
THING_PRONOUNS = r"these|those|they|this|it"
"""Pronouns a clause of a report opens on for the thing the clause before names ('..., they
are not yet consistently ...'): ``PRONOUNS`` without the people's 'he' and 'she'."""
RELATIVES = r"which|who|whose|whom"
"""Relative pronouns: their referent stands further back ('a service which is ...')."""

GROUPS: dict[str, str] = {
    "leaders": (
        r"leaders?|leadership|managers?|management|directors?|bosses|chief executive|"
        r"senior (?:team|officers?)|top team|corporate parents?|corporate parenting|"
        r"lead member|cabinet members?|councillors?|elected members|politicians|"
        r"council|local authority|authority"
    ),
    "staff": rf"{STAFF}|personal advisers?|PAs?|caseworkers?|reviewing officers?|IROs?",
    "children": (
        rf"{CHILDREN}|care leavers?|care-experienced|teenagers?|adolescents?|babies|infants|"
        r"parents?|(?:16|17|16- and 17)-year-olds"
    ),
    "carers": r"(?:foster|kinship|connected|adoptive) carers?|carers?|adopters?|foster families",
    "partners": (
        r"partners?|partnerships?|agencies|police|schools?|health (?:services|partners|"
        r"colleagues|visitors)|NHS|courts?|judges?|magistrates?|youth justice|multi-agency"
    ),
}
"""Each group of referents a release may name in other words, as one pattern."""

_GROUP = {name: re.compile(rf"\b(?:{words})\b", re.I) for name, words in GROUPS.items()}
# An owner before what is owned ('the council's housing offer', "children's homes"): what
# the words are said of is the thing owned, not its owner.
_OWNER = re.compile(r"\b[\w-]+[’']s?(?=\s)|\b(?:its|their|his|her|our|my|your)\b", re.I)
# Where the head of a noun phrase ends: a preposition or a relative opens its modifiers
# ('support for care leavers', 'meetings regarding children who ...').
_MODIFIERS = re.compile(
    r"\s(?:of|for|with|in|to|from|regarding|about|on|at|by|through|across|within|under|"
    r"between|who|which|that|whose|where|when)\b.*$",
    re.I | re.S,
)


def head(phrase: str) -> str:
    """The head of a noun phrase, its owner and modifiers left out: 'housing offer' of
    "the council's housing offer for young people leaving care"."""
    return " ".join(_OWNER.sub(" ", _MODIFIERS.sub("", phrase)).split())


def groups(phrase: str) -> frozenset[str]:
    """The groups of referents the head of ``phrase`` names ('leaders' and 'staff' for
    'the director and her leadership team')."""
    words = head(phrase)
    return frozenset(name for name, pattern in _GROUP.items() if pattern.search(words))


def named(text: str) -> frozenset[str]:
    """The groups of referents ``text`` names anywhere, not only at its head ('staff' and
    'children' for 'Care leavers benefit from a committed team of personal advisers')."""
    return frozenset(name for name, pattern in _GROUP.items() if pattern.search(text))
