"""Readings that session 30 found wrong in drift34 (read this session): a count of
inspectors for one part of a visit in two is no team size, and a council joining 'a
growing list of councils' is a vague group. Every sentence here is invented."""

from __future__ import annotations

import pytest
from extract_helpers import PAGE_BODY, claims_in, over

from verify.extract.values import parse_values


@pytest.mark.parametrize(
    ("sentence", "team"),
    [
        (
            "The report follows a four-week inspection in November and December, with a "
            "second visit by three inspectors at the end of January.",
            None,
        ),
        ("A return visit of two inspectors followed in March.", None),
        ("The four-week inspection was carried out by ten inspectors.", 10),
    ],
    ids=["second-visit", "return-visit", "the-visit"],
)
def test_inspectors_of_one_part_of_a_visit_are_no_team(sentence, team):
    """'with a second visit by three inspectors at the end of January': that part's team,
    not the inspection's (drift34: three against a team of ten HMI, contradicted twice).
    The visit's own team is still read."""
    assert parse_values(sentence, 2014).team_hmi == team


def test_a_growing_list_of_councils_is_a_vague_group():
    """'Barset joins a growing list of councils nationally whose children's services have
    been found inadequate': a standing in a group no count settles (drift34: a finding,
    supported by the report's words on what inadequate means)."""
    sentence = (
        "Barset joins a growing list of councils nationally whose children's services have "
        "been found inadequate."
    )
    text = PAGE_BODY + sentence + "\n"
    assert [c.kind for c in over(claims_in(text), text, "growing list")] == ["national"]


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        (
            "The adoption team was praised by inspectors, and children are placed with their "
            "adoptive families 83 days quicker than the England average.",
            None,
        ),
        ("The inspection took 10 days.", 10),
    ],
    ids=["a-difference", "the-visit"],
)
def test_a_difference_in_days_is_no_visits_length(sentence, days):
    """'placed with their adoptive families 83 days quicker than the England average': a
    difference between two times, not the inspection's length (drift35: 83 days against a
    visit of 23, contradicted)."""
    assert parse_values(sentence, 2015).duration_days == days


def test_areas_for_priority_action_are_ofsteds_term_not_a_speakers():
    """'The report sets out nine areas for priority and immediate action by the council':
    Ofsted's term, no speaker's word of intent (drift35: 'priority' made it an opinion, so
    it was never checked)."""
    sentence = "The report sets out nine areas for priority and immediate action by the council."
    text = PAGE_BODY + sentence + "\n"
    assert [c.kind for c in over(claims_in(text), text, "nine areas")] != ["opinion"]


def test_a_visit_closing_a_stance_on_the_report_is_a_fact():
    """'Barset Council has today welcomed the publication of Ofsted's report ..., following
    a three-week inspection in June': the council's welcome is its own, the visit's length
    the release's account, a claim to check (drift35: the sentence was one opinion, and the
    wrong length unchecked)."""
    sentence = (
        "Barset Council has today welcomed the publication of Ofsted's report into its "
        "children's social care services, following a three-week inspection in June."
    )
    text = PAGE_BODY + sentence + "\n"
    assert [c.kind for c in over(claims_in(text), text, "three-week")] == ["inspection_fact"]
    assert [c.kind for c in over(claims_in(text), text, "welcomed")] == ["opinion"]
