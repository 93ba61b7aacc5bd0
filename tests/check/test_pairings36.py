"""Session 36: what drift40 taught once read, each as the general mechanism mended. The
earlier inspection's grades told area by area; 'it' never standing for people named in
the plural; the report's statement named as a noun before a quotation; a count checked on
its own clause, and beside the quotation that supports its sentence. Every sentence here is
invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from check_helpers import (
    GOOD_ALL,
    REPORT_TEXT,
    check_finding_parts,
    check_text,
    claim_over,
    make_earlier_report,
    make_release,
    make_report,
)

from verify.extract import extract_claims
from verify.extract.values import parse_values
from verify.settings import BUNDLED_MODEL

_EARLIER_TABLE = [
    ("impact_of_leaders", "good", "Impact of leaders"),
    ("help_and_protection", "good", "Help and protection"),
    ("children_in_care", "requires_improvement", "Children in care and care leavers"),
    ("overall_effectiveness", "good", "Overall effectiveness"),
]


def _earlier():
    """An ILACS report of an inspection in February 2020, good overall, children in care
    (judged with care leavers) requiring improvement."""
    return make_earlier_report(
        _EARLIER_TABLE, (date(2020, 2, 3), date(2020, 2, 14)), published=date(2020, 3, 16)
    )


_TOLD_APART = (
    "At the previous inspection, in February 2020, services for children in care and care "
    "leavers were judged together and rated requires improvement, while help and protection "
    "was rated {help}."
)


def test_the_earlier_inspections_grades_told_area_by_area_are_each_its_own():
    """'At the previous inspection, in February 2020, services for children in care and care
    leavers were judged together and rated requires improvement, while help and protection
    was rated good' (drift40): the grades after the earlier inspection's words were folded
    into one earlier grade, read as the whole service's. Given to areas of their own, each
    is that inspection's grade."""
    values = parse_values(_TOLD_APART.format(help="good"), 2024)
    assert values.previous_grade is None
    assert {(m.judgement, m.grade, m.time_cue) for m in values.grades} >= {
        ("children_in_care", "requires_improvement", "earlier"),
        ("help_and_protection", "good", "earlier"),
    }
    one = parse_values("At the last inspection in 2019, the council was rated good.", 2024)
    assert (one.previous_grade, one.grades) == ("good", [])


@pytest.mark.parametrize(
    ("help_grade", "expected"),
    [("good", "supported"), ("inadequate", "not_checkable")],
    ids=["as-the-earlier-table-grades", "told-otherwise-held-back"],
)
def test_earlier_grades_of_two_areas_are_judged_against_the_earlier_table(
    settings, help_grade, expected
):
    """Each earlier grade against its own area in the earlier table (was: 'good overall,
    not requires improvement as told'). Read area by area, a contradiction stays
    provisional, as session 27 decided for any sentence printing several grades."""
    text = "Ashbury's children's services are rated good.\n\n" + _TOLD_APART.format(help=help_grade)
    got = claim_over(
        check_text(text, make_report(table=GOOD_ALL), [_earlier()], settings), "previous inspection"
    )
    assert got.verdict == expected, got.explanation
    if expected == "supported":
        assert got.explanation.count("Children in care is requires improvement") == 1


@pytest.mark.parametrize(
    ("before", "role"),
    [
        ("Adopters described the workers as “pockets of excellence”.", "inspectors"),
        ("Jo Park, the director, said: “We are proud of our staff.”", "inspectors"),
        ("The council said it was “delighted with the result”.", "council"),
    ],
    ids=["people-in-the-plural", "a-person", "a-body"],
)
def test_it_never_stands_for_people_named_in_the_plural(before, role):
    """'“…,” it added.' after 'Adopters described early permanence workers as “pockets of
    excellence”' (drift40): 'it' was read as the adopters, so a planted misquotation went
    unflagged as their words. 'It' stands for a body named before (the report, here, or
    the council), never for people named in the plural nor a person."""
    release = make_release(
        "26 April 2024\n\nInspectors said the service was “strong and effective”.\n\n"
        f"{before}\n\n“Social workers produce beautifully written books,” it added."
    )
    quote = next(c for c in extract_claims(release) if c.text.startswith("Social workers"))
    assert quote.attribution.role == role, quote.attribution


def test_the_reports_statement_named_as_a_noun_gives_the_quotation_to_it():
    """'Simon Tetley ... said he was proudest of the report's finding that York had secured
    “a permanent, committed workforce”' (drift40): the words were the director's, too
    short to check as his. The report's finding, named as a noun and running up to the
    quotation, makes them the report's, told by the director."""
    release = make_release(
        "26 April 2024\n\nJo Park, the director, said she was proudest of the report's "
        "finding that Ashbury had secured “a permanent, committed workforce”.\n\n"
        "Cllr Ann Lee said the council's conclusion that “more must be done” was right."
    )
    quotes = {c.text: c.attribution for c in extract_claims(release) if c.kind == "quote"}
    found = quotes["a permanent, committed workforce"]
    assert (found.role, found.teller) == ("inspectors", "Jo Park, the director")
    assert quotes["more must be done"].role != "inspectors"


