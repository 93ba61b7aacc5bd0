"""Stress: findings told the other way in words of the release's own (lane polarity21,
session 21).

By the conventions (../shared/dev/README.md) a finding is supported only by a passage that
says the same thing; one the report tells the other way is contradicted. Session 20's
MiniLM pass found such claims supported by a passage close in meaning but of the opposite
polarity ('an unstable workforce' beside 'The workforce ... has now stabilised'; 'an
increase in workforce turnover' beside 'Low workforce turnover'). Invented council press
releases and local news stories about five real reports of councils outside dev and test
(SIF 2017 twice; ILACS 2019 twice, 2022): findings told the other way by an antonym, a
prefix or a change's direction in other words ('a fall in adoptions' for the report's
increase, 'unmanageable' workloads, 'swift' progress for 'slow and inconsistent'), true
paraphrases using the same antonym-looking words rightly ('a high number of children in
care', 'average length falling'), grades, a quotation and officials' words. The expected
verdicts (``tests/data/stress_polarity21/expected.json``) were written by the conventions
before the tool was run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import assert_mixed_releases, load_expected, stress_tests

pytestmark = [pytest.mark.shared, pytest.mark.slow]

DATA = Path(__file__).parents[1] / "data" / "stress_polarity21"
EXPECTED, _ = load_expected(DATA)

_WHOSE_WORKLOADS = (
    "the report's 'and workloads are manageable' holds one of the three subject words of "
    '"Social workers\' workloads ... unmanageable" (social, workers, workloads), under half, '
    "so it is no opposite of the same subject; reading a possessor as whose, not what, would "
    "also read 'care leavers' pathway plans' against what the report says of children's plans"
)
KNOWN_MISSES: dict[str, str] = {
    "Social workers' workloads were found to be unmanageable.": _WHOSE_WORKLOADS,
}
"""Words of a claim -> why the tool's verdict (hashing stand-in) still differs."""


checked, test_findings_told_the_other_way = stress_tests(DATA, KNOWN_MISSES, archive=True)


def test_each_release_mixes_true_claims_officials_words_and_planted_errors():
    """Every release holds true claims, claims no check can settle and a planted error, and
    the known misses are its claims, each listed once."""
    assert_mixed_releases(EXPECTED, KNOWN_MISSES)
