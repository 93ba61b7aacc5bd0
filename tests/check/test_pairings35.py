"""Session 35: what drift38 taught once read, each as the general mechanism mended. A year
opening a sentence as a time adverbial dates its contrast; the report's publication told
in a clause's aside or a short lead-in is checked; the board's recommendations counted
apart; a share or span of time a finding restates counted otherwise; the last inspection's
year named beside an area's grade; a second predicate is no speaker. Every sentence here
is invented."""

from __future__ import annotations

from datetime import date

import pytest
from check_helpers import (
    GOOD_ALL,
    REPORT_TEXT,
    check_text,
    claim_over,
    make_account_report,
    make_earlier_report,
    make_release,
    make_report,
)

from verify.extract import extract_claims
from verify.types import Passage

_EARLIER_TABLE = [
    ("overall_effectiveness", "outstanding", "Overall effectiveness"),
    ("help_and_protection", "good", "Help and protection"),
    ("looked_after_and_permanence", "outstanding", "Children looked after"),
    ("leadership_management_governance", "outstanding", "Leadership"),
]
_TODAY = [
    (name, "outstanding", printed)
    for name, _, printed in [*GOOD_ALL, ("care_leavers", "good", "Care leavers")]
]


def _earlier(table=_EARLIER_TABLE):
    """A SIF report of an inspection in June 2017, published in September."""
    return make_earlier_report(
        table, (date(2017, 6, 20), date(2017, 7, 13)), published=date(2017, 9, 4), framework="sif"
    )


@pytest.mark.parametrize(
    ("then", "expected"),
    [("good", "supported"), ("inadequate", "not_checkable")],
    ids=["as-the-earlier-table-grades", "graded-otherwise-held-back"],
)
def test_a_time_adverbial_opening_the_sentence_dates_its_contrast(settings, then, expected):
    """'When Ofsted last inspected the council's children's services in 2017, they were
    judged outstanding overall, but help and protection ... was rated good' (drift38):
    the good after 'but' was read as today's and contradicted by today's outstanding. The
    year in the opening adverbial dates the contrast too, so both grades are 2017's, judged
    against that table (a contradiction of two grades read apart stays provisional)."""
    text = (
        "Ashbury's children's services are now outstanding in every area.\n\n"
        "When Ofsted last inspected the council's children's services in 2017, they were "
        f"judged outstanding overall, but help and protection for vulnerable children was "
        f"rated {then}."
    )
    got = claim_over(
        check_text(text, make_report(table=_TODAY), [_earlier()], settings), "last inspected"
    )
    assert got.verdict == expected, got.explanation
    assert "Help and protection is good" in got.explanation


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [("26 April 2024", "supported"), ("2 June 2024", "contradicted")],
    ids=["published-that-day", "a-month-later"],
)
@pytest.mark.parametrize(
    "sentence",
    [
        "Inspectors visited in March, and their report, published today, says the council "
        "has been on a journey of improvement.",
        'The report, published today, said: "Leaders are ambitious for children."',
    ],
    ids=["aside-in-a-later-clause", "short-lead-in"],
)
def test_the_publication_day_told_in_passing_is_checked(settings, sentence, dateline, expected):
    """'..., and their report, published today, says the council has been “on an
    improvement journey” ...' (drift38): the day stood inside a finding, never checked;
    the aside is now cut as it is at a sentence's start. A short lead-in dating the report
    ('The report, published today, said: “…”') was checked already, its aside a claim of
    its own: a guard, so the lead-in rule for the visit keeps it so."""
    text = f"{dateline}\n\nAshbury's children's services are rated good.\n\n{sentence}"
    got = claim_over(check_text(text, make_report(table=GOOD_ALL), [], settings), "published today")
    assert (got.kind, got.verdict) == ("inspection_fact", expected), got.explanation


def test_a_short_lead_in_telling_the_visit_is_checked(settings):
    """'The judgements following the two-week inspection in January are:' (drift38) was a
    lead-in to the list, no claim; it tells the visit's length, which the printed dates
    settle (here a one-week visit)."""
    text = (
        "Ashbury's children's services are rated good.\n\n"
        "The judgements following the two-week inspection in March are:\n"
        "- Overall effectiveness: good\n"
    )
    got = claim_over(check_text(text, make_report(table=GOOD_ALL), [], settings), "two-week")
    assert (got.kind, got.verdict) == ("inspection_fact", "contradicted"), got.explanation


