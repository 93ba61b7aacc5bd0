"""Grades listed area by area, as press officers write them: each grade goes to the areas
it names, never across another grade word, and a grade's time is read from its own
clause ('this time' or 'three years ago' near another grade is not its own)."""

from __future__ import annotations

import pytest

from verify.extract.values import grade_mentions, parse_values


def bound(sentence: str) -> dict[str | None, str]:
    """Each judgement the sentence names -> the grade it is given (None: no judgement)."""
    return {g.judgement: g.grade for g in grade_mentions(sentence)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Inspectors graded the council good for its work with care leavers and requires "
            "improvement for the impact of leaders, for children who need help and protection "
            "and for children in care.",
            {
                "care_leavers": "good",
                "impact_of_leaders": "requires_improvement",
                "help_and_protection": "requires_improvement",
                "children_in_care": "requires_improvement",
            },
        ),
        (
            "Inspectors judged the service outstanding for the impact of leaders and for "
            "children in care, and good for children who need help and protection.",
            {
                "impact_of_leaders": "outstanding",
                "children_in_care": "outstanding",
                "help_and_protection": "good",
            },
        ),
        (
            "It was judged good for help and protection and requires improvement for children "
            "in care.",
            {"help_and_protection": "good", "children_in_care": "requires_improvement"},
        ),
    ],
)
def test_each_area_gets_the_grade_listed_for_it(sentence, expected):
    got = bound(sentence)
    assert {k: v for k, v in got.items() if k is not None} == expected


def test_a_grade_is_not_given_across_another_grade_word():
    """'care leavers good and everything else requires improvement': care leavers are not
    given the grade after the 'good' (a 'good' unread as a rating is no licence to skip
    it)."""
    got = bound("The inspectors rated care leavers good and everything else requires improvement.")
    assert got.get("care_leavers") != "requires_improvement"


def test_a_change_of_grade_still_gives_the_area_the_grade_it_reached():
    assert bound("Children in care services declined from good to requires improvement.") == {
        "children_in_care": "requires_improvement"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Ofsted rated Surrey's services good in every area.",
        "Inspectors graded the council good.",
        "The council was good across the board.",
        "Inspectors rated help and protection good.",
        "Good-rated Westminster was praised by inspectors.",
        "Southampton, a good-rated authority, was inspected in November.",
    ],
)
def test_good_after_a_rating_verb_and_its_object_is_a_grade(sentence):
    assert [g.grade for g in grade_mentions(sentence)] == ["good"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Inspectors rated the quality of visits good.",
        "Judgements aside, the new hub proved good for children in care.",
        "This is good news for the children and families of Westminster.",
        "It is good news that inspectors recognised the improvements, and a good day for us.",
        "The report is a fitting reward for our outstanding staff.",
    ],
)
def test_good_said_of_something_else_is_no_grade(sentence):
    assert grade_mentions(sentence) == []


def test_a_grade_is_not_given_across_though():
    """'good across the board for its own services, though the board requires improvement':
    the board is given the grade after 'though', not the one before it."""
    got = bound(
        "Inspectors rated the county good across the board for its own services, though the "
        "separate safeguarding children board was told it requires improvement."
    )
    assert got.get("lscb") == "requires_improvement"


def test_a_now_word_in_another_clause_does_not_date_a_grade_to_today():
    v = parse_values(
        "Only care leavers got a good grade this time, compared with good across the board in 2022."
    )
    dated = [g for g in v.grades if g.years_near == [2022]]
    assert dated and dated[0].time_cue != "now"


def test_years_ago_puts_a_grade_in_the_past_without_a_dateline():
    [g] = parse_values("Three years ago inspectors rated the service good in every area.").grades
    assert g.time_cue == "earlier"


@pytest.mark.parametrize(
    "sentence",
    [
        "When Ofsted last carried out a full inspection, in March 2022, services were judged "
        "to be good overall.",
        "At Ofsted's last full visit in March 2022, children's services were rated good.",
        "The last time inspectors visited, in 2022, the council's children's services were "
        "rated good overall.",
    ],
)
def test_a_fronted_time_clause_dates_the_grade_after_it(sentence):
    """The grade is the 2022 inspection's, whether read as a grade said before today's or
    as the earlier inspection's grade ('last full visit in March 2022')."""
    v = parse_values(sentence)
    if v.previous_grade is not None:
        assert (v.previous_grade, v.previous_year) == ("good", 2022)
        assert all(g.time_cue == "earlier" for g in v.grades)
    else:
        [g] = v.grades
        assert g.time_cue == "earlier" and g.years_near == [2022]


def test_a_fronted_previous_administration_makes_the_grade_earlier():
    """grades10: 'Under the previous administration, ...' dates the grade after it to the
    council before (was today's, and misleading against a good report); 'Under the new
    director, ...' leaves it today's."""
    v = parse_values(
        "Under the previous administration, Cumbria County Council, services for children "
        "were judged to require improvement."
    )
    assert [g.time_cue for g in v.grades] == ["earlier"]
    [g] = parse_values("Under the new director, services for children were judged good.").grades
    assert g.time_cue is None


