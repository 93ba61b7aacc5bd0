"""Ratings, inspection facts, comparisons and routing on invented reports."""

from __future__ import annotations

from datetime import date

import pytest
from check_helpers import NC, TABLE, C, S, make_claim, make_release, make_report

from verify.check import check_claims
from verify.check.fact import days_spanned, weeks_spanned
from verify.extract import extract_claims
from verify.extract.values import parse_values
from verify.report.metadata import named_date
from verify.types import GradeMention, PreviousInspection
from verify.words import framework_title
from verify.words.dates import parse_dates


def run(report, text, snippet, settings, kind="rating", previous=(), reports=None, **values):
    release = make_release(text)
    claim = make_claim(release, snippet, kind=kind, **values)
    result = check_claims(release, [claim], reports or [report], list(previous), settings, None)
    return result.claims[0]


def mention(grade, judgement=None):
    return GradeMention(grade=grade, judgement=judgement, printed=grade)


def test_share_states_the_counting_rule(report, settings):
    text = "Rated outstanding in 50 per cent of judgement areas."
    got = run(report, text, text, settings, grades=[mention("outstanding")], percent=50.0)
    assert got.verdict == "supported"
    assert "2 of 4 graded areas" in got.explanation
    assert "2 of 5 judgements if overall effectiveness is counted" in got.explanation


@pytest.mark.parametrize(
    ("text", "of_total", "expected"),
    [
        ("Half of the four areas were outstanding.", 4, "supported"),
        ("Half of the five judgements were outstanding.", 5, "contradicted"),
    ],
)
def test_a_share_of_a_total_named_is_that_totals_share(report, settings, text, of_total, expected):
    """Two of the four areas are outstanding, two of the five judgements with overall
    effectiveness: 'half of the five' is neither (ratings14)."""
    got = run(
        report,
        text,
        text,
        settings,
        grades=[mention("outstanding")],
        percent=50.0,
        of_total=of_total,
    )
    assert got.verdict == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Help and protection was the only area rated requires improvement.", "supported"),
        ("Care leavers was the only area rated outstanding.", "contradicted"),
        ("Children in care was the only area rated requires improvement.", "contradicted"),
    ],
)
def test_the_only_area_at_a_grade_is_one_area_and_the_one_named(report, settings, text, expected):
    """Leaders and care leavers are outstanding, help and protection alone requires
    improvement: 'the only area' counts one, and it must be the area named (ratings14: only
    the named area's grade was checked)."""
    values = parse_values(text).model_dump(exclude_none=True)
    assert values["quantifier"] == "the only area"
    assert run(report, text, text, settings, **values).verdict == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was good or outstanding in all but one area.", "supported"),
        ("It was outstanding in all but one of the four areas.", "contradicted"),
    ],
)
def test_all_but_some_counts_every_area_less_those(report, settings, text, expected):
    """Three of the four areas are good or outstanding, two outstanding (ratings14: 'all but
    one of the judgements' was read as one of them)."""
    values = parse_values(text).model_dump(exclude_none=True)
    assert values["quantifier"].startswith("all but one")
    assert run(report, text, text, settings, **values).verdict == expected


def test_wrong_count_is_contradicted(report, settings):
    text = "Outstanding in three of the four judgement areas."
    got = run(report, text, text, settings, grades=[mention("outstanding")], count=3, of_total=4)
    assert got.verdict == "contradicted"


def test_named_judgement_with_wrong_grade_is_contradicted(report, settings):
    text = "Help and protection was rated good."
    got = run(report, text, text, settings, grades=[mention("good", "help_and_protection")])
    assert got.verdict == "contradicted"
    assert "requires improvement" in got.explanation


def test_sif_names_map_to_ilacs_equivalents(settings):
    sif = make_report(
        table=[("looked_after_and_permanence", "good", "Children looked after")], framework="sif"
    )
    text = "Children in care services are good."
    got = run(sif, text, text, settings, grades=[mention("good", "children_in_care")])
    assert got.verdict == "supported"


def test_overall_grade_claimed_for_2026_report_is_contradicted(settings):
    table = [("help_and_protection", "good", "Help and protection")]
    new = make_report(table=table, framework="ilacs_2026")
    text = "Rated good overall."
    got = run(
        new,
        text,
        text,
        settings,
        grades=[mention("good", "overall_effectiveness")],
        quantifier="overall",
    )
    assert got.verdict == "contradicted"
    assert "2026" in got.explanation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Only 2 of 4 areas are outstanding: "for its work with children" generalises.
        ("Rated Good overall and Outstanding for its work with children.", "misleading"),
        ("Rated Good overall, and outstanding in a number of areas.", "supported"),
    ],
)
def test_unnamed_grade_generalised_or_limited(report, settings, text, expected):
    grades = [mention("good", "overall_effectiveness"), mention("outstanding")]
    got = run(report, text, text, settings, grades=grades)
    assert got.verdict == expected
    if expected == "misleading":
        assert "2 of 4" in got.explanation


