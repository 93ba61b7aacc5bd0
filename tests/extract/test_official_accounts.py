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
def test_grades_in_an_officials_quotation_are_theirs_but_a_councils_own_are_a_rating(
    text, rated
):
    assert ("rating" in kinds(text).values()) is rated, kinds(text)
