"""Readings that session 29 found wrong in drift28 to drift31 (read this session): a
percentage that is a measure's level is no share of judgements, and the grade of a 'which'
clause told with 'when Ofsted last visited' is the earlier one, not the grade of the
clause that says 'this time'. Every sentence here is invented."""

from __future__ import annotations

import pytest
from extract_helpers import PAGE_BODY, claims_in, over

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


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        (
            "The city’s services were rated good for both child protection and children in "
            "care at the last inspections in 2012, but the watchdog has now given a lower grade.",
            "past",
        ),
        ("Services are rated good for help and protection and for children in care.", None),
    ],
)
def test_an_earlier_visit_named_past_the_areas_dates_their_grade(sentence, cue):
    """'rated good for both child protection and children in care at the last inspections
    in 2012': the last inspections date the grade, though the areas stand between them
    (drift32: read as today's grades and contradicted)."""
    values = parse_values(sentence, 2017)
    assert [g.time_cue for g in values.grades] == [cue] * len(values.grades)
    assert values.grades


@pytest.mark.parametrize(
    ("sentence", "weeks", "days"),
    [
        (
            "An analysis during the inspection showed only 28 per cent of conferences were "
            "held within the 15 days expected, with some taking between three and seven weeks.",
            None,
            None,
        ),
        ("During the inspection, inspectors found children waited up to 12 weeks.", None, None),
        ("Inspectors spent two weeks in the borough in May.", 2, None),
        (
            "The inspection began on 25 April, led by Louise Warren, Her Majesty's Inspector, "
            "and lasted four weeks.",
            4,
            None,
        ),
    ],
)
def test_a_time_allowed_or_a_range_is_no_visits_length(sentence, weeks, days):
    """'within the 15 days expected', 'between three and seven weeks', 'up to 12 weeks': a
    time allowed or a spread of times in a sentence about the inspection, not its length
    (drift32: 15 days against a four-week visit, contradicted)."""
    values = parse_values(sentence, 2016)
    assert (values.duration_weeks, values.duration_days) == (weeks, days)


def test_a_standing_in_notes_to_editors_is_read():
    """'Barset is one of many councils nationally whose children's services are rated
    requires improvement to be good', under 'ENDS': the council's standing among councils,
    read as notes are (drift32: unread once read as a standing, not a rating)."""
    note = (
        "Barset is one of many councils nationally whose children’s services are rated "
        "requires improvement to be good."
    )
    text = PAGE_BODY + "ENDS\n\nNotes to editors\n\n" + note + "\n\nShare this page\n"
    assert [c.kind for c in over(claims_in(text), text, "one of many councils")] == ["national"]
