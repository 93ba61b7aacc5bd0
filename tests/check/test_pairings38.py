"""Session 38: what drift42 taught once read, each as the general mechanism mended. A time
opening the sentence reaching a grade joined by 'and'; a possessive before 'last
inspection'; areas listed before one earlier grade; two quotations joined by a clause of
the release's own; a grading participle beside a noun phrase later in the sentence; the
visit's aside cut from a rating; an earlier grade right after 'up from'. Every sentence
here is invented."""

from __future__ import annotations

from datetime import date

import pytest
from check_helpers import (
    GOOD_ALL,
    check_text,
    claim_over,
    make_earlier_report,
    make_release,
    make_report,
)

from verify.extract import extract_claims
from verify.extract.values import parse_values

_LEAD = "Ashbury's children's services are rated good.\n\n"

_ILACS_THEN = [
    ("impact_of_leaders", "inadequate", "Impact of leaders"),
    ("help_and_protection", "inadequate", "Help and protection"),
    ("children_in_care", "requires_improvement", "Children in care and care leavers"),
    ("overall_effectiveness", "inadequate", "Overall effectiveness"),
]
_SIF_THEN = [
    ("overall_effectiveness", "good", "Overall effectiveness"),
    ("help_and_protection", "requires_improvement", "Children who need help and protection"),
    ("looked_after_and_permanence", "good", "Children looked after and achieving permanence"),
    ("adoption", "outstanding", "Adoption performance"),
    ("care_leavers", "good", "Experiences and progress of care leavers"),
    ("leadership_management_governance", "good", "Leadership, management and governance"),
]


def _ilacs_then():
    """An ILACS report of an inspection in December 2018: inadequate, children in care
    requiring improvement."""
    return make_earlier_report(
        _ILACS_THEN, (date(2018, 11, 26), date(2018, 12, 7)), published=date(2019, 1, 17)
    )


def _sif_then():
    """A SIF report of an inspection in June 2014: good overall, help and protection
    requiring improvement, adoption outstanding."""
    return make_earlier_report(
        _SIF_THEN,
        (date(2014, 6, 3), date(2014, 6, 25)),
        published=date(2014, 8, 8),
        framework="sif",
    )


_JOINED = (
    "At the previous inspection, help and protection and leadership were both found to be "
    "inadequate and children in care required improvement."
)


def test_a_time_opening_the_sentence_reaches_a_grade_joined_by_and():
    """'..., help and protection and leadership were both found to be inadequate and
    children in care required improvement' (drift42): the last grade, joined by 'and'
    right after the one before, was read as today's and contradicted by today's table.
    'At the previous inspection,' opening the sentence times every grade of it."""
    values = parse_values(_JOINED, 2023)
    assert {(m.judgement, m.time_cue) for m in values.grades} == {
        ("help_and_protection", "earlier"),
        ("impact_of_leaders", "earlier"),
        ("children_in_care", "earlier"),
    }
    now = parse_values(
        "At the previous inspection, leadership was inadequate and children in care are now good.",
        2023,
    )
    assert [m.time_cue for m in now.grades if m.judgement == "children_in_care"] == ["now"]


def test_the_joined_grade_is_judged_against_the_earlier_table(settings):
    """Against the earlier report the three grades are all as told: supported (was
    contradicted, 'Children in care is good, not requires improvement')."""
    got = claim_over(
        check_text(_LEAD + _JOINED, make_report(table=GOOD_ALL), [_ilacs_then()], settings),
        "previous inspection",
    )
    assert got.verdict == "supported", got.explanation


@pytest.mark.parametrize("whose", ["the council’s", "Ashbury's", "the"])
def test_a_possessive_before_last_inspection_puts_the_grade_in_the_past(whose):
    """'Overall effectiveness was rated good at the council’s last inspection, in 2014'
    (drift42): the possessive hid 'last inspection', so the grade was today's and
    contradicted by today's table."""
    values = parse_values(f"Overall effectiveness was rated good at {whose} last inspection.", 2019)
    assert values.previous_grade == "good" or [m.time_cue for m in values.grades] == ["past"]


