"""A judgement named in a 'with' clause after a grade given 'in'/'for' something else takes
the grade of its own clause (session 25): 'rated outstanding in four of the five areas,
with help and protection for children judged good' gave help and protection
'outstanding', through the preposition that links a grade to a name after it ('good for
care leavers'), so a right rating of the with clause was contradicted by the table."""

from __future__ import annotations

import pytest
from extract_helpers import claims_in, over

from verify.extract.values import grade_mentions


def graded(sentence: str) -> set[tuple[str, str | None]]:
    return {(g.grade, g.judgement) for g in grade_mentions(sentence)}


@pytest.mark.parametrize(
    ("sentence", "judgement", "grade"),
    [
        (
            "The council was rated outstanding in four of the five areas inspected, with help "
            "and protection for children judged good.",
            "help_and_protection",
            "good",
        ),
        (
            "Services were judged good in three areas, with help and protection for children "
            "and families rated requires improvement.",
            "help_and_protection",
            "requires_improvement",
        ),
        (
            "The council was found to be good in every area, with leadership for children's "
            "services judged outstanding.",
            "impact_of_leaders",
            "outstanding",
        ),
        (
            "It was rated good in the 2019 inspection, with adoption services for children "
            "judged outstanding.",
            "adoption",
            "outstanding",
        ),
    ],
)
def test_a_with_clause_grades_its_own_judgement(sentence, judgement, grade):
    found = graded(sentence)
    assert (grade, judgement) in found
    assert not any(j == judgement and g != grade for g, j in found)


@pytest.mark.parametrize(
    ("sentence", "judgement", "grade"),
    [
        ("The council was rated good for care leavers.", "care_leavers", "good"),
        (
            "It was judged outstanding in the help and protection of children.",
            "help_and_protection",
            "outstanding",
        ),
        (
            "Services were rated good across help and protection and children in care.",
            "children_in_care",
            "good",
        ),
    ],
)
def test_a_grade_still_links_to_a_name_after_its_preposition(sentence, judgement, grade):
    """The near miss: with no 'with' clause between them, the grade before the name is its
    grade, as before."""
    assert (grade, judgement) in graded(sentence)


COUNTED = [
    (
        "The council was rated outstanding in four of the five areas inspected, with help and "
        "protection for children judged good.",
        "with help and protection for children judged good",
    ),
    (
        "Services were found to be good in three of the four areas, with leadership rated "
        "outstanding.",
        "with leadership rated outstanding",
    ),
]


@pytest.mark.parametrize(("sentence", "phrase"), COUNTED)
def test_a_count_and_a_phrase_grading_a_judgement_are_two_ratings(sentence, phrase):
    """The count is one claim (checked against the table's total) and the phrase grading a
    named judgement another (against its row): over one span, a wrong count flagged the
    right grade with it."""
    text = f"Ofsted report published\n\n{sentence}\n"
    found = over(claims_in(text), text, sentence)
    assert [c.kind for c in found] == ["rating", "rating"]
    counted, graded_phrase = found
    assert counted.values.count is not None and graded_phrase.text == phrase
    assert graded_phrase.values.count is None
    assert [g.judgement for g in graded_phrase.values.grades] != [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "Barnet was rated good overall, with children in care judged outstanding.",
        "In 2019 it was rated good in three of the four areas, with leadership rated outstanding.",
        "It was rated good in three of the four areas, with two judged outstanding.",
    ],
)
def test_no_count_a_dated_count_or_a_counting_phrase_stays_one_rating(sentence):
    """The near misses: with no count the grades are judged together, as before; a year
    before the phrase dates it too (alone it would lose the year); a phrase that counts
    grades no judgement by name."""
    text = f"Ofsted report published\n\n{sentence}\n"
    assert len(over(claims_in(text), text, sentence)) == 1


def _timed(sentence: str) -> dict[str | None, tuple[str | None, tuple[int, ...]]]:
    from verify.extract.values import parse_values

    return {
        g.judgement: (g.time_cue, tuple(g.years_near)) for g in parse_values(sentence, 2025).grades
    }


@pytest.mark.parametrize(
    ("sentence", "judgement", "year"),
    [
        (
            "In 2017 the city was rated requires improvement to be good overall, with help "
            "and protection and children looked after both requiring improvement.",
            "help_and_protection",
            2017,
        ),
        (
            "In December 2021 its children's services were rated inadequate overall, with "
            "leadership and help and protection both inadequate.",
            "impact_of_leaders",
            2021,
        ),
        (
            "Ashbury was judged good overall when inspectors visited in February 2022, with "
            "help and protection requiring improvement.",
            "help_and_protection",
            2022,
        ),
        (
            "In 2017 the service was found to 'require improvement to be good', with help and "
            "protection, leadership and services for children looked after all graded "
            "requires improvement.",
            "looked_after_and_permanence",
            2017,
        ),
    ],
    ids=["participle", "no-verb", "after-a-when-clause", "a-listed-with-clause"],
)
def test_a_with_clause_grade_takes_the_time_of_the_grade_it_hangs_on(sentence, judgement, year):
    """Session 33 (drift27, drift28, drift29): a participle has no tense of its own, so a grade in
    a 'with' clause hung on a grade of an earlier year is of that year; read as today's,
    it was contradicted by today's table and the sentence held back."""
    assert _timed(sentence)[judgement][1] == (year,)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ashbury's services have once again been judged good by Ofsted, with the inspectorate "
        "awarding a good grade for help and protection.",
        "In 2017 the city was rated inadequate, with help and protection now rated good.",
    ],
    ids=["head-told-of-today", "now-in-the-with-clause"],
)
def test_a_with_clause_grade_of_today_stays_today(sentence):
    """A 'with' clause hung on a grade told of the present ('have once again been judged
    good'), or saying 'now' itself, gives a grade of today."""
    cue, years = _timed(sentence)["help_and_protection"]
    assert cue in (None, "now") and not years
