"""A finding told the other way in words of the release's own: the opposed word read in a
clause of equal standing, of the claim's subject without its framing or its count, by a
prefix either way, and in a report sentence ranking missed (session 19, opposites19).
Report sentences are real reports' (Nottingham 2019, Barnet 2024, Bedford 2025,
Cambridgeshire 2024)."""

from __future__ import annotations

import re
from dataclasses import replace

from check_helpers import check_one_finding, make_claim, make_release, make_report

from verify.check import check_claims
from verify.check.common import content_words
from verify.check.finding import topic
from verify.check.negation import denied_of_part, opposite_said


def _said(claim: str, report_says: str):
    return opposite_said(claim, content_words(topic(claim)), report_says)


def test_a_phrase_a_comma_sets_off_is_of_the_clause_it_stands_in():
    """'High caseloads for many staff, particularly in locality teams, ...': the comma
    clause with 'High' held half the claim's subject, so support was only withheld."""
    report_says = (
        "High caseloads for many staff, particularly in locality teams, and limited "
        "administrative support, adversely affect their work-life balance."
    )
    claim = "Inspectors also found that caseloads were low for staff in the locality teams."
    said = _said(claim, report_says)
    assert said == ("low", "High", True)


def test_a_clause_saying_the_claims_own_word_too_is_no_opposite():
    report_says = (
        "Caseloads are low in the central team, particularly in locality teams, and high "
        "for staff elsewhere."
    )
    said = _said("caseloads were low for staff in the locality teams.", report_says)
    assert said is None or not said[2]


def test_the_framing_and_the_count_are_no_part_of_the_subject():
    """'Ofsted described ... as', 'it said', 'each', 'only' are no words the report's
    sentence on the subject must hold."""
    from verify.check.negation import subject_words

    claim = "Each personal adviser supports only a low number of young people, it said."
    assert subject_words(claim, content_words(claim)) == content_words(
        "personal adviser supports low number young people"
    )
    said = _said(claim, "PAs support high numbers of young people.")
    assert said == ("low", "high", True)


def test_a_prefix_either_way_is_an_opposite():
    assert _said(
        "the borough's workforce has become increasingly unstable.",
        "Leadership has led to investment, providing an increasingly stable workforce.",
    ) == ("unstable", "stable", True)
    assert _said(
        "The identification of young carers is consistent.",
        "The identification of young carers is inconsistent across the service.",
    )[:2] == ("consistent", "inconsistent")


def test_how_often_is_no_prefix_opposite():
    """'consistently good' against 'inconsistent' generalises what varies (misleading,
    ``varies_where_always``), not the opposite."""
    assert _said("plans are consistently good", "Plans are inconsistent in quality.") is None


def test_a_limit_on_another_subject_does_not_limit_an_attributive_negation():
    """'Some children's experiences are impacted by the inconsistent practice of
    out-of-hours services': the practice is inconsistent (was misleading: 'Some')."""
    report_says = (
        "Some children's experiences are impacted by the inconsistent practice of "
        "out-of-hours services and the quality of assessments and plans."
    )
    claim = "practice in out-of-hours services is consistent"
    assert denied_of_part(claim, "inconsistent", report_says) is None
    assert denied_of_part(claim, "inconsistent", "Some inconsistent practice remains.") == "Some"


REPORT = (
    "Children in the borough receive strong and effective services.\n"
    "1. Leadership, allied with strong corporate and political support, has led to "
    "considerable investment in children's services, providing an increasingly stable "
    "workforce, a specialist service for children with autism and a specialist early years "
    "parenting hub.\n"
    "2. Early permanence is a strength due to effective, strong and collaborative working "
    "with the regional adoption agency.\n"
    "3. Social workers visit children regularly and know them well.\n"
)


def _check(text: str, settings):
    """One finding checked against ``REPORT`` (``check_one_finding``)."""
    return check_one_finding(text, REPORT, settings)


def test_a_sentence_ranking_missed_is_read_for_the_subject_told_the_other_way(settings):
    got = _check(
        "However, inspectors found the borough's workforce has become increasingly unstable.",
        settings,
    )
    assert got.verdict == "contradicted", got.explanation
    assert re.search("stable workforce", got.explanation)


def test_a_criticism_is_contradicted_by_its_whole_subject_praised(settings):
    got = _check("Early permanence was identified as a weakness in the report.", settings)
    assert got.verdict == "contradicted", got.explanation