def test_a_fronted_time_clause_of_this_inspection_leaves_the_grade_today():
    [g] = parse_values("At this inspection, in May 2025, services were rated good overall.").grades
    assert g.time_cue is None and g.years_near == [2025]


def test_years_ago_after_a_grade_is_counted_back_from_the_release_year():
    [g, _] = parse_values(
        "Its services, rated outstanding overall three years ago, now require improvement.",
        year_hint=2025,
    ).grades
    assert g.time_cue == "past" and g.years_near == [2022]


@pytest.mark.parametrize(
    ("sentence", "given"),
    [
        (
            "Its services were rated as requires improvement, two grades below outstanding.",
            ["requires_improvement"],
        ),
        ("The council was rated good rather than outstanding.", ["good"]),
        (
            "Only help and protection fell short of the top grade, where Merton was judged good.",
            ["good"],
        ),
        (
            "It was judged to require improvement across the board, with no area rated good "
            "or inadequate.",
            ["requires_improvement"],
        ),
        (
            "Leadership has not been judged inadequate, but requires improvement.",
            ["requires_improvement"],
        ),
    ],
)
def test_a_grade_denied_or_named_as_a_point_of_the_scale_is_not_given(sentence, given):
    assert [g.grade for g in grade_mentions(sentence)] == given


@pytest.mark.parametrize(
    ("sentence", "count", "of_total"),
    [
        ("Two of three judgements were good.", 2, 3),
        ("The inspectors found that one in four areas was good.", 1, 4),
        ("Two of its three areas were outstanding.", 2, 3),
        ("Three out of four areas require improvement.", 3, 4),
    ],
)
def test_a_share_of_areas_counts_the_part_not_the_whole(sentence, count, of_total):
    v = parse_values(sentence)
    assert (v.count, v.of_total) == (count, of_total)


def test_a_grade_after_another_judgement_named_on_its_own_is_that_ones():
    """'Council leaders were told help and protection was good': the grade is help and
    protection's; leaders listed with another area ('children in care, plus care leavers,
    graded outstanding') still share it."""
    got = bound("Council leaders were told help and protection was good.")
    assert got.get("help_and_protection") == "good" and "impact_of_leaders" not in got
    listed = bound("Help and protection and children in care were both judged good.")
    assert listed.get("help_and_protection") == listed.get("children_in_care") == "good"


@pytest.mark.parametrize(
    ("sentence", "then", "now"),
    [
        (
            "Adoption services, which were judged good in 2011, now require improvement.",
            "good",
            "requires_improvement",
        ),
        (
            "Leadership and management, which was inadequate in 2015, now requires improvement.",
            "inadequate",
            "requires_improvement",
        ),
    ],
)
def test_a_judgement_past_its_own_aside_takes_the_main_clauses_grade(sentence, then, now):
    """grades10: the judgement named as subject is given the aside's grade (its past) and
    the main clause's (today's); the second was the whole service's, or none at all."""
    grades = {(g.grade, g.judgement) for g in parse_values(sentence).grades}
    judgement = next(j for _, j in grades)
    assert grades == {(then, judgement), (now, judgement)}


@pytest.mark.parametrize(
    ("sentence", "grade"),
    [
        ("Help and protection was also good in 2017.", "good"),
        ("Leadership and management has improved to good.", "good"),
        ("Help and protection has slipped back to requires improvement.", "requires_improvement"),
    ],
)
def test_a_grade_after_also_or_a_change_reaching_it_is_a_rating(sentence, grade):
    """grades10: 'was also good', 'has improved to good' give the grade (was none)."""
    assert [g.grade for g in parse_values(sentence).grades] == [grade]


def test_a_grade_of_what_someone_does_well_is_no_rating():
    """grades10: 'good at recruiting' tells an ability, not the service's grade."""
    assert parse_values("The council is also good at recruiting foster carers.").grades == []


@pytest.mark.parametrize(
    ("sentence", "given"),
    [
        ("Three of the four areas were good or outstanding.", ["good", "outstanding"]),
        ("It was good or outstanding in three of the four areas.", ["good", "outstanding"]),
        ("Care leavers get good or outstanding support.", []),
    ],
)
def test_a_grade_listed_after_a_rating_is_a_rating_too(sentence, given):
    """ratings14: the 'outstanding' of 'were good or outstanding' was dropped, and three of
    four areas were counted as good alone (a false flag); an adjective stays none."""
    assert [g.grade for g in grade_mentions(sentence)] == given


@pytest.mark.parametrize(
    ("sentence", "given"),
    [
        (
            "Judgements are graded outstanding, good, requires improvement to be good, or "
            "inadequate.",
            [],
        ),
        (
            "Ofsted's single inspection framework (SIF) grades services as outstanding, good, "
            "requires improvement to be good or inadequate.",
            [],
        ),
        (
            "Ofsted's single inspection framework judges children's services on a four-point "
            "scale: outstanding, good, requires improvement and inadequate.",
            [],
        ),
        (
            "The council was rated good, with care leavers outstanding, help and protection "
            "requiring improvement and children in care inadequate.",
            ["good", "outstanding", "requires_improvement", "inadequate"],
        ),
    ],
)
def test_a_list_naming_the_whole_scale_gives_no_grade(sentence, given):
    """A notes-to-editors line listing Ofsted's four grades names the scale (fresh15: three
    of ten ordinary releases were flagged contradicted for it); four grades each given to
    its own area, in separate clauses, are still given."""
    assert [g.grade for g in grade_mentions(sentence)] == given


