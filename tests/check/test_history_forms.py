"""History claims in the forms releases use, on invented reports: which earlier
inspection each is judged against, and that nothing settles what no report shows."""

from __future__ import annotations

from datetime import date

import pytest
from check_helpers import make_account_report, make_release, make_report

from verify.check import check_claims
from verify.check.grades import inspection_years
from verify.check.history.reading import _IN_A_ROW, _times_in_a_row
from verify.extract import extract_claims
from verify.types import PreviousInspection

ACCOUNT = (
    "Since the last inspection in 2019, when children's services were judged to be "
    "inadequate overall, leaders have made progress."
)


def _with_account(table) -> object:
    return make_report(
        text=ACCOUNT,
        table=table,
        previous=[
            PreviousInspection(
                text=ACCOUNT,
                year=2019,
                kind="inspection",
                grade="inadequate",
                start=0,
                end=len(ACCOUNT),
            )
        ],
    )


def test_an_areas_earlier_grade_is_not_read_from_the_services_overall_one(settings):
    """The account grades the service overall: it says nothing of children in care."""
    report = _with_account(
        [
            ("overall_effectiveness", "requires_improvement", "Overall effectiveness"),
            ("children_in_care", "requires_improvement", "Children in care"),
        ]
    )
    release = make_release("Children in care services declined from good to requires improvement.")
    [claim] = extract_claims(release)
    got = check_claims(release, [claim], [report], [], settings, None).claims[0]
    assert got.verdict not in ("contradicted", "misleading"), got.explanation
    release = make_release(
        "Children in care services were rated good for the second consecutive time."
    )
    [claim] = extract_claims(release)
    report = _with_account([("children_in_care", "good", "Children in care")])
    got = check_claims(release, [claim], [report], [], settings, None).claims[0]
    assert got.verdict == "not_checkable", got.explanation


def test_a_first_grade_with_no_earlier_report_or_account_is_not_checkable(settings):
    report = make_report(table=[("overall_effectiveness", "good", "Overall effectiveness")])
    release = make_release("The council has been rated good by Ofsted for the first time.")
    [claim] = extract_claims(release)
    got = check_claims(release, [claim], [report], [], settings, None).claims[0]
    assert got.verdict == "not_checkable", got.explanation


@pytest.mark.parametrize(
    ("words", "times"),
    [
        ("It is the fourth consecutive good rating for the council.", 4),
        ("Its third successive ‘outstanding’ judgement.", 3),
        ("The council has been rated inadequate three times in a row.", 3),
        ("It has been rated good at three consecutive inspections.", 3),
        ("Good now, after two consecutive ‘inadequate’ ratings.", 2),
        ("For the second time in a row, it was judged good.", 2),
        ("For the third inspection running, help and protection is good.", 3),
        ("It has now been rated good three times in succession.", 3),
    ],
)
def test_a_run_of_grades_is_read_in_every_form(words, times):
    found = _IN_A_ROW.search(words)
    assert found is not None and _times_in_a_row(found) == times


def test_a_run_contradicted_by_todays_grade_is_flagged(settings):
    report = make_report(table=[("overall_effectiveness", "requires_improvement", "Overall")])
    release = make_release("The council has been rated inadequate three times in a row.")
    [claim] = extract_claims(release)
    got = check_claims(release, [claim], [report], [], settings, None).claims[0]
    assert got.verdict == "contradicted", got.explanation


def test_a_report_is_of_the_year_its_file_says_it_was_published():
    """ILACS reports print no publication date; the file's name has it."""
    report = make_report(
        published=None,
        file_date=date(2019, 1, 17),
        inspection_start=date(2018, 11, 26),
        inspection_end=date(2018, 12, 7),
    )
    assert inspection_years(report) == {2018, 2019}


@pytest.mark.provisional
def test_a_direction_to_a_report_without_an_overall_grade_reads_every_area(settings):
    """From April 2026 no overall grade: 'declined' from an overall 'good' holds when every
    area is at or below it, and is settled by no area above it."""
    text = (
        "Since the last inspection in 2022, when services were judged to be good, the "
        "quality of services has deteriorated."
    )
    areas = [
        ("impact_of_leaders", "requires_improvement", "Leaders"),
        ("help_and_protection", "requires_improvement", "Help and protection"),
        ("children_in_care", "requires_improvement", "Children in care"),
        ("care_leavers", "good", "Care leavers"),
    ]
    report = make_report(
        text=text,
        table=areas,
        framework="ilacs_2026",
        previous=[
            PreviousInspection(
                text=text, year=2022, kind="inspection", grade="good", start=0, end=len(text)
            )
        ],
    )
    release = make_release("Services have declined since the last inspection in 2022.")
    got = check_claims(release, extract_claims(release), [report], [], settings, None)
    assert got.claims[0].verdict == "supported", got.claims[0].explanation
    release = make_release("Services have improved since the last inspection in 2022.")
    got = check_claims(release, extract_claims(release), [report], [], settings, None)
    assert got.claims[0].verdict == "contradicted", got.claims[0].explanation


