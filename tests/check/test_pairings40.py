"""Session 40: what drift46 and drift47 taught once read, each as the general mechanism
mended. A bracket the report prints itself; the rest of a clause after a grade as its
grader; a participle naming who shares the graded body; a relative clause telling the
inspectors' return; 'at that inspection'; words dated 'three years after a report found';
a sum of money no passage prints; a negated claim beside a recommendation; SIF's key
judgements all graded then; 'no longer' said of one grade; a visit's length between a
grade and the frame closing the sentence; the lead inspector named before what they wrote;
a report's publication in the words opening what it said. Every sentence here is
invented."""

from __future__ import annotations

from datetime import date

import pytest
from check_helpers import (
    check_one_finding,
    check_text,
    claim_over,
    make_earlier_report,
    make_release,
    make_report,
)

from verify.extract import extract_claims
from verify.extract.values import parse_values

_LEAD = "Ashbury's children's services are rated good.\n\n"

_NOW = [
    ("impact_of_leaders", "outstanding", "Impact of leaders"),
    ("help_and_protection", "good", "Help and protection"),
    ("children_in_care", "requires_improvement", "Children in care"),
    ("overall_effectiveness", "good", "Overall effectiveness"),
]


def _checked(text: str, settings, previous=(), **report):
    return check_text(_LEAD + text, make_report(table=_NOW, **report), list(previous), settings)


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("My PA [personal adviser] is like family to me.", "supported"),
        ("My PA is like family to me.", "minor_variation"),
    ],
    ids=["printed-by-the-report", "the-release-s-own"],
)
def test_a_bracket_the_report_prints_is_its_words(settings, printed, expected):
    """'My PA [personal adviser] is like the mum I didn't have' (drift46), a care leaver's
    words the report quotes, bracket and all: verbatim, not a bracket inserted (was a minor
    variation); a bracket the report does not print stays one."""
    report = make_report(text=f"20. In the words of one care leaver: '{printed}'\n")
    text = (
        f"{_LEAD}One care leaver told inspectors: “My PA [personal adviser] is like family to me.”"
    )
    got = claim_over(check_text(text, report, [], settings), "personal adviser")
    assert got.verdict == expected, got.explanation


@pytest.mark.parametrize(
    ("grade", "expected"), [("outstanding", "supported"), ("inadequate", "contradicted")]
)
def test_a_grade_after_another_grade_of_the_same_grader_is_checked(settings, grade, expected):
    """'Ofsted has rated children's services good overall, and judged the impact of the
    council's leaders ... to be outstanding' (drift46): 'overall, and', left after the first
    grade, was read as who graded the second, so it was another body's and unchecked."""
    text = (
        "Ofsted has rated children’s services on the island good overall, and judged the "
        f"impact of the council’s leaders on social work practice to be {grade}."
    )
    got = claim_over(_checked(text, settings), "impact of the council")
    assert got.verdict == expected, got.explanation


@pytest.mark.parametrize(
    ("grade", "expected"), [("good", "supported"), ("inadequate", "contradicted")]
)
def test_a_body_shared_with_neighbours_is_still_graded_here(settings, grade, expected):
    """'The tri-borough Local Safeguarding Children Board, shared with the two neighbouring
    councils, was also judged good' (drift46): the participle naming the neighbours made
    the grade theirs, unchecked. Who shares or runs the subject is an aside about it."""
    table = [*_NOW, ("lscb", "good", "The Local Safeguarding Children Board is good")]
    text = (
        "The tri-borough Local Safeguarding Children Board, shared with the two neighbouring "
        f"councils, was also judged {grade}."
    )
    got = claim_over(check_text(_LEAD + text, make_report(table=table), [], settings), "shared")
    assert got.verdict == expected, got.explanation


def test_inspectors_returning_for_an_inspection_is_the_visit_told_in_passing():
    """'Ofsted inspectors, who returned to the county for a two-week inspection in November,
    have now judged ...' (drift46): the aside tells the visit, a claim of its own, so a
    wrong length flags the aside and not the grade (was one rating, flagged for the
    length). Children returning home is no visit."""
    text = (
        "Ofsted inspectors, who returned to the county for a two-week inspection in March, "
        "have now judged the council's services as good."
    )
    claims = extract_claims(make_release(text))
    assert [(c.kind, c.text.split(",")[0]) for c in claims] == [
        ("inspection_fact", "Ofsted inspectors"),
        ("rating", "have now judged the council's services as good"),
    ]
    home = "Children, who returned home within a week, were judged to be safe."
    assert all(c.kind != "inspection_fact" for c in extract_claims(make_release(home)))


