"""A fault a claim says is absent ('provided without delay'), against a report clause
saying it plainly ('some delays to the provision of support'): praise told the other way,
not a criticism the claim shares (session 18, findings18)."""

from __future__ import annotations

from verify.check.common import content_words
from verify.check.negation import opposite_said
from verify.words.criticism import CRITICAL, FAULT_DENIED

# A real report (Hammersmith and Fulham 2019, its summary).
REPORT_SAYS = (
    "In addition, capacity issues within the early help service are resulting in some "
    "delays to the provision of support to children and their families."
)


def test_a_fault_said_to_be_absent_is_no_criticism_of_the_claims_own():
    """The claim's 'delay' matched ``CRITICAL``, so the claim read as critical and the
    report's critical sentence supported it (86% of its words)."""
    claim = "early help support for families is provided without delay"
    assert CRITICAL.search(claim)
    assert not CRITICAL.search(FAULT_DENIED.sub(" ", claim))


def test_the_fault_said_plainly_is_the_opposite_of_its_denial():
    claim = "early help support for families is provided without delay"
    said = opposite_said(claim, content_words(claim), REPORT_SAYS)
    assert said == ("without delay", "delays", True)


def test_a_fault_the_report_denies_too_is_no_opposite():
    claim = "early help support for families is provided without delay"
    report_says = "Early help support is provided to families without delay."
    assert opposite_said(claim, content_words(claim), report_says) is None


def test_delays_are_the_opposite_of_promptness():
    """'swiftly' against 'There are delays in ...' (Shropshire 2022): support withheld,
    the clause holding most of the claim's other words."""
    claim = "family group conferences are set up swiftly to explore extended family resources"
    report_says = (
        "There are delays in establishing family group conferences to explore extended "
        "family and community resources."
    )
    said = opposite_said(claim, content_words(claim), report_says)
    assert said is not None and said[:2] == ("swiftly", "delays")


def test_a_fault_kept_away_is_no_criticism_either():
    """A SIF report's numbered recommendation told as found (Salford 2015): 'robust enough
    to prevent any drift or delay' tells no criticism of the claim's own, so the
    recommendation it restates is read as praised (was supported by an unrelated
    sentence)."""
    claim = (
        "tracking of children in the pre-proceedings phase of the Public Law Outline is "
        "robust enough to prevent any drift or delay"
    )
    assert not CRITICAL.search(FAULT_DENIED.sub(" ", claim))


def test_a_fault_told_of_some_cases_with_there_are_is_the_clause_befores():
    """A real report (Salford 2015): 'there are delays' has no subject of its own; the
    delays are the strategy meetings' (was supported at 100% of the words)."""
    claim = "strategy meetings are well managed and timely, with no delays"
    report_says = (
        "Strategy meeting are well managed and timely, although in a very small number of "
        "cases there are delays due to lack of police availability."
    )
    said = opposite_said(claim, content_words(claim), report_says)
    assert said is not None and said[1:] == ("delays", True)


def test_a_report_sentence_denying_a_fault_is_no_criticism():
    """stress_opposites15 (Southwark): the report's '... and act without delay' supports the
    claim restating it; read as critical, it withheld support once the claim's own
    'without delay' was no longer read as criticism."""
    from verify.check.negation import criticises

    assert not criticises(
        "Social workers think about what is important for individual children and act "
        "without delay."
    )
    assert criticises("There are delays in establishing family group conferences.")
