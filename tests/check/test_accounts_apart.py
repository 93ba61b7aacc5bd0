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
from verify.check.comparison.accounts import areas_dated, last_dated_apart
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


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        (
            "Practice has improved since the last inspections, in 2012 for children in need "
            "of protection, when services were judged good, and in 2010 for children looked "
            "after, when they were judged adequate.",
            {"help_and_protection": 2012, "looked_after_and_permanence": 2010},
        ),
        (
            "Child protection services were last inspected in 2013 and its services for "
            "looked after children in 2011.",
            {"help_and_protection": 2013, "looked_after_and_permanence": 2011},
        ),
    ],
)
def test_a_year_before_an_area_is_that_areas(text, dated):
    """'in 2012 for children in need of protection, ... and in 2010 for children looked
    after': each year is the area's named right after it (faithful5: help and protection
    was dated 2010, the year before the next area, and contradicted)."""
    got = {name: year for names, year in areas_dated(text) for name in names}
    assert all(got.get(name) == year for name, year in dated.items()), got


def test_an_account_of_several_years_holds_no_area_to_one():
    """The report's one sentence dating two areas' last inspections (2012 and 2010) gives
    neither its single year: an area is not contradicted by it."""
    said = (
        "Practice has been strengthened since the last inspections for children in need of "
        "protection in 2012, when services were judged to be good, and for children looked "
        "after in 2010, when services were judged to be adequate."
    )
    account = PreviousInspection(
        text=said, year=2012, kind="inspection", grade="good", start=0, end=len(said)
    )
    claim = "The last inspection of services for children looked after was in 2010."
    assert last_dated_apart(claim, [account]) is None