@pytest.mark.parametrize(
    "sentence",
    [
        "Ofsted's judgements range from outstanding to inadequate.",
        "Councils are graded on a four-point scale from outstanding to inadequate.",
        "Ofsted rates councils on a four-point scale: outstanding (grade 1), good (grade 2), "
        "requires improvement to be good (grade 3) and inadequate (grade 4).",
    ],
)
def test_grades_after_words_naming_the_scale_are_its_points(sentence):
    """'range from outstanding to inadequate' names the scale's ends, no change of grade
    (fresh15 probe: each of these lines was flagged contradicted)."""
    v = parse_values(sentence)
    assert v.grades == [] and v.previous_grade is None


def test_a_grade_before_the_scale_is_named_is_still_given():
    """'the scale of' in its other sense, or a scale named after the grade, takes nothing
    from a grade given before it."""
    v = parse_values("Given the scale of the problems, services were rated inadequate.")
    assert [g.grade for g in v.grades] == ["inadequate"]
    v = parse_values("Barnet was rated good, the second grade on a scale from outstanding down.")
    assert [g.grade for g in v.grades] == ["good"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The regulator's verdict on the impact of leaders on social work practice with "
            "children and families: outstanding.",
            {"impact_of_leaders": "outstanding"},
        ),
        (
            "The verdict for the experiences and progress of children in care: good.",
            {"children_in_care": "good"},
        ),
        ("Help and protection: good.", {"help_and_protection": "good"}),
    ],
)
def test_a_colon_gives_the_grade_after_it(sentence, expected):
    """A verdict or a judgement named before a colon takes the grade that ends the clause
    after it, as 'was rated' would give it (ratings21: no grade was read, so the rating was
    a fact or a finding left not_checkable)."""
    assert bound(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The verdict: good progress for care leavers, but more to do.",
        "Good news: Ofsted praises the council's work with care leavers.",
    ],
)
def test_a_grade_word_before_a_noun_after_a_colon_is_no_grade(sentence):
    """After a colon a grade word still describes the noun it stands before."""
    assert grade_mentions(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Inspectors rated the impact of leaders, help and protection and the "
            "experiences of care leavers all good.",
            {"impact_of_leaders": "good", "help_and_protection": "good", "care_leavers": "good"},
        ),
        (
            "Inspectors rated help and protection and children in care both good.",
            {"help_and_protection": "good", "children_in_care": "good"},
        ),
        ("Inspectors rated the experiences of care leavers good.", {"care_leavers": "good"}),
    ],
)
def test_titles_listed_as_one_verbs_object_share_its_good(sentence, expected):
    """'good' after a rating verb whose object is a list of judgements' titles, 'all' or
    'both' after them, or a title shortened ('the experiences of care leavers'), is their
    grade, not an adjective (ratings21: read as a finding no passage says)."""
    assert bound(sentence) == expected


def test_a_grade_before_verdict_is_a_rating():
    """'Outstanding verdict for Redbridge children's services': a headline's grade given as
    a verdict (ratings21: the headline was no claim)."""
    v = parse_values("Outstanding verdict for Redbridge children's services")
    assert [g.grade for g in v.grades] == ["outstanding"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Adoption and care leavers, though, were found to be good.",
        "Adoption and care leavers, however, were rated good.",
    ],
)
def test_a_contrast_set_off_by_commas_keeps_the_subjects_grade(sentence):
    """', though,' sets the sentence against the one before, not its areas against their
    grade (faithful5: the grade went to no area)."""
    assert bound(sentence) == {"adoption": "good", "care_leavers": "good"}


def test_a_colon_lists_the_areas_a_grade_counts():
    """'the one area judged to require improvement: help and protection' (ratings18); a
    grade of the whole before a colon gives nothing to a sentence after it."""
    said = (
        "The front door sits within the one area judged to require improvement: help and "
        "protection."
    )
    assert bound(said) == {"help_and_protection": "requires_improvement"}
    assert bound("Services were rated good: help and protection has improved.") == {None: "good"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Outstanding leadership as Sutton's children's services are rated good",
        "‘Outstanding’ leadership as the council's services are judged good by Ofsted",
    ],
)
def test_a_judgement_named_with_its_own_grade_adjective_takes_no_later_grade(sentence):
    """A headline's 'Outstanding leadership as ... services are rated good': the grade
    after the name is the services', not leadership's (session 22, quotes22: contradicted,
    leaders being outstanding)."""
    assert bound(sentence).get("impact_of_leaders") in {None, "outstanding"}
    assert bound(sentence).get(None) == "good"