def test_childrens_homes_grades_are_read_from_the_passage(report, settings):
    text = "The council's two children's homes are rated good and outstanding respectively."
    got = run(report, text, text, settings, grades=[mention("good"), mention("outstanding")])
    assert got.verdict == "contradicted"
    assert got.evidence[0].paragraph == 6


def test_a_childrens_homes_passage_saying_good_or_better_allows_outstanding(settings):
    """grades10: 'Four were judged to be good or better' is no evidence against two homes
    rated outstanding (was contradicted, 'good, not outstanding')."""
    homes = make_report(
        "1. The local authority operates five children’s homes. Four were judged to be "
        "good or better in their most recent Ofsted inspection."
    )
    text = "Two of Ashbury's children's homes are rated outstanding."
    got = run(homes, text, text, settings, grades=[mention("outstanding")])
    assert got.verdict != "contradicted"


def test_only_the_subjects_own_grades_of_today_are_read_from_its_passage(settings):
    """grades10: schools' grades beside the fostering service, and the service's grade of an
    earlier year, are not compared with the passage naming it (was contradicted, 'the
    report gives good, not outstanding')."""
    text = (
        "Many of the borough's schools are rated good or outstanding by Ofsted, and the "
        "council's fostering service was judged good in 2012."
    )
    schools = [
        GradeMention(grade=g, printed=g, start=text.index(g)) for g in ("good", "outstanding")
    ]
    fostering = GradeMention(
        grade="good", printed="good", start=text.rindex("good"), years_near=[2012]
    )
    fostering_passage = make_report(
        "1. These include good efforts to identify connected persons who are formally "
        "assessed by the fostering service."
    )
    got = run(fostering_passage, text, text, settings, grades=[*schools, fostering])
    assert got.verdict == "not_checkable"


@pytest.mark.parametrize(
    ("start", "end", "days", "weeks"),
    [(date(2023, 11, 6), date(2023, 11, 10), 5, 1), (date(2017, 9, 11), date(2017, 10, 5), 25, 4)],
)
def test_duration_spanned(start, end, days, weeks):
    assert days_spanned(start, end) == days
    assert weeks_spanned(start, end) == weeks


def test_team_counts_hmi_and_others_separately(report, settings):
    text = "The team consisted of five of His Majesty's Inspectors."
    got = run(report, text, text, settings, kind="inspection_fact", team_hmi=5)
    assert got.verdict == "contradicted"
    assert "4 HMI and 1 other inspector" in got.explanation
    total = run(report, text, text, settings, kind="inspection_fact", team_total=5)
    assert total.verdict == "supported"


def test_duration_and_publication_date(report, settings):
    text = "A five-day inspection; the report was published on 26 April."
    got = run(
        report,
        text,
        text,
        settings,
        kind="inspection_fact",
        duration_days=5,
        dates=[date(2024, 4, 26)],
    )
    assert got.verdict == "supported"
    wrong = run(report, text, text, settings, kind="inspection_fact", duration_weeks=2)
    assert wrong.verdict == "contradicted"


def test_comparison_against_printed_previous_inspection(report, settings):
    text = "Rated good at the last inspection in 2019, standards have been maintained."
    got = run(
        report, text, text, settings, kind="comparison", previous_year=2019, direction="maintained"
    )
    assert got.verdict == "supported"
    # Services can improve or decline within a grade: the same grade then and now refutes
    # neither.
    for direction in ("improved", "declined"):
        within = run(
            report, text, text, settings, kind="comparison", previous_year=2019, direction=direction
        )
        assert within.verdict == "not_checkable", within.explanation


def test_comparison_against_previous_report_table(settings):
    report = make_report(
        table=[
            ("impact_of_leaders", "outstanding", "Leaders"),
            ("help_and_protection", "good", "H"),
            ("children_in_care", "good", "C"),
            ("overall_effectiveness", "good", "O"),
        ]
    )
    earlier = make_report(
        table=[
            ("impact_of_leaders", "good", "Leaders"),
            ("help_and_protection", "good", "H"),
            ("children_in_care", "good", "C"),
            ("overall_effectiveness", "good", "O"),
        ],
        framework="ilacs_2018",
        sha="c" * 64,
        published=date(2019, 3, 1),
    )
    text = "A clear improvement on the 2019 inspection, when all four judgements were good."
    values = parse_values(text).model_dump(exclude={"authority"})
    assert values["previous_grade"] == "good" and values["grades"] == []
    got = run(report, text, text, settings, kind="comparison", previous=[earlier], **values)
    assert got.verdict == "supported", got.explanation
    assert "every judgement good" in got.explanation
    leaders = earlier.judgements[0].model_copy(update={"grade": "requires_improvement"})
    earlier = earlier.model_copy(update={"judgements": (leaders, *earlier.judgements[1:])})
    got = run(report, text, text, settings, kind="comparison", previous=[earlier], **values)
    assert got.verdict == "contradicted", got.explanation
    assert "impact of leaders requires improvement" in got.explanation


