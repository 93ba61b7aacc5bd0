"""The extraction gold: anchors hold, and the extractor meets the targets on the seeds."""

from __future__ import annotations

import json

from verify.evaluation import extraction
from verify.ingest.release import read_release


def test_seed_gold_snippets_sit_at_their_offsets(shared, settings):
    files = sorted(extraction.SEED_GOLD.glob("*.json"))
    assert len(files) == 4
    for gold_file in files:
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = read_release(str(shared / "seeds" / gold["source"]), settings).text
        for row in gold["quotes"] + gold["claims"]:
            assert text[row["start"] : row["start"] + len(row["snippet"])] == row["snippet"]


def test_anchor_moves_a_shifted_span_to_its_snippet():
    text = "xx Inspectors said “strong and effective” leadership."
    row = {"start": 0, "end": 20, "snippet": "strong and effective"}
    assert extraction.anchor(text, row) == (20, 40)


def test_seed_targets_are_met(shared):
    seeds, fixtures = extraction.load_docs(shared)
    assert len(seeds) == 4 and len(fixtures) >= 7
    scores = extraction.score(seeds)
    assert scores["quote span F1 (exact)"][0] >= 0.95
    assert scores["attribution role accuracy"][0] >= 0.95
    # the baseline is scored on the same gold and is clearly weaker
    assert scores["quote span F1 (exact)"][1] < scores["quote span F1 (exact)"][0]


def test_match_pairs_one_to_one():
    gold = [extraction.Item(0, 10, "a"), extraction.Item(20, 30, "b")]
    pred = [extraction.Item(0, 10, "a"), extraction.Item(5, 25, "b")]
    assert len(extraction.match(gold, pred, exact=True)) == 1
    assert len(extraction.match(gold, pred, exact=False)) == 2
