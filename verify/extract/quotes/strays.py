"""Marks that break the plain pairing of an opening mark with a closing one of its kind:
a closing mark of the other kind slipped in, a closing mark whose opening one was left
out, a plural possessive that could close a single quotation, and a mark of the open
quotation's own kind that opens one nested inside it."""

from __future__ import annotations

import re

from verify.extract.quotes.paragraphs import _reopening
from verify.extract.quotes.roles import _DOUBLE, mark_role
from verify.extract.quotes.tables import _MarkRoles
from verify.words.marks import DOUBLE_BOTH, DOUBLE_CLOSE, MARKS, SINGLE_BOTH, SINGLE_CLOSE

# Words a quotation closed but never opened must hold to be read as one.
_ORPHAN_MIN_WORDS = 3


def _slipped(text: str, i: int, kind: str) -> bool:
    """True when the mark at ``i``, of the other kind than the open quotation's ``kind``,
    closes it: a slip of the keyboard (‘… well embedded.” Managers …, “… were
    effective’.). It stands after a word or its stop and before a space, a stop or the
    paragraph's end; it is no apostrophe (a plural possessive, ‘the councils’ partners’,
    unless only stops follow; ‘Children’ s’) nor inches (6" long); and the open
    quotation's own kind closes nowhere after it in the paragraph before another opens
    (else it is a stray mark inside the quotation). The quotation ran on to its
    paragraph's end, or was spliced to the next one, before."""
    ch = text[i]
    if ch not in DOUBLE_CLOSE + DOUBLE_BOTH + SINGLE_CLOSE + SINGLE_BOTH:
        return False
    other = "double" if ch in _DOUBLE else "single"
    before, rest = text[i - 1 : i], text[i + 1 : i + 4]
    if other == kind or not (before.isalnum() or before in ".,!?") or before.isdigit():
        return False
    if rest and not (rest[0].isspace() or rest[0] in ".,;:!?)"):
        return False
    end = text.find("\n", i)
    after = text[i + 1 : len(text) if end < 0 else end]
    if other == "single" and (
        re.match(r" [^\W\d_]\b", rest) or (before in "sS" and after.strip(" .,;:!?)"))
    ):
        return False
    for j in range(i + 1, i + 1 + len(after)):
        role = mark_role(text, j, frozenset({kind})) if text[j] in MARKS else None
        if role is not None and role[1] == "open":
            break
        if role is not None and role[0] == kind:
            return False
    return True


def _nested_same(text: str, i: int, kind: str, roles: _MarkRoles) -> bool:
    """True when the opening mark at ``i``, met while a quote of its own kind is open,
    opens a quote nested inside it (“the “front door” arrangements”, a writer turning
    the report's single marks into double ones): read as opening and closing in turn,
    the marks of its kind after it close it and then the outer quote in the paragraph
    (“Ofsted found “a strong team” and “good practice”.”), or close it and leave the
    outer quote open to run on into the next paragraph, which reopens it (British style:
    “… says we “work very hard”. That matters. then a new paragraph opening with a
    mark). Otherwise the first quote was never closed."""
    closed, depth = roles.nested_same(i, kind)
    if closed:
        return True
    end = text.find("\n", i)
    return depth == 1 and end >= 0 and _reopening(text, end) is not None


def _orphan_close(text: str, i: int) -> int | None:
    """Where a quotation starts whose opening mark was left out, for the double mark at
    ``i`` that closes none and is its paragraph's first double mark: after the
    paragraph's colon ('said: We are pleased."'), else at the paragraph's start, when
    at least ``_ORPHAN_MIN_WORDS`` words are. None otherwise."""
    before = text[i - 1 : i]
    if text[i] not in DOUBLE_CLOSE + DOUBLE_BOTH or not before.strip():
        return None
    if text[i] in DOUBLE_BOTH and before.isdigit():
        return None  # inches: 6" long
    start = text.rfind("\n", 0, i) + 1
    colon = text.rfind(": ", start, i)
    start = colon + 2 if colon >= 0 else start
    return start if len(text[start:i].split()) >= _ORPHAN_MIN_WORDS else None


def _possessive(text: str, i: int, kind: str, roles: _MarkRoles) -> bool:
    """True when the single mark at ``i`` that could close a quote ends a plural
    possessive instead (‘the councils’ partners work well’): after an 's', before a
    word, and the paragraph goes on to another mark that closes before any opens."""
    if kind != "single" or text[i - 1 : i] not in ("s", "S"):
        return False
    if not (text[i + 1 : i + 2] == " " and text[i + 2 : i + 3].isalnum()):
        return False
    return roles.first(i + 1, kind) == "close"
