"""The words of a change between inspections: which way it went, and whether it is told
of the service as a whole (or one judged area) or of a part of its work."""

from __future__ import annotations

import pytest

from verify.words.changes import (
    OF_THE_RATING,
    change_of_the_service,
    direction_of,
    names_the_whole,
    run_ended,
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The council has gone backwards since 2019.", "declined"),
        ("It was a backward step for the service.", "declined"),
        ("Surrey's rating is the same as in 2015.", "maintained"),
        ("They have addressed most of the areas for improvement identified.", None),
        ("Help and protection is no better than it was in 2018.", "declined"),
        ("The council's services are now no worse than they were in 2016.", "maintained"),
        ("Services are not better than in 2016.", None),
    ],
)
def test_directions_told_in_other_words(sentence, expected):
    """'Gone backwards' declines, a rating 'the same as' an earlier one is kept; 'areas
    for improvement' names no change; 'no better than' is not improved (read as declined,
    so a rise contradicts it and a kept grade leaves it unsettled), 'no worse than' not
    declined (read as maintained, so a fall contradicts it)."""
    assert direction_of(sentence) == expected


def test_the_same_as_tells_a_rating_kept_not_a_measure():
    """Only a rating said to be the same is kept ('caseloads are the same as in 2018' is a
    measure, no grade's direction)."""
    assert OF_THE_RATING.search("Surrey's rating is the same as in 2015")
    assert direction_of("Caseloads are the same as in 2018.") is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Services for children in Southend have declined since the last inspection.", "declined"),
        (
            "Ofsted said the quality of services had improved since the previous inspection.",
            "improved",
        ),
        ("Inspectors found most areas had improved since 2015.", "improved"),
        ("Practice overall has improved significantly since the last inspection.", "improved"),
        ("Inspectors said the authority had improved since its last inspection.", "improved"),
        (
            "Most areas have deteriorated since the single inspection of services in 2015.",
            "declined",
        ),
        (
            "Services for children in Newcastle city council are of good quality and have "
            "improved since the last inspection in 2017.",
            "improved",
        ),
        (
            "The experiences of children, young people and families in North Northamptonshire "
            "have significantly improved since the previous inspection in 2022.",
            "improved",
        ),
        ("Services for looked after children have declined since 2011.", "declined"),
        # a part of the work, a measure: no change of the service
        ("The quality of personal education plans has improved since the last inspection.", None),
        ("Early help services have improved since 2019.", None),
        ("Practice for unborn babies has improved.", None),
        ("Since 2019, some aspects of services for children who need help have improved.", None),
        ("The number of care leavers in education has declined.", None),
    ],
)
def test_a_change_of_the_service_as_a_whole_or_an_area(sentence, expected):
    """A change told of the service (its services, practice overall, the council, most
    areas, the experiences of its children) or of a judged area is the grades' direction
    and the report's account of its change; a change of a part of the work or a measure
    is a finding."""
    assert change_of_the_service(sentence) == expected


def test_services_to_some_children_are_a_part():
    """'Services to children on the edge of care' are a part; 'services for children in
    Southend' the whole."""
    assert not names_the_whole("including services to children on the edge of care")
    assert names_the_whole("Services for children in Southend have declined")


def test_stayed_keeps_a_grade():
    """'Stayed good since 2022' tells a grade kept (was no direction, and no claim)."""
    from verify.words.changes import direction_of

    assert direction_of("Services have stayed good since 2022.") == "maintained"


def test_been_a_grade_since_a_year_keeps_it():
    """'Has been good since 2014' tells a grade kept (was no direction, and no claim);
    'been good at listening' is no grade."""
    from verify.words.changes import direction_of

    assert direction_of("Help and protection has been good since 2014.") == "maintained"
    assert direction_of("Staff have been good at listening since 2019.") is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "It is the first time the council has not been rated inadequate since 2015.",
            ("inadequate", 2015),
        ),
        (
            "It is the first time since 2016 that Lewisham has not been judged requires "
            "improvement.",
            ("requires improvement", 2016),
        ),
        (
            "For the first time since 2016, Bury has not been rated inadequate.",
            ("inadequate", 2016),
        ),
        ("It is the first time since 2016 that it was rated good.", None),
    ],
)
def test_a_run_of_one_grade_said_to_end_now(sentence, expected):
    """'The first time ... not been rated X since Y', the year before or after the grade
    (compare18: read as no grade, a finding no passage says); a grade given, not denied,
    ends no run."""
    assert run_ended(sentence) == expected


def test_the_direction_of_a_sentence_is_read_once():
    """The finding check asks the direction of the same report sentences and clauses
    claim after claim (``finding._other_direction``, ``_opposite_change``): remembered."""
    from verify.words.changes import direction_of

    direction_of.cache_clear()
    sentence = "The quality of practice has improved since the last inspection."
    assert direction_of(sentence) == direction_of(sentence) == "improved"
    assert direction_of.cache_info().hits == 1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("That is the same overall grade as at the last full inspection in 2019.", "maintained"),
        ("It received the same overall rating as in 2017.", "maintained"),
        ("The service kept the same grade as in 2019.", "maintained"),
        ("Overall, the same families were seen as in 2019.", None),
    ],
)
def test_the_same_overall_grade_is_the_grade_kept(sentence, expected):
    """'The same overall grade as at the last inspection' keeps the overall grade, as 'the
    same grade' does (history24: was no change, so a finding no passage says); 'the same'
    said of anything else tells no grade's direction."""
    assert direction_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("The last full inspection, in 2018, had judged the service good overall.", 2018),
        ("At its previous inspection in March 2019, the council was rated good.", 2019),
        ("Services have improved since the last inspection in 2017.", 2017),
        ("Its most recent inspection (in late 2016) found services inadequate.", 2016),
        ("At its last inspection in mid-2019, services were rated good.", 2019),
        ("At its previous inspection in early March 2019, services were good.", 2019),
        ("Ofsted last inspected the council in 2018.", 2018),
        ("The last two inspections, in 2014 and 2018, found services inadequate.", None),
        ("The inspection before last, in 2014, found services inadequate.", None),
        ("Services were rated inadequate in 2014 and at the last inspection.", None),
    ],
)
def test_the_year_given_to_the_last_inspection(sentence, year):
    """The year written beside 'the last inspection' (in apposition, after 'in', or as
    when it was 'last inspected') is that inspection's; one beside 'the last two
    inspections' or 'the inspection before last', or apart from it, is not."""
    from verify.words.changes import last_inspection_year

    assert last_inspection_year(sentence) == year
