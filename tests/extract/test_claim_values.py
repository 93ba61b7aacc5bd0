"""Values parsed from claim sentences."""

from __future__ import annotations

from datetime import date

import pytest

from verify.extract.values import grade_mentions, parse_values
from verify.words.councils import authorities_in


def grades(sentence: str) -> list[tuple[str, str | None]]:
    return [(g.grade, g.judgement) for g in grade_mentions(sentence)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Sutton was rated good overall, as was the leadership.",
            [("good", "overall_effectiveness"), ("good", "impact_of_leaders")],
        ),
        (
            "Children's services in Sutton have been rated good overall by Ofsted, as was the "
            "impact of leaders.",
            [("good", "overall_effectiveness"), ("good", "impact_of_leaders")],
        ),
        (
            "Help and protection was rated good, as were services for care leavers, while "
            "children in care were judged outstanding.",
            [
                ("good", "help_and_protection"),
                ("good", "care_leavers"),
                ("outstanding", "children_in_care"),
            ],
        ),
    ],
)
def test_a_grade_as_was_another_judgement_is_its_grade_too(text, found):
    """'good, as was the leadership' gives the leadership the grade too (fresh17)."""
    assert sorted(grades(text)) == sorted(found)


def test_grade_with_its_judgement():
    assert grades(
        "Wigan received praise for its adoption work, which was rated as “outstanding”."
    ) == [("outstanding", "adoption")]
    assert grades("The council has been rated overall as “Good” by Ofsted.") == [
        ("good", "overall_effectiveness")
    ]


def test_grades_split_by_contrast():
    sentence = (
        "All were handed 'good' ratings for their looked-after children support, work with care "
        "leavers and leadership and management, but concerns were raised about child protection, "
        "with all councils told this area “requires improvement”."
    )
    assert sorted(grades(sentence), key=str) == sorted(
        [
            ("good", "looked_after_and_permanence"),
            ("good", "care_leavers"),
            ("good", "leadership_management_governance"),
            ("requires_improvement", "help_and_protection"),
        ],
        key=str,
    )


def test_good_as_an_ordinary_adjective_is_no_grade():
    assert grades("Despite the good news, there is access to good support and training.") == []
    assert grades("A period of grossly inadequate funding for councils.") == []


def test_percent_and_quantifiers():
    v = parse_values(
        "The service has been rated as ‘Outstanding’ in 50 per cent of the “judgement areas”."
    )
    assert (v.percent, v.quantifier) == (50.0, "50 per cent")
    v = parse_values("Rated “Good” in all four judgement areas.")
    assert (v.quantifier, v.count, v.of_total) == ("all four", 4, 4)
    v = parse_values("It was outstanding in two of the four judgements.")
    assert (v.count, v.of_total) == (2, 4)
    # 'every one of the five' counts all five, not one of them
    v = parse_values("It was rated outstanding in every one of the five judgements.")
    assert (v.count, v.of_total) == (5, 5)
    # half of the judgements is a share; half of a span of time is none
    v = parse_values("Half of the areas were rated good.")
    assert (v.percent, v.quantifier) == (50.0, "Half of the areas")
    # a share in words of a total it names is that share of that total, not a count of it
    # (ratings14: 'half of the six judgements' was six of six)
    v = parse_values("Half of the six judgements were inadequate.")
    assert (v.percent, v.count, v.of_total) == (50.0, None, 6)
    # one area alone at a grade is a count of one; one alone not at it is no count
    v = parse_values("Adoption was rated good, the only one of the six areas to be rated good.")
    assert (v.quantifier, v.count, v.of_total) == ("the only one of the six areas", 1, 6)
    v = parse_values("Care leavers were judged good, the only area not rated inadequate.")
    assert (v.quantifier, v.count) == (None, None)
    v = parse_values("All but one of the seven judgements were inadequate.")
    assert (v.quantifier, v.count, v.of_total) == ("All but one of the seven judgements", None, 7)
    assert v.all_but == 1
    v = parse_values("Two-thirds of the areas were rated good.")
    assert (round(v.percent, 1), v.count, v.of_total) == (66.7, None, None)
    for said in (
        "Services now require improvement, four and a half years after they were rated good.",
        "It was rated good, half a year after the visit.",
    ):
        assert parse_values(said).percent is None, said


def test_previous_inspection_year_and_grade():
    v = parse_values(
        "This highlights a clear improvement, following the 2018 inspection where the service "
        "was rated “Good” in all four judgement areas."
    )
    assert (v.previous_year, v.previous_grade, v.direction, v.grades) == (
        2018,
        "good",
        "improved",
        [],
    )
    v = parse_values(
        "The ‘good’ rating is an improvement from the ‘adequate’ rating that was awarded "
        "following the last Ofsted inspection in November 2012."
    )
    # 2012's scale: 'adequate' is that inspection's grade, compared as the step below good.
    assert (v.previous_year, v.previous_grade) == (2012, "adequate")
    assert [g.grade for g in v.grades] == ["good"]


def test_dates_durations_team_framework():
    v = parse_values("The inspection was carried out between 11 September and 5 October 2017.")
    assert v.dates == [date(2017, 9, 11), date(2017, 10, 5)]
    assert parse_values("It was a five-day inspection under ILACS.").duration_days == 5
    assert parse_values("A four-week inspection.").duration_weeks == 4
    assert parse_values("The team was seven of Her Majesty’s Inspectors (HMI).").team_hmi == 7
    assert parse_values("Part of the ILACS programme.").framework == "ILACS"
    assert parse_values("Published today, January 12.", year_hint=2024).dates == [date(2024, 1, 12)]