_COUNTED = REPORT_TEXT + (
    "\n8. Ofsted has conducted seven monitoring visits since the previous inadequate "
    "judgement.\n9. While some progress has been achieved, the pace of these improvements "
    "has been very slow.\n10. Leaders have successfully increased the permanent workforce to "
    "80%, a great achievement in the current market.\n11. An invest to save strategy agreed "
    "to recruit 15 supernumerary newly qualified social workers.\n12. In 13 of the 17 cases "
    "seen which related to child sexual exploitation, children did not benefit from a "
    "co-ordinated response.\n"
)
_LEAD = "Ashbury's children's services are rated inadequate.\n\n"


@pytest.mark.parametrize(("count", "expected"), [("eight", "contradicted"), ("seven", "supported")])
def test_a_count_is_checked_on_its_own_clause(settings, count, expected):
    """'Ofsted has made eight monitoring visits since the 2018 judgement, and the watchdog
    found that while some progress had been made, “…”' (drift40, seven): the count was told
    otherwise beside 47% of the whole sentence's words, under the half a count needs; its
    own clause holds 62% of them. (Read by words alone, as here, the flag stays on the
    sentence; its placement on the clause is the model's test below.)"""
    text = (
        f"{_LEAD}Ofsted has made {count} monitoring visits since the 2018 judgement, and "
        "the watchdog found that while some progress had been achieved, "
        "“the pace of these improvements has been very slow”."
    )
    report = make_report(text=_COUNTED, table=GOOD_ALL)
    got = claim_over(check_text(text, report, [], settings), "monitoring visits")
    assert got.verdict == expected, got.explanation


@pytest.mark.model
def test_a_count_told_otherwise_is_placed_on_its_clause(settings):
    """With the bundled model, the sentence above is cut: the count's clause, which reads
    as no claim alone, carries the flag its sentence had, the clause beside it supported
    (``clauses._beside_unread``); told right, the sentence is supported whole."""
    settings = replace(settings, model=BUNDLED_MODEL)
    report = make_report(text=_COUNTED, table=GOOD_ALL)
    said = (
        "Ofsted has made {} monitoring visits since the 2018 judgement, and the watchdog found "
        "that while some progress had been achieved, the pace of these improvements has been "
        "very slow."
    )
    wrong = check_finding_parts(said.format("eight"), report, settings)
    assert [(c.text.startswith("Ofsted has made"), c.verdict) for c in wrong] == [
        (True, "contradicted"),
        (False, "supported"),
    ]
    assert [c.verdict for c in check_finding_parts(said.format("seven"), report, settings)] == [
        "supported"
    ]


@pytest.mark.parametrize(("count", "expected"), [("20", "contradicted"), ("15", "supported")])
def test_a_count_beside_the_quotation_supporting_its_sentence_is_checked(settings, count, expected):
    """'Leaders had “successfully increased the permanent workforce to 80%, ...”, Ofsted
    said, and the council has agreed to recruit 20 supernumerary newly qualified social
    workers' (drift40, 15): the quotation's sentence supported the whole; the clause
    beside it holding a figure is checked against the sentence nearest it. A thing named
    in five words is a counted thing too."""
    text = (
        f"{_LEAD}Leaders had “successfully increased the permanent workforce to 80%”, Ofsted "
        f"said, and the council has agreed to recruit {count} supernumerary newly qualified "
        "social workers."
    )
    report = make_report(text=_COUNTED, table=GOOD_ALL)
    got = claim_over(check_text(text, report, [], settings), "supernumerary")
    assert got.verdict == expected, got.explanation


def test_a_fronted_phrase_keeps_its_sentences_flag_whole(settings):
    """'In 13 of the 19 cases seen involving child sexual exploitation, children did not
    benefit from a co-ordinated response, the report found.' (drift34, gold's one claim,
    contradicted): a phrase fronted to its clause states nothing alone, so the flag stays
    on the whole sentence, not on the phrase beside a supported rest."""
    text = (
        f"{_LEAD}In 13 of the 19 cases seen involving child sexual exploitation, children "
        "did not benefit from a co-ordinated response, the report found."
    )
    report = make_report(text=_COUNTED, table=GOOD_ALL)
    flagged = [c for c in check_text(text, report, [], settings).claims if "13 of the" in c.text]
    assert [c.verdict for c in flagged] == ["contradicted"]
    assert "did not benefit" in flagged[0].text


