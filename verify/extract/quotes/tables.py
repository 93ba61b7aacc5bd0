"""The jobs of a text's marks tabulated once, so that asking whether the rest of a
paragraph closes a quotation takes one look, not a walk (a release pasted as one
paragraph with stray marks made the walk quadratic)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate

from verify.extract.quotes.roles import mark_role
from verify.words.marks import MARKS
from verify.words.sentences import newlines


def _paragraph_roles(text: str, start: int, kind: str):
    """The jobs ('open'/'close') of the marks of ``kind`` from ``start`` to the end of
    the paragraph, in order, read as if a quote of that kind were open; apostrophes
    are skipped. The one reading ``_MarkRoles`` tabulates for the whole text."""
    end = text.find("\n", start)
    for j in range(start, len(text) if end < 0 else end):
        if text[j] in MARKS:
            role = mark_role(text, j, frozenset({kind}))
            if role is not None and role[0] == kind:
                yield role[1]


class _MarkRoles:
    """``_paragraph_roles`` of one text for every mark at once, read lazily per kind.

    A mark's job read as if a quote of its kind were open depends on the text alone, so
    it is read once; the depth each job leaves (+1 open, -1 close) is summed along the
    text, and a suffix minimum of those sums within each paragraph tells in one look
    whether the marks after an opening one ever close it and its outer quote. Walking
    the rest of the paragraph from every such mark made extraction quadratic in the
    length of a release pasted as one paragraph with stray marks."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._tables: dict[str, _RoleTable] = {}

    def _table(self, kind: str) -> _RoleTable:
        if kind not in self._tables:
            self._tables[kind] = _RoleTable(self._text, kind)
        return self._tables[kind]

    def first(self, start: int, kind: str) -> str | None:
        """The first job from ``start`` to the end of its paragraph, None when none."""
        table = self._table(kind)
        a = bisect_left(table.at, start)
        if a < len(table.at) and table.paragraph[a] == table.paragraph_of(start):
            return "open" if table.step[a] > 0 else "close"
        return None

    def nested_same(self, i: int, kind: str) -> tuple[bool, int]:
        """For the opening mark at ``i``: (whether, read from two open quotes, the jobs
        after it in its paragraph close both, the depth left at the paragraph's end)."""
        table = self._table(kind)
        a = bisect_right(table.at, i)
        if a == len(table.at) or table.paragraph[a] != table.paragraph_of(i + 1):
            return False, 2
        base = table.depth[a - 1] if a else 0
        last = table.last_in_paragraph[a]
        return table.lowest_after[a] <= base - 2, 2 + table.depth[last] - base


class _RoleTable:
    """The marks of ``kind`` that have a job (``at``), each job's step and the depth
    summed after it (``depth``), its paragraph, the index of its paragraph's last job,
    and the lowest depth from it to that last job (``lowest_after``)."""

    def __init__(self, text: str, kind: str) -> None:
        self.newlines = newlines(text)
        self.at: list[int] = []
        self.step: list[int] = []
        open_kinds = frozenset({kind})
        for m in _A_MARK.finditer(text):
            role = mark_role(text, m.start(), open_kinds)
            if role is not None and role[0] == kind:
                self.at.append(m.start())
                self.step.append(1 if role[1] == "open" else -1)
        self.paragraph = [bisect_left(self.newlines, j) for j in self.at]
        self.depth = list(accumulate(self.step))
        n = len(self.at)
        self.lowest_after = [0] * n
        self.last_in_paragraph = [0] * n
        for r in range(n - 1, -1, -1):
            same = r + 1 < n and self.paragraph[r + 1] == self.paragraph[r]
            low = min(self.depth[r], self.lowest_after[r + 1]) if same else self.depth[r]
            self.lowest_after[r] = low
            self.last_in_paragraph[r] = self.last_in_paragraph[r + 1] if same else r

    def paragraph_of(self, at: int) -> int:
        """The paragraph holding offset ``at``: the number of newlines before it."""
        return bisect_left(self.newlines, at)


_A_MARK = re.compile("[" + re.escape(MARKS) + "]")
