"""The eval section for history, comparison and national claims scores only those claims
of the gold, and leaves earlier reports to the archive."""

from __future__ import annotations

from collections import Counter

import pytest

from verify.evaluation.history import archive_set, group


def test_a_claim_is_history_when_its_evidence_is_an_earlier_report():
    assert group({"kind": "comparison", "evidence": "previous report para 4"}) == "history"
    assert group({"kind": "rating", "evidence": "Previous report, judgement table"}) == "history"
    assert group({"kind": "comparison", "evidence": "p.1"}) == "comparison"
    assert group({"kind": "national", "evidence": None}) == "national"
    assert group({"kind": "rating", "evidence": "judgement table"}) is None


@pytest.mark.shared
def test_the_dev_part_keeps_only_scored_claims_and_no_previous_report(shared, settings):
    docs = archive_set(shared, "dev").documents(settings)
    groups = Counter(group(row) for doc in docs for row in doc["claims"])
    assert docs and all(doc["previous"] == [] and doc["claims"] for doc in docs)
    assert set(groups) == {"history", "comparison", "national"}
