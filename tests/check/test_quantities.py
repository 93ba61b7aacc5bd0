"""How many a finding is told of, compared with the report's share of the same thing
(session 19, quantity19): the scale of ``verify.words.quantities`` and the finding checks
that read it."""

from __future__ import annotations

import pytest
from check_helpers import make_claim, make_release, make_report

from verify.check import check_claims
from verify.check.negation import generalised, many_where_few
from verify.match import Hit
from verify.words.quantities import (
    ALL,
    FEW,
    MOST,
    NEARLY_ALL,
    NONE,
    generalises,
    share_of,
)

_RESTATED = Hit(start=0, end=1, score=0.9, passage=None, lexical=0.9)


def _one_sentence_report(sentence: str):
    return make_report(
        text=f"Inspection of Ashbury local authority children's services\n\n1. {sentence}\n"
    )


def _verdict(sentence: str, claim: str, settings) -> str:
    release = make_release(claim)
    got = check_claims(
        release,
        [make_claim(release, claim, kind="finding")],
        [_one_sentence_report(sentence)],
        [],
        settings,
        None,
    ).claims[0]
    return got.verdict


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("In the vast majority of cases seen by inspectors", NEARLY_ALL),
        ("Almost all care leavers are in suitable accommodation", NEARLY_ALL),
        ("Most children in care live in stable homes", MOST),
        ("The majority of young carers access the project", MOST),
        ("For a small minority of children, plans do not", FEW),
        ("only managing to engage about a quarter of them", FEW),
        ("Too few young people take part", FEW),
        ("with illegal children's homes used only in very exceptional circumstances", FEW),
        ("no children live in unregistered homes", NONE),
        ("every care leaver in custody", ALL),
        ("Not all children have life-story work", None),  # a denial, read elsewhere
        ("too many children wait", None),  # a criticism, not a share
    ],
)
def test_each_share_has_its_place_on_the_scale(text, rank):
    assert share_of(text) == rank


def test_all_for_the_vast_majority_is_near_enough_and_for_most_is_more():
    """The convention (corpora/gold/dev/README.md): 'the vast majority', 'nearly all' told
    as all is supported; 'every' or 'nearly all' for 'most' generalises."""
    assert not generalises(ALL, NEARLY_ALL)
    assert not generalises(NEARLY_ALL, NEARLY_ALL)
    assert generalises(ALL, MOST) and generalises(NEARLY_ALL, MOST)
    assert not generalises(MOST, MOST)


def test_nearly_all_cases_for_the_vast_majority_is_not_generalised():
    """Stockport 2017 (SIF) paragraph 12: was misleading, the claim's 'all' read as a whole
    against the report's 'majority'."""
    said = (
        "In the vast majority of cases seen by inspectors, thresholds were appropriately "
        "applied on initial screening."
    )
    claim = "in nearly all cases, thresholds were appropriately applied on initial screening"
    words = {"cases", "thres", "appro", "appli", "initi", "scree"}
    assert not generalised(claim, words, said, _RESTATED)
    assert generalised(claim, words, said.replace("the vast majority", "most"), _RESTATED)


def test_always_is_said_of_the_subject_the_report_limits():
    """Plymouth 2024 paragraph 27: 'always' of the children the report's 'Most' limits
    (was supported, the words after 'always' compared with the subject)."""
    said = (
        "Most children in care receive visits from their social workers in line with their "
        "needs, with visits increasing when children's needs or situations change."
    )
    claim = (
        "children in care always receive visits from their social workers in line with their needs"
    )
    words = {"child", "care", "recei", "visit", "socia", "worke", "line", "needs"}
    assert generalised(claim, words, said, _RESTATED)


