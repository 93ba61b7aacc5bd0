"""What a report denies of part only, and its words negated, read as such (session 18,
findings18)."""

from __future__ import annotations

from verify.check.negation import denied_of_part
from verify.words.qualifiers import negated_before

# A real report (Salford 2015, paragraph 121).
OF_A_MINORITY = (
    "While management oversight of practice is well established and clearly evident in case "
    "work, the implementation of management action plans, in a minority of cases is not "
    "timely or robust."
)


def test_a_negation_said_of_a_minority_of_cases_denies_part_only():
    """A claim that the plans are timely and robust drops the limit (misleading); it was
    contradicted as if the report denied it of all."""
    claim = "The implementation of management action plans is timely and robust"
    assert denied_of_part(claim, "not timely", OF_A_MINORITY) == "minority"


def test_a_plain_negation_denies_the_whole():
    claim = "The implementation of management action plans is timely and robust"
    report_says = "The implementation of management action plans is not timely or robust."
    assert denied_of_part(claim, "not timely", report_says) is None


def test_a_claim_of_every_one_against_a_part_denied_is_the_opposite():
    """stress_findings2 (Reading): 'consistently effective in every team' for 'in some
    teams are not effective' stays contradicted, as 'all' against 'not all' is."""
    claim = "management oversight and supervision are consistently effective in every team"
    report_says = (
        "Management oversight and supervision in some teams are not effective, reflective "
        "or frequent enough and record-keeping is not of a consistently high quality."
    )
    assert denied_of_part(claim, "not effective", report_says) is None


def test_the_claims_words_after_the_reports_not_are_their_denial_not_their_repetition():
    """Salford 2015: 'Not all care leavers have access to their health histories.' holds a
    claim's 'all care leavers have access ...' after its 'Not' (the contradiction was held
    back as the report's very words)."""
    text = "97. Not all care leavers have access to their health histories."
    assert negated_before(text, text.index("all care"), 1)
    assert not negated_before(text, text.index("Not all"), 1)
    assert not negated_before("All care leavers have access.", 0, 1)
