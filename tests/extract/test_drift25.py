"""Shapes the drift wave's tune half showed extraction leaving unread or giving the wrong
kind (lane extract25): a count of the report's recommendations in the notes under 'ENDS';
another inspectorate named 'HMI ...'; a share of care leavers beside the national figure; a
group of councils by grade; a council 'like councils across the country'; a second 'that'
clause after an inspection fact's finding verb; the report's publication in a quotation's
closing frame; a concessive clause before an inspectors' quotation; a judging verb's object
beside a quotation. Every sentence here is invented."""

from __future__ import annotations

import pytest
from extract_helpers import claims_after, claims_in, kinds_after, over

from verify.types import Claim

OPENING = "Barset's children's services have been rated good by Ofsted.\n\n"


def _own(sentence: str, before: str = OPENING) -> list[Claim]:
    return claims_after(before, sentence)


def _kinds(sentence: str, before: str = OPENING) -> list[tuple[str, str]]:
    return kinds_after(before, sentence)


@pytest.mark.parametrize(
    "note",
    [
        "- Ofsted made 8 recommendations to the council and two to the safeguarding board.",
        "Inspectors made six recommendations for improvement.",
    ],
)
def test_a_count_of_recommendations_under_ends_is_read(note):
    """The notes under 'ENDS' count what the report asks to improve: a finding the report's
    list settles, as in the release's body (was no claim: only grades and dates were read
    at the foot)."""
    text = OPENING + "ENDS\n\nNotes to editors\n" + note + "\n"
    words = note.lstrip("- ")
    (claim,) = over(claims_in(text), text, words)
    assert claim.kind == "finding"
    assert claim.values.improvements is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Ofsted is passing its concerns to HMI Constabulary.",
        "Ofsted has shared its findings with HMI Probation.",
        "Inspectors will share what they found with HM Inspectorate of Constabulary.",
    ],
)
def test_another_inspectorate_is_no_fact_of_this_inspection(sentence):
    """'HMI Constabulary' is another inspectorate, not one of Ofsted's inspectors: what
    Ofsted does with it is the report's account, a finding (was an inspection fact by
    'HMI', with nothing to compare)."""
    kinds = [k for k, _ in _kinds(sentence)]
    assert "inspection_fact" not in kinds


def test_ofsteds_own_hmi_still_makes_a_fact():
    (claim,) = _own("The inspection was led by Jo Park HMI.")
    assert claim.kind == "inspection_fact"


@pytest.mark.parametrize(
    "sentence",
    [
        "The council keeps in touch with all but two of its 140 care leavers, and 91 per "
        "cent live in suitable accommodation, well above the national figure.",
        "Some 88 per cent of care leavers are in education, training or work, above the "
        "national average.",
    ],
)
def test_a_share_of_children_beside_the_national_figure_is_a_finding(sentence):
    """A count or share of the council's children or care leavers, set beside the national
    figure, is what the report measured: a finding (was national by its 'per cent' and
    'national', a rank among councils the archive cannot settle)."""
    kinds = {k for k, _ in _kinds(sentence)}
    assert kinds == {"finding"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Barset is in the top 10 per cent of councils nationally.",
        "Barset is now one of the best performing councils in the country.",
        "Only 12 per cent of councils nationally are rated outstanding.",
    ],
)
def test_a_standing_among_councils_is_still_national(sentence):
    assert [k for k, _ in _kinds(sentence)] == ["national"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The rating puts Barset in a small group of London boroughs judged outstanding.",
        "The result places the county among a handful of councils rated outstanding.",
        "Barset joins a small group of northern authorities rated good in every area.",
    ],
)
def test_a_group_of_councils_by_grade_is_national(sentence):
    """A place in a group of councils with a grade is a standing among them (was a rating of
    the report, supported by its grade alone)."""
    assert [k for k, _ in _kinds(sentence)] == ["national"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Like councils across the country, Barset faces real challenges in recruiting and "
        "keeping social workers.",
        "Like many authorities nationally, the council has struggled to find foster carers.",
        "As with other councils across England, Barset relies on agency staff.",
    ],
)
def test_a_council_like_councils_nationally_is_national(sentence):
    """A council set beside councils across the country is a claim about them, which no
    report settles (was no claim, or a finding)."""
    assert [k for k, _ in _kinds(sentence)] == ["national"]


