"""The kind of claim a sentence makes, decided once in extraction: a national claim is
a standing among councils, a comparison states something two inspections' grades can
settle, an inspection fact states a value the report prints."""

from __future__ import annotations

import pytest

from verify.extract import extract_claims
from verify.extract.kinds import Context, classify
from verify.extract.values import parse_values
from verify.types import Release


def kind(sentence: str) -> str | None:
    return classify(sentence, parse_values(sentence), Context())


def kinds(text: str) -> list[str]:
    release = Release(source="t.txt", sha256="0" * 64, media_type="text", text=text)
    return [c.kind for c in extract_claims(release)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ofsted, the national body which inspects services across the country, has "
            "published its report today, following an inspection in March.",
            "inspection_fact",
        ),
        (
            "Although the council still struggles to recruit social workers, which is a wider "
            "national issue, inspectors praised leaders for their creative action.",
            "finding",
        ),
        (
            "Inspectors found serious failures in the south London council's services and "
            "judged them as ‘inadequate’ overall.",
            "rating",
        ),
        (
            "The national inspector praises the staff, who have taken the service from ‘good’ "
            "overall to ‘outstanding’ in just three years.",
            "comparison",
        ),
        (
            "The council says its adoption service is one of the reasons it will lead a new "
            "regional adoption agency.",
            None,
        ),
    ],
)
def test_a_scope_word_alone_makes_no_national_claim(sentence, expected):
    assert kind(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The council is one of only three in the North West to be judged ‘good’ overall.",
        "Hillbury has been judged as one of the best in England.",
        "The council joins only four others nationally who have achieved the highest rating.",
        "No authority in the country has been judged ‘outstanding’ overall since 2013.",
        "Ashbury is the first local authority nationally to be rated outstanding in all areas.",
        "To date 123 councils in England have been inspected under this framework.",
        "This puts Ashbury in the top seven per cent of councils.",
        "The service has been rated good, making it one of the top performing councils in the "
        "country.",
    ],
)
def test_a_standing_among_councils_is_national(sentence):
    assert kind(sentence) == "national"


def test_a_rank_the_report_itself_states_is_a_finding():
    sentence = (
        "The Ofsted report highlights that the council is top in the region and second "
        "nationally for the share of children leaving care through adoption."
    )
    assert kind(sentence) == "finding"


def test_a_first_grade_is_todays_grade_and_a_comparison():
    sentence = (
        "Haringey, criticised after a child's death in 2007, has received its first "
        "“outstanding” rating for children's services."
    )
    values = parse_values(sentence)
    assert values.first_grade == "outstanding"
    assert [(g.grade, g.time_cue, g.years_near) for g in values.grades] == [
        ("outstanding", "now", [])
    ]
    assert kind(sentence) == "comparison"
    later = "The council has been awarded an “outstanding” rating for the first time."
    assert parse_values(later).first_grade == "outstanding"


@pytest.mark.parametrize(
    ("sentence", "grade"),
    [
        ("York has received its first-ever ‘outstanding’ judgement.", "outstanding"),
        ("Derby was rated outstanding by Ofsted for the first time.", "outstanding"),
        ("For the first time, inspectors judged the council ‘good’.", "good"),
        ("Rated good in 2018, it is rated ‘outstanding’ for the first time.", "outstanding"),
        ("The council is rated good for the first time since 2010.", None),
        ("The council is rated good for the first time in a decade.", None),
        ("The first inspection found services ‘good’.", None),
        ("It is the first ‘outstanding’ local authority in the region.", None),
    ],
)
def test_the_one_reading_of_a_grade_given_for_the_first_time(sentence, grade):
    """Extraction reads the grade given for the first time (the history and comparison
    checkers read only this value): 'first' right before the grade, else the rating next
    to 'for the first time'; a first within a span ('since 2010') is no first ever."""
    assert parse_values(sentence).first_grade == grade


