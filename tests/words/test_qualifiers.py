"""The one reading of a negation before a place (``words.qualifiers.negated_before``),
used by the negation checker and the report's-own-words test alike."""

from __future__ import annotations

import random

from verify.words.qualifiers import NEGATION, negated_before, words_before


def test_the_words_before_are_those_of_all_the_text_before():
    """A window read back from the place holds the same last words as splitting all of
    the text before it (long words, runs of spaces, the text's start)."""
    pieces = ("not ", "no", "knot ", "care", "   ", "\n", "leavers ", "x" * 40, " ")
    for seed in range(20):
        rng = random.Random(seed)
        text = "".join(rng.choice(pieces) for _ in range(60))
        for at in range(0, len(text) + 1, 3):
            for n in (1, 2, 3):
                assert words_before(text, at, n) == text[:at].split()[-n:], (seed, at, n)


def test_a_word_cut_by_the_window_is_never_read_as_a_negation():
    """'knot' nine spaces back is not 'not' (the twelve characters ``common._denied_at``
    read back cut it so)."""
    text = "a knot" + " " * 9 + "all"
    assert not negated_before(text, text.index("all"), 1)


def test_a_negation_among_the_two_words_before_denies_what_follows():
    text = "Plans are not always timely and there is no drift."
    assert negated_before(text, text.index("always"))
    assert negated_before(text, text.index("drift"))
    assert not negated_before(text, text.index("there"))
    assert negated_before("They don't always", len("They don't "), 1)
    assert NEGATION.search("don't")


def test_a_plain_word_in_its_other_forms():
    import re

    from verify.words.qualifiers import plain_forms

    stable = re.compile(rf"\b{plain_forms('stable')}\b", re.I)
    assert stable.search("workforce stability has improved")
    assert stable.search("the workforce has stabilised")
    assert re.search(rf"\b{plain_forms('consistent')}\b", "consistency of practice")
    assert plain_forms("clear") == "clear"


def test_a_fall_and_fewer_are_opposites_of_a_rise():
    from verify.words.qualifiers import OPPOSITES

    assert OPPOSITES["fall"].search("an increase in adoptions")
    assert OPPOSITES["risen"].search("far fewer children")
    assert OPPOSITES["worsened"].search("has improved")
    assert OPPOSITES["improved"].search("has deteriorated")
