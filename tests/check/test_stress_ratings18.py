"""Stress: a release's service names mapped to the report's judgements (lane ratings18b).

A grade that holds was called contradicted when the release's name for a service was
compared with the wrong judgement. Invented council and local-news releases about three real
reports of councils outside dev and test (SIF 2015 with adoption and care leavers graded
apart and the LSCB review's own grade; ILACS 2022 with its joint 'children in care and care
leavers'; ILACS 2026 with care leavers apart) name services as releases do ('early help',
'the front door', 'leaving care', 'corporate parenting', 'leadership', 'children's social
care'), give grades of other inspections in passing (a fostering agency, a regional adoption
agency, a SEND area inspection, a JTAI) and hedge grades in officials' words; beside them
planted wrong grades must stay contradicted. The expected verdicts
(``tests/data/stress_ratings18/expected.json``) were written by the conventions
(../shared/dev/README.md) before the tool was run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import assert_mixed_releases, load_expected, stress_tests

pytestmark = [pytest.mark.shared, pytest.mark.slow]

DATA = Path(__file__).parents[1] / "data" / "stress_ratings18"
EXPECTED, _ = load_expected(DATA)

KNOWN_MISSES: dict[str, str] = {}
"""Words of a claim -> why the tool's verdict still differs from the expected one."""


checked, test_service_names_are_graded_by_their_judgement = stress_tests(
    DATA, KNOWN_MISSES, archive=True
)


def test_each_release_mixes_true_claims_officials_words_and_planted_errors():
    """Every release holds true claims, claims no check can settle and a planted error, and
    the known misses are its claims, each listed once."""
    assert_mixed_releases(EXPECTED, KNOWN_MISSES)
