"""Shapes the extractor once left unread or gave to the wrong speaker (lane recall21):
a trust running the council's services as the subject, 'Leaders believe ...', a plan told
in the future with no subject of the council's own, emphatic 'did' before the finding's
verb, 'X agreed: “…”' after a title in apposition, and 'For Cllr X, that means “…”'."""

from __future__ import annotations

import pytest
from test_unread_sentences import over

OPENING = "Ofsted has rated the council's children's services good.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The trust has moved its head office to the town centre this year.",
        "The company has opened two new residential homes in the town since May.",
        "Achieving for Children runs children's services on behalf of the council.",
        "An improvement plan will be agreed with the Department for Education by the summer.",
        "Every child in care will be offered a free leisure pass from April.",
    ],
)
def test_the_trusts_doings_and_the_councils_plans_are_its_statements(sentence):
    """The trust running the services as the subject, or a plan told in the future with
    no subject of the council's own: the council's statement, a claim left unchecked."""
    text = f"Lunch was served in the hall.\n\n{sentence}"
    (claim,) = over(text, sentence)
    assert claim.kind == "opinion" and claim.attribution.role == "council"


def test_leaders_believing_speak_as_the_council():
    text = f"{OPENING}Leaders believe demand for family help will keep rising next year."
    (claim,) = over(text, "Leaders believe")
    assert claim.kind == "opinion" and claim.attribution.role == "council"


def test_ofsted_returning_is_no_plan_of_the_councils():
    text = f"{OPENING}Lunch was served in the hall.\n\nOfsted will return to the borough next year."
    assert all(c.kind != "opinion" for c in over(text, "Ofsted will return"))


def test_emphatic_did_keeps_the_finding_verb():
    for sentence in (
        "Inspectors did point out that management oversight is not always robust enough.",
        "However, they did ask for improvements in the timely identification of risk.",
    ):
        text = f"Inspectors visited the borough in March.\n\n{OPENING}{sentence}"
        (claim,) = over(text, sentence)
        assert claim.kind == "finding", (sentence, claim.kind)


def quote_speaker(text: str, words: str) -> tuple[str | None, str]:
    (quote,) = [c for c in over(text, words) if c.kind == "quote"]
    return quote.attribution.speaker, quote.attribution.role


def test_a_speaker_agreeing_before_a_colon_is_the_words_before_the_verb():
    text = (
        f"{OPENING}The company's chair, Andrew Fraser, agreed: “The board will hold the "
        "company to account.”\n\nMr Ashby agreed: “There is more to do.”"
    )
    assert quote_speaker(text, "The board") == ("The company's chair, Andrew Fraser", "other")
    assert quote_speaker(text, "There is more") == ("Mr Ashby", "other")


def test_for_a_named_person_that_means_gives_them_the_words():
    text = (
        f"{OPENING}For Cllr Tom Greaves, the cabinet member for children, the result means "
        "“we can help other councils learn”."
    )
    speaker, role = quote_speaker(text, "we can help")
    assert speaker == "Cllr Tom Greaves, the cabinet member for children" and role == "council"


def test_an_officials_account_beside_their_quotation_is_a_claim_of_its_own():
    text = (
        f"{OPENING}The council leader, Roger Croft, said the authority had “let children "
        "down” and would set out its plans within 70 working days.\n\n"
        "Cllr Ann Lee said: “We are proud.”"
    )
    (account,) = [c for c in over(text, "would set out its plans") if c.kind != "quote"]
    assert account.kind == "opinion" and account.attribution.role == "council"
    assert [c.kind for c in over(text, "We are proud")] == ["quote"]  # only the frame


def test_a_name_in_apposition_after_a_title_speaks():
    text = (
        f"{OPENING}Lunch was served.\n\nThe children's services union rep, Unison's Karen "
        "Pike, said caseloads were still too high in the west of the county."
    )
    (account,) = over(text, "caseloads were still too high")
    assert account.kind == "opinion"
    assert account.attribution.speaker == "The children's services union rep, Unison's Karen Pike"


def test_a_lead_in_before_the_speaker_is_no_account_of_theirs():
    """'In a statement issued ..., X said: “…”' tells when and where X spoke: the quotation
    is the claim, the lead-in no opinion of X's beside it."""
    text = (
        f"{OPENING}In a statement issued to the Echo on Friday, council leader Tom Brown "
        "said: “We are delighted with this result.”"
    )
    assert over(text, "In a statement issued") == []
    assert [c.kind for c in over(text, "We are delighted")] == ["quote"]
    closing = (
        f"{OPENING}The council had been told it “let children down” and would set out its "
        "plans within 70 working days, Cllr Roger Croft said."
    )  # the speaker closing the sentence: the words before are theirs
    assert "opinion" in [c.kind for c in over(closing, "would set out its plans")]