def _recommendations(numbers: list[int]) -> tuple[Passage, ...]:
    return tuple(
        Passage(
            id=f"r{n}",
            kind="improvement",
            number=n,
            page=2,
            start=0,
            end=10,
            text=f"Ensure that recommendation {n} is met.",
        )
        for n in numbers
    )


@pytest.mark.parametrize(
    ("count", "expected"),
    [("five", "supported"), ("nine", "supported"), ("seven", "contradicted")],
    ids=["the-councils", "all-of-them", "neither"],
)
def test_recommendations_counted_list_by_list(settings, count, expected):
    """A SIF report lists the council's recommendations (1 to 5) and then the board's,
    numbered on from its paragraphs (103 to 106): 'Ofsted made five recommendations for
    the council, ...' (drift38) was not checked, the list being of two runs. Either run's
    count or both together is right; another is not."""
    report = make_report(
        table=GOOD_ALL,
        framework="sif",
        improvements=_recommendations([1, 2, 3, 4, 5, 103, 104, 105, 106]),
    )
    text = (
        "Ashbury's children's services are rated good.\n\n"
        f"Ofsted made {count} recommendations for the council."
    )
    got = claim_over(check_text(text, report, [], settings), "recommendations")
    assert got.verdict == expected, got.explanation


_COUNTED = REPORT_TEXT + (
    "\n8. In nine of 10 children's cases tracked during the inspection, the quality of "
    "assessment was poor.\n9. Impressively, the council has not used any external fostering "
    "placements for children in the last two years.\n10. Ofsted carried out four monitoring "
    "visits where letters were published between January 2022 and March 2023.\n"
)


@pytest.mark.parametrize(
    ("sentence", "right"),
    [
        (
            "In eight of the 10 cases tracked by inspectors the quality of assessment was poor.",
            "In nine of the 10 cases tracked by inspectors the quality of assessment was poor.",
        ),
        (
            "The watchdog noted that the council had not used any external fostering "
            "placements for children in the last three years.",
            "The watchdog noted that the council had not used any external fostering "
            "placements for children in the last two years.",
        ),
        (
            "Ofsted inspectors carried out five monitoring visits to the council where letters "
            "were published.",
            "Ofsted inspectors carried out four monitoring visits to the council where letters "
            "were published.",
        ),
    ],
    ids=["a-share-of-cases", "a-span-back-from-now", "a-thing-named-in-two-words"],
)
def test_a_count_the_restated_sentence_gives_otherwise_is_contradicted(settings, sentence, right):
    """Three planted errors of drift38 were supported or left unflagged beside the very
    sentence they restate: 'eight of the 10 cases' for 'nine of 10', 'the last three years'
    for 'the last two years' (numbers in words are no figures), and 'five monitoring
    visits' for 'four', held back with fewer than 80% of the claim's words shared (here
    73%). The sentence's count of the same
    thing settles it; told as the sentence tells it, the claim is supported."""
    report = make_report(text=_COUNTED, table=GOOD_ALL)
    lead = "Ashbury's children's services are rated good.\n\n"
    wrong = check_text(lead + sentence, report, [], settings).claims[-1]
    assert wrong.verdict == "contradicted", wrong.explanation
    kept = check_text(lead + right, report, [], settings).claims[-1]
    assert kept.verdict == "supported", kept.explanation


