"""Session 34: what drift37's held-out half taught once read, each as the general mechanism
mended. An account of one service's inspection is not a safeguarding claim's; a report
printing a day of its own and a later one in its file name was published on either; weeks
told to inspectors by others are not the visit's. Every sentence here is invented."""

from __future__ import annotations

from datetime import date

import pytest
from check_helpers import GOOD_ALL, REPORT_TEXT, check_text, claim_over, make_report

from verify.types import PreviousInspection, Report

_ACCOUNTS = (
    "The previous inspection of the local authority’s arrangements for the protection of "
    "children was in March 2013. The local authority was judged to be adequate.",
    "The previous inspection of the local authority’s services for children looked after "
    "was in September 2010. The local authority was judged to be adequate.",
)


def _with_accounts() -> Report:
    """A SIF report printing two accounts: 2013's protection inspection and 2010's of
    services for children looked after, each judged adequate."""
    text = REPORT_TEXT + "\n" + "\n".join(_ACCOUNTS) + "\n"
    previous = []
    for account, year in zip(_ACCOUNTS, (2013, 2010), strict=True):
        start = text.index(account)
        previous.append(
            PreviousInspection(
                text=account,
                year=year,
                kind="inspection",
                grade="adequate",
                start=start,
                end=start + len(account),
            )
        )
    return make_report(
        text=text,
        table=GOOD_ALL,
        framework="sif",
        inspection_start=date(2015, 10, 5),
        inspection_end=date(2015, 10, 29),
        published=date(2016, 1, 5),
        previous=previous,
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ashbury was judged inadequate for safeguarding in 2010 and adequate in 2013.",
            "not_checkable",
        ),
        ("Ashbury's services were judged adequate in 2010 and 2013.", "supported"),
    ],
    ids=["safeguarding-is-not-the-looked-after-inspection", "the-service-unnamed"],
)
def test_an_account_of_the_looked_after_inspection_is_not_a_safeguarding_claims(
    settings, sentence, expected
):
    """'Torbay was judged inadequate for safeguarding in 2010 ...' (drift37): the report's
    only account of 2010 is of the inspection of services for children looked after,
    adequate, and the sentence was contradicted by it. An account of one service's
    inspection tells nothing of a claim naming safeguarding and not that service, so 2010
    is left unchecked; a claim naming no service is still judged by it."""
    text = f"Ashbury's children's services are now rated good.\n\n{sentence}"
    got = claim_over(check_text(text, _with_accounts(), [], settings), "in 2010")
    assert got.verdict == expected, got.explanation


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("10 February 2026", "supported"),
        ("3 February 2026", "supported"),
        ("2 March 2026", "contradicted"),
    ],
    ids=["the-day-in-its-file-name", "the-day-it-prints", "neither-day"],
)
def test_published_today_on_either_day_the_report_is_known_published(settings, dateline, expected):
    """A SIF report printed 'Report published: 3 February 2015' on its cover and 10
    February 2015 for its board's review, the day the archive's file name gives: a story
    dated the 10th saying 'published today' was contradicted (drift37). Either day is a
    day it was published; a day far from both is not."""
    report = make_report(
        table=GOOD_ALL,
        inspection_start=date(2025, 11, 3),
        inspection_end=date(2025, 11, 27),
        published=date(2026, 2, 3),
        file_date=date(2026, 2, 10),
    )
    text = (
        f"{dateline}\n\nThe watchdog's report, published today, rated Ashbury's services as good."
    )
    got = claim_over(check_text(text, report, [], settings), "published today")
    assert got.verdict == expected, got.explanation


def test_weeks_told_to_inspectors_are_not_the_visits(settings):
    """'Staff at Cafcass, the family courts service, told inspectors that most care
    proceedings are now completed in less than 26 weeks' (drift37): 'told inspectors'
    frames what others said, as 'inspectors found' does, so the weeks are the care
    proceedings', never checked against the visit's two."""
    text = (
        "Ashbury's children's services are rated good.\n\n"
        "Staff at the family court told inspectors that most care proceedings are now "
        "completed in less than 26 weeks."
    )
    got = claim_over(check_text(text, make_report(table=GOOD_ALL), [], settings), "26 weeks")
    assert got.verdict not in ("contradicted",) and "does not match" not in got.explanation


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [("3 February 2026", "supported"), ("2 March 2026", "contradicted")],
    ids=["the-day-it-was-published", "a-month-later"],
)
def test_a_publication_dated_beside_a_councils_stance_is_checked(settings, dateline, expected):
    """'Slough Borough Council has accepted in full the findings of an Ofsted report into
    services for vulnerable children, published today, and has pledged ...' (drift34): the
    stance is the council's, but the day is the release's own account of the report, an
    inspection fact (was an opinion, unchecked)."""
    report = make_report(table=GOOD_ALL, published=date(2026, 2, 3))
    text = (
        f"{dateline}\n\nAshbury Council has accepted in full the findings of an Ofsted "
        "report into services for vulnerable children, published today, and has pledged "
        "to speed up its improvement plan."
    )
    got = claim_over(check_text(text, report, [], settings), "published today")
    assert (got.kind, got.verdict) == ("inspection_fact", expected), got.explanation


