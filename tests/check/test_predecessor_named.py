"""A council the report's own account of an earlier inspection names (the predecessor
that ran these services) is no sign of the wrong report (accounts23: North
Northamptonshire's own 'Children's services in the predecessor local authority,
Northamptonshire County Council, were judged inadequate in 2019' was withheld as perhaps
checked against another council's report)."""

from __future__ import annotations

from check_helpers import make_release, make_report

from verify.check.mismatch import warnings_for
from verify.types import PreviousInspection

ACCOUNT = (
    "Children's services in the predecessor local authority, Northamptonshire County "
    "Council, were judged inadequate in 2019."
)


def _report():
    then = PreviousInspection(
        text=ACCOUNT, year=2019, kind="inspection", grade="inadequate", start=0, end=len(ACCOUNT)
    )
    return make_report(text=ACCOUNT, authority="north northamptonshire", previous=[then])


def test_the_predecessor_the_report_names_is_no_wrong_report():
    assert warnings_for(make_release(ACCOUNT), _report(), []) == []


def test_another_council_is_still_a_wrong_report():
    said = "Wigan's children's services were judged inadequate in 2019."
    assert warnings_for(make_release(said), _report(), [])