def test_national_counts():
    v = parse_values("Only 46 councils are currently rated as ‘good’ for children’s services.")
    assert v.national_count == 46
    assert parse_values("We are now in the top 30% nationally.").percent == 30.0


def test_authorities():
    assert authorities_in("Wigan, Wolverhampton and Harrow all received ratings.") == [
        "Wigan",
        "Wolverhampton",
        "Harrow",
    ]
    assert authorities_in("Salford City Council’s services were rated good.") == ["Salford"]
    assert authorities_in("“Managers know their teams,” said Sarah Kent.") == []


def test_previously_rated_in_year():
    v = parse_values("The authority was previously rated ‘inadequate’ in 2021, so it has improved.")
    assert (v.previous_year, v.previous_grade, v.grades) == (2021, "inadequate", [])


def test_an_improvement_on_an_earlier_rating_is_that_rating_of_its_year():
    """'An improvement on the inadequate rating given ... in 2019' gives the earlier grade
    and its year (compare18: the inadequate was read as today's grade and a true sentence
    contradicted); 'improving on good practice' names no rating."""
    v = parse_values(
        "The rating is an improvement on the inadequate rating given to Northamptonshire "
        "County Council's children's services in 2019."
    )
    assert (v.previous_year, v.previous_grade, v.grades) == (2019, "inadequate", [])
    assert parse_values("Staff are improving on good practice.").previous_grade is None


def test_better_or_worse_than_a_year_compares_with_that_years_inspection():
    """'No better than it was in 2022', 'still requires improvement, as it did in 2016'
    are compared with that year's inspection (compare18: no year was read, so the last
    inspection was compared, or none)."""
    for sentence, year in [
        ("Help and protection is no better than it was in 2022.", 2022),
        ("The council's services are now no worse than they were in 2016.", 2016),
        ("Help and protection still requires improvement, as it did in 2016.", 2016),
    ]:
        assert parse_values(sentence).previous_year == year


def test_a_grade_goes_to_the_judgement_it_is_said_of():
    """The grade after a judgement's name is its grade; one before it only when it names
    it ('good for', 'Good in'); a grade joined on by 'and' belongs to another area."""
    assert grades(
        "While fostering was rated as good, the overall services in Ashbury were rated inadequate."
    ) == [("good", None), ("inadequate", "overall_effectiveness")]
    assert grades(
        "Services were judged in three areas, impact of leaders, judged requires improvement, "
        "children in care, also judged to require improvement and the experiences of children "
        "who need help and protection, which is judged inadequate."
    ) == [
        ("requires_improvement", "impact_of_leaders"),
        ("requires_improvement", "children_in_care"),
        ("inadequate", "help_and_protection"),
    ]
    assert grades(
        "Overall effectiveness was graded ‘Good’, with children in care, plus care leavers, "
        "graded ‘Outstanding’."
    ) == [
        ("good", "overall_effectiveness"),
        ("outstanding", "children_in_care"),
        ("outstanding", "care_leavers"),
    ]


def test_overall_opening_a_sentence_sums_up():
    assert grades(
        "Overall, the inspection in May rated Ashbury ‘Good’ in the help and protection category."
    ) == [("good", "help_and_protection")]


def test_requiring_improvement_is_a_grade():
    assert grades("rated inadequate in four areas and requiring improvement in another") == [
        ("inadequate", None),
        ("requires_improvement", None),
    ]


@pytest.mark.parametrize(
    ("text", "year", "grade"),
    [
        # The earlier grade said before the inspection it was given at, today's after 'now'.
        (
            "West Berkshire, which was rated requires improvement at its last inspection in "
            "2022, is now good.",
            2022,
            "requires_improvement",
        ),
        # A move from a grade, then the inspection that gave it.
        (
            "Portsmouth has improved from requires improvement at its last inspection in 2018.",
            2018,
            "requires_improvement",
        ),
        # A change of grade with the year it was left in.
        (
            "Help and protection has improved from requires improvement in 2019 to good.",
            2019,
            "requires_improvement",
        ),
        # The pre-2013 scale's 'adequate' is an earlier inspection's grade however said.
        ("Medway was rated ‘adequate’ at its previous inspection in 2013.", 2013, "adequate"),
        ("Safeguarding services were rated adequate in 2011.", 2011, "adequate"),
        ("The last full inspection, in 2012, found services adequate.", 2012, "adequate"),
        ("Southampton was rated adequate at its last inspection in April 2012.", 2012, "adequate"),
        # 'adequate' as an ordinary word states no grade.
        ("Children received adequate support in 2012.", None, None),
    ],
)
def test_the_earlier_grade_and_year_in_the_forms_releases_use(text, year, grade):
    v = parse_values(text)
    assert (v.previous_year, v.previous_grade) == (year, grade)