def test_a_release_dated_at_the_report_may_tell_older_years(settings):
    """History told by years the report does not print ('rated inadequate in 2016') is no
    sign of the wrong report when the release dates itself at the report's time."""
    report = make_report(table=[("overall_effectiveness", "good", "Overall effectiveness")])
    dated = "26 April 2024\n\nAshbury was rated inadequate in 2016 and has since improved."
    result = check_claims(make_release(dated), [], [report], [], settings, None)
    assert not result.warnings
    # Undated, a year told with no move since may be the release's own inspection; one
    # told with its move to today ('and has since improved') is history
    # (test_faithful_forms.py).
    undated = "Ashbury was rated inadequate in 2016."
    result = check_claims(make_release(undated), [], [report], [], settings, None)
    assert any("years from" in w for w in result.warnings)


@pytest.mark.parametrize(
    ("then_help", "expected"), [("requires_improvement", "supported"), ("good", "contradicted")]
)
def test_a_first_in_every_area_is_every_areas_first(settings, then_help, expected):
    """grades10: 'good in every area for the first time' is not disproved by an earlier
    report good overall with an area below good (was contradicted, 'already good overall');
    an earlier report good in every area disproves it."""
    good = [
        ("impact_of_leaders", "good", "Leaders"),
        ("help_and_protection", "good", "Help and protection"),
        ("children_in_care", "good", "Children in care"),
        ("overall_effectiveness", "good", "Overall effectiveness"),
    ]
    earlier = make_report(
        table=[(n, then_help if n == "help_and_protection" else g, p) for n, g, p in good],
        sha="b" * 64,
        published=date(2019, 5, 1),
    )
    release = make_release("The council was judged good in every area for the first time.")
    report = make_report(table=good)
    got = check_claims(release, extract_claims(release), [report], [earlier], settings, None)
    assert got.claims[0].verdict == expected, got.claims[0].explanation


@pytest.mark.parametrize(
    ("then_leavers", "expected"), [("inadequate", "supported"), ("good", "contradicted")]
)
def test_a_dated_grade_hung_on_an_areas_clause_is_that_areas(settings, then_leavers, expected):
    """compare13: 'Care leavers' services were rated good, having been judged inadequate in
    2014' dates care leavers' grade, not the service's overall one (was contradicted by
    2014's overall requires improvement); a wrong one for care leavers stays flagged."""
    earlier = [
        ("overall_effectiveness", "requires_improvement", "Overall effectiveness"),
        ("care_leavers", then_leavers, "Care leavers"),
    ]
    got = _after_sif(
        settings,
        "Care leavers' services were rated good, having been judged inadequate in 2014.",
        [("care_leavers", "good", "Care leavers")],
        earlier,
        date(2014, 9, 15),
    )
    assert got.verdict == expected, got.explanation


def _after_sif(settings, words: str, table, earlier_table, published: date):
    """The one claim of ``words`` checked against a report graded ``table`` and an earlier
    SIF report graded ``earlier_table``, published then."""
    earlier = make_report(table=earlier_table, framework="sif", sha="b" * 64, published=published)
    release = make_release(f"26 April 2024\n\n{words}")
    report = make_report(table=table)
    got = check_claims(release, extract_claims(release), [report], [earlier], settings, None)
    return got.claims[0]


@pytest.mark.parametrize(
    ("then", "expected"), [("good", "contradicted"), ("outstanding", "supported")]
)
def test_a_grade_held_still_is_read_in_the_earlier_frameworks_name(settings, then, expected):
    """compare13: 'Leadership remains outstanding' against a SIF report grading leadership,
    management and governance (ILACS's impact of leaders): was no earlier grade, so a
    grade not held before was never flagged."""
    earlier = [
        ("overall_effectiveness", "good", "Overall effectiveness"),
        ("leadership_management_governance", then, "Leadership, management and governance"),
    ]
    got = _after_sif(
        settings,
        "Leadership remains outstanding.",
        [("impact_of_leaders", "outstanding", "Impact of leaders")],
        earlier,
        date(2016, 6, 27),
    )
    assert (got.verdict == "contradicted") == (expected == "contradicted"), got.explanation


