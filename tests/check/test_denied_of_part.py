"""What a report denies of part only, and its words negated, read as such (session 18,
findings18)."""

from __future__ import annotations

from verify.check.common import _denied_at
from verify.check.negation import denied_of_part

# A real report (Salford 2015, paragraph 121).
OF_A_MINORITY = (
    "While management oversight of practice is well established and clearly evident in case "
    "work, the implementation of management action plans, in a minority of cases is not "
    "timely or robust."
)


def test_a_negation_said_of_a_minority_of_cases_denies_part_only():
    """A claim that the plans are timely and robust drops the limit (misleading); it was
    contradicted as if the report denied it of all."""
    assert denied_of_part("not timely", OF_A_MINORITY) == "minority"


def test_a_plain_negation_denies_the_whole():
    report_says = "The implementation of management action plans is not timely or robust."
    assert denied_of_part("not timely", report_says) is None


def test_the_claims_words_after_the_reports_not_are_their_denial_not_their_repetition():
    """Salford 2015: 'Not all care leavers have access to their health histories.' holds a
    claim's 'all care leavers have access ...' after its 'Not' (the contradiction was held
    back as the report's very words)."""
    text = "97. Not all care leavers have access to their health histories."
    assert _denied_at(text, text.index("all care"))
    assert not _denied_at(text, text.index("Not all"))
    assert not _denied_at("All care leavers have access.", 0)
