"""Session 37: what drift41 taught once read, each as the general mechanism mended. A
percentage written in words; a clause of a supported sentence giving figures of its own;
an 'and that' opening a clause after a list's item; the one focused visit before the
inspection dated otherwise; an area counted on from others, or an item raised and listed
again, told as listed to improve; the report's publication framing a quotation; a figure
of the same unit told otherwise beside a shared one; the month of an earlier inspection
printed in another account of it; a judgement's name quoted without its article. Every
sentence here is invented."""

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
    make_release,
    make_report,
    with_improvement_item,
)

from verify.check.finding import figure_clauses
from verify.check.finding.listed import _told_as_listed
from verify.extract import extract_claims
from verify.settings import BUNDLED_MODEL
from verify.types import PreviousInspection
from verify.words.clauses import clauses

_LEAD = "Ashbury's children's services are rated good.\n\n"


def _judged_as(got, expected: str) -> None:
    """``got`` has the ``expected`` verdict, or for 'not contradicted' any other."""
    if expected == "not contradicted":
        assert got.verdict != "contradicted", got.explanation
    else:
        assert got.verdict == expected, got.explanation


_FIGURES = REPORT_TEXT + (
    "\n8. Seventy-eight per cent of 19–21-year olds are in education, training or employment, "
    "compared with 47% in 2015–16.\n9. Ninety-seven per cent of initial child protection "
    "conferences take place within 15 days of the strategy meeting, compared with the "
    "previous performance of 78%.\n10. The vacancy rate has fallen from 50% at the time of "
    "the last inspection to 10%, a notable achievement that leaders are rightly proud of.\n"
)


@pytest.mark.parametrize(("share", "expected"), [("78%", "supported"), ("68%", "not_checkable")])
def test_a_percentage_written_in_words_is_the_reports_figure(settings, share, expected):
    """'Seventy-eight per cent of 19–21-year olds ...' (drift41): the report's share was
    read as no figure, so a release's right 78% was 'another figure' and left not
    checkable. A wrong one is now told against the report's 78% (withheld: the words the
    claim shares are too few for a flag)."""
    text = (
        f"{_LEAD}Among care leavers, {share} of 19 to 21-year-olds are now in education, "
        "training or employment, compared with 47% in 2015-16."
    )
    got = claim_over(check_text(text, make_report(text=_FIGURES), [], settings), "care leavers")
    assert got.verdict == expected, got.explanation
    assert expected == "supported" or "78%), not 68%" in got.explanation


_TWO_MEASURES = (
    "They found that 97% of initial child protection conferences now take place within 15 "
    "days of the strategy meeting, up from 78%, and that the council's vacancy rate had "
    "fallen from 50% at the last inspection to {}."
)


@pytest.mark.parametrize(("rate", "expected"), [("15%", "contradicted"), ("10%", "supported")])
def test_a_clause_giving_figures_its_supporting_sentence_lacks_is_checked(settings, rate, expected):
    """The vacancy rate's clause is judged against the rate's own sentence (drift41). Read
    by words alone, as here, no sentence supports the whole, so it is cut at 'and that'
    (``words.clauses._THAT_CLAUSE``) and the rate's half judged apart. With the model the
    conferences' sentence supports the whole, and the clause whose figures it lacks is
    checked alone: the next test's (``steps._clause_figures_told_otherwise``)."""
    text = _LEAD + _TWO_MEASURES.format(rate)
    got = claim_over(check_text(text, make_report(text=_FIGURES), [], settings), "vacancy")
    assert got.verdict == expected, got.explanation


@pytest.mark.model
def test_the_clauses_figures_told_otherwise_are_flagged_on_that_clause(settings):
    """With the bundled model the whole is supported by the conferences' sentence, and
    the rate's clause, checked alone, is contradicted; the flag stands on that clause, the
    conferences' supported beside it (``check.clauses``). Without the clause checked
    alone, the whole is supported."""
    settings = replace(settings, model=BUNDLED_MODEL)
    report = make_report(text=_FIGURES, table=GOOD_ALL)
    parts = check_finding_parts(_TWO_MEASURES.format("15%"), report, settings)
    assert [("vacancy" in c.text, c.verdict) for c in parts] == [
        (False, "supported"),
        (True, "contradicted"),
    ]


