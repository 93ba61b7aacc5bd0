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


def test_the_reports_own_council_named_in_its_account_still_fits():
    """The report's own council, named in its own account of an earlier inspection, is no
    predecessor: a release naming it (and another council in passing) fits the report, as
    before accounts23 (framings23's releases were all withheld: 'The release names York,
    but Liverpool ... is about Liverpool')."""
    account = "Liverpool City Council's services were judged inadequate in 2012."
    then = PreviousInspection(
        text=account, year=2012, kind="inspection", grade="inadequate", start=0, end=len(account)
    )
    report = make_report(text=account, authority="liverpool", previous=[then])
    said = "Liverpool's children's services are good, as York's were last year."
    assert warnings_for(make_release(said), report, []) == []
