"""Comparisons with an earlier inspection: a grade claimed for the first time, a change
of grade, and directions the judgement tables can and cannot settle."""

from __future__ import annotations

from datetime import date

import pytest
from check_helpers import make_account_report, make_claim, make_release, make_report

from verify.check import check_claims
from verify.check.comparison import direction_verdict
from verify.extract import extract_claims
from verify.extract.values import parse_values


def earlier_report(overall: str):
    return make_report(
        table=[("overall_effectiveness", overall, "Overall effectiveness")],
        framework="ilacs_2018",
        sha="c" * 64,
        published=date(2023, 2, 24),
        inspection_start=date(2023, 1, 9),
        inspection_end=date(2023, 1, 20),
    )


def check(text: str, report, previous, settings, kind: str = "comparison"):
    release = make_release(text)
    values = parse_values(text).model_dump(exclude={"authority"})
    claim = make_claim(release, text, kind=kind, **values)
    return check_claims(release, [claim], [report], previous, settings, None).claims[0]


NOW_OUTSTANDING = [
    ("overall_effectiveness", "outstanding", "Overall effectiveness"),
    ("impact_of_leaders", "outstanding", "Leaders"),
]


@pytest.mark.parametrize(
    ("then", "expected"), [("good", "supported"), ("outstanding", "contradicted")]
)
def test_a_first_grade_is_supported_only_when_the_earlier_report_lacked_it(
    settings, then, expected
):
    report = make_report(table=NOW_OUTSTANDING)
    text = (
        "Ashbury, criticised after a child's death in 2007, has received its first "
        "“outstanding” rating for children's services."
    )
    got = check(text, report, [earlier_report(then)], settings)
    assert got.verdict == expected, got.explanation
    if expected == "contradicted":
        assert "not the first" in got.explanation.lower()


@pytest.mark.provisional
def test_a_first_grade_is_checked_against_the_reports_account_without_an_earlier_report(
    report, settings
):
    # The fixture's report prints its last inspection as good and is good now.
    text = "Ashbury has been rated ‘good’ for the first time."
    got = check(text, report, [], settings)
    assert got.verdict == "contradicted" and "Not the first" in got.explanation
    first_outstanding = "Ashbury has received its first ‘outstanding’ rating."
    got = check(
        first_outstanding,
        make_report(table=NOW_OUTSTANDING, previous=report.previous),
        [],
        settings,
    )
    assert got.verdict != "contradicted", got.explanation


@pytest.mark.provisional
def test_a_change_of_grade_is_checked_at_both_ends(settings):
    report = make_report(table=NOW_OUTSTANDING)
    text = "Staff have taken the service from ‘good’ overall to ‘outstanding’."
    assert check(text, report, [earlier_report("good")], settings).verdict == "supported"
    wrong = check(text, report, [earlier_report("inadequate")], settings)
    assert wrong.verdict == "contradicted" and "inadequate" in wrong.explanation


def _dated_report(overall: str, year: int, sha: str):
    return make_report(
        table=[("overall_effectiveness", overall, "Overall effectiveness")],
        framework="sif",
        sha=sha * 64,
        published=date(year, 5, 1),
        inspection_start=date(year, 3, 2),
        inspection_end=date(year, 3, 20),
    )


@pytest.mark.provisional
def test_a_span_of_years_dates_the_grade_a_move_started_from(settings):
    """'From inadequate to good in seven years' is about the inspection seven years
    before, not the latest one, which may already hold the new grade."""
    report = make_report(table=[("overall_effectiveness", "good", "Overall effectiveness")])
    text = "The service has moved from inadequate to good in seven years."
    latest, start = (
        _dated_report("requires_improvement", 2021, "d"),
        _dated_report("inadequate", 2017, "e"),
    )
    assert check(text, report, [latest, start], settings).verdict == "supported"
    wrong = check(text, report, [latest, _dated_report("good", 2017, "e")], settings)
    assert wrong.verdict == "contradicted" and "2017" in wrong.explanation
    # Without the report from then, a later grade on the way is no evidence against it.
    assert check(text, report, [latest], settings).verdict == "not_checkable"


