"""Each area a claim dates is compared with the report's own account of that area's last
inspection, not only the one account best fitting the claim (drift25: 'child protection
services were last inspected in 2013 and its services for looked after children in 2011'
passed on the true 2013, where the report prints May 2012 for looked-after children). A
year before the printed inspection, or more than a year after it (its report may be
published a year on), contradicts it; a claim not dating the last inspection is not held
to it. Invented SIF report printing two accounts, as the 2013-2017 reports do."""

from __future__ import annotations

from datetime import date

import pytest
from check_helpers import make_release, make_report

from verify.check import check_claims
from verify.extract import extract_claims
from verify.types import PreviousInspection

PROTECTION = (
    "The last inspection of the local authority’s arrangements for the protection of "
    "children was in May 2013. The local authority was judged to be adequate."
)
IN_CARE = (
    "The last inspection of the local authority’s services for children looked after was "
    "in May 2012. The local authority was judged to be adequate."
)
SIF = [
    ("overall_effectiveness", "requires_improvement", "Overall effectiveness"),
    ("help_and_protection", "requires_improvement", "Children who need help and protection"),
]


def _report():
    text = f"{PROTECTION}\n{IN_CARE}"
    accounts = [
        PreviousInspection(
            text=said, year=year, kind="inspection", grade="adequate", start=at, end=at + len(said)
        )
        for said, year, at in ((PROTECTION, 2013, 0), (IN_CARE, 2012, len(PROTECTION) + 1))
    ]
    return make_report(
        text=text,
        table=SIF,
        framework="sif",
        previous=accounts,
        inspection_start=date(2016, 11, 7),
        inspection_end=date(2016, 12, 1),
        published=date(2017, 2, 13),
    )


def _checked(text: str, settings):
    release = make_release(text)
    claims = [c for c in extract_claims(release) if c.kind == "comparison"]
    return check_claims(release, claims, [_report()], [], settings, None).claims[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ashbury’s child protection services were last inspected in 2013 and its services "
            "for looked after children in 2012; both were judged adequate.",
            "supported",
        ),
        (
            "Ashbury’s child protection services were last inspected in 2013 and its services "
            "for looked after children in 2011; both were judged adequate.",
            "contradicted",
        ),
        (
            "Ashbury’s child protection services were last inspected in 2011 and its services "
            "for looked after children in 2012; both were judged adequate.",
            "contradicted",
        ),
        (
            "Ashbury’s services for looked after children were last inspected in 2010, when "
            "they were judged adequate.",
            "contradicted",
        ),
    ],
    ids=["both-right", "second-wrong", "first-wrong", "one-area-wrong"],
)
def test_each_area_dated_is_compared_with_its_own_account(text, expected, settings):
    checked = _checked(text, settings)
    assert checked.verdict == expected, checked.explanation


def test_a_year_not_given_to_the_last_inspection_is_not_held_to_it(settings):
    """'judged adequate in 2010' may be an inspection before the last one."""
    text = "Ashbury’s services for looked after children were judged adequate in 2010."
    assert _checked(text, settings).verdict != "contradicted"
