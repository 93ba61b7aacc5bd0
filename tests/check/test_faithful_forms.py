"""The mechanisms the faithful stress releases (tests/check/test_stress_faithful.py) broke,
each on invented sentences: a grade said of an earlier inspection in a relative clause or
'N years after', a grade 'found' of the council, a grade with its trend given to Ofsted in
quote marks, and a finding told of 'most' where the report says 'a small number'."""

from __future__ import annotations

import pytest
from check_helpers import make_claim, make_release, make_report

from verify.check import check_claims
from verify.extract.values import grade_mentions, parse_values
from verify.words.grades import is_grade_phrase

SINCE_2012 = {2014}


@pytest.mark.parametrize(
    "sentence",
    [
        "The improvement follows the inspection of 2012, which judged the council's child "
        "protection services to be inadequate.",
        "Services are good, two years after its child protection services were judged inadequate.",
        "It comes after the visit in 2012, when the council's services were rated inadequate.",
    ],
)
def test_a_grade_said_of_an_earlier_inspection_is_not_todays(sentence):
    said = [m for m in parse_values(sentence).grades if m.grade == "inadequate"]
    assert said and all(m.said_before(SINCE_2012) for m in said), said


def test_a_relative_clause_on_this_years_inspection_stays_today():
    sentence = "It follows the inspection of 2014, which judged services to be inadequate."
    (said,) = parse_values(sentence).grades
    assert not said.said_before(SINCE_2012)


def test_a_grade_found_of_the_council_is_a_rating_and_of_a_practice_is_not():
    assert [g.grade for g in grade_mentions("Ofsted found the council outstanding.")] == [
        "outstanding"
    ]
    assert not grade_mentions("Inspectors found the quality of visits good.")


@pytest.mark.parametrize("words", ["‘Good and improving’", "outstanding, but declining"])
def test_a_grade_with_its_trend_is_read_as_one(words):
    assert is_grade_phrase(words)


def test_other_words_with_a_grade_are_not():
    assert not is_grade_phrase("good work and real progress")


def test_a_grade_with_its_trend_given_to_ofsted_is_not_flagged(settings):
    """Not in the report, a headline's 'good and improving' summarises the rating; the
    report's own words, were they printed, would support it (the quote check first)."""
    text = "Ashbury ‘good and improving’, says Ofsted"
    release = make_release(text)
    claim = make_claim(release, "good and improving", kind="quote", role="inspectors")
    got = check_claims(release, [claim], [make_report()], [], settings, None).claims[0]
    assert got.verdict == "not_checkable", got.explanation


NEGLECT = (
    "Inspection of Ashbury local authority children's services\n\n"
    "1. Early help services are well established across the borough.\n"
    "2. While many children benefit from support at home, a small number of children remain "
    "in neglectful situations for too long.\n"
)


def _finding(text: str, settings):
    release = make_release(text)
    claims = [make_claim(release, text, kind="finding")]
    return check_claims(release, claims, [make_report(NEGLECT)], [], settings, None).claims[0]


@pytest.mark.provisional
def test_most_where_the_report_says_a_small_number_is_contradicted(settings):
    got = _finding("Most children remain in neglectful situations for too long.", settings)
    assert got.verdict == "contradicted", got.explanation
    assert "a small number" in got.explanation


def test_the_reports_own_share_is_supported(settings):
    text = "A small number of children remain in neglectful situations for too long."
    got = _finding(text, settings)
    assert got.verdict == "supported", got.explanation


def test_too_many_is_a_criticism_not_a_share(settings):
    text = "Too many children remain in neglectful situations for too long."
    assert _finding(text, settings).verdict != "contradicted"


@pytest.mark.parametrize(("month", "want"), [(3, "supported"), (6, "contradicted")])
def test_the_month_inspectors_were_in_the_area_is_the_visits(settings, month, want):
    text = f"The inspectors were in Ashbury during {'March' if month == 3 else 'June'}."
    release = make_release(text)
    claim = make_claim(release, text, kind="inspection_fact", months=[month])
    got = check_claims(release, [claim], [make_report()], [], settings, None).claims[0]
    assert got.verdict == want, got.explanation


@pytest.mark.parametrize(
    "history",
    [
        "Ashbury, rated inadequate in 2017, is now good.",
        "Ashbury, rated outstanding in 2017, has dropped to good.",
    ],
)
def test_a_grade_moved_from_an_earlier_year_does_not_date_the_release(settings, history):
    """'rated inadequate in 2017, is now good' tells the council's history, not that the
    release is about a 2017 report: no wrong-report warning withholds its support."""
    quoted = "Families value the support they receive from family hubs."
    text = f"{history} Inspectors said “{quoted}”"
    release = make_release(text)
    claim = make_claim(release, quoted, kind="quote", role="inspectors")
    got = check_claims(release, [claim], [make_report()], [], settings, None)
    assert not got.warnings, got.warnings
    assert got.claims[0].verdict == "supported", got.claims[0].explanation


def test_an_undated_release_telling_a_move_since_a_year_is_not_warned(settings):
    report = make_report(table=[("overall_effectiveness", "good", "Overall effectiveness")])
    text = "Ashbury was rated inadequate in 2016 and has since improved."
    result = check_claims(make_release(text), [], [report], [], settings, None)
    assert not result.warnings
