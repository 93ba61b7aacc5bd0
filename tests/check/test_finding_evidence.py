"""What may support a paraphrased finding: a sentence of the report that says it, never a
line that is no sentence (a title, a cover line, a heading).

Invented sentences of each form and near-misses (written24: an official's 'has accepted
the findings of an Ofsted inspection' supported by the cover line 'Inspection of Nottingham
City local')."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from verify.check.finding.reading import a_line
from verify.check.finding.steps import _saying_the_same
from verify.match import Hit


def _sentence(text: str, kind: str = "numbered") -> SimpleNamespace:
    return SimpleNamespace(text=text, passage=SimpleNamespace(kind=kind))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Inspection of Ashbury local", "other"),
        ("authority children’s services", "other"),
        ("Inspection dates: 4 to 15 March 2024", "other"),
        ("Lead inspector: Jane Smith, His Majesty’s Inspector", "other"),
        ("Executive summary 2 The local authority 6 Recommendations 8", "other"),
        ("Inspection of Ashbury local authority children’s services", "summary"),
    ],
)
def test_a_title_cover_line_or_heading_is_a_line(text, kind):
    assert a_line(_sentence(text, kind))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Leaders know their services well.", "other"),  # a sentence, stopped
        ("Most children are seen quickly by a social worker.”", "summary"),  # a quote closed
        ("• 344 (or 43%) live outside the local authority area", "summary"),  # a bullet
        ("The quality of support for care leavers", "improvement"),  # an item to improve
        ("The experiences and progress of care leavers", "table"),  # a row with its grade
        ("Children are seen quickly and their needs are", "numbered"),  # cut by a page
    ],
)
def test_a_sentence_a_bullet_an_item_or_a_table_row_is_no_line(text, kind):
    assert not a_line(_sentence(text, kind))


def _reading(claim: str, pool, critical: bool = False):
    from verify.check.common import content_words

    return SimpleNamespace(
        critical_claim=critical, floor=0.55, words=content_words(claim), pool=pool
    )


def _hit(cosine: float) -> Hit:
    return Hit(start=0, end=10, score=cosine, passage=None, lexical=0.1, semantic=cosine)


def test_a_cover_line_is_never_support_however_near():
    claim = "Ashbury Council has accepted the findings of an Ofsted inspection of its services."
    cover = _sentence("Inspection of Ashbury local authority children’s services", "other")
    body = _sentence("Leaders have accepted the findings of an audit of services.")
    pool = [(cover, _hit(0.7), 0.3), (body, _hit(0.6), 0.4)]
    assert _saying_the_same(_reading(claim, pool)) == [pool[1]]


_MATCHED = "Children who have a plan for adoption are matched quickly with good families."


@pytest.mark.parametrize(
    "claim",
    [
        "Children with a plan for adoption are matched quickly, and no child was waiting.",
        "No child with a plan for adoption waits long to be matched with a family.",
        "No children with a plan for adoption are left waiting for a family.",
        "No family waits long for adoption once children have a plan.",
    ],
)
def test_no_before_the_people_a_claim_is_about_denies_nothing_the_report_says(claim):
    """'no child was waiting' says none of them waits; the report's plain 'Children ...
    are matched quickly' says the same, and support is not withheld for its 'no'."""
    from verify.check.common import content_words
    from verify.check.negation.denials import negated_where_plain

    assert negated_where_plain(claim, content_words(claim), _MATCHED) is None


@pytest.mark.parametrize(
    ("sentence", "negation"),
    [
        ("Children are seen quickly by social workers.", "No children"),
        ("Children are not seen quickly by social workers.", None),
        ("Children are seen by social workers, but not quickly enough.", None),
    ],
)
def test_no_before_the_people_denies_what_the_report_says_they_do(sentence, negation):
    """'No children are seen quickly by social workers' denies all the report says of
    children plainly: support is withheld; beside a report that says it too, it is not."""
    from verify.check.common import content_words
    from verify.check.negation.denials import negated_where_plain

    claim = "No children are seen quickly by social workers."
    assert negated_where_plain(claim, content_words(claim), sentence) == negation


@pytest.mark.parametrize(
    ("claim", "negation"),
    [
        ("Children with a plan for adoption are not matched quickly.", "not matched"),
        ("Children with a plan for adoption are never matched quickly.", "never matched"),
    ],
)
def test_a_negation_of_what_the_report_says_of_them_still_withholds_support(claim, negation):
    from verify.check.common import content_words
    from verify.check.negation.denials import negated_where_plain

    assert negated_where_plain(claim, content_words(claim), _MATCHED) == negation


def _opposed(claim: str, sentence: str) -> str | None:
    from verify.check.common import content_words
    from verify.check.finding.opposites import _opposite_change

    scored = (SimpleNamespace(text=sentence), _hit(0.8), 0.9)
    return _opposite_change(claim, content_words(claim), scored)


def test_a_sentence_telling_both_changes_does_not_tell_the_claims_the_other_way():
    """Two clauses hold as many of the claim's words; the one telling the claim's own
    change is what it restates (written24: the first clause, 'Improvement ... is now being
    prioritised', was read, and the claim's 'deteriorated' held back as contradicted)."""
    claim = "The quality of care in the council's own children's homes had deteriorated."
    both = (
        "Improvement to the quality of the council's children's homes is now being "
        "prioritised, following a period where the quality of care in the homes had "
        "deteriorated."
    )
    assert _opposed(claim, both) is None


@pytest.mark.parametrize(
    ("claim", "sentence", "told"),
    [
        (
            "The quality of practice had deteriorated since the focused visit.",
            "A focused visit found that the quality of practice had improved.",
            "improved",
        ),
        (
            "The quality of practice has improved since the last inspection.",
            "The pace of change has improved, but the quality of practice has declined "
            "since the last inspection.",
            "declined",
        ),
    ],
)
def test_a_change_told_the_other_way_in_the_clause_it_restates_is_still_read(claim, sentence, told):
    assert _opposed(claim, sentence) == told
