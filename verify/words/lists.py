"""Lists a release sums findings up in: the lead that opens one and the items it names.

Real releases sum up several of a report's findings in one sentence: 'Among the strengths
singled out are A, B and C', 'These include A, and B', 'some bright spots, including A, B
and C', 'Its findings include A, B and C'. ``LIST_LEAD`` is the lead that opens such a
list, and ``listed_items`` reads the things it names, one noun phrase each, so that each
can be looked for in the report on its own (``check.finding.items``).
"""

from __future__ import annotations

import re

LIST_LEAD = re.compile(
    r"\b(?:includ(?:e|es|ed|ing)"
    r"|among\s+(?:them|these|those|others|the\s+[\w’' -]{1,40}?)\s+(?:are|were|is|was)"
    r"|(?:singled\s+out|highlighted|identified|noted|praised|listed)\s+(?:are|were|include)"
    r")\s+",
    re.I,
)
"""The words opening a list of what the report found: 'include(s)', 'including', 'Among
them are', 'Among the strengths singled out are'. What follows is the list; what comes
before names it ('bright spots', 'the strengths')."""

_SEPARATOR = re.compile(r",\s+|;\s+|\s+along\s+with\s+|\s+as\s+well\s+as\s+", re.I)
_LAST_AND = re.compile(r"\s+and\s+", re.I)
_CONJUNCTION = re.compile(r"^(?:and|or)\s+", re.I)
_ENDS_ON_LINK = re.compile(
    r"\b(?:for|of|to|in|on|with|by|from|at|about|the|a|an|and|or|their|its)\s*$", re.I
)
_WORD = re.compile(r"[\w’'-]+")
_OWN_MIN = 2
"""The fewest words an item names ('a very active children in care council'): a lone
adjective before 'and' ('a hard-working and resilient workforce') is part of the item
after it, not one of its own."""


DENYING = re.compile(
    r"\b(?:not|no|never|none|nor|cannot|without|absence|absent|lack|lacking|free\s+(?:of|from))\b"
    r"|n[’']t\b",
    re.I,
)
"""Words by which an item of a list denies what it names ('no waiting for early help',
'the absence of any unregistered homes', 'without delay'): such an item tells the report's
criticism the other way, or its praise, and is no thing to look for in a sentence of its
own."""


def listed_items(text: str) -> list[str]:
    """The things a list in ``text`` names after its lead (``LIST_LEAD``), in order: split
    at commas, semicolons, 'along with', 'as well as', and the last part at an 'and'
    joining two phrases of at least ``_OWN_MIN`` words whose first does not end on a
    preposition or article ('the increased demand for and cost of services' is one); an
    empty list when ``text`` opens no list (``_names_a_list``) or names fewer than two
    things."""
    lead = LIST_LEAD.search(text)
    if lead is None or not _names_a_list(text[: lead.start()], lead.group()):
        return []
    rest = text[lead.end() :].strip().rstrip(".!?;: ").strip()
    parts = [p.strip() for p in _SEPARATOR.split(rest) if p.strip()]
    if parts:
        parts = parts[:-1] + _split_last(parts[-1])
    items = [_CONJUNCTION.sub("", p).strip() for p in parts]
    items = [i for i in items if len(_WORD.findall(i)) >= _OWN_MIN]
    return items if len(items) >= 2 else []


_ASIDE_LEAD = re.compile(r"^including\b", re.I)
_ASIDE_OWNER_MIN = 3
"""The fewest words before an 'including' that opens a list rather than an aside inside the
sentence's subject ('Children, including care leavers and disabled children, get timely
help': its 'items' would be the subject's examples and the sentence's own verb)."""


def _names_a_list(before: str, lead: str) -> bool:
    """True when the words before the lead name a list of findings: not denied or limited
    ('Not all children, including ...': each item found would not support the whole), and
    for an 'including', a clause of their own before it, not a subject the list is an aside
    in (session 22 review)."""
    if DENYING.search(before):
        return False
    return not _ASIDE_LEAD.match(lead) or len(_WORD.findall(before)) >= _ASIDE_OWNER_MIN


def _split_last(part: str) -> list[str]:
    """The last part of a list, split at the 'and' that joins its last two items ('the
    very low use of temporary staff and the council's decision to ...'), kept whole when
    either side is too short to be an item or the first ends on a link word."""
    for joint in _LAST_AND.finditer(part):
        left, right = part[: joint.start()].strip(), part[joint.end() :].strip()
        if (
            len(_WORD.findall(left)) >= _OWN_MIN
            and len(_WORD.findall(right)) >= _OWN_MIN
            and not _ENDS_ON_LINK.search(left)
            and not re.fullmatch(r"(?:an?|the)?\s*[\w’'-]+", left, re.I)
        ):
            return [left, right]
    return [part]