@pytest.mark.parametrize(
    ("help_then", "expected"),
    [("requires_improvement", "contradicted"), ("good", "supported")],
    ids=["told-wrong", "as-the-earlier-table"],
)
def test_areas_listed_before_one_earlier_grade_are_each_judged(settings, help_then, expected):
    """'..., with help and protection, children looked after and leadership all judged good'
    (drift42, planted: help and protection required improvement): the commas cut the list,
    so the grade was read as leadership's alone and supported. Each area listed is judged,
    and the one told wrong is a flag, as one area told wrong is: the grade is said of
    each."""
    text = (
        f"{_LEAD}Ashbury's previous inspection, in June 2014, rated overall effectiveness good, "
        "with help and protection, children looked after and leadership all judged good."
    )
    table = [(n, help_then if n == "help_and_protection" else g, p) for n, g, p in _SIF_THEN]
    earlier = make_earlier_report(
        table, (date(2014, 6, 3), date(2014, 6, 25)), published=date(2014, 8, 8), framework="sif"
    )
    got = claim_over(
        check_text(text, make_report(table=GOOD_ALL), [earlier], settings), "all judged"
    )
    assert got.verdict == expected, got.explanation
    if expected == "contradicted":
        assert "requires improvement for help and protection" in got.explanation


def test_two_quotations_joined_by_a_clause_of_the_releases_own_are_two(settings):
    """'Care leavers “…”, and the adoption service, rated outstanding in 2016, “…”' (drift42):
    the clause between was read as a frame breaking one quotation (its 'rated' a reporting
    verb), so the two were one, called spliced. A frame opening on 'and' is no frame."""
    text = (
        f"{_LEAD}Care leavers “receive high quality support from their workers”, and the "
        "adoption service, rated outstanding in 2014, “continues to be of very high quality”."
    )
    quotes = [c.text for c in extract_claims(make_release(text)) if c.kind == "quote"]
    assert quotes == [
        "receive high quality support from their workers",
        "continues to be of very high quality",
    ]
    framed = f"{_LEAD}“Care leavers are well supported,” the report says, “and adopters too.”"
    assert len([c for c in extract_claims(make_release(framed)) if c.kind == "quote"]) == 1


def test_a_grading_participle_grades_the_noun_phrase_beside_it(settings):
    """'..., and the adoption service, rated outstanding in 2014, ...' (drift42): the
    participle's clause was taken for one of its own, so the earlier grade went to care
    leavers, named first, and was contradicted by their good. Beside the bare noun phrase
    before it, it grades adoption, outstanding then."""
    text = (
        f"{_LEAD}Care leavers “receive high quality support from their workers”, and the "
        "adoption service, rated outstanding in 2014, “continues to be of very high quality”."
    )
    got = claim_over(
        check_text(text, make_report(table=GOOD_ALL), [_sif_then()], settings), "rated outstanding"
    )
    assert got.verdict == "supported", got.explanation
    assert "outstanding for adoption" in got.explanation


def test_the_visits_aside_is_cut_from_a_rating():
    """'The inspection, carried out over two weeks in April and May, judged the experiences
    and progress of care leavers to be good' (drift42): a wrong length flagged the rating.
    The aside is an inspection fact of its own, the rest the rating."""
    text = (
        f"{_LEAD}The inspection, carried out over two weeks in April and May, judged the "
        "experiences and progress of care leavers to be good."
    )
    kinds = [
        (c.kind, c.text)
        for c in extract_claims(make_release(text))
        if "inspection" in c.text or "judged" in c.text
    ]
    assert kinds == [
        ("inspection_fact", "The inspection, carried out over two weeks in April and May"),
        ("rating", "judged the experiences and progress of care leavers to be good"),
    ]


@pytest.mark.parametrize(
    ("then", "expected"),
    [("requires_improvement", "contradicted"), ("inadequate", "supported")],
    ids=["told-wrong", "as-the-earlier-table"],
)
def test_an_earlier_grade_right_after_up_from_is_said(settings, then, expected):
    """'adoption performance was rated requires improvement, up from inadequate at the last
    inspection in 2013' (drift42, planted: requires improvement then too) was held back as
    an earlier grade read from a sentence of two grades. Right after 'up from', which of
    them is the earlier one is said, not read: told wrong, it is a flag."""
    today = [(n, "requires_improvement" if n == "adoption" else g, p) for n, g, p in _SIF_THEN]
    earlier = [(n, then if n == "adoption" else g, p) for n, g, p in _SIF_THEN]
    earlier_report = make_earlier_report(
        earlier,
        (date(2013, 11, 4), date(2013, 11, 22)),
        published=date(2014, 1, 10),
        framework="sif",
    )
    text = (
        "Ashbury's children's services are rated good.\n\nAdoption performance was rated "
        "requires improvement, up from inadequate at the last inspection in 2013."
    )
    report = make_report(table=today, framework="sif")
    got = claim_over(check_text(text, report, [earlier_report], settings), "up from")
    assert got.verdict == expected, got.explanation