def test_each_grade_keeps_the_year_printed_after_it():
    v = parse_values("Nottingham was rated requires improvement in 2014 and good in 2019.")
    assert [(g.grade, g.years_near) for g in v.grades] == [
        ("requires_improvement", [2014]),
        ("good", [2019]),
    ]


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("The council has moved up a grade since it was last inspected.", "improved"),
        ("The service has dropped a grade since May 2010.", "declined"),
        ("Nottingham has fallen one grade since 2010.", "declined"),
        ("Portsmouth's rating is the same as at its last inspection in 2018.", "maintained"),
    ],
)
def test_a_move_of_grade_said_without_the_grades(text, direction):
    assert parse_values(text).direction == direction


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "It is the first time Nottingham has been rated requires improvement.",
            "requires_improvement",
        ),
        # A first within a span is no first ever.
        ("This is the first time the city has been rated good since 2008.", None),
        # A first of something else, told in another clause, is no first grade.
        (
            "Ofsted's 2023 framework judges care leavers separately for the first time, and "
            "Oxfordshire's were rated good.",
            None,
        ),
        ("For the first time, the council was rated outstanding.", "outstanding"),
    ],
)
def test_the_first_time_a_council_has_been_rated(text, first):
    assert parse_values(text).first_grade == first


def test_a_grade_after_whom_or_what_was_rated_is_a_rating():
    assert grades("The last full inspection, in 2018, rated every area good.") == [("good", None)]
    assert grades("Ofsted rated the city's children's services outstanding.") == [
        ("outstanding", None)
    ]
    assert grades("Inspectors judged staff good at listening.") == []


def test_a_likeness_to_an_earlier_report_is_a_kept_grade_of_its_year():
    for text, year in (
        ("The rating echoes a report in April 2013, which prompted resignations.", 2013),
        ("The verdict mirrors the council's 2016 inspection.", 2016),
        ("It repeats the judgement Ofsted handed down in 2019.", 2019),
    ):
        values = parse_values(text)
        assert (values.direction, values.previous_year) == ("maintained", year), text
    assert parse_values("Failings echo poor provision for special needs.").direction is None


def test_a_count_of_areas_that_moved_is_told_from_a_count_of_areas_graded():
    moved = parse_values("Three out of five areas rated by Ofsted improved.")
    assert (moved.count, moved.of_total, moved.direction, moved.counts_moved) == (
        3,
        5,
        "improved",
        True,
    )
    assert parse_values("All three areas were unchanged since 2014.").counts_moved
    for text in (
        "They have listed 11 areas of improvement including caseloads.",
        "Two of the four areas were rated good, an improvement on 2019.",
    ):
        assert not parse_values(text).counts_moved, text


def test_a_turnaround_from_a_dated_past_is_an_improvement_since_that_year():
    values = parse_values("It marks a dramatic turnaround from the failings exposed in 2009.")
    assert (values.direction, values.previous_year) == ("improved", 2009)


def test_a_judgement_in_an_aside_after_a_grade_takes_that_grade_not_the_next():
    """The aside names what the grade before it was given; an aside naming the subject
    keeps the grade after it."""
    sentence = (
        "The watchdog judged three areas good - leadership, help and protection, and "
        "children in care - and care leavers outstanding."
    )
    assert grades(sentence) == [("good", None), ("outstanding", "care_leavers")]
    bracketed = sentence.replace(" - leadership", " (leadership").replace(" - and", ") and")
    assert grades(bracketed) == [("good", None), ("outstanding", "care_leavers")]
    assert grades("Two areas - help and protection and care leavers - were rated good.") == [
        ("good", "help_and_protection"),
        ("good", "care_leavers"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Services for care leavers, graded separately from those for children in care, were "
        "judged outstanding.",
        "Services for care leavers, assessed apart from those for children in care, were "
        "rated outstanding.",
        "Care leavers, unlike children in care, were rated outstanding.",
    ],
)
def test_a_judgement_set_apart_in_an_aside_leaves_the_grade_to_the_subject(sentence):
    """An aside that sets another judgement apart from the subject ('graded separately
    from', 'unlike') gives the grade after it to the subject, today's (ratings18: the grade
    went to children in care, and 'from' made it an earlier one)."""
    mentions = parse_values(sentence).grades
    assert [(g.grade, g.judgement, g.time_cue) for g in mentions] == [
        ("outstanding", "care_leavers", None)
    ]


def test_the_asides_setting_a_judgement_apart_are_found_once_for_all_its_grades(monkeypatch):
    """``_grade_for`` finds the asides around a judgement's name once (``_apart_from``),
    not once for every grade it can reach after it (two here: the grade a change reaches
    crosses the one it left). The grades after the aside closes are still the subject's."""
    from verify.extract.values import given_to, mentions

    calls = []
    pattern = given_to._SET_APART_ASIDE

    class Counting:
        def finditer(self, text):
            calls.append(text)
            return pattern.finditer(text)

        def __getattr__(self, name):
            return getattr(pattern, name)

    monkeypatch.setattr(given_to, "_SET_APART_ASIDE", Counting())
    sentence = "Care leavers, unlike children in care, moved from “good” to “outstanding”."
    names = list(mentions.JUDGEMENT_RE.finditer(sentence))
    hits = mentions._given_hits(sentence)
    assert len(hits) == 2  # both reachable from each name: the change reaches the second
    given = [given_to._grade_for(sentence, name, hits) for name in names]
    assert given[1] is None  # children in care, set apart
    assert len(calls) == len(names)


@pytest.mark.parametrize(
    ("sentence", "percent"),
    [
        ("Seventy-five per cent of the areas inspected were judged good.", 75.0),
        ("Sixty per cent of the judgements were rated inadequate.", 60.0),
        ("Twenty-five per cent of the areas were graded outstanding.", 25.0),
        ("A hundred per cent of the areas were judged good.", 100.0),
    ],
)
def test_a_share_of_areas_in_words_is_read_as_its_percentage(sentence, percent):
    """A share written in words above twenty ('Seventy-five per cent of the areas') is the
    same share as its digits (grades19: it was no share, so a wrong one went unchecked)."""
    assert parse_values(sentence).percent == percent