def test_a_span_reaching_past_the_only_earlier_report_is_not_contradicted(settings):
    report = make_report(table=NOW_OUTSTANDING)
    text = "Staff have taken the service from ‘good’ overall to ‘outstanding’ in three years."
    assert check(text, report, [earlier_report("good")], settings).verdict == "supported"
    unknown = check(text, report, [earlier_report("inadequate")], settings)
    assert unknown.verdict == "not_checkable"


@pytest.mark.parametrize(
    ("said", "actual", "expected"),
    [
        ("improved", "improved", "supported"),
        ("improved", "declined", "contradicted"),
        ("declined", "improved", "contradicted"),
        ("maintained", "declined", "contradicted"),
        ("improved", "maintained", "not_checkable"),
        ("maintained", "improved", "not_checkable"),
    ],
)
def test_only_an_opposite_direction_contradicts(said, actual, expected):
    assert direction_verdict(said, actual) == expected


@pytest.mark.provisional
def test_improvement_within_the_same_grade_is_not_flagged(settings):
    report = make_report(table=[("overall_effectiveness", "good", "Overall effectiveness")])
    text = "Services have improved since the previous inspection."
    got = check(text, report, [earlier_report("good")], settings)
    assert got.verdict == "not_checkable", got.explanation
    worse = check(text, report, [earlier_report("outstanding")], settings)
    assert worse.verdict == "contradicted", worse.explanation


def test_an_earlier_account_with_no_grade_to_compare_supports_nothing(settings):
    from verify.types import PreviousInspection

    text = "The last inspection, in 2019, looked at services for children in care."
    report = make_report(
        text=text,
        previous=[
            PreviousInspection(text=text, year=2019, kind="inspection", start=0, end=len(text))
        ],
    )
    # The claim gives the earlier inspection a grade the account does not print.
    claim_text = "Services had previously been rated as good in 2019."
    got = check(claim_text, report, [], settings)
    assert got.verdict == "not_checkable", got.explanation


def test_a_team_size_from_ofsted_is_read_and_checked(report, settings):
    # The fixture's team: four HMI and one Ofsted inspector.
    text = "A 10-strong team from Ofsted spent a week in the borough."
    values = parse_values(text)
    assert values.team_total == 10
    got = check(text, report, [], settings, kind="inspection_fact")
    assert got.verdict == "contradicted" and "4 HMI" in got.explanation, got.explanation
    assert parse_values("The council hired a 10-strong team of social workers.").team_total is None


def test_with_no_year_claimed_the_graded_earlier_inspection_is_compared(settings):
    from verify.types import PreviousInspection

    aside = "Issues from previous inspections of private fostering have not been addressed."
    graded = "The previous inspection of child protection was in 2012. It was judged inadequate."
    text = f"{aside}\n{graded}"
    report = make_report(
        text=text,
        table=[("help_and_protection", "requires_improvement", "Help and protection")],
        previous=[
            PreviousInspection(text=aside, year=None, kind="inspection", start=0, end=len(aside)),
            PreviousInspection(
                text=graded,
                year=2012,
                kind="inspection",
                grade="inadequate",
                start=len(aside) + 1,
                end=len(text),
            ),
        ],
    )
    release = make_release("Help and protection services are no longer rated as inadequate.")
    [claim] = extract_claims(release)
    # Extraction decides it: its one grade is an earlier inspection's, so a comparison.
    assert claim.kind == "comparison"
    assert claim.values.previous_grade == "inadequate" and not claim.values.grades
    got = check_claims(release, [claim], [report], [], settings, None).claims[0]
    assert got.verdict == "supported", got.explanation
    assert "earlier inspection" in got.explanation


def test_a_span_with_no_earlier_grade_compares_with_the_latest_report(settings):
    report = make_report(table=NOW_OUTSTANDING)
    text = "Services have improved over the past three years."
    got = check(text, report, [earlier_report("good")], settings)
    assert got.verdict == "supported", got.explanation


