"""Session 43: what drift52 and drift53 taught once read, each as the general mechanism
mended. A limit cut from a criticism; a contrast clause naming its area after the grade;
the publication of a report welcomed before it is named; a participle's aside kept with
its noun when a sentence is cut; a grading verb in the present; a grade that is its own
verb; a judgement's long name between a visit's verb and its dates; a figure set against
England's; a 'when' clause with no comma; an earlier grade given again to another area;
one earlier grade to several areas; a month beside the visit's full date; a weekday after
'published yesterday'; 'safeguarding' as a noun; a predicate cut from its subject; a
judgement's name and a dash before its grade. Every sentence here is invented."""

from __future__ import annotations

from datetime import date

import pytest
from check_helpers import check_text, claim_over, make_earlier_report, make_release, make_report

from verify.extract import extract_claims
from verify.extract.claims.halves import halves
from verify.extract.values import parse_values


def _claims(text: str):
    return extract_claims(make_release(text))


def _visit_fact(text: str, visit: tuple[date, date, date], words: str, settings):
    """The claim over ``words`` of ``text``, checked against a report of a visit from its
    first to its last day, published on the third date."""
    first, last, published = visit
    report = make_report(inspection_start=first, inspection_end=last, published=published)
    return claim_over(check_text(text, report, [], settings), words)


@pytest.mark.parametrize(
    ("report_words", "quoted", "held_back"),
    [
        (
            "a combination of some critical service failures and poor practice",
            "critical service failures",
            None,
        ),
        (
            "Some care leavers benefit from the support of committed workers.",
            "benefit from the support of committed workers",
            "misleading",
        ),
    ],
    ids=["criticism", "praise"],
)
def test_a_limit_cut_from_a_criticism_hides_nothing(settings, report_words, quoted, held_back):
    """'Among the “critical service failures” they singled out ...' for the report's 'some
    critical service failures' (drift52, twice): told of the whole, a criticism is no
    praise hiding a poor judgement, so no misleading is held back; praise cut from its
    limit still is."""
    report = make_report(text=f"12. {report_words}\n")
    text = f"Ofsted said care leavers “{quoted}”."
    got = claim_over(check_text(text, report, [], settings), quoted[:20])
    assert got.held_back == held_back, got.explanation


def test_a_contrast_clause_naming_its_area_after_the_grade_keeps_the_fronted_time():
    """'When Ofsted last inspected in early 2017, it rated ... as requiring improvement,
    although services were judged good overall.' (drift52): 'overall' after the grade was
    not read as the clause's area, so the good was today's and the earlier grades unread."""
    values = parse_values(
        "When Ofsted last inspected in early 2017, it rated the council's help and protection "
        "and its leadership as requiring improvement, although services were judged good overall.",
        2020,
    )
    overall = next(m for m in values.grades if m.judgement == "overall_effectiveness")
    assert overall.time_cue == "earlier" and overall.years_near == [2017]


def test_the_publication_welcomed_before_its_report_is_named_is_a_fact():
    """'Hull City Council has welcomed the publication today of Ofsted's report on the Hull
    Safeguarding Children Board, ...' (drift52): the day was left in the council's
    opinion."""
    claims = _claims(
        "Ashbury Council has welcomed the publication today of Ofsted's report on the Ashbury "
        "Safeguarding Children Board, which follows last week's report into its services."
    )
    assert claims[0].kind == "inspection_fact"
    assert claims[0].text.endswith("Safeguarding Children Board")


def test_a_participles_aside_stays_with_its_noun_when_a_sentence_is_cut():
    """'... at the council's last inspection, published in 2014, when services for looked
    after children were judged adequate' (drift40, once no inspection was found in 2014):
    cut before 'published', the year was the second half's, flagged there, and the first
    half supported."""
    text = (
        "Help and protection has kept the good rating it received at the council's last "
        "inspection, published in 2014, when services for looked after children were judged "
        "adequate."
    )
    release = make_release(text)
    (claim,) = extract_claims(release)
    assert all(not c.two.text.startswith("published") for c in halves(claim, release))


def test_a_grading_verb_in_the_present_grades_the_service():
    """'It grades the service Good for the impact of leaders, ...' (drift52): no grade was
    read after a present-tense verb with the service as its object, so no claim."""
    claims = _claims(
        "It grades the service Good for the impact of leaders and for children in care."
    )
    assert [c.kind for c in claims] == ["rating"]
    assert {m.judgement for m in claims[0].values.grades} == {
        "impact_of_leaders",
        "children_in_care",
    }