def test_a_grade_at_that_inspection_is_the_earlier_ones():
    """'Help and protection services, rated requires improvement to be good at that
    inspection, have now moved up to good' (drift46): 'at that inspection' points back to
    the one the sentence before named, so the first grade is of then (was today's, and
    contradicted by today's good)."""
    v = parse_values(
        "Help and protection services, rated requires improvement to be good at that "
        "inspection, have now moved up to good.",
        2024,
    )
    assert [(m.grade, m.time_cue) for m in v.grades] == [
        ("requires_improvement", "past"),
        ("good", "now"),
    ]


def _somerset_then():
    return make_earlier_report(
        [("overall_effectiveness", "inadequate", "Overall effectiveness")],
        (date(2015, 1, 12), date(2015, 2, 5)),
        published=date(2015, 3, 27),
        framework="sif",
        text="There are widespread or serious failures which cause children to be harmed.\n",
    )


@pytest.mark.parametrize(
    ("quoted", "expected"),
    [("widespread or serious failures", "supported"), ("widespread and shocking failures", None)],
)
def test_words_dated_some_years_after_a_report_are_that_reports(settings, quoted, expected):
    """'... no longer rated inadequate, three years after a damning report found
    “widespread or serious failures”' (drift46): the words are the earlier report's, so
    they are looked for there (were misattributed, not found in today's). Words it does
    not hold either are left as not found here, unflagged."""
    text = (
        "Children's services are no longer rated inadequate, three years after a damning "
        f"report found “{quoted}” that put children at risk."
    )
    result = _checked(text, settings, [_somerset_then()])
    got = next(c for c in result.claims if c.kind == "quote" and c.text == quoted)
    if expected:
        assert got.verdict == expected, got.explanation
        assert "2015" in got.explanation
    else:
        assert got.verdict not in ("supported", "misattributed"), got.explanation


def test_a_sum_no_passage_prints_is_not_borne_out(settings):
    """'The council put an extra £8.3 million into children's services ...' (drift46) was
    supported by a sentence sharing a fifth of its words: a sum is what a claim of spending
    says, and a passage without it restating under half its words bears out none of it.
    The same claim with no sum is supported; so is one the passage restates mostly."""
    report = (
        "12. Leaders have invested in the fostering service this year, and the recruitment of "
        "foster carers is improving."
    )
    summed = "The council has put an extra £2.5 million into its fostering service this year."
    got = check_one_finding(summed, report, settings)
    assert got.verdict == "not_checkable", got.explanation
    assert "2.5" in got.explanation
    plain = "The council has put more into its fostering service this year."
    assert check_one_finding(plain, report, settings).verdict == "supported"
    mostly = "The council invested an extra £2.5 million in the fostering service this year."
    near = (
        "12. Leaders have invested in the fostering service this year and recruitment is improving."
    )
    assert check_one_finding(mostly, near, settings).verdict == "supported"


def test_a_negated_claim_is_read_beside_the_sentence_negating_it_too(settings):
    """'Information from return home interviews with children who go missing is not
    collated to spot patterns' (drift46): the nearest sentence was the recommendation
    asking for it, read as the report saying it plainly, so support was withheld. The
    report's own 'are not collated' says what the claim says."""
    report = (
        "1. Collate information from return home interviews with children who go missing to "
        "spot patterns.\n"
        "29. Return home interviews, although occurring, are not collated to identify patterns "
        "of behaviour.\n"
    )
    claim = (
        "Information from return home interviews with children who go missing is not collated "
        "to spot patterns."
    )
    got = check_one_finding(claim, report, settings)
    assert got.verdict == "supported", got.explanation
    assert "although occurring" in got.explanation


def _sif_then(care_leavers: str = "requires_improvement"):
    """A SIF report of 2017: its three key judgements inadequate, adoption and care leavers
    (its sub-judgements) graded ``care_leavers``."""
    table = [
        ("overall_effectiveness", "inadequate", "Overall effectiveness"),
        ("help_and_protection", "inadequate", "Children who need help and protection"),
        ("looked_after_and_permanence", "inadequate", "Children looked after"),
        ("adoption", care_leavers, "Adoption performance"),
        ("care_leavers", care_leavers, "Experiences and progress of care leavers"),
        ("leadership_management_governance", "inadequate", "Leadership, management and governance"),
    ]
    return make_earlier_report(
        table, (date(2017, 5, 8), date(2017, 6, 1)), published=date(2017, 7, 7), framework="sif"
    )


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("all three of the borough's key judgements were", "supported"),
        ("every area was", "contradicted"),
    ],
)
def test_the_key_judgements_all_graded_then_leave_the_sub_judgements_out(settings, said, expected):
    """'In 2017, when all three of the borough's key judgements were inadequate' (drift47):
    SIF's sub-judgements, requires improvement, were counted, so the true claim was
    contradicted. Every area told of then still counts them."""
    text = f"In 2017, when {said} inadequate, Ofsted found serious failures."
    got = claim_over(_checked(text, settings, [_sif_then()]), "In 2017")
    assert got.verdict == expected, got.explanation


