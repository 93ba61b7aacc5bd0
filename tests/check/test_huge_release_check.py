"""Checking a huge release in linear time: the line and sentence of a claim are bisected,
not searched for from it, and read exactly as the search read them (generated texts,
every offset); a quotation's words recurring in a line of megabytes are read within a
bounded paragraph."""

from __future__ import annotations

import random

from verify.check import common
from verify.check.quote import speakers
from verify.check.release_index import ReleaseIndex
from verify.match import tokens
from verify.types import Claim
from verify.words.sentences import sentence_spans

_PIECES = (
    "Inspectors said ",
    "leaders are strong. ",
    "Plans work! ",
    "\n",
    "\n\n",
    " ",
    "“Good.” ",
)


def _text(seed: int) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(_PIECES) for _ in range(300))


def _claim(text: str, start: int, end: int) -> Claim:
    return Claim(id="c1", kind="quote", text=text[start:end], start=start, end=end)


def _searched_line(text: str, start: int, end: int) -> tuple[int, int]:
    """What ``line_around`` read before: a search back and forward from the claim."""
    after = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if after < 0 else after


def _searched_sentence(text: str, start: int, end: int) -> str:
    """What ``sentence_around`` read before: every sentence of the line looked through."""
    line_start, line_end = _searched_line(text, start, end)
    spans = list(sentence_spans(text, line_start, line_end))
    begin = max((a for a, _ in spans if a <= start), default=line_start)
    finish = min((b for _, b in spans if b >= end), default=line_end)
    return text[begin:finish].strip()


def test_line_bounds_read_every_offset_as_the_search_did():
    for seed in range(10):
        text = _text(seed)
        index = ReleaseIndex(text)
        for start in range(0, len(text), 7):
            for end in (start, min(len(text), start + 13)):
                assert index.line_bounds(start, end) == _searched_line(text, start, end)


def test_sentence_around_reads_every_offset_as_the_search_did():
    for seed in range(10):
        text = _text(seed)
        index = ReleaseIndex(text)
        for start in range(0, len(text), 5):
            claim = _claim(text, start, min(len(text), start + 9))
            assert common.sentence_around(index, claim) == _searched_sentence(
                text, claim.start, claim.end
            )


def test_words_given_elsewhere_in_a_huge_line_are_read_within_their_paragraph_reach():
    """The same words given to a councillor in a line of 60,000 characters: that
    paragraph is read within ``_PARAGRAPH_REACH`` of the words, not the whole line."""
    words = "the front door is working well for families"
    filler = "Leaders are strong and plans are clear. " * 750
    text = f"“{words}”\n{filler}Cllr Ann Lee said {words} today. {filler}\n"
    given = speakers._given_elsewhere(_claim(text, 1, 1 + len(words)), ReleaseIndex(text))
    assert given is not None and "Cllr Ann Lee said" in given
    assert len(given) <= 2 * speakers._PARAGRAPH_REACH + len(words) + 1


def _read_again(claim: Claim, text: str) -> bool:
    """What ``_echoes`` read before ``ReleaseIndex.said_outside``: the words of all the text but the
    quotation, read again for each quotation."""
    words = [t.form for t in tokens(claim.text)]
    rest = " " + " ".join(t.form for t in tokens(text[: claim.start] + " " + text[claim.end :]))
    n = speakers._ECHO_WORDS
    return any(f" {' '.join(words[i : i + n])} " in rest + " " for i in range(len(words) - n + 1))


def test_echoes_read_every_quotation_as_reading_the_rest_again_did():
    """Quotations starting and ending anywhere (inside a word, on an apostrophe) in texts
    of three words, so runs of five recur: the words outside are those read again."""
    vocabulary = ("care", "leavers", "children’s")
    seen = set()
    for seed in range(12):
        rng = random.Random(seed)
        text = "".join(
            rng.choice(vocabulary) + rng.choice((" ", ", ", "’", ". ")) for _ in range(80)
        )
        for _ in range(60):
            start = rng.randrange(len(text))
            end = min(len(text), start + rng.randrange(20, 80))
            claim = _claim(text, start, end)
            expected = _read_again(claim, text)
            seen.add(expected)
            assert speakers._echoes(claim, ReleaseIndex(text)) == expected, (seed, start, end)
    assert seen == {True, False}