def test_like_a_council_of_the_report_is_no_standing():
    sentence = "Like the council's leaders, inspectors found social workers knew children well."
    assert "national" not in [k for k, _ in _kinds(sentence)]


def test_a_second_that_clause_after_a_facts_finding_verb_is_a_finding():
    """'The two-week inspection in May found A, and that B': the second 'that' clause is
    the report's finding too, checked alone (was dropped: the rest of an inspection fact
    making no claim by its own words)."""
    sentence = (
        "The three-week inspection in May found some children wait too long for an "
        "assessment, and that a small number of care leavers had been living in unsuitable "
        "homes for several weeks."
    )
    claims = _kinds(sentence)
    assert claims[0][0] == "inspection_fact"
    assert any(k == "finding" and "small number of care leavers" in t for k, t in claims)


@pytest.mark.parametrize(
    "sentence",
    [
        '"Children in Barset receive a good service," the report, published on Monday, states.',
        '"Children in Barset receive a good service," says the report, published on Monday.',
    ],
)
def test_the_reports_publication_in_a_quotations_closing_frame_is_a_fact(sentence):
    """The frame after a quotation tells when the report was published: a fact of its own,
    the quotation checked as a quote (was a finding of the whole sentence, by the frame's
    words counted as a paraphrase past the quotation)."""
    kinds = _kinds(sentence)
    assert ("inspection_fact", "published on Monday") in kinds
    assert "finding" not in [k for k, _ in kinds]


def test_a_quotations_long_paraphrase_after_it_is_still_a_finding():
    sentence = (
        '"Leaders know their services well," the report says, adding that children in care '
        "are seen regularly by their social workers."
    )
    assert "finding" in [k for k, _ in _kinds(sentence)]


@pytest.mark.parametrize(
    ("sentence", "finding"),
    [
        (
            "While most families get a timely response from the front door, "
            '"for some children the response is too slow", it added.',
            "While most families get a timely response from the front door",
        ),
        (
            "Although most children see their social worker regularly, "
            '"too many wait for a plan", the report said.',
            "Although most children see their social worker regularly",
        ),
    ],
)
def test_a_concessive_clause_before_the_inspectors_quotation_is_a_finding(sentence, finding):
    """A concession opening the sentence ('While most children get ..., “…”, it added')
    states a finding of its own beside the quotation (was left to the quotation alone: its
    present-tense verb is none the clause reader knows)."""
    assert ("finding", finding) in _kinds(sentence)


def test_a_speakers_own_concession_makes_no_finding():
    sentence = 'While we are proud of our staff, "there is more to do", the leader said.'
    assert "finding" not in [k for k, _ in _kinds(sentence)]


@pytest.mark.parametrize(
    ("sentence", "finding"),
    [
        (
            'Ofsted recognises strong support for care leavers and "necessary foundations" '
            "for improvement in children's services",
            "Ofsted recognises strong support for care leavers",
        ),
        (
            "Inspectors praised the council's work with care leavers and its \"ambitious "
            'and caring" leaders.',
            "Inspectors praised the council's work with care leavers",
        ),
    ],
)
def test_a_judging_verbs_own_object_beside_a_quotation_is_a_finding(sentence, finding):
    """'Ofsted recognises A and “B”': the object the verb judges in the release's own words
    is a finding of its own beside the quotation (was left to the quotation alone)."""
    assert ("finding", finding) in _kinds(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        'Inspectors praised the "ambitious and caring" leaders.',
        'Ofsted found that leaders "know their services well".',
        'Ofsted praised leaders and "the stable workforce" they built.',
    ],
)
def test_a_judging_verbs_short_object_beside_a_quotation_makes_no_finding(sentence):
    assert "finding" not in [k for k, _ in _kinds(sentence)]