def test_an_all_told_of_today_is_not_asked_of_the_earlier_report(settings):
    """'rated requires improvement in all four judgements, the same overall grade it received
    in 2018': the 'all' is today's (its clause names no year); the earlier report is only
    said to share the overall grade, which it does, whatever its areas were."""
    ri = ("requires_improvement", "R")
    report = make_report(
        table=[
            (n, *ri)
            for n in (
                "impact_of_leaders",
                "help_and_protection",
                "children_in_care",
                "overall_effectiveness",
            )
        ]
    )
    earlier = make_report(
        table=[
            ("impact_of_leaders", "good", "L"),
            ("help_and_protection", *ri),
            ("children_in_care", "good", "C"),
            ("overall_effectiveness", *ri),
        ],
        framework="ilacs_2018",
        sha="c" * 64,
        published=date(2018, 11, 9),
    )
    text = (
        "Inspectors rated the service requires improvement to be good in all four judgements, "
        "the same overall grade it received in 2018."
    )
    # Extraction dates the grade by the year near it: a comparison with 2018's report.
    values = parse_values(text).as_earlier().model_dump(exclude={"authority"})
    assert values["previous_grade"] == "requires_improvement" and values["grades"] == []
    assert values["quantifier"] == "all four"
    got = run(report, text, text, settings, kind="comparison", previous=[earlier], **values)
    assert got.verdict == "supported", got.explanation
    assert "not all" not in got.explanation


@pytest.mark.provisional
@pytest.mark.parametrize(
    ("then", "expected"), [("good", "supported"), ("inadequate", "contradicted")]
)
def test_an_earlier_grade_alone_is_checked_against_the_earlier_report(settings, then, expected):
    report = make_report(table=[("overall_effectiveness", "inadequate", "O")])
    earlier = make_report(
        table=[("overall_effectiveness", then, "O")],
        framework="ilacs_2018",
        sha="c" * 64,
        published=date(2018, 6, 1),
    )
    text = "Services had previously been rated as good in 2018."
    got = run(
        report,
        text,
        text,
        settings,
        kind="comparison",
        previous=[earlier],
        previous_year=2018,
        previous_grade="good",
    )
    assert got.verdict == expected, got.explanation
    assert f"was {then} overall" in got.explanation


def two_councils():
    """Ashbury (help and protection requires improvement) and Brockton (good)."""
    brockton = make_report(
        authority="brockton",
        sha="d" * 64,
        table=[("help_and_protection", "good", "Help and protection")],
    )
    return make_report(authority="ashbury"), brockton


def test_claims_route_to_the_council_they_name(settings):
    a, b = two_councils()
    text = "In Brockton, help and protection was good."
    got = run(
        a, text, text, settings, reports=[a, b], grades=[mention("good", "help_and_protection")]
    )
    assert got.verdict == "supported"
    named = run(
        a,
        text,
        text,
        settings,
        reports=[a, b],
        authority="Ashbury Borough Council",
        grades=[mention("good", "help_and_protection")],
    )
    assert named.verdict == "contradicted"


def test_rating_about_all_councils_is_checked_against_each(settings):
    a, b = two_councils()
    text = "All three councils were told help and protection requires improvement."
    got = run(
        a,
        text,
        text,
        settings,
        reports=[a, b],
        grades=[mention("requires_improvement", "help_and_protection")],
    )
    assert got.verdict == "contradicted"
    assert f"{a.label}: " in got.explanation and f"{b.label}: " in got.explanation


