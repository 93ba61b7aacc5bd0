"""Inspection facts the written set's tune half showed unread (lane facts24): the
inspection's dates in the notes under a release's 'ENDS', months named with their part
('late November', 'mid-December'), and a count of what the report asks to improve. Each
test whose docstring says what it 'was' failed on the code before the fix it names; the
others guard the fix."""

from __future__ import annotations

import pytest
from extract_helpers import claims_in, over

from verify.extract.values import bare_months, parse_values

_BODY = (
    "Services for children in care have been rated good by Ofsted.\n\n"
    "Inspectors spent two weeks with social workers, foster carers and young people in "
    "the county in March.\n\n"
)
_DATES = "The inspection took place from 4 to 15 March 2024 under the ILACS framework."
_ABOUT = "The council serves around 880,000 residents across eight districts."
_FRAMEWORK = "Ofsted's inspection framework judges services on a four-point scale."


@pytest.mark.parametrize(
    "notes",
    [
        f"ENDS\n\nNotes to editors\n{_DATES}\n",
        f"ENDS\n\nNotes to editors:\n\n1. {_DATES}\n",
        f"ENDS\n\n{_DATES} The full report is on the Ofsted website.\n",
        f"ENDS\n\nAbout the council\n\n{_ABOUT}\n\nOfsted inspected the council in March 2024.\n",
    ],
)
def test_the_inspections_dates_under_ends_are_read(notes):
    """Releases give the inspection's dates in the notes under 'ENDS': a claim to check
    (was no claim: all after 'ENDS' was furniture, ``Furniture.at_foot``)."""
    text = _BODY + notes
    said = _DATES if _DATES in notes else "Ofsted inspected the council in March 2024."
    (claim,) = over(claims_in(text), text, said)
    assert claim.kind == "inspection_fact"


def test_the_judgement_table_under_ends_is_read():
    """'Notes to editors' under 'ENDS' set out the judgements, ratings to check (was no
    claim)."""
    table = "Overall effectiveness: Good\n\nThe experiences and progress of care leavers: Good\n"
    text = _BODY + "ENDS\n\nNotes to editors\n\nOfsted's judgements:\n\n" + table
    for row in table.strip().split("\n\n"):
        (claim,) = over(claims_in(text), text, row)
        assert claim.kind == "rating"


@pytest.mark.parametrize(
    "notes",
    [
        f"ENDS\n\nNotes to editors\n{_DATES}\n\n{_ABOUT}\n",
        f"ENDS\n\nNotes to editors\n{_FRAMEWORK}\n\n{_ABOUT}\n",
        f"ENDS\n\nMedia enquiries: the press office.\n\n{_ABOUT}\n",
    ],
)
def test_the_rest_of_the_notes_under_ends_stays_unread(notes):
    """What else the notes under 'ENDS' say, of the council or the framework in general,
    is the publisher's own matter (``test_release_shapes18``); so is a link's headline."""
    text = _BODY + notes
    claims = claims_in(text)
    assert over(claims, text, _ABOUT) == []
    if _FRAMEWORK in notes:
        assert over(claims, text, _FRAMEWORK) == []


def test_a_link_to_another_story_dated_is_still_unread():
    text = _BODY + "ENDS\n\nRead more: Inspectors visited Lambeth from 4 to 15 March 2024\n"
    assert over(claims_in(text), text, "Inspectors visited Lambeth") == []


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        ("Ofsted inspected the borough between late November and mid-December.", [11, 12]),
        ("Inspectors visited in early March.", [3]),
        ("The inspection ran from mid-January until late February.", [1, 2]),
        ("Inspectors were on site during mid March.", [3]),
        ("The inspection took place at the end of June.", [6]),
    ],
)
def test_a_month_named_with_its_part_is_a_bare_month(sentence, months):
    """'late November', 'mid-December', 'the end of June': a month without a day, read
    with the word that places it in the month (was none: no month, nothing compared)."""
    assert bare_months(sentence) == months


@pytest.mark.parametrize(
    "sentence",
    [
        "The late payments were made in 2019.",
        "The mid-year review found delays.",
        "Inspectors visited in early 2024.",
    ],
)
def test_a_part_of_something_else_is_no_month(sentence):
    assert bare_months(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("The report makes 18 recommendations.", 18),
        ("Progress since 2014 has been too slow, and it makes 18 recommendations.", 18),
        ("The report sets out four areas to improve, including chronologies.", 4),
        ("Inspectors identified three areas for improvement.", 3),
        ("Ofsted found only one area that needs to improve.", 1),
        ("The watchdog listed five areas where practice must improve.", 5),
        ("It highlights two areas of development.", 2),
    ],
)
def test_a_count_of_what_the_report_asks_to_improve_is_read(sentence, count):
    """How many recommendations or areas to improve a release says the report makes is a
    value its parse settles (was none: the count was not read)."""
    assert parse_values(sentence).improvements == count


@pytest.mark.parametrize(
    "sentence",
    [
        "The council has acted on all 12 recommendations of the 2014 report.",
        "The previous inspection made 15 recommendations.",
        "Leaders have met the 15 recommendations made at the last inspection.",
        "Four areas were rated good.",
        "Inspectors looked at all four areas.",
        "Inspectors judged all four areas to require improvement to be good.",
        "Two areas that required improvement in 2019 are now good.",
        "It found three areas which require improvement.",
    ],
)
def test_a_count_of_another_report_or_of_graded_areas_is_none(sentence):
    assert parse_values(sentence).improvements is None


@pytest.mark.parametrize(
    ("sentence", "aside"),
    [
        (
            'The report, published on Monday, said leaders "have made sustained improvements".',
            "published on Monday",
        ),
        ("Ofsted's report, published today, rates the council as follows:", "published today"),
    ],
)
def test_the_reports_publication_told_in_an_aside_is_a_fact(sentence, aside):
    """The publication told beside a quotation or a list's introduction is a fact of its
    own (was no claim: the sentence was all quotation, or too short an introduction)."""
    text = f"Services in Ashbury have been rated good by Ofsted.\n\n{sentence}\n"
    facts = [c for c in over(claims_in(text), text, aside) if c.kind == "inspection_fact"]
    assert [c.text for c in facts] == [aside]


def test_a_publication_aside_of_something_else_is_no_fact():
    text = (
        "Services in Ashbury have been rated good by Ofsted.\n\n"
        'The council’s plan, published on Monday, said it would "do better".\n'
    )
    assert [c for c in claims_in(text) if c.kind == "inspection_fact"] == []


@pytest.mark.parametrize(
    "introduction",
    [
        "The council's director, appointed in February 2022, set out the next steps:",
        "The improvement board, formed last year, will now look at:",
    ],
)
def test_a_lists_introduction_with_a_dated_aside_is_no_finding(introduction):
    """A list's introduction quotes nothing: the words before its aside ('The council's
    director, appointed in February 2022') name whoever introduces the list and state no
    finding (were read as one, as the words before a quotation are)."""
    text = (
        "Services in Ashbury have been rated good by Ofsted.\n\n"
        f"{introduction}\n\n- more social workers\n- better training\n"
    )
    assert [c.text for c in claims_in(text) if c.kind == "finding"] == []