@pytest.mark.parametrize(
    ("year", "expected"),
    [("2018", "contradicted"), ("2019", "supported")],
    ids=["a-year-before-it", "its-year"],
)
def test_the_last_inspections_year_beside_an_areas_grade_is_checked(settings, year, expected):
    """'At the previous full inspection in 2018, services for children in care and care
    leavers were judged inadequate' (drift38): the inspection was in 2019. The words
    grading an area were read as naming an inspection of that one service, so the year was
    never checked; only the words naming the inspection say whose it is."""
    earlier = make_report(
        table=[(name, "inadequate", printed) for name, _, printed in GOOD_ALL],
        framework="ilacs_2018",
        sha="d" * 64,
        inspection_start=date(2019, 9, 23),
        inspection_end=date(2019, 10, 4),
        published=date(2019, 11, 4),
    )
    text = (
        "Ashbury's children's services are rated good.\n\n"
        f"At the previous full inspection in {year}, services for children in care were "
        "judged inadequate."
    )
    got = claim_over(
        check_text(text, make_report(table=GOOD_ALL), [earlier], settings), "previous full"
    )
    assert got.verdict == expected, got.explanation


def test_what_leaders_address_is_not_a_criticism(settings):
    """'When inspectors identified this issue, senior managers took immediate action to
    address the concerns' (drift38): the concerns addressed read as criticism, so a
    release restating the action was told the report says it the other way."""
    report = make_report(
        text=REPORT_TEXT + "\n8. When inspectors identified this issue, senior managers took "
        "immediate action to address the concerns and to prevent it happening again.\n",
        table=GOOD_ALL,
    )
    text = (
        "Ashbury's children's services are rated good.\n\n"
        "Senior managers took immediate action when inspectors identified the issue, the "
        "report says."
    )
    got = claim_over(check_text(text, report, [], settings), "Senior managers")
    assert got.verdict == "supported", got.explanation


def test_a_decline_told_in_its_own_words_is_no_praise(settings):
    """'Some previously good performance has slipped.' (drift38): the sentence read as
    praise of what the report lists to improve, and was told misleading; a decline is no
    praise."""
    item = "Consolidate performance in areas that were previously good."
    text_of_report = (
        REPORT_TEXT + "\n8. Some aspects of previously good performance have not been "
        f"sustained.\n{item}\n"
    )
    start = text_of_report.index(item)
    listed = Passage(
        id="i1", kind="improvement", page=2, start=start, end=start + len(item), text=item
    )
    report = make_report(text=text_of_report, table=GOOD_ALL, improvements=(listed,))
    text = (
        "Ashbury's children's services are rated good.\n\n"
        "Some previously good performance has slipped."
    )
    got = claim_over(check_text(text, report, [], settings), "slipped")
    assert got.verdict != "misleading", got.explanation


def test_a_second_predicate_before_a_quotation_is_no_speaker():
    """'..., when Ofsted found services had “significantly improved” and rated them good
    across the board, calling the turnaround “an impressive achievement”' (drift38): the
    words before 'calling' were read as its subject, so 'rated them good across the board'
    spoke; the speaker is the clause's, Ofsted."""
    release = make_release(
        "26 April 2024\n\nOfsted found services had “significantly improved” and rated them "
        "good across the board, calling the turnaround “an impressive achievement”."
    )
    quoted = [c for c in extract_claims(release) if c.text == "an impressive achievement"]
    assert [(c.attribution.speaker, c.attribution.role) for c in quoted] == [
        ("Ofsted", "inspectors")
    ]


def test_one_of_a_few_in_a_region_is_a_standing():
    """'The council is one of a handful in the North West to be rated good under Ofsted's
    new framework' (drift38) was a rating of the report, supported: a standing among a
    region's councils, the councils left unsaid."""
    release = make_release(
        "26 April 2024\n\nAshbury is one of a handful in the North West to be rated good."
    )
    (claim,) = [c for c in extract_claims(release) if "handful" in c.text]
    assert claim.kind == "national"


_IN_TWO_PARTS = (
    "Inspection dates: 30 September 2024 to 11 October 2024 and 13 January 2025 to 16 "
    "January 2025 Lead inspector: A Person\n" + REPORT_TEXT
)