@pytest.mark.provisional
@pytest.mark.parametrize(("then", "expected"), [("inadequate", True), ("adequate", False)])
def test_a_dated_grade_of_help_and_protection_is_read_from_the_protection_account(
    settings, then, expected
):
    """compare13: an account of the 2013 inspection of arrangements for the protection of
    children gives help and protection's grade of 2013 (was read for looked-after
    judgements only, so a wrong one was not_checkable)."""
    account = (
        "The previous inspection of the local authority's arrangements for the protection "
        "of children was in February 2013. The local authority was judged to be adequate."
    )
    table = [
        ("overall_effectiveness", "good", "Overall effectiveness"),
        ("help_and_protection", "requires_improvement", "Help and protection"),
    ]
    report = make_account_report(account, 2013, "adequate", table)
    release = make_release(
        f"27 June 2016\n\nIts child protection services, judged {then} in February 2013, now "
        "require improvement."
    )
    got = check_claims(release, extract_claims(release), [report], [], settings, None)
    assert (got.claims[0].verdict == "contradicted") is expected, got.claims[0].explanation


def test_a_grade_held_still_is_not_read_from_a_broader_judgement(settings):
    """compare13: 'care leavers still require improvement' after an ILACS 2018 report, which
    graded care leavers with children in care (good): that joint grade is not theirs
    alone, so nothing is flagged (stress_evidence2)."""
    got = _after_sif(
        settings,
        "Services for care leavers still require improvement.",
        [("care_leavers", "requires_improvement", "Care leavers")],
        [("children_in_care", "good", "Children in care")],
        date(2021, 12, 10),
    )
    assert got.verdict != "contradicted", got.explanation


def _against_run(settings, words: str, table, earlier: list[tuple[date, list]]):
    """The one claim of ``words`` (a release dated 26 April 2024) checked against a report
    graded ``table`` and the council's earlier ILACS reports, each (published, table)."""
    previous = [
        make_report(
            table=t,
            sha=f"{i + 1:x}" * 64,
            published=day,
            inspection_start=day,
            inspection_end=day,
        )
        for i, (day, t) in enumerate(earlier)
    ]
    release = make_release(f"26 April 2024\n\n{words}")
    report = make_report(table=table)
    got = check_claims(release, extract_claims(release), [report], previous, settings, None)
    return got.claims[0]


def _areas(leaders: str, help_: str, care: str) -> list[tuple[str, str, str]]:
    """An ILACS table: overall effectiveness as leaders', and the three areas."""
    return [
        ("overall_effectiveness", leaders, "Overall effectiveness"),
        ("impact_of_leaders", leaders, "Leaders"),
        ("help_and_protection", help_, "Help and protection"),
        ("children_in_care", care, "Children in care"),
    ]


@pytest.mark.provisional
@pytest.mark.parametrize(
    ("then_leaders", "expected"), [("good", "contradicted"), ("requires_improvement", "supported")]
)
def test_every_judgement_improved_needs_each_areas_grade_to_rise(settings, then_leaders, expected):
    """history19: 'Every judgement has improved since 2018' was supported when help and
    protection rose while leaders stayed good: said of every area, each area's grade must
    have risen."""
    got = _against_run(
        settings,
        "Every judgement has improved since 2018.",
        _areas("good", "good", "good"),
        [(date(2018, 6, 1), _areas(then_leaders, "requires_improvement", "requires_improvement"))],
    )
    assert (got.verdict == "contradicted") == (expected == "contradicted"), got.explanation


@pytest.mark.parametrize(("between", "expected"), [("requires_improvement", True), ("good", False)])
def test_a_grade_that_remains_as_in_a_year_is_held_at_every_inspection_since(
    settings, between, expected
):
    """history19: 'Help and protection remains good, as it was in 2014' was judged against
    2014's report alone (good), while the inspection of 2018 between graded it requires
    improvement: a grade that goes on from a year is held at each inspection since."""
    got = _against_run(
        settings,
        "Help and protection remains good, as it was in 2014.",
        _areas("good", "good", "good"),
        [
            (date(2014, 6, 1), _areas("good", "good", "good")),
            (date(2018, 6, 1), _areas("good", between, "good")),
        ],
    )
    assert (got.verdict == "contradicted") is expected, got.explanation


@pytest.mark.parametrize(
    ("in_2015", "expected"), [("requires_improvement", True), ("inadequate", False)]
)
def test_a_grade_at_every_inspection_since_a_year_is_a_run_ended_before_today_when_told_so(
    settings, in_2015, expected
):
    """history19: 'had been rated inadequate at every inspection since 2013' (no direction
    word) was judged against 2013's report alone; it is a run of the grade, told as ended
    before today's inspection (good), which is no evidence against it."""
    got = _against_run(
        settings,
        "Ashbury had been rated inadequate at every inspection since 2013.",
        _areas("good", "good", "good"),
        [
            (date(2013, 8, 1), _areas("inadequate", "inadequate", "inadequate")),
            (date(2015, 11, 1), _areas(in_2015, "inadequate", "inadequate")),
        ],
    )
    assert (got.verdict == "contradicted") is expected, got.explanation