def test_a_change_of_grade_gives_the_earlier_grade():
    sentence = "Staff have taken the service from ‘good’ overall to ‘outstanding’."
    values = parse_values(sentence)
    assert values.previous_grade == "good"
    assert [(g.grade, g.time_cue) for g in values.grades] == [
        ("good", "earlier"),
        ("outstanding", "now"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Since its last Ofsted report in 2018, the council has introduced a family hub "
            "which offers early help.",
            "finding",
        ),
        ("Services have been strengthened since the previous inspection.", "finding"),
        ("Services have improved since the previous inspection in 2019.", "comparison"),
        ("The council has maintained its ‘good’ rating.", "comparison"),
        ("Help and protection is no better than it was in 2022.", "comparison"),
        ("Care leavers do better than the national average in 2023 figures.", "finding"),
        (
            "Inspectors said the council has a performance culture, which means work is "
            "regularly audited to ensure standards are maintained.",
            "finding",
        ),
    ],
)
def test_a_comparison_states_something_grades_can_settle(sentence, expected):
    assert kind(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Inspectors examined the experiences of children in care.", "finding"),
        ("Ofsted conducted an inspection in March.", "inspection_fact"),
        ("A team of six inspectors visited the council.", "inspection_fact"),
    ],
)
def test_a_fact_with_no_value_to_compare_is_the_reports_account(sentence, expected):
    assert kind(sentence) == expected


def test_a_grade_found_to_be_or_now_is_read():
    earlier = parse_values(
        "Leaders acted after an inspection in January 2015 found them to be inadequate."
    )
    assert [g.grade for g in earlier.grades] == ["inadequate"]
    now = parse_values("Leadership, which Ofsted says is now good, was praised.")
    assert [(g.grade, g.time_cue) for g in now.grades] == [("good", "now")]


def test_a_release_sentence_with_a_national_body_keeps_its_own_kind():
    text = (
        "Ofsted, the national organisation which inspects services across the country, "
        "published its report today. Services were judged to be good overall."
    )
    assert "national" not in kinds(text)


def test_a_grade_as_an_aim_is_no_grade_given():
    aim = "There is still a long way to go to meet the goal of being rated as ‘good’ by 2016."
    assert parse_values(aim).grades == []
    assert [g.grade for g in parse_values("The council was rated as ‘good’ in 2016.").grades] == [
        "good"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The number of conferences held within 15 days had improved significantly, to 68%.",
        "The time taken to match children with a family has improved, to 39 weeks on average.",
    ],
)
def test_a_figure_that_changed_is_a_finding_not_a_comparison_of_grades(sentence):
    values = parse_values(sentence)
    assert values.duration_days is None and kind(sentence) == "finding"


def claims_of(text: str):
    release = Release(source="t.txt", sha256="0" * 64, media_type="text", text=text)
    return extract_claims(release)


@pytest.mark.parametrize(
    ("text", "expected", "previous_grade"),
    [
        # The release dates itself in 2019: a grade 'in 2016' is an earlier inspection's.
        (
            "The report was published on 8 May 2019. Children's services in the borough "
            "were judged ‘inadequate’ in 2016.",
            "comparison",
            "inadequate",
        ),
        # The release dates nothing: a year given to a grade is its history.
        (
            "Children's services in the borough were judged ‘inadequate’ in 2016.",
            "comparison",
            "inadequate",
        ),
        # A grade in the year the release dates its inspection in is today's.
        (
            "Inspectors visited in March 2019. Children's services in the borough were judged "
            "‘good’ in 2019.",
            "rating",
            None,
        ),
        (
            "Help and protection services are no longer rated as ‘inadequate’.",
            "comparison",
            "inadequate",
        ),
    ],
)
def test_a_rating_whose_grades_are_all_earlier_is_a_comparison(text, expected, previous_grade):
    graded = [c for c in claims_of(text) if c.kind in ("rating", "comparison")]
    assert [c.kind for c in graded] == [expected]
    values = graded[0].values
    assert values.previous_grade == previous_grade
    assert bool(values.grades) == (expected == "rating")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Services for care leavers have declined since 2015.", "comparison"),
        ("Services for care leavers have improved since 2015.", "comparison"),
        ("The number of care leavers in education has declined since 2015.", "finding"),
        ("Caseloads have improved since the last inspection.", "finding"),
    ],
)
def test_a_decline_compares_inspections_as_an_improvement_does(sentence, expected):
    """grades10: 'have declined since 2015' is a comparison the grades settle, as 'have
    improved since 2015' was (it was no claim); a measure's change ('the number of',
    'caseloads') is a figure, a finding."""
    assert kind(sentence) == expected


