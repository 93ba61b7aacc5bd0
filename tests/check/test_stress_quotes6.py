"""Stress: quotations in invented releases on real reports (lane quotes6, issue 10, precision
first).

Council and local-news releases about Surrey 2025, West Berkshire 2022 and Lewisham 2019
(councils outside dev and test): short quotations given to inspectors said of the same thing
in other words ('the director and her leadership team' for the report's leaders, 'our
emergency duty service' for its out-of-hours responses, a pronoun) beside ones said of
something clearly else ('its sufficiency strategy "carefully considered and promoted"', said
in the report of family time); quotations of the council, a councillor, a union, a charity,
a parent, a care leaver who met inspectors, 'the watchdog for social workers', 'the
Ofsted-registered charity' and 'a former Ofsted inspector, now a consultant' (their own
words: not_checkable); spellings of the report's words (a dropped bracketed acronym, 'CSC',
'Sept', a hyphen, an ellipsis, a square-bracket insertion: minor variations). The expected
verdicts (``tests/data/stress_quotes6/expected.json``) were written by the conventions
(../shared/dev/README.md) before the tool was run. A true claim flagged is the worst
failure; a wrong claim left unflagged the next.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import (
    assert_true_claims_and_officials_words,
    load_expected,
    stress_tests,
)

pytestmark = [pytest.mark.shared, pytest.mark.slow]

DATA = Path(__file__).parents[1] / "data" / "stress_quotes6"
EXPECTED = load_expected(DATA)[0]

KNOWN_MISSES: dict[str, str] = {}
"""Words of a claim -> why the tool's verdict still differs from the expected one."""


checked, test_short_quotes_said_of_their_subject = stress_tests(DATA, KNOWN_MISSES)


def test_each_release_holds_true_claims_and_officials_words():
    assert_true_claims_and_officials_words(EXPECTED, KNOWN_MISSES)
