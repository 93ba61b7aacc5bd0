"""Sentences the extractor once left in no claim, each a shape a stress set expected
checked (lane recall20): a claim left unread passes every expectation but a flag, so a
false one went unchecked."""

from __future__ import annotations

from verify.extract import extract_claims
from verify.types import Claim, Release


def claims(text: str) -> list[Claim]:
    return extract_claims(Release(source="t.txt", sha256="0" * 64, media_type="text", text=text))


def over(text: str, words: str) -> list[Claim]:
    """The claims covering any of ``words`` (their first place in ``text``)."""
    at = text.index(words)
    return [c for c in claims(text) if c.start < at + len(words) and c.end > at]


def test_the_lead_in_a_clause_after_the_visits_dates_is_a_fact_of_its_own():
    text = (
        "Published: 12 January 2024\n\n"
        "The inspection ran from 6 to 10 November 2023 and was led by Kathryn Grindrod, "
        "His Majesty's Inspector.\n\n"
        "A team of inspectors visited between 29 November and 10 December, led by Louise "
        "Hollick, Her Majesty's Inspector."
    )
    for name in ("Kathryn Grindrod", "Louise Hollick"):
        (lead,) = over(text, name)
        assert lead.kind == "inspection_fact" and lead.values.lead_inspector == name
        assert lead.text.split()[0] in ("was", "led")  # the dates are a claim apart


def test_a_grade_told_by_the_verb_require_is_a_rating():
    text = (
        "Help and protection was the only area to require improvement.\n\n"
        "Adoption and care leavers both required improvement.\n\n"
        "Three years ago the services required improvement."
    )
    found = claims(text)
    assert [c.kind for c in found] == ["rating", "rating", "comparison"]
    assert {g.grade for c in found[:2] for g in c.values.grades} == {"requires_improvement"}
    assert found[0].values.grades[0].judgement == "help_and_protection"
    assert found[2].values.previous_grade == "requires_improvement"  # three years ago


def test_the_reports_or_visits_own_verb_makes_a_fact():
    text = (
        "Published: 9 September 2023\n\n"
        "The report came out on 7 July.\n\nThe inspection ran from 20-24 February."
    )
    assert [c.kind for c in claims(text)][-2:] == ["inspection_fact", "inspection_fact"]


def test_the_councils_own_statement_is_a_claim_left_unchecked():
    text = (
        "Lunch was served in the town hall.\n\n"
        "Barnet employs about 250 social workers.\n\n"
        "The council will present the report to its cabinet in February.\n\n"
        "Medway now has three months to draw up a plan."
    )
    kinds = [(c.kind, c.text) for c in claims(text)]
    assert ("opinion", "Barnet employs about 250 social workers.") in kinds
    assert ("opinion", "The council will present the report to its cabinet in February.") in kinds
    assert ("opinion", "Medway now has three months to draw up a plan.") in kinds
    assert not over(text, "Lunch was served")  # no council speaks: no claim
    (employs,) = over(text, "Barnet employs")
    assert employs.attribution.role == "council"  # its own: never checked as the report's


def test_an_official_in_apposition_speaks_the_words_after_said():
    text = (
        "Salford has been rated good.\n\n"
        "Councillor Tanya Burch, lead member for children's services, said the result "
        "reflected years of hard work by frontline staff."
    )
    (said,) = over(text, "reflected years")
    assert said.kind == "opinion" and said.attribution.role == "council"


def test_an_aside_telling_the_visit_beside_a_quotation_is_a_fact_of_its_own():
    text = (
        "Published: 3 August 2024\n\n"
        "Inspectors, who visited the borough for a week in July, said families "
        '"receive consistently good services".\n\n'
        'Inspectors, who praised the council, found "a highly effective culture".'
    )
    (fact,) = [c for c in claims(text) if c.kind != "quote"]
    assert fact.kind == "inspection_fact"
    assert fact.text == "who visited the borough for a week in July"


def test_a_union_a_charity_or_the_opposition_speaks_its_own_account():
    text = (
        "Unison said inadequate staffing had put social workers under pressure for years.\n\n"
        "Barnardo's said some care leavers were still living in inadequate housing.\n\n"
        "Opposition councillors said they would press the cabinet for a timetable."
    )
    found = claims(text)
    assert [(c.kind, c.attribution.role) for c in found] == [("opinion", "other")] * 3


def test_the_councils_we_and_its_own_bodies_speak_its_own_statements():
    text = (
        "Lunch was served in the town hall.\n\n"
        "We have already drawn up an action plan on the areas for improvement.\n\n"
        "The council's cabinet will discuss the report on 3 October."
    )
    assert [c.kind for c in claims(text)] == ["opinion", "opinion"]


def test_a_headline_grade_told_by_its_place_is_a_rating():
    text = "Merton keeps top Ofsted grade for children's services"
    grades = [[g.grade for g in c.values.grades] for c in claims(text)]
    assert grades == [["outstanding"]]


def test_a_cookie_notice_naming_the_council_is_still_no_claim():
    text = (
        "Cookies on the Bury Council website: we use some essential cookies to make "
        "this website work."
    )
    assert claims(text) == []


def test_the_lead_closing_the_dates_after_the_visit_is_the_leads_fact_and_no_one_elses():
    text = (
        "Published: 17 June 2026\n\n"
        "Inspectors visited the borough for a week, from 27 April to 1 May, led by His "
        "Majesty's Inspector Monique Lindsay.\n\n"
        "Inspectors visited the front door, where staff, led by Jane Smith, were busy."
    )
    leads = [c.values.lead_inspector for c in claims(text)]
    assert "Monique Lindsay" in leads and "Jane Smith" not in leads