def test_most_for_a_small_minority_in_a_bare_phrase_is_the_opposite_share():
    """Cumberland 2024 paragraph 12: the limit stands in a phrase of its own before the
    clause the claim restates (was supported)."""
    said = (
        "For a small minority of children, plans do not contain sufficient detail about the "
        "presenting concerns and what needs to happen next."
    )
    claim = "most children's plans do not contain sufficient detail about the presenting concerns"
    words = {"child", "plans", "conta", "suffi", "detai", "prese", "conce"}
    assert many_where_few(claim, words, said) == "a small minority"


@pytest.mark.provisional
def test_none_where_a_critical_sentence_says_some_is_contradicted(settings):
    """Plymouth 2024 paragraph 50: the report's sentence is critical, so it withheld
    support, and the claim that none are moved was not_checkable."""
    said = (
        "The lack of sufficient housing options and delays in planning ahead mean that a very "
        "small number of care-experienced young people are being moved into bed and "
        "breakfast accommodation, before going on to more suitable living arrangements."
    )
    claim = "No care-experienced young people are being moved into bed and breakfast accommodation."
    assert _verdict(said, claim, settings) == "contradicted"


def test_most_not_for_few_is_the_same_share_told_the_other_way():
    """Portsmouth 2014 paragraph 104 (stress_evidence2): 'most ... do not go on' is the
    report's 'few ... move on', not its opposite (was contradicted once found)."""
    said = (
        "However, few care leavers move on to higher education, with just three young "
        "people attending university at the time of the inspection."
    )
    claim = "most care leavers do not go on to higher education"
    words = {"care", "leave", "highe", "educa"}
    assert many_where_few(claim, words, said) is None
    assert many_where_few("most care leavers go on to higher education", words, said) == "few"


def test_a_claims_share_words_the_sentence_does_not_say_are_set_aside():
    """'every young person' against 'Most young people': the claim's 'every' is not a word
    the sentence lacks, and 'person' is 'people' (stress_errors3: was not found, 80% of
    the words being needed). A share word the sentence says too still counts, and only a
    sentence telling a share of its own has the claim's set aside."""
    from verify.check.common import content_words
    from verify.check.finding import share_aside

    said = "Most young people live in suitable accommodation that meets their needs."
    words = content_words("every young person lives in suitable accommodation")
    assert share_aside(words, said) == 1.0  # 'lives' is 'live' (session 20, words.stems)
    always = content_words("children always receive the right help")
    assert share_aside(always, "children do not always receive the right help") == 1.0
    # A sentence telling no share of its own is counted as before (dev: haringey_2014's
    # 'some children did not get help' beside a recommendation lost its support).
    assert share_aside(always, "children receive the right help") == 0.8


def test_a_clause_of_its_own_before_the_restated_one_lends_it_no_share():
    """Central Bedfordshire 2017 (stress_faithful): 'and many benefit as a result' tells
    its own clause, so 'a small number remain ...' still says the opposite of 'most'."""
    said = (
        "While professionals' continuing efforts to support children to stay within their "
        "families are commendable, and many benefit as a result, a small number remain in "
        "situations of neglect for too long."
    )
    claim = "most children remain too long in neglectful situations"
    words = {"child", "remai", "too", "long", "negle", "situa"}
    assert many_where_few(claim, words, said) == "a small number"


def test_the_shares_of_a_report_sentence_are_read_once(report, settings):
    """A finding's check reads the shares of each of the ten report sentences nearest it
    (``finding.share_aside``), claim after claim: remembered per sentence, so a second
    finding near the same sentences reads none again; the answer is a tuple, which no
    caller can change for the next."""
    from verify.words.quantities import shares

    sentence = "Most young people live in suitable accommodation."
    shares.cache_clear()
    first = shares(sentence)
    assert shares(sentence) is first and isinstance(first, tuple)
    assert shares.cache_info().hits == 1
    text = "Every young person lives in suitable accommodation."
    release = make_release(text)
    claims = [make_claim(release, text, kind="finding")]
    check_claims(release, claims, [report], [], settings, None)
    read = shares.cache_info().misses
    check_claims(release, claims, [report], [], settings, None)
    assert shares.cache_info().misses == read
