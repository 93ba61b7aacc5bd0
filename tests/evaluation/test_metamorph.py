"""The metamorphic set: the dev part's real claims varied by operators whose truth is
computed (``verify.evaluation.variants``), checked as the evaluation checks the articles.

The operators are tested on invented sentences; the set itself on a bounded sample of
the tune half's articles, with both encoders, asserting the disagreements reached (session
23, lane metamorph23) exactly: a new one fails, and so does one mended.
"""

from __future__ import annotations

from io import StringIO

import pytest
from rich.console import Console

from verify.evaluation.metamorph import SHARES, agrees, half, items, run, varied
from verify.evaluation.run import EvalRun
from verify.evaluation.shares import share_sentences
from verify.evaluation.variants import (
    FLAG,
    earlier_swap,
    frame,
    grade_form,
    grade_near,
    grade_swap,
    judgement_name,
    tense,
    verb,
    voice,
    year_form,
)
from verify.settings import BUNDLED_MODEL, TEST_MODEL, Settings
from verify.types import Judgement

RATING = {"kind": "rating", "verdict": "supported"}


def test_the_test_part_is_told_the_set_measures_the_dev_part_only(tmp_path):
    """``--part test metamorph`` says why it measures nothing, loading nothing."""
    said = StringIO()
    ev = EvalRun(tmp_path, Console(file=said, width=200), str(tmp_path), parts=("test",))
    run(ev)
    assert said.getvalue().strip() == "metamorphic set: it measures the dev part only"


def test_a_swapped_grade_is_wrong_only_for_one_grade_of_today():
    said = "Croydon’s children’s services have been rated ‘good’ by Ofsted"
    assert grade_swap(said, RATING) == (said.replace("good", "inadequate"), FLAG)
    assert grade_near(said, RATING) == (
        said.replace("good", "requires improvement to be good"),
        FLAG,
    )
    assert grade_swap("It was rated good, up from inadequate in 2019", RATING) is None
    assert grade_swap("Leaders were good and care leavers outstanding", RATING) is None
    assert grade_swap(said, {"kind": "rating", "verdict": "misleading"}) is None
    assert grade_swap("INADEQUATE", RATING) == ("GOOD", FLAG)


def test_an_earlier_grade_swapped_is_wrong_for_its_inspection():
    row = {"kind": "comparison", "verdict": "supported"}
    said = "which had previously been rated as ‘Good’ in 2018"
    assert earlier_swap(said, row) == (said.replace("Good", "Inadequate"), FLAG)
    assert earlier_swap("from ‘good’ overall to ‘outstanding’", row) == (
        "from ‘good’ overall to ‘requires improvement to be good’",
        FLAG,
    )
    assert earlier_swap(said, RATING) is None


@pytest.mark.parametrize(
    ("op", "said", "varied_to"),
    [
        (grade_form, "rated ‘good’ overall", "rated good overall"),
        (grade_form, "services require improvement", "services require improvement to be good"),
        (grade_form, "it requires improvement to be good", "it requires improvement"),
        (grade_form, "judged outstanding", "judged ‘outstanding’"),
        (judgement_name, "Children in care are good", "Looked after children are good"),
        (judgement_name, "services for care leavers", "services for young people leaving care"),
        (
            frame,
            "The council was rated good",
            "In its report, Ofsted said that the council was rated good",
        ),
        (frame, "Croydon was rated good", "In its report, Ofsted said that Croydon was rated good"),
        (tense, "Leaders were judged good", "Leaders have been judged good"),
        (
            voice,
            "Croydon’s services have been rated good by Ofsted",
            "Ofsted rated Croydon’s services good",
        ),
        (
            voice,
            "Ofsted rated the service good again",
            "The service was rated good by Ofsted again",
        ),
        (verb, "It was rated as good", "It was labelled as good"),
        (verb, "Services judged ‘Outstanding’", "Services branded ‘Outstanding’"),
        (year_form, "It was rated good in 2018", "It was rated good at its 2018 inspection"),
        (year_form, "inadequate since 2016", "inadequate since its 2016 inspection"),
    ],
)
def test_a_keeping_operator_changes_the_words_not_the_truth(op, said, varied_to):
    assert op(said, RATING) == (varied_to, "supported")