def test_a_place_below_the_top_is_no_top_grade():
    """The place below the top is good (ratings22: it was no grade at all)."""
    assert grades("Care leavers received the second-highest grade.") == [("good", "care_leavers")]
    assert grades("The council was given the highest grade by Ofsted.") == [("outstanding", None)]


def test_an_earlier_grade_is_read_up_to_another_year():
    """2018's grade is not 2022's: the words about the inspection of a year end where
    another year begins (2022's is the 'required improvement' before them)."""
    v = parse_values(
        "At the last full inspection, in 2022, Blackpool required improvement, and in 2018 "
        "it was judged inadequate.",
        2026,
    )
    assert (v.previous_year, v.previous_grade) == (2022, "requires_improvement")
    v = parse_values("At its last inspection in 2019 the council was rated inadequate.", 2024)
    assert (v.previous_year, v.previous_grade) == (2019, "inadequate")


def test_a_count_of_areas_before_a_summing_up_overall():
    v = parse_values("Overall, the borough was rated good or outstanding in four of five areas.")
    assert (v.count, v.of_total) == (4, 5)
    assert parse_values("Overall, the council was rated good.").quantifier == "Overall"


def test_a_year_opening_a_long_clause_dates_its_grade():
    """'In 2013' opens the clause however long it runs before the grade; a time after this
    very inspection ('published more than six months after the inspection') dates nothing."""
    (g,) = parse_values(
        "In 2013 Ofsted judged the council's arrangements for protecting children and its "
        "services for looked after children to be inadequate.",
        2015,
    ).grades
    assert g.years_near == [2013] and g.said_before({2015})
    (g,) = parse_values(
        "The report, published more than six months after the inspection, rates the "
        "council's services for children as inadequate overall.",
        2015,
    ).grades
    assert g.time_cue is None and not g.said_before({2014, 2015})
    (g,) = parse_values("Two years after it was judged inadequate, the service is good.").grades[:1]
    assert g.time_cue == "earlier"


def test_requires_improvement_said_of_a_named_judgement_is_a_grade():
    """'requires improvement' as the verb of a judgement named as its subject, or with a
    count of areas, is a grade; said of anything else it is plain English."""
    assert grades("Help and protection still requires improvement, the watchdog said.") == [
        ("requires_improvement", "help_and_protection")
    ]
    assert grades("Children in care, which Ofsted said requires improvement, were a focus.") == [
        ("requires_improvement", "children_in_care")
    ]
    assert grades("The council was told it requires improvement in one area.") == [
        ("requires_improvement", None)
    ]
    assert parse_values("It requires improvement in three areas.").count == 3
    assert parse_values("It was good, with one area requiring improvement.").count is None
    assert grades("The quality of plans requires improvement.") == []
    assert grades("Recording of visits still requires improvement, inspectors said.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Children's services in Dudley still require improvement.",
        "The council's services require improvement, inspectors said.",
        "Although some areas are strong, Dudley's services still require improvement.",
        "Dudley Council now requires improvement.",
    ],
)
def test_requires_improvement_said_of_the_whole_service_is_its_grade(sentence):
    """'require improvement' as the verb of the service or council named as its clause's
    subject ('still', 'now' allowed) is the service's grade: was no claim at all."""
    assert grades(sentence) == [("requires_improvement", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The quality of social work practice still requires improvement.",
        "Planning for children's services in Dudley requires improvement.",
        "Some of the council's services require improvement.",
    ],
)
def test_requires_improvement_said_of_a_part_of_the_service_is_no_grade(sentence):
    """The same verb of a part of the work (or some of the services) is plain English."""
    assert grades(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The city missed out on an outstanding grade for children in care.",
        "Inspectors stopped short of rating help and protection outstanding.",
        "Had the inspection come a year later, services would have been rated outstanding.",
        "If improvements continue, Cornwall could regain an outstanding rating next time.",
    ],
)
def test_a_grade_denied_or_supposed_is_no_grade_given(sentence):
    assert grades(sentence) == []


def test_a_grade_no_area_has_is_a_count_of_none():
    """'None of Southwark's areas was rated outstanding or inadequate' counts none of the
    areas at either grade (grades19: was no grade, so a false 'none' went unchecked)."""
    v = parse_values("None of Southwark's areas was rated outstanding or inadequate.")
    assert [g.grade for g in v.grades] == ["outstanding", "inadequate"] and v.count == 0


def test_a_judgement_followed_by_its_own_grade_takes_that_grade():
    sentence = (
        "Barnet's children's services have been rated good for the second time in a row, "
        "with services for children in care judged outstanding."
    )
    assert grades(sentence) == [("good", None), ("outstanding", "children_in_care")]
    assert grades("Children in care and care leavers were rated good for their support.") == [
        ("good", "children_in_care"),
        ("good", "care_leavers"),
    ]


def test_a_supposed_grade_leaves_the_grade_given_after_it():
    sentence = "Barnet, which could have been rated outstanding, was rated good overall."
    assert grades(sentence) == [("good", "overall_effectiveness")]


