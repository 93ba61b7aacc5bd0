"""National standing claims and quotations from other reports, against an archive."""

from __future__ import annotations

import pytest

from verify.archive import Archive
from verify.check import check_claims
from verify.check.common import Context
from verify.check.national import check_national, read_claim
from verify.extract import extract_claims
from verify.types import Claim, ClaimValues, GradeMention, Release


def _release(text: str) -> Release:
    return Release(source="release.txt", sha256="0" * 64, media_type="text", text=text)


def _claim(text: str, *grades: tuple[str, str | None, str]) -> Claim:
    at = [text.find(p) for _, _, p in grades]  # where each grade is printed, as extracted
    mentions = [
        GradeMention(grade=g, judgement=j, printed=p, start=a, end=a + len(p))
        for (g, j, p), a in zip(grades, at, strict=True)
    ]
    return Claim(
        id="c1",
        kind="national",
        text=text,
        start=0,
        end=len(text),
        values=ClaimValues(grades=mentions),
    )


def _checked(claim: Claim, db, council: str, settings):
    with Archive(db) as archive:
        report = archive.load(archive.reports_of(council)[-1])
        ctx = Context(_release(claim.text), [report], [], settings, None, archive=archive)
        return check_national(claim, ctx, report)


def test_a_count_the_archive_cannot_settle_states_its_coverage(invented_db, settings):
    claim = _claim(
        "Wokingham is one of only three councils in the country rated outstanding.",
        ("outstanding", None, "outstanding"),
    )
    checked = _checked(claim, invented_db, "Wokingham", settings)
    assert checked.verdict == "not_checkable"
    assert "1 councils outstanding" in checked.explanation
    assert (
        "the archive holds graded reports for 2 of 153 councils in England" in checked.explanation
    )


def test_a_first_claim_is_contradicted_by_an_earlier_council(invented_db, settings):
    claim = _claim(
        "Wokingham is the first council in England to be rated good for help and protection.",
        ("good", "help_and_protection", "good"),
    )
    checked = _checked(claim, invented_db, "Wokingham", settings)
    assert checked.verdict == "contradicted"
    assert "Rutland 2024-03-12" in checked.explanation


def test_a_first_in_the_region_with_no_earlier_one_stays_unsettled(invented_db, settings):
    claim = _claim(
        "Rutland is the first council in the region to be rated good.", ("good", None, "good")
    )
    checked = _checked(claim, invented_db, "Rutland", settings)
    assert checked.verdict == "not_checkable"
    assert "councils in the East Midlands" in checked.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Derby has become one of only three cities in the country to be rated Outstanding.",
        "Hillingdon's services have been judged as one of the best in England.",
    ],
)
def test_groups_the_table_cannot_count_are_not_read(text, invented_db):
    claim = _claim(text, ("outstanding", None, "Outstanding"))
    with Archive(invented_db) as archive:
        report = archive.load(archive.reports_of("Wokingham")[-1])
    assert read_claim(claim, report) is None


def test_a_first_council_to_move_is_read_as_a_change_between_two_inspections(invented_db):
    claim = _claim(
        "York is the first local authority nationally to have moved from requires "
        "improvement to Outstanding.",
        ("outstanding", None, "Outstanding"),
    )
    with Archive(invented_db) as archive:
        report = archive.load(archive.reports_of("Wokingham")[-1])
    reading = read_claim(claim, report)
    assert (reading.first, reading.moved_from, reading.grades) == (
        True,
        {"requires_improvement"},
        {"outstanding"},
    )


def test_only_n_others_counts_the_council_itself(invented_db):
    claim = _claim(
        "The council joins only four others nationally who have achieved the highest "
        "possible rating.",
        ("outstanding", None, "highest possible rating"),  # the top grade by its place
    )
    with Archive(invented_db) as archive:
        report = archive.load(archive.reports_of("Wokingham")[-1])
    reading = read_claim(claim, report)
    assert (reading.low, reading.grades, reading.region) == (5, {"outstanding"}, None)


