"""``authorities``, the ``claim_authorities`` stage: the council each claim is about, the
one its sentence names or the one named last before it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from verify.extract.text import Sentence
from verify.words.councils import authorities_in, names_many_councils


def authorities(text: str, sents: Sequence[Sentence], starts: Sequence[int]) -> list[str | None]:
    """For each claim start, the council its sentence names, or the one named last
    before it (the subject carries on until another council, or several, are named)."""
    councils: list[str | None] = []
    council: str | None = None
    for sent in sents:
        words = text[sent.start : sent.end]
        names = authorities_in(words)
        many = len(names) > 1 or names_many_councils(words)
        council = None if many else (names[0] if names else council)
        councils.append(council)
    sent_starts = [sent.start for sent in sents]
    found = []
    for start in starts:
        i = bisect_right(sent_starts, start) - 1
        found.append(councils[i] if i >= 0 else None)
    return found
