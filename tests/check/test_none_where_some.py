"""'No family has to wait for early help' where the report says 'waiting times for early
help for some families are too long': none told of what the report says of some, its
subject singular or plural and wherever the report's sentence names it (lane noticed23,
from findings22: only 'no <noun>' followed by the report's words after its own 'some
<noun>' was read, so the reversal was not flagged)."""

from __future__ import annotations

import pytest

from verify.check.negation import none_where_some


@pytest.mark.parametrize(
    ("claim", "sentence", "some"),
    [
        (
            "no family has to wait for early help in the city",
            "Waiting times for early help for some families are too long.",
            "some families",
        ),
        (
            "no families experience too many changes of social worker",
            "A small number of families experience too many changes of social worker.",
            "A small number of families",
        ),
        (
            "no child is placed in unregistered homes",
            "A very small number of children are placed in unregistered children's homes.",
            "A very small number of children",
        ),
        (
            "no children were placed in unregistered homes",
            "Most children live in stable homes.",
            None,
        ),
        (
            "no family has to wait for early help in the city",
            "Some families use the new family hubs.",
            None,
        ),
    ],
)
def test_none_is_read_against_some_of_the_same_subject(claim, sentence, some):
    assert none_where_some(claim, sentence) == some
