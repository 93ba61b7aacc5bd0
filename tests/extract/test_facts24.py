"""Inspection facts the written set's tune half showed unread (lane facts24): the notes to
editors after a release's 'ENDS', and months named as part of a month ('late November',
'mid-December'). Each test failed on the code before the fix it names."""

from __future__ import annotations

import hashlib

import pytest

from verify.extract import extract_claims
from verify.extract.values import bare_months, parse_values
from verify.types import Claim, Release


def _claims(text: str) -> list[Claim]:
    digest = hashlib.sha256(text.encode()).hexdigest()
    return extract_claims(Release(source="t", sha256=digest, media_type="text", text=text))


def _over(claims: list[Claim], text: str, words: str) -> list[Claim]:
    at = text.index(words)
    return [c for c in claims if c.start < at + len(words) and at < c.end]


_BODY = (
    "Services for children in care have been rated good by Ofsted.\n\n"
    "Inspectors spent two weeks with social workers, foster carers and young people in "
    "the county in March.\n\n"
)
_DATES = "The inspection took place from 4 to 15 March 2024 under the ILACS framework."
_ABOUT = "The council serves around 880,000 residents across eight districts."


@pytest.mark.parametrize(
    "notes",
    [
        f"ENDS\n\nNotes to editors\n{_DATES}\n",
        f"ENDS\n\nNotes to editors:\n\n1. {_DATES}\n",
        f"ENDS\n\nNotes for editors: {_DATES}\n",
        f"ENDS\n\nEditor's notes\n\n{_DATES}\n",
    ],
)
def test_the_notes_to_editors_after_ends_are_read(notes):
    """'ENDS' closes the release's body, and the notes to editors under it give the
    inspection's dates, a claim to check (was no claim: all after 'ENDS' was furniture)."""
    text = _BODY + notes
    (claim,) = _over(_claims(text), text, _DATES)
    assert claim.kind == "inspection_fact"


@pytest.mark.parametrize(
    "notes",
    [
        f"ENDS\n\nMedia enquiries: the press office.\n\n{_ABOUT}\n",
        f"ENDS\n\nNotes to editors\n{_DATES}\n\nAbout the council\n\n{_ABOUT}\n",
        f"Notes to editors\n{_DATES}\n\nAbout Ashbury County Council\n\n{_ABOUT}\n",
    ],
)
def test_what_follows_ends_or_an_about_heading_stays_unread(notes):
    """Lines after 'ENDS' under no notes heading, and an 'About the council' heading after
    the notes, are still the publisher's own matter."""
    text = _BODY + notes
    assert _over(_claims(text), text, _ABOUT) == []


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
    ],
)
def test_a_count_of_another_report_or_of_graded_areas_is_none(sentence):
    assert parse_values(sentence).improvements is None
