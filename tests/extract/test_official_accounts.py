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
