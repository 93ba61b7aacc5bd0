"""Stress: paraphrased findings the report bears out, told in other words (lane
paraphrase20, issue 10).

The commonest loss on real articles is a true finding left not_checkable: the release
says 'children wait', 'workloads that are manageable', 'offered quickly and carried
out', where the report says 'while they are waiting', 'manageable workloads', 'offered
promptly and completed'. Invented council and local-news releases about five real
reports of councils outside dev and test (SIF 2018; ILACS 2019 twice, 2022, 2024) hold
such paraphrases beside findings the report never makes (a new hub inspectors praised:
never supported), findings told the other way (contradicted), 'consistently' told of
what the report says is not yet consistent and an item to improve told as a strength
(misleading), and officials' words (not_checkable). The expected verdicts
(``tests/data/stress_paraphrase20/expected.json``) were written by the conventions
(../shared/dev/README.md) before the tool was run. Unlike the older sets, a claim
expected `supported` must come out supported, not merely unflagged: that is this set's
point.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import (
    assert_mixed_releases,
    assert_unsupported_left_unchecked,
    load_expected,
    stress_tests,
    verdict_over,
)

pytestmark = [pytest.mark.shared, pytest.mark.slow]

DATA = Path(__file__).parents[1] / "data" / "stress_paraphrase20"
EXPECTED, _ = load_expected(DATA)

KNOWN_MISSES: dict[str, str] = {
    "Inspectors said adoption happens promptly for most children.": (
        "the report's 'For most children, though, adoption takes too long' is not read as "
        "the opposite of 'promptly' ('takes too long' is no word of words.qualifiers."
        "OPPOSITES), and with the test encoder the nearest sentence is an item to improve: "
        "not_checkable, not contradicted"
    ),
    "the quality of practice for children living in private fostering arrangements is now "
    "consistent": (
        "the report's 'The quality of practice for children in these arrangements, ..., is "
        "not yet consistent' names private fostering only in the sentence before ('these "
        "arrangements'), so it holds 56% of the claim's words, under the 60% a negated "
        "restatement needs; supported by meaning (0.81 with the test encoder), not "
        "contradicted"
    ),
}
"""Words of a claim -> why the tool's verdict still differs from the expected one."""


def assert_supported_exactly(checked, name: str, words: str, want: str) -> None:
    """A claim expected `supported` must be supported (a paraphrase the report bears out
    left not_checkable is this set's miss); every other claim as
    ``assert_unsupported_left_unchecked`` asserts it."""
    if want != "supported":
        assert_unsupported_left_unchecked(checked, name, words, want)
        return
    got, why = verdict_over(checked[Path(name).stem], words)
    assert got == "supported", f"want supported, got {got}: {why}"


checked, test_paraphrases_supported = stress_tests(
    DATA, KNOWN_MISSES, archive=True, assertion=assert_supported_exactly
)


def test_each_release_mixes_true_claims_officials_words_and_planted_errors():
    """Every release holds true claims, claims no check can settle and a planted error, and
    the known misses are its claims, each listed once."""
    assert_mixed_releases(EXPECTED, KNOWN_MISSES)
