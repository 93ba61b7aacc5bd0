"""Who a finding is about, by group: one referent in other words."""

from __future__ import annotations

import pytest

from verify.words.referents import groups, head


@pytest.mark.parametrize(
    ("phrase", "want"),
    [
        ("the council's housing offer for young people leaving care", "the housing offer"),
        ("Strategy meetings regarding children at risk", "Strategy meetings"),
        ("Our director and her leadership team", "director and leadership team"),
    ],
)
def test_the_head_of_a_noun_phrase_leaves_out_its_owner_and_modifiers(phrase, want):
    assert head(phrase) == want


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("The director and her team", "Leaders", True),
        ("staff", "Practitioners", True),
        ("young people", "Care leavers", True),
        ("Foster carers", "Social workers", False),
        ("its support for care leavers", "Strategy meetings regarding children", False),
        ("the council's housing offer", "social work responses", False),
    ],
)
def test_one_group_of_referents_in_other_words_is_one_subject(a, b, same):
    """The groups of a phrase's head: 'support for care leavers' is support, not children."""
    assert bool(groups(a) & groups(b)) == same
