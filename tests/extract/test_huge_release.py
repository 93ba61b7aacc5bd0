"""Extraction of a huge release in linear time: the tables that replace a walk per
sentence or per mark read exactly what the walk read (generated texts, every offset),
so a release pasted as one paragraph of megabytes is read as before, only faster."""

from __future__ import annotations

import random

from verify.extract.quotes import find_quotes
from verify.extract.quotes.tables import _MarkRoles, _paragraph_roles
from verify.extract.text import _LINK_TEASER, LinkLines

_PIECES = (
    "Inspectors said ",
    "“",
    "”",
    "‘",
    "’",
    '"',
    "'",
    "councils’ ",
    "children's ",
    "the '90s ",
    "s' ",
    " ",
    "good",
    "Leaders are ambitious. ",
    "\n",
    "\n\n",
    "• ",
    "Read more: ",
    "Related stories > ",
    '6" long ',
    "We are pleased. ",
    ": ",
)


def _hostile(seed: int, pieces: int = 600) -> str:
    """A text of marks, apostrophes, link lines and paragraphs in a random order."""
    rng = random.Random(seed)
    return "".join(rng.choice(_PIECES) for _ in range(pieces))


def _walked_nested_same(text: str, i: int, kind: str) -> tuple[bool, int | None]:
    """What ``_nested_same`` read before ``_MarkRoles``: a walk to the paragraph's end,
    which stops once both quotes close (the depth left is read only when they do not)."""
    depth = 2
    for job in _paragraph_roles(text, i + 1, kind):
        depth += 1 if job == "open" else -1
        if depth == 0:
            return True, None
    return False, depth


def _tabled_nested_same(roles: _MarkRoles, i: int, kind: str) -> tuple[bool, int | None]:
    closed, depth = roles.nested_same(i, kind)
    return closed, None if closed else depth


def test_link_lines_read_every_offset_as_the_search_back_did():
    for seed in range(20):
        text = _hostile(seed)
        on_line = LinkLines(text)
        assert [on_line(at) for at in range(len(text) + 1)] == [
            _searched_back(text, at) for at in range(len(text) + 1)
        ]


def _searched_back(text: str, at: int) -> bool:
    """The old reading, kept here as the reference: the line found by searching back for
    the newline from ``at`` (quadratic on a one-line release of megabytes)."""
    return bool(_LINK_TEASER.match(text, text.rfind("\n", 0, at) + 1))


def test_mark_roles_read_every_offset_as_the_walk_did():
    for seed in range(20):
        text = _hostile(seed)
        roles = _MarkRoles(text)
        for at in range(len(text)):
            for kind in ("single", "double"):
                walked = next(iter(_paragraph_roles(text, at, kind)), None)
                assert roles.first(at, kind) == walked, (seed, at, kind)
                tabled = _tabled_nested_same(roles, at, kind)
                assert tabled == _walked_nested_same(text, at, kind), (seed, at, kind)


def test_one_paragraph_reads_as_the_same_text_in_pieces():
    """A long line of repeated quotations gives each repeat the quotes one copy gives,
    shifted: nothing read from the whole paragraph changes a piece."""
    unit = "Inspectors said “leaders are “ambitious” and ‘proud’ of the councils’ work”. "
    one = [[(s, e) for s, e in q.pieces] for q in find_quotes(unit)]
    many = find_quotes(unit * 50)
    assert [[(s, e) for s, e in q.pieces] for q in many] == [
        [(s + k * len(unit), e + k * len(unit)) for s, e in piece]
        for k in range(50)
        for piece in one
    ]


_QUANTIFIED = (
    "all five areas ",
    "All but one ",
    "every judgement ",
    "each of the four areas ",
    "four of the five judgements ",
    "60 per cent ",
    "75% ",
    "sixty percent ",
    "half ",
    "Overall, ",
    "none of the four areas ",
    "No area ",
    "not one judgement ",
    "the only area ",
    "the vast majority of the judgement areas ",
    "two thirds of the categories ",
    "rated good across the board ",
    "in one area ",
    "one judgement was rated ",
    "The borough hosted its fair. ",
    "residents enjoyed it ",
    "good ",
    "outstanding ",
    "three ",
    "of the ",
    ", ",
)


def test_a_sentence_with_no_word_a_quantifier_needs_has_none():
    """``values.counts._quantifier`` reads a sentence with none of the words every reading of
    ``_QUANTIFIER`` holds as having no quantifier at a glance: on generated sentences and
    on every sentence of the test releases, the whole pattern finds one only where those
    words stand, and the answer is the same either way."""
    from pathlib import Path

    from verify.extract.values.counts import _QUANTIFIER, _QUANTIFIER_NEEDS, _quantifier
    from verify.words.sentences import sentence_spans

    rng = random.Random(20)
    sentences = ["".join(rng.choice(_QUANTIFIED) for _ in range(8)) for _ in range(1000)]
    data = Path(__file__).parents[1] / "data"
    for path in sorted(data.glob("stress_*/*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        sentences += [text[a:b] for a, b in sentence_spans(text, 0, len(text))]
    found = 0
    for sentence in sentences:
        if _QUANTIFIER.search(sentence):
            found += 1
            assert _QUANTIFIER_NEEDS.search(sentence), sentence
        else:
            assert _quantifier(sentence) == (None, None, None, None, None)
    assert found > 500
