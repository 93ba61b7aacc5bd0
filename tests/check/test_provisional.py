"""The provisional checks (docs/FLAGS.md, ``verify.check.common.provisional``): a flag from a
check resting on medium evidence that no real release has yet borne out is shown, not
raised, unless the ``provisional_flags`` setting asks for it; a check on strong evidence
flags either way. On the invented Ashbury report (children in care 'mostly' in stable
homes; its account of 2019's inspection: good; good overall now)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from check_helpers import make_claim, make_release

from verify.check import check_claims
from verify.extract import extract_claims
from verify.extract.values import parse_values


def extracted(text: str, report, settings):
    release = make_release(text)
    claims = extract_claims(release)
    return check_claims(release, claims, [report], [], settings, None).claims[0]


def as_comparison(text: str, report, settings):
    release = make_release(text)
    values = parse_values(text).model_dump(exclude={"authority"})
    claim = make_claim(release, text, kind="comparison", **values)
    return check_claims(release, [claim], [report], [], settings, None).claims[0]


PROVISIONAL = [
    # a finding whose restated sentence says it of some, where the claim says none
    (
        extracted,
        "Inspectors said no children in care live in stable homes.",
        "how many",
        "contradicted",
    ),
    # a praise of all that drops the limit the restated sentence puts on it ('mostly')
    (
        extracted,
        "Inspectors said all children in care live in stable homes.",
        "a limit",
        "misleading",
    ),
    # a first grade the report's own account of its last inspection already gave
    (
        as_comparison,
        "Ashbury has been rated ‘good’ for the first time.",
        "own account",
        "contradicted",
    ),
]


@pytest.mark.parametrize(("checked", "text", "check", "flag"), PROVISIONAL)
def test_a_provisional_check_is_shown_not_flagged_by_default(
    report, settings, checked, text, check, flag
):
    got = checked(text, report, settings)
    assert got.verdict == "not_checkable", got.explanation
    assert got.explanation.startswith("Not flagged (") and check in got.explanation
    assert "provisional_flags" in got.explanation
    assert got.held_back == flag and got.decided_by.startswith(("finding.", "history."))


@pytest.mark.parametrize(("checked", "text", "check", "flag"), PROVISIONAL)
def test_the_setting_raises_a_provisional_checks_flag(report, settings, checked, text, check, flag):
    got = checked(text, report, replace(settings, provisional_flags=True))
    assert got.verdict == flag, got.explanation
    assert not got.explanation.startswith("Not flagged")


def test_a_check_on_strong_evidence_flags_either_way(report, settings):
    """A grade against the report's table is two printed facts: flagged by default."""
    text = (
        "Inspectors rated the council outstanding for the impact of leaders and for care "
        "leavers, and good for children who need help and protection."
    )
    for raised in (False, True):
        got = extracted(text, report, replace(settings, provisional_flags=raised))
        assert got.verdict == "contradicted", got.explanation
        assert got.decided_by == "grades.grades_verdict"


def test_a_claim_checked_against_several_reports_keeps_the_flag_held_back(report):
    """A rating about every council is checked against each report and takes the worst
    verdict: the flag a provisional check held back against one report goes with it."""
    from verify.check import _combine
    from verify.check.common import verdict

    release = make_release("Both councils were rated good for the first time.")
    claim = make_claim(release, release.text, kind="rating")
    other = report.model_copy(update={"authority": "bexley", "sha256": "c" * 64})
    shown = verdict(claim, "not_checkable", "Not flagged (...): Not the first.")
    held = shown.model_copy(
        update={"held_back": "contradicted", "decided_by": "history._first_grade"}
    )
    plain = verdict(claim, "not_checkable", "No earlier report is known to compare.")
    combined = _combine(claim, [(report, plain), (other, held)])
    assert (combined.verdict, combined.held_back) == ("not_checkable", "contradicted")
    assert combined.decided_by == "history._first_grade"  # the check that held it back
