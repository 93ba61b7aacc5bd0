"""The errors real releases make, on an invented report: each form of a wrong claim
flagged on its positive evidence, and the faithful form beside it left unflagged."""

from __future__ import annotations

import pytest
from check_helpers import make_claim, make_release, make_report

from verify.check import check_claims
from verify.types import FLAGS, Attribution

TEXT = "\n".join(
    [
        "1. Partner agencies are unclear about who they can contact if they need to discuss a "
        "concern about a child.",
        "2. Although some early help services are making a difference to families, this work is "
        "not coordinated well enough.",
        "3. Most children live in stable homes, close to the people and places that matter to "
        "them.",
        "4. Young people say the help of their personal advisers is invaluable when they move "
        "into their own homes.",
        "5. Thresholds for intervention are clear in the east of the county and unclear in the "
        "west.",
        "6. Ensure that all social work caseloads are manageable and that supervision fully "
        "supports reflective practice.",
        "7. Most children in care live in stable homes which meet their needs.",
        "8. The timeliness of initial assessments has deteriorated in recent months.",
        "9. Subsequent child protection investigations are typically superficial.",
    ]
)


@pytest.fixture()
def report():
    """Paragraph 6 a SIF report's numbered recommendation: a passage by its number, and
    an item to improve by the same id."""
    made = make_report(TEXT, framework="sif")
    listed = next(p for p in made.passages if p.number == 6)
    return made.model_copy(
        update={"improvements": [listed.model_copy(update={"kind": "improvement"})]}
    )


def verdict_of(report, settings, text, snippet=None, given_to=None, **kw):
    """The verdict on one claim over ``snippet`` (the whole ``text`` unless given), a
    finding unless said, and given to ``given_to`` (as extraction attributes a finding
    told by inspectors) when said."""
    release = make_release(text)
    claim = make_claim(release, snippet or text, **({"kind": "finding"} | kw))
    if given_to:
        claim = claim.model_copy(update={"attribution": Attribution(role=given_to)})
    return check_claims(release, [claim], [report], [], settings, None).claims[0]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # 'unclear' negates the claim's 'clear' as 'not clear' would
        (
            "Inspectors found that partner agencies are clear about who they can contact if they "
            "need to discuss a concern about a child.",
            "contradicted",
        ),
        (
            "Partner agencies are unclear about who they can contact if they need to discuss a "
            "concern about a child.",
            "supported",
        ),
        # 'invaluable' is no 'not valuable'
        (
            "Young people say the help of their personal advisers is valuable when they move into "
            "their own homes.",
            None,
        ),
        # 'clear in the east and unclear in the west' tells a variation, not the opposite
        ("Thresholds for intervention are clear in the east of the county.", None),
    ],
)
@pytest.mark.provisional
def test_a_word_negated_by_its_prefix_negates_the_claims_word(report, settings, text, want):
    got = verdict_of(report, settings, text)
    if want is None:
        assert got.verdict not in FLAGS, got.explanation
    else:
        assert got.verdict == want, got.explanation


@pytest.mark.parametrize(
    "text",
    [
        "The watchdog found that early help services are making a difference to families.",
        "The regulator said that early help services are making a difference to families.",
        "Inspectors said children live in stable homes, close to the people and places that "
        "matter to them.",
    ],
)
@pytest.mark.provisional
def test_a_limit_the_claim_leaves_out_is_found_after_a_conjunction_or_in_its_phrase(
    report, settings, text
):
    """'Although some ...' limits the clause it opens; 'Most children live in stable homes,
    close to ...' limits the phrase after it; 'the watchdog' frames a finding as
    'inspectors' do, so its words are not counted as the finding's."""
    got = verdict_of(report, settings, text)
    assert got.verdict == "misleading", got.explanation


def test_a_limit_the_claim_keeps_is_not_flagged(report, settings):
    text = "Some early help services are making a difference to families, the watchdog found."
    assert verdict_of(report, settings, text).verdict not in FLAGS


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Inspectors found that all social work caseloads are manageable and that supervision "
            "fully supports reflective practice.",
            "misleading",
        ),
        # told as what the council must do, it praises nothing
        (
            "Inspectors said the council must ensure that all social work caseloads are "
            "manageable and that supervision fully supports reflective practice.",
            None,
        ),
    ],
)
def test_a_sif_recommendation_told_as_found_is_praise_of_an_item_to_improve(
    report, settings, text, want
):
    got = verdict_of(report, settings, text, given_to="inspectors")
    if want is None:
        assert got.verdict not in FLAGS, got.explanation
    else:
        assert got.verdict == want, got.explanation


def test_a_sif_recommendation_told_done_in_the_councils_account_is_not_flagged(report, settings):
    """A recommendation asks an action of the council; a release telling it done (no
    inspectors named) is the council's own account, not praise given to inspectors."""
    text = (
        "All social work caseloads are manageable and supervision fully supports reflective "
        "practice."
    )
    assert verdict_of(report, settings, text).verdict not in FLAGS


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            'Inspectors said "children in care live in stable homes which meet their needs".',
            "misleading",
        ),
        (
            'Inspectors said most "children in care live in stable homes which meet their needs".',
            "supported",
        ),
    ],
)
@pytest.mark.provisional
def test_a_quotation_cut_just_after_the_reports_limit_is_misleading(report, settings, text, want):
    snippet = "children in care live in stable homes which meet their needs"
    got = verdict_of(report, settings, text, snippet, kind="quote", role="inspectors")
    assert got.verdict == want, got.explanation


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Inspectors said the timeliness of initial assessments has improved in recent months.",
            "contradicted",
        ),
        ("The timeliness of initial assessments has deteriorated in recent months.", "supported"),
    ],
)
@pytest.mark.provisional
def test_a_change_the_report_tells_the_other_way_is_contradicted(report, settings, text, want):
    """The sentence holding the claim's words tells the opposite change ('deteriorated',
    a decline: ``words.changes.DIRECTION``)."""
    got = verdict_of(report, settings, text)
    assert got.verdict == want, got.explanation


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The report said subsequent child protection investigations are typically thorough.",
            "contradicted",
        ),
        ("Subsequent child protection investigations are typically superficial.", "supported"),
    ],
)
@pytest.mark.provisional
def test_a_criticism_in_ofsteds_words_restated_as_praise_is_contradicted(
    report, settings, text, want
):
    """'superficial', 'ineffective' and 'drift' criticise as 'poor' does."""
    got = verdict_of(report, settings, text)
    assert got.verdict == want, got.explanation
