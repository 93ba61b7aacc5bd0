"""Stress: ratings and comparisons with earlier inspections in the shapes real articles use
and the tool left not_checkable (session 21, lane ratings21).

'have been told they require improvement to be good', a judgement after a colon ('The
regulator's verdict on the impact of leaders: outstanding', 'received the highest grade:
outstanding'), several judgements 'all good', 'Until 2019' and 'Before the latest
inspection' (the report before the current one, not the current one), an area 'improved
since the last inspection, when it was judged good', SIF sub-judgements beside the grade of
an earlier inspection the report prints. On real articles true ratings and comparisons
ending not_checkable are the largest accuracy losses, so this set asserts a true claim
*supported*, not merely unflagged. Invented council and local-news releases about five real
reports of councils outside dev and test (SIF 2016; ILACS 2019 twice, 2022, 2024), beside
planted wrong current grades, wrong earlier grades and a move that did not happen, which
must stay contradicted, and officials' words. The expected verdicts
(``tests/data/stress_ratings21/expected.json``) were written by the conventions
(../shared/dev/README.md) before the tool was run; checked with the archive of every report
in ../shared, as the evaluation checks real articles.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import (
    assert_mixed_releases,
    assert_supported_when_true,
    load_expected,
    stress_tests,
)

pytestmark = [pytest.mark.shared, pytest.mark.slow]

DATA = Path(__file__).parents[1] / "data" / "stress_ratings21"
EXPECTED, _ = load_expected(DATA)

KNOWN_MISSES: dict[str, str] = {}
"""Words of a claim -> why the tool's verdict still differs from the expected one."""


checked, test_ratings_and_comparisons_told_true = stress_tests(
    DATA, KNOWN_MISSES, archive=True, assertion=assert_supported_when_true
)


def test_each_release_mixes_true_claims_officials_words_and_planted_errors():
    """Every release holds true claims, claims no check can settle and a planted error, and
    the known misses are its claims, each listed once."""
    assert_mixed_releases(EXPECTED, KNOWN_MISSES)
