"""A finding told the other way in other words (session 21, polarity21): the claim's
subject read without when or how far, a predicate read with the clause holding its
subject, a prefixed word's plain word in its other forms, a fall for a rise, worse for
better, and the report's whole subject told the other way found where a sentence of the
pool told only part of it. Report sentences are real reports' (Reading 2019, Stockton-on-Tees
2019, Sutton 2022, Wolverhampton 2017); the claims are stress_polarity21's."""

from __future__ import annotations

from check_helpers import check_one_finding

from verify.check.common import content_words
from verify.check.finding import topic
from verify.check.negation import opposed_patterns, opposite_said, subject_words


def _said(claim: str, report_says: str):
    return opposite_said(claim, content_words(topic(claim)), report_says)


def test_when_and_how_far_are_no_part_of_the_subject():
    """'since the last inspection', 'now', 'too', 'in Stockton' tell when, how far or where:
    the report's sentence on the subject need not hold them."""
    claim = "Inspectors found that staff turnover had risen since the last inspection."
    assert subject_words(claim, content_words(topic(claim))) == content_words(
        "staff turnover risen"
    )
    claim = "The report says the workforce in Stockton remains unstable."
    assert subject_words(claim, content_words(topic(claim))) == content_words("workforce unstable")
    assert _said("Ofsted said turnover of staff is now low.", "Turnover of staff remains high.")[2]
    assert _said("Inspectors found that caseloads are too high.", "Caseloads are manageable.")[2]


def test_a_predicate_is_read_with_the_clause_holding_its_subject():
    """'The pace of progress ..., which found ..., has been slow and inconsistent': the
    clause saying 'slow' opens on its verb; its subject is the pace of progress (was
    supported)."""
    report_says = (
        "The pace of progress following the inspection in 2016, which found children’s "
        "services inadequate, has been slow and inconsistent."
    )
    claim = "Inspectors said the pace of progress since the 2016 inspection has been swift."
    assert _said(claim, report_says) == ("swift", "slow", True)


def test_a_predicate_whose_subject_says_the_claims_word_is_told_both_ways():
    report_says = "Assessments are swift in the east, but have been slow in the west."
    assert _said("Assessments have been swift.", report_says) is None


def test_the_plain_word_is_read_in_its_other_forms():
    """'workforce stability has significantly improved' tells the workforce stable (was
    supported by a sentence about children in care)."""
    report_says = (
        "Key to the success of many areas of the service is the fact that workforce "
        "stability has significantly improved."
    )
    assert _said("The report says the workforce in Stockton remains unstable.", report_says) == (
        "unstable",
        "stability",
        True,
    )
    assert _said("the workforce remains unstable", "There is instability in the workforce.") is None


def test_a_fall_is_the_opposite_of_an_increase_and_worse_of_better():
    report_says = (
        "There has been an increase in adoptions over the last year, despite the challenges "
        "of COVID-19."
    )
    said = _said("There has been a fall in adoptions over the last year.", report_says)
    assert said == ("fall", "increase", True)
    report_says = (
        "Staff turnover, which has been relatively high, has improved and is now less of an issue."
    )
    claim = "Staff turnover has worsened and is now more of an issue, the report said."
    assert _said(claim, report_says) == ("worsened", "improved", True)


def test_a_claim_telling_both_ways_itself_reads_neither_word():
    """Dev, Bradford 2018: 'the drop in quality had been a huge increase in demand' tells
    two things, one each way; neither word is the claim's to be told the other way."""
    claim = "the main reason for the drop in quality had been a huge increase in demand"
    assert not {said for said, _ in opposed_patterns(claim)} & {"drop", "increase"}


def test_an_opposite_in_another_clause_keeps_the_claims_word(settings):
    """Review of session 21: an opposite the claim says in another clause is of another
    subject; 'reduced' stays to be told the other way by the report's 'Caseloads have
    increased' (both words had been dropped, and the claim was supported)."""
    claim = (
        "Caseloads have reduced for social workers in the assessment teams, "
        "and more staff have increased their skills."
    )
    report = "1. Caseloads have increased for social workers in the assessment teams.\n"
    assert check_one_finding(claim, report, settings).verdict != "supported"


REPORT = (
    "Since the last inspection in 2016, there has been a decline in the overall effectiveness "
    "of children’s social care services.\n"
    "Key to the success of many areas of the service is the fact that workforce stability has "
    "significantly improved. Social work vacancy rates and staff turnover have reduced, and "
    "workloads are manageable.\n"
    "1. Most assessments of need are suitably detailed.\n"
    "2. The virtual school is highly valued by local schools.\n"
)


def _check(text: str, settings, report: str = REPORT):
    """One finding checked against ``report`` (``check_one_finding``)."""
    return check_one_finding(text, report, settings)


def test_a_support_sharing_only_when_gives_way_to_the_subject_told_otherwise(settings):
    """'Since the last inspection in 2016, there has been a decline ...' shares half the
    words of 'staff turnover had risen since the last inspection', none of its subject (was
    supported): the report's 'staff turnover have reduced' is its word on it."""
    got = _check("Staff turnover had risen since the last inspection.", settings)
    assert got.verdict == "contradicted", got.explanation
    assert "reduced" in got.explanation


WOLVERHAMPTON = (
    "There are far fewer children being looked after now than there were two years ago.\n"
    "Most children looked after are living in settled and stable placements.\n"
    "1. Thresholds to care are well understood and consistently applied.\n"
    "2. The number of children looked after has been safely reduced.\n"
)


def test_part_told_the_other_way_looks_on_for_the_whole(settings):
    """'far fewer children being looked after now' tells part of the subject the other way
    (no 'number') and withheld support; 'The number of children looked after has been
    safely reduced' tells all of it (was not_checkable)."""
    text = "The number of children looked after has risen over the past two years."
    got = _check(text, settings, WOLVERHAMPTON)
    assert got.verdict == "contradicted", got.explanation
    assert "safely reduced" in got.explanation
