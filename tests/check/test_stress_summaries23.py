"""Derived set: the reports' own summary sentences told as findings (lane summaries23,
session 23; the rule is ``verify.evaluation.summary_set``'s docstring, the whole set is
scored by ``python -m verify.evaluation --part dev summaries``).

A bounded sample: the items of two councils of each half (by council), every positive a
summary sentence checked against its own report's body, every negative one checked
against the other council's report of the opposite grade. Checked with both encoders,
each half's support recall and false support are held at the figures reached (the
floors and ceilings below), so a change that supports fewer true findings or more
negatives fails here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from check_helpers import ENCODERS

from verify.evaluation.summaries import outcome, totals
from verify.evaluation.summary_set import derive
from verify.match import Encoder
from verify.settings import BUNDLED_MODEL, Settings

pytestmark = [pytest.mark.shared, pytest.mark.slow]

SAMPLE = frozenset({"80455_isles of scilly", "80522_medway", "80487_barnet", "80572_torbay"})


@dataclass(frozen=True)
class Bounds:
    """A half's figures with one encoder: at least ``supported`` of its positives
    supported, at most ``false`` of its negatives."""

    positives: int
    supported: int
    negatives: int
    false: int


BOUNDS = {
    ("stand-in", "tune"): Bounds(16, 13, 10, 4),
    ("stand-in", "held-out"): Bounds(21, 12, 17, 9),
    ("minilm", "tune"): Bounds(16, 16, 10, 7),
    ("minilm", "held-out"): Bounds(21, 14, 17, 8),
}
"""Reached in session 23 without a tone rule, the set's choices hashed on each report's place
in the corpus (the sample's councils' items: 37 positives, 25 negatives; the whole set's
figures are printed by the evaluation section). Session 30's parser (version 19) reads
headings set close above a list, so Barnet 2017's and Torbay 2016's and 2018's sections
changed and the hash chose other summary sentences: the held-out half's negatives are 17
(were 15), 6 new (4 supported with either encoder) and 4 gone (3 supported with the
stand-in, 2 with MiniLM); every item of both samples keeps its verdict, so the false
supports rise with the sample (stand-in 8 to 9 of 17, MiniLM 6 to 8), not the checks."""


@pytest.fixture(scope="module", params=ENCODERS)
def figures(shared: Path, tmp_path_factory, request) -> tuple[str, dict]:
    root = tmp_path_factory.mktemp("summaries23")
    settings = Settings(
        cache_dir=str(root / "cache"), archive=str(root / "none"), model=request.param
    )
    encoder = Encoder(settings)
    items = derive(shared, settings, SAMPLE)
    outcomes = [outcome(item, settings, encoder) for item in items]
    name = "minilm" if request.param == BUNDLED_MODEL else "stand-in"
    return name, totals(items, outcomes)


@pytest.mark.parametrize("half", ["tune", "held-out"])
def test_summary_sentences_are_supported_by_their_body_and_not_by_the_opposite(figures, half):
    encoder, got = figures
    want = BOUNDS[encoder, half]
    positives, negatives = got[half, True], got[half, False]
    assert (positives["n"], negatives["n"]) == (want.positives, want.negatives)
    assert positives["tool"] >= want.supported, dict(positives)
    assert negatives["tool"] <= want.false, dict(negatives)
