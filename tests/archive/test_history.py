"""A council's own run of inspections ('its first outstanding', 'the third consecutive
time', 'the first judgement inspection since 2017') and counts of councils that 'received
this', judged with the archive of the real reports."""

from __future__ import annotations

import io

import pytest

from verify.archive import Archive
from verify.check import check_claims
from verify.extract import extract_claims
from verify.types import Release

pytestmark = [pytest.mark.shared, pytest.mark.slow]


def _verdict(text: str, council: str, year: int, db, settings, find: str):
    """The verdict of the claim holding ``find``, the release checked against the council's
    report of ``year`` with its earlier reports taken from the archive, as `verify check`
    does with an archive and no --previous."""
    release = Release(source="release.txt", sha256="0" * 64, media_type="text", text=text)
    claims = extract_claims(release)
    with Archive(db) as archive:
        listed = next(r for r in archive.reports_of(council) if r.dated.year == year)
        report = archive.load(listed)
        earlier = archive.earlier_than(report)
        result = check_claims(release, claims, [report], earlier, settings, None, archive=archive)
    return next(c for c in result.claims if find in c.text)


def test_a_first_outstanding_is_checked_against_every_earlier_report(real_db, settings):
    text = "Haringey Council has received its first “outstanding” rating from Ofsted."
    checked = _verdict(text, "Haringey", 2026, real_db, settings, "first")
    assert checked.verdict == "supported"
    assert "Haringey 2023-02-24 good" in checked.explanation
    assert "Haringey 2014-07-18 requires improvement" in checked.explanation


def test_a_first_outstanding_after_an_earlier_one_is_contradicted(real_db, settings):
    text = "Islington Council has received its first ‘outstanding’ rating from Ofsted."
    checked = _verdict(text, "Islington", 2025, real_db, settings, "first")
    assert checked.verdict == "contradicted"
    assert "Not the first: Islington 2020" in checked.explanation


def test_a_run_of_grades_reaches_back_through_the_oldest_reports_account(real_db, settings):
    """2022 (children in care, which holds adoption since 2018), 2017 (adoption), and the
    June 2012 looked-after children inspection as the 2017 report prints it."""
    text = (
        "For the third consecutive time, North Lincolnshire's adoption service has been "
        "rated ‘outstanding’ by Ofsted."
    )
    checked = _verdict(text, "North Lincolnshire", 2022, real_db, settings, "consecutive")
    assert checked.verdict == "supported"
    assert "account of 2012: outstanding" in checked.explanation


def test_a_run_longer_than_the_known_inspections_is_not_checkable(real_db, settings):
    text = (
        "For the fourth consecutive time, North Lincolnshire's adoption service has been "
        "rated ‘outstanding’ by Ofsted."
    )
    checked = _verdict(text, "North Lincolnshire", 2022, real_db, settings, "consecutive")
    assert checked.verdict == "not_checkable"


def test_a_run_broken_by_an_earlier_grade_is_contradicted(real_db, settings):
    text = "Haringey has been rated ‘outstanding’ for the second consecutive time by Ofsted."
    checked = _verdict(text, "Haringey", 2026, real_db, settings, "consecutive")
    assert checked.verdict == "contradicted"
    assert "Haringey 2023-02-24: good" in checked.explanation


@pytest.mark.parametrize(
    ("year", "expected"),
    [(2017, "supported"), (2015, "contradicted")],
)
def test_the_first_inspection_since_a_year_names_the_one_before(year, expected, real_db, settings):
    text = (  # a real release's sentence (derby_2022), with the year varied
        "Ofsted, the national organisation which regulates and inspects schools and "
        "children’s services across the country, has published its report today, following "
        "an inspection in March, the first judgement inspection for Derby City Council’s "
        f"children and young people’s services since {year}."
    )
    checked = _verdict(text, "Derby", 2022, real_db, settings, "since")
    assert checked.verdict == expected
    assert "Derby 2017-06-13" in checked.explanation


def test_a_count_of_councils_that_received_this_takes_the_grade_before_it(real_db, settings):
    """The subtitle of a real release: the archive holds two outstanding SIF councils by
    September 2017, of 74 covered, so 'only three' stays unsettled, with the count."""
    text = (
        "North Lincolnshire Council’s children’s services rated outstanding by Ofsted\n\n"
        "Only three authorities have received this."
    )
    checked = _verdict(text, "North Lincolnshire", 2017, real_db, settings, "Only three")
    assert checked.verdict == "not_checkable"
    assert "2 councils outstanding" in checked.explanation
    assert "of 152 councils in England at 4 September 2017" in checked.explanation