def test_grades_said_in_the_past_or_received_by_name_are_grades():
    """'required improvement' is the grade as reporters tell what inspectors found; a grade
    received 'the grade of' is given; a judgement's service in the possessive is graded."""
    assert grades("Help and protection required improvement, inspectors said.") == [
        ("requires_improvement", "help_and_protection")
    ]
    assert grades("Help and protection received the grade of good from inspectors.") == [
        ("good", "help_and_protection")
    ]
    assert grades("Inspectors judged care leavers' services to be good.") == [
        ("good", "care_leavers")
    ]
    assert grades("Inspectors judged the council's services for children in care to be good.") == [
        ("good", "children_in_care")
    ]
    assert grades("Inspectors found the quality of plans required improvement.") == []
    assert grades("Care leavers are given good support.") == []
    assert parse_values("Help and protection required improvement.").direction is None


def test_a_count_of_grades_moved_is_read_with_its_direction():
    for text, steps, way in (
        ("Southampton has moved up two grades since 2019.", 2, "improved"),
        ("The result represents a leap of two grades.", 2, "improved"),
        ("The council dropped a grade.", -1, "declined"),
        ("Services have improved since 2019.", None, "improved"),
    ):
        v = parse_values(text, 2024)
        assert (v.grade_steps, v.direction) == (steps, way), text


def test_who_led_the_inspection_is_read_only_of_the_inspection():
    led = {
        "The inspection was led by Ofsted's Nigel Parkes.": "Nigel Parkes",
        "A team of five inspectors led by Emmy Tomsett carried out the short inspection.": (
            "Emmy Tomsett"
        ),
        "The visit, in October, was led by His Majesty's Inspector Amanda Maxwell.": (
            "Amanda Maxwell"
        ),
        "The inspection took place in May and was led by Nicola Bennett HMI.": "Nicola Bennett",
        "Inspectors praised the front door team, led by Jane Smith.": None,
        "The service, led by Director Jane Smith, was inspected.": None,
        # The lead, or the leader, as the subject.
        "The lead inspector was Anna Gravelle.": "Anna Gravelle",
        "Ofsted's Nicki Shaw led the team.": "Nicki Shaw",
        "Jo Park HMI led the visit.": "Jo Park",
        "Council leader Tom Smith led the team through a hard year.": None,
        "Council leader Tom Smith led the inspection response.": None,
        "Jo Park led the inspection in March.": "Jo Park",
        "The lead inspector was impressed by the front door.": None,
    }
    for text, name in led.items():
        assert parse_values(text).lead_inspector == name, text


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # The year opening the sentence dates its contrast clause, told in the past.
        (
            "In 2018, Surrey's adoption service was rated good, but help and protection was "
            "judged inadequate.",
            [[2018], [2018]],
        ),
        (
            "In 2018, Oxfordshire was rated good overall, although help and protection "
            "required improvement.",
            [[2018], [2018]],
        ),
        # Not a clause with a time of its own, nor one told of today.
        (
            "In 2018, Portsmouth was rated good in every area, but this time help and "
            "protection was judged outstanding.",
            [[2018], []],
        ),
        (
            "In 2018 Surrey was rated inadequate overall, but in January help and protection "
            "was judged to require improvement.",
            [[2018], []],
        ),
        (
            "In 2019 the council was rated inadequate, but help and protection is good.",
            [[2019], []],
        ),
    ],
)
def test_a_year_opening_the_sentence_dates_the_contrast_told_then(text, years):
    assert [g.years_near for g in parse_values(text, 2024).grades] == years


def test_a_grade_between_receiving_and_what_is_received_is_no_grade():
    said = "Care leavers told inspectors they received good support from their advisers."
    assert grades(said) == []
    beside_areas = "Inspectors said care leavers received good support, but other areas lagged."
    assert grades(beside_areas) == [("good", "care_leavers")]
    assert grades("Bury received outstanding for care leavers.") == [
        ("outstanding", "care_leavers")
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A part of the work heads the subject; the judgement is named inside it.
        ("The quality of direct work with disabled children in care requires improvement.", []),
        ("Planning for care leavers who misuse drugs and alcohol is inadequate.", []),
        ("Inspectors said that planning for care leavers who go missing is inadequate.", []),
        # Not the whole of a judgement's work.
        ("They said the contribution of the adoption service is good.", [("good", "adoption")]),
        # The judgement, or what it grades, heads the subject.
        ("Services for children in care are good.", [("good", "children_in_care")]),
        ("Help and protection is inadequate.", [("inadequate", "help_and_protection")]),
        ("Planning for care leavers was judged inadequate.", [("inadequate", "care_leavers")]),
    ],
)
def test_a_grade_word_said_of_a_part_the_judgement_is_named_in_is_no_grade(text, found):
    assert grades(text) == found


@pytest.mark.parametrize(
    ("text", "days", "weeks"),
    [
        # A duration written onto another noun measures that, not the visit.
        ("The five-day inspection came at the end of a 12-week recruitment drive.", 5, None),
        ("The 12-week programme ended before the inspection.", None, None),
        # Written onto the visit, or a span of it, it is the visit's.
        ("Ofsted's two-week inspection of Bury", None, 2),
        ("Inspectors were in Bury for a two-week period.", None, 2),
        # A time allowed to do something is a limit, not the visit's length (fresh17).
        ("The council now has 70 working days to send Ofsted a plan.", None, None),
        ("Councils get 20 days to respond to Ofsted's draft report.", None, None),
        ("Ofsted gave the council 70 working days to submit an action plan.", None, None),
        ("Inspectors had five days in Salford in November.", 5, None),
    ],
)
def test_a_duration_is_the_visits_only_when_it_measures_the_visit(text, days, weeks):
    values = parse_values(text)
    assert (values.duration_days, values.duration_weeks) == (days, weeks)