def test_opinions_and_national_claims_are_not_checkable(report, settings):
    for kind in ("opinion", "national"):
        text = "Only 46 councils are rated good."
        got = run(report, text, text, settings, kind=kind)
        assert got.verdict == "not_checkable"
        assert got.explanation


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2024, 3, 6), "supported"),  # mid-week of 4 to 8 March
        (date(2024, 3, 4), "supported"),  # first day on site
        (date(2024, 3, 8), "supported"),  # last day on site
        (date(2024, 3, 3), "contradicted"),  # the day before
        (date(2024, 3, 12), "contradicted"),  # the week after
    ],
)
def test_inspection_date_inside_or_outside_the_reports_dates(report, settings, day, expected):
    text = f"Inspectors were in Ashbury on {day:%-d %B %Y}."
    got = run(report, text, text, settings, kind="inspection_fact", dates=[day])
    assert got.verdict == expected, got.explanation
    assert "4 March to 8 March 2024" in got.explanation
    if expected == "contradicted":
        assert f"{day:%-d %B %Y}" in got.explanation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inspectors started work on Monday 4 March and completed their work on 7 March.", C),
        ("Inspectors started work on Monday 4 March and completed their work on 8 March.", S),
        ("Inspectors were on site until 7 March.", C),
        ("The inspection ran until 8 March.", S),
        ("Inspectors said that until 1 March the front door had no manager.", NC),
        ("which began on 4 March and ended on 7 March", C),  # split from the team's clause
    ],
)
def test_the_visits_last_day_said_far_from_the_inspectors(report, settings, text, expected):
    """A last day joined to the visit's first ('started work on 4 March and completed their
    work on 7 March', the inspectors named over 40 characters before) or told by 'until'
    right after the visit is the visit's last day, and 7 March is not the report's 8 March
    (stress_evidence and stress_errors: were supported and not compared). 'Until' after
    no word of the visit still looks back."""
    got = run(report, text, text, settings, kind="inspection_fact", dates=parse_dates(text, 2024))
    assert got.verdict == expected, got.explanation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inspectors visited Ashbury from 8 to 12 April 2024.", "contradicted"),
        ("The inspection took place on 2 April 2024.", "contradicted"),
        ("The report, published on 20 April 2024, praises leaders.", "not_checkable"),
    ],
)
def test_a_later_date_is_wrong_for_the_visit_but_unknown_for_publication(settings, text, expected):
    """The report does not print when it was published, so only visit dates can be wrong."""
    report = make_report(published=None)
    got = run(report, text, text, settings, kind="inspection_fact", dates=parse_dates(text))
    if expected == "contradicted":
        assert "after the inspection" in got.explanation
    assert got.verdict == expected, got.explanation


@pytest.mark.parametrize(
    ("framework", "claimed", "expected"),
    [
        ("ilacs_2023", "ILACS", "supported"),
        ("ilacs_2023", "SIF", "contradicted"),
        ("ilacs_2018", "single inspection framework", "contradicted"),
        ("sif", "SIF", "supported"),
        ("sif", "ILACS", "contradicted"),
    ],
)
def test_framework_claim_against_the_reports_framework(settings, framework, claimed, expected):
    report = make_report(framework=framework)
    text = f"Ashbury's children's services were inspected under the {claimed} framework."
    got = run(report, text, text, settings, kind="inspection_fact", framework=claimed)
    assert got.verdict == expected, got.explanation
    assert framework_title(framework) in got.explanation


@pytest.mark.parametrize(("day", "expected"), [(20, "supported"), (21, "contradicted")])
def test_publication_date_from_the_archive_file_name(settings, day, expected):
    """ILACS PDFs print no publication date; Ofsted's archive puts it in the file name,
    which the report parser reads."""
    name = "children's services inspection - 20 april 2024.pdf"
    report = make_report(published=None, source=f"80548_ashbury/{name}", file_date=named_date(name))
    text = f"The report, published on {day} April 2024, praises leaders."
    got = run(report, text, text, settings, kind="inspection_fact", dates=parse_dates(text))
    assert got.verdict == expected, got.explanation
    assert "published 20 April 2024 (the date in its file name)" in got.explanation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ashbury was inspected during March this year.", "supported"),
        ("Inspectors visited Ashbury in February and March.", "contradicted"),
    ],
)
def test_months_without_a_day_against_the_inspection_dates(report, settings, text, expected):
    from verify.extract.values import bare_months

    got = run(report, text, text, settings, kind="inspection_fact", months=bare_months(text))
    assert got.verdict == expected, got.explanation
    if expected == "contradicted":
        assert got.explanation.startswith("February does not match")


@pytest.mark.parametrize(
    ("opening", "about_a_visit"),
    [
        ("Ofsted's focused visit to Ashbury found strong practice.", True),
        ("Leaders have improved services since the focused visit in 2022.", False),
        ("Since the last inspection and focused visit, leaders have reviewed services.", False),
    ],
)
def test_a_release_is_about_a_visit_only_when_it_reports_one(
    report, settings, opening, about_a_visit
):
    """A quote missing from the report is not checkable when the release is about a visit
    (its letter was not given); a visit mentioned as past changes nothing."""
    from verify.check.common import Context

    ctx = Context(make_release(opening), [report], [], settings, None)
    assert ctx.about_other_visit(report) is about_a_visit