def test_a_count_is_read_up_to_its_clause_and_states_the_regions_coverage(real_db, settings):
    """A real release's sentence (cheshire-west-and-chester_2016): the count of good
    councils in the North West is read though a count of outstanding judgements follows."""
    text = (
        "The Council is one of only three in the North West to be judged ‘good’ overall, "
        "with only one other council achieving two ‘outstanding’ judgements from Ofsted."
    )
    checked = _verdict(text, "Cheshire West and Chester", 2016, real_db, settings, "three")
    assert checked.verdict == "not_checkable"
    assert "3 councils good" in checked.explanation
    assert "7 of 23 councils in the North West at 19 February 2016" in checked.explanation


@pytest.mark.parametrize(
    ("moved", "expected"),
    [
        ("from a rating below Good to Outstanding in all areas", "not_checkable"),
        ("from requires improvement to good", "contradicted"),
    ],
)
def test_a_first_council_to_move_between_grades_looks_at_every_councils_run(
    moved, expected, real_db, settings
):
    text = f"York is the first local authority nationally to have moved {moved}."
    checked = _verdict(text, "York", 2025, real_db, settings, "first")
    assert checked.verdict == expected
    assert "79 of 153 councils in England" in checked.explanation
    if expected == "contradicted":
        assert "had already moved from requires improvement to good" in checked.explanation


def test_the_standing_is_taken_at_the_releases_own_date(real_db, settings):
    """York's 2025 report came out on 15 April; the release, dated two days later, is
    checked at its own date (a date months later would be another release's)."""
    text = (
        "17 April 2025. York is the first local authority nationally to have moved from "
        "requires improvement to good."
    )
    checked = _verdict(text, "York", 2025, real_db, settings, "first")
    assert "councils in England at 17 April 2025" in checked.explanation
    later = text.replace("17 April 2025", "17 December 2025")
    checked = _verdict(later, "York", 2025, real_db, settings, "first")
    assert "councils in England at 15 April 2025" in checked.explanation


@pytest.mark.parametrize(
    ("text", "council", "year", "expected", "said"),
    [
        # 2022 and 2017 outstanding; 2012 (the 2017 report's account) had no overall grade
        (
            "North Lincolnshire marks 10 years of an overall outstanding rating.",
            "North Lincolnshire",
            2022,
            "not_checkable",
            "outstanding overall since 2017",
        ),
        (
            "Haringey's services have been rated outstanding for the past five years.",
            "Haringey",
            2026,
            "contradicted",
            "Haringey 2023-02-24 was good",
        ),
        (
            "Derby's services have been rated outstanding for the past three years.",
            "Derby",
            2025,
            "supported",
            "outstanding overall since 2022",
        ),
    ],
)
def test_years_of_a_grade_reach_back_through_the_councils_inspections(
    text, council, year, expected, said, real_db, settings
):
    checked = _verdict(text, council, year, real_db, settings, "years")
    assert checked.verdict == expected
    assert said in checked.explanation


def test_a_count_of_councils_in_the_same_sentence_is_the_national_checkers(real_db, settings):
    """A real release's sentence (north-lincolnshire_2022): nine councils outstanding in
    the archive by then, so 'only four others' is contradicted whatever the years say."""
    text = (
        "The council joins only four others nationally who have achieved the highest "
        "possible rating and marks 10 years of an overall outstanding rating in North "
        "Lincolnshire."
    )
    checked = _verdict(text, "North Lincolnshire", 2022, real_db, settings, "four others")
    assert checked.verdict == "contradicted"
    assert "Claims 5, but 9 councils outstanding" in checked.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Haringey has been rated outstanding by Ofsted for the first time.",
        "Haringey has received its first-ever ‘outstanding’ rating.",
    ],
)
def test_every_wording_of_a_first_grade_is_read_once_and_checked_by_history(
    text, real_db, settings
):
    checked = _verdict(text, "Haringey", 2026, real_db, settings, "first")
    assert checked.verdict == "supported"
    assert "no earlier report of the council was" in checked.explanation


def test_a_first_within_a_span_is_not_a_first_ever(real_db, settings):
    """Islington was outstanding in 2020: 'for the first time since 2021' says nothing
    against that, so history does not call it 'not the first'; 'since 2010' takes 2020 in,
    and the 2020 report is the archive fact against it."""
    text = "Islington has been rated ‘outstanding’ for the first time since 2021."
    checked = _verdict(text, "Islington", 2025, real_db, settings, "first")
    assert "Not the first" not in checked.explanation
    text = "Islington has been rated ‘outstanding’ for the first time since 2010."
    checked = _verdict(text, "Islington", 2025, real_db, settings, "first")
    assert checked.verdict == "contradicted"
    assert "Islington 2020" in checked.explanation


