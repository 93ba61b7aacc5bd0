"""The release read once per check (``check.release_index``) answers as the whole-text
reading it replaced, kept here as the reference: generated hostile texts (case pairs
across ASCII and not, apostrophes, recurring words, sentence marks), every offset."""

from __future__ import annotations

import random
import re
from itertools import islice

from verify.check.quote import speakers
from verify.check.release_index import ReleaseIndex
from verify.match import tokens
from verify.types import Claim
from verify.words.sentences import sentence_spans
from verify.words.speakers import mentions_inspectors

_WORDS = (
    "care",
    "Care",
    "CARE",
    "leavers",
    "children’s",
    "children's",
    "childrens",
    "kind",
    "\u212aind",  # the Kelvin sign, matched by 'k' ignoring case
    "\u017fafe",  # the long s, matched by 's'
    "safe",
    "\u0130n",  # a capital dotted I, whose lower case is two characters
    "in",
    "organization",
    "organisation",
    "Ashbury",
    "ashbury",
    "Inspectors",
    "Cllr Lee said",
    "2024",
    "x_y",
    "é",
)
_GAPS = (" ", " ", ", ", ". ", "! ", ".” ", "\n", "\n\n", "’", "-", "_", "? ")


def _text(rng: random.Random, words: int = 120) -> str:
    return "".join(rng.choice(_WORDS) + rng.choice(_GAPS) for _ in range(words))


def _claim(text: str, start: int, end: int) -> Claim:
    return Claim(id="c1", kind="quote", text=text[start:end], start=start, end=end)


def _searched_elsewhere(claim: Claim, text: str) -> str | None:
    """What ``_given_elsewhere`` read before: the quotation's words searched for in all
    of the text, once per quotation."""
    words = [re.escape(t.form) for t in tokens(claim.text)]
    if len(words) < 2:
        return None
    pattern = re.compile(r"\b" + r"\W+".join(words) + r"\b", re.IGNORECASE)
    elsewhere = (m for m in pattern.finditer(text) if not claim.start <= m.start() < claim.end)
    for m in islice(elsewhere, speakers._ELSEWHERE_MOST):
        start, end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        end = len(text) if end < 0 else end
        reach = speakers._PARAGRAPH_REACH
        start, end = max(start, m.start() - reach), min(end, m.end() + reach)
        if not mentions_inspectors(text[start : m.start()] + " " + text[m.end() : end]):
            return " ".join(text[start:end].split())
    return None


def test_words_found_elsewhere_are_those_the_whole_text_search_found():
    """Every match of a quotation's words, in order, as ``finditer`` over the whole text
    gave them, and the paragraph ``_given_elsewhere`` reads from them."""
    seen = set()
    for seed in range(40):
        rng = random.Random(seed)
        text = _text(rng)
        index = ReleaseIndex(text)
        for _ in range(40):
            start = rng.randrange(len(text))
            end = min(len(text), start + rng.randrange(3, 40))
            claim = _claim(text, start, end)
            forms = [t.form for t in tokens(claim.text)]
            if len(forms) >= 2:
                joined = r"\W+".join(map(re.escape, forms))
                pattern = re.compile(rf"\b{joined}\b", re.IGNORECASE)
                spans = [m.span() for m in index.finditer(pattern, forms)]
                assert spans == [m.span() for m in pattern.finditer(text)], (seed, start, end)
                seen.add(bool(spans))
            expected = _searched_elsewhere(claim, text)
            assert speakers._given_elsewhere(claim, index) == expected, (seed, start, end)
    assert seen == {True, False}


def test_words_recurring_in_every_place_are_matched_without_overlap():
    """A quotation whose words overlap themselves ('care care' in 'care care care'): the
    whole-text search resumes after each match, and so does the lookup."""
    text = "care care care. Care care! care\n" * 5
    pattern = re.compile(r"\bcare\W+care\b", re.IGNORECASE)
    index = ReleaseIndex(text)
    assert [m.span() for m in index.finditer(pattern, ["care", "care"])] == [
        m.span() for m in pattern.finditer(text)
    ]


def _last_sentence_of_copy(before: str) -> str:
    """What ``national.read_claim`` read before: the last sentence of a copy of all of
    the release before the claim."""
    spans = [(a, b) for a, b in sentence_spans(before) if before[a:b].strip()]
    return before[slice(*spans[-1])] if spans else ""


def test_last_sentence_before_every_offset_is_that_of_the_copy():
    for seed in range(25):
        text = _text(random.Random(seed), 60)
        index = ReleaseIndex(text)
        for end in range(len(text) + 1):
            assert index.last_sentence(end) == _last_sentence_of_copy(text[:end]), (seed, end)


def _mentions_in_copy(text: str, key: str) -> int:
    """What ``route`` read before: the council's mentions in a lower-cased copy of all the
    release before the claim, the last one."""
    return max((m.start() for m in re.finditer(re.escape(key), text.lower())), default=-1)


def test_last_mention_before_every_offset_is_that_of_the_copy():
    """Councils named anywhere, overlapping ('ashbury ashbury'), and in a text whose lower
    case is longer than it (the capital dotted I): the last one before each offset."""
    for seed in range(25):
        rng = random.Random(seed)
        text = _text(rng, 60)
        if seed % 5:  # most texts keep their length in lower case
            text = text.replace("\u0130", "I")
        index = ReleaseIndex(text)
        for key in ("ashbury", "care care", "in", "ashbury’s"):
            for end in range(len(text) + 1):
                expected = _mentions_in_copy(text[:end], key)
                assert index.last_mention(key, end) == expected, (seed, key, end)


def test_line_bounds_at_every_offset_are_those_a_search_for_newlines_finds():
    """The line holding each offset, newlines excluded, as searching back and on for a
    newline from it found (the quote speakers' reading before the index owned the
    newlines), the last line without a newline after it included."""
    for seed in range(25):
        text = _text(random.Random(seed), 60) + ("" if seed % 2 else "\n")
        index = ReleaseIndex(text)
        for at in range(len(text) + 1):
            end = text.find("\n", at)
            expected = (text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end)
            assert index.line_bounds(at, at) == expected, (seed, at)
