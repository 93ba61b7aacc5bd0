"""Readings that session 29 found wrong in drift28 to drift31 (read this session): a
percentage that is a measure's level is no share of judgements, and the grade of a 'which'
clause told with 'when Ofsted last visited' is the earlier one, not the grade of the
clause that says 'this time'. Every sentence here is invented."""

from __future__ import annotations

import pytest

from verify.extract.values import parse_values


@pytest.mark.parametrize(
    ("sentence", "percent"),
    [
        ("School attendance for children in care is high, rising to 96% this year.", None),
        ("The council's rate of 85% of visits on time is above average.", None),
        ("School attendance is good at 96%.", None),
        ("The council was judged outstanding in 50 per cent of areas.", 50.0),
        ("75% of the judgements were good.", 75.0),
    ],
)
def test_a_measures_level_is_no_share_of_judgements(sentence, percent):
    """'rising to 96%', 'a rate of 85%', 'good at 96%': a measure's level (drift31: read as
    96% of areas good, and contradicted); a percentage of areas or judgements still is
    one."""
    assert parse_values(sentence).percent == percent


@pytest.mark.parametrize(
    ("sentence", "then"),
    [
        (
            "Services for children in care and for care leavers, which were judged together "
            "and rated good when Ofsted last visited in March 2022, were each given the top "
            "grade this time.",
            "good",
        ),
        (
            "At the last inspection in 2018, services were judged to require improvement, "
            "and they are now good.",
            "requires_improvement",
        ),
    ],
)
def test_the_clause_saying_this_time_holds_no_earlier_grade(sentence, then):
    """'..., which were ... rated good when Ofsted last visited in March 2022, were each
    given the top grade this time': good is 2022's; the top grade, in the clause saying
    'this time', is today's (drift28: the top grade was read as 2022's and compared with
    its table)."""
    values = parse_values(sentence, 2026)
    assert values.previous_grade == then
