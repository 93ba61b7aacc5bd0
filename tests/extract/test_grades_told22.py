"""Grades told in the shapes stress_ratings22 met (session 22, lane ratings22): by their
place or steps on the scale, to 'us', with Ofsted named between verb and grade, in a
headline naming children's services, to a safeguarding board named by its place."""

from __future__ import annotations

import pytest

from verify.extract import extract_claims
from verify.extract.values import grade_mentions
from verify.types import Release
from verify.words.grades import grade_of
from verify.words.speakers import stance_speaker


def grades(sentence: str) -> list[tuple[str, str | None]]:
    return [(g.grade, g.judgement) for g in grade_mentions(sentence)]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Help and protection for vulnerable children was graded one step below outstanding.",
            [("good", "help_and_protection")],
        ),
        (
            "The impact of leaders on social work practice was graded one step below good.",
            [("requires_improvement", "impact_of_leaders")],
        ),
        ("The council fell one grade short of outstanding.", [("good", None)]),
        (
            "Help and protection received the second-highest rating.",
            [("good", "help_and_protection")],
        ),
        (
            "Inspectors give second lowest rating on all areas inspected",
            [("requires_improvement", None)],
        ),
        ("Inadequate is the lowest grade Ofsted can give.", []),
        ("Leaders are one step away from good.", []),
    ],
)
def test_a_grade_told_by_its_place_or_steps_is_that_grade(sentence, found):
    """'One step below outstanding' is good, 'one step below good' requires improvement,
    'the second-highest rating' good (were no grade, so the sentence was a finding the
    stand-in could not place); 'one step away from good' says no direction, no grade, and
    'the lowest grade' is the scale's end in notes defining it, no grade given."""
    assert grades(sentence) == found


@pytest.mark.parametrize(
    "sentence",
    [
        "Help and protection was rated good, the second-highest rating.",
        "Help and protection received the second-highest grade, good.",
        "Help and protection was rated as requires improvement, two grades below outstanding.",
    ],
)
def test_a_grade_restated_by_its_place_is_read_once(sentence):
    """A place in apposition to the grade beside it restates it: one mention, not a second
    one given to no judgement."""
    assert len(grades(sentence)) == 1
    assert grades(sentence)[0][1] == "help_and_protection"


def test_the_grade_of_a_place_or_steps():
    assert grade_of("one step below outstanding") == "good"
    assert grade_of("second-highest rating") == "good"
    assert grade_of("two grades below outstanding") == "requires_improvement"
    assert grade_of("second-lowest grade") == "requires_improvement"
    assert grade_of("top grade") == "outstanding"
    assert grade_of("Adequate") == "adequate"


@pytest.mark.parametrize(
    ("sentence", "grade"),
    [
        ("Ofsted has rated us good.", "good"),
        ("Ofsted judged us to be outstanding.", "outstanding"),
        ("The council was judged by Ofsted to be good.", "good"),
        (
            "Children's services have been judged by the regulator to require improvement.",
            "requires_improvement",
        ),
    ],
)
def test_a_grade_given_to_us_or_by_ofsted_named_before_it(sentence, grade):
    """'Rated us good' and 'judged by Ofsted to be good' give the grade (were no grade,
    so the sentence was no rating)."""
    assert [g for g, _ in grades(sentence)] == [grade]


@pytest.mark.parametrize(
    ("headline", "found"),
    [
        ("Merton children's services outstanding again", [("outstanding", None)]),
        (
            "Medway's services for children in care branded inadequate",
            [("inadequate", "children_in_care")],
        ),
        ("Good news for Bury children's services", []),
        ("Our outstanding foster carers honoured", []),
    ],
)
def test_a_headline_grading_childrens_services_names_no_teller(headline, found):
    """A headline naming children's services before a grade that ends it is a rating, as
    one naming Ofsted is; a grade before a noun is none."""
    assert grades(headline) == found


def test_a_headline_participle_with_a_grade_is_no_speakers_stance():
    """'X branded inadequate' in a headline is X graded, not X speaking (the rating was an
    opinion of 'Medway's services for children in care'); an active stance keeps its
    speaker."""
    assert stance_speaker("Medway's services for children in care branded inadequate") is None
    assert stance_speaker("Cllr Jo Smith branded the report unfair") == "Cllr Jo Smith"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ofsted also rated the Newcastle Safeguarding Children Board good.",
        "The Bury Safeguarding Children Board was judged good.",
    ],
)
def test_a_safeguarding_board_named_by_its_place_is_the_lscb(sentence):
    assert grades(sentence) == [("good", "lscb")]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Ofsted's verdict was good.", [("good", None)]),
        ("The council received an overall rating of good.", [("good", "overall_effectiveness")]),
        ("Bury has moved up a grade to good.", [("good", None)]),
    ],
)
def test_a_verdict_a_rating_of_and_a_move_by_a_grade_give_the_grade(sentence, found):
    """'The verdict was good' is no plain-English praise of a thing, 'a rating of good' and
    'moved up a grade to good' give the grade (each was no grade)."""
    assert grades(sentence) == found


def test_a_table_row_parted_by_a_bar_or_with_its_grade_in_brackets():
    """Rows pasted as 'Label | Grade' or 'Label (Grade)' are ratings, as 'Label: Grade' is
    (were findings no passage says)."""
    text = (
        "The judgements:\n\n• Help and protection (Requires improvement)\n"
        "• Children in care | Good\n"
    )
    release = Release(source="t.txt", sha256="0" * 64, media_type="text", text=text)
    rows = [
        (c.kind, [(g.grade, g.judgement) for g in c.values.grades]) for c in extract_claims(release)
    ]
    assert rows == [
        ("rating", [("requires_improvement", "help_and_protection")]),
        ("rating", [("good", "children_in_care")]),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Slough's children's services have escaped an inadequate rating.",
        "The trust avoided being judged inadequate this time.",
        "The council steered clear of an inadequate grade.",
    ],
)
def test_a_grade_escaped_or_avoided_is_not_given(sentence):
    """A grade escaped is denied, as one missed out on is (was read as given, and
    contradicted where no area had it)."""
    assert grades(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a verb of escape denies only the grade it governs (session 22 review: these
        # gave no grade, so a wrong one went unchecked)
        ("Work to avoid children entering care was judged good.", ["good"]),
        ("The council has avoided delays and was rated good by Ofsted.", ["good"]),
        ("The council has escaped an inadequate rating.", []),
        ("Services avoided being judged inadequate.", []),
        # a judgement 'of' a grade only when overall: 'the judgement of good practice'
        # names practice (it read as the rating good, a false contradicted in waiting)
        ("Inspectors welcomed the judgement of good practice in the front door.", []),
        ("The council received an overall judgement of good.", ["good"]),
    ],
)
def test_a_grade_is_denied_or_given_only_by_the_words_that_govern_it(sentence, found):
    assert [g for g, _ in grades(sentence)] == found