@pytest.mark.parametrize(
    ("grade", "expected"),
    [("good", "supported"), ("requires_improvement", "contradicted")],
    ids=["as-the-table-grades", "the-table-grades-otherwise"],
)
def test_a_report_judging_support_for_an_areas_children_grades_that_area(settings, grade, expected):
    """'Stockport Council has today welcomed the publication of Ofsted's report into its
    children's services, which judges support for young people leaving care to be good'
    (drift28): 'judges' is a grading verb too, and 'support for young people leaving care'
    names care leavers' judgement, so the relative clause grades that area (no grade was
    read, and the sentence was the council's opinion)."""
    table = [
        (name, grade if name == "care_leavers" else "good", printed)
        for name, _, printed in [*GOOD_ALL, ("care_leavers", "good", "Care leavers")]
    ]
    text = (
        "Ashbury Council has today welcomed the publication of Ofsted's report into its "
        "children's services, which judges support for young people leaving care to be good."
    )
    got = claim_over(check_text(text, make_report(table=table), [], settings), "welcomed")
    assert (got.kind, got.verdict) == ("rating", expected), got.explanation


@pytest.mark.parametrize(
    ("help_grade", "expected"),
    [("requires_improvement", "supported"), ("good", "contradicted")],
    ids=["three-of-four-good", "four-of-four-good"],
)
def test_a_short_introduction_counting_its_list_at_a_grade_is_a_claim(
    settings, help_grade, expected
):
    """'Three of the four areas inspected were judged Good:' above the list of grades
    (drift37): a share of its own, however short, checked against the table (a colon's
    short lead-in was read as no claim at all). 'Every other area was judged good:' counts
    nothing, so it stays a lead-in."""
    table = [
        (name, help_grade if name == "help_and_protection" else "good", printed)
        for name, _, printed in GOOD_ALL
    ]
    text = (
        "Ashbury's children's services are rated good.\n\n"
        "Three of the four areas inspected were judged Good:\n"
        "- Help and protection: see the report\n\n"
        "Every other area was judged good:\n"
        "- Children in care: good\n"
    )
    result = check_text(text, make_report(table=table), [], settings)
    got = claim_over(result, "Three of the four")
    assert (got.kind, got.verdict) == ("rating", expected), got.explanation
    assert not any(c.text.startswith("Every other area") for c in result.claims)


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Half of the areas inspected in 2021 were inadequate; all are now good.", False),
        ("Half of the areas inspected this year were judged good.", True),
    ],
    ids=["the-half-is-2021s", "the-half-is-todays"],
)
def test_a_share_told_of_an_earlier_grade_is_not_todays(settings, sentence, flagged):
    """A count standing with a grade of an earlier time counts that time's areas, though
    the sentence grades today too: 'half of the areas inspected in 2021 were inadequate'
    was checked as today's half good, and contradicted by a table good in every area (a
    probe of the share check, written for this session). Today's half is still checked."""
    text = f"Ashbury's children's services are rated good.\n\n{sentence}"
    got = claim_over(check_text(text, make_report(table=GOOD_ALL), [], settings), "Half")
    assert (got.verdict == "contradicted") == flagged, got.explanation


@pytest.mark.parametrize(
    ("board", "expected"),
    [("good", "supported"), ("requires_improvement", "contradicted")],
    ids=["as-graded", "graded-otherwise"],
)
def test_a_list_entry_grading_the_board_in_one_word_is_a_rating(settings, board, expected):
    """'• LSCB: good' under 'The judgements were:' (drift29): two words, shorter than any
    sentence making a claim, so it was read as none; an entry naming a judgement and its
    grade is a rating however short."""
    table = [*GOOD_ALL, ("lscb", board, "The effectiveness of the LSCB")]
    text = (
        "Ashbury's children's services are rated good.\n\n"
        "The judgements were:\n- Overall effectiveness: good\n- LSCB: good\n"
    )
    got = claim_over(
        check_text(text, make_report(table=table, framework="sif"), [], settings), "LSCB"
    )
    assert (got.kind, got.verdict) == ("rating", expected), got.explanation


@pytest.mark.parametrize(
    "sentence",
    [
        "Ofsted found improvements in two of the three areas, which are now rated good.",
        "Services have got better in two of the three areas, and all are now rated good.",
        "Ashbury improved its grade in two of the three areas, which are now good.",
    ],
)
def test_a_count_of_the_areas_a_change_happened_in_is_no_share_at_a_grade(settings, sentence):
    """A change told just before a count counts where it happened, not the areas at the
    grade the sentence names after: each was checked as two areas good of three and
    contradicted by a table good in all three (a probe of the share check, written for
    this session). 'Two of the three areas were judged good' is still a share, and wrong."""
    text = f"Ashbury's children's services are rated good.\n\n{sentence}"
    report = make_report(table=GOOD_ALL)
    got = claim_over(check_text(text, report, [], settings), "two of the three")
    assert got.verdict != "contradicted", got.explanation
    plain = "Ashbury's services are rated good.\n\nTwo of the three areas were judged good."
    share = claim_over(check_text(plain, report, [], settings), "Two of the three")
    assert share.verdict == "contradicted", share.explanation
