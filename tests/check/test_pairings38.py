"""Session 38: what drift42 taught once read, each as the general mechanism mended. A time
opening the sentence reaching a grade joined by 'and'; a possessive before 'last
inspection'; areas listed before one earlier grade; two quotations joined by a clause of
the release's own; a grading participle beside a noun phrase later in the sentence; the
visit's aside cut from a rating; an earlier grade right after 'up from'. Every sentence
here is invented."""

from __future__ import annotations

from datetime import date, timedelta

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
from verify.report.metadata import previous_inspections
from verify.words.qualifiers.bodies import other_body

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


def _sif_then(table=_SIF_THEN, visit=(date(2014, 6, 3), date(2014, 6, 25))):
    """A SIF report of an inspection in June 2014 (or the ``visit`` given), published six
    weeks after it: by default good overall, help and protection requiring improvement,
    adoption outstanding."""
    return make_earlier_report(
        table, visit, published=visit[1] + timedelta(weeks=6), framework="sif"
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
    got = claim_over(
        check_text(text, make_report(table=GOOD_ALL), [_sif_then(table)], settings), "all judged"
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
    earlier_report = _sif_then(earlier, (date(2013, 11, 4), date(2013, 11, 22)))
    text = (
        "Ashbury's children's services are rated good.\n\nAdoption performance was rated "
        "requires improvement, up from inadequate at the last inspection in 2013."
    )
    report = make_report(table=today, framework="sif")
    got = claim_over(check_text(text, report, [earlier_report], settings), "up from")
    assert got.verdict == expected, got.explanation


@pytest.mark.parametrize(
    "headline",
    [
        "Ashbury children's services 'outstanding' at protecting children",
        "Services were judged 'outstanding' at safeguarding vulnerable children.",
    ],
)
def test_a_grade_at_protecting_children_is_help_and_protections(headline):
    """ "Newcastle children's services 'outstanding' at protecting children - but care
    leavers let down" (drift43): the area after 'at' was no judgement's name, so the grade
    was read as the whole service's and called misleading. Right before the name, 'at'
    links it as 'for' does; further off it links nothing ('rated good at the last
    inspection for care leavers' gives care leavers no grade)."""
    [grade] = parse_values(headline, 2025).grades
    assert (grade.grade, grade.judgement) == ("outstanding", "help_and_protection")
    [far] = parse_values(
        "Ashbury was rated good at the last inspection for care leavers.", 2025
    ).grades
    assert far.judgement is None


_ACCOUNT = (
    "14. The inspection of safeguarding and looked after children arrangements in August 2011 "
    "judged overall effectiveness for looked after children as adequate. Some progress has "
    "been made since.\n15. Following an inspection of The Old Vicarage in December 2012, the "
    "latest inspection in May 2013 judged the home as making satisfactory progress.\n"
)


def test_an_inspection_of_a_year_judging_the_services_is_an_account_of_it():
    """'The inspection of safeguarding and looked after children arrangements in August 2011
    judged overall effectiveness for looked after children as adequate' (drift43): naming
    no 'last' or 'previous' inspection, the 2013 report's one account was unread. A
    children's home's inspection is no account of the council's."""
    [account] = previous_inspections(_ACCOUNT)
    assert (account.year, account.grade, account.kind) == (2011, "adequate", "inspection")


@pytest.mark.parametrize(
    ("told", "expected"), [("good", "not_checkable"), ("adequate", "supported")]
)
def test_an_earlier_grade_is_judged_against_that_account(settings, told, expected):
    """'At the last inspection of looked after children's services, in August 2011, Medway
    was rated good' (drift43, planted): with the account read, the grade is told against it
    (was: the report 'prints nothing about an earlier inspection'). Told otherwise, the
    flag is held back, as every contradiction by a report's own account chosen by year and
    area is (``check.comparison.against_account``); its explanation gives the account's
    grade."""
    report = make_report(text=_ACCOUNT, framework="other", previous=previous_inspections(_ACCOUNT))
    text = (
        f"{_LEAD}At the last inspection of looked after children's services, in August 2011, "
        f"Ashbury was rated {told}."
    )
    got = claim_over(check_text(text, report, [], settings), "August 2011")
    assert got.verdict == expected, got.explanation
    if expected == "not_checkable":
        assert got.held_back is not None and "earlier grade as adequate" in got.explanation


@pytest.mark.parametrize(
    ("said", "expected"),
    [("B&NES", "minor_variation"), ("BANES", "minor_variation"), ("Bath", "misquoted")],
)
def test_an_ampersand_for_and_in_an_abbreviation_is_a_spelling(settings, said, expected):
    """'“meaningful participation is a long-standing strength in B&NES”' for the report's
    '... in BANES.' (drift43): the '&' cut the abbreviation in two words, read against the
    report's one and the next paragraph's number, and called misquoted. One word, its '&'
    standing for the 'a' of 'and', is the same abbreviation spelled otherwise; another
    word is not."""
    report = make_report(
        text="39. Meaningful participation is a long-standing strength in BANES.\n"
        "40. Commissioned services provide an impressive array of support.\n"
    )
    text = (
        f"{_LEAD}The report adds that “meaningful participation is a long-standing strength "
        f"in {said}”."
    )
    got = claim_over(check_text(text, report, [], settings), "meaningful")
    assert got.verdict == expected, got.explanation


@pytest.mark.parametrize(
    ("when", "expected"), [("today", "supported"), ("last week", "contradicted")]
)
def test_a_look_back_closed_by_a_comma_leaves_the_publication_dated(settings, when, expected):
    """'..., with inspectors praising “widespread improvements” since 2019, in a report
    published today' (drift43): the 'since' of the look back, closed by its comma, was read
    as looking back from the publication too, so the day went unchecked."""
    text = (
        "Published: 26 April 2024\n\nAshbury's children's services have been rated good, with "
        f"inspectors praising “widespread improvements” since 2019, in a report published {when}."
    )
    got = claim_over(check_text(text, make_report(), [], settings), "published")
    assert got.verdict == expected, got.explanation


@pytest.mark.parametrize(
    ("then", "expected"), [("good", "supported"), ("inadequate", "contradicted")]
)
def test_a_relative_clause_hung_on_a_quoted_year_is_that_years(settings, then, expected):
    """'It says senior leaders "have overseen continuous improvement ... since the last
    inspection in 2021", when every area was rated good' (drift43): the year, inside the
    quotation, was blanked from the release's words, so 'every area' was today's and
    contradicted by today's table. The relative clause is the release's own, dated by the
    year it hangs on; told otherwise than that year's table, it is still a flag."""
    earlier = make_earlier_report(
        [(n, then, p) for n, _, p in GOOD_ALL],
        (date(2021, 11, 29), date(2021, 12, 10)),
        published=date(2022, 2, 1),
    )
    text = (
        f"{_LEAD}It says senior leaders “have overseen continuous improvement in most "
        "services since the last inspection in 2021”, when every area was rated good."
    )
    got = claim_over(check_text(text, make_report(), [earlier], settings), "every area")
    assert got.verdict == expected, got.explanation


@pytest.mark.parametrize(
    ("said", "whose"),
    [
        ("Kent County Council's services were rated ", "Kent County Council's services"),
        ("Medway Council's services were rated ", None),
        ("The council's services were rated ", None),
    ],
)
def test_a_service_named_bare_after_another_council_is_that_councils(said, whose):
    """'Kent County Council's services were rated inadequate in 2010' (a stress set's
    Medway release): 'Council's services' read as the report's council's own, so once the
    Medway report's account of 2011 was read (``_INSPECTED_IN_YEAR``) Kent's grade was
    compared with it. A service named bare after its owner is the owner's."""
    assert other_body(said, "Medway") == whose
