"""Stress: the inspectors' voice, and where it stops (lane voice18b, issue 10).

A statement in the release's own voice right after the inspectors' findings was read as
carrying them on, and each such sentence renewed the carry: every later paragraph about
the council's own actions, figures, plans or the borough's news became an inspectors'
finding (246,913 of them in a hostile 20 MB release), one the report lacks a false flag.
Invented council and local-news releases about two real reports of councils outside dev
and test (ILACS 2022, 2025): inspectors' paragraphs followed by the council's recruitment
since the visit, its budget, history, plans, an official's words and local filler, beside
planted misquotations that must stay flagged. The expected verdicts
(``tests/data/stress_voice18/expected.json``) were written by the conventions
(../shared/dev/README.md) before the tool was run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import (
    assert_mixed_releases,
    load_expected,
    stress_tests,
)

from verify.types import CheckResult

pytestmark = [pytest.mark.shared, pytest.mark.slow]

DATA = Path(__file__).parents[1] / "data" / "stress_voice18"
EXPECTED, _ = load_expected(DATA)

KNOWN_MISSES: dict[str, str] = {
    "have had too many changes of their social workers": (
        "spliced, not misquoted: 'social workers' (for the report's 'personal advisers (PAs)') "
        "is placed elsewhere in the report, so one word substituted reads as two passages "
        "joined; the quote checker's, not the voice's"
    ),
}
"""Words of a claim -> why the tool's verdict still differs from the expected one."""


checked, test_the_inspectors_voice_and_the_councils_own = stress_tests(
    DATA, KNOWN_MISSES, archive=True
)


def test_each_release_mixes_true_claims_officials_words_and_planted_errors():
    """Every release holds true claims, claims no check can settle and a planted error, and
    the known misses are its claims, each listed once."""
    assert_mixed_releases(EXPECTED, KNOWN_MISSES)


OWN = [(name, words) for name, case in EXPECTED.items() for words in case["own"]]
"""(release, words) of the release's own sentences about the council, its area and news."""


@pytest.mark.parametrize(("name", "words"), OWN, ids=[f"{n[:6]}:{w[:30]}" for n, w in OWN])
def test_the_releases_own_news_is_not_given_to_the_inspectors(checked, name, words):
    """No claim over the release's own sentence about the council is the inspectors'."""
    result: CheckResult = checked[Path(name).stem]
    at = result.release.text.index(words)
    roles = [
        (c.kind, c.attribution.role)
        for c in result.claims
        if c.start < at + len(words) and c.end > at and c.attribution
    ]
    assert all(role != "inspectors" for _, role in roles), roles
