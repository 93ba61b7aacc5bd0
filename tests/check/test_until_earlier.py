"""A grade said to have held until a time ('Until 2021', 'Before the 2021 inspection',
'Before the last inspection') is compared with the council's report from before that time,
not with the report of that year (facts5, ratings21: each was compared with the 2021 report
and left not_checkable, though the 2017 one gives the grade)."""

from __future__ import annotations

from datetime import date

import pytest
from check_helpers import make_release, make_report

from verify.check import check_claims
from verify.extract import extract_claims


def _report(year: int, grade: str, sha: str):
    """Ashbury's report of ``year``, every judgement ``grade``."""
    table = [
        (name, grade, name)
        for name in ("impact_of_leaders", "help_and_protection", "children_in_care")
    ] + [("overall_effectiveness", grade, "Overall effectiveness")]
    return make_report(
        text="1. Leaders know the service well.",
        table=table,
        sha=sha * 64,
        inspection_start=date(year, 3, 4),
        inspection_end=date(year, 3, 8),
        published=date(year, 4, 26),
    )


def _verdict(text: str, settings) -> str:
    now = _report(2025, "good", "c")
    earlier = [_report(2021, "good", "b"), _report(2017, "inadequate", "a")]
    release = make_release(text)
    claims = extract_claims(release)
    return check_claims(release, claims, [now], earlier, settings, None).claims[0].verdict


@pytest.mark.parametrize(
    "text",
    [
        "Until 2021, Ashbury's children's services were rated inadequate.",
        "Before the 2021 inspection, Ashbury's children's services were judged inadequate.",
        "Before the last inspection, Ashbury's children's services were rated inadequate.",
    ],
)
def test_a_grade_held_until_a_time_is_the_report_before_its(text, settings):
    """Inadequate in 2017, good in 2021 and 2025: inadequate until 2021 is true."""
    assert _verdict(text, settings) == "supported"


@pytest.mark.provisional
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Until 2021, Ashbury's children's services were rated requires improvement.",
            "contradicted",
        ),
        (
            "Before the latest inspection, Ashbury's children's services were rated good.",
            "supported",
        ),
    ],
)
def test_the_report_before_is_still_judged(text, want, settings):
    """A wrong grade before 2021 is against 2017's report; 'the latest inspection' is this
    report's, so the one before it is 2021's."""
    assert _verdict(text, settings) == want
