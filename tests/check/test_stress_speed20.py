"""Stress: hostile-speed padding beside real claims (lane speed20, issue 'hostile input').

A release padded with the council's or the paper's own local news (a market, roadworks,
a theatre season, the seafront, a cinema) in its own voice, sharing nothing with the
report, had each such sentence ranked against the report by meaning: a 200 KB filler
release cost about 78 s per MB. Such a sentence is no claim, or a finding settled
``not_checkable`` without ranking (``finding._unrelated``). Invented council press
releases and local news stories about four real reports of councils outside dev and test
(ILACS 2022, 2024, 2025) set that padding beside true claims in the inspectors' voice and
in the release's own (a paraphrase sharing few of the report's words must still be found
and supported), officials' words and planted errors (a quotation's word changed or
added, a grade the report does not give, a quotation whose sense is turned round). The
expected verdicts (``tests/data/stress_speed20/expected.json``) were written by the
conventions (../shared/dev/README.md) before the tool was run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import (
    assert_mixed_releases,
    assert_verdict,
    claims_over,
    load_expected,
    mark_known_miss,
    stress_tests,
    verdict_over,
)

pytestmark = [pytest.mark.shared, pytest.mark.slow]

DATA = Path(__file__).parents[1] / "data" / "stress_speed20"
EXPECTED, _ = load_expected(DATA)

KNOWN_MISSES: dict[str, str] = {
    (
        "Highways teams will close the A6 at Heaton Chapel overnight next week while the "
        "road is resurfaced."
    ): (
        "read as the council's plan (words.speakers.plans_ahead, session 21): 'Highways "
        "teams' counts as staff of the service (words.domain), so the local news is an "
        "opinion claim, not no claim"
    ),
    "right children are coming into care at the right moment": (
        "the report prints these words as CAFCASS's ('They say that the ...'), and the quote "
        "check leaves a quotation given to a speaker the report quotes to that speaker: "
        "not_checkable, where the conventions read the changed word as misquoted"
    ),
    "Children who need help outside office hours get a prompt and proportionate response": (
        "the release's own paraphrase of paragraph 5 ('out of hours', 'handovers of "
        "information') shares 16% of its words with the nearest sentence and reaches "
        "similarity 0.54 (bar 0.55): not_checkable"
    ),
    "The report found that social workers value the council's Stockport Family approach": (
        "the summary's 'Social workers value this approach' names the approach in the "
        "sentence before ('the Stockport Family approach'); the pool's nearest sentence "
        "holds none of the claim's words: not_checkable"
    ),
    "is no longer a challenge for Bedford": (
        "the report's 'remains a challenge for Bedford' turned round keeps too few of its "
        "words for the quote check to place it: read as words the report lacks "
        "(misattributed), a flag, where the conventions read a substituted word (misquoted)"
    ),
    (
        "Families who need help have easy access to the right level of support through "
        "the council's Integrated Front Door."
    ): (
        "the release's own restatement of paragraph 1, after an official-free paragraph "
        "of quotations, is not extracted as a claim"
    ),
}
"""Words of a claim -> why the tool's verdict still differs from the expected one."""


def _assert_supported_found(checked, name: str, words: str, want: str) -> None:
    """As the stress sets assert (``assert_verdict``), and a true claim is found and
    supported (or a minor variation): the cheap path must never leave one unchecked."""
    assert_verdict(checked, name, words, want)
    if want == "supported":
        got, why = verdict_over(checked[Path(name).stem], words)
        assert got in ("supported", "minor_variation"), f"want {want}, got {got}: {why}"


checked, test_claims_of_padded_releases = stress_tests(
    DATA, KNOWN_MISSES, archive=True, assertion=_assert_supported_found
)


@pytest.mark.parametrize(
    ("name", "words"),
    [(n, w) for n, case in EXPECTED.items() for w in case["unrelated"]],
    ids=lambda v: v[:40],
)
def test_own_local_news_is_settled_without_ranking(checked, name, words, request):
    """A sentence of the release's own local news is no claim, or a not_checkable finding
    the cheap step settled (the report was not ranked for it)."""
    mark_known_miss(request, words, KNOWN_MISSES)
    result = checked[Path(name).stem]
    for claim in claims_over(result.release.text, result.claims, words):
        assert claim.verdict == "not_checkable", claim.explanation
        assert claim.decided_by == "finding._unrelated", (claim.decided_by, claim.explanation)


def test_each_release_mixes_true_claims_officials_words_and_planted_errors():
    """Every release holds true claims, claims no check can settle and a planted error, and
    the known misses are its claims, each listed once."""
    assert_mixed_releases(EXPECTED, KNOWN_MISSES)
