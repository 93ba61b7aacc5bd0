"""Session 31: what drift36's and drift37's wrong flags and misses taught, each as the
general mechanism mended.

A grade after 'after years of' is an earlier one; a rating told in a present-tense
relative clause on the report a speaker takes a stance on ('which rates', 'published today,
which judges') is a rating; a sentence opening 'In that inspection' is read as of the
inspection the sentence before names; a finding restating a sentence that counts a thing
otherwise ('the three monitoring visits' for 'four') is contradicted; a grade of 'the
board' in a review of the safeguarding board alone is that board's; a grading verb joined
to a clause whose subject is the inspectors shares it; a list's areas take the grade its
introduction gives them. Each test fails on the session's start code (4051de2) in its
first case, but the guards that counts of time are left to the figures and that a list of
what must improve takes no grade. Every sentence here is invented."""

from __future__ import annotations

from datetime import date

import pytest
from check_helpers import GOOD_ALL, check_one_finding, check_text, claim_over, make_report

INADEQUATE_ALL = [(name, "inadequate", printed) for name, _, printed in GOOD_ALL]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Ashbury children's services rated good after years of 'inadequate' verdicts", True),
        ("Ashbury children's services rated good after a decade as inadequate", True),
        ("Ashbury children's services rated good and inadequate", False),
    ],
    ids=["after-years-of", "after-a-decade-as", "both-today"],
)
def test_a_grade_after_years_of_it_is_an_earlier_one(settings, headline, expected):
    """'rated good after years of "inadequate" verdicts': the inadequate grades came
    before today's (drift36: read as today's and contradicted by a table graded good in
    every area). Both grades said of today are still checked against its table."""
    result = check_text(headline, make_report(table=GOOD_ALL), [], settings)
    got = claim_over(result, "rated good")
    assert (got.verdict != "contradicted") == expected, got.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Ashbury Council has accepted in full the findings of an Ofsted inspection of its "
        "children's services, published today, which rates the service as inadequate.",
        "Ashbury Council has accepted the findings of an Ofsted report published today, "
        "which judges the council's services for children who need help and protection to "
        "be inadequate.",
    ],
    ids=["which-rates", "report-published-today-which-judges"],
)
def test_a_present_tense_rating_beside_a_stance_is_a_rating(settings, text):
    """A grade the release tells of the report in a relative clause in the present tense
    ('which rates the service as inadequate', drift36), or past 'an Ofsted report published
    today' with no comma ('which judges ... to be inadequate', drift37): each was left an
    opinion, not checked."""
    got = claim_over(check_text(text, make_report(table=GOOD_ALL), [], settings), "inadequate")
    assert got.kind == "rating"
    assert got.verdict == "contradicted", got.explanation


def _dated(visit: tuple[date, date], published: date, **extra):
    """A report of a visit from ``visit[0]`` to ``visit[1]``, published on ``published``."""
    start, end = visit
    return make_report(inspection_start=start, inspection_end=end, published=published, **extra)


def _earlier(grade: str):
    """Ashbury's report of a 2023 inspection, graded ``grade`` in every area."""
    table = GOOD_ALL if grade == "good" else INADEQUATE_ALL
    visit = (date(2023, 3, 6), date(2023, 3, 17))
    return _dated(visit, date(2023, 5, 25), table=table, sha="e" * 64)


@pytest.mark.parametrize(
    ("earlier", "expected"),
    [("inadequate", "supported"), ("good", "contradicted")],
    ids=["true-of-that-inspection", "wrong-of-it"],
)
def test_in_that_inspection_points_back_to_the_inspection_named_before(settings, earlier, expected):
    """'... a jump of two grades since 2023. In that inspection, services were found
    inadequate overall': the words point back to 2023's inspection (drift36: held back as
    one of two readings, today's and 2023's). Wrong of that inspection, it is flagged."""
    text = (
        "The result means Ashbury's children's services are now rated good overall, a jump "
        "of two grades since 2023.\n\n"
        "In that inspection, services were found inadequate overall."
    )
    report = _dated((date(2026, 5, 4), date(2026, 5, 15)), date(2026, 7, 7), table=GOOD_ALL)
    got = claim_over(check_text(text, report, [_earlier(earlier)], settings), "that inspection")
    assert got.verdict == expected, got.explanation


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("the three monitoring visits", "contradicted"),
        ("the four monitoring visits", "supported"),
        ("3 monitoring visits", "contradicted"),
    ],
    ids=["in-words", "the-report's-count", "in-digits"],
)
def test_a_finding_counting_a_thing_the_sentence_counts_otherwise(settings, said, expected):
    """'since a joint targeted inspection in 2016 and the three monitoring visits that
    followed it, leaders have made purposeful and targeted progress' restating 'Since the
    joint targeted inspection (JTAI) in 2016, and the subsequent four monitoring visits,
    ...': the report counts them in so many words (drift37: supported, a number in words
    being no figure)."""
    report = (
        "1. Since the joint targeted inspection in 2016, and the subsequent four monitoring "
        "visits, senior leaders have made purposeful and targeted progress in strengthening "
        "arrangements in the multi-agency safeguarding hub and early help services.\n"
    )
    claim = (
        f"Since the joint targeted inspection and {said}, senior leaders have made "
        "purposeful and targeted progress in strengthening arrangements in the multi-agency "
        "safeguarding hub and early help services."
    )
    dated = _dated((date(2018, 5, 14), date(2018, 5, 25)), date(2018, 7, 2), text=report)
    got = check_one_finding(claim, dated, settings)
    assert got.verdict == expected, got.explanation