def test_a_count_of_the_areas_then_named_each_with_its_grade_is_no_share(report, settings):
    """'in four areas, A judged X, B judged Y ...' counts the areas judged, not those at
    one grade: each named grade is checked instead."""
    text = (
        "Services were judged in four areas, leaders outstanding, help and protection requires "
        "improvement, children in care good and care leavers outstanding."
    )
    named = [
        mention("outstanding", "impact_of_leaders"),
        mention("requires_improvement", "help_and_protection"),
        mention("good", "children_in_care"),
        mention("outstanding", "care_leavers"),
    ]
    got = run(report, text, text, settings, grades=named, count=4, quantifier="four areas")
    assert got.verdict == "supported", got.explanation
    one = named[:1] + [mention("good", "help_and_protection")] + named[2:]
    got = run(report, text, text, settings, grades=one, count=4, quantifier="four areas")
    assert got.verdict == "contradicted"


@pytest.mark.parametrize(
    ("grade", "expected"), [("good", "supported"), ("outstanding", "not_checkable")]
)
def test_adoption_is_judged_within_children_in_care_where_it_has_no_judgement(
    report, settings, grade, expected
):
    # ILACS grades no adoption on its own: children in care (good here) holds it. A grade
    # that differs is no proof of error, since a part may be graded apart from the whole.
    text = f"The adoption service has been rated ‘{grade}’ by Ofsted."
    got = run(report, text, text, settings, grades=[mention(grade, "adoption")])
    assert got.verdict == expected, got.explanation
    assert "within children in care" in got.explanation


def test_a_month_beside_a_publication_is_checked_when_the_inspection_is_said_to_be_in_it(
    settings,
):
    report = make_report(inspection_start=date(2022, 3, 21), inspection_end=date(2022, 3, 25))
    for month, expected in ((3, "supported"), (4, "contradicted")):
        name = date(2022, month, 1).strftime("%B")
        text = (
            f"Ofsted has published its report today, following an inspection in {name}, the "
            "first since 2017."
        )
        release = make_release(text)
        claim = make_claim(release, text, kind="inspection_fact", months=[month])
        checked = check_claims(release, [claim], [report], [], settings, None).claims
        # a flag stands on the clause naming the month, the publication beside it unread
        got = next(c for c in checked if name in c.text)
        assert got.verdict == expected, got.explanation
    # a publication month is the publication's (26 April 2024, printed), never the visit's
    for month, expected in ((4, "supported"), (5, "contradicted")):
        published_in = f"The report was published in {date(2024, month, 1):%B}."
        got = run(
            report, published_in, published_in, settings, kind="inspection_fact", months=[month]
        )
        assert got.verdict == expected, got.explanation
        assert "published 26 April 2024" in got.explanation and "inspected" not in got.explanation


def test_a_fact_with_no_value_of_the_visit_is_not_checked_as_something_else(report, settings):
    text = "Conferences were restructured in May, inspectors heard."
    got = run(report, text, text, settings, kind="inspection_fact", months=[5])
    assert got.verdict == "not_checkable" and "no date" in got.explanation, got.explanation


def test_a_grade_named_in_the_plural_is_some_judgements_grade(report, settings):
    # The fixture's areas: two outstanding, one good, one requires improvement; good overall.
    text = "The Outstanding judgements mean the council leads effective services."
    got = run(report, text, text, settings, grades=[mention("outstanding")])
    assert got.verdict == "supported" and "2 of 4" in got.explanation, got.explanation
    alone = "The council's services are outstanding, inspectors judged."
    got = run(report, alone, alone, settings, grades=[mention("outstanding")])
    assert got.verdict == "misleading", got.explanation


def _account(text: str, year: int, grade: str) -> PreviousInspection:
    return PreviousInspection(text=text, year=year, kind="inspection", grade=grade, start=0, end=1)


SIF_TABLE = [
    ("overall_effectiveness", "inadequate", "Inadequate"),
    ("help_and_protection", "inadequate", "Inadequate"),
    ("looked_after_and_permanence", "requires_improvement", "Requires improvement"),
    ("adoption", "requires_improvement", "Requires improvement"),
    ("care_leavers", "requires_improvement", "Requires improvement"),
    ("leadership_management_governance", "inadequate", "Inadequate"),
]
ACCOUNTS = [
    _account(
        "The last inspection of the arrangements for the protection of children was in March "
        "2013. The local authority was judged inadequate.",
        2013,
        "inadequate",
    ),
    _account(
        "The last inspection of services for looked after children was in June 2013 and "
        "was judged inadequate.",
        2013,
        "inadequate",
    ),
]


