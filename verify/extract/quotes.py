"""Find quotations in release text: a pure matcher from text to quote spans.

Quote marks in press releases are curly or straight, single or double, often
unbalanced, and share a glyph with the apostrophe (children’s, councils’). The
scanner decides each mark's job from its neighbours, lets the other kind of mark
nest inside an open quote, and follows the British convention for quotes that run
over several paragraphs: each new paragraph reopens the quote without the previous
one being closed. Quoted terms (‘Good’, “judgement areas”) are kept apart from
quotations so that a grade word in quote marks is never checked as a quote; any
other quoted word, even one alone (a service found “strong”), is a quotation.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate

from verify.extract.lexicon import is_term_phrase
from verify.extract.text import LIST_MARKER, Furniture
from verify.words.marks import (
    DOUBLE_BOTH,
    DOUBLE_CLOSE,
    DOUBLE_OPEN,
    MARKS,
    PRIMES,
    SINGLE_BOTH,
    SINGLE_CLOSE,
    SINGLE_OPEN,
)
from verify.words.sentences import newlines
from verify.words.speakers import (
    ACCORDING_TO,
    FINDING_VERBS,
    INSPECTORS_SOURCE,
    JUDGING_VERBS,
    SAYING_VERBS,
    role_of,
)

_DOUBLE = DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_BOTH
_LEAD_SPACE = " \t\n([{—–-/:*_"
"""What may come before a straight mark that opens a quote (``*`` and ``_`` open
Markdown's emphasis: _'like this'_)."""
_PIECE_TRIM = " \t\n"
_ELIDED_CENTURY = re.compile(r"\d0s\b")
"""A decade after an apostrophe that stands for its century left out (the '90s); a
quotation may open on a number ('20 children waited too long')."""
_ABBREVIATION_LETTERS = 5
# Paragraphs an unclosed quotation may run over, its opening marks left out, to the
# paragraph whose first mark closes it.
_CARRY_PARAGRAPHS = 3
# Words a quotation closed but never opened must hold to be read as one.
_ORPHAN_MIN_WORDS = 3
# Characters after an opening mark set off by a space in which its closing mark is
# looked for (a bound, so that a line of stray marks is read in linear time).
_SPACED_REACH = 600


@dataclass(frozen=True)
class QuoteMatch:
    """One quotation or quoted term: its pieces (without marks), one per paragraph.

    ``closed`` is False when the closing mark never came and the quote was ended
    at a paragraph break. ``term`` marks a short quoted term, not a quotation.
    """

    pieces: tuple[tuple[int, int], ...]
    closed: bool = True
    term: bool = False

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]


@dataclass
class _Open:
    kind: str  # "double" | "single"
    start: int
    pieces: list[tuple[int, int]] = field(default_factory=list)
    inner: int = -1  # where a quotation of the other kind nested inside opened


_GIVEN_TO_INSPECTORS = re.compile(
    rf"{INSPECTORS_SOURCE}[^.;:!?]{{0,60}}?\b(?:{FINDING_VERBS}|{JUDGING_VERBS}|{SAYING_VERBS})\b"
    r"[^.;!?]*$",
    re.I,
)
"""The words before a quotation nested in another, from the start of their sentence,
giving it to Ofsted or its report ("I am pleased that inspectors recognised our ‘…’",
"The report says that ‘…’", "Inspectors told us our staff ‘…’", "inspectors saw that our
officers work ‘…’")."""


_SENTENCE_REST = re.compile(r"[^.;!?\n]*")
_GIVEN_AFTER = re.compile(
    rf"{INSPECTORS_SOURCE}[^.;:!?“”‘’]{{0,30}}?\b(?:{FINDING_VERBS}|{SAYING_VERBS})\b", re.I
)
"""The words just after a nested quotation giving it to Ofsted or its report ("our staff
are ‘passionate’, inspectors said, and ...")."""


def _in_inspectors_words(words: str, first: bool = False) -> bool:
    """True when the last sentence of the words before a nested quotation names Ofsted or
    its report as their source without a verb ("In the inspectors’ words, ‘…’", "To quote
    the report, ‘…’", "As Ofsted put it, ‘…’"), or, ``first``, the words just after it
    open by naming them ("‘…’, according to Ofsted", "‘…’, as the report puts it")."""
    if first:
        m = ACCORDING_TO.match(words)
        return bool(m and m["source"] and role_of(m["source"]) == "inspectors")
    last = re.split(r"[.;!?]", words)[-1]
    return any(
        m["source"] and role_of(m["source"]) == "inspectors" for m in ACCORDING_TO.finditer(last)
    )