@pytest.mark.shared
@pytest.mark.slow
def test_a_count_the_covered_councils_already_exceed_is_contradicted(real_db, settings):
    claim = _claim(
        "The council joins only four others nationally who have achieved the highest "
        "possible rating.",
        ("outstanding", None, "highest possible rating"),  # the top grade by its place
    )
    with Archive(real_db) as archive:
        report = next(
            archive.load(r)
            for r in archive.reports_of("North Lincolnshire")
            if r.dated.year == 2022
        )
        ctx = Context(_release(claim.text), [report], [], settings, None, archive=archive)
        checked = check_national(claim, ctx, report)
    assert checked.verdict == "contradicted"
    assert "Claims 5, but 9 councils outstanding" in checked.explanation
    assert "of 152 councils in England at 25 November 2022" in checked.explanation


def test_a_quote_from_an_older_report_is_misattributed_naming_it(invented_db, settings):
    text = (
        "Inspectors said: “Strategy discussions are timely, but too few include the police "
        "and health professionals who know the family.”"
    )
    release = _release(text)
    claims = [c for c in extract_claims(release) if c.kind == "quote"]
    with Archive(invented_db) as archive:
        newer = archive.load(archive.reports_of("Rutland")[-1])
        result = check_claims(release, claims, [newer], [], settings, None, archive=archive)
    (quote,) = result.claims
    assert quote.verdict == "misattributed"
    assert "these words are from Rutland 2019-06-14 (paragraph 2)" in quote.explanation
    assert quote.evidence[0].report == "Rutland 2019-06-14"
    assert quote.evidence[0].text.startswith("Strategy discussions are timely")


def test_without_an_archive_a_missing_quote_is_judged_as_before(invented_db, settings):
    text = "Inspectors said: “Strategy discussions are timely, but too few include the police.”"
    release = _release(text)
    claims = [c for c in extract_claims(release) if c.kind == "quote"]
    with Archive(invented_db) as archive:
        newer = archive.load(archive.reports_of("Rutland")[-1])
    (quote,) = check_claims(release, claims, [newer], [], settings, None).claims
    assert "these words are from" not in quote.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Wokingham is one of only three councils in England rated outstanding in all areas.",
        "Wokingham is one of only two councils in the country with three 'outstanding' grades.",
    ],
)
def test_counts_of_judgements_per_council_are_not_read_as_overall_grades(text, invented_db):
    claim = _claim(text, ("outstanding", None, "outstanding"))
    with Archive(invented_db) as archive:
        report = archive.load(archive.reports_of("Wokingham")[-1])
    assert read_claim(claim, report) is None


def test_good_or_better_counts_outstanding_too(invented_db):
    claim = _claim(
        "Wokingham is one of only 40 councils in England rated good or better.",
        ("good", None, "good"),
    )
    with Archive(invented_db) as archive:
        report = archive.load(archive.reports_of("Wokingham")[-1])
    assert read_claim(claim, report).grades == {"good", "outstanding"}


def test_a_first_under_a_named_framework_counts_only_that_framework(invented_db, settings):
    # Rutland 2019 (ILACS 2018) was rated good for children in care and care leavers
    # before Wokingham's 2024 report (ILACS 2023, care leavers good); Rutland's 2024
    # report, of Wokingham's framework, rated care leavers outstanding.
    text = "Wokingham is the first council in England to be rated good for care leavers"
    plain = _claim(f"{text}.", ("good", "care_leavers", "good"))
    assert _checked(plain, invented_db, "Wokingham", settings).verdict == "contradicted"
    framed = _claim(f"{text} under the new framework.", ("good", "care_leavers", "good"))
    assert _checked(framed, invented_db, "Wokingham", settings).verdict == "not_checkable"


def test_a_count_wrong_about_the_councils_own_grade_is_contradicted(invented_db, settings):
    """Wokingham is outstanding overall: the report alone settles that it is not among
    councils rated requires improvement, whatever the others' grades."""
    claim = _claim(
        "Wokingham is the first council in England to be rated requires improvement.",
        ("requires_improvement", None, "requires improvement"),
    )
    checked = _checked(claim, invented_db, "Wokingham", settings)
    assert checked.verdict == "contradicted" and "itself is outstanding" in checked.explanation


def test_a_share_is_of_the_councils_own_grade_not_an_earlier_one(invented_db):
    claim = _claim(
        "The upgrade, from 'good' in 2020, places the council among the top 15% in England.",
        ("good", None, "good"),
    )
    with Archive(invented_db) as archive:
        report = archive.load(archive.reports_of("Wokingham")[-1])
    reading = read_claim(claim, report)
    assert (reading.share, reading.grades) == (0.15, {"outstanding"})


