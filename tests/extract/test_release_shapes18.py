"""Release shapes extraction misread (lane extract18): a bare pointer after a quotation,
the publisher's notes at a release's foot, a pronoun speaker with words between it and
its verb, a judgement's 'services' before its 'require improvement', and one quotation
broken by its attribution. Each test failed on the code before the fix it names."""

from __future__ import annotations

import pytest
from extract_helpers import claims_in, over

_QUOTED = '"Social workers know the children they work with well," the report says.\n\n'


@pytest.mark.parametrize(
    "pointer",
    [
        "That is what the report says.",
        "This is what inspectors found.",
        "That's exactly what Ofsted has said.",
        "This is what the inspectors found in their report.",
    ],
)
def test_a_pointer_back_at_a_quotation_is_no_claim(pointer):
    """'That is what the report says.' restates nothing (was a finding: POINTS_BACK)."""
    text = f"{_QUOTED}{pointer}\n"
    assert over(claims_in(text), text, pointer) == []


def test_a_pointer_with_words_of_its_own_is_still_read():
    text = f"{_QUOTED}This is what inspectors found in the front door: delays for children.\n"
    assert over(claims_in(text), text, "This is what inspectors found in the front door")


_NOTES = (
    "Services for children in care have been rated good by Ofsted.\n\n"
    "Inspectors spent two weeks with social workers, foster carers and young people in "
    "the county in March.\n\n"
    "{heading}\n\n"
    "Each authority is judged outstanding, good, requires improvement to be good, or "
    "inadequate.\n\nThe council serves around 880,000 residents across eight districts.\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "ENDS",
        "About the council",
        "About Staffordshire County Council",
    ],
)
def test_the_notes_at_a_releases_foot_are_no_claims(heading):
    """What follows 'ENDS' or 'About the council' describes the council or the press office
    (was a finding and an inspection fact: ``text.Furniture``)."""
    text = _NOTES.format(heading=heading)
    claims = claims_in(text)
    assert over(claims, text, "Each authority is judged") == []
    assert over(claims, text, "The council serves") == []
    assert over(claims, text, "Services for children in care")


@pytest.mark.parametrize("heading", ["Notes to editors", "Notes for editors:", "Editor's notes"])
def test_the_notes_to_editors_are_read(heading):
    """Releases put the inspection's dates, its judgements and the earlier grades in their
    notes to editors: those are claims to check, so the notes open no page furniture."""
    text = _NOTES.format(heading=heading)
    assert over(claims_in(text), text, "Each authority is judged")


def test_a_heading_about_the_inspection_is_not_the_notes():
    text = _NOTES.format(heading="About the inspection")
    assert over(claims_in(text), text, "Each authority is judged")


@pytest.mark.parametrize("frame", ["She went on to say that", "She also said that"])
def test_a_pronoun_speaker_with_words_before_the_verb_carries_on(frame):
    """'She went on to say that ...' is the councillor's account (was no claim at all:
    ``speakers._BEFORE_SAYING``)."""
    text = (
        'Councillor Liz Carter, lead councillor for children, said: "Our staff have worked '
        'hard."\n\nSocial workers were also thanked by the chair, Tom Barrett, on Tuesday.\n\n'
        f"{frame} the front door was a strength of the service.\n"
    )
    (claim,) = over(claims_in(text), text, frame)
    assert claim.kind == "opinion"
    assert claim.attribution.speaker.startswith("Councillor Liz Carter")


@pytest.mark.parametrize(
    ("sentence", "grade"),
    [
        ("Help and protection services require improvement.", "requires_improvement"),
        (
            "Services for children who need help and protection require improvement.",
            "requires_improvement",
        ),
        ("Help for children who need protection is good.", "good"),
    ],
)
def test_help_and_protection_named_in_the_releases_own_voice_is_a_rating(sentence, grade):
    """The judgement's 'services' before 'require improvement', and 'children who need
    protection', name help and protection (was no grade: a finding or no claim)."""
    text = f"Ofsted has published its report on the council.\n\n{sentence}\n"
    (claim,) = over(claims_in(text), text, sentence)
    assert claim.kind == "rating"
    assert [(g.grade, g.judgement) for g in claim.values.grades] == [(grade, "help_and_protection")]


_OPENING = "Ofsted has published its report.\n\n"


@pytest.mark.parametrize(
    "frame",
    [", the report says, ", ", inspectors wrote, ", ", said the lead inspector, "],
)
def test_a_quotation_broken_by_its_attribution_is_one_claim(frame):
    """'"A," the report says, "B."' is one quotation of two pieces, given to the speaker
    its frame names (was two quote claims, so a splice across the break went unseen:
    ``attribution.resumes``)."""
    text = f'{_OPENING}"Care leavers are very well supported,"{frame[1:]}"PAs know them well."\n'
    quotes = [c for c in claims_in(text) if c.kind == "quote"]
    assert len(quotes) == 1
    assert [p.text for p in quotes[0].quote_pieces] == [
        "Care leavers are very well supported,",
        "PAs know them well.",
    ]
    assert quotes[0].attribution.role == "inspectors"


@pytest.mark.parametrize(
    "between",
    ['," the report says. "', '," the report says.\n\n"', '" and "', '," she said, adding: "'],
)
def test_two_quotations_apart_stay_two(between):
    """A frame ending in a stop, a paragraph break, or no reporting frame: two quotations."""
    text = f'{_OPENING}"Care leavers are very well supported{between}PAs know them well."\n'
    quotes = [c for c in claims_in(text) if c.kind == "quote"]
    assert len(quotes) == 2, [c.text for c in quotes]


@pytest.mark.parametrize(
    "sentence",
    ["The borough still requires improvement.", "The county requires improvement."],
)
def test_the_place_said_by_its_kind_before_requires_improvement_is_the_whole(sentence):
    """'The borough still requires improvement.' grades the council's services (was no
    claim: ``qualifiers.subjects._PLACE_NOUNS``); a part in the place stays plain English."""
    text = f"Ofsted has published its report on the council.\n\n{sentence}\n"
    (claim,) = over(claims_in(text), text, sentence)
    assert claim.kind == "rating"
    assert [g.grade for g in claim.values.grades] == ["requires_improvement"]


def test_a_part_of_the_work_in_the_place_is_no_grade():
    text = "Ofsted has published its report.\n\nPractice in the city requires improvement.\n"
    assert all(not c.values.grades for c in claims_in(text))


def test_a_menu_heading_above_the_release_opens_no_notes():
    """'About the council' in a page's menu above the release cuts none of it off."""
    text = "Home\nAbout the council\nNews\n\n" + _NOTES.format(heading="Read more")
    assert over(claims_in(text), text, "Services for children in care")