@pytest.mark.parametrize(
    ("op", "said", "row"),
    [
        (frame, "But the report published last week", RATING),
        (frame, "Since then, inspectors visited", RATING),
        (
            frame,
            "The council is one of three in the region",
            {"kind": "national", "verdict": "not_checkable"},
        ),
        (voice, "Plans have been strengthened after it was rated as inadequate", RATING),
        (tense, "It was rated good in 2019", RATING),
        (judgement_name, "Leaders were good", RATING),
        (year_form, "The inspection in 2018 found it good", RATING),
    ],
)
def test_an_operator_leaves_out_what_it_cannot_vary_or_settle(op, said, row):
    """A frame before a sentence tied to the one before, or before a claim no check
    settles; the other voice of a clause; a tense of an earlier grade: no variant."""
    assert op(said, row) is None


def test_shares_are_counted_from_the_table():
    table = [
        Judgement(name=n, grade=g, printed=n)
        for n, g in [
            ("overall_effectiveness", "good"),
            ("impact_of_leaders", "outstanding"),
            ("help_and_protection", "good"),
            ("children_in_care", "good"),
            ("care_leavers", "good"),
        ]
    ]
    said = dict(share_sentences(table))
    assert said["Three of the four areas inspected were judged good."] == "supported"
    assert said["All four areas inspected were judged good."] == FLAG
    assert said["Services were judged good in all but one of the four areas."] == "supported"
    assert said["75 per cent of the areas were judged good."] == "supported"
    assert said["One of the four areas inspected was judged outstanding."] == "supported"
    assert said["Two of the four areas inspected were judged outstanding."] == FLAG


def test_claims_are_varied_in_place_and_halves_are_by_council():
    text = "Leaders were judged good. Care leavers were judged outstanding."
    rows = [
        {"start": 0, "end": 24, "kind": "rating", "verdict": "supported"},
        {"start": 26, "end": 62, "kind": "rating", "verdict": "supported"},
    ]
    new, placed = varied(text, rows, "tense")
    assert new == "Leaders have been judged good. Care leavers have been judged outstanding."
    assert [new[r["start"] : r["end"]] for r in placed] == [r["words"] for r in placed]
    assert half("york_2017") == half("york_2025") and {
        half(a) for a in ("york_1", "croydon_1")
    } == {"tune", "held-out"}
    assert agrees(FLAG, "contradicted") and not agrees(FLAG, "supported")


SAMPLE = (
    "croydon_2024",
    "devon_2025",
    "sandwell_2018",
    "st-helens_2023",
    "south-gloucestershire_2017",
)
"""Tune-half articles whose claims every operator varies."""

DISAGREE: dict[str, set[tuple[str, str, str]]] = {
    "stand-in": set(),
    "minilm": set(),
}
"""Per encoder, the sample's variants the tool still disagrees with: (article, operator,
the variant's first words)."""


@pytest.fixture(scope="module")
def sampled(shared, tmp_path_factory):
    """The sample's items per encoder, checked with one cache and archive for both."""
    folder = tmp_path_factory.mktemp("metamorph")
    out = {}

    def run(model: str):
        if model not in out:
            ev = EvalRun(
                shared,
                Console(file=StringIO()),
                str(folder),
                parts=("dev",),
                base=Settings(model=model),
            )
            out[model] = items(ev, SAMPLE)
        return out[model]

    return run


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize(
    "model",
    [
        pytest.param(TEST_MODEL, id="stand-in"),
        pytest.param(BUNDLED_MODEL, marks=pytest.mark.model, id="minilm"),
    ],
)
def test_the_sample_agrees_but_for_its_known_misses(sampled, model):
    found = sampled(model)
    assert {i.half for i in found} == {"tune"}
    assert len(found) >= 100 and sum(i.op == SHARES for i in found) >= 40
    missed = {(i.article, i.op, i.words[:40]) for i in found if not agrees(i.expected, i.tool)}
    assert missed == DISAGREE["stand-in" if model == TEST_MODEL else "minilm"]