def test_a_bare_number_before_a_grade_is_no_span_of_years(real_db, settings):
    """'three as outstanding' counts judgements: Haringey's 2023 report was good, which
    would contradict three years of outstanding, but no years are claimed."""
    text = "Inspectors rated three as ‘outstanding’ and one as ‘good’ in Haringey."
    checked = _verdict(text, "Haringey", 2026, real_db, settings, "three")
    assert checked.verdict != "contradicted"
    assert "until" not in checked.explanation


def test_an_earlier_year_the_report_does_not_print_is_not_contradicted_by_another(
    real_db, settings
):
    """Leicester's 2017 report prints only its 2015 inspection (inadequate) and the archive
    holds no 2011 report: another year's grade is no evidence about 2011."""
    text = "Leicester's services were previously rated ‘good’ in 2011."
    checked = _verdict(text, "Leicester", 2017, real_db, settings, "2011")
    assert checked.verdict == "not_checkable"
    assert "prints no inspection from 2011" in checked.explanation


def test_a_decline_where_the_overall_grade_held_is_not_contradicted(real_db, settings):
    """Devon: inadequate overall in 2020 and 2025, help and protection down, leaders up:
    services may decline within a grade, so only a rise in grades would contradict it."""
    text = "Devon's children's services have declined since the last inspection."
    checked = _verdict(text, "Devon", 2025, real_db, settings, "declined")
    assert checked.verdict == "not_checkable"
    assert "help and protection requires improvement to inadequate" in checked.explanation


def test_an_earlier_report_that_grades_nothing_shows_no_direction(real_db):
    from verify.check.comparison import direction_between, direction_verdict

    with Archive(real_db) as archive:
        report = archive.load(next(r for r in archive.reports_of("Devon") if r.dated.year == 2025))
        earlier = archive.earlier_than(report)[0]
    letter = earlier.model_copy(update={"judgements": []})  # a monitoring visit's letter
    actual, why = direction_between(report, letter)
    assert actual == "unknown"
    assert direction_verdict("declined", actual) == "not_checkable"
    assert direction_between(report, earlier)[0] == "maintained"


def test_a_first_is_disproved_only_by_reports_before_the_councils_own(real_db, settings):
    """Hartlepool's report (16 May 2024) is the first outstanding one of the North East
    in the archive; Northumberland's (12 July 2024) came before the release, but after it."""
    text = (
        "20 July 2024. Hartlepool is the first council in the North East to be rated "
        "outstanding by Ofsted."
    )
    checked = _verdict(text, "Hartlepool", 2024, real_db, settings, "first")
    assert checked.verdict == "not_checkable"
    assert "at 20 July 2024" in checked.explanation
    later = text.replace("Hartlepool", "Northumberland")
    checked = _verdict(later, "Northumberland", 2024, real_db, settings, "first")
    assert checked.verdict == "contradicted"
    assert "Hartlepool 2024-05-16" in checked.explanation


def test_a_first_of_a_repeated_grade_is_not_read_as_a_first_grade(real_db, settings):
    """Westminster (outstanding 2016 and 2019): other councils were outstanding before its
    2019 report, but not twice, so their reports do not disprove it."""
    text = "Westminster is the first council in England to be rated outstanding twice."
    checked = _verdict(text, "Westminster", 2019, real_db, settings, "first")
    assert checked.verdict == "not_checkable"


@pytest.mark.parametrize(
    ("since", "expected"),
    [(2016, "not_checkable"), (2015, "contradicted")],
)
def test_a_first_since_a_year_counts_only_later_reports(since, expected, real_db, settings):
    """London in the archive: Westminster outstanding in March 2016, then Redbridge in June
    2019: the first since 2016, not since 2015."""
    text = f"Redbridge is the first council in London to be rated outstanding since {since}."
    checked = _verdict(text, "Redbridge", 2019, real_db, settings, "first")
    assert checked.verdict == expected
    if expected == "contradicted":
        assert "Westminster 2016-03-29" in checked.explanation


@pytest.mark.parametrize(
    ("council", "expected"),
    [("Essex", "not_checkable"), ("Suffolk", "contradicted")],
)
def test_a_first_under_a_named_framework_counts_only_its_reports(
    council, expected, real_db, settings
):
    """Westminster (2016) and North Lincolnshire (2017) were outstanding under SIF; Essex's
    January 2019 report is the archive's first outstanding one under ILACS."""
    text = f"{council} is the first council to be rated outstanding under ILACS."
    checked = _verdict(text, council, 2019, real_db, settings, "first")
    assert checked.verdict == expected
    if expected == "contradicted":
        assert "Essex 2019-01-07" in checked.explanation