def _last_in_march_2019():
    """An earlier ILACS report of an inspection on 4 to 15 March 2019, published 2 May."""
    return make_earlier_report(
        GOOD_ALL, (date(2019, 3, 4), date(2019, 3, 15)), published=date(2019, 5, 2), sha="d" * 64
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("At its last inspection in March 2019, the council was rated good.", "supported"),
        ("At its last inspection in May 2019, the council was rated good.", "supported"),
        ("At its last inspection in June 2019, the council was rated good.", "contradicted"),
        (
            "At the previous full inspection, carried out in late 2019 and published in August "
            "2019, services were rated good.",
            "contradicted",
        ),
        (
            "At the previous full inspection, carried out in early 2019 and published in May "
            "2019, services were rated good.",
            "supported",
        ),
    ],
    ids=["its-visit", "its-publication", "neither", "late-and-august", "early-and-may"],
)
def test_the_last_inspections_month_or_season_is_checked(settings, sentence, expected):
    """'At the previous full inspection, carried out in late 2016 and published in February
    2017, ...' (drift39) was left unchecked: only an earlier visit's full dates were read.
    A month, season or part of a year told of the last inspection is checked against the
    earlier report of that year: its visit or its publication (the one named, if one is),
    a month of neither a printed fact against the claim."""
    text = f"Ashbury's children's services are rated good.\n\n{sentence}"
    report = make_report(table=GOOD_ALL)
    got = claim_over(check_text(text, report, [_last_in_march_2019()], settings), "2019")
    assert got.verdict == expected, got.explanation


def test_a_change_on_an_older_year_is_the_earlier_inspections(settings):
    """'At the previous inspection, in autumn 2021, the city council was rated good overall
    and in every area, an improvement on 2017, when services required improvement'
    (drift40): the improvement is 2021's on 2017, yet it was read as today's on 2021 and,
    today's grades being lower, held back as a contradiction. The earlier grades settle it."""
    text = (
        "26 April 2024\n\nAshbury's children's services require improvement to be good.\n\n"
        "At the previous inspection, in March 2019, the council was rated good overall and in "
        "every area, an improvement on 2016, when services required improvement."
    )
    today = [(n, "requires_improvement", p) for n, _, p in GOOD_ALL]
    got = claim_over(
        check_text(text, make_report(table=today), [_last_in_march_2019()], settings),
        "previous inspection",
    )
    assert got.verdict == "supported", got.explanation
    assert "declined" not in got.explanation


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The result puts Ashbury among the many London boroughs now rated good.", "national"),
        ("Ashbury is one of the best North West councils for adoption.", "national"),
        ("Inspectors met London borough leaders during the visit.", None),
    ],
    ids=["among-a-regions-boroughs", "best-of-a-regions-councils", "a-region-named-in-passing"],
)
def test_a_regions_councils_are_the_scope_of_a_standing(sentence, kind):
    """'The result puts Croydon among the many London boroughs now rated good or better'
    (drift40) was read as the report's rating and supported: a region naming councils
    ('London boroughs') is where a standing holds, as 'in London' is; named in passing it
    makes no standing."""
    release = make_release(f"26 April 2024\n\n{sentence}")
    kinds = [c.kind for c in extract_claims(release) if c.kind == "national"]
    assert kinds == ([kind] if kind else [])


_SIF_EARLIER = [
    ("impact_of_leaders", "outstanding", "Impact of leaders"),
    ("help_and_protection", "good", "Help and protection"),
    ("children_in_care", "good", "Children in care"),
    ("overall_effectiveness", "good", "Overall effectiveness"),
]


@pytest.mark.parametrize(
    ("leaders_then", "expected"),
    [("outstanding", "contradicted"), ("good", "supported")],
    ids=["one-grade-moved", "every-grade-kept"],
)
def test_grades_kept_in_the_plural_are_each_kept(settings, leaders_then, expected):
    """'Sutton has held on to the grades it was given at its last full inspection, in
    December 2021' (drift28, planted: its leaders fell from outstanding to good) was
    supported by the overall grade kept. Grades kept in the plural are each grade: an area
    that moved contradicts it outright, as the two tables show."""
    table = [(n, leaders_then if n == "impact_of_leaders" else g, p) for n, g, p in _SIF_EARLIER]
    earlier = make_earlier_report(
        table, (date(2019, 3, 4), date(2019, 3, 15)), published=date(2019, 5, 2)
    )
    text = (
        "26 April 2024\n\nAshbury has held on to the grades it was given at its last full "
        "inspection, in March 2019."
    )
    got = claim_over(
        check_text(text, make_report(table=GOOD_ALL), [earlier], settings), "held on to"
    )
    assert got.verdict == expected, got.explanation


def test_the_visit_told_after_a_grade_by_inspectors_is_its_own_claim(settings):
    """'The watchdog's report, published on Friday, rated the council's children's services
    as good overall after inspectors spent three weeks in the borough in June' (drift33):
    inspectors opening a clause after 'after' make it a clause of its own, the visit's, so
    wrong weeks (here two of a visit spanning four) are flagged on those words and the
    grade stays supported; read as one claim, the whole sentence was flagged."""
    report = make_report(
        table=GOOD_ALL, inspection_start=date(2024, 1, 15), inspection_end=date(2024, 2, 8)
    )
    text = (
        "Ashbury's report, published today, rated the council's children's services as good "
        "overall after inspectors spent two weeks in the borough in January."
    )
    got = check_text(text, report, [], settings)
    visit = claim_over(got, "after inspectors")
    assert visit.text.startswith("after inspectors spent")
    assert (visit.kind, visit.verdict) == ("inspection_fact", "contradicted"), visit.explanation
    assert claim_over(got, "rated the council").verdict == "supported"