@pytest.mark.parametrize("verb", ["rates", "rated"])
def test_a_grade_that_is_its_own_verb_is_its_subjects(verb):
    """'... rates the council good for the impact of its leaders and for children in care,
    and says services for care leavers require improvement' (stress_reading9, once the
    present tense was read): care leavers were given the good before them."""
    values = parse_values(
        f"The report published today {verb} the council good for the impact of its leaders "
        "and for children in care, and says services for care leavers require improvement.",
        2022,
    )
    given = {m.judgement: m.grade for m in values.grades}
    assert given["care_leavers"] == "requires_improvement"
    assert given["children_in_care"] == "good"


@pytest.mark.parametrize(
    ("days", "expected"),
    [("12 October to 5 November 2015", "supported"), ("2 to 13 March 2015", "contradicted")],
)
def test_a_judgements_long_name_between_the_visit_and_its_dates_is_one_word(
    settings, days, expected
):
    """'Ofsted inspected services for children in need of help and protection, children
    looked after and care leavers from 12 October to 5 November 2015' (drift52): the names'
    words put the dates out of the verb's reach, so nothing was compared."""
    text = (
        "Ofsted inspected services for children in need of help and protection, children "
        f"looked after and care leavers from {days}."
    )
    visit = (date(2015, 10, 12), date(2015, 11, 5), date(2016, 1, 5))
    got = _visit_fact(text, visit, "Ofsted inspected", settings)
    assert got.verdict == expected, got.explanation


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        (
            "Adoption performance is good: 64 per cent of children wait less than 20 months, "
            "against 55 per cent in England.",
            None,
        ),
        ("Its schools do well, with 95 per cent rated good or outstanding.", 95.0),
    ],
)
def test_a_figure_set_against_englands_is_no_share_of_judgements(text, percent):
    """'..., against 55 per cent in England' (drift53): read as 55% of areas good, and the
    rating contradicted by its table."""
    assert parse_values(text, 2014).percent == percent


def test_a_when_clause_ending_on_its_year_dates_the_sentence_without_a_comma():
    """'When the service was last inspected in September 2018 it was rated inadequate
    overall and for help and protection, and children in care were also judged
    inadequate.' (drift53): with no comma after the year, the last two were today's."""
    values = parse_values(
        "When the service was last inspected in September 2018 it was rated inadequate overall "
        "and for help and protection, and children in care were also judged inadequate.",
        2023,
    )
    assert {(m.judgement, m.time_cue) for m in values.grades} == {
        ("overall_effectiveness", "earlier"),
        ("help_and_protection", "earlier"),
        ("children_in_care", "earlier"),
    }


def test_an_earlier_grade_given_again_to_another_area_is_read():
    """'Help and protection was rated requires improvement at the last full inspection in
    2017, when services for children in care were also found to require improvement.'
    (drift53): the second area was unread, the one earlier grade standing for it."""
    values = parse_values(
        "Help and protection was rated requires improvement at the last full inspection in "
        "2017, when services for children in care were also found to require improvement.",
        2022,
    )
    then = {m.judgement: m.years_near for m in values.grades}
    assert then["children_in_care"] == [2017]


@pytest.mark.parametrize(
    ("in_care_then", "held_back"), [("inadequate", None), ("requires_improvement", "contradicted")]
)
def test_one_earlier_grade_given_to_several_areas_is_read_area_by_area(
    settings, in_care_then, held_back
):
    """'... it was rated inadequate overall and for help and protection, and children in
    care were also judged inadequate.' (drift53): the one earlier grade was read of the
    whole service alone, and children in care's went unchecked."""
    now = make_report(
        table=[
            ("overall_effectiveness", "inadequate", "Overall effectiveness"),
            ("help_and_protection", "inadequate", "Help and protection"),
            ("children_in_care", "inadequate", "Children in care"),
        ],
        inspection_start=date(2022, 11, 21),
        inspection_end=date(2022, 12, 2),
        published=date(2023, 1, 31),
    )
    earlier = make_earlier_report(
        [
            ("overall_effectiveness", "inadequate", "Overall effectiveness"),
            ("help_and_protection", "inadequate", "Help and protection"),
            ("children_in_care", in_care_then, "Children in care"),
        ],
        (date(2018, 9, 3), date(2018, 9, 14)),
        date(2018, 10, 29),
    )
    text = (
        "When the service was last inspected in September 2018 it was rated inadequate overall "
        "and for help and protection, and children in care were also judged inadequate."
    )
    got = claim_over(check_text(text, now, [earlier], settings), "last inspected")
    assert got.held_back == held_back, got.explanation


