"""The derived sets' shared rules: the test part's councils, read once, are off limits."""

from __future__ import annotations

import json
from pathlib import Path

from verify.evaluation import halves, quoteback_set, summary_set
from verify.evaluation.dev import DEV_GOLD


def test_no_derived_set_draws_on_a_test_part_council(tmp_path):
    """``split.json``'s test councils, read once (``halves.test_councils``), are left out
    of every set drawing on the reports' folders."""
    told = json.loads((DEV_GOLD / "split.json").read_text(encoding="utf-8"))["test_councils"]
    assert halves.test_councils() == frozenset(told)
    assert halves.test_councils() is halves.test_councils()  # read once
    reports = tmp_path / "corpora" / "ofsted" / "reports"
    for folder in (told[0], "Elsewhere_Somewhere"):
        (reports / folder).mkdir(parents=True)
        (reports / folder / "report.pdf").write_bytes(b"")
    assert quoteback_set.councils(reports) == ["Elsewhere_Somewhere"]
    assert [c for c, _ in summary_set.sources(tmp_path)] == ["Elsewhere_Somewhere"]
    assert Path(summary_set.sources(tmp_path)[0][1]).name == "report.pdf"