@pytest.mark.provisional
@pytest.mark.parametrize(
    ("text", "then", "expected"),
    [
        # the grades are what the claim says changed or stayed: they settle it
        ("Ashbury has improved its rating since the last inspection.", "good", "contradicted"),
        ("Ashbury has maintained its rating since the last inspection.", "good", "supported"),
        (
            "Ashbury has maintained its rating since the last inspection.",
            "requires_improvement",
            "contradicted",
        ),
        # services may improve within a grade, which the tables cannot show
        ("Services in Ashbury have improved since the last inspection.", "good", "not_checkable"),
    ],
)
def test_a_change_told_of_the_rating_itself_is_settled_by_the_grades(
    settings, text, then, expected
):
    report = make_report(table=[("overall_effectiveness", "good", "Overall effectiveness")])
    got = check(text, report, [earlier_report(then)], settings)
    assert got.verdict == expected, got.explanation


@pytest.mark.parametrize(
    ("account", "claim_text", "want"),
    [
        # 'good practice' is no grade of the earlier inspection: it was read as 'good',
        # contradicting 'rated inadequate' and settling the direction.
        (
            "Good practice seen at the last inspection in 2016 has been sustained in the "
            "adoption service.",
            "Children's services have improved since the last inspection in 2016, when they "
            "were rated inadequate.",
            "not_checkable",
        ),
        (
            "The local authority has built on the good-quality work seen at the last "
            "inspection in 2016.",
            "Children's services have improved from inadequate in 2016 to requires improvement.",
            "not_checkable",
        ),
        # A part's grade is not the service's: the service's is the other one printed.
        (
            "At the last inspection in 2016, services for care leavers were judged to be "
            "good, but other services were inadequate.",
            "Ashbury's children's services have improved since the last inspection in 2016.",
            "supported",
        ),
        (
            "Since the last inspection in 2016, when services were judged to be inadequate, "
            "good progress has been made.",
            "Ashbury's rating has declined since the last inspection in 2016.",
            "contradicted",
        ),
    ],
)
@pytest.mark.provisional
def test_an_account_of_an_earlier_inspection_gives_only_the_grades_it_gives(
    settings, account, claim_text, want
):
    from verify.types import PreviousInspection

    text = f"{account}\n1. Children are safe."
    report = make_report(
        text=text,
        table=[("overall_effectiveness", "requires_improvement", "Overall effectiveness")],
        previous=[PreviousInspection(text=account, year=2016, start=0, end=len(account))],
    )
    release = make_release(claim_text)
    [claim] = extract_claims(release)
    assert claim.kind == "comparison"
    got = check_claims(release, [claim], [report], [], settings, None).claims[0]
    assert got.verdict == want, got.explanation


@pytest.mark.parametrize(
    "account",
    [
        "Since the last inspection, leaders have increased their focus on help and protection "
        "services and they are now good.",
        "Since the last inspection, services have improved and are now good.",
    ],
)
def test_a_grade_an_account_says_holds_now_is_not_the_earlier_one(settings, account):
    """'... and they are now good' gives today's grade: no evidence that the earlier
    inspection was good, so a claim of an earlier 'outstanding' is not contradicted."""
    from verify.types import PreviousInspection

    report = make_report(
        text=account,
        previous=[PreviousInspection(text=account, kind="inspection", start=0, end=len(account))],
    )
    claim_text = "Services for children in care have slipped from outstanding to good."
    got = check(claim_text, report, [], settings)
    assert got.verdict not in ("contradicted", "misleading"), got.explanation


def _earlier_areas(help_and_protection: str):
    return make_report(
        table=[
            ("help_and_protection", help_and_protection, "Help and protection"),
            ("children_in_care", "outstanding", "Children in care"),
            ("overall_effectiveness", "good", "Overall effectiveness"),
        ],
        framework="ilacs_2018",
        sha="e" * 64,
        published=date(2018, 7, 2),
        inspection_start=date(2018, 5, 14),
        inspection_end=date(2018, 5, 25),
    )


