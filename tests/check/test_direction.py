"""The direction between two judgement tables, across frameworks that name areas otherwise."""

from __future__ import annotations

from check_helpers import make_report

from verify.check.comparison import direction_between


def test_each_area_is_compared_with_its_equivalent_in_the_earlier_framework():
    """ILACS 2018 judged care leavers within children in care, and SIF graded leadership,
    management and governance where ILACS grades the impact of leaders."""
    now = make_report(
        table=[
            ("impact_of_leaders", "good", "The impact of leaders"),
            ("care_leavers", "requires_improvement", "Care leavers"),
            ("overall_effectiveness", "good", "Overall effectiveness"),
        ]
    )
    earlier = make_report(
        framework="sif",
        sha="c" * 64,
        table=[
            ("leadership_management_governance", "requires_improvement", "Leadership"),
            ("children_in_care", "good", "Children in care"),
            ("overall_effectiveness", "good", "Overall effectiveness"),
        ],
    )
    direction, why = direction_between(now, earlier)
    assert direction == "maintained"
    assert "impact of leaders requires improvement to good" in why
    assert "care leavers good to requires improvement" in why