def test_areas_that_moved_are_counted_from_the_reports_accounts(settings):
    report = make_report(table=SIF_TABLE, framework="sif", previous=ACCOUNTS)
    text = "Three out of five areas improved. Two of the five areas improved."
    values = parse_values("Three out of five areas improved.")
    assert (
        run(
            report,
            text,
            "Three out of five areas improved",
            settings,
            "comparison",
            **values.model_dump(),
        ).verdict
        == "supported"
    )
    values = parse_values("Two of the five areas improved.")
    # Never a flag: an area may improve within its grade.
    assert (
        run(
            report,
            text,
            "Two of the five areas improved",
            settings,
            "comparison",
            **values.model_dump(),
        ).verdict
        == "not_checkable"
    )


def test_an_earlier_report_named_by_its_month_is_the_account_of_that_month(settings):
    report = make_report(table=SIF_TABLE, framework="sif", previous=ACCOUNTS)
    for said, expected in (
        ("The rating echoes a report in April 2013.", "supported"),
        ("The rating echoes a report in October 2013.", "not_checkable"),
    ):
        values = parse_values(said)
        checked = run(report, said, said[:-1], settings, "comparison", **values.model_dump())
        assert checked.verdict == expected, (said, checked.explanation)


def test_a_kept_rating_is_the_overall_grade_kept_whatever_an_area_did(settings):
    earlier_table = [(n, "good", p) for n, _, p in TABLE]
    now_table = [
        (n, "good" if n != "care_leavers" else "requires_improvement", p) for n, _, p in TABLE
    ]
    earlier = make_report(table=earlier_table, sha="b" * 64, published=date(2021, 5, 1))
    earlier = earlier.model_copy(
        update={"inspection_start": date(2021, 3, 1), "inspection_end": date(2021, 3, 12)}
    )
    report = make_report(table=now_table)
    said = "The rating echoes the council's 2021 inspection."
    values = parse_values(said)
    checked = run(
        report, said, said[:-1], settings, "comparison", previous=[earlier], **values.model_dump()
    )
    assert checked.verdict == "supported", checked.explanation


def test_a_count_takes_the_grade_of_its_own_clause(settings):
    """'the other three areas' after a clause giving care leavers 'good' count the areas that
    'require improvement', printed after the count, not the good printed nearer before it."""
    ri = ("requires_improvement", "Requires improvement to be good")
    table = [
        ("impact_of_leaders", *ri),
        ("help_and_protection", *ri),
        ("children_in_care", *ri),
        ("care_leavers", "good", "Good"),
        ("overall_effectiveness", *ri),
    ]
    text = (
        "Care leavers were the bright spot, rated good, while the other three areas and the "
        "overall grade were judged to require improvement."
    )
    grades = [
        mention("good", "care_leavers"),
        GradeMention(
            grade="requires_improvement",
            judgement="overall_effectiveness",
            printed="require improvement",
        ),
    ]
    got = run(
        make_report(table=table),
        text,
        text,
        settings,
        grades=grades,
        count=3,
        quantifier="three areas",
    )
    assert got.verdict == "supported", got.explanation
    assert "3 of 4 graded areas are requires improvement" in got.explanation


@pytest.mark.parametrize(
    ("opening", "about_a_visit"),
    [
        ("The focused visit in September found weaknesses at the front door.", False),
        ("A monitoring visit in May found weaknesses at the front door.", True),
    ],
)
def test_a_visit_named_by_its_month_is_dated_by_the_dateline(
    report, settings, opening, about_a_visit
):
    """A month with no year, in a release dated 10 May 2024, is its latest one: September
    2023 is before the March 2024 inspection (was read as undated, so the whole release was
    taken to be about that visit and nothing in it checked); May 2024 is after it."""
    from verify.check.common import Context

    release = make_release(f"Ashbury Council\n\n10 May 2024\n\n{opening}")
    ctx = Context(release, [report], [], settings, None)
    assert ctx.about_other_visit(report) is about_a_visit


def test_a_visit_to_come_is_not_the_one_reported(report, settings):
    """'The next monitoring visit is expected in the autumn' (was: the release read as about
    that visit, so none of its claims was checked)."""
    from verify.check.common import Context

    text = "Ashbury Council\n\n10 May 2024\n\nThe next monitoring visit is expected in the autumn."
    ctx = Context(make_release(text), [report], [], settings, None)
    assert ctx.about_other_visit(report) is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The majority of the five judgements were good or better.", "supported"),
        ("The majority of the five judgements were outstanding.", "contradicted"),
        ("Most of the four areas were rated outstanding.", "contradicted"),
    ],
)
def test_a_majority_of_the_judgements_is_more_than_half_of_them(report, settings, text, expected):
    """compare13: 'the majority of the five judgements' is a share, more than half of five
    (was read as a count of five, five of five, and a true sentence contradicted); two of
    four is no majority."""
    release = make_release(text)
    got = check_claims(release, extract_claims(release), [report], [], settings, None)
    assert got.claims[0].verdict == expected, got.claims[0].explanation


