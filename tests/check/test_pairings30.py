"""Session 30: what drift33's and drift34's wrong flags and misses taught, each as the
general mechanism mended.

A grade word said of a published measure (a scorecard) grades no judgement; an item among
those to improve that says the inspection found none of something is no weakness; 'not
fully ... until' is no hedge on what happened when; an earlier inspection dated by the
report's own account to a month whose report could not have come out in the claimed year
is dated wrongly; of sentences alike in meaning, the claim's figures pick the one it
restates; 'NEET' holds its 'not'; a range's second figure is given; 'yesterday' is a day
before the release; a rating told in a relative clause past ', published today,' and one
told before 'called' or ', although inspectors said' is a rating. Each test fails on the
session's start code (cf2eb6b) in its first case."""

from __future__ import annotations

from datetime import date

import pytest
from check_helpers import (
    check_finding_parts,
    check_one_finding,
    check_text,
    claim_over,
    make_account_report,
    make_report,
)

from verify.types import Passage

ADOPTION_RI = [
    ("overall_effectiveness", "requires_improvement", "Overall effectiveness"),
    ("help_and_protection", "requires_improvement", "Help and protection"),
    ("looked_after_and_permanence", "requires_improvement", "Children looked after"),
    ("adoption", "requires_improvement", "Adoption performance"),
    ("care_leavers", "good", "Care leavers"),
    ("leadership_management_governance", "requires_improvement", "Leadership"),
]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("an adoption scorecard that is good across all three indicators", False),
        ("adoption performance on the government's scorecard that is good", False),
        ("adoption performance that is good", True),
    ],
    ids=["scorecard-indicators", "on-the-scorecard", "the-judgement"],
)
def test_a_grade_word_said_of_a_published_measure_grades_nothing(settings, said, expected):
    """'Inspectors highlighted an adoption scorecard that is good across all three
    indicators': the scorecard's level, no grade of adoption (drift34: adoption's grade,
    requires improvement in the table, and contradicted, twice). Said of adoption
    performance itself, the wrong grade is still flagged."""
    text = f"Inspectors also highlighted {said}."
    result = check_text(text, make_report(table=ADOPTION_RI, framework="sif"), [], settings)
    got = claim_over(result, "highlighted")
    assert (got.verdict == "contradicted") == expected, got.explanation


def _with_items(*items: str):
    """A report whose one 'What needs to improve' list holds ``items``, each a sentence."""
    text = "\n".join(items)
    passages, at = [], 0
    for k, item in enumerate(items):
        passages.append(
            Passage(id=f"i{k}", kind="improvement", page=1, start=at, end=at + len(item), text=item)
        )
        at += len(item) + 1
    return make_report(text=text, passages=passages, improvements=passages)


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("The inspection did not find any areas for priority and immediate action.", False),
        ("Ensure that priority and immediate action is taken in all areas of concern.", True),
    ],
    ids=["found-none", "an-item"],
)
def test_an_item_saying_the_inspection_found_none_is_no_weakness(settings, item, expected):
    """'No areas were found to need priority and immediate action' against a list whose
    sentence says the inspection did not find any: it praises no weakness (drift34:
    misleading, 'the report lists this among what needs to improve'). An item asking for
    the action is a weakness, and praise of it is still misleading."""
    report = _with_items(item, "Improve the quality of plans for children in need.")
    text = "No areas were found to need priority and immediate action."
    got = check_one_finding(text, report, settings)
    assert (got.verdict == "misleading") == expected, got.explanation


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The extent of the decline was not fully recognised until the recently appointed "
            "director of children's services commissioned a diagnostic review of the service "
            "in January 2016.",
            False,
        ),
        (
            "The extent of the decline was not fully recognised by the recently appointed "
            "director of children's services, who commissioned a diagnostic review of the "
            "service in January 2016.",
            True,
        ),
    ],
    ids=["until", "no-until"],
)
def test_not_fully_until_is_no_hedge_on_what_happened_then(settings, sentence, expected):
    """'The extent of the decline was not fully recognised until the recently appointed
    director ... commissioned a diagnostic review': it tells when the decline was
    recognised, so a claim that the director identified it drops no hedge (drift33:
    misleading). Not fully recognised by the director, it still does."""
    claim = (
        "The decline was recognised by the council's own director of children's services, "
        "who commissioned a diagnostic review in January 2016."
    )
    report = f"10. {sentence}\n11. Plans for children in need are not reviewed often enough.\n"
    got = check_one_finding(claim, report, settings)
    assert (got.verdict in ("misleading", "contradicted")) == expected, got.explanation


