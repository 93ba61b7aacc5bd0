"""A finding read against one clause of a long report sentence (session 18, findings18):
the limit on how many cases a clause holds, told as an adverb or a bare phrase before it
('In most cases, ...', 'mostly timely', '..., with most staff receiving ...'), left out by
a claim restating that clause."""

from __future__ import annotations

import pytest

from verify.check.common import content_words
from verify.check.negation import generalised
from verify.match import Hit


def _generalised(claim: str, report_says: str, lexical: float) -> bool:
    hit = Hit(start=0, end=len(report_says), score=0.6, passage=None, lexical=lexical)
    return generalised(claim, content_words(claim), report_says, hit)


@pytest.mark.parametrize(
    ("claim", "report_says"),
    [
        # Real reports: Redbridge 2024 (paragraphs 12 and 44), Wolverhampton 2022 (29).
        (
            "Effective and sensitive direct work helps children to talk about their worries "
            "and feelings.",
            "In most cases, effective and sensitive direct work helps children to talk about "
            "their worries and feelings and for workers to find out what they want to change.",
        ),
        (
            "Staff receive regular and reflective supervision that gives them clear direction.",
            "Management oversight and direction at the point of allocation are strengths, with "
            "most staff receiving regular and reflective supervision which provides them with "
            "clear direction, confidence and a shared ownership of risk.",
        ),
        (
            "Return home interviews are timely and comprehensive.",
            "Return home interviews are mostly timely and comprehensive.",
        ),
    ],
)
def test_a_limit_on_the_cases_of_the_restated_clause_is_dropped(claim, report_says):
    """The long sentence holds under RESTATED_MIN of its words in the claim (lexical 0.79):
    the limited clause itself holds nearly every word of the claim (was supported)."""
    assert _generalised(claim, report_says, lexical=0.7)


@pytest.mark.parametrize(
    "claim",
    [
        "In most cases, effective and sensitive direct work helps children to talk about "
        "their worries and feelings.",
        "Effective and sensitive direct work mostly helps children to talk about their "
        "worries and feelings.",
        # A looser paraphrase carrying only part of the clause is no restatement.
        "Direct work with children is effective, inspectors said.",
    ],
)
def test_a_claim_keeping_the_limit_or_only_near_it_is_not_generalised(claim):
    report_says = (
        "In most cases, effective and sensitive direct work helps children to talk about "
        "their worries and feelings and for workers to find out what they want to change."
    )
    assert not _generalised(claim, report_says, lexical=0.5)


def test_a_claim_telling_its_subject_with_the_reports_own_limit_is_not_generalised():
    """'a number of Zimbabwean social workers ...' keeps the limit the report's 'For
    instance, a number of ...' puts on them (session 22, quotes22: misleading, with
    MiniLM, as if the claim told of all of them)."""
    report_says = (
        "For instance, a number of Zimbabwean social workers have been promoted to become "
        "frontline team managers."
    )
    claim = (
        "Inspectors noted that a number of Zimbabwean social workers have been promoted to "
        "become frontline team managers."
    )
    assert not _generalised(claim, report_says, lexical=0.9)
    assert _generalised(claim.replace("a number of ", ""), report_says, lexical=0.9)


def test_a_limit_on_another_clause_is_not_the_claims():
    """'mostly' in a clause the claim does not restate limits something else."""
    report_says = (
        "Children are visited regularly by social workers who know them well, and foster "
        "carers mostly attend training."
    )
    claim = "Children are visited regularly by social workers who know them well."
    assert not _generalised(claim, report_says, lexical=0.7)


@pytest.mark.parametrize(
    ("claim", "report_says"),
    [
        # Dev articles (kingston-upon-hull_2019, liverpool_2023), gold supported: a bullet
        # naming a topic, and praise that says nothing of what the limit bears on.
        (
            "Early help services",
            "Some children and families who require low-level or targeted support are "
            "benefiting from effective early help delivered through locality-based services, "
            "including children's centres and targeted youth services.",
        ),
        (
            "The response to homeless 16 and 17 year olds is praised",
            "The response to homeless 16- and 17-year-olds is mostly effective, through "
            "established and clear pathways with housing.",
        ),
    ],
)
def test_a_claim_restating_no_limited_clause_by_its_own_words_is_not_generalised(
    claim, report_says
):
    assert not _generalised(claim, report_says, lexical=0.7)


def test_a_limited_clause_printing_an_abbreviation_holds_the_claims_words():
    """A real report (Shropshire 2022, paragraph 22) writes 'IROs' for the release's
    'independent reviewing officers' (``words.spellings.ABBREVIATED``): the limited clause
    held 5 of the claim's 8 words, under the bar (was supported)."""
    claim = (
        "Independent reviewing officers are having a positive impact on progressing and "
        "escalating concerns"
    )
    report_says = (
        "In most cases, IROs are having a positive impact on progressing and escalating "
        "concerns, to make a difference for children."
    )
    assert _generalised(claim, report_says, lexical=0.6)


@pytest.mark.parametrize(
    ("claim", "generalises"),
    [
        ("Children in care were not yet receiving a consistently good service.", False),
        ("Children in care are not yet consistently well supported.", False),
        ("Children in care were receiving a consistently good service.", True),
    ],
)
def test_a_claim_not_yet_reaching_a_whole_praises_nothing(claim, generalises):
    """'not yet receiving a consistently good service' tells the report's limit, so the
    report's 'not consistently' is no limit it drops (faithful5: misleading with the
    stand-in encoder); the same words without 'not yet' still generalise it."""
    report_says = "Practice for children in care is not consistently good."
    assert _generalised(claim, report_says, lexical=0.7) is generalises
