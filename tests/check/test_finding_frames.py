"""A finding's frame cut before it is matched (session 25, lane frame25).

A claim cut from its sentence keeps the words that tie it to the rest and tell who said it
('although the watchdog said ...', 'However it also pointed out that ...', 'but warns ...',
'inspectors said, adding that ...', 'As a result ...'): counted as the finding's own, they
dilute its meaning and its share of the report sentence's words, and a true finding stayed
not_checkable. The frame is cut (``words.speakers.content_clause``); a wrong finding in the
same frame is still not supported. Sentences invented, against the invented Ashbury report.
"""

from __future__ import annotations

import pytest
from check_helpers import REPORT_TEXT, make_claim, make_release, make_report

from verify.check import check_claims
from verify.check.finding import topic
from verify.extract import extract_claims
from verify.match import Encoder


@pytest.mark.parametrize(
    ("claim", "left"),
    [
        (
            "although the watchdog said managers were not always checking frontline work",
            "managers were not always checking frontline work",
        ),
        (
            "However it also pointed out that there have been several changes of director.",
            "there have been several changes of director.",
        ),
        (
            "but warns a small number of children wait too long for a conference",
            "a small number of children wait too long for a conference",
        ),
        (
            "inspectors said, adding that most workers have manageable caseloads.",
            "most workers have manageable caseloads.",
        ),
        (
            "As a result caseloads have fallen for most teams",
            "caseloads have fallen for most teams",
        ),
        ("They found that plans are clear and timely.", "plans are clear and timely."),
        (
            "The report notes: decisions are timely and appropriate.",
            "decisions are timely and appropriate.",
        ),
    ],
)
def test_the_frame_opening_a_finding_is_cut(claim, left):
    assert topic(claim) == left


@pytest.mark.parametrize(
    "claim",
    [
        # A noun or adjective opening a sentence is no verb of saying.
        "Reports of missing children are followed up promptly.",
        "Identified needs are met quickly by the team.",
        # 'In addition to' opens what the sentence says, not a frame.
        "In addition to the financial challenges, leaders kept a stable workforce.",
        # Nothing left past the frame: the claim stays whole.
        "But the watchdog found gaps.",
    ],
)
def test_words_that_are_no_frame_stay(claim):
    assert topic(claim) == claim


def _finding(report, text, settings, quoted=False):
    release = make_release(text)
    claim = make_claim(release, text, kind="finding")
    if quoted:
        pieces = [p for c in extract_claims(release) if c.kind == "quote" for p in c.quote_pieces]
        assert pieces
        claim = claim.model_copy(update={"quoted": pieces})
    return check_claims(release, [claim], [report], [], settings, Encoder(settings)).claims[0]


_FRAMED = [
    ("although the watchdog said decisions are timely and appropriate", "supported"),
    ("However it also pointed out that thresholds are well understood by partners.", "supported"),
    ("but warns too many children wait too long for a conference", "supported"),
    # The same frames around what the report does not say: not supported.
    ("although the watchdog said decisions are slow and often inappropriate", "not_checkable"),
    ("However it also pointed out that partners ignore the agreed thresholds.", "not_checkable"),
    ("but warns that family hubs are closing across the borough", "not_checkable"),
]


@pytest.mark.parametrize(("text", "want"), _FRAMED)
def test_a_framed_finding_is_read_by_what_it_says(report, settings, text, want):
    got = _finding(report, text, settings)
    assert got.verdict == want, got.explanation


@pytest.mark.model
@pytest.mark.parametrize(("text", "want"), _FRAMED)
def test_a_framed_finding_is_read_by_what_it_says_by_meaning(report, settings, text, want):
    """The same with the embedding model: the frame cut, a wrong finding does not come
    nearer the report's sentence than the bar."""
    got = _finding(report, text, settings)
    assert got.verdict == want, got.explanation


_OPPOSITE = make_report(
    text=(
        "Inspection of Ashbury local authority children's services\n\n"
        "1. Managers do not always check frontline work closely enough.\n"
        "2. Families value the support they receive from family hubs."
    )
)


_DENIED = [
    "although the watchdog said managers always check frontline work closely enough",
    "However it also pointed out that managers always check frontline work closely enough.",
]


@pytest.mark.parametrize("text", _DENIED)
def test_a_framed_finding_the_report_denies_is_not_supported(settings, text):
    """The frame cut, nearly every word of the claim is the report's: its denial ('do not
    always') still tells it the other way."""
    got = _finding(_OPPOSITE, text, settings)
    assert got.verdict != "supported", got.explanation


@pytest.mark.model
@pytest.mark.parametrize("text", _DENIED)
def test_a_framed_finding_the_report_denies_is_not_supported_by_meaning(settings, text):
    got = _finding(_OPPOSITE, text, settings)
    assert got.verdict != "supported", got.explanation


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # The words beside the quotation are the report's, in another sentence: supported.
        (
            "“Families value the support they receive from family hubs,” inspectors said, "
            "adding that thresholds are well understood by partners.",
            "supported",
        ),
        # They are not the report's: support withheld, as before.
        (
            "“Families value the support they receive from family hubs,” inspectors said, "
            "adding that the council has opened three new youth centres.",
            "not_checkable",
        ),
        (
            "“Families value the support they receive from family hubs,” inspectors said, "
            "adding that thresholds are not understood by partners.",
            "not_checkable",
        ),
    ],
)
def test_words_beside_a_quotation_are_checked_alone(report, settings, text, want):
    """written24 (tune half): the words a claim adds beside its quotation were ranked with
    the quotation and found only in its sentence, which does not hold them: left
    not_checkable though the report says them elsewhere."""
    got = _finding(report, text, settings, quoted=True)
    assert got.verdict == want, got.explanation


def _with_improvements():
    """The Ashbury report with one 'What needs to improve' item."""
    from verify.types import Passage

    text = REPORT_TEXT + "\nThe timeliness of initial child protection conferences.\n"
    start = text.index("The timeliness of initial")
    item = Passage(
        id="i1",
        kind="improvement",
        page=2,
        start=start,
        end=start + len("The timeliness of initial child protection conferences."),
        text="The timeliness of initial child protection conferences.",
    )
    return make_report(text=text, improvements=(item,))


@pytest.mark.parametrize(
    "text",
    [
        "But the watchdog found gaps.",
        "Inspectors also found some areas for improvement.",
        "But the report was not without criticism.",
    ],
)
def test_a_finding_naming_only_criticism_is_the_list_to_improve(settings, text):
    """written24 (tune half): 'But the watchdog found gaps.' names nothing to rank by; what
    it says is what the report's list of what needs to improve says."""
    got = _finding(_with_improvements(), text, settings)
    assert (got.verdict, got.decided_by) == ("supported", "finding._improvements_listed")
    assert "timeliness" in got.evidence[0].text


@pytest.mark.parametrize(
    "text",
    [
        "But the watchdog found no gaps.",
        "But the watchdog found serious weaknesses.",
        "But the watchdog found gaps in the help given to care leavers.",
    ],
)
def test_none_a_grave_fault_or_a_named_one_is_not_the_list(settings, text):
    got = _finding(_with_improvements(), text, settings)
    assert got.decided_by != "finding._improvements_listed"


def test_a_report_listing_nothing_to_improve_does_not_support_criticism(report, settings):
    got = _finding(report, "But the watchdog found gaps.", settings)
    assert got.verdict == "not_checkable"
