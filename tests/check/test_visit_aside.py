"""The visit told in an aside after the subject of a finding ('The inspection, carried out
over a fortnight in October and November, found that ...'): the subject and its aside an
inspection fact, checked against the report's visit, and the rest the finding, checked
alone. A wrong length, month or team in the aside is flagged on the aside's words (was
unchecked since fixA24 told such an aside in passing); a right one is not; an aside with
nothing of the visit to check, or hung on something else, leaves the sentence whole."""

from __future__ import annotations

import pytest
from check_helpers import make_release, make_report

from verify.check import check_claims
from verify.extract import extract_claims
from verify.match import Encoder

# The Ashbury report's visit: 4 to 8 March 2024, four HMI and one Ofsted Inspector.
_FINDING = "found that early help services are well established across the borough"
_FLAGS = ("contradicted", "unsupported", "overstated")


def _checked(text: str, settings) -> list[tuple[str, str, str]]:
    """(kind, words, verdict) of each claim the release ``text`` makes, checked against the
    Ashbury report."""
    release = make_release(text)
    claims = [c for c in extract_claims(release) if c.kind != "quote"]
    result = check_claims(release, claims, [make_report()], [], settings, Encoder(settings))
    return [(c.kind, c.text, c.verdict) for c in result.claims]


@pytest.mark.parametrize(
    ("aside", "fact_verdict"),
    [
        ("The inspection, carried out over a week in March", "supported"),
        ("The inspection, carried out over a fortnight in March", "contradicted"),
        ("The inspection, carried out in early June", "contradicted"),
        ("The inspection, carried out by a team of five inspectors", "supported"),
        ("The inspection, carried out by a team of nine inspectors", "contradicted"),
        ("Inspectors, who visited the borough for a week in March", "supported"),
        ("Inspectors, who visited the borough for three weeks in March", "contradicted"),
        ("The visit, held over two weeks", "contradicted"),
    ],
)
def test_the_visit_told_in_an_aside_is_checked_beside_the_finding(aside, fact_verdict, settings):
    got = _checked(f"{aside}, {_FINDING}.", settings)
    assert [(kind, words) for kind, words, _ in got] == [
        ("inspection_fact", aside),
        ("finding", _FINDING),
    ]
    assert got[0][2] == fact_verdict, got
    assert got[1][2] not in _FLAGS, got


@pytest.mark.parametrize(
    "subject",
    [
        "The inspection, carried out under the new framework,",  # nothing of the visit
        "The review, carried out by the council in early June,",  # not the visit's time
    ],
)
def test_an_aside_telling_nothing_of_the_visit_leaves_the_sentence_whole(subject, settings):
    """No claim over the aside: the sentence is one claim, as before the split."""
    text = f"{subject} {_FINDING}."
    assert [words for _, words, _ in _checked(text, settings)] == [text]