@pytest.mark.provisional
def test_a_change_and_an_earlier_grade_told_of_areas_are_those_areas(settings):
    """The change is told of the area its own clause names, and the earlier grade of the
    area its clause names: not the service overall (good then, so 'outstanding' then and a
    kept overall grade contradicted a true sentence)."""
    report = make_report()  # help and protection requires improvement, children in care good
    text = (
        "Help and protection has improved since 2018, when it was inadequate, while children "
        "in care, rated outstanding in 2018, are now good."
    )
    assert check(text, report, [_earlier_areas("inadequate")], settings).verdict == "supported"
    wrong = check(text, report, [_earlier_areas("outstanding")], settings)
    assert wrong.verdict == "contradicted"


@pytest.mark.provisional
def test_an_account_grading_areas_apart_gives_each_area_its_own_grade(settings):
    """'safeguarding ... adequate and those for looked after children good': a claim about
    looked-after children is compared with good, not the sentence's first grade, and a
    direction is compared area to area."""
    from verify.types import PreviousInspection

    account = (
        "Some things have improved since the last inspection in 2012, when safeguarding "
        "services were judged to be adequate and those for looked after children good."
    )
    report = make_report(
        table=[
            ("help_and_protection", "requires_improvement", "Help and protection"),
            ("children_in_care", "requires_improvement", "Children in care"),
            ("overall_effectiveness", "good", "Overall effectiveness"),
        ],
        previous=[PreviousInspection(text=account, year=2012, grade="adequate", start=0, end=1)],
    )
    for text, expected in (
        ("In 2012, services for looked after children were judged adequate.", "contradicted"),
        ("In 2012, services for looked after children were judged good.", "supported"),
        ("Services for looked after children have declined since 2012.", "supported"),
        ("Services for looked after children have improved since 2012.", "contradicted"),
    ):
        got = check(text, report, [], settings)
        assert got.verdict == expected, (text, got.explanation)


@pytest.mark.provisional
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ofsted downgraded Ashbury's overall rating after its latest inspection.", "contradicted"),
        ("Ashbury's overall grade has declined since the last inspection.", "contradicted"),
        # an area that fell is what this tells, not the overall grade
        ("Ashbury's overall rating is unchanged, but help and protection declined.", "supported"),
    ],
)
def test_a_change_told_of_the_overall_grade_is_that_grades(settings, text, expected):
    """news14: 'Ofsted downgraded Dudley's overall rating' was supported because two areas
    fell, where the overall grade stayed requires improvement."""
    areas = [
        ("help_and_protection", "requires_improvement", "Help and protection"),
        ("children_in_care", "good", "Children in care"),
        ("overall_effectiveness", "good", "Overall effectiveness"),
    ]
    report = make_report(table=areas)
    got = check(text, report, [_earlier_areas("good")], settings)
    assert got.verdict == expected, got.explanation


CHANGE_TOLD = (
    "1. Practice overall has improved significantly since the last inspection.\n"
    "2. Early help services have declined since the last inspection.\n"
    "3. Leaders know their services well."
)
"""A report telling the service's change since its last inspection in a sentence of its own
(and a part's, early help, the other way)."""


def _then(overall: str, framework: str = "ilacs_2018"):
    return make_report(
        table=[("overall_effectiveness", overall, "Overall effectiveness")],
        framework=framework,
        sha="d" * 64,
        published=date(2019, 7, 1),
        inspection_start=date(2019, 5, 13),
        inspection_end=date(2019, 5, 24),
    )


@pytest.mark.provisional
def test_a_change_of_the_service_is_judged_by_the_reports_own_account_of_it(settings):
    """Session 15 (direction15): 'Ofsted found services have declined since the last
    inspection', the grades kept (good then and now), against the report's 'Practice overall
    has improved significantly since the last inspection': contradicted (provisional, the
    sentence is chosen by words); the same told as improved is supported by it. A part's
    change told the claim's way (early help declined) is no support for the whole."""
    report = make_report(text=CHANGE_TOLD)
    for way, expected in (("declined", "contradicted"), ("improved", "supported")):
        text = f"Ofsted found services have {way} since the last inspection."
        got = check(text, report, [_then("good")], settings)
        assert got.verdict == expected, got.explanation
        assert "Practice overall has improved" in got.evidence[0].text


