"""The labelling conventions of the real development set, on invented reports:
minor variations, quotes over several paragraphs, cut quotations, month and
duration facts, a wrong report named."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from check_helpers import REPORT_TEXT, make_claim, make_release, make_report

from verify.check import check_claims
from verify.extract.values import parse_values
from verify.match.lexical import is_inflection, same_word, substantive
from verify.types import DiffOp


def run(report, release_text, snippet, settings, **kw):
    release = make_release(release_text)
    claim = make_claim(release, snippet, **kw)
    return check_claims(release, [claim], [report], [], settings, None)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("is", "are"),
        ("service", "services"),
        ("improved", "improving"),
        ("decided", "decision"),
        ("lacks", "lacking"),
        ("strong", "stronger"),
        ("multi discipline", "multidisciplinary"),
        ("carried", "carry"),  # quotes18: a 'y' turned 'i' before the ending
        ("applied", "apply"),
        ("happier", "happy"),
    ],
)
def test_one_word_in_two_forms_is_an_inflection(a, b):
    assert is_inflection(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("significant", "serious"),
        ("background", "backdrop"),
        ("care", "career"),
        ("now", "not"),
    ],
)
def test_different_words_are_not_inflections(a, b):
    assert not same_word(a, b)


def test_one_article_change_is_minor_but_two_are_not():
    one = [DiffOp(op="equal", report="x", release="x"), DiffOp(op="insert", release="a")]
    two = [*one, DiffOp(op="delete", report="the")]
    assert substantive(one) == []
    assert len(substantive(two)) == 2


@pytest.mark.parametrize(
    "quoted",
    [
        "Thresholds is well understood by partners",  # is/are
        "Most children in care live in a stable homes",  # one article added
        "early help services are well established across the borough",  # case only
    ],
)
def test_minor_variations_per_the_conventions(report, settings, quoted):
    got = run(report, f'Inspectors said "{quoted}".', quoted, settings).claims[0]
    assert got.verdict == "minor_variation", got.explanation
    assert 0 < got.confidence <= 1


def test_each_paragraph_of_a_long_quote_is_judged_alone(report, settings):
    first = "Early help services are well established across the borough."
    second = "Too many children wait too long for an initial child protection conference."
    text = f"Inspectors said:\n\n“{first}\n\n“{second}”"
    result = run(report, text, first, settings, pieces=[first, second])
    assert [c.verdict for c in result.claims] == ["supported", "supported"]
    assert [c.text for c in result.claims] == [first, second]


def test_a_quote_cut_by_the_end_of_the_text_is_judged_on_its_complete_words(report, settings):
    quoted = "Families value the support they receive from fam"
    got = run(report, f"Inspectors said “{quoted}", quoted, settings).claims[0]
    assert got.verdict in ("supported", "minor_variation"), got.explanation


def test_a_month_where_the_inspection_neither_began_nor_mostly_ran_is_contradicted(settings):
    report = make_report(inspection_start=date(2017, 1, 16), inspection_end=date(2017, 2, 9))
    text = "Following a four-week inspection in February, the council was rated good."
    got = run(report, text, text, settings, kind="inspection_fact", months=[2]).claims[0]
    assert got.verdict == "contradicted" and "January" in got.explanation


def test_months_the_inspection_ran_in_are_supported(settings):
    report = make_report(inspection_start=date(2014, 2, 18), inspection_end=date(2014, 3, 12))
    text = "In February and March, Ofsted carried out an inspection."
    got = run(report, text, text, settings, kind="inspection_fact", months=[2, 3]).claims[0]
    assert got.verdict == "supported", got.explanation


def test_a_release_about_another_council_is_warned_and_never_supported(report, settings):
    quoted = "Families value the support they receive from family hubs."
    text = f"Bristol City Council welcomed the report in 2024. Inspectors said “{quoted}”"
    result = run(report, text, quoted, settings)
    assert result.warnings and "Bristol" in result.warnings[0]
    assert result.claims[0].verdict == "not_checkable"
    assert "wrong report" in result.claims[0].explanation


def test_a_release_years_from_the_report_is_warned(report, settings):
    quoted = "Families value the support they receive from family hubs."
    text = f"Ashbury's inspection in June 2015 was welcomed. Inspectors said “{quoted}”"
    result = run(report, text, quoted, settings)
    assert any("years from" in w for w in result.warnings)
    assert result.claims[0].verdict == "not_checkable"


def test_the_right_report_gives_no_warning(report, settings):
    quoted = "Families value the support they receive from family hubs."
    text = f"Ashbury welcomed the March 2024 report. Inspectors said “{quoted}”"
    result = run(report, text, quoted, settings)
    assert result.warnings == [] and result.claims[0].verdict == "supported"


@pytest.mark.parametrize(
    "printed",
    [
        "The adoption board published its report in 2015 and it still guides practice.",
        "Leaders share an adoption agency with Bristol, which works well for children.",
    ],
)
def test_the_reports_own_words_quoted_give_no_warning(printed, settings):
    """A year or a council named inside words the report prints, quoted, is the report's
    to name: it says nothing of which report the release is about (lane quoteback23:
    a release quoting '... in 2013-14 was 65%' from a 2015 report was warned and every
    true quotation withheld)."""
    text = f"{REPORT_TEXT}\n8. {printed}"
    report = make_report(text=text, sha=hashlib.sha256(text.encode()).hexdigest())
    text = f"Ashbury welcomed the report. Inspectors said “{printed}”"
    result = run(report, text, printed, settings)
    assert result.warnings == [] and result.claims[0].verdict == "supported"


def test_a_council_named_inside_a_misquotation_of_the_report_gives_no_warning(settings):
    """A quotation the report prints with a word changed is still its words around the
    change: the council they name is the report's to name (lane quoteback23: 'Essex police'
    in a misquoted Southend sentence withheld every true quotation of the release)."""
    printed = "Leaders share an adoption agency with Bristol, which works well for children."
    quoted = "Leaders share an adoption agency with Bristol, which works badly for children."
    text = f"{REPORT_TEXT}\n8. {printed}"
    report = make_report(text=text, sha=hashlib.sha256(text.encode()).hexdigest())
    release = f"Ashbury welcomed the report. Inspectors said “{quoted}”"
    result = run(report, release, quoted, settings)
    assert result.warnings == [] and result.claims[0].verdict == "misquoted"


def test_a_year_inside_words_the_report_lacks_still_warns(report, settings):
    """Only the report's own words are passed over: a quotation it does not print, dating
    an inspection, still dates the release."""
    quoted = "Ashbury's inspection report in June 2015 praised its family hubs."
    text = f"Ashbury welcomed the report. Inspectors said “{quoted}”"
    result = run(report, text, quoted, settings)
    assert any("years from" in w for w in result.warnings)


def test_a_month_named_for_another_event_is_not_the_inspections(settings):
    report = make_report(inspection_start=date(2016, 11, 14), inspection_end=date(2016, 12, 8))
    text = (
        "An inspection, which took place in November and December, found that a "
        "restructure of children's services that began in September was working."
    )
    got = run(report, text, text, settings, kind="inspection_fact", months=[9, 11, 12]).claims[0]
    assert got.verdict == "supported", got.explanation


def test_a_duration_of_something_else_is_not_the_inspections(settings):
    report = make_report(inspection_start=date(2014, 5, 20), inspection_end=date(2014, 6, 11))
    text = "Conferences held within 15 days had improved to 68%."
    values = parse_values(text)
    assert values.duration_days is None  # read in extraction: no visit word, no duration
    got = run(report, text, text, settings, kind="inspection_fact").claims[0]
    assert got.verdict != "contradicted", got.explanation


def test_years_that_do_not_date_the_inspection_give_no_warning(report, settings):
    quoted = "Families value the support they receive from family hubs."
    text = (
        "Ashbury's first inspection since 2017 came after lockdowns in 2020. "
        f"Inspectors said “{quoted}”"
    )
    result = run(report, text, quoted, settings)
    assert result.warnings == [] and result.claims[0].verdict == "supported"


def test_a_wrong_month_stated_in_passing_by_a_rating_is_contradicted(settings):
    report = make_report(inspection_start=date(2017, 1, 16), inspection_end=date(2017, 2, 9))
    text = "Following a four-week inspection in February, Ashbury was rated good overall."
    release = make_release(text)
    claim = make_claim(release, text, kind="rating", months=[2])
    got = check_claims(release, [claim], [report], [], settings, None).claims[0]
    assert got.verdict == "contradicted" and "January" in got.explanation


def test_a_visit_given_from_a_wrong_first_day_is_contradicted(settings):
    report = make_report(inspection_start=date(2023, 7, 10), inspection_end=date(2023, 7, 21))
    text = "The inspection took place between 11 and 21 July."
    dates = [date(2023, 7, 11), date(2023, 7, 21)]
    got = run(report, text, text, settings, kind="inspection_fact", dates=dates).claims[0]
    assert got.verdict == "contradicted" and "10 July" in got.explanation


def test_the_month_of_an_earlier_visit_is_not_this_inspections(settings):
    report = make_report(inspection_start=date(2019, 9, 23), inspection_end=date(2019, 10, 4))
    text = "Ofsted saw improvements since last July's focused inspection."
    got = run(report, text, text, settings, kind="inspection_fact", months=[7]).claims[0]
    assert got.verdict != "contradicted", got.explanation


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("in January 2013", "not_checkable"),  # the report tells of that inspection
        ("in March 2013", "contradicted"),  # it tells of none then
        ("in January", "contradicted"),  # with no year, this visit's month
    ],
)
def test_the_month_of_another_inspection_the_report_tells_of_is_not_this_ones(
    settings, said, expected
):
    """news14: a reporter's context from the report itself ('Ofsted's inspection of child
    protection arrangements in January 2013 highlighted significant weaknesses', from a
    July 2013 report's 'Since Ofsted's inspection of child protection arrangements in
    January 2013, ...') was contradicted by the visit's July."""
    report = make_report(
        "9. Since Ofsted's inspection of child protection arrangements in January 2013, "
        "which highlighted significant weaknesses, work has focused on ensuring all "
        "children are safe.\n",
        inspection_start=date(2013, 7, 15),
        inspection_end=date(2013, 7, 19),
        published=date(2013, 8, 23),
    )
    text = f"Ofsted's inspection of child protection arrangements {said} found weaknesses."
    month = 3 if "March" in said else 1
    got = run(report, text, text, settings, kind="inspection_fact", months=[month]).claims[0]
    assert got.verdict == expected, got.explanation


def test_a_month_of_this_visit_beside_another_inspections_makes_both_this_visits(settings):
    """'four weeks in October and November 2015' for a visit from 24 November: November
    is this visit's, so the claim speaks of it and its October is wrong, though the report
    tells of another inspection in October 2015 (the merge of session 14: stress_errors3)."""
    report = make_report(
        "9. Since the inspection of the safeguarding board in October 2015, the board has met "
        "monthly.\n",
        inspection_start=date(2015, 11, 24),
        inspection_end=date(2015, 12, 17),
        published=date(2016, 2, 5),
    )
    text = "Inspectors visited in October and November 2015."
    got = run(report, text, text, settings, kind="inspection_fact", months=[10, 11]).claims[0]
    assert got.verdict == "contradicted", got.explanation


def test_years_since_the_last_inspection_are_checked_against_its_dates(settings):
    report = make_report(inspection_start=date(2024, 9, 23), inspection_end=date(2024, 9, 27))
    earlier = make_report(inspection_start=date(2021, 9, 20), inspection_end=date(2021, 10, 1))
    for said, expected in (("four", "contradicted"), ("three", "supported")):
        text = f"Services have declined since it was last inspected {said} years ago."
        release = make_release(text)
        claim = make_claim(release, text, kind="inspection_fact")
        got = check_claims(release, [claim], [report], [earlier], settings, None).claims[0]
        assert got.verdict == expected, got.explanation