def test_a_clause_of_its_own_holds_a_verb_and_what_it_says():
    """'..., falling to 10% in 2014, from 19% in 2012' (drift37): the fragment, one word
    past its figure, matched a passage holding that word with another figure; only
    clauses that state something alone are checked alone."""
    said = (
        "Looked after children were also found to be struggling at school, with the "
        "proportion gaining five good GCSEs falling to 10% in 2014, from 19% in 2012."
    )
    assert not any(c.startswith("from 19%") for c in figure_clauses(said))
    assert len(figure_clauses(_TWO_MEASURES.format("15%"))) == 2


def test_and_that_opens_a_clause_after_a_lists_item():
    """', up from 78%, and that the council's vacancy rate had fallen ...': the 'and' after
    a verbless item was read as joining noun phrases; 'and that' opens a reported clause."""
    parts = clauses(_TWO_MEASURES.format("15%"))
    assert parts[-1].startswith("and that the council's vacancy rate")
    listed = "Quickly, support for disabled children and their families is in place."
    assert clauses(listed) == [
        "Quickly",
        "support for disabled children and their families is in place.",
    ]


_VISITED = REPORT_TEXT + (
    "\n8. There has been some progress in addressing the areas for priority action given at "
    "the focused assurance visit in October 2020.\n9. Since the focused assurance visit in "
    "2020, there have been formal arrangements in place to consider permanence.\n"
)


@pytest.mark.parametrize(
    ("report_text", "when", "expected"),
    [
        (_VISITED, "October 2021", "contradicted"),
        (_VISITED, "2021", "contradicted"),
        (_VISITED, "October 2020", "not contradicted"),
        (_VISITED, "November 2020", "contradicted"),
        (
            _VISITED + "10. The focused assurance visit in March 2022 found drift.\n",
            "2021",
            "not contradicted",
        ),
    ],
    ids=["month-and-year", "year", "as-printed", "month", "two-visits-dated"],
)
def test_the_one_focused_visit_before_is_dated_as_the_report_dates_it(
    settings, report_text, when, expected
):
    """'acknowledged progress since the focused assurance visit in October 2021' (drift41,
    the report: October 2020): the date of another visit was never compared. The report's
    own date of the one visit of that kind settles it; a report dating two such visits
    differently settles nothing."""
    text = (
        f"{_LEAD}Inspectors said leaders understand their challenges, and acknowledged "
        f"progress since the focused assurance visit in {when}."
    )
    got = claim_over(check_text(text, make_report(text=report_text), [], settings), "focused")
    _judged_as(got, expected)
    assert expected != "contradicted" or "2020" in got.explanation


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (
            "A third area, the consistency and quality of management oversight and "
            "supervision, is new.",
            False,
        ),
        (
            "Another area of strength, the consistency and quality of management oversight "
            "and supervision, is praised.",
            True,
        ),
    ],
    ids=["counted-on", "of-strength"],
)
def test_an_area_counted_on_from_others_listed_is_one_of_the_list(settings, text, flagged):
    """'A third area, the consistency and quality of management oversight and supervision,
    is new', after two areas the release says the report 'listed again' (drift41): read as
    praise of the item (misleading). Counted on from others, it is one of the list; an
    area 'of strength' stays praise."""
    report = with_improvement_item(
        "The consistency and quality of management oversight and supervision."
    )
    got = check_finding_parts(text, report, settings)[0]
    assert (got.verdict == "misleading") == flagged, got.explanation


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        (
            "Return home interviews with children who go missing, and support for care "
            "leavers over 21, were both raised in 2022 and are listed again this time.",
            True,
        ),
        (
            "Return home interviews with children who go missing, and support for care "
            "leavers over 21, are now strong.",
            False,
        ),
        ("Staff must be proud, return home interviews are raised with every child.", False),
    ],
    ids=["raised-and-listed", "praised", "listing-words-of-another-clause"],
)
def test_an_item_raised_before_and_listed_again_is_told_as_listed(text, listed):
    """'Return home interviews with children who go missing, and support for care leavers
    over 21, were both raised in 2022 and are listed again this time' (drift41): the item
    was read as praise told the other way. 'Raised' and 'listed' tell it as listed, and a
    clause opening on its verb is read with its subject before the commas of its list;
    a clause with a subject of its own is not."""
    item = "The effectiveness of return home interviews with children who go missing from home."
    assert _told_as_listed(text, item) == listed