@pytest.mark.parametrize(
    ("count", "expected"),
    [("three", "not_checkable"), ("two", "contradicted")],
)
def test_a_count_under_a_named_framework_counts_councils_graded_so_under_it(
    count, expected, real_db, settings
):
    """By June 2019 five councils' latest report in the archive is outstanding, but two of
    those are SIF reports: three (Essex, Suffolk, Redbridge) under ILACS."""
    text = f"Redbridge is one of only {count} councils rated outstanding under ILACS."
    checked = _verdict(text, "Redbridge", 2019, real_db, settings, "only")
    assert checked.verdict == expected
    assert "3 councils outstanding" in checked.explanation


@pytest.mark.parametrize(
    ("council", "expected"),
    [("Hartlepool", "not_checkable"), ("Northumberland", "contradicted")],
)
def test_a_first_graded_council_of_a_region_is_a_national_claim(
    council, expected, real_db, settings
):
    """'The first “outstanding” local authority in the North East' is about every council
    of the region, not the council's own first grade: Hartlepool (May 2024) came first."""
    text = f"{council} became the first ‘outstanding’ local authority in the North East."
    checked = _verdict(text, council, 2024, real_db, settings, "first")
    assert checked.verdict == expected
    assert "councils in the North East" in checked.explanation


@pytest.mark.parametrize(
    ("then", "expected"),
    [("requires improvement", "supported"), ("good", "contradicted")],
)
def test_a_grade_dated_to_an_earlier_inspection_is_judged_against_its_report(
    then, expected, real_db, settings
):
    """York's March 2022 report gave requires improvement overall."""
    text = f"York was rated {then} in 2022 and is now outstanding."
    checked = _verdict(text, "York", 2025, real_db, settings, "2022")
    assert checked.verdict == expected
    assert "York 2022-03-18 was requires improvement overall" in checked.explanation


def test_a_year_whose_only_report_is_a_looked_after_childrens_inspection_settles_nothing(
    real_db, settings
):
    """Sandwell's 2013 report in the archive is of looked-after children's services alone:
    'rated good in 2013' may mean the safeguarding inspection, so it is not compared."""
    text = "Sandwell was rated good in 2013 and is now rated inadequate."
    checked = _verdict(text, "Sandwell", 2015, real_db, settings, "2013")
    assert checked.verdict != "contradicted"
    assert "Sandwell 2013" not in checked.explanation


@pytest.mark.parametrize(
    ("council", "expected", "said"),
    [
        ("Northumberland", "contradicted", "Claims 1, but 2 councils outstanding"),
        ("Hartlepool", "not_checkable", "the archive cannot settle it"),
    ],
)
def test_the_only_council_in_a_region_is_a_standing_judged_by_the_archive(
    council, expected, said, real_db, settings
):
    """'The only council in the North East rated outstanding' is a standing among the
    region's councils: the archive settles Northumberland's (Hartlepool came first); for
    Hartlepool's it covers too few of the region's councils, and says so."""
    text = f"{council} is the only council in the North East rated outstanding."
    checked = _verdict(text, council, 2024, real_db, settings, "only")
    assert checked.kind == "national"
    assert checked.verdict == expected
    assert said in checked.explanation


def test_another_councils_report_given_as_previous_is_not_compared(real_db, settings):
    """York's 2022 report (requires improvement) given as Leicester's previous one: it is
    not Leicester's, so Leicester 2017 is judged by its own account of 2015 (inadequate)."""
    text = "Leicester's services were previously rated inadequate."
    release = Release(source="release.txt", sha256="0" * 64, media_type="text", text=text)
    with Archive(real_db) as archive:
        report = archive.load(
            next(r for r in archive.reports_of("Leicester") if r.dated.year == 2017)
        )
        york = archive.load(next(r for r in archive.reports_of("York") if r.dated.year == 2022))
        result = check_claims(
            release, extract_claims(release), [report], [york], settings, None, archive=archive
        )
    checked = result.claims[0]
    assert checked.verdict == "supported"
    assert "York" not in checked.explanation


def test_the_archive_adds_the_reports_a_previous_one_given_lacks(real_db, reports_dir, settings):
    """A release checked with its previous report given (--previous) and an archive: the
    archive's other earlier reports of the council are read too, so an inspection before
    the previous one ('Services had already been found inadequate in 2015', of Torbay
    2022 with its 2018 report given) is judged against its own report (drift36: left
    not_checkable, the 2022 report printing no 2015 inspection)."""
    from dataclasses import replace

    from verify.pipeline import check

    text = "Services had already been found inadequate in 2015.\n"
    folder = reports_dir / "80572_torbay"
    with_archive = replace(settings, archive=str(real_db))
    paths = [str(folder / "children's services inspection - 18 may 2022.pdf")]
    previous = [str(folder / "children's services inspection - 24 august 2018.pdf")]
    result = check("-", paths, previous, with_archive, stdin=io.BytesIO(text.encode()))
    checked = next(c for c in result.claims if "2015" in c.text)
    assert checked.verdict == "supported", checked.explanation
    assert "Torbay 2016" in checked.explanation
