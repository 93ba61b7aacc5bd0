"""Stress: claims stronger than the report (lane strength21, session 21).

By the conventions (../shared/dev/README.md) a claim is misleading when it says more than
the report: a quantifier raised ('every child enters care at the right time' where the
report says most), a limit dropped ('always', 'consistently', 'fully', 'thorough and
timely' where the report says mostly, not yet consistently, broadly, not always thorough
or timely) and short quoted words the report says of another subject. Invented council
press releases and local news stories about five real ILACS reports of councils outside
dev and test (2023, 2024 twice over, 2025): overstated findings and quotations beside
faithful ones that carry the report's own limit ('most children are seen regularly',
which must stay supported) and officials' words (not_checkable). The expected verdicts
and speakers (``tests/data/stress_strength21/expected.json``) were written by the
conventions before the tool was run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import assert_mixed_releases, found_tests, load_expected, stress_tests

pytestmark = [pytest.mark.shared, pytest.mark.slow]

DATA = Path(__file__).parents[1] / "data" / "stress_strength21"
EXPECTED, _ = load_expected(DATA)

KNOWN_MISSES: dict[str, str] = {
    "a robust multi-agency response": (
        "the report says the words of children who go missing as the object of 'receive' "
        "('... receive a robust multi-agency response'), not as a predicate after 'is/are'; "
        "``quote.said_of_others`` reads a report subject only for a predicate, so what the "
        "words are said of is unknown and nothing is flagged"
    ),
    "leaders' self-evaluation of how services are performing is fully accurate": (
        "the hashing stand-in finds no passage near enough ('self-evaluation of how services "
        "are performing' against the report's 'self-evaluation of service performance'): "
        "not_checkable with no support to weigh; MiniLM finds the 'broadly accurate' "
        "sentence and the raised degree is flagged"
    ),
}
"""Words of a claim -> why the hashing stand-in's verdict still differs from the expected
one (MiniLM's: ``minilm_misses.json``)."""
QUOTED_MISSES: dict[str, str] = {}
"""Words of a quotation -> why it is still not found with its speaker."""

checked, test_overstated_claims_and_faithful_limits = stress_tests(DATA, KNOWN_MISSES, archive=True)
test_each_quotation_is_found_with_its_speaker = found_tests(EXPECTED, QUOTED_MISSES)


def test_each_release_overstates_the_report_beside_faithful_claims_and_officials_words():
    """Every release holds a claim stronger than the report (misleading) beside true claims
    and officials' words, and the known misses are its claims, each listed once."""
    for name, case in EXPECTED.items():
        assert "misleading" in {want for _, want in case["claims"]}, name
    assert_mixed_releases(EXPECTED, {**KNOWN_MISSES, **QUOTED_MISSES})