@pytest.mark.parametrize(
    "sentence",
    [
        "A 12-strong team of social workers supports care leavers, Ofsted found.",
        "Ofsted praised the eight-strong team of independent reviewing officers.",
        "Three inspectors from the Care Quality Commission joined the inspection.",
    ],
)
def test_a_team_of_others_is_not_the_inspection_team(sentence):
    """A team the words after it say is not inspectors, with Ofsted only framing the
    finding, and inspectors of another inspectorate: each was read as the inspection's
    team and contradicted against the printed one."""
    values = parse_values(sentence, None)
    assert values.team_total is None and values.team_hmi is None


def test_ofsteds_own_team_is_still_read():
    assert parse_values("A seven-strong team of Ofsted inspectors visited.", None).team_total == 7
    assert parse_values("A 10-strong team from Ofsted spent a week.", None).team_total == 10


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Every area apart from adoption was judged inadequate, and adoption services "
            "retained their requires improvement rating.",
            [("inadequate", None), ("requires_improvement", "adoption")],
        ),
        (
            "Every area apart from adoption and care leavers was judged inadequate.",
            [("inadequate", None)],
        ),
        (
            "Every area except adoption, which was judged good, requires improvement.",
            [("good", "adoption"), ("requires_improvement", None)],
        ),
        ("Adoption was judged inadequate.", [("inadequate", "adoption")]),
    ],
)
def test_a_judgement_named_as_an_exception_takes_no_grade_said_of_all(sentence, expected):
    """compare13: the grade said of every area but the one named is not that one's (was
    adoption's inadequate, contradicted against its earlier requires improvement); a
    relative clause of its own still grades it."""
    assert grades(sentence) == expected


def test_a_second_reported_clause_keeps_its_own_subjects_grade():
    """compare13: 'found that A ..., and that placement stability is good' gives the good
    to placement stability, not a judgement named in the first clause (was looked after
    children's good, contradicted by a 2013 report's inadequate)."""
    assert grades(
        "Inspectors found that the arrangements for keeping looked after children safe are "
        "adequate, and that placement stability is good."
    ) == [("good", None)]
    assert grades("Inspectors found that services for looked after children are good.") == [
        ("good", "looked_after_and_permanence")
    ]


@pytest.mark.parametrize(
    ("sentence", "cue", "years"),
    [
        (
            "Slough's children's services have finally shaken off their inadequate rating.",
            "earlier",
            [],
        ),
        ("The council lost its outstanding rating.", "earlier", []),
        ("The council sheds its 'inadequate' label.", "earlier", []),
        # a loss of something else leaves the grade today's
        ("The council, which lost its chief executive last year, was rated good.", None, []),
        ("2013: rated inadequate", None, [2013]),
        ("2015 – rated inadequate, with adoption requiring improvement", None, [2015]),
    ],
)
def test_a_grade_shed_or_listed_under_a_year_is_not_todays(sentence, cue, years):
    """news14: a news timeline's entry ('2013: rated inadequate': the colon ends the clause,
    so the year was not the grade's) and a grade shed ('have shaken off their inadequate
    rating') were read as today's grades and contradicted."""
    for g in parse_values(sentence, 2019).grades:
        assert (g.time_cue, g.years_near) == (cue, years), g


@pytest.mark.parametrize(
    ("sentence", "count", "of_total"),
    [
        ("Four of Medway's five judgements were rated inadequate.", 4, 5),
        ("Three of the council's four areas were judged good.", 3, 4),
        ("Four of the five judgements were rated inadequate.", 4, 5),
    ],
)
def test_a_possessive_total_is_the_total_not_the_count(sentence, count, of_total):
    """grades17: 'four of Medway's five judgements' was read as five of five."""
    read = parse_values(sentence).model_dump(include={"count", "of_total"})
    assert read == {"count": count, "of_total": of_total}


@pytest.mark.parametrize(
    "sentence",
    [
        "Services were rated at least good in three of the four areas.",
        "The council was judged good in three of the four areas inspected.",
    ],
)
def test_a_grade_range_or_a_share_of_areas_is_a_rating(sentence):
    """grades17: 'rated at least good in three of the four areas' stated no grade."""
    assert grades(sentence) == [("good", None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Inspectors found the quality of provision to be inadequate.", "quality_of_provision"),
        (
            "Outcomes for looked after children were judged inadequate.",
            "outcomes_for_looked_after_children",
        ),
        ("The capacity to improve was rated good.", "capacity_to_improve"),
    ],
)
def test_the_2013_judgements_are_named(sentence, expected):
    """grades17: the 2012-2013 inspections' judgements had no release words, so their
    grades were given to nothing named (or read as findings)."""
    assert [j for _, j in grades(sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Outcomes for looked after children were judged adequate.",
            "outcomes_for_looked_after_children",
        ),
        ("Inspectors judged the council's capacity to improve as adequate.", "capacity_to_improve"),
        (
            "Leadership and management was judged adequate by inspectors.",
            "leadership_management_governance",
        ),
        ("The council had adequate resources for its care leavers.", None),
    ],
)
def test_adequate_is_given_to_the_judgement_named(sentence, expected):
    """grades17: a 2013 'adequate' given to a named judgement was checked against the whole
    service, and a wrong one not flagged."""
    from verify.extract.values import adequate_given

    assert adequate_given(sentence) == expected