@pytest.mark.provisional
def test_grades_of_two_frameworks_do_not_settle_a_change_of_the_services(settings):
    """'Services have improved' where the grade fell from a single inspection framework
    'good' to an ILACS 'requires improvement' may still be true (graded on other evidence):
    not_checkable, naming both frameworks; on one framework's scale the fall contradicts
    it, and a change told of the rating itself is the grades' across frameworks too."""
    now = [("overall_effectiveness", "requires_improvement", "Overall effectiveness")]
    report = make_report(text="1. Leaders know their services well.", table=now)
    text = "Services have improved since the last inspection."
    across = check(text, report, [_then("good", "sif")], settings)
    assert across.verdict == "not_checkable", across.explanation
    assert "two frameworks" in across.explanation
    assert check(text, report, [_then("good")], settings).verdict == "contradicted"
    rating = "Ashbury has improved its rating since the last inspection."
    assert check(rating, report, [_then("good", "sif")], settings).verdict == "contradicted"


def test_a_grade_kept_in_another_clause_is_no_change_of_the_rating(settings):
    """'Help and protection has improved since 2018, ..., although that part of the service
    kept the same grade': the change is told in a clause of its own, the grade kept in
    another, so the kept grade is no evidence against the improvement (was contradicted as
    a change of the rating, ``claimed.rating_told``)."""
    report = make_report()  # help and protection requires improvement
    text = (
        "Help and protection has improved since 2018, the report says, although that part "
        "of the service kept the same grade."
    )
    got = check(text, report, [_earlier_areas("requires_improvement")], settings)
    assert got.verdict == "not_checkable", got.explanation


GOOD_NOW = [("overall_effectiveness", "good", "Overall effectiveness")]


@pytest.mark.parametrize(
    ("text", "between", "expected"),
    [
        ("Ashbury has remained good since 2017.", "good", "supported"),
        ("Ashbury has remained good since 2017.", "requires_improvement", "contradicted"),
        ("Ashbury has stayed good since 2017.", "requires_improvement", "contradicted"),
    ],
)
def test_a_grade_kept_since_a_year_holds_at_every_inspection_since(
    settings, text, between, expected
):
    """'Has remained good since 2017' is untrue when an inspection in between gave another
    grade, though 2017's gave it and today's gives it (was supported against 2017 alone)."""
    report = make_report(table=GOOD_NOW)
    then, middle = _dated_report("good", 2017, "d"), _dated_report(between, 2021, "e")
    got = check(text, report, [middle, then], settings)
    assert got.verdict == expected, got.explanation
    assert got.decided_by == "comparison._held_throughout"


def test_a_grade_kept_since_a_year_not_held_is_contradicted_by_one_held_since(settings):
    """'Has remained good since 2017' with no 2017 report held: 2021's requires improvement
    still contradicts it (was left to the report's own account: not_checkable); 2021's good
    alone supports nothing."""
    report = make_report(table=GOOD_NOW)
    text = "Ashbury has remained good since 2017."
    got = check(text, report, [_dated_report("requires_improvement", 2021, "e")], settings)
    assert got.verdict == "contradicted", got.explanation
    assert got.decided_by == "comparison._held_throughout"
    got = check(text, report, [_dated_report("good", 2021, "e")], settings)
    assert got.verdict != "supported", got.explanation


def test_a_grade_kept_since_a_year_is_todays_grade_too(settings):
    """'Has remained requires improvement since 2021' is untrue of a council good today
    (was supported: 2021's grade matched)."""
    report = make_report(table=GOOD_NOW)
    text = "Ashbury's services have remained requires improvement since 2021."
    got = check(text, report, [_dated_report("requires_improvement", 2021, "e")], settings)
    assert got.verdict == "contradicted", got.explanation
    assert "2024" in got.explanation or "good" in got.explanation


