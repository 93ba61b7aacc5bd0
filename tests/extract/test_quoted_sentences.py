"""A quotation of several sentences is one quote claim: none of its sentences is also
a claim of its own, whatever the marks, the number of sentences or where its source
stands (a claim extracted twice is counted, and may be judged, twice)."""

from __future__ import annotations

import pytest

from verify.extract import extract_claims
from verify.types import Release

_OPENING = "Ofsted inspected the service in May 2024.\n\n"

_SENTENCES = [
    "Children are safe.",
    "Leaders know their services well.",
    "Staff say they are well supported.",
]


def release(text: str) -> Release:
    return Release(source="t.txt", sha256="0" * 64, media_type="text", text=text)


def _quoted(count: int, close: str) -> str:
    """``count`` sentences, the last one's stop turned into ``close`` (',' before a source)."""
    said = " ".join(_SENTENCES[:count])
    return said[:-1] + close


def _claims(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in extract_claims(release(_OPENING + text + "\n"))]


@pytest.mark.parametrize("count", [2, 3])
@pytest.mark.parametrize("marks", ['""', "“”", "‘’", "''"])
@pytest.mark.parametrize("source", ["the report says", "inspectors said", "said Ofsted"])
def test_source_after_quotation_makes_no_second_claim(count, marks, source):
    quoted = _quoted(count, ",")
    claims = _claims(f"{marks[0]}{quoted}{marks[1]} {source}.")
    assert claims[1:] == [("quote", quoted)]


@pytest.mark.parametrize("count", [2, 3])
@pytest.mark.parametrize("marks", ['""', "“”"])
@pytest.mark.parametrize("source", ["The report says:", "Inspectors said:", "Ofsted said"])
def test_source_before_quotation_makes_no_second_claim(count, marks, source):
    quoted = _quoted(count, ".")
    claims = _claims(f"{source} {marks[0]}{quoted}{marks[1]}")
    assert claims[1:] == [("quote", quoted)]


@pytest.mark.parametrize("after", ["", " it adds."])
def test_quotation_after_source_then_another_quotation(after):
    """The source between two quotations of several sentences (the second with its own
    source after it, or none): two quote claims only."""
    first = _quoted(2, ",")
    second = "Caseloads are manageable. Plans are reviewed often" + ("," if after else ".")
    claims = _claims(f"“{first}” the report says. “{second}”{after}")
    assert claims[1:] == [("quote", first), ("quote", second)]


def test_paraphrase_past_the_quotation_stays_a_claim():
    """Words of the release's own after the source ('adding that ...') still make one."""
    claims = _claims(
        "“Children are safe. Leaders know their services well,” the report says, adding "
        "that social workers visit children regularly and that caseloads are manageable."
    )
    assert ("quote", "Children are safe. Leaders know their services well,") in claims
    assert any(kind == "finding" for kind, _ in claims)


@pytest.mark.parametrize("marks", ['""', "“”", "‘’"])
def test_claim_past_the_quotation_holds_none_of_its_words(marks):
    """The sentence that closes a quotation and goes on in the release's own words is a
    claim from the source on: the quoted words are the quote claim's alone."""
    quoted = "Children are safe. Leaders know their services well,"
    own = "the report says, adding that the service was rated good in 2019."
    claims = _claims(f"{marks[0]}{quoted}{marks[1]} {own}")
    assert claims[1:] == [("quote", quoted), ("comparison", own)]
