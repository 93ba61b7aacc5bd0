"""The Ctrl-F floor's search: normalised substring matching of every quotation."""

from __future__ import annotations

from verify.bench.floor import search


def test_quotations_are_found_through_case_marks_hyphens_and_line_breaks():
    report = "Leaders are ambitious.\nThe multi-\nagency partnership is Strong and effective."
    release = (
        "Inspectors said the partnership is “strong and effective” and leaders "
        "are 'ambitious'. They called it ‘multi agency’ and \"outstanding in every way\"."
    )
    assert search(release, report) == (2, 3)  # 'ambitious' is in straight single marks


def test_a_quotation_must_match_whole_words():
    assert search("“strong and effect”", "strong and effective") == (0, 1)