@pytest.mark.parametrize(
    "frame",
    ["The report, published today, said: ", "A report published today said "],
    ids=["aside", "no-commas"],
)
@pytest.mark.parametrize(
    ("dateline", "expected"), [("26 April 2024", "supported"), ("3 May 2024", "contradicted")]
)
def test_the_publication_framing_a_quotation_is_a_fact_of_its_own(
    settings, frame, dateline, expected
):
    """'The report, published today, said: "…"' and 'A report published today said “…”'
    (drift41): a quotation holding most of its sentence left its frame unread, so the day
    went unchecked. The frame's publication is an inspection fact beside the quote."""
    text = (
        f"{dateline}\n\n{frame}“Services for children in Ashbury have improved since the "
        "last inspection, and leaders know their services well.”"
    )
    release = make_release(text)
    facts = [c for c in extract_claims(release) if c.kind == "inspection_fact"]
    assert [c.text for c in facts] == ["published today"]
    got = claim_over(check_text(text, make_report(), [], settings), "published today")
    assert got.verdict == expected, got.explanation


_ADOPTIONS = REPORT_TEXT + (
    "\n8. Between March 2013 and December 2013, 61 adoption orders were granted, which is a "
    "35% increase on the previous year.\n"
)


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("a 53 per cent increase on the previous year", "contradicted"),
        ("a 35 per cent increase on the previous year", "supported"),
        ("and 53 per cent of them were for children under five", "not contradicted"),
    ],
    ids=["same-unit-otherwise", "as-printed", "another-measure"],
)
def test_a_figure_of_the_same_unit_beside_a_shared_one_told_otherwise(settings, said, expected):
    """'..., with 61 adoption orders granted between March and December last year, a 53 per
    cent increase on the previous year' (drift34, the report: 35%): the shared 61 anchors
    the statistic, and the increase told otherwise is a printed figure, flagged at fewer
    shared words than a flag otherwise needs. A percentage of another unit is no value of
    the same measure."""
    text = (
        f"{_LEAD}Between March and December 2013, 61 adoption orders were granted by the "
        f"courts, {said}."
    )
    got = claim_over(check_text(text, make_report(text=_ADOPTIONS), [], settings), "61 adoption")
    _judged_as(got, expected)


_SUMMARY = (
    "Some services have improved since the last inspection in 2012, when safeguarding "
    "services were judged to be adequate and those for looked after children good."
)
_LISTED = (
    "The previous inspection of the local authority's services for looked after children "
    "was in July 2012. The local authority was judged to be good."
)


def _told_twice():
    """A SIF report of 2017 telling its last inspection twice: in its summary by year
    alone, and in its list of earlier inspections by month."""
    text = f"{REPORT_TEXT}\n{_SUMMARY}\n{_LISTED}\n"
    previous = [
        PreviousInspection(
            text=told,
            year=2012,
            kind="inspection",
            grade=grade,
            start=text.index(told),
            end=text.index(told) + len(told),
        )
        for told, grade in ((_SUMMARY, "adequate"), (_LISTED, "good"))
    ]
    return make_report(
        text=text,
        table=GOOD_ALL,
        framework="sif",
        inspection_start=date(2017, 6, 5),
        inspection_end=date(2017, 6, 29),
        published=date(2017, 8, 25),
        previous=previous,
    )


@pytest.mark.parametrize(("year", "contradicted"), [("2013", True), ("2012", False)])
def test_the_last_inspections_month_may_be_printed_in_another_account_of_it(
    settings, year, contradicted
):
    """'When services were last inspected in 2013, safeguarding was judged adequate and
    services for looked after children good' (drift32, the report: July 2012): the summary
    chosen as the account names no month, so the year a report may come out in was let
    pass; the report's list of earlier inspections dates the same inspection to July."""
    text = (
        "25 August 2017\n\nAshbury's children's services are rated good.\n\nWhen services "
        f"were last inspected in {year}, safeguarding was judged adequate and services for "
        "looked after children good."
    )
    got = claim_over(check_text(text, _told_twice(), [], settings), "last inspected")
    assert (got.verdict == "contradicted") == contradicted, got.explanation
    assert not contradicted or "July 2012" in got.explanation


@pytest.mark.parametrize(
    "name",
    [
        "experiences and progress of looked after children and care leavers",
        "impact of leaders on social work practice",
    ],
)
def test_a_judgements_name_quoted_without_its_article_is_no_quotation(name):
    """'... rated ‘inadequate’ for the ‘experiences and progress of looked after children
    and care leavers’' (the metamorphic set's tune half, a judgement named another way):
    the name, its 'the' outside the marks, was checked as a quotation and misquoted. A
    judgement's name in quotes is part of the rating, as the conventions say."""
    release = make_release(
        f"3 May 2019\n\nOfsted has rated the council ‘inadequate’ for the ‘{name}’ and "
        "for help and protection."
    )
    assert [c.kind for c in extract_claims(release)] == ["rating"]
