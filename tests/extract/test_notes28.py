"""Facts of the inspection that session 28 found unread in drift27 (read this session): a
judgement row with the earlier grade in brackets, the lead named by the title His
Majesty's Inspector after 'led by', the first inspection 'of' the services since a year,
and the framework a note under 'ENDS' says the inspection was carried out under; and a
plural quoted in the singular, one word in another form. Every sentence here is
invented."""

from __future__ import annotations

import pytest
from extract_helpers import PAGE_BODY, claims_in, over

from verify.words.stems import same_word

OPENING = "Barset's children's services have been rated good by Ofsted.\n\n"


def test_a_row_with_the_earlier_grade_in_brackets_compares_the_two():
    """'Children in care: outstanding (good in 2023)': today's grade given to the area,
    and 2023's before it (drift27: no claim was read)."""
    text = OPENING + "Background\n- Children in care: outstanding (good in 2023)\n"
    (claim,) = over(claims_in(text), text, "Children in care:")
    assert claim.kind == "comparison"
    assert [(g.judgement, g.grade) for g in claim.values.grades] == [
        ("children_in_care", "outstanding")
    ]
    assert (claim.values.previous_grade, claim.values.previous_year) == ("good", 2023)
    grade = claim.values.grades[0]
    assert claim.text[grade.start : grade.end] == "outstanding"


def test_a_row_with_other_words_in_brackets_is_no_comparison():
    """A row whose brackets hold no grade ('(see the report)') is no row read with an
    earlier grade."""
    text = OPENING + "Background\n- Children in care: outstanding (see the report)\n"
    claims = over(claims_in(text), text, "Children in care:")
    assert not any(c.values.previous_grade for c in claims)


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        ("It was led by His Majesty's Inspector Jane Doe.", "Jane Doe"),
        (
            "The report follows a week-long visit from 11 to 15 March 2026 led by His "
            "Majesty’s Inspector Jane Doe.",
            "Jane Doe",
        ),
        # a name without the title leads no inspection said so
        ("It was led by Councillor Jane Doe.", None),
    ],
)
def test_a_lead_titled_his_majestys_inspector_is_read_after_led_by(sentence, lead):
    """'It was led by His Majesty's Inspector Naintara Khosla' (drift27: unread, the
    subject a pronoun and no 'inspection' before 'led by')."""
    text = OPENING + "Inspectors spent a week with the council's teams. " + sentence + "\n"
    leads = [c.values.lead_inspector for c in over(claims_in(text), text, "led by")]
    assert (lead in leads) if lead else not any(leads), leads


def test_the_first_inspection_of_the_services_since_a_year_is_a_claim():
    """'It is the first full inspection of the council's children's services since 2019'
    (drift27: no claim was read; 'the first full inspection since 2019' was one)."""
    text = (
        OPENING
        + "It is the first full inspection of the council’s children’s services since 2019.\n"
    )
    claims = over(claims_in(text), text, "first full inspection")
    assert [c.kind for c in claims] == ["comparison"]


@pytest.mark.parametrize(
    ("note", "read"),
    [
        (
            "1. The inspection was carried out under Ofsted’s framework for the inspection "
            "of local authority children’s services (ILACS).",
            True,
        ),
        # the framework in general is no fact of this inspection
        (
            "1. Ofsted’s framework for the inspection of local authority children’s services "
            "(ILACS) is used for every council in England.",
            False,
        ),
    ],
)
def test_the_framework_a_note_says_the_inspection_was_under_is_read(note, read):
    """A note under 'ENDS' whose subject is the inspection names this visit's framework
    (drift27: unread with the notes' other words once the page's furniture and body had
    told the visit)."""
    text = PAGE_BODY + "ENDS\n\nNotes to editors\n\n" + note + "\n\nShare this page\n"
    claims = over(claims_in(text), text, note[3:30])
    assert any(c.values.framework == "ILACS" for c in claims) is read, claims


@pytest.mark.parametrize(
    ("report", "release", "same"),
    [
        ("interests", "interest", True),  # drift27: 'est' read as a superlative's ending
        ("homes", "home", True),
        ("interest", "interval", False),
        ("rest", "rests", True),
        ("best", "bests", True),
        ("is", "it", False),
    ],
)
def test_a_plural_and_its_singular_are_one_word(report, release, same):
    """A quotation's 'in their best interest' for the report's 'best interests' is one word
    in another form, a minor variation (drift27: misquoted)."""
    assert same_word(report, release) is same


def test_the_visits_dates_and_lead_in_a_background_list_are_facts():
    """'• Inspection dates: 22 April to 3 May 2024' and '• Lead inspector: ..., His
    Majesty's Inspector' in a list under 'Background' (drift28: the dates line was no
    claim, the lead's a finding no passage says)."""
    text = (
        OPENING
        + "Background\n• Inspection dates: 22 April to 3 May 2024\n"
        + "• Lead inspector: Jane Doe, His Majesty's Inspector\n"
        + "• Overall effectiveness: good\n"
    )
    dates = over(claims_in(text), text, "Inspection dates")
    lead = over(claims_in(text), text, "Lead inspector")
    assert [c.kind for c in dates] == ["inspection_fact"] and dates[0].values.dates
    assert [c.kind for c in lead] == ["inspection_fact"]
    assert lead[0].values.lead_inspector == "Jane Doe"


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Under the heading ‘What needs to improve?’, the report lists three areas.", 3),
        ("Under the heading 'What needs to improve', Ofsted lists four areas, among them: “A.”", 4),
        # no heading named: four areas of what, the sentence does not say
        ("Ofsted lists four areas of the council's work.", None),
    ],
)
def test_a_count_under_the_improvement_heading_is_a_count_of_its_items(sentence, count):
    """'Under the heading ‘What needs to improve?’, the report lists three areas' counts the
    heading's items, the heading often in quotation marks (drift28, drift29: three
    articles, no claim read)."""
    text = OPENING + sentence + "\n"
    counted = [c.values.improvements for c in over(claims_in(text), text, sentence[:20])]
    assert (count in counted) if count else not any(counted), counted
