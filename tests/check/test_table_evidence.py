"""Evidence for a grade quotes the report's own words, never text made up from a table."""

from __future__ import annotations

import pytest

from verify.check.grades import table_evidence
from verify.report import load_report

REPORTS = [
    "80548_salford/children's services inspection - 12 january 2024.pdf",
    "80441_bristol/children's services inspection - 05 december 2014.pdf",
]


@pytest.mark.shared
@pytest.mark.parametrize("name", REPORTS)
def test_every_judgements_evidence_is_text_printed_in_the_report(name, reports_dir, settings):
    report = load_report(str(reports_dir / name), settings)
    printed = " ".join(report.text.split())
    evidence = table_evidence(report, None, [j.name for j in report.judgements])
    assert len(evidence) == len(report.judgements)
    for item in evidence:
        assert item.text in printed
    by_text = " | ".join(e.text for e in evidence)
    assert "Safeguarding Children Board" in by_text or report.framework != "sif"


def test_explanations_read_as_english():
    from verify.words import plural

    assert plural(1, "calendar week") == "1 calendar week"
    assert plural(2, "calendar week") == "2 calendar weeks"
