"""A clause stating the inspection's dates, duration or team is its own claim, so a wrong
date is flagged on the words that state it and the rest of the sentence is judged alone."""

from __future__ import annotations

import pytest

from verify.extract import extract_claims
from verify.extract.values import fact_clause
from verify.types import Release


def _parts(sentence: str, year: int | None = 2023) -> list[str]:
    return [sentence[a:b].strip(" .,") for a, b in fact_clause(sentence, year)]


@pytest.mark.parametrize(
    ("sentence", "fact", "rest"),
    [
        (
            "Following a four-week inspection in February, inspectors found that staff "
            "feel valued and supported.",
            "Following a four-week inspection in February",
            "inspectors found that staff feel valued and supported",
        ),
        (
            "The council achieved a judgement of 'Good' in its latest full inspection "
            "which took place between 11 and 21 July.",
            "which took place between 11 and 21 July",
            "The council achieved a judgement of 'Good' in its latest full inspection",
        ),
        (
            "The watchdog said performance had declined since it was last inspected "
            "four years ago.",
            "since it was last inspected four years ago",
            "The watchdog said performance had declined",
        ),
        (
            # a team opening the sentence is a fact of its own (session 31: a wrong team
            # flagged the right weeks and months told after it)
            "A 12-strong team spent two weeks in the borough in March and April and "
            "closely examined case files.",
            "A 12-strong team",
            "spent two weeks in the borough in March and April and closely examined case files",
        ),
    ],
)
def test_the_clause_stating_the_visit_is_split_from_the_rest(sentence, fact, rest):
    assert _parts(sentence) == [fact, rest]


@pytest.mark.parametrize(
    "sentence",
    [
        "The inspection took place between 11 and 21 July.",  # all of it is the fact
        # the date is the previous report's, not this inspection's
        "Ofsted rated the council inadequate in four areas, the same rating as its "
        "previous inspection report published in March 2020.",
        # the date sits between two clauses of the rest
        "Inspectors, who visited in March, found that help and protection had improved.",
        # no date, duration or team of a visit
        "Leaders know their services well, and children are safe.",
    ],
)
def test_no_split_without_a_fact_clause_at_either_end(sentence):
    assert fact_clause(sentence, 2023) == ()


def _claims(text: str) -> list[tuple[str, str]]:
    release = Release(source="r.txt", sha256="c" * 64, media_type="text", text=text)
    return [(c.kind, c.text) for c in extract_claims(release) if c.kind != "quote"]


def test_a_dated_clause_and_a_rating_are_two_claims():
    text = "Following a four-week inspection in February, Ashbury was rated good overall."
    claims = _claims(text)
    assert ("inspection_fact", "Following a four-week inspection in February") in claims
    rating = [t for k, t in claims if k == "rating"]
    assert rating and "February" not in rating[0]


def test_a_fact_clause_whose_rest_makes_no_claim_is_the_claim_alone():
    text = (
        "The inspection took place over a two-week period in January 2026, evaluating "
        "the experiences of children and young people."
    )
    assert _claims(text) == [
        ("inspection_fact", "The inspection took place over a two-week period in January 2026")
    ]


def test_a_fact_clause_after_its_subject_keeps_the_sentence_whole():
    text = "The inspection which took place in March found that children are safe."
    assert _claims(text) == [("inspection_fact", text)]


def test_a_relative_clause_dating_the_visit_after_its_team_is_a_fact_of_its_own():
    """'..., which began on 14 January and ended on 7 February' hung on the inspection
    makes a claim: the visit's dates, checked as its own fact (stress_errors3: was left out
    as words making no claim). One hung on something else is still left out."""
    text = (
        "A team of nine inspectors carried out the inspection, which began on 14 January "
        "and ended on 7 February."
    )
    assert _claims(text) == [
        ("inspection_fact", "A team of nine inspectors carried out the inspection"),
        ("inspection_fact", "which began on 14 January and ended on 7 February"),
    ]
    other = "A team of five inspectors visited the hub, which began work on 1 April."
    assert _claims(other) == [("inspection_fact", "A team of five inspectors visited the hub")]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "The inspection, carried out in early July, found that referrals to the hub "
            "are always answered quickly.",
            "The inspection, carried out in early July",
        ),
        (
            "The inspection, conducted in March, found that children are seen quickly.",
            "The inspection, conducted in March",
        ),
        (
            "The visit, held in May, found that leaders know their services well.",
            "The visit, held in May",
        ),
        (
            "Inspectors, who spent two weeks in the city, found that children are seen quickly.",
            "Inspectors, who spent two weeks in the city",
        ),
    ],
)
def test_a_visit_told_in_an_aside_is_a_fact_beside_the_finding(text, fact):
    """'The inspection, carried out in early July, found that ...' tells the visit in an
    aside, as 'Inspectors, who visited in March, found that ...' does: the subject and its
    aside are an inspection fact, its month or length checked against the visit, and the
    rest is the finding it reports (fixA24 made the sentence one finding, the aside's
    month or length unchecked; before, one inspection fact, its month supporting an
    overstated finding)."""
    rest = text[len(fact) + 1 :].strip(" .")
    assert _claims(text) == [("inspection_fact", fact), ("finding", rest)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The inspection, carried out in early July, lasted five days.", "inspection_fact"),
        ("The inspection, carried out under the new framework, found the council good.", "rating"),
        (
            "The inspection, carried out under the new framework, found that children are "
            "seen quickly.",
            "finding",
        ),
    ],
)
def test_a_visit_aside_beside_no_finding_or_nothing_to_check_keeps_the_sentence(text, kind):
    """An aside beside a rest that tells the visit, or an aside telling nothing of the
    visit to check, changes nothing: the sentence is one claim. (Beside a grade, an aside
    telling the visit is cut as beside a finding: tests/check/test_pairings38.py.)"""
    assert _claims(text) == [(kind, text)]
