"""A grade with the year it was given right after it ('the inadequate rating given in
2019', 'an inadequate grade awarded in 2019', 'an inadequate rating in 2019') is that
year's, as 'rated inadequate in 2019' is, whatever year stands before it (session 23's
derived sets: 'The inspection in March 2024 followed the inadequate grade given in 2019'
read the grade as 2024's, and contradicted it by today's table)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from check_helpers import make_release

from verify.check import check_claims
from verify.extract import extract_claims
from verify.extract.values import parse_values
from verify.types import FLAGS


def _years(sentence: str, grade: str) -> list[int]:
    [mention] = [g for g in parse_values(sentence, 2024).grades if g.grade == grade]
    return mention.years_near


@pytest.mark.parametrize(
    "sentence",
    [
        "The report, published in April 2024, replaces the inadequate rating given in 2019.",
        "The inspection in March 2024 followed the inadequate grade given in 2019.",
        "The inspection in March 2024 followed the inadequate grade awarded in 2019.",
        "The report, published in April 2024, follows an inadequate rating in 2019.",
        "In 2024, the council left behind the inadequate rating it was given in 2019.",
        "Its March 2024 report ended the inadequate judgement handed down in May 2019.",
    ],
)
def test_a_year_given_right_after_a_grade_is_its_own(sentence):
    assert _years(sentence, "inadequate") == [2019]


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        # the year after the grade is another thing's: the one before still dates it
        ("In 2019 the council was rated inadequate, and a new director came in 2020.", [2019]),
        ("The inspection in 2019 rated the council inadequate; in 2021 it hired staff.", [2019]),
        # no year after it: the year before is its own, as before
        ("The inspection in March 2019 rated the council inadequate.", [2019]),
    ],
)
def test_a_year_before_a_grade_stays_its_own_when_none_follows_as_its_own(sentence, years):
    assert _years(sentence, "inadequate") == years


@pytest.mark.parametrize(
    ("said", "want"),
    [
        ("The inspection in March 2024 followed the good grade given in 2019.", "supported"),
        (
            "The report, published in April 2024, keeps the good rating awarded in 2019.",
            "supported",
        ),
        ("The inspection in March 2024 followed the inadequate grade given in 2019.", "flagged"),
    ],
)
def test_a_grade_given_in_an_earlier_year_is_checked_against_that_inspection(
    report, settings, said, want
):
    """The earlier grade is the 2019 inspection's (the report's account: good), never
    today's table's: was a rating of 2024, and 'inadequate' contradicted by today's grades
    whatever 2019 gave."""
    settings = replace(settings, provisional_flags=True)
    release = make_release(said)
    [claim] = check_claims(release, extract_claims(release), [report], [], settings, None).claims
    assert claim.kind == "comparison", claim.explanation
    assert claim.verdict == want or (want == "flagged" and claim.verdict in FLAGS)
