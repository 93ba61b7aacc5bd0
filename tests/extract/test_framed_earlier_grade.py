"""An earlier grade told through who gave it ('Three years ago, Ofsted said services
required improvement'): the whole service's grade, of an earlier visit (lane noticed23: the
reporting frame stood between the time and the service, so no grade was read and the
sentence was a finding no passage says)."""

from __future__ import annotations

import pytest

from verify.extract.values import parse_values


@pytest.mark.parametrize(
    "said",
    [
        "Three years ago, Ofsted said services required improvement.",
        "Three years ago inspectors found that the council's services required improvement.",
        "At the last inspection, Ofsted said the services required improvement.",
    ],
)
def test_a_framed_earlier_grade_of_the_whole_service_is_read(said):
    v = parse_values(said, 2023)
    assert v.previous_grade == "requires_improvement" or [g.grade for g in v.grades] == [
        "requires_improvement"
    ]


def test_a_frame_alone_gives_no_grade_to_a_part():
    """The frame dropped, the subject must still be the whole: a part's plain English
    stays no grade."""
    v = parse_values("Three years ago, Ofsted said practice required improvement.", 2023)
    assert v.grades == [] and v.previous_grade is None
