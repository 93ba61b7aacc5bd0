"""An official's account of the report is theirs (the conventions: opinion, not checked),
however the release frames it: with a quotation of theirs in the sentence, or with the
official opening the sentence as its source ('According to the director, ...')."""

from __future__ import annotations

import pytest

from verify.extract import extract_claims
from verify.types import Release


def kinds(text: str) -> dict[str, str]:
    release = Release(source="r.txt", sha256="b" * 64, media_type="text", text=text)
    return {c.text: c.kind for c in extract_claims(release)}


@pytest.mark.parametrize(
    "text",
    [
        "Speaking after the report was published, chief executive Tom Hall said the "
        "inadequate grade for leadership was “a wake-up call”.",
        "According to the council's director of children's services, every area was judged good.",
    ],
)
def test_an_officials_account_of_a_grade_is_their_opinion(text):
    got = kinds(text)
    sentence = [k for t, k in got.items() if "grade" in t or "judged" in t]
    assert sentence == ["opinion"], got


def test_according_to_the_inspectors_is_still_theirs():
    got = kinds("According to inspectors, services were rated good overall.")
    assert list(got.values()) == ["rating"]


@pytest.mark.parametrize(
    ("text", "rated"),
    [
        # An official's quotation: the grades in it are theirs (no rating claim).
        (
            "Cllr Ann Lee said: “I am delighted that our children's services have been "
            "rated good overall by Ofsted.”",
            False,
        ),
        # The council speaking as a body (the seed's tweet): its release's own claim.
        (
            "Positive news this morning. Following the recent Ofsted inspection of our "
            "Children's Services, the service has been rated overall as ‘Good’. "
            "pic.twitter.com/PZE26zwxFs\n"
            "— Brackenford Council (@BrackenfordCouncil) January 12, 2024\n",
            True,
        ),
    ],
)
def test_grades_in_an_officials_quotation_are_theirs_but_a_councils_own_are_a_rating(text, rated):
    assert ("rating" in kinds(text).values()) is rated, kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # A person named by what they are, or a partner, tells their own account: a grade
        # in it is theirs (was a rating, flagged contradicted against the table)
        "One father said the early help team had “turned our lives around” and that Ofsted "
        "should have rated the service outstanding.",
        "Parents told the Times the council's early help service deserved to be rated outstanding.",
        "Derbyshire Police said the partnership was rated outstanding by Ofsted.",
        # A person's stance, then their account ('welcomed the report, saying ...')
        "Local MP Jane Hart welcomed the report, saying the council was now rated good in "
        "every area.",
        # Reported with the verbs of a claim or belief
        "The leader of the opposition, Cllr Mo Khan, claimed services for children in care "
        "were judged inadequate.",
        "Council bosses insist the council is the only one in the region rated outstanding.",
        "Council leaders believe the council is one of only three in the region rated good.",
        # 'He added' after a speaker named at the end of their quotation, telling a paper
        "“Our front door is one of the best,” Cllr Alan Dean told the Times. He added that "
        "the council's leaders had been rated good “because they are good”.",
    ],
)
def test_a_speakers_reported_account_is_their_opinion(text):
    got = kinds(text)
    assert "rating" not in got.values() and "national" not in got.values(), got
    assert "opinion" in got.values(), got


def test_a_statistic_told_by_a_government_source_is_still_a_claim():
    """A body that is no person or partner ('the Department for Education says') is a
    statistic's source, not an account of the inspection."""
    got = kinds(
        "Roughly a third of councils nationally are rated good, the Department for Education says."
    )
    assert list(got.values()) == ["national"]


def test_a_claim_inside_an_officials_quotation_carries_their_attribution():
    """A standing or finding told inside an official's quotation is theirs: checked as their
    account (``check.officials_own``), never as the release's or the inspectors'."""
    release = Release(
        source="r.txt",
        sha256="b" * 64,
        media_type="text",
        text=(
            "Cllr Ann Lee said: “We are proud. We are one of only two councils in England rated "
            "outstanding in every area.”"
        ),
    )
    claims = [c for c in extract_claims(release) if c.kind != "quote"]
    assert claims and all(c.attribution and c.attribution.role == "council" for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        # What people told the inspectors is the report's record of them, a finding
        "Care leavers told inspectors they did not like having to accept their first "
        "housing offer.",
        # A council publication is no person: its claim is checked as the release's own
        "Ofsted rated every area good, the council's newsletter claimed.",
    ],
)
def test_words_told_to_inspectors_or_printed_by_the_council_are_checked(text):
    assert "opinion" not in kinds(text).values(), kinds(text)