def _nested_quotation(text: str, outer: _Open, start: int, end: int) -> QuoteMatch | None:
    """The quotation nested in a speaker's own at ``start:end``, when the speaker gives it
    to Ofsted or its report: those are the report's words, a quotation of their own to
    check, while the words around them stay the speaker's. Any other nested quotation (a
    motto, a scare-quoted word, "the report's message isn't ‘start again’") is part of
    the speaker's words."""
    lead = text[outer.start : start - 1]
    trail = _SENTENCE_REST.match(text, end + 1).group().lstrip(" ,–—")
    given = _GIVEN_TO_INSPECTORS.search(lead) or _GIVEN_AFTER.match(trail)
    if not (given or _in_inspectors_words(lead) or _in_inspectors_words(trail, first=True)):
        return None
    return _finish(text, _Open("single", start, [(start, end)]), closed=True)


def mark_role(text: str, i: int, open_kinds: frozenset[str]) -> tuple[str, str] | None:
    """(kind, 'open'|'close') for the mark at ``i``, or None for an apostrophe/stray mark.

    ``open_kinds`` are the kinds of quote now open, since a mark that could close
    only closes a quote of its own kind (councils’ is an apostrophe otherwise).
    """
    ch = text[i]
    before = text[i - 1] if i else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    if ch in PRIMES and before.isdigit():
        return None
    kind = "double" if ch in DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_BOTH else "single"
    lead = before in _LEAD_SPACE or before in MARKS
    trail = after.isspace() or not after.isalnum()
    if kind == "single" and before.isalnum() and after.isalnum():
        return None  # children’s, don't, and children‘s or council`s with the wrong glyph
    if kind == "single" and _ELIDED_CENTURY.match(text, i + 1):
        return None  # the '90s: the century left out
    if kind == "single" and before in DOUBLE_CLOSE + DOUBLE_BOTH and _possessive_s(text, i):
        return None  # the “children’s hub”’s partners: a quoted name's possessive
    if ch in "“‘" and kind in open_kinds and not lead and trail:
        return kind, "close"  # „German style“: the low mark opens, the high one closes
    if ch in DOUBLE_OPEN + SINGLE_OPEN:
        return (kind, "open") if not after.isspace() or _spaced_open(text, i) else None
    if ch in DOUBLE_CLOSE + SINGLE_CLOSE:
        if kind in open_kinds and not (lead and after.isalnum()):
            return kind, "close"
        if lead and after.isalnum():
            return kind, "open"  # a closing glyph used to open: ”Good”
        return None  # councils’ with no single quote open
    # straight marks: direction from the neighbours
    if kind in open_kinds and before in DOUBLE_CLOSE + SINGLE_CLOSE and not after.isalnum():
        return kind, "close"  # “… ‘these are our children’", and …: after a nested close
    if kind in open_kinds and after in _CLOSING_PUNCTUATION:
        return kind, "close"  # “… called 'Pause'", which: a stop or comma after it opens nothing
    if lead and not after.isspace() and after != "\n":
        return kind, "open"
    if kind in open_kinds and (trail or not lead):
        return kind, "close"
    if kind == "double" and after.isalnum():
        return kind, "open"  # said"We ...: a space left out (never an apostrophe)
    if kind == "double" and lead and _spaced_straight(text, i):
        return kind, "open"  # said: " Services are good." (a space slipped in)
    return None


_CLOSING_PUNCTUATION = ",.;:!?)]"
"""Punctuation a straight mark of an open quotation's kind stands before only when it
closes it ('... called 'Pause'", which ...': after a nested quotation's straight close it
was read as opening another, which ran on over the release's own words; session 22,
quotes22, misattributed)."""


def _spaced_straight(text: str, i: int) -> bool:
    """True when the straight double mark at ``i``, followed by a space and a word, opens
    a quotation: the rest of its paragraph holds an odd number of such marks (its
    closing one among them)."""
    if text[i + 1 : i + 2] != " " or not text[i + 2 : i + 3].isalnum():
        return False
    end = text.find("\n", i, i + _SPACED_REACH)
    return text[i + 1 : i + _SPACED_REACH if end < 0 else end].count('"') % 2 == 1