@pytest.mark.parametrize(
    ("month", "expected"),
    [("January", "supported"), ("March", "contradicted")],
    ids=["the-second-parts-month", "a-month-it-never-touched"],
)
def test_each_part_of_a_visit_begins_in_its_own_month(settings, month, expected):
    """'..., following a two-week inspection in the autumn and a return visit by inspectors
    in January' (drift39): the visit ran 30 September to 11 October and 13 to 16 January,
    and January was contradicted as neither the month the visit began in nor the one it
    mostly ran in. Each part begins again; a month no part touched is still wrong."""
    report = make_report(
        text=_IN_TWO_PARTS,
        table=GOOD_ALL,
        inspection_start=date(2024, 9, 30),
        inspection_end=date(2025, 1, 16),
        published=date(2025, 5, 13),
    )
    text = (
        "13 May 2025\n\nAshbury's children's services are rated good, following a two-week "
        f"inspection in the autumn and a return visit by inspectors in {month}."
    )
    got = claim_over(check_text(text, report, [], settings), "return visit")
    assert got.verdict == expected, got.explanation


@pytest.mark.parametrize(
    ("help_grade", "expected"),
    [("requires_improvement", "supported"), ("good", "contradicted")],
    ids=["four-of-five", "five-of-five"],
)
def test_a_participle_before_the_verb_grades_no_one(settings, help_grade, expected):
    """'Four of the five areas judged were good or better.' (drift39): 'judged' stands in a
    reduced relative clause before the verb 'were', so 'Four of the five areas' was read as
    who judged, the grade left another body's; it is a share, checked against the table."""
    table = [
        ("overall_effectiveness", "good", "Overall effectiveness"),
        ("help_and_protection", help_grade, "Help and protection"),
        ("looked_after_and_permanence", "good", "Children looked after"),
        ("adoption", "outstanding", "Adoption"),
        ("care_leavers", "good", "Care leavers"),
        ("leadership_management_governance", "good", "Leadership"),
    ]
    text = (
        "Ashbury's children's services are rated good.\n\n"
        "Four of the five areas judged were good or better."
    )
    report = make_report(table=table, framework="sif")
    got = claim_over(check_text(text, report, [], settings), "Four of the five")
    assert (got.kind, got.verdict) == ("rating", expected), got.explanation


def test_inspectors_words_an_official_grants_are_theirs():
    """'Inspectors were right that our quality assurance systems had ‘not been robust
    enough to alert political and senior leaders to critical weaknesses’' (drift39): the
    nested words are the inspectors', granted by the director, a quotation to check (were
    left inside the director's own)."""
    release = make_release(
        "26 April 2024\n\nJo Park, the director, said: “Inspectors were right that our "
        "systems had ‘not been robust enough to alert leaders to weaknesses’. I am proud "
        "of our staff.”"
    )
    nested = [c for c in extract_claims(release) if c.text.startswith("not been robust")]
    assert [(c.kind, c.attribution.role) for c in nested] == [("quote", "inspectors")]


@pytest.mark.parametrize(
    ("grade", "expected"),
    [("good", "supported"), ("inadequate", "not_checkable")],
    ids=["as-recounted", "recounted-otherwise-held-back"],
)
def test_an_older_inspection_is_judged_by_the_earlier_reports_account(settings, grade, expected):
    """'In 2011, before that, both safeguarding and services for looked-after children had
    been judged good' (drift37's liverpool_2018): today's report recounts only the 2014
    inspection, and the 2014 report, passed as the previous one, recounts April 2011's;
    the claim was left unchecked. The earlier report's account tells it (a grade told
    otherwise stays provisional, as against any account)."""
    today = make_account_report(
        "The previous inspection, in 2014, judged services to be good.",
        2014,
        "good",
        GOOD_ALL,
        inspection_start=date(2018, 5, 8),
        inspection_end=date(2018, 5, 17),
        published=date(2018, 7, 2),
    )
    earlier = make_account_report(
        "The previous inspection of safeguarding and looked after children services was in "
        "April 2011. The local authority was judged to be good.",
        2011,
        "good",
        GOOD_ALL,
        sha="e" * 64,
        inspection_start=date(2014, 5, 6),
        inspection_end=date(2014, 5, 29),
        published=date(2014, 7, 18),
    )
    text = (
        "Ashbury's children's services are rated good.\n\n"
        f"In 2011, both safeguarding and services for looked-after children had been judged "
        f"{grade}."
    )
    got = claim_over(check_text(text, today, [earlier], settings), "In 2011")
    assert got.verdict == expected, got.explanation
    assert "recounts" in got.explanation
