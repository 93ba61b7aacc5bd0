"""A contradiction that another reading of the sentence makes true is held back
(``verify.check.readings``), and one that every reading bears out stays a flag; with the
two readings of drift25's held-out half that set them off: a grader named by a pronoun
('the areas they graded') and a relative clause giving an area's earlier grade."""

from __future__ import annotations

from datetime import date

import pytest
from check_helpers import check_text, claim_over, make_report

NOW = [
    ("overall_effectiveness", "good", "Overall effectiveness"),
    ("impact_of_leaders", "good", "Leaders"),
    ("help_and_protection", "requires_improvement", "Help and protection"),
    ("children_in_care", "good", "Children in care"),
]


def _sif(help_and_protection: str, looked_after: str, overall: str = "good"):
    """Ashbury's SIF report of an autumn 2017 inspection."""
    return make_report(
        table=[
            ("overall_effectiveness", overall, "Overall effectiveness"),
            ("help_and_protection", help_and_protection, "Children who need help and protection"),
            ("looked_after_and_permanence", looked_after, "Children looked after"),
            ("leadership_management_governance", "good", "Leadership"),
        ],
        framework="sif",
        sha="e" * 64,
        published=date(2017, 11, 24),
        inspection_start=date(2017, 10, 2),
        inspection_end=date(2017, 10, 26),
    )


def _checked(text: str, previous: list, settings):
    return check_text(text, make_report(table=NOW), previous, settings)


@pytest.mark.parametrize(
    ("then", "flagged"), [("good", False), ("inadequate", True)], ids=["true then", "wrong then"]
)
def test_a_grade_said_at_that_time_is_read_as_the_time_the_sentence_before_names(
    settings, then, flagged
):
    """'At that time' points back to the last inspection the sentence before names: its
    grades, true of that report and not of today's, are no contradiction but that report's
    (session 31: the words settle which inspection, so the claim is supported as of it, no
    longer held back as one of two readings); a grade true of neither stays one."""
    text = (
        "Ofsted's last full inspection of Ashbury, in autumn 2017, also found services good "
        "overall. At that time help and protection was rated good."
    )
    got = claim_over(_checked(text, [_sif(then, "requires_improvement")], settings), "At that time")
    assert (got.verdict == "contradicted") is flagged, got.explanation
    if not flagged:
        assert got.verdict == "supported" and "2017" in got.explanation, got.explanation
        assert "points back" in got.explanation


def test_the_last_inspection_dated_by_a_season_is_read_against_that_inspection(settings):
    """'The last full inspection, in autumn 2017, ...' dates the earlier visit, not today's:
    its season is no contradiction of today's dates when the earlier report's bear it out."""
    text = (
        "Ofsted's last full inspection of Ashbury, in autumn 2017, also found services good "
        "overall."
    )
    got = claim_over(
        _checked(text, [_sif("good", "requires_improvement")], settings), "autumn 2017"
    )
    assert got.verdict != "contradicted", got.explanation


@pytest.mark.provisional
def test_a_wrong_earlier_grade_dated_to_its_year_stays_flagged(settings):
    """A grade given to a year is read against that year's report alone, even when today's
    report holds it: the reading is the sentence's own, not a choice (no other reading
    withdraws the flag; since session 28 a provisional one, ``against_report.EARLIER_READ``)."""
    text = "In 2017, help and protection was rated inadequate by Ofsted."
    previous = [_sif("requires_improvement", "good")]
    report = make_report(
        table=[("overall_effectiveness", "inadequate", "Overall effectiveness")]
        + [("help_and_protection", "inadequate", "Help and protection")]
    )
    got = claim_over(check_text(text, report, previous, settings), "inadequate")
    assert got.verdict == "contradicted"


@pytest.mark.parametrize(
    ("counted", "expected"), [("three", "supported"), ("four", "contradicted")]
)
def test_areas_they_graded_are_counted_at_the_grade_of_their_own_clause(
    settings, counted, expected
):
    """'three of the five areas they graded were found to be good': 'they' are the
    inspectors named before, not another grader, so the count is of good, not of the
    overall grade said before it."""
    text = (
        "Inspectors rated the council's children's services as 'requires improvement to be "
        f"good' overall, but {counted} of the five areas they graded were found to be good."
    )
    report = make_report(
        table=[
            ("overall_effectiveness", "requires_improvement", "Overall effectiveness"),
            ("help_and_protection", "requires_improvement", "Help and protection"),
            ("looked_after_and_permanence", "good", "Children looked after"),
            ("adoption", "good", "Adoption"),
            ("care_leavers", "good", "Care leavers"),
            ("leadership_management_governance", "requires_improvement", "Leadership"),
        ],
        framework="sif",
    )
    assert claim_over(check_text(text, report, [], settings), "five areas").verdict == expected


@pytest.mark.provisional
@pytest.mark.parametrize(
    ("then", "expected"), [("requires_improvement", "supported"), ("good", "contradicted")]
)
def test_an_earlier_grade_in_a_relative_clause_is_the_area_it_stands_for(settings, then, expected):
    """'..., and services for children in care, which were judged to require improvement at
    that time, have moved up a grade': the earlier grade is children in care's, not the
    service's overall (which was good, and retained). Wrong of children in care, the flag
    stands on that clause, the retained rating supported on its own (session 32)."""
    text = (
        "The council has retained the overall ‘good’ rating it received at its last full "
        "inspection in 2017, and services for children in care, which were judged to require "
        "improvement at that time, have moved up a grade."
    )
    got = claim_over(_checked(text, [_sif("good", then)], settings), "moved up a grade")
    assert got.verdict == expected, got.explanation