def test_no_longer_sheds_only_the_grade_after_it():
    """'... no longer rated inadequate after Ofsted judged them to require improvement to be
    good in all four areas' (drift47): 'no longer' put today's grade in the past too, so
    'all four' was read of then and contradicted by the earlier table."""
    v = parse_values(
        "Children’s services are no longer rated inadequate after Ofsted judged them to "
        "require improvement to be good in all four areas.",
        2022,
    )
    assert [(m.grade, m.time_cue) for m in v.grades] == [
        ("inadequate", "earlier"),
        ("requires_improvement", None),
    ]
    shed = parse_values("Children's services are no longer rated inadequate.", 2022)
    assert [m.time_cue for m in shed.grades] == ["earlier"]


@pytest.mark.parametrize(
    ("frame", "parts"),
    [
        (", the report published yesterday shows.", 3),
        (", the report shows.", 2),
    ],
    ids=["dated-frame", "bare-frame"],
)
def test_a_visit_between_a_grade_and_a_closing_frame_is_a_claim_of_its_own(frame, parts):
    """'The council was judged outstanding in all four areas after a fortnight-long
    inspection in September, the report published yesterday shows.' (drift47): one
    rating, flagged for the length. The grade, the visit and the frame dating the report
    are each a claim; a frame with no date is none."""
    text = (
        "The council was judged outstanding in all four areas after a fortnight-long "
        f"inspection in September{frame}"
    )
    claims = extract_claims(make_release(text))
    assert [c.kind for c in claims] == ["rating", "inspection_fact", "inspection_fact"][:parts]
    assert claims[1].text == "after a fortnight-long inspection in September"


@pytest.mark.parametrize(
    ("name", "expected"), [("Ann Jones", "supported"), ("Tom Smith", "contradicted")]
)
@pytest.mark.parametrize(
    "frame",
    ["wrote: “Leaders are ambitious for children.”", "found “leaders are ambitious” since 2019."],
    ids=["wrote", "found-since"],
)
def test_the_lead_inspector_named_before_what_they_wrote_is_checked(
    settings, name, expected, frame
):
    """'Lead inspector Lorna Schlechte wrote: “...”' and 'Lead inspector Caroline Walsh
    found “...” since 2014' (drift47): the name before a verb of saying was not read as
    the lead's, and a year after the quotation was read as another inspection's."""
    report = make_report(
        text="5. Leaders are ambitious for children.\n", lead_inspector="Ann Jones"
    )
    text = f"{_LEAD}Lead inspector {name} {frame}"
    got = next(
        c for c in check_text(text, report, [], settings).claims if c.kind == "inspection_fact"
    )
    assert got.verdict == expected, got.explanation


@pytest.mark.parametrize(
    ("day", "expected"), [("today", "supported"), ("last month", "contradicted")]
)
def test_a_report_published_in_the_words_opening_what_it_said_is_dated(settings, day, expected):
    """'In their report, published today, inspectors said that ...' (drift47): the day was
    not read, so a wrong one went unchecked. It is a fact of its own."""
    text = (
        f"Published: 26 April 2024\n\nIn their report, published {day}, inspectors said that "
        "leaders are ambitious for children."
    )
    got = claim_over(check_text(text, make_report(), [], settings), f"published {day}")
    assert got.kind == "inspection_fact"
    assert got.verdict == expected, got.explanation


@pytest.mark.parametrize(("weeks", "expected"), [("44", "supported"), ("24", "not_checkable")])
def test_a_measure_told_as_the_report_gives_it_is_supported_inside_a_criticism(
    settings, weeks, expected
):
    """'It also found that care proceedings were taking an average of 44 weeks' (drift47):
    the report gives the figure in a sentence that criticises it ('more to do to reduce'),
    read as the claim told the other way, so support was withheld. Another figure is not
    borne out."""
    report = (
        "39. There is more to do to reduce the average length of care proceedings, which was "
        "44 weeks at the time of the inspection."
    )
    claim = f"It also found that care proceedings were taking an average of {weeks} weeks."
    got = check_one_finding(claim, report, settings)
    assert got.verdict == expected, got.explanation


