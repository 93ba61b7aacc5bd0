"""Whose grade a sentence gives: this council's service, or a body no children's services
report grades (schools, SEND, another council), or a grade given by someone who is not
Ofsted (issue 10: a grade of another body is no evidence against the judgement table)."""

from __future__ import annotations

import pytest

from verify.words.qualifiers import EXCEPTION, other_body
from verify.words.speakers import other_grader, other_speaker


@pytest.mark.parametrize(
    ("before", "body"),
    [
        ("Four of the city's secondary schools are rated ", "secondary schools"),
        ("The borough's schools are among the best, with 95 per cent rated ", "schools"),
        ("A neighbouring council, rated ", "neighbouring council"),
        ("The neighbouring county council, rated ", "neighbouring county council"),
        ("The borough's SEND services were judged to ", "SEND"),
        ("Its youth offending service was rated ", "youth offending service"),
        ("The city's main fostering partner, which Ofsted rated ", "fostering partner"),
        ("Cleveland Police's child protection work was rated ", "Police"),
        # ratings18b: a regional adoption agency is inspected on its own, and the council
        # named inside the apposition that says what the agency is does not own its grade.
        (
            "Adoption@Heart, the regional adoption agency the council shares with its "
            "neighbours, was rated ",
            "regional adoption agency",
        ),
    ],
)
def test_a_grade_said_of_another_body_names_it(before, body):
    """(grades10: a judgement's words in another body's possessive are that body's,
    'Cleveland Police's child protection work'.)"""
    assert other_body(before) == body


@pytest.mark.parametrize(
    ("before", "body"),
    [
        ("Unlike neighbouring Hampshire, which Ofsted rated ", "Hampshire"),
        ("Like Hampshire County Council, which was judged ", "Hampshire County Council"),
        ("Nationally, around one in ten councils is rated ", "one in ten councils"),
        ("Its fostering service, inspected separately in 2023, is rated ", "fostering service"),
        (  # grades10: the service in another council's possessive is that council's
            "Neighbouring Kent's children's services were rated ",
            "Kent's children's services",
        ),
    ],
)
def test_a_grade_said_of_another_council_or_councils_names_it(before, body):
    assert other_body(before, "Surrey") == body


def test_the_reports_own_council_named_is_no_other_body():
    assert other_body("Unlike Hampshire, Surrey's services were judged to ", "Surrey") is None
    assert other_body("Surrey County Council was rated ", "Surrey") is None


@pytest.mark.parametrize(
    "before",
    [
        "The schools watchdog has rated Medway ",
        "Schools in Barnet said the council's children's services were ",
        "Ofsted, which also inspects schools, rated them ",
        "The schools watchdog gave an ",
        "We send our thanks to staff; the service was rated ",
        "Help and protection, which works with schools, was judged ",
    ],
)
def test_a_grade_of_the_council_or_by_ofsted_is_no_other_bodys(before):
    assert other_body(before) is None


def test_a_grader_other_than_ofsted_is_named():
    survey = "Parents who responded to the council's own survey rated the service "
    assert other_grader(survey) == "Parents who responded to the council's"
    assert other_grader("The council rated itself ") == "The council"
    # An aside the grading verb is not in leaves the grader named.
    asked = "Parents, asked by the council, rated the service "
    assert other_grader(asked) == "Parents, asked by the council,"


@pytest.mark.parametrize(
    "before",
    [
        "Ofsted rated the service ",
        "The watchdog has rated Medway's children's services ",
        "The latest inspection rated Barnet ",
        "Croydon’s children’s services have been rated ‘",
        "..., which rated the council ",
        "Lewisham has been rated by Ofsted as ",
        "Two thirds of the graded areas were ",
        "Its four rated judgements were all ",
        # history20: a participle opening an aside says how the noun is graded, not who.
        "Services for care leavers, graded separately from those for children looked "
        "after, were rated ",
        "Care leavers, judged separately under Ofsted's framework, were rated ",
        "Services for children in care and care leavers (judged together under the "
        "framework) require ",
    ],
)
def test_a_grade_given_by_ofsted_or_said_as_given_has_no_other_grader(before):
    assert other_grader(before) is None


def test_every_area_but_one_named_is_an_exception():
    assert EXCEPTION.search("when every area but adoption and care leavers was inadequate")
    assert not EXCEPTION.search("rated good in every area, but leaders know there is more to do")


def test_a_passive_grading_verb_names_no_grader():
    said = "Salford City Council’s Children’s Services has been rated overall as “"
    assert other_grader(said) is None
    assert other_grader("The services were judged by inspectors to be ") is None
    assert other_grader("A local blog wrote that Barnet is now rated good, and ") is None


def test_a_grade_word_in_someone_elses_words_is_theirs():
    assert other_speaker("One foster carer told the council the service was “") == (
        "One foster carer"
    )
    assert other_speaker("Children told inspectors their social workers were ") == "Children"
    assert other_speaker("Cllr Lee said services had been rated ") is None
    assert other_speaker("Inspectors said help and protection was ") is None
    assert other_speaker("The report described the service as ") is None
    assert other_speaker("Haringey’s children’s services department has been told it ‘") is None
    assert other_speaker("concerns were raised, with all councils told this area “") is None
