"""An inspection to come ('its latest inspection, due in May', 'its next inspection, which
is due to take place in 2027'): its month and year are that visit's, and a grade hoped for
at it is an aim, never this inspection's grade (session 23's derived sets: 'due in May' was
read as the month of the inspection reported and contradicted, and a year to come made the
report look like another inspection's, so every claim's support was withheld)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from check_helpers import make_release, make_report

from verify.check import check_claims
from verify.check.mismatch import warnings_for
from verify.extract import extract_claims
from verify.extract.values import bare_months
from verify.types import FLAGS


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        ("The council wants an outstanding rating at its latest inspection, due in May.", []),
        ("It hopes for outstanding at the next inspection, expected in June.", []),
        ("The next inspection is scheduled for June.", []),
        ("The inspection, which is due to take place in May, will look at leadership.", []),
        ("The next inspection, in May, will look at leadership.", []),
        ("The next inspection is expected in mid-June.", []),
        ("The next inspection is expected in late May.", []),
        # the visit reported: its month stays
        ("Inspectors visited in March, and the report is due in May.", [3]),
        ("The inspection in March was delayed, due to staff illness, until April.", [3, 4]),
        ("A four-week inspection in February found services good.", [2]),
    ],
)
def test_a_month_said_of_a_visit_to_come_is_not_the_visits(sentence, months):
    assert bare_months(sentence) == months


@pytest.mark.parametrize(
    "said",
    [
        "The council, rated good, wants to reach an outstanding rating at its latest "
        "inspection, due in May.",
        "The council is rated good and is confident of an outstanding rating at its next "
        "inspection, due in May.",
        "An outstanding rating at its next inspection, due in May, is the goal.",
    ],
)
def test_a_grade_aimed_at_an_inspection_to_come_is_not_flagged(settings, said):
    """The report (March 2024, good overall) is not contradicted by a month or a grade
    said of the inspection to come."""
    settings = replace(settings, provisional_flags=True)
    release = make_release(said)
    got = check_claims(release, extract_claims(release), [make_report()], [], settings, None)
    assert all(c.verdict not in FLAGS for c in got.claims), [
        (c.verdict, c.explanation) for c in got.claims
    ]


@pytest.mark.parametrize(
    "said",
    [
        "Ashbury was rated good. It wants to be rated outstanding at its next "
        "inspection, which is due to take place in 2027.",
        "Ashbury was rated good. Its next inspection is expected in 2027.",
    ],
)
def test_a_year_of_an_inspection_to_come_is_no_sign_of_another_report(said):
    assert warnings_for(make_release(said), make_report(), []) == []


def test_a_year_of_the_inspection_reported_still_dates_it():
    """A year the release gives its own inspection, years from the report's, still warns."""
    said = "Ashbury was inspected in March 2019 and rated good."
    assert warnings_for(make_release(said), make_report(), [])


@pytest.mark.parametrize(
    "said",
    [
        "The council is confident of a good rating at its next inspection, due in May.",
        "Leaders are sure of a good grade at the inspection, which is due to take place in 2027.",
        "Help and protection is on course for outstanding at its upcoming inspection.",
        "Care leavers' services are set for a good rating at its next full inspection.",
    ],
)
def test_a_grade_at_an_inspection_to_come_is_an_aim_not_a_grade_given(settings, said):
    """No word of aiming before it, the grade is still of a visit not yet held: neither
    supported nor flagged by today's table (was read as today's grade: 'good' supported)."""
    release = make_release(said)
    got = check_claims(release, extract_claims(release), [make_report()], [], settings, None)
    graded = [c for c in got.claims if c.kind == "rating"]
    assert all(c.verdict == "not_checkable" for c in got.claims), [
        (c.kind, c.verdict, c.explanation) for c in got.claims
    ]
    assert all("to come" in c.explanation for c in graded), [c.explanation for c in graded]


@pytest.mark.parametrize(
    ("said", "want"),
    [
        ("The council was rated good at its latest inspection.", "supported"),
        ("Ashbury was judged good at the inspection, which took place in March.", "supported"),
        (
            "Help and protection requires improvement, inspectors said at the inspection.",
            "supported",
        ),
    ],
)
def test_a_grade_at_the_inspection_held_is_still_checked(settings, said, want):
    release = make_release(said)
    got = check_claims(release, extract_claims(release), [make_report()], [], settings, None)
    assert [c.verdict for c in got.claims if c.kind == "rating"] == [want]