def test_according_to_the_report_tells_a_finding():
    """Session 13: 'According to the report' gives the sentence to Ofsted, whatever
    praise it holds ('excellent' made it an official's opinion); 'according to' a council
    source does not."""
    said = "According to the report, personal advisers give care leavers excellent support."
    assert kinds(said) == ["finding"]
    assert kinds("Early help is excellent, according to the council's own report.") == ["opinion"]


def test_a_link_to_another_story_makes_no_claim():
    """A news page's 'Read more' or 'Related' line is another story's headline: no claim
    of the story it sits under (session 14, news14: 'Read more: Lambeth children's
    services rated inadequate' under a story about Southwark was a rating of Southwark's
    report, contradicted)."""
    text = (
        "Southwark's children's services have been rated good by Ofsted.\n"
        "Read more: Lambeth children's services rated inadequate\n"
        "Related: Stoke-on-Trent children's services 'require improvement'\n"
        "More on this story: Waltham Forest judged good for the first time"
    )
    assert kinds(text) == ["rating"]
    assert kinds("Related to this, the council's adoption service was judged good.") == ["rating"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Is the council's children's service inadequate in every area?",
        "Was help and protection really rated good in 2019?",
    ],
)
def test_a_question_states_no_claim(sentence):
    """A sentence that asks tells nothing to check (ratings14: was a rating, contradicted)."""
    assert kind(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ofsted found services have declined since the last inspection.", "comparison"),
        (
            "The report found the quality of practice had improved markedly since 2019.",
            "comparison",
        ),
        ("Inspectors said Surrey's rating is the same as in 2015.", "comparison"),
        ("Surrey's rating is the same as in 2015.", "comparison"),
        ("The watchdog said early help has improved since the previous inspection.", "finding"),
        ("The report found that personal education plans had got worse since 2022.", "finding"),
    ],
)
def test_a_change_of_the_service_told_as_ofsteds_compares_inspections(sentence, expected):
    """Session 15 (direction15): a change told of the service as a whole, a judged area or
    the rating is the grades' direction and the report's account of it, a comparison, even
    when Ofsted is said to tell it; a part's change told as Ofsted's stays its finding."""
    assert kind(sentence) == expected


def test_a_finding_told_beside_the_last_inspections_year_stays_a_finding():
    """paraphrase (history20): 'The report says leaders ... built on the work seen when
    Ofsted last inspected in 2017' is the report's finding, not a claim of when the last
    inspection was; 'The service was last inspected in 2018' is one."""
    from verify.extract.kinds import Context, classify
    from verify.extract.values import parse_values

    finding = (
        "The report says leaders have strengthened and built on the impressive work seen "
        "when Ofsted last inspected in 2017."
    )
    when = "The service was last inspected in 2018."
    assert classify(finding, parse_values(finding), Context()) == "finding"
    assert classify(when, parse_values(when), Context()) == "comparison"


def test_the_top_grade_kept_is_a_comparison():
    """faithful6 (history20): 'Merton keeps top Ofsted grade for children's services' was
    no claim: a rating kept was read only after 'its' or 'the'."""
    from verify.extract.kinds import Context, classify
    from verify.extract.values import parse_values

    said = "Merton keeps top Ofsted grade for children's services"
    assert classify(said, parse_values(said), Context()) == "comparison"


def test_a_rating_with_one_grade_of_the_last_time_is_a_comparison():
    """'Leadership, which was rated good last time, is now outstanding': the good is the
    last inspection's, so the claim is a comparison, whose check reads it against that
    report (compare22: as a rating it went unjudged, and a wrong one was supported); a
    rating with no grade of the past stays one."""
    from verify.extract import extract_claims
    from verify.types import Release

    said = "Leadership, which was rated good last time, is now outstanding."
    plain = "Leadership is now outstanding and help and protection is good."
    for text, kind in ((said, "comparison"), (plain, "rating")):
        release = Release(source="r.txt", sha256="b" * 64, media_type="text", text=text)
        claims = extract_claims(release)
        assert [c.kind for c in claims] == [kind], text
