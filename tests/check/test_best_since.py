"""'Not been rated this highly since at least 2014': today's grade is above every one given
after that year's inspection, which the earlier reports settle (lane noticed23: no grade
was read, so the sentence was a finding no passage says, left not_checkable)."""

from __future__ import annotations

from datetime import date

import pytest
from check_helpers import make_release, make_report

from verify.check import check_claims
from verify.extract import extract_claims
from verify.words.changes import best_since


def _overall(grade: str) -> list:
    return [("overall_effectiveness", grade, "Overall effectiveness")]


def _earlier(grades: dict[int, str]) -> list:
    """Earlier reports by year, latest first."""
    return [
        make_report(
            table=_overall(g),
            framework="sif",
            sha=str(i) * 64,
            published=date(y, 5, 1),
            inspection_start=date(y, 3, 1),
            inspection_end=date(y, 3, 20),
        )
        for i, (y, g) in enumerate(sorted(grades.items(), reverse=True))
    ]


@pytest.mark.parametrize(
    ("words", "then", "want"),
    [
        (
            "The council has not been rated this highly since at least 2014.",
            {2020: "requires_improvement", 2014: "requires_improvement"},
            "supported",
        ),
        (
            "It is the highest rating the council has had since 2014.",
            {2020: "requires_improvement", 2014: "good"},
            "supported",
        ),
        (
            "The council has not been rated this highly since at least 2014.",
            {2020: "good", 2014: "requires_improvement"},
            "contradicted",
        ),
        (
            "The council has not been rated this highly since 2010.",
            {2020: "requires_improvement", 2014: "requires_improvement"},
            "not_checkable",
        ),
    ],
)
def test_a_grade_told_as_the_best_since_a_year_is_checked_against_the_years_after(
    settings, words, then, want
):
    release = make_release(f"26 April 2024\n\n{words}")
    report = make_report(table=_overall("good"))
    got = check_claims(release, extract_claims(release), [report], _earlier(then), settings, None)
    [claim] = got.claims
    assert claim.verdict == want, claim.explanation


@pytest.mark.parametrize(
    ("words", "read"),
    [
        ("Services have not been judged this highly since at least 2014.", ("higher", 2014)),
        ("It is the council's best Ofsted rating since 2009.", ("higher", 2009)),
        ("It is the lowest grade the service has had since 2012.", ("lower", 2012)),
        ("Not since 2014 has the team worked so well.", None),
    ],
)
def test_the_best_since_a_year_is_read(words, read):
    assert best_since(words) == read
