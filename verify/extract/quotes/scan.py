"""``find_quotes``: one pass over a release's marks, keeping the quotation open, one of
the other kind nested in it, and those of its own kind nested in it, and asking the
modules before it what each mark and paragraph break does."""

from __future__ import annotations

from verify.extract.quotes.blocks import _unmarked_blocks
from verify.extract.quotes.match import QuoteMatch, _finish, _Open, _trim
from verify.extract.quotes.nested import _nested_quotation
from verify.extract.quotes.paragraphs import _closing_below, _reopening, _speech_going_on
from verify.extract.quotes.roles import _DOUBLE, mark_role, scan_marks
from verify.extract.quotes.strays import _nested_same, _orphan_close, _possessive, _slipped
from verify.extract.quotes.tables import _MarkRoles
from verify.extract.text import Furniture
from verify.words.marks import MARKS


def _end_of(found: list[QuoteMatch]) -> int:
    """Where the quotations found so far end: an orphan closing mark reaches back no
    further ('a ‘a a‘”' gave the orphan's quotation from the start, over the single one
    closed inside it: pieces out of order)."""
    return max((end for q in found for _, end in q.pieces), default=0)


def find_quotes(text: str) -> list[QuoteMatch]:
    """Every quotation and quoted term in ``text``, in order of their start."""
    original, text = text, scan_marks(text)
    roles = _MarkRoles(text)
    found: list[QuoteMatch] = []
    outer: _Open | None = None
    inner: str | None = None  # the other kind of quote, nested inside ``outer``
    same: list[int] = []  # where quotes of ``outer``'s own kind nested in it opened, still open
    last_double = -1  # where the last double mark was: only a paragraph's first is an orphan
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in MARKS and outer is not None and inner is None and _slipped(text, i, outer.kind):
            outer.pieces.append((outer.start, i))
            found.append(_finish(original, outer, closed=True))
            outer, same = None, []
            last_double = i if ch in _DOUBLE else last_double
        elif ch == "\n" and outer is not None:
            outer.pieces.append(_trim(text, outer.start, i))
            reopen = _reopening(text, i)
            going_on = _speech_going_on(text, i) if reopen is None else None
            if going_on is None and reopen is None:
                going_on = _closing_below(text, i, outer.kind, roles)
            if going_on is not None:
                outer.start, inner, same = going_on, None, []
                i = going_on
                continue
            if reopen is None:
                found.append(_finish(original, outer, closed=False))
                outer, inner, same = None, None, []
            else:
                outer.start, inner, same = reopen + 1, None, []
                i = reopen + 1
                continue
        elif ch in MARKS:
            role = mark_role(text, i, frozenset(k for k in (inner, outer and outer.kind) if k))
            first_double = ch in _DOUBLE and (last_double < 0 or "\n" in text[last_double:i])
            last_double = i if ch in _DOUBLE else last_double
            orphan = _orphan_close(text, i) if first_double and not role and not outer else None
            if orphan is not None and orphan >= _end_of(found):
                found.append(_finish(original, _Open("double", orphan, [(orphan, i)]), True))
            if role is not None:
                kind, job = role
                if outer is None:
                    if job == "open":
                        outer = _Open(kind, i + 1)
                elif job == "close" and _possessive(text, i, kind, roles):
                    pass  # councils’ partners: an apostrophe, the quote closes later
                elif kind != outer.kind:
                    if job == "close" and inner == kind and outer.inner >= 0:
                        nested = _nested_quotation(original, outer, outer.inner + 1, i)
                        found += [nested] if nested is not None else []
                    inner = kind if job == "open" else None
                    outer.inner = i if job == "open" else -1
                elif job == "close" and same:
                    nested = _nested_quotation(original, outer, same.pop() + 1, i)
                    found += [nested] if nested is not None else []
                elif job == "close":
                    outer.pieces.append((outer.start, i))
                    found.append(_finish(original, outer, closed=True))
                    outer, inner = None, None
                elif i > outer.start and _nested_same(text, i, kind, roles):
                    same.append(i)
                elif i > outer.start:
                    # an opening mark while one is open: the first was never closed
                    outer.pieces.append(_trim(text, outer.start, i))
                    found.append(_finish(original, outer, closed=False))
                    outer, inner = _Open(kind, i + 1), None
        i += 1
    if outer is not None:
        outer.pieces.append(_trim(text, outer.start, n))
        found.append(_finish(original, outer, closed=False))
    found += _unmarked_blocks(original)
    in_furniture = Furniture(original)
    kept = (q for q in found if q.pieces and not in_furniture(q.start))
    return sorted(kept, key=lambda q: q.start)