_LOOKED_AFTER_2013 = [
    ("overall_effectiveness", "inadequate", "Overall effectiveness"),
    ("capacity_to_improve", "adequate", "Capacity to improve"),
    ("outcomes_for_looked_after_children", "inadequate", "Outcomes"),
    ("quality_of_provision", "inadequate", "Quality of provision"),
    ("leadership_and_management", "inadequate", "Leadership and management"),
]


@pytest.mark.parametrize(
    ("text", "framework", "expected"),
    [
        ("Half of the judgements were rated adequate.", "other", "contradicted"),
        ("One of the five judgements was rated adequate.", "other", "supported"),
        ("Half of the judgements were rated adequate.", "ilacs_2023", "not_checkable"),
        ("Half of the judgements were previously rated adequate.", "other", "not_checkable"),
    ],
)
def test_adequate_is_todays_grade_in_a_report_on_its_scale(settings, text, framework, expected):
    """compare13: against a 2012-2013 report (framework 'other'), a bare 'adequate' is a
    grade of today, so a share of it is checked (was read as an earlier inspection's, which
    the report does not recount: not_checkable); against a later report, or said of an
    earlier time, it stays an earlier inspection's."""
    report = make_report(table=_LOOKED_AFTER_2013, framework=framework)
    release = make_release(text)
    got = check_claims(release, extract_claims(release), [report], [], settings, None)
    assert got.claims[0].verdict == expected, got.claims[0].explanation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inspectors said the council's capacity to improve was inadequate.", "contradicted"),
        ("The council's capacity to improve was judged good.", "contradicted"),
        ("Outcomes for looked after children were judged inadequate.", "supported"),
    ],
)
def test_capacity_to_improve_is_its_own_judgement(settings, text, expected):
    """news14: a 2012-2013 report grades the council's capacity to improve on its own row
    (adequate here); 'capacity to improve was inadequate' was compared with overall
    effectiveness (inadequate) and supported."""
    report = make_report(table=_LOOKED_AFTER_2013, framework="other")
    release = make_release(text)
    got = check_claims(release, extract_claims(release), [report], [], settings, None)
    assert got.claims[0].verdict == expected, got.claims[0].explanation


@pytest.mark.parametrize(
    ("text", "grade", "expected"),
    [
        ("All but help and protection were judged good or better.", "good", "supported"),
        ("All but care leavers were judged outstanding.", "outstanding", "contradicted"),
        ("Every area apart from help and protection was judged good.", "good", "contradicted"),
    ],
)
def test_a_grade_of_all_but_a_named_area_is_every_other_areas(
    report, settings, text, grade, expected
):
    """grades17 (``grades._all_but_named``): 'All but children in care were judged good'
    was read as the service's grade and, wrong, left not_checkable."""
    got = run(report, text, text, settings, grades=[mention(grade)])
    assert got.verdict == expected, got.explanation


def test_all_good_or_outstanding_counts_both_grades():
    """grades17: 'were all good or outstanding' read the outstanding alone, and four of
    four at either grade was contradicted as three outstanding."""
    values = parse_values("Blackpool's four judgements were all good or outstanding.")
    assert [g.grade for g in values.grades] == ["good", "outstanding"]


@pytest.mark.parametrize(
    ("text", "judgement", "grade", "expected"),
    [
        ("Care leavers were rated good or better.", "care_leavers", "good", "supported"),
        ("The impact of leaders was at least good.", "impact_of_leaders", "good", "supported"),
        (
            "Help and protection was judged at least good.",
            "help_and_protection",
            "good",
            "contradicted",
        ),
        ("Care leavers were rated good.", "care_leavers", "good", "contradicted"),
    ],
)
def test_a_grade_range_of_a_named_judgement_allows_every_grade_above(
    report, settings, text, judgement, grade, expected
):
    """grades17 (``grades._allowed``): 'Adoption was rated good or better' was contradicted
    by adoption's outstanding."""
    got = run(report, text, text, settings, grades=[mention(grade, judgement)])
    assert got.verdict == expected, got.explanation


_ALL_GOOD = [(n, "good", p) for n, _, p in TABLE]