def test_a_grade_kept_since_a_year_is_the_services_when_an_area_is_graded_apart(settings):
    """'Rated good since 2017, when adoption was also judged outstanding': the grade kept is
    the whole service's; adoption's own grade in its clause is no evidence against it (was
    looked up as adoption's grade each year: merge fix of session 17, stress_faithful7)."""
    table = [
        ("overall_effectiveness", "good", "Overall effectiveness"),
        ("adoption", "outstanding", "Adoption performance"),
    ]
    then = make_report(
        table=table,
        framework="sif",
        sha="d" * 64,
        published=date(2017, 5, 1),
        inspection_start=date(2017, 3, 2),
        inspection_end=date(2017, 3, 20),
    )
    text = "Ashbury has been rated good since 2017, when adoption was also judged outstanding."
    release = make_release(text)  # values as the whole pipeline reads them
    read = {"previous_year": 2017, "previous_grade": "good", "direction": "maintained"}
    claim = make_claim(release, text, kind="comparison", **read)
    now = make_report(table=GOOD_NOW)
    got = check_claims(release, [claim], [now], [then], settings, None).claims[0]
    assert got.verdict == "supported", got.explanation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Previous inspections, in 2017 and 2021, also rated the council good.", "supported"),
        ("Previous inspections, in 2014 and 2021, also rated the council good.", "contradicted"),
        ("Ashbury was rated good in 2014 and again in 2021.", "contradicted"),
    ],
)
def test_a_grade_given_in_years_listed_together_is_each_years(settings, text, expected):
    """A grade given 'in 2014 and 2021' is checked against both years' reports (was a
    finding, or compared with one year alone)."""
    report = make_report(table=GOOD_NOW)
    earlier = [
        _dated_report("good", 2021, "d"),
        _dated_report("good", 2017, "e"),
        _dated_report("inadequate", 2014, "f"),
    ]
    got = check(text, report, earlier, settings)
    assert got.verdict == expected, got.explanation
    assert got.decided_by == "comparison._against_every_year"


@pytest.mark.parametrize(
    ("text", "known", "expected"),
    [
        ("Ashbury was rated good in 2014 and again in 2021.", "good", "not_checkable"),
        (
            "Previous inspections, in 2014 and 2021, also rated the council good.",
            "good",
            "not_checkable",
        ),
        ("Ashbury was rated good in 2014 and again in 2021.", "inadequate", "contradicted"),
    ],
)
def test_a_year_listed_with_no_report_supports_nothing(settings, text, known, expected):
    """'Good in 2014 and again in 2021' with no 2014 report known: 2021's grade alone
    supports nothing (was checked against the latest report alone: supported), though
    another grade in 2021's report still contradicts it; the year not held is named."""
    report = make_report(table=GOOD_NOW)
    earlier = [_dated_report(known, 2021, "d"), _dated_report("good", 2017, "e")]
    got = check(text, report, earlier, settings)
    assert got.verdict == expected, got.explanation
    assert got.decided_by == "comparison._against_every_year"
    if expected == "not_checkable":
        assert "2014" in got.explanation, got.explanation


@pytest.mark.parametrize(
    ("then", "later", "expected"),
    [
        ("inadequate", "requires_improvement", "supported"),
        ("inadequate", "good", "contradicted"),
        ("good", "requires_improvement", "contradicted"),
    ],
)
def test_each_year_with_its_own_grade_is_that_years(settings, then, later, expected):
    """'Judged inadequate at its inspection in 2015, and requires improvement in 2018':
    each year's grade is checked against that year's report (was not_checkable though
    both parts were true)."""
    report = make_report(table=GOOD_NOW)
    earlier = [_dated_report(later, 2018, "d"), _dated_report(then, 2015, "e")]
    text = (
        "Ashbury was judged inadequate at its inspection in 2015, and requires improvement in 2018."
    )
    got = check(text, report, earlier, settings)
    assert got.verdict == expected, got.explanation
    assert "2015" in got.explanation and "2018" in got.explanation, got.explanation