def test_counts_of_time_are_left_to_the_figures(settings):
    """A sentence gives several spans of days ('a reduction from 505 days ... to 386
    days'): a claim with one of them is not told it counts days otherwise."""
    report = (
        "80. The average time between a child entering care and moving in with their "
        "adoptive family is 386 days, a reduction from 505 days on the last published "
        "scorecard.\n"
    )
    claim = (
        "The average time between a child entering care and moving in with their adoptive "
        "family is 386 days."
    )
    got = check_one_finding(claim, report, settings)
    assert got.verdict != "contradicted", got.explanation


BOARD_ONLY = [("lscb", "requires_improvement", "The Local Safeguarding Children Board")]


@pytest.mark.parametrize(
    ("grade", "expected"),
    [("is inadequate", "contradicted"), ("requires improvement", "supported")],
)
def test_the_board_a_review_of_the_board_alone_grades(settings, grade, expected):
    """'The review, carried out by two inspectors over three days in June, judged that the
    board requires improvement', of a report that reviews the safeguarding board alone: the
    board is the one reviewed (drift37: left unchecked, the report grading no service)."""
    text = f"The review, carried out by inspectors in March, judged that the board {grade}."
    report = make_report(table=BOARD_ONLY, framework="sif")
    got = claim_over(check_text(text, report, [], settings), "board")
    assert got.verdict == expected, got.explanation


@pytest.mark.parametrize(
    ("grade", "expected"), [("inadequate", "contradicted"), ("good", "supported")]
)
def test_a_grading_verb_sharing_the_inspectors_subject(settings, grade, expected):
    """'They found that children's services “benefit from highly ambitious ... leadership”,
    and graded leadership, management and governance as outstanding': the inspectors grade
    (drift37: the first clause was read as another body grading, and the grade left
    unchecked)."""
    text = (
        "Inspectors visited Ashbury in March. They found that children's services “benefit "
        "from highly ambitious and capable leadership”, and graded the impact of leaders "
        f"as {grade}."
    )
    got = claim_over(check_text(text, make_report(table=GOOD_ALL), [], settings), "graded")
    assert got.verdict == expected, got.explanation


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("the experiences and progress of children who need help and protection", "contradicted"),
        ("the experiences and progress of children in care", "supported"),
    ],
    ids=["wrong-of-the-item", "true-of-it"],
)
def test_a_list_takes_the_grade_its_introduction_gives(settings, item, expected):
    """'The council was graded good for:' then one area a line: each area takes the
    introduction's grade (drift36: the items made no claim, so a wrong grade there went
    unchecked)."""
    text = f"Ashbury children's services rated good\n\nThe council was graded good for:\n- {item}\n"
    got = claim_over(check_text(text, make_report(), [], settings), "experiences")
    assert got.verdict == expected, got.explanation


def test_a_list_of_what_must_improve_takes_no_grade(settings):
    """'Ofsted rated the council inadequate, and said it must improve:' introduces what
    must improve, not areas graded inadequate: its items take no grade."""
    text = (
        "Ofsted rated the council inadequate, and said it must improve:\n"
        "- help and protection for children at risk of exploitation\n"
    )
    result = check_text(text, make_report(), [], settings)
    listed = [c for c in result.claims if c.text.startswith("help and protection")]
    assert all(c.kind != "rating" for c in listed), [(c.kind, c.verdict) for c in listed]
