"""A grade the claim dates to a year no report of the council is from is judged against
the account of that year's inspection an earlier report prints, not only the current
report's (faithful7: 'inadequate for child protection in 2012', printed by the 2014 report
alone, left the claim unread and made the 2019 report look like another inspection's)."""

from __future__ import annotations

from datetime import date

from check_helpers import make_account_report, make_release, make_report

from verify.check import check_claims
from verify.check.mismatch import warnings_for
from verify.extract import extract_claims

ACCOUNT = (
    "The previous inspection of Ashbury's arrangements for the protection of children was "
    "in September 2012. The local authority was judged to be inadequate."
)
SIF = [
    ("overall_effectiveness", "good", "Overall effectiveness"),
    ("help_and_protection", "good", "Children who need help and protection"),
]


def _reports():
    earlier = make_account_report(
        ACCOUNT,
        2012,
        "inadequate",
        SIF,
        sha="e" * 64,
        inspection_start=date(2014, 5, 6),
        inspection_end=date(2014, 5, 29),
        published=date(2014, 8, 8),
    )
    now = make_report(
        inspection_start=date(2019, 1, 7),
        inspection_end=date(2019, 1, 18),
        published=date(2019, 2, 18),
    )
    return now, earlier


def _verdict(text: str, settings) -> str:
    now, earlier = _reports()
    release = make_release(text)
    claims = extract_claims(release)
    return check_claims(release, claims, [now], [earlier], settings, None).claims[0].verdict


def test_a_year_an_earlier_report_recounts_is_judged_by_its_account(settings):
    said = "Ashbury's services were rated good in 2014 and inadequate for child protection in 2012."
    assert _verdict(said, settings) == "supported"
    wrong = said.replace("inadequate for", "outstanding for")
    assert _verdict(wrong, settings) != "supported"


def test_a_year_an_earlier_report_recounts_is_no_sign_of_another_inspection():
    now, earlier = _reports()
    release = make_release(
        "Ashbury was rated good in 2014 and inadequate for child protection in 2012."
    )
    assert warnings_for(release, now, [earlier]) == []