def test_capacity_to_improve_is_no_change():
    """grades17: the 2013 judgement's name was told as an improvement."""
    assert parse_values("Inspectors judged the capacity to improve as adequate.").direction is None
    assert parse_values("Services have improved since 2013.").direction == "improved"


def test_all_but_a_named_judgement_gives_it_none_of_the_grade():
    """grades17: 'All but care leavers were judged to require improvement' gave care
    leavers the grade of the rest."""
    assert grades("All but care leavers were judged to require improvement.") == [
        ("requires_improvement", None)
    ]


def test_a_grade_given_in_years_listed_together_is_their_earlier_grade():
    """'Previous inspections, in 2015 and 2018, also rated the council good': the grade
    past the listed years is theirs (was read as ending at 2018, so no grade at all)."""
    v = parse_values("Previous inspections, in 2015 and 2018, also rated the council good.")
    assert (v.previous_year, v.previous_grade) == (2015, "good")


def test_inspections_in_years_listed_are_earlier_ones():
    """'Inspections in 2014 and 2018 had also judged it good': several inspections, their
    grade an earlier one (was today's rating, said to be another body's)."""
    v = parse_values("Inspections in 2014 and 2018 had also judged Portsmouth good overall.")
    assert (v.previous_year, v.previous_grade, v.grades) == (2014, "good", [])


def test_todays_grade_after_a_fronted_earlier_one_is_read():
    """'Up from requires improvement in 2018, help and protection is now outstanding':
    today's grade follows the earlier one's words (was dropped, so a false 'outstanding'
    was supported by the move alone)."""
    v = parse_values(
        "Up from requires improvement in 2018, help and protection is now outstanding."
    )
    assert v.previous_grade == "requires_improvement"
    assert [(g.grade, g.judgement) for g in v.grades] == [("outstanding", "help_and_protection")]


def test_a_grade_been_since_a_year_is_a_grade_kept():
    """'Has been good since 2014': a grade given ('been'), kept since 2014 (was no grade
    and no direction, so no claim)."""
    v = parse_values("Help and protection has been good since 2014.")
    assert v.direction == "maintained"
    assert [(g.grade, g.years_near) for g in v.grades] == [("good", [2014])]


@pytest.mark.parametrize(
    "sentence",
    [
        "Social work practice is good.",
        "Inspectors found social work practice is now good.",
        "Social work practice in Dudley remains good, inspectors said.",
    ],
)
def test_a_grade_word_said_of_a_part_of_the_work_is_no_grade(sentence):
    """A grade word as the predicate of a subject that names no judgement and not the
    service as a whole is praise of that work, a finding: no grade of the service."""
    assert grades(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "judgement"),
    [
        ("Help and protection is now good.", "help_and_protection"),
        ("The council's services for care leavers are outstanding.", "care_leavers"),
        ("Children's services in Dudley remain good.", None),
        ("Dudley Council is now good.", None),
        ("It is now good.", None),
    ],
)
def test_a_grade_word_said_of_a_judgement_or_the_service_is_its_grade(sentence, judgement):
    """The same predicate of a judgement named, the service, the council or a pronoun
    standing for it is the grade, with no 'rated' or quotation needed."""
    assert [j for _, j in grades(sentence)] == [judgement]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("Early help was rated good by the inspectors.", [("good", "help_and_protection")]),
        ("Its front door was judged outstanding.", [("outstanding", "help_and_protection")]),
        (  # a part praised beside the whole service's grade leaves that grade alone
            "Ofsted rated the council good overall and praised its early help.",
            [("good", "overall_effectiveness")],
        ),
    ],
)
def test_a_part_of_a_judgement_takes_its_grade_as_that_judgement(sentence, want):
    """ratings18b: 'Early help was rated good' was the whole service's grade, and a planted
    good where help and protection requires improvement was supported by the overall
    grade; early help and the front door are judged within help and protection."""
    assert [(g.grade, g.judgement) for g in grade_mentions(sentence)] == want


@pytest.mark.parametrize(
    "sentence",
    [
        "Richmond was rated outstanding in all areas but two.",
        "Every area except one was judged good.",
        "All judgements bar one were good.",
    ],
)
def test_all_areas_but_a_number_is_a_share_less_that_number(sentence):
    """'all areas but two' is all of them less two, as 'all but two of the areas' is
    (ratings3: it was read as 'all', and the overall grade supported it)."""
    v = parse_values(sentence)
    assert v.quantifier and v.quantifier.lower().startswith(("all ", "every "))
    assert v.quantifier.lower() not in ("all", "every area") and v.count is None
    assert v.all_but == (2 if "two" in sentence else 1)


def test_a_grade_straight_before_the_boards_name_is_the_boards():
    """'an outstanding safeguarding children board' grades the board (faithful5: read as an
    adjective, so 'the only London borough with' one counted nothing)."""
    sentence = "Merton is the only London borough with an outstanding safeguarding children board."
    assert grades(sentence) == [("outstanding", "lscb")]
    assert grades("Merton has an outstanding LSCB.") == [("outstanding", "lscb")]


@pytest.mark.parametrize(
    ("headline", "grade"),
    [
        ("Westminster outstanding again, says Ofsted", "outstanding"),
        ("Ofsted: children's services in Hammersmith and Fulham outstanding", "outstanding"),
        ("Children's services still good – Ofsted", "good"),
        ("Good news: Ofsted praises Barnet's front door", None),
        ("Westminster outstanding again, says the council's leader", None),
    ],
)
def test_a_headlines_grade_ending_its_clause_is_a_rating(headline, grade):
    """history20: a headline giving the grade with its 'is rated' left out, Ofsted named,
    read no grade (no claim, or a finding no passage says); a grade before a noun, or with
    no inspectorate named, stays none."""
    got = [m.grade for m in grade_mentions(headline)]
    assert got == ([grade] if grade else [])