SIF = [
    ("overall_effectiveness", "requires_improvement", "Overall effectiveness"),
    ("help_and_protection", "requires_improvement", "Help and protection"),
]


@pytest.mark.parametrize(
    ("month", "said", "expected"),
    [
        ("October", "2011", "contradicted"),
        ("October", "2010", "supported"),
        ("December", "2011", "supported"),
    ],
    ids=["a-year-after-an-october-visit", "its-year", "a-december-visit-reported-next-year"],
)
def test_an_earlier_inspection_dated_by_the_account_to_another_year(
    settings, month, said, expected
):
    """'At Ofsted's previous inspection of the city's services for looked after children,
    in 2011, they were judged adequate', where the report's account dates it to October
    2010: its report was out by the year's end, so 2011 is no date of it (drift34:
    supported, within a year). A December visit may be reported the next January."""
    account = (
        f"The previous inspection of Ashbury’s services for looked after children was in "
        f"{month} 2010. The local authority was judged to be adequate."
    )
    report = make_account_report(account, 2010, "adequate", SIF)
    text = (
        "At Ofsted's previous inspection of the city's services for looked after children, "
        f"in {said}, they were judged adequate."
    )
    got = claim_over(check_text(text, report, [], settings), "previous inspection")
    assert got.verdict == expected, got.explanation


REPORT_FIGURES = (
    "20. The rate of social work staff turnover is 9%, with national levels at 15%.\n"
    "21. The use of agency social workers is currently at 5.5%, better than the national "
    "figure of 12%.\n"
)


@pytest.mark.parametrize(
    ("claim", "report", "expected"),
    [
        (
            "The proportion of care leavers not in education, employment or training has "
            "fallen from 47 per cent to 20 per cent.",
            "22. The education, employment and training coordinator is in regular contact "
            "with young people who are NEET, and the proportion of care leavers who are NEET "
            "has fallen from 47% to 20%.\n",
            True,
        ),
        (
            "Seventy-eight per cent of care leavers aged 19 to 21 are in education, training "
            "or employment.",
            "23. Seventy-eight per cent of 19–21-year olds are in education, training or "
            "employment.\n",
            True,
        ),
        (
            "Use of agency social workers is just 5.5%, against a national figure of 15%.",
            REPORT_FIGURES,
            False,
        ),
        (
            "Use of agency social workers is just 5.5%, against a national figure of 12%.",
            REPORT_FIGURES,
            True,
        ),
    ],
    ids=["neet", "a-range", "another-national-figure", "its-figures"],
)
def test_a_claims_figures_pick_the_sentence_it_restates(settings, claim, report, expected):
    """'Use of agency social workers is just 5.5%, against a national figure of 15%': of
    the sentences alike in meaning, the one giving 5.5% is restated, and its national
    figure is 12% (drift34: supported by the turnover's '9%, with national levels at
    15%'). 'NEET' says 'not in education, employment or training' (drift32's
    wolverhampton, once the figures picked its sentence); 'aged 19 to 21' is given by
    '19–21-year olds' (a range's second figure was read as missing). Since session 33 the
    national figure may be cut off as a comparison of its own: whichever claim holds it is
    judged."""
    parts = check_finding_parts(claim, report, settings)
    got = next(c for c in reversed(parts) if "per cent" in c.text or "%" in c.text)
    assert (got.verdict == "supported") == expected, got.explanation


@pytest.mark.model
def test_a_claims_figures_pick_the_sentence_it_restates_by_meaning(settings):
    """With the embedding model, the sentence nearest in meaning is the turnover's (it
    names agency social workers and the national 15%), and the claim's 5.5% picks the
    agency staff's, whose national figure is 12% (drift34: supported by the turnover's;
    with the nearest kept, the turnover's is still the one told)."""
    report = (
        "105. There is a low use of agency social workers, and the rate of staff turnover is "
        "9%, with national levels at 15%.\n"
        "106. The use of agency staff is currently at 5.5%, significantly better than the "
        "national figure of 12%.\n"
    )
    claim = "Use of agency social workers is just 5.5%, against a national figure of 15%."
    got = next(c for c in check_finding_parts(claim, report, settings) if "15%" in c.text)
    assert got.verdict != "supported", got.explanation
    assert "12%" in got.explanation


