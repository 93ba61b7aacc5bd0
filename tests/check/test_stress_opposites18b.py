"""Stress: true findings told in words the findings checks read as criticism (issue 10,
session 18, opposites18b; precision audit of findings18's checks).

Invented council and local-news releases about three real reports (ILACS 2022, 2024, 2024)
of councils outside dev and test, telling true findings with 'delays' (a small number, or
reduced), 'drift' prevented, 'too high' being brought down, 'most' and 'timely for most',
a hedge kept ('not yet strong enough'), praise whose report sentence also criticises
another subject, care leavers in a section grading them with children in care, and
abbreviations both ways (IRO, PLO, PA, PEP): all must stay supported, since a flag a
journalist cannot trust is worse than none. Beside them stand planted opposites that must
stay flagged, and officials' words no check can settle. Each release is checked with the
archive of every report in ../shared. The expected verdicts
(tests/data/stress_opposites18b/expected.json) were written by the conventions
(../shared/dev/README.md) before the tool was run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import (
    assert_mixed_releases,
    assert_unsupported_left_unchecked,
    load_expected,
    stress_tests,
)

pytestmark = [pytest.mark.shared, pytest.mark.slow]

DATA = Path(__file__).parents[1] / "data" / "stress_opposites18b"
EXPECTED, _ = load_expected(DATA)

KNOWN_MISSES: dict[str, str] = {
    "return home interviews with children who go missing are consistently effective": (
        "the report's 'Return home interviews are undertaken, although these vary in their "
        "effectiveness' says it varies in a clause whose subject is a pronoun ('these'), and "
        "it holds 4 of the claim's 8 content words ('children', 'go missing' are the "
        "release's), under the share ``negation.varies_where_always`` reads; the test "
        "encoder then supports the claim by 'Children who are electively home-educated are "
        "supported by a specialist team' at 29% of its words"
    ),
    "permanence is confirmed without delay for every child in a long-term placement": (
        "the report's 'A small number of children experience delays in matching and "
        "confirmation of permanence with their long-term carers' is not found: the claim's "
        "words ('confirmed', 'placement') are not the report's ('confirmation', 'carers'), "
        "11% of its words, so no opposite is read (not_checkable)"
    ),
    "assessments of children's needs are completed quickly": (
        "the report's 'Too many assessments take too long to complete' (now an opposite of "
        "'quickly', read at a tie of words by ``_opposed_in_pool``) is not among the "
        "sentences the test encoder ranks nearest, so 'Completed assessments demonstrate "
        "careful consideration of children's needs and risks' supports it at 80% of its words"
    ),
    "every return home interview after a child goes missing is timely": (
        "the report's 'Not all return home interviews are timely' holds 4 of the claim's "
        "content words (40%: 'child', 'goes missing' are the release's) and the test encoder "
        "scores it at 0.11, so it is not found (not_checkable)"
    ),
    "life-story work for children in care is always completed promptly": (
        "the report's 'Life-story work is often referenced as an important need, but it is too "
        "often delayed' is not among the sentences the test encoder ranks nearest; it supports "
        "the claim by 'The virtual school team is aspirational for children in care' at 25% "
        "of its words"
    ),
    "children in care do not have to wait long for child and adolescent mental health services": (
        "flagged, but misleading, not contradicted: the report's 'Many children have to wait "
        "too long for child and adolescent mental health services' is read as a limit of the "
        "praise ('many', ``_limits_the_praise``), not as the claim's denied wait said plainly"
    ),
}
"""Words of a claim -> why the tool's verdict still differs from the expected one."""


checked, test_paraphrased_findings = stress_tests(
    DATA, KNOWN_MISSES, archive=True, assertion=assert_unsupported_left_unchecked
)


def test_each_release_mixes_true_claims_officials_words_and_planted_errors():
    """Every release holds true claims, claims no check can settle and a planted error, and
    the known misses are its claims, each listed once."""
    assert_mixed_releases(EXPECTED, KNOWN_MISSES)