def test_a_grade_before_ofsted_rating_is_a_rating():
    """history20: 'its good Ofsted rating' read no grade."""
    assert [m.grade for m in grade_mentions("Barnet kept its good Ofsted rating.")] == ["good"]


def test_a_judgement_named_the_only_area_so_graded_keeps_its_grade_past_the_apposition():
    """shares18 (history20): 'Help and protection, the only area not rated outstanding, was
    judged good' gave its grade to no judgement, so the claim was not checkable; the
    outstanding is the other areas' (noticed23), given to no judgement named."""
    said = "Help and protection, the only area not rated outstanding, was judged good."
    got = [(m.grade, m.judgement) for m in grade_mentions(said)]
    assert got == [("outstanding", None), ("good", "help_and_protection")]


@pytest.mark.parametrize(
    ("said", "graded"),
    [
        ("The majority of the areas required improvement.", True),
        ("All areas require improvement.", True),
        ("Practice in some areas requires improvement.", False),
        ("The quality of plans requires improvement.", False),
    ],
)
def test_judged_areas_counted_as_the_subject_of_require_improvement_are_graded(said, graded):
    """ratings14 (history20): 'The majority of the areas required improvement' read no
    grade, so the share was a finding no passage says; a part's plain English ('practice
    in some areas') stays no grade."""
    got = [m.grade for m in grade_mentions(said)]
    assert got == (["requires_improvement"] if graded else [])


def test_the_only_area_to_require_improvement_is_that_areas_grade():
    """compare13 (history20): 'Help and protection was the only area to require
    improvement' read no grade, so the sentence was no claim."""
    said = "Help and protection was the only area to require improvement."
    got = [(m.grade, m.judgement) for m in grade_mentions(said)]
    assert got == [("requires_improvement", "help_and_protection")]


def test_a_span_of_days_opened_by_from_is_no_earlier_time():
    """'from 5 to 16 June' dates this visit: the grade after it is today's (compare22: read
    as an earlier inspection's, and contradicted by the last report's), while 'from' before
    a year or a grade still looks back."""
    said = (
        "The inspection, which took place from 5 to 16 June, found that the impact of "
        "leaders on social work practice is outstanding."
    )
    v = parse_values(said, 2023)
    assert [(g.grade, g.time_cue) for g in v.grades] == [("outstanding", None)]
    assert v.previous_grade is None
    back = parse_values("a turnaround from 2015, when Ofsted found services to be inadequate")
    assert back.previous_grade == "inadequate"


@pytest.mark.parametrize(
    ("sentence", "grade", "year"),
    [
        (
            "The latest grade is two grades higher than the inadequate rating Surrey "
            "received in 2018.",
            "inadequate",
            2018,
        ),
        ("Its rating is now lower than the good rating it was given in 2022.", "good", 2022),
    ],
)
def test_a_rating_a_grade_stands_above_or_below_is_the_earlier_grade(sentence, grade, year):
    """'two grades higher than the inadequate rating ... in 2018': that rating is 2018's,
    not today's (compare22: read as today's, and contradicted by today's table)."""
    v = parse_values(sentence)
    assert (v.previous_grade, v.previous_year, v.grades) == (grade, year, [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Leadership, which was rated requires improvement last time, is now outstanding.",
        "Southampton has now been judged good, having required improvement at its two "
        "previous inspections, in 2014 and 2019.",
    ],
)
def test_a_grade_followed_by_last_time_or_its_previous_inspections_is_of_the_past(sentence):
    """'rated requires improvement last time', 'required improvement at its two previous
    inspections': grades of earlier inspections (compare22: read as today's, and
    contradicted by today's table), beside today's said 'now'."""
    cues = [(g.grade, g.time_cue) for g in parse_values(sentence, 2023).grades]
    assert ("requires_improvement", "past") in cues
    assert all(cue == "now" for _, cue in cues if cue != "past"), cues


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        ("But leadership, which was rated good then, has slipped a grade.", ["past"]),
        ("Leadership was rated 'good' back then.", ["past"]),
        ("Help and protection was rated good then and is outstanding now.", ["past", None]),
        ("Leadership was judged good, then inspectors turned to help and protection.", [None]),
        ("Services were judged inadequate, then good.", [None, "earlier"]),
    ],
)
def test_a_grade_followed_by_then_closing_its_clause_is_of_the_past(sentence, cues):
    """'which was rated good then': 'then' closing the grade's clause points back to the
    earlier inspection the sentence before named (history24: read as today's grade, and
    contradicted by today's table); 'then' going on to what came next ('good, then
    inspectors ...', 'inadequate, then good') dates nothing."""
    assert [g.time_cue for g in parse_values(sentence, 2024).grades] == cues


def test_a_grade_a_headline_says_is_lost_is_no_longer_held():
    """ "Stockport children's services lose 'good' Ofsted rating": the good is the earlier
    inspection's, as after 'lost' or 'loses' (compare22: read as today's, misleading)."""
    v = parse_values("Stockport children's services lose 'good' Ofsted rating", 2025)
    assert [(g.grade, g.time_cue) for g in v.grades] == [("good", "earlier")]