@pytest.mark.parametrize(
    ("now", "expected"), [("good", "supported"), ("requires_improvement", "contradicted")]
)
def test_a_year_with_its_own_grade_may_be_todays_inspection(settings, now, expected):
    """'Inadequate in 2015 and good in 2024': 2024's grade is today's report's, not a
    year with no report held."""
    report = make_report(table=[("overall_effectiveness", now, "Overall effectiveness")])
    text = "Ashbury was rated inadequate in 2015 and good in 2024."
    got = check(text, report, [_dated_report("inadequate", 2015, "e")], settings)
    assert got.verdict == expected, got.explanation


@pytest.mark.parametrize(
    ("then", "expected"), [("good", "supported"), ("inadequate", "contradicted")]
)
def test_a_year_not_held_is_told_by_the_reports_own_account(settings, then, expected):
    """With no 2014 report held, today's report's own account of the 2014 inspection
    tells its grade: 'good in 2014 and again in 2021' is checked against it."""
    account = f"At the previous inspection in 2014, the local authority was judged {then}."
    report = make_account_report(account, 2014, then, GOOD_NOW)
    text = "Ashbury was rated good in 2014 and again in 2021."
    got = check(text, report, [_dated_report("good", 2021, "d")], settings)
    assert got.verdict == expected, got.explanation
    assert got.decided_by == "comparison._against_every_year"


@pytest.mark.provisional
def test_grades_crossed_since_a_year_are_counted_from_that_years_report(settings):
    """'Up one grade since 2014' counts from 2014's report, not the latest (was compared
    with 2021's, good then and now: contradicted)."""
    report = make_report(table=GOOD_NOW)
    earlier = [_dated_report("good", 2021, "d"), _dated_report("requires_improvement", 2014, "f")]
    got = check("Ashbury has moved up one grade since 2014.", report, earlier, settings)
    assert got.verdict == "supported" and "2014" in got.explanation, got.explanation
    wrong = check("Ashbury has moved up two grades since 2014.", report, earlier, settings)
    assert wrong.verdict == "contradicted", wrong.explanation


def test_an_earlier_grade_fronted_before_an_area_is_that_areas(settings):
    """'Up from requires improvement in 2018, help and protection is now good': the
    earlier grade is help and protection's, not the service's overall (was compared with
    2018's overall good: contradicted)."""
    report = make_report(table=[*GOOD_NOW, ("help_and_protection", "good", "Help and protection")])
    text = "Up from requires improvement in 2018, help and protection is now good."
    got = check(text, report, [_earlier_areas("requires_improvement")], settings)
    assert got.verdict == "supported", got.explanation


def test_grades_crossed_in_a_span_of_years_are_counted_from_its_start(settings):
    """'Improved two grades in seven years' counts from the report seven years back
    (was the latest one's: contradicted)."""
    report = make_report(table=GOOD_NOW)
    earlier = [
        _dated_report("requires_improvement", 2021, "d"),
        _dated_report("inadequate", 2017, "e"),
    ]
    got = check("Services have improved two grades in seven years.", report, earlier, settings)
    assert got.verdict == "supported" and "2017" in got.explanation, got.explanation


def test_a_grade_kept_since_a_year_not_held_is_contradicted_by_todays_account_of_it(settings):
    """'Has remained good since 2022' with no 2022 report held: today's report's own account
    of 2022's inspection, requires improvement, contradicts it (compare18: was
    not_checkable, the report's accounts left unread); an account of good supports nothing
    here (the inspections between are not known), so the existing paths judge it."""
    account = (
        "Children’s services in the predecessor local authority were judged requires "
        "improvement to be good in November 2022."
    )
    text = "Ashbury has remained good since 2022."
    report = make_account_report(account, 2022, "requires_improvement", GOOD_NOW)
    got = check(text, report, [], settings)
    assert got.verdict == "contradicted", got.explanation
    assert got.decided_by == "comparison._kept_from_an_account"
    report = make_account_report(
        account.replace("requires improvement to be ", ""), 2022, "good", GOOD_NOW
    )
    assert check(text, report, [], settings).verdict != "contradicted"


