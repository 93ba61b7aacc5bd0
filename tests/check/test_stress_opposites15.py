"""Stress: praise the report contradicts in other words, and limits kept and dropped
(issue 10, session 15, opposites15; flag recall on real articles).

Invented council and local-news releases about eight real 2014-2025 reports of councils
outside dev and test, each praising what its report criticises in words other than the
claim's: 'a strength' for 'underdeveloped', 'manageable' for 'consistently high', 'swift'
for 'too slow', 'robust' for 'not sufficiently robust', 'no children' for 'a very few',
turnover 'increased' for 'a reduction'; universal praise against the report's limits
('all', 'every', 'consistently' for 'not all', 'most', 'variable', 'not always', 'could be
more specific'); beside praise the report supports, limits the release keeps, and
officials' words no check can settle. Each release is checked with the archive of every
report in ../shared, as the evaluation checks real articles. The expected verdicts
(``tests/data/stress_opposites15/expected.json``) were written by the conventions
(../shared/dev/README.md, corpora/gold/dev/README.md's judgement calls) before the tool
was run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import assert_mixed_releases, load_expected, stress_tests

pytestmark = [pytest.mark.shared, pytest.mark.slow]

DATA = Path(__file__).parents[1] / "data" / "stress_opposites15"
EXPECTED, _ = load_expected(DATA)

KNOWN_MISSES: dict[str, str] = {}
"""Words of a claim -> why the tool's verdict still differs from the expected one."""


checked, test_opposites_in_other_words = stress_tests(DATA, KNOWN_MISSES, archive=True)


def test_each_release_mixes_praise_limits_and_planted_errors():
    """Every release holds true claims, claims no check can settle and a planted error; the
    known misses are its claims, each listed once."""
    assert_mixed_releases(EXPECTED, KNOWN_MISSES)