@pytest.mark.parametrize(
    ("text", "table", "expected"),
    [
        ("Children's services in Ashbury still require improvement.", _ALL_GOOD, "contradicted"),
        ("Ashbury's services still require improvement, Ofsted said.", _ALL_GOOD, "contradicted"),
        ("Children's services in Ashbury still require improvement.", TABLE, "misleading"),
        ("Children's services in Ashbury remain good.", TABLE, "supported"),
        ("Help and protection now requires improvement.", TABLE, "supported"),
        ("The council's services for care leavers are now good.", TABLE, "contradicted"),
    ],
)
def test_a_grade_said_as_the_services_predicate_is_checked(settings, text, table, expected):
    """A grade said of the service or a named judgement with no 'rated' or quotation
    ('still require improvement', 'remain good', 'are now good') is a rating checked
    against the table: 'still require improvement' was no claim, so went unchecked; said
    of the whole where one area of four requires improvement it is misleading."""
    release = make_release(text)
    claims = [c for c in extract_claims(release) if c.kind == "rating"]
    assert len(claims) == 1
    result = check_claims(release, claims, [make_report(table=table)], [], settings, None)
    assert result.claims[0].verdict == expected


def test_praise_of_a_part_of_the_work_is_not_checked_as_the_services_grade(settings):
    """'Social work practice is good' names no judgement and not the service: a finding,
    never contradicted by a table with no good area (it was, as a rating)."""
    text = "Social work practice is good."
    release = make_release(text)
    claims = extract_claims(release)
    assert [c.kind for c in claims] != ["rating"]
    ri = [(n, "requires_improvement", p) for n, _, p in TABLE]
    result = check_claims(release, claims, [make_report(table=ri)], [], settings, None)
    assert all(c.verdict != "contradicted" for c in result.claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No area was inadequate.", "supported"),
        ("None of the four areas was judged inadequate.", "supported"),
        ("No judgement was rated good.", "contradicted"),
        ("Not one area was judged to require improvement.", "contradicted"),
        ("No area was rated outstanding.", "contradicted"),
    ],
)
def test_no_area_at_a_grade_is_a_count_of_none_checked(settings, text, expected):
    """'No area was inadequate' counts none of the areas at the grade, checked against the
    table like any count (grades19: the grade was read as denied, so the sentence was no
    claim and a false 'none' went unchecked)."""
    release = make_release(text)
    claims = [c for c in extract_claims(release) if c.kind == "rating"]
    assert len(claims) == 1 and claims[0].values.count == 0
    result = check_claims(release, claims, [make_report()], [], settings, None)
    assert result.claims[0].verdict == expected, result.claims[0].explanation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ashbury was rated outstanding in all areas but two.", "supported"),
        ("Ashbury was rated outstanding in all areas but one.", "contradicted"),
        ("Every area except one was judged outstanding.", "contradicted"),
    ],
)
def test_all_areas_but_a_number_is_checked_as_a_share(settings, text, expected):
    """'outstanding in all areas but two' holds when every area but two is outstanding
    (ratings3: it was read as 'all', and the overall grade alone was compared)."""
    release = make_release(text)
    claims = [c for c in extract_claims(release) if c.kind == "rating"]
    result = check_claims(release, claims, [make_report()], [], settings, None)
    assert result.claims[0].verdict == expected, result.claims[0].explanation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ashbury was rated requires improvement in one area.", "supported"),
        ("Ashbury was rated outstanding in one area and good in the other three.", "contradicted"),
        ("One area was rated good.", "supported"),
        ("Ashbury was rated good, with one area requiring improvement.", "supported"),
    ],
)
def test_a_grade_in_one_area_is_a_count_of_one(settings, text, expected):
    """'inadequate in one area' counts one area at the grade, as 'in two areas' counts two
    (errors3: the singular was no count, so a wrong count was never compared); 'with one
    area requiring improvement' gives no count to the grade before it."""
    release = make_release(text)
    claims = [c for c in extract_claims(release) if c.kind == "rating"]
    result = check_claims(release, claims, [make_report()], [], settings, None)
    assert result.claims[0].verdict == expected, result.claims[0].explanation


@pytest.mark.parametrize(
    ("grade", "expected"), [("inadequate", "contradicted"), ("good", "supported")]
)
def test_the_board_as_a_grades_subject_is_the_lscb(settings, grade, expected):
    """'The board was judged inadequate' after a sentence naming the LSCB grades the LSCB
    (facts5: 'the board' named no judgement, and a wrong grade went unchecked)."""
    text = f"The LSCB was reviewed at the same time. The board was judged {grade}."
    release = make_release(text)
    claims = [c for c in extract_claims(release) if c.kind == "rating"]
    assert [g.judgement for c in claims for g in c.values.grades] == ["lscb"]
    table = [*TABLE, ("lscb", "good", "Local Safeguarding Children Board")]
    result = check_claims(release, claims, [make_report(table=table)], [], settings, None)
    assert result.claims[0].verdict == expected, result.claims[0].explanation