def test_a_share_is_contradicted_only_by_councils_graded_better(invented_db, settings):
    top = _claim("Rutland is in the top 1% of councils in England.", ("good", None, "good"))
    checked = _checked(top, invented_db, "Rutland", settings)
    assert checked.verdict == "not_checkable"  # Wokingham (outstanding) is later than Rutland
    claim = _claim("Wokingham is in the top 1% of councils in England.")
    checked = _checked(claim, invented_db, "Wokingham", settings)
    assert checked.verdict == "not_checkable"  # none better; ties may rank either way
    assert "0 covered councils are graded better than outstanding" in checked.explanation


@pytest.mark.shared
@pytest.mark.slow
def test_a_real_quote_from_the_councils_older_report_is_misattributed_naming_it(real_db, settings):
    """Words of York's 2017 report given to the inspectors of its 2022 one."""
    text = (
        "Inspectors found that “there are highly effective links to the YorOK Children’s "
        "Trust Board, the Health and Wellbeing Board (HWB) and the City of York Safeguarding "
        "Children Board (CYSCB).”"
    )
    release = _release(text)
    claims = [c for c in extract_claims(release) if c.kind == "quote"]
    with Archive(real_db) as archive:
        current = archive.load(next(r for r in archive.reports_of("York") if r.dated.year == 2022))
        result = check_claims(release, claims, [current], [], settings, None, archive=archive)
    (quote,) = result.claims
    assert quote.verdict == "misattributed"
    assert "these words are from York 2017-02-07" in quote.explanation
    assert quote.evidence[0].report == "York 2017-02-07"


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize(
    ("council", "expected"),
    [("Hartlepool", "not_checkable"), ("Northumberland", "contradicted")],
)
def test_the_only_council_of_a_region_is_a_count_of_one(council, expected, real_db, settings):
    """Hartlepool (May 2024) and Northumberland (July 2024) were both outstanding by
    Northumberland's report; at Hartlepool's, 'the only one' is unsettled."""
    claim = _claim(
        f"{council} is the only council in the North East rated outstanding.",
        ("outstanding", None, "outstanding"),
    )
    with Archive(real_db) as archive:
        report = next(archive.load(r) for r in archive.reports_of(council) if r.dated.year == 2024)
        ctx = Context(_release(claim.text), [report], [], settings, None, archive=archive)
        checked = check_national(claim, ctx, report)
    assert checked.verdict == expected
    assert "Claims 1" in checked.explanation
    assert "councils in the North East" in checked.explanation


@pytest.mark.parametrize("since", ["", " since the framework started in 2013"])
def test_no_council_with_a_grade_says_nothing_of_the_councils_own(since, invented_db, settings):
    claim = _claim(
        f"No authority in the country has been judged requires improvement{since}.",
        ("requires_improvement", None, "requires improvement"),
    )
    checked = _checked(claim, invented_db, "Wokingham", settings)
    assert "itself" not in checked.explanation


def test_every_council_read_at_once_is_each_council_read_alone(invented_db):
    """The national picture reads the whole archive in one query: council by council it is
    exactly what a query for that council gives, in the same order, grades and all; and
    once read, a council's reports come from it."""
    with Archive(invented_db) as alone, Archive(invented_db) as at_once:
        by_council = at_once.reports_by_council()
        councils = {r.council for rs in by_council.values() for r in rs}
        assert len(councils) > 1
        for council in councils | {"Nowhere"}:
            assert by_council.get(council, []) == alone.reports_of(council)
            assert at_once.reports_of(council) == alone.reports_of(council)


@pytest.mark.parametrize(
    ("text", "one"),
    [
        ("Wokingham is the only London borough rated outstanding.", True),
        ("Wokingham is the only other council in the country rated outstanding.", True),
        ("It is the only thing the council rated outstanding has in common.", False),
    ],
)
def test_the_only_borough_with_a_place_named_before_it_is_a_count_of_one(text, one, invented_db):
    """A place's name may stand between 'the only' and the council word ('the only London
    borough'); a lower-case word other than 'other' makes no count ('the only thing the
    council ...')."""
    claim = _claim(text, ("outstanding", None, "outstanding"))
    with Archive(invented_db) as archive:
        report = archive.load(archive.reports_of("Wokingham")[-1])
    reading = read_claim(claim, report)
    assert (reading is not None and (reading.low, reading.high) == (1, 1)) == one
