"""The one sentence splitter for report passages and release text.

A sentence ends at . ! ? (optionally closed by a quote or bracket) before a capital, a
digit or an opening mark; 'Cllr. Smith' style abbreviations are rare in both.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

SENTENCE_END = re.compile(r"(?<=[.!?])['’\")]?\s+(?=[A-Z0-9‘“'\"(])")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of ``text[start:end]``, surrounding spaces included."""
    end = len(text) if end is None else end
    begin = start
    for m in SENTENCE_END.finditer(text, start, end):
        yield begin, m.start()
        begin = m.end()
    if begin < end:
        yield begin, end


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text``, stripped, empty ones dropped."""
    return [s for a, b in sentence_spans(text) if (s := text[a:b].strip())]