@pytest.mark.parametrize(
    ("published", "expected"),
    [(date(2015, 11, 30), "supported"), (date(2015, 10, 20), "contradicted")],
    ids=["the-day-before", "weeks-before"],
)
def test_published_yesterday_is_the_day_before_the_release(settings, published, expected):
    """'The report, published yesterday, followed a four-week inspection', in a release
    dated Tuesday 1 December 2015: published on 30 November (drift34: 'yesterday' was not
    read, and the words were a finding no passage says)."""
    text = (
        "Tuesday 1 December 2015\n\n"
        "The report, published yesterday, followed an inspection by Ofsted in October."
    )
    report = make_report(published=published)
    got = claim_over(check_text(text, report, [], settings), "yesterday")
    assert got.verdict == expected, got.explanation


GOOD_SERVICES = [
    ("overall_effectiveness", "good", "Overall effectiveness"),
    ("lscb", "good", "The Local Safeguarding Children Board"),
]


@pytest.mark.parametrize(
    "text",
    [
        "Ashbury Council has accepted in full the findings of an Ofsted inspection of its "
        "children's services, published today, which judged the service to be inadequate.",
        "The Ashbury Safeguarding Children Board was rated inadequate, with its e-safety "
        'project called "a very good and imaginative initiative".',
        "The Local Safeguarding Children Board, reviewed at the same time, was also judged "
        'inadequate, although inspectors said the board "has made clear improvements".',
    ],
    ids=["published-today-which-judged", "called", "although-inspectors-said"],
)
def test_a_rating_beside_a_speakers_words_is_a_rating(settings, text):
    """A grade the release tells of the report, beside words that read as a speaker's: a
    stance on findings 'published today, which judged the service to be inadequate'; a
    project 'called' something after the board's grade; 'although inspectors said' after
    it (drift34: each was left an opinion, not checked)."""
    result = check_text(text, make_report(table=GOOD_SERVICES, framework="sif"), [], settings)
    got = claim_over(result, "inadequate")
    assert got.kind == "rating"
    assert got.verdict == "contradicted", got.explanation


@pytest.mark.parametrize(
    ("said", "expected"),
    [("2022", "contradicted"), ("2023", "supported")],
    ids=["another-year", "its-year"],
)
def test_a_finding_dating_a_visit_the_sentence_dates_otherwise(settings, said, expected):
    """'a focused visit in 2022 identified areas for priority action' restating 'the
    focused visit in 2021 that identified areas for priority action': the report dates it
    in so many words (drift35: supported, a year being no figure)."""
    report = (
        "48. Children now receive better services than at the time of the focused visit in "
        "2023 that identified areas for priority action.\n"
    )
    claim = f"A focused visit in {said} identified areas for priority action."
    got = check_one_finding(claim, report, settings)
    assert got.verdict == expected, got.explanation


@pytest.mark.parametrize(
    "text",
    [
        "A separate review judged the Ashbury Safeguarding Children Board to be inadequate.",
        "A review of the Local Safeguarding Children Board, carried out at the same time, "
        "judged it inadequate.",
    ],
    ids=["the-board-graded", "the-board-reviewed"],
)
def test_a_review_of_the_board_is_ofsteds_own(settings, text):
    """'A separate review judged the Devon Safeguarding Children Board to be inadequate':
    Ofsted's review of the board, whose grade its report prints (drift32 and drift35: read
    as another body's grade, and not checked)."""
    result = check_text(text, make_report(table=GOOD_SERVICES, framework="sif"), [], settings)
    got = claim_over(result, "inadequate")
    assert got.verdict == "contradicted", got.explanation


def test_a_sentence_opening_with_published_data_is_no_cover_line(settings):
    """'Published data for 19- to 21-year-olds shows that a higher proportion of care
    leavers are in education ...': a finding, not the report's 'Published: 5 April 2016'
    line (drift33 and drift35: a release restating it was told it states a date)."""
    report = (
        "Published data for 19- to 21-year-olds shows that a higher proportion of care "
        "leavers are in education, training and employment than in similar local "
        "authorities and in England overall.\n"
    )
    claim = (
        "A higher proportion of care leavers are in education, training or employment than "
        "in similar areas and in England overall."
    )
    got = check_one_finding(claim, report, settings)
    assert got.verdict == "supported", got.explanation