@pytest.mark.parametrize(
    ("month", "expected"), [("February", "contradicted"), ("October", "supported")]
)
def test_a_month_beside_a_full_date_is_the_visits_too(settings, month, expected):
    """'Inspectors spent two weeks in the county from 30 September last year and returned
    for four more days in February' (drift53): a month beside a full date went unread."""
    text = (
        "Inspectors spent two weeks in the county from 30 September 2024 and returned for "
        f"two more days in {month}."
    )
    visit = (date(2024, 9, 30), date(2024, 10, 11), date(2024, 12, 3))
    got = _visit_fact(text, visit, "Inspectors spent", settings)
    assert got.verdict == expected, got.explanation


def test_a_weekday_after_published_yesterday_keeps_the_publication_a_fact():
    """'In a report published yesterday (Tuesday), the watchdog said ...' (drift53): the
    weekday in brackets hid the aside, and the publication was read as a finding."""
    claims = _claims(
        "In a report published yesterday (Tuesday), the watchdog said services remain poor."
    )
    assert any(c.kind == "inspection_fact" and "yesterday" in c.text for c in claims)


@pytest.mark.parametrize(
    ("text", "cut_at"),
    [
        (
            "The last inspections of the council's safeguarding and looked after children's "
            "services, in 2013, both judged Ashbury to be good.",
            "in 2013",
        ),
        (
            "The tri-borough Local Safeguarding Children Board, shared with the two "
            "neighbouring councils, was also judged good.",
            "was also judged",
        ),
    ],
    ids=["a-noun-in-ing", "a-predicate-alone"],
)
def test_a_sentence_is_not_cut_where_a_half_says_nothing_alone(text, cut_at):
    """'The last inspections of the council's safeguarding and looked after children's
    services' (drift53) read as a clause for its 'safeguarding', so the year after it was
    cut off and flagged alone, the subject shown supported; and a predicate after an aside
    ('was also judged good') has its subject in the other half."""
    release = make_release(text)
    (claim,) = extract_claims(release)
    assert all(not c.two.text.startswith(cut_at) for c in halves(claim, release))


@pytest.mark.parametrize(
    ("line", "graded"),
    [
        ("The Local Safeguarding Children Board – outstanding.", {("lscb", "outstanding")}),
        ("Leaders – good progress was made.", set()),
    ],
)
def test_a_judgements_name_then_a_dash_gives_it_the_grade(line, graded):
    """'The Local Safeguarding Children Board – outstanding.' (drift53): a line of the
    release's list of judgements, a dash where a colon gives the grade, was no claim; a
    grade before a noun is still no grade given."""
    assert {(m.judgement, m.grade) for m in parse_values(line, 2017).grades} == graded


def test_a_second_predicate_of_a_clause_with_its_own_verb_is_still_cut_off():
    """The control: 'Redbridge has now been rated outstanding at two inspections in a row,
    and is one of a small number of councils ...' (drift37) is cut before 'is one', the
    standing apart from the grades (once lost when every half opening on a verb was read
    as saying nothing alone)."""
    text = (
        "Ashbury has now been rated outstanding at two inspections in a row, and is one of a "
        "small number of councils in England with the top grade in every judgement."
    )
    release = make_release(text)
    (claim,) = extract_claims(release)
    assert any(c.two.text.startswith("is one of") for c in halves(claim, release))


def test_a_month_beside_another_events_date_is_not_the_visits(settings):
    """The control: 'Correction, 19 May: An earlier version of this story said the
    inspection took place in February.' (news14) dates a correction; the month it tells of
    is no claim of the release's about the visit."""
    text = (
        "Correction, 19 May: An earlier version of this story said the inspection took place "
        "in February."
    )
    visit = (date(2026, 3, 9), date(2026, 3, 13), date(2026, 5, 18))
    got = _visit_fact(text, visit, "Correction", settings)
    assert got.verdict != "contradicted", got.explanation
