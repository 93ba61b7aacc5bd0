"""Shapes the written set's tune half showed extraction leaving unread or giving the wrong
kind (lane extract24): a council's 'has accepted ... and says' read as the inspectors'
words; a grade told in a relative clause on the report a council takes a stance on; a
finding in the release's own words before an inspectors' quotation; an event the visit is
placed beside ('just weeks after ...'); a region by its short name ('in Yorkshire'). Every
sentence here is invented."""

from __future__ import annotations

import pytest
from test_claim_recall import claims

from verify.types import Claim
from verify.words.speakers import framed_speaker

AFTER_FINDING = "Inspectors found that leaders know their services well.\n\n"


def _own(sentence: str, before: str = AFTER_FINDING) -> list[Claim]:
    """The claims of ``sentence`` placed after ``before``."""
    return [c for c in claims(before + sentence) if c.start >= len(before)]


def _kinds(sentence: str, before: str = AFTER_FINDING) -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in _own(sentence, before)]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Barset Borough Council has accepted the findings of an Ofsted inspection of its "
            "services and says work to address them has begun.",
            "Barset Borough Council",
        ),
        (
            "The county council has welcomed the Ofsted report on its fostering service and "
            "said it would act on every recommendation.",
            "The county council",
        ),
    ],
)
def test_a_second_predicate_of_saying_is_its_subjects(sentence, speaker):
    """'<subject> <predicate> and says ...': the subject both predicates share says it, not
    the words before 'says', which name Ofsted."""
    assert framed_speaker(sentence) == speaker
    (claim,) = _own(sentence)
    assert claim.kind == "opinion" and claim.attribution.role == "council"


def test_ofsted_doing_and_saying_is_still_the_inspectors():
    sentence = "Ofsted inspected the council's services in May and said leaders know them well."
    (claim,) = _own(sentence)
    assert claim.kind == "finding" and claim.attribution.role == "inspectors"


@pytest.mark.parametrize(
    "sentence",
    [
        "Barset Borough Council has accepted the findings of an Ofsted inspection which has "
        "rated its children's services inadequate, and has committed to improving quickly.",
        "The council has welcomed an Ofsted report that judged its children's services good.",
        "Cllr Ann Lee welcomed the report, which rated the council's services good.",
    ],
)
def test_a_grade_the_report_gave_beside_a_stance_is_a_rating(sentence):
    """The stance is the speaker's, but the relative clause telling what the report graded
    is the release's own account of it: a rating to check."""
    assert [k for k, _ in _kinds(sentence)] == ["rating"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Cllr Ann Lee said the report rated the council's services good.",
        "The council has welcomed the findings of the Ofsted report.",
        "The council has accepted that its services are inadequate.",
    ],
)
def test_what_a_speaker_says_or_accepts_stays_theirs(sentence):
    assert [k for k, _ in _kinds(sentence)] == ["opinion"]
