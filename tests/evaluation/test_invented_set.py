"""The verdicts section scores the invented set end to end, in its own block."""

from __future__ import annotations

import json

import pytest
from rich.console import Console

from verify.evaluation import verdicts
from verify.evaluation.baselines import BASELINES
from verify.match import Encoder

pytestmark = [pytest.mark.model, pytest.mark.slow]


def test_every_invented_gold_claim_is_scored_for_the_tool_and_each_baseline(settings):
    gold_set = verdicts.INVENTED_SET
    pairs, results = verdicts.evaluate(gold_set, settings, Encoder(settings))
    n_gold = sum(len(json.loads(f.read_text(encoding="utf-8"))["claims"]) for f in gold_set.files())
    assert len(pairs) == n_gold and len(results) == len(gold_set.files())
    assert not [p.gold["snippet"] for p in pairs if p.tool == "missed"]
    assert all(set(p.baselines) == set(BASELINES) for p in pairs)

    console = Console(record=True, width=200)
    verdicts.show(gold_set, pairs, results, console)
    out = console.export_text()
    assert f"Verdicts on {n_gold} gold claims of the invented releases" in out
    assert "verify, per verdict, the invented releases" in out
    assert "baselines, per verdict (precision/recall), the invented releases" in out
    assert all(name in out for name in BASELINES)
