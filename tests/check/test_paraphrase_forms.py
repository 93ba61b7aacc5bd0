"""Faithful ways releases put a report's grades and criticisms, on the invented Ashbury
report (leaders outstanding, help and protection requires improvement, children in care
good, care leavers outstanding, good overall): never flagged; the same forms told
wrongly still are."""

from __future__ import annotations

import pytest
from check_helpers import make_release

from verify.check import check_claims
from verify.extract import extract_claims


def verdicts(report, text: str, settings) -> list[str]:
    release = make_release(text)
    claims = extract_claims(release)
    return [c.verdict for c in check_claims(release, claims, [report], [], settings, None).claims]


@pytest.mark.parametrize(
    "text",
    [
        "Inspectors rated the council outstanding for the impact of leaders and for care "
        "leavers, and good for children in care.",
        "Ofsted graded the council good for children in care and outstanding for the impact "
        "of leaders and for care leavers.",
        "Children in care were judged good this time, compared with good across the board in 2019.",
        "A requires improvement rating for help and protection sits alongside outstanding "
        "judgements in two areas.",
    ],
)
def test_grades_listed_area_by_area_are_supported(report, settings, text):
    assert verdicts(report, text, settings) == ["supported"]


def test_a_grade_listed_for_the_wrong_area_is_still_contradicted(report, settings):
    text = (
        "Inspectors rated the council outstanding for the impact of leaders and for care "
        "leavers, and good for children who need help and protection."
    )
    assert verdicts(report, text, settings) == ["contradicted"]


def test_a_criticism_with_a_contracted_negation_is_the_reports_criticism(report, settings):
    """'don't fully explore' is the report's 'do not fully explore': a criticism, supported
    by the critical passage, not praise the passage contradicts or limits."""
    text = "Inspectors said some assessments don't fully explore the histories of families."
    assert verdicts(report, text, settings) == ["supported"]


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Inspectors said children's reviews are always held on time.", True),
        ("Inspectors said children's reviews aren't always held on time.", False),
    ],
)
def test_an_always_the_report_denies_is_generalised(claim, expected):
    """'not always' in the report denies the claim's plain 'always', whatever limits the
    sentence's subject; a claim that denies it too says the same."""
    from verify.check.common import content_words
    from verify.check.negation.generalised import _denied_universal

    report_says = "Children's reviews are generally, but not always, timely."
    assert _denied_universal(claim, content_words(claim), report_says) is expected


def test_a_denial_in_a_clause_about_something_else_is_not_the_claims():
    """'..., but not all children have their own assessments' says nothing against 'social
    workers meet all children regularly': the 'not all' is said of another thing."""
    from verify.check.common import content_words
    from verify.check.negation.generalised import _denied_universal

    report_says = (
        "Social workers meet children regularly and listen to them, but not all children "
        "have their own assessments and plans."
    )
    meet = "Inspectors found that social workers meet all children regularly."
    own = "Inspectors found all children have their own assessments and plans."
    assert not _denied_universal(meet, content_words(meet), report_says)
    assert _denied_universal(own, content_words(own), report_says)


@pytest.mark.provisional
def test_none_where_the_report_says_most_is_contradicted(report, settings):
    """'Most children in care live in stable homes': a claim of none says the opposite."""
    text = "Inspectors said no children in care live in stable homes."
    assert verdicts(report, text, settings) == ["contradicted"]


@pytest.mark.parametrize(
    ("report_says", "negation"),
    [
        (  # a real report (Shropshire 2025): 'no specific' only narrows what it denies
            "There are no specific face to face support services accessible to care "
            "leavers to help provide immediate emotional health support.",
            "no specific face",
        ),
        ("There are no particular delays for care leavers seeking support.", None),
    ],
)
def test_a_negation_reaches_past_words_that_only_narrow_it(report_says, negation):
    """'no specific X' denies X as 'no X' does (paraphrase17: 'care leavers have ready
    access to face-to-face emotional health support' was supported by the sentence that
    denies it); a content word of its own still stops it ('no particular delays' denies
    delays, which the claim does not speak of)."""
    from verify.check.common import content_words
    from verify.check.negation.negations import _negation_of

    claim = "care leavers have ready access to face-to-face emotional health support"
    assert _negation_of(content_words(claim), report_says) == negation


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Inspectors said children are always seen alone.", True),
        ("Inspectors said children are seen alone when appropriate.", False),
        ("Inspectors said children are always seen alone when appropriate.", False),
    ],
)
def test_an_always_the_report_gives_on_a_condition_is_generalised(claim, expected):
    """A real report (Shropshire 2025): 'Children are seen alone when appropriate.' does
    it as the case needs; a claim's 'always' without that condition says more
    (paraphrase17: was supported)."""
    from verify.check.common import content_words
    from verify.check.negation import generalised
    from verify.match import Hit

    report_says = "Children are seen alone when appropriate."
    hit = Hit(start=0, end=len(report_says), score=0.8, passage=None, lexical=0.8)
    assert generalised(claim, content_words(claim), report_says, hit) is expected


def test_appropriate_as_an_adjective_is_no_condition():
    """A real report (Brighton and Hove 2015): 'where appropriate child protection
    thresholds are consistently well applied' names the thresholds, it sets no condition
    (stress_faithful's true claim was flagged misleading)."""
    from verify.words.qualifiers import AS_NEEDED

    assert not AS_NEEDED.search(
        "the effective multi-agency safeguarding hub (MASH), where appropriate child "
        "protection thresholds are consistently well applied."
    )
    assert AS_NEEDED.search("Children are seen alone when appropriate.")
    assert AS_NEEDED.search("Wherever possible, children live with their brothers and sisters.")


def test_an_opposite_said_of_a_pronoun_reads_the_clause_it_stands_for():
    """A real report (Shropshire 2017): '..., these have been slow to develop' says the
    plans are slow; the clause of 'slow' holds only 'develop' of the claim's words, so
    'these' is read as the clause before (paraphrase17: the sentence supported 'quick to
    develop')."""
    from verify.check.common import content_words
    from verify.check.negation import opposite_said

    report_says = (
        "While there are clear plans to improve support for independent living, these "
        "have been slow to develop."
    )
    claim = "plans to improve support for independent living have been quick to develop"
    assert opposite_said(claim, content_words(claim), report_says) == ("quick", "slow", True)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Inspectors said all children receive strong help from social workers.", True),
        # Inside the claim's own quotation marks the 'all' is the report's word (fresh17).
        (
            "Inspectors said \u201call children\u201d receive strong help from social workers.",
            False,
        ),
        ("Inspectors said 'all children' receive strong help from social workers.", False),
    ],
)
def test_an_all_inside_the_claims_own_quotation_is_no_generalisation(claim, expected):
    from verify.check.common import content_words
    from verify.check.negation import generalised
    from verify.match import Hit

    report_says = "Most children receive help that is strong and timely from their social workers."
    hit = Hit(0, 0, 0.8, None, lexical=0.6)
    assert generalised(claim, content_words(claim), report_says, hit) is expected
