"""Readings that session 31 found wrong in drift36 and drift37 (read this session): the
words inspectors met are a quotation of theirs; a passive 'found' gives a grade; an
inspection dated by its year as the subject dates its grade; a grade 'described as' said
of a part of the work is plain English; a concession after ', it said' keeps the
inspectors' voice; a team opening a sentence ('a team of eight inspectors', 'a 10 strong
team from Ofsted') and a clause dating the sentence's subject ('The inspection, which took
place over two weeks in May, ...') are facts of their own. Each test fails on the
session's start code (4051de2) in its first case. Every sentence here is invented."""

from __future__ import annotations

import pytest
from extract_helpers import PAGE_BODY, claims_in, over

from verify.extract.values import parse_values


def test_the_words_inspectors_met_are_a_quotation_of_theirs():
    """'Inspectors met ‘many dedicated and committed social workers’ ...' inside a
    councillor's statement: the nested words are the report's, a quotation to check
    (drift36: the whole statement was the councillor's, the report's words unchecked)."""
    text = (
        PAGE_BODY + "Councillor Ann Lee, cabinet member for children, said: “Inspectors met "
        "‘many dedicated and committed social workers’ trying to do their best, and I thank "
        "them.”\n"
    )
    nested = [c for c in over(claims_in(text), text, "many dedicated") if c.kind == "quote"]
    assert [(c.text, c.attribution.role) for c in nested if c.text.startswith("many")] == [
        ("many dedicated and committed social workers", "inspectors")
    ]


@pytest.mark.parametrize(
    ("sentence", "grades"),
    [
        ("Services had already been found inadequate in 2015.", ["inadequate"]),
        ("Services were also found inadequate in 2015.", ["inadequate"]),
        ("Inspectors found inadequate practice in 2015.", []),
    ],
    ids=["had-been-found", "were-also-found", "an-adjective"],
)
def test_a_passive_found_gives_a_grade(sentence, grades):
    """'Services had already been found inadequate in 2015': a grade given then (drift36:
    no grade was read, so the earlier grade was a finding no passage says). A grade word
    before a noun is still no grade."""
    assert [m.grade for m in parse_values(sentence, 2022).grades] == grades


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        ("An inspection in 2018 had judged all services as requiring improvement.", [2018]),
        ("The 2014 Ofsted inspection rated the council inadequate.", [2014]),
        ("The inspection judged all services as requiring improvement.", []),
    ],
    ids=["an-inspection-in-2018", "the-2014-inspection", "undated"],
)
def test_an_inspection_dated_by_its_subject_dates_its_grade(sentence, years):
    """'An inspection in 2018 had judged all services as requiring improvement': the grade
    is 2018's (drift36: read as today's and checked against today's table)."""
    assert parse_values(sentence, 2026).grades[0].years_near == years


@pytest.mark.parametrize(
    ("sentence", "grades"),
    [
        ("Placement stability was described as good.", []),
        ("Children's services were described as good.", ["good"]),
    ],
    ids=["a-part-of-the-work", "the-service"],
)
def test_a_grade_described_of_a_part_of_the_work_is_plain_english(sentence, grades):
    """'Placement stability was described as good': praise of that work, no grade of the
    service (drift37: a rating of no judgement, contradicted by a table with no good
    area). Said of the service as a whole it is still a grade."""
    assert [m.grade for m in parse_values(sentence, 2015).grades] == grades


def test_a_concession_after_it_said_keeps_the_inspectors_voice():
    """'Over a third of care leavers are not in education, employment or training, it
    said, though numbers are improving', after inspectors' words: 'it' is the report, not
    the last word of a speaker named by the whole clause (drift37: an opinion, unchecked)."""
    sentence = (
        "Over a third of care leavers are not in education, employment or training, it said, "
        "though numbers are improving."
    )
    text = PAGE_BODY + "Inspectors said some plans are “not sufficiently targeted”. " + sentence
    assert [c.kind for c in over(claims_in(text), text, "Over a third")] == ["finding"]


def test_a_team_opening_a_sentence_is_a_fact_of_its_own():
    """'A team of eight inspectors spent four weeks ... in November and December': the
    team apart from the weeks and months it spent (drift35 and drift37: a wrong team
    flagged the right weeks, months and case files told after it)."""
    sentence = (
        "A team of eight inspectors spent four weeks examining the council's children's "
        "services in November and December."
    )
    text = PAGE_BODY + sentence + "\n"
    facts = over(claims_in(text), text, sentence)
    assert [(text[c.start : c.end], c.values.team_hmi) for c in facts] == [
        ("A team of eight inspectors", 8),
        (sentence[len("A team of eight inspectors ") : -1], None),
    ]


def test_a_team_of_n_strong_opens_its_own_fact():
    """'A 10 strong team from Ofsted spent three weeks in the city in May and June and
    randomly inspected around 130 files ...': the team apart from its weeks and months
    (the dev part's liverpool_2014: ten against a team of eight flagged the right three
    weeks in May and June)."""
    sentence = (
        "A 10 strong team from Ofsted spent three weeks in the city in May and June and "
        "randomly inspected around 130 files covering child protection, adoption and "
        "fostering cases."
    )
    text = PAGE_BODY + sentence + "\n"
    facts = over(claims_in(text), text, sentence)
    assert [text[c.start : c.end] for c in facts][0] == "A 10 strong team from Ofsted"
    assert facts[0].values.team_total == 10
    assert "three weeks" in text[facts[1].start : facts[1].end]


def test_a_clause_dating_the_subject_is_a_fact_of_its_own():
    """'The inspection, which took place over two weeks in May, looked at the experiences
    of children who need help and protection, children in care and care leavers, and the
    impact of leaders ...': the visit's length apart from what it looked at (written24's
    newcastle: a wrong length flagged the areas the inspection looked at)."""
    sentence = (
        "The inspection, which took place over two weeks in May, looked at the experiences "
        "of children who need help and protection, children in care and care leavers, and "
        "the impact of leaders on social work practice."
    )
    text = PAGE_BODY + sentence + "\n"
    facts = [c for c in over(claims_in(text), text, sentence) if c.kind == "inspection_fact"]
    assert [text[c.start : c.end] for c in facts] == [
        "The inspection, which took place over two weeks in May"
    ]