@pytest.mark.provisional
def test_a_predecessor_council_the_report_names_is_these_services_then(settings):
    """A council the report's own account names as the one that ran these services
    ('the predecessor local authority, Northamptonshire County Council, were judged
    inadequate in 2019') is no other body: its grade then is compared with the account
    (compare18: set aside as another body's, not_checkable)."""
    account = (
        "Children’s services in the predecessor local authority, Northamptonshire County "
        "Council, were judged inadequate in 2019."
    )
    report = make_account_report(account, 2019, "inadequate", GOOD_NOW)
    said = "Northamptonshire County Council's children's services were rated {} in 2019."
    got = check(said.format("requires improvement"), report, [], settings)
    assert got.verdict == "contradicted", got.explanation
    assert check(said.format("inadequate"), report, [], settings).verdict != "contradicted"


@pytest.mark.parametrize(
    ("then", "middle", "now", "expected"),
    [
        ("requires_improvement", "requires_improvement", "good", "supported"),
        ("good", "requires_improvement", "good", "supported"),
        ("requires_improvement", "good", "good", "contradicted"),
        ("requires_improvement", "requires_improvement", "requires_improvement", "contradicted"),
    ],
)
def test_the_first_time_a_grade_is_not_given_since_a_year_ends_a_run(
    settings, then, middle, now, expected
):
    """'The first time Ashbury has not been rated requires improvement since 2016': every
    inspection after 2016's gave the grade and today's does not, whatever 2016's own grade
    (compare18: read as no grade, a finding no passage says); with no 2016 report known
    the run since is not known."""
    report = make_report(table=[("overall_effectiveness", now, "Overall effectiveness")])
    earlier = [_dated_report(middle, 2019, "d"), _dated_report(then, 2016, "e")]
    text = "It is the first time Ashbury has not been rated requires improvement since 2016."
    got = check(text, report, earlier, settings)
    assert got.verdict == expected, got.explanation
    assert got.decided_by == "history._run_ended"
    got = check(text, report, earlier[:1], settings)
    assert got.verdict == ("not_checkable" if expected == "supported" else expected)


@pytest.mark.provisional
@pytest.mark.parametrize(
    ("in_care_then", "expected"),
    [("requires_improvement", "supported"), ("inadequate", "contradicted")],
)
def test_an_earlier_grade_hung_on_several_areas_is_theirs_not_the_services(
    settings, in_care_then, expected
):
    """'Services for children in care and care leavers have been rated good, up from
    requires improvement': the earlier grade is those areas' (one judgement in ILACS 2018),
    not the service's inadequate of then (compare22: contradicted by it)."""
    then = make_report(
        table=[
            ("help_and_protection", "inadequate", "Help and protection"),
            ("children_in_care", in_care_then, "Children in care and care leavers"),
            ("overall_effectiveness", "inadequate", "Overall effectiveness"),
        ],
        framework="ilacs_2018",
        sha="e" * 64,
        published=date(2019, 1, 17),
        inspection_start=date(2018, 11, 26),
        inspection_end=date(2018, 12, 7),
    )
    now = make_report(
        table=[
            ("help_and_protection", "requires_improvement", "Help and protection"),
            ("children_in_care", "good", "Children in care and care leavers"),
            ("overall_effectiveness", "requires_improvement", "Overall effectiveness"),
        ],
        framework="ilacs_2018",
        published=date(2023, 2, 1),
        inspection_start=date(2022, 12, 5),
        inspection_end=date(2022, 12, 16),
    )
    text = (
        "Services for children in care and care leavers have been rated good, up from "
        "requires improvement."
    )
    release = make_release(text)
    claims = extract_claims(release)
    got = check_claims(release, claims, [now], [then], settings, None).claims[0]
    assert got.verdict == expected, got.explanation
