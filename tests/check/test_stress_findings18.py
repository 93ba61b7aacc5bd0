"""Stress: paraphrased findings the report contradicts, limits and leaves out (issue 10,
session 18, findings18; flag recall on real articles).

Invented council and local-news releases about four real reports (ILACS 2019, 2022, 2022,
2024) of councils outside dev and test, telling findings in other words: true paraphrases
that must stay supported; praise the report says the opposite of in other words ('set up
swiftly' for 'delays in establishing', 'in good time' for 'too late', 'clear' for 'overly
complicated', 'low caseloads' for 'high caseloads', 'without delay' for 'some delays'), some
in one clause of a long report sentence; a limit or hedge dropped ('In most cases', 'most
staff', 'mostly timely'); 'consistently'/'always' where the report says 'variable', 'not
consistent', 'not always'; a 'What needs to improve' item told as a strength; a finding
about one group told of another; officials' words no check can settle. Each release is
checked with the archive of every report in ../shared, as the evaluation checks real
articles. The expected verdicts (``tests/data/stress_findings18/expected.json``) were
written by the conventions (../shared/dev/README.md, corpora/gold/dev/README.md's judgement
calls) before the tool was run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import assert_mixed_releases, load_expected, stress_tests

pytestmark = [pytest.mark.shared, pytest.mark.slow]

DATA = Path(__file__).parents[1] / "data" / "stress_findings18"
EXPECTED, _ = load_expected(DATA)

KNOWN_MISSES: dict[str, str] = {}
"""Words of a claim -> why the tool's verdict still differs from the expected one."""


checked, test_paraphrased_findings = stress_tests(DATA, KNOWN_MISSES, archive=True)


def test_each_release_mixes_true_claims_officials_words_and_planted_errors():
    """Every release holds true claims, claims no check can settle and a planted error, and
    the known misses are its claims, each listed once."""
    assert_mixed_releases(EXPECTED, KNOWN_MISSES)
