"""Comparisons told loosely, on invented reports whose own account of the earlier
inspection is the only history: a change told from a focused visit, a service-wide change
against an account that grades children in care only, and a change denied, are never
contradicted by the grades."""

from __future__ import annotations

import pytest
from check_helpers import make_account_report, make_release, make_report

from verify.check import check_claims
from verify.extract import extract_claims
from verify.types import PreviousInspection

WHOLE = (
    "Since the last inspection in 2019, when children's services were judged to be "
    "inadequate overall, leaders have made progress."
)
IN_CARE = (
    "Services for children in care have deteriorated since the previous inspection in "
    "2019, when they were judged to be outstanding."
)
TABLE = [
    ("impact_of_leaders", "good", "The impact of leaders"),
    ("help_and_protection", "good", "Help and protection"),
    ("children_in_care", "good", "Children in care"),
    ("overall_effectiveness", "good", "Overall effectiveness"),
]


def _checked(account: str, grade: str, text: str, settings) -> str:
    report = make_report(
        text=account,
        table=TABLE,
        previous=[
            PreviousInspection(
                text=account, year=2019, kind="inspection", grade=grade, start=0, end=len(account)
            )
        ],
    )
    release = make_release(text)
    claims = extract_claims(release)
    return check_claims(release, claims, [report], [], settings, None).claims[0].verdict


@pytest.mark.provisional
def test_a_change_since_a_focused_visit_is_not_settled_by_the_inspections_grades(settings):
    """Outstanding in 2019, good now: 'declined'; an improvement since a focused visit is
    another comparison, which the grades cannot settle."""
    whole = WHOLE.replace("inadequate", "outstanding")
    said = "Services have improved since the focused visit in 2022."
    assert _checked(whole, "outstanding", said, settings) == "not_checkable"
    said = "Services have improved since the last inspection."
    assert _checked(whole, "outstanding", said, settings) == "contradicted"


@pytest.mark.provisional
def test_an_account_of_children_in_care_does_not_grade_the_service(settings):
    """Outstanding in 2019 is children in care's grade: the service's 'improved' is not
    contradicted by it; children in care's 'improved' still is."""
    said = "Services have improved since the last inspection."
    assert _checked(IN_CARE, "outstanding", said, settings) != "contradicted"
    said = "Services for children in care have improved since the last inspection."
    assert _checked(IN_CARE, "outstanding", said, settings) == "contradicted"


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        ("The service has not improved enough since the previous inspection.", None),
        ("The service hasn't yet improved since 2019.", None),
        ("The service has improved since 2019.", "improved"),
    ],
)
def test_a_denied_direction_is_no_direction(sentence, direction):
    from verify.words.changes import direction_of

    assert direction_of(sentence) == direction


FOSTERING = (
    "The previous inspection of the local authority's fostering service was in 2019. The "
    "local authority was judged to be outstanding."
)


def test_an_account_of_the_fostering_service_does_not_grade_the_service(settings):
    """Outstanding in 2019 is the fostering service's grade (the single inspection's
    template lists each service's last inspection): the service's 'improved' and 'rated
    good at the last inspection' are not contradicted by it."""
    for said in (
        "Services have improved since the last inspection.",
        "The council was rated good at its last inspection in 2019.",
    ):
        assert _checked(FOSTERING, "outstanding", said, settings) != "contradicted", said


@pytest.mark.provisional
def test_an_earlier_grade_of_another_body_is_not_compared(settings):
    """grades10: the police's earlier grade, with the child protection work it possesses,
    is no earlier grade of the council's help and protection (was contradicted against the
    2019 account); the council's own is still compared."""
    account = WHOLE.replace("inadequate overall", "good for help and protection")
    said = (
        "Cleveland Police's child protection work was rated inadequate by the police "
        "inspectorate in 2019."
    )
    assert _checked(account, "good", said, settings) == "not_checkable"
    said = "The council's help and protection was rated inadequate in 2019."
    assert _checked(account, "good", said, settings) == "contradicted"


@pytest.mark.provisional
@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Help and protection has declined since 2010.", "contradicted"),
        ("Help and protection has improved since 2010, when it was judged adequate.", "supported"),
        (
            "Its child protection services, judged adequate in October 2010, are now good.",
            "supported",
        ),
    ],
)
def test_an_account_of_the_safeguarding_inspection_is_help_and_protections(
    settings, words, expected
):
    """compare13: the 2009-2013 inspection of 'safeguarding arrangements' is help and
    protection's earlier inspection (``words.judgements`` mention): its grade was not read
    for help and protection (was the overall requires improvement's direction, or 'no grade
    for help and protection': not_checkable)."""
    account = (
        "The previous inspection of Ashbury's safeguarding arrangements was in October 2010. "
        "The local authority was judged to be adequate."
    )
    table = [
        ("overall_effectiveness", "requires_improvement", "Overall effectiveness"),
        ("help_and_protection", "good", "Help and protection"),
        ("looked_after_and_permanence", "requires_improvement", "Children looked after"),
    ]
    report = make_account_report(account, 2010, "adequate", table)
    release = make_release(words)
    got = check_claims(release, extract_claims(release), [report], [], settings, None)
    assert got.claims[0].verdict == expected, got.claims[0].explanation
