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
"""Words of a claim or of a quotation -> why the tool's verdict or speaker still differs
from the expected one, a strict xfail (none: each is as expected)."""

checked, test_each_claims_verdict = stress_tests(DATA, KNOWN_MISSES, archive=True)
test_each_quotations_speaker = found_tests(EXPECTED, KNOWN_MISSES)


def test_the_releases_mix_officials_words_true_claims_and_planted_errors():
    """Each release holds claims the report supports, officials' words no check settles
    and a planted error; each known miss is one of its claims."""
    assert_mixed_releases(EXPECTED, KNOWN_MISSES)
