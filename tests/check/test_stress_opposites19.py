"""Stress: findings told the other way in words of the release's own (issue 10, session
19, opposites19: recall of planted opposites).

Invented council and local-news releases about five real reports (ILACS 2019, 2023, 2024,
2024, 2025) of councils outside dev and test, each telling some of the report's findings
by the opposite predicate of the same subject ('caseloads were low' for 'High caseloads
for many staff', plans 'strong' for 'weak', 'consistent' for 'inconsistent', 'without
delay' for 'delays in', 'low' prevalence for 'high', 'improved' for 'declined',
'increasingly unstable' for 'increasingly stable', 'a weakness' for 'a strength'), beside
true paraphrases in words of the same pairs that must stay unflagged ('turnover ... has
fallen' for 'has decreased', 'in good time' for 'timely', 'of high quality'), grades, and
officials' words no check can settle. Each release is checked with the archive of every
report in ../shared. The expected verdicts (tests/data/stress_opposites19/expected.json)
were written by the conventions (../shared/dev/README.md) before the tool was run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import assert_mixed_releases, load_expected, stress_tests

pytestmark = [pytest.mark.shared, pytest.mark.slow]

DATA = Path(__file__).parents[1] / "data" / "stress_opposites19"
EXPECTED, _ = load_expected(DATA)

KNOWN_MISSES: dict[str, str] = {
    "matching processes for children waiting to be adopted are timely": (
        "the report's 'Matching processes are not timely, and sometimes there is a delay ...' "
        "holds 3 of the claim's 6 content words (the release adds 'for children waiting to "
        "be adopted'), under the 60% ``negation.negated_restatement`` asks, and the test "
        "encoder ranks it outside the pool: not found (not_checkable)"
    ),
    "The response to 16 and 17-year-olds who present as homeless is consistent": (
        "flagged, but misleading, not contradicted: the report's 'The response to children "
        "aged 16 or 17 who present as homeless is inconsistent' lacks the claim's "
        "'year-olds' (it says 'children aged'), so its opposite only withholds support, and "
        "``finding._without_support`` then finds the topic listed to improve (misleading)"
    ),
}
"""Words of a claim -> why the tool's verdict still differs from the expected one."""


checked, test_findings_told_the_other_way = stress_tests(DATA, KNOWN_MISSES, archive=True)


def test_each_release_mixes_true_claims_officials_words_and_planted_errors():
    """Every release holds true claims, claims no check can settle and a planted error, and
    the known misses are its claims, each listed once."""
    assert_mixed_releases(EXPECTED, KNOWN_MISSES)
