"""The real errors in the seed articles, checked against the real Ofsted reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from verify.evaluation.verdicts import GOLD, match
from verify.match import Encoder
from verify.pipeline import check
from verify.settings import Settings

pytestmark = [pytest.mark.shared, pytest.mark.model, pytest.mark.slow]


@pytest.fixture(scope="module")
def checked(seeds_dir: Path, reports_dir: Path, tmp_path_factory):
    """Each seed with gold, checked once: (gold, result)."""
    root = tmp_path_factory.mktemp("cache")
    settings = Settings(cache_dir=str(root), archive=str(root / "no-archive"))
    encoder = Encoder(settings)
    out = {}
    for gold_file in sorted(GOLD.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        result = check(
            str(seeds_dir / gold["seed"]),
            [str(reports_dir / r) for r in gold["reports"]],
            [str(reports_dir / r) for r in gold["previous"]],
            settings,
            encoder,
        )
        out[gold["seed"][:3]] = (gold, result)
    return out


def _by_error(gold, result) -> dict:
    pairs = zip(gold["claims"], match(gold["claims"], result.claims), strict=True)
    return {row["error"]: (row, claim) for row, claim in pairs if row.get("error")}


@pytest.mark.parametrize(
    ("seed", "error", "verdict", "why"),
    [
        ("000", "e1", "misleading", "2 of 4"),
        ("000", "e2", "misquoted", "'work' became 'care'"),
        ("003", "e3", "misquoted", "'in 2012' dropped"),
        ("003", "e4", "misquoted", ""),
        ("003", "e5", "spliced", "'poor' dropped"),
        ("003", "e6", "misquoted", "with whom"),
        ("003", "e7", "contradicted", "6 HMI"),
        ("003", "e8", "contradicted", "not outstanding"),
    ],
)
def test_seed_errors_are_flagged(checked, seed, error, verdict, why):
    gold, result = checked[seed]
    row, claim = _by_error(gold, result)[error]
    assert claim is not None, f"{row['snippet']!r} was not extracted"
    assert claim.verdict == verdict, claim.explanation
    assert why in claim.explanation
    assert claim.evidence


def test_splice_gives_each_source_passage(checked):
    gold, result = checked["003"]
    _, claim = _by_error(gold, result)["e5"]
    assert len(claim.evidence) == 2
    assert claim.evidence[0].text.startswith("Children at risk of immediate harm")
    assert "Partner agencies respond robustly" in claim.evidence[1].text


def test_shropshire_omits_two_requires_improvement_judgements(checked):
    _, result = checked["003"]
    omitted = {(o.judgement, o.grade) for o in result.omissions if o.kind == "judgement"}
    assert omitted == {
        ("looked_after_and_permanence", "requires_improvement"),
        ("care_leavers", "requires_improvement"),
    }


def test_harrow_strong_and_effective_is_placed_in_the_executive_summary(checked):
    gold, result = checked["004"]
    _, claim = _by_error(gold, result)["e11"]
    assert claim.verdict == "supported"
    assert claim.evidence[0].report.startswith("Harrow")
    assert "executive summary" in (claim.evidence[0].section or "").lower()


def test_salford_percentage_states_the_counting_rule(checked):
    _, result = checked["000"]
    claim = next(c for c in result.claims if "50 per cent" in c.text)
    assert claim.verdict == "supported"
    assert "2 of 4 graded areas" in claim.explanation and "2 of 5 judgements" in claim.explanation


def test_salford_verbatim_quotes_cite_their_paragraphs(checked):
    _, result = checked["000"]
    claim = next(c for c in result.claims if c.text == "strong advocates for their young people")
    assert claim.verdict == "supported" and claim.evidence[0].paragraph == 32


def test_release_about_a_later_focused_visit_is_not_flagged_against_the_inspection(checked):
    _, result = checked["001"]
    quotes = [c for c in result.claims if c.kind == "quote" and "right time" in c.text]
    assert quotes and all(c.verdict == "not_checkable" for c in quotes)