def test_words_an_official_says_in_a_first_person_clause_are_theirs(settings):
    """'Inspectors said the council was “on the right track”', where the cabinet member says
    'We always said we were on the right track, and this report proves it.' (drift46,
    planted): the report named in the next clause of her sentence hid that the words are
    hers, so they were called misquoted from a report passage saying 'the right time'."""
    report = make_report(text="12. Leaders made the right changes at the right time.\n")
    text = (
        f"{_LEAD}Inspectors said the council was “on the right track”.\n\nJo Smith, cabinet "
        "member, said: “We always said we were on the right track, and this report proves it.”"
    )
    result = check_text(text, report, [], settings)
    got = next(c for c in result.claims if c.text == "on the right track")
    assert got.verdict == "misattributed", got.explanation
    assert "We always said" in got.explanation


@pytest.mark.parametrize(
    ("when", "expected"),
    [("September 2022", "supported"), ("March 2022", "contradicted")],
)
def test_a_focused_visit_dated_as_the_report_dates_it_is_borne_out(settings, when, expected):
    """'The inspection followed a focused visit in September 2022' (drift46): the report's
    'the recent focused visit in September 2022' was not read, nor 'a' focused visit, so
    the claim was about another kind of visit, not checkable."""
    report = make_report(
        text="1. Leaders have addressed the areas identified at the recent focused visit in "
        "September 2022.\n",
        inspection_start=date(2023, 1, 16),
        inspection_end=date(2023, 1, 27),
        published=date(2023, 3, 17),
    )
    text = f"{_LEAD}The inspection followed a focused visit in {when}."
    got = claim_over(check_text(text, report, [], settings), "focused visit")
    assert got.verdict == expected, got.explanation


def test_a_national_award_is_no_standing_among_councils():
    """'The Reading Family Information Service, which won a national award for Best
    Community Engagement last year, was also recognised' (drift47): the award's 'Best' was
    read as a rank in the country, a national claim no archive settles. A rank in the
    country stays one."""
    award = (
        "The family information service, which won a national award for Best Community "
        "Engagement last year, was praised."
    )
    assert [c.kind for c in extract_claims(make_release(award))] == ["finding"]
    rank = "The council's fostering service is one of the best nationally."
    assert [c.kind for c in extract_claims(make_release(rank))] == ["national"]


def test_areas_for_further_improvement_tell_no_change():
    """'It also sets out areas for further improvement, including ... opportunities for care
    leavers' (drift46): 'further improvement' was read as a change, so the sentence was a
    comparison with the earlier grades. What is asked for is no change; a change is one."""
    asked = "It also sets out areas for further improvement, including support for care leavers."
    assert parse_values(asked, 2024).direction is None
    changed = "Support for care leavers has seen further improvement since 2018."
    assert parse_values(changed, 2024).direction == "improved"


def test_childrens_services_at_a_named_council_are_the_whole_service():
    """'Children's services at Surrey County Council are still inadequate, ...' (drift42):
    'at' before the council's name made the subject a part of the service, so the grade
    was no rating and the sentence left unchecked."""
    v = parse_values("Children's services at Surrey County Council are still inadequate.", 2018)
    assert [m.grade for m in v.grades] == ["inadequate"]
    part = parse_values("Planning for care leavers at Surrey County Council is inadequate.", 2018)
    assert part.grades == []


def test_a_rank_the_report_prints_is_supported_as_its_finding(settings):
    """'Vacancy and sickness rates among staff are among the lowest in the region, the
    report found' (drift32, read): a rank in the region, read as a standing no archive
    settles, though the report prints it. A passage restating most of its words supports
    it; a standing among councils by grade stays unchecked without the archive."""
    report = make_report(
        text="4. Vacancies and sickness rates are among the lowest in the region.\n"
    )
    text = (
        f"{_LEAD}Vacancy and sickness rates among staff are among the lowest in the region, the "
        "report found.\n\nAshbury is one of a handful of councils in the region rated good."
    )
    result = check_text(text, report, [], settings)
    rank = claim_over(result, "lowest in the region")
    assert (rank.kind, rank.verdict) == ("national", "supported"), rank.explanation
    standing = claim_over(result, "handful")
    assert (standing.kind, standing.verdict) == ("national", "not_checkable")