def _possessive_s(text: str, i: int) -> bool:
    """True when the mark at ``i`` is followed by an 's' that ends the word."""
    return text[i + 1 : i + 2] == "s" and not text[i + 2 : i + 3].isalnum()


def _spaced_open(text: str, i: int) -> bool:
    """True when the opening glyph at ``i`` is followed by a space yet opens a quotation
    set off by spaces (‘ typically superficial ’, as some editors and non-breaking
    spaces leave it): a word follows the space, and a closing glyph of its kind comes
    after a space later in the paragraph."""
    if text[i + 1 : i + 2] != " " or not text[i + 2 : i + 3].isalnum():
        return False
    closing = DOUBLE_CLOSE if text[i] in DOUBLE_OPEN else SINGLE_CLOSE
    end = text.find("\n", i, i + _SPACED_REACH)
    rest = text[i + 2 : i + _SPACED_REACH if end < 0 else end]
    return any(f" {mark}" in rest for mark in closing)


_DOUBLED_OPEN = re.compile(r"``|‘‘|‚‚|(?<![\w'])''(?=\w)")
_DOUBLED_CLOSE = re.compile(r"(?<=\S)(?:''|’’)")


def scan_marks(text: str) -> str:
    """``text`` with each doubled single mark standing for a double one (typewriter and
    TeX style: ``like this'') written as one double mark beside a space, so that the
    scanner reads it as one mark; the length is kept, so offsets hold."""
    text = _DOUBLED_OPEN.sub(" “", text)
    return _DOUBLED_CLOSE.sub("” ", text)


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
            if orphan is not None:
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


_SAID_COLON = re.compile(
    rf"\b(?:{SAYING_VERBS}|continued|continues|went on|goes on)(?:\s+that)?:$", re.I
)
"""An introduction ending in a verb of saying and a colon ("The watchdog’s report said:",
"Jo Park, chief executive of the trust, said:")."""
_INTRO_MAX_WORDS = 16
_BLOCK_MIN_WORDS = 5
_QUOTING_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_BOTH + SINGLE_OPEN
"""Marks that open or close a quotation (’ and ' are apostrophes as often)."""


def _unmarked_blocks(text: str) -> list[QuoteMatch]:
    """Quotations set apart by layout alone: the paragraph after an introduction of its
    own that ends in a verb of saying and a colon, written with no quotation mark (a
    block quotation whose indent or italics the copy lost), and the paragraphs after it
    that carry on in the speaker's first person; or the lines after it quoted with '>'.
    Not a list item, a heading or a paragraph holding marks of its own (the marked
    quotation is the one to read)."""
    found = []
    for intro in re.finditer(r"[^\n]+", text):
        line = intro.group().rstrip()
        if len(line.split()) > _INTRO_MAX_WORDS or not _SAID_COLON.search(line):
            continue
        start = _next_paragraph(text, intro.end())
        quoted = _QUOTED_LINE.match(text, start)
        start = quoted.end() if quoted else start
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        block = text[start:end].rstrip()
        if (
            not block
            or LIST_MARKER.match(block)
            or block[-1] not in ".!?"
            or len(block.split()) < _BLOCK_MIN_WORDS
            or any(m in block for m in _QUOTING_MARKS)
        ):
            continue
        pieces = [(start, start + len(block))]
        while end < len(text) and (going_on := _block_going_on(text, end, bool(quoted))):
            end = text.find("\n", going_on)
            end = len(text) if end < 0 else end
            pieces.append(_trim(text, going_on, end))
        found.append(_finish(text, _Open("double", start, pieces), closed=True))
    return found


_QUOTED_LINE = re.compile(r"[ \t]*>[ \t]+")
"""A line quoted the way Markdown and e-mail set a block quotation apart ("> The
oversight of elective home education is a strength ...")."""


def _block_going_on(text: str, newline: int, quoted: bool) -> int | None:
    """Where the next paragraph of an unmarked block quotation starts, if it goes on: a
    line quoted with '>' after one, else the speaker's own first person."""
    if not quoted:
        return _speech_going_on(text, newline)
    line = _QUOTED_LINE.match(text, _next_paragraph(text, newline))
    return line.end() if line else None


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


