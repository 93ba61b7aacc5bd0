"""Stress: officials' words and what they relay (lane officials17, issue 10).

A council official's words are not_checkable, unless the official relays the report's own
words, which are checked as the report's; words an official gives to inspectors that the
report lacks are misattributed, the official named as their teller. Invented council and
local-news releases about five real reports of councils outside dev and test (SIF 2017;
ILACS 2019, 2022 twice, 2025): officials relaying the report, officials telling what inspectors
found or told them, a council 'warned' in the passive, speakers named after a quotation of
several sentences, 'He continued:', unnamed spokespeople stating a finding, 'the report
showed children ...'; beside them planted errors that must stay flagged (a word changed, a
splice, words the report never printed given to inspectors or the report, a grade
contradicted). Expected verdicts and speakers (``tests/data/stress_officials17/
expected.json``) were written by the conventions (../shared/dev/README.md) before the tool
was run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import (
    assert_mixed_releases,
    found_tests,
    load_expected,
    stress_tests,
)

pytestmark = [pytest.mark.shared, pytest.mark.slow]

DATA = Path(__file__).parents[1] / "data" / "stress_officials17"
EXPECTED, _ = load_expected(DATA)

KNOWN_MISSES: dict[str, str] = {}
"""Words of a claim -> why the tool's verdict still differs from the expected one."""
FOUND_MISSES: dict[str, str] = {}
"""Words of a quotation -> why it is still not found with its speaker."""


checked, test_quotations_and_their_speakers = stress_tests(DATA, KNOWN_MISSES, archive=True)


test_each_quotation_is_found_with_its_speaker = found_tests(EXPECTED, FOUND_MISSES)


def test_each_release_mixes_true_claims_officials_words_and_planted_errors():
    """Every release holds true claims, claims no check can settle and a planted error, and
    the known misses are its claims, each listed once."""
    assert_mixed_releases(EXPECTED, {**KNOWN_MISSES, **FOUND_MISSES})
