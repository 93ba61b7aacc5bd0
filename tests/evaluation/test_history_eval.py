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


@pytest.mark.shared
def test_the_real_articles_take_earlier_reports_from_the_archive_only_with_one(shared, settings):
    from verify.evaluation.dev import dev_set

    alone = dev_set(shared, "dev").documents(settings)
    archived = dev_set(shared, "dev", with_archive=True).documents(settings)
    assert any(doc["previous"] for doc in alone)
    assert all(doc["previous"] == [] for doc in archived)
    assert [d["reports"] for d in alone] == [d["reports"] for d in archived]


@pytest.mark.shared
@pytest.mark.slow
def test_the_evaluation_builds_the_shared_archive_once_per_run(shared, tmp_path):
    from io import StringIO

    from rich.console import Console

    from verify.archive import Archive
    from verify.evaluation.shared_archive import shared_archive

    out = StringIO()
    console = Console(file=out, width=200)
    first = shared_archive(shared, console, str(tmp_path))
    again = shared_archive(shared, console, str(tmp_path))
    assert first == again == tmp_path.resolve() / "archive.sqlite"
    assert out.getvalue().count("report files indexed") == 1
    with Archive(first) as archive:
        assert archive.count() >= 250