def _closing_below(text: str, newline: int, kind: str, roles: _MarkRoles) -> int | None:
    """Where the next paragraph starts when it carries on an unclosed double quotation
    whose opening marks were left out: the first double mark in the next few
    paragraphs closes a quote (“Assessments are timely. / Plans are clear. / Children
    are safer.” with only the first and last marks). None otherwise, and always for
    single marks (an apostrophe there is too common)."""
    if kind != "double":
        return None
    start = j = _next_paragraph(text, newline)
    for _ in range(_CARRY_PARAGRAPHS):
        if j >= len(text) or LIST_MARKER.match(text, j):
            return None
        first = roles.first(j, kind)
        if first is not None:
            return start if first == "close" else None
        end = text.find("\n", j)
        if end < 0:
            return None
        j = _next_paragraph(text, end)
    return None


def _next_paragraph(text: str, newline: int) -> int:
    while newline < len(text) and text[newline] in "\n \t":
        newline += 1
    return newline


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


def _reopening(text: str, newline: int) -> int | None:
    """Index of the opening mark that starts the next paragraph, if it reopens a quote.

    The next paragraph may begin with a bullet marker before the mark.
    """
    j = newline
    while j < len(text) and text[j] == "\n":
        j += 1
    marker = LIST_MARKER.match(text, j)
    j = marker.end() if marker else j
    if j < len(text) and text[j] in DOUBLE_OPEN + SINGLE_OPEN + DOUBLE_BOTH + SINGLE_BOTH:
        role = mark_role(text, j, frozenset())
        if role is not None and role[1] == "open":
            return j
    return None


_FIRST_PERSON_START = re.compile(r"(?:We|I|Our|My)\b")


def _speech_going_on(text: str, newline: int) -> int | None:
    """Where the next paragraph starts when it carries on an unclosed quotation with its
    opening mark left out: the speaker's own first person ("We have increased ..."),
    no quotation marks of its own. None otherwise."""
    j = newline
    while j < len(text) and text[j] in "\n \t":
        j += 1
    end = text.find("\n", j)
    paragraph = text[j : len(text) if end < 0 else end]
    marks = DOUBLE_OPEN + DOUBLE_CLOSE + DOUBLE_BOTH + SINGLE_OPEN  # apostrophes aside
    if _FIRST_PERSON_START.match(paragraph) and not any(m in paragraph for m in marks):
        return j
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _PIECE_TRIM:
        start += 1
    while end > start and text[end - 1] in _PIECE_TRIM:
        end -= 1
    return start, end


def _finish(text: str, quote: _Open, closed: bool) -> QuoteMatch:
    pieces = tuple(_trim(text, s, e) for s, e in quote.pieces)
    pieces = tuple(p for p in pieces if p[1] > p[0])
    words = " ".join(text[s:e] for s, e in pieces)
    jargon = _is_abbreviation(words) and not _in_capitals(text, pieces[0]) if pieces else False
    scare = bool(pieces) and _SO_CALLED.search(text, max(0, pieces[0][0] - 12), pieces[0][0] - 1)
    return QuoteMatch(pieces, closed, term=is_term_phrase(words) or jargon or bool(scare))


_SO_CALLED = re.compile(r"\bso[- ]called\s*$", re.I)
"""The words before a scare quote ("the council's so-called “front door”"): the writer
keeps their distance from a name, quoting no one, so it is a term, never a quotation."""


def _is_abbreviation(words: str) -> bool:
    """A quoted abbreviation (‘RI’, “LSCB”) is jargon, not a quotation to check."""
    return words.isupper() and words.isalpha() and len(words) <= _ABBREVIATION_LETTERS


_CAPITALS_MIN_WORDS = 3


def _in_capitals(text: str, piece: tuple[int, int]) -> bool:
    """True when the line around a quoted word is set in capitals ("OFSTED: CHILDREN
    'SAFE' IN SUTTON"): a word in capitals there is a word, not an abbreviation."""
    start = text.rfind("\n", 0, piece[0]) + 1
    end = text.find("\n", piece[1])
    line = text[start : len(text) if end < 0 else end]
    words = re.findall(r"[^\W\d_]{2,}", line[: piece[0] - start] + " " + line[piece[1] - start :])
    return len(words) >= _CAPITALS_MIN_WORDS and all(w.isupper() for w in words)