def test_lower_is_an_opposite_of_high():
    """A real report (Plymouth 2015): 'the turnover of staff was also lower than the
    national average' for 'staff turnover was high' (facts4: was supported)."""
    report_says = (
        "At 13%, the local authority's figure for turnover of staff was also lower than the "
        "national average of 15% in 2013."
    )
    said = _said("Inspectors found staff turnover was high in the city", report_says)
    assert said == ("high", "lower", True)


def test_the_whole_service_named_is_where_not_what():
    """'an unstable workforce across children's services' is the workforce's (facts4,
    North Somerset 2017: 'The workforce is increasingly stable ...')."""
    from verify.check.negation import subject_words

    claim = "Inspectors found an unstable workforce across children's services"
    assert subject_words(claim, content_words(claim)) == content_words("unstable workforce")


_ASPECTS = ("offer", "team", "service", "board", "panel", "hub", "school", "council")
WEAK_SUPPORT_REPORT = (
    "Children are visited regularly by their social workers.\n1. Leadership, allied with "
    "strong corporate and political support, has led to considerable investment in "
    "children's services, providing an increasingly stable workforce, a specialist service "
    "for children with autism, a specialist early years parenting hub and improved "
    "sufficiency of foster care.\n"
    + "".join(
        f"{n}. The borough's {what} has become {how}.\n"
        for n, (what, how) in enumerate(
            zip(
                (*_ASPECTS, "partnership", "approach", "practice", "culture"),
                ("settled", "calm", "confident", "ambitious", "effective", "busy", "inclusive")
                + ("aspirational", "mature", "embedded", "reflective", "positive"),
                strict=True,
            ),
            start=2,
        )
    )
)


def test_a_support_holding_few_words_gives_way_to_the_whole_subject_told_otherwise(settings):
    """A sentence found by meaning holding under half the claim's words ('The borough's
    culture has become positive', 40%) is another aspect; a clause holding the claim's
    whole subject told the other way, outside the ranked pool, is the report's word on it
    (facts4, Plymouth 2015: 'staff turnover was high' was supported at 25% of its words)."""
    from verify.match import Encoder

    settings = replace(settings, provisional_flags=True)
    text = "The borough's workforce has become increasingly unstable."
    release = make_release(text)
    claim = make_claim(release, text, kind="finding")
    report = make_report(text=WEAK_SUPPORT_REPORT)
    got = check_claims(release, [claim], [report], [], settings, Encoder(settings)).claims[0]
    assert got.verdict == "contradicted", got.explanation


def test_every_one_against_a_limited_opposite_is_a_limit_dropped():
    """A real report (Sutton 2025, fresh17): 'for a small number of children, ... waiting too
    long' against praise of every child limits it (misleading), not the opposite of all
    (was contradicted once the clause of equal standing was read)."""
    report_says = (
        "However, for a small number of children, the response to allegations they make of "
        "physical harm results in them being left in situations of unassessed risk and "
        "waiting too long before they receive the help and the support they might need."
    )
    claim = "Inspectors also said every child at risk of physical harm receives a timely response."
    said = _said(claim, report_says)
    assert said is not None and not said[2]


def test_a_claim_s_subject_words_are_read_once_as_before():
    """``subject_words`` is asked of the same claim for each report sentence of its pool:
    the framing it leaves out is read once a claim (``negation._not_the_subject``), and
    what it leaves is what reading the framing each time left."""
    from verify.check.negation.subjects import (
        FRAMING,
        NOT_THE_SUBJECT,
        WHOLE_SERVICE,
        _not_the_subject,
        subject_words,
    )

    claims = [
        "Inspectors found that most care leavers live in suitable accommodation.",
        "The report praised the corporate parenting board as a strength across services.",
        "Ofsted said social workers know their children well in every team.",
        "Leaders have an unstable workforce across children's services.",
    ]
    _not_the_subject.cache_clear()
    for claim in claims:
        words = content_words(claim)
        framing = " ".join(
            m.group(0) for p in (FRAMING, NOT_THE_SUBJECT, WHOLE_SERVICE) for m in p.finditer(claim)
        )
        assert subject_words(claim, words) == words - content_words(framing)
        assert subject_words(claim, words) == subject_words(claim, set(words))
    assert _not_the_subject.cache_info().misses == len(claims)
