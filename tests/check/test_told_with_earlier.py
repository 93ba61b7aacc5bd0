"""A change the report itself tells, of a part of the work, when the earlier report is
known too (accounts23: 'Significant improvements have been made in the use of the
pre-proceedings stage since the last inspection', Ofsted's own sentence, was left
not_checkable because the overall grades held, though the report says it in so many
words): the grades held settle nothing about a part, and the report's own look back
supports it, as it does when no earlier report is known."""

from __future__ import annotations

from datetime import date

from check_helpers import make_release, make_report

from verify.check import check_claims
from verify.extract import extract_claims
from verify.types import FLAGS

GOOD = [
    ("impact_of_leaders", "good", "The impact of leaders"),
    ("help_and_protection", "good", "Help and protection"),
    ("children_in_care", "good", "Children in care"),
    ("care_leavers", "good", "Care leavers"),
    ("overall_effectiveness", "good", "Overall effectiveness"),
]
OUTSTANDING = [(name, "outstanding", printed) for name, _, printed in GOOD]
TOLD = (
    "1. Significant improvements have been made in the use of the pre-proceedings stage "
    "since the last inspection.\n"
    "2. Social workers know their children well and visit them often."
)


def _verdict(said: str, settings) -> str:
    now = make_report(text=TOLD, table=GOOD)
    earlier = make_report(
        text="1. Children are seen regularly.",
        table=GOOD,
        sha="e" * 64,
        inspection_start=date(2021, 3, 1),
        inspection_end=date(2021, 3, 12),
        published=date(2021, 5, 1),
    )
    release = make_release(said)
    claims = extract_claims(release)
    result = check_claims(release, claims, [now], [earlier], settings, None)
    return result.claims[0].verdict


def test_a_part_the_report_tells_improved_is_supported_beside_grades_held(settings):
    said = (
        "Significant improvements have been made in the use of the pre-proceedings stage "
        "since the last inspection."
    )
    assert _verdict(said, settings) == "supported"


def test_a_part_the_report_does_not_tell_improved_is_not_supported(settings):
    said = "Significant improvements have been made in early help since the last inspection."
    assert _verdict(said, settings) != "supported"


def test_an_all_of_the_change_does_not_grade_the_earlier_inspection(settings):
    """'When services overall were judged to be outstanding, ... further improvements in
    all areas' (Derby 2025's own words): the 'all' is the improvements', the earlier grade
    the whole's, so an area graded good then does not contradict it."""
    earlier_table = [
        (n, "good" if n == "children_in_care" else "outstanding", p) for n, _, p in GOOD
    ]
    now = make_report(text="1. Children are seen regularly.", table=OUTSTANDING)
    earlier = make_report(
        text="1. Children are seen often.",
        table=earlier_table,
        sha="e" * 64,
        inspection_start=date(2021, 3, 1),
        inspection_end=date(2021, 3, 12),
        published=date(2021, 5, 1),
    )
    said = (
        "Since its last inspection, when services overall were judged to be outstanding, "
        "leaders have achieved further improvements in all areas."
    )
    release = make_release(said)
    result = check_claims(release, extract_claims(release), [now], [earlier], settings, None)
    assert result.claims[0].verdict not in FLAGS
    said = "At its last inspection services were judged to be outstanding in all areas."
    release = make_release(said)
    result = check_claims(release, extract_claims(release), [now], [earlier], settings, None)
    assert result.claims[0].verdict == "contradicted"