@pytest.mark.parametrize(
    ("then_help", "expected"), [("requires_improvement", True), ("good", False)]
)
def test_a_grade_kept_since_the_last_inspection_is_that_inspections_too(
    settings, then_help, expected
):
    """history19: 'Help and protection has remained good since it was last inspected'
    (no year) was supported by today's grade while the last inspection graded it requires
    improvement: kept since the last inspection, it is held from that inspection on."""
    got = _against_run(
        settings,
        "Help and protection has remained good since it was last inspected.",
        _areas("good", "good", "good"),
        [(date(2018, 6, 1), _areas("good", then_help, "good"))],
    )
    assert (got.verdict == "contradicted") is expected, got.explanation


def test_every_area_of_the_earlier_grade_is_no_change_told_of_every_area(settings):
    """fresh15: in 'judged good in every area, so today's result is a step up from good to
    outstanding' the 'every' is the earlier grade's, not the change's: help and protection
    still good is no evidence against the step up."""
    got = _against_run(
        settings,
        "At the last inspection in 2018, the council was judged good in every area, so "
        "today's result is a step up from good to outstanding.",
        _areas("outstanding", "good", "outstanding"),
        [(date(2018, 6, 1), _areas("good", "good", "good"))],
    )
    assert got.verdict != "contradicted", got.explanation


def test_improved_in_every_area_with_a_grade_kept_is_left_unsettled(settings):
    """facts5: 'has improved in every area' where an area kept its grade is not_checkable
    (an area may improve within its grade), neither contradicted as 'every judgement has
    improved' is nor supported by the areas that rose."""
    got = _against_run(
        settings,
        "The services have improved in every area since 2018.",
        _areas("good", "good", "good"),
        [(date(2018, 6, 1), _areas("good", "requires_improvement", "requires_improvement"))],
    )
    assert got.verdict == "not_checkable", got.explanation


@pytest.mark.parametrize(
    ("then", "expected"),
    [
        (["good", "good"], "contradicted"),
        (["good", "outstanding"], "supported"),
        (["outstanding", "outstanding"], "contradicted"),
    ],
)
def test_a_grade_given_for_the_nth_time_counts_every_known_inspection(settings, then, expected):
    """history20: 'It is the second time Shropshire has been rated outstanding' was judged
    as today's grade alone (supported) when both earlier inspections were good: the grade
    is counted at every known inspection, in a row or not."""
    got = _against_run(
        settings,
        "It is the second time Ashbury has been rated outstanding.",
        _areas("outstanding", "outstanding", "outstanding"),
        [
            (date(2014, 6, 1), _areas(then[0], "good", "good")),
            (date(2018, 6, 1), _areas(then[1], "good", "good")),
        ],
    )
    assert got.verdict == expected, got.explanation


@pytest.mark.parametrize(
    ("in_2014", "expected"), [("outstanding", "contradicted"), ("good", "supported")]
)
def test_a_first_grade_dated_to_a_year_is_that_years_and_none_before(settings, in_2014, expected):
    """history20: 'The council first achieved outstanding in 2018' was judged against 2018's
    report alone, so a first that 2014 had already given passed as supported."""
    got = _against_run(
        settings,
        "The council first achieved outstanding in 2018.",
        _areas("outstanding", "outstanding", "outstanding"),
        [
            (date(2014, 6, 1), _areas(in_2014, "good", "good")),
            (date(2018, 6, 1), _areas("outstanding", "good", "good")),
        ],
    )
    assert got.verdict == expected, got.explanation


@pytest.mark.parametrize(("year", "expected"), [("2018", "supported"), ("2016", "contradicted")])
def test_the_year_of_the_last_inspection_is_the_latest_earlier_reports(settings, year, expected):
    """history20: 'The service was last inspected in 2016' was a finding no passage says
    (not_checkable, or supported by a passage about the last inspection) while the council's
    latest earlier report was of 2018."""
    got = _against_run(
        settings,
        f"The service was last inspected in {year}.",
        _areas("good", "good", "good"),
        [(date(2018, 6, 1), _areas("good", "good", "good"))],
    )
    assert got.kind == "comparison"
    assert got.verdict == expected, got.explanation


@pytest.mark.provisional
def test_a_rating_held_on_to_is_a_rating_kept(settings):
    """history20: 'has held on to its good Ofsted rating' was no claim: the grade before
    'Ofsted rating' was not read, nor 'held on to' as a rating kept."""
    got = _against_run(
        settings,
        "Ashbury has held on to its good Ofsted rating for children's services.",
        _areas("good", "good", "good"),
        [(date(2018, 6, 1), _areas("requires_improvement", "good", "good"))],
    )
    assert got.kind == "comparison"
    assert got.verdict == "contradicted", got.explanation
