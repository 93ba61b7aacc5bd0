"""Stress: paraphrased findings, their support or contradiction, and hedges (lane
paraphrase17, issue 10).

A finding told in the release's own words is the commonest claim and the one most often
flagged wrongly: two findings in one sentence ('The report said A, and that B'), a visit
and its praise ('Inspectors visited X and praised Y'), a near-whole share ('the vast
majority', 'almost all'), a purpose clause ('to ensure', 'so that'), a hedge kept
('although there are some inconsistencies'). Invented council and local-news releases
about five real reports of councils outside dev and test (SIF 2017; ILACS 2018, 2022,
2025 twice) hold them beside officials' words and planted errors that must stay flagged:
a negation or limit dropped ('not always' told as 'always'), the report's opposite word,
a share told of every child. The expected verdicts
(``tests/data/stress_paraphrase17/expected.json``) were written by the conventions
(../shared/dev/README.md) before the tool was run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import assert_mixed_releases, load_expected, stress_tests

pytestmark = [pytest.mark.shared, pytest.mark.slow]

DATA = Path(__file__).parents[1] / "data" / "stress_paraphrase17"
EXPECTED, _ = load_expected(DATA)

KNOWN_MISSES: dict[str, str] = {
    "advocacy is consistently provided when 16- and 17-year-olds first present as homeless": (
        "with the test encoder the report's 'However, advocacy is not consistently provided "
        "at the initial point of presentation.' is not among the sentences ranked (nearest "
        "holds none of the claim's words): not_checkable; the bundled model ranks the "
        "paragraph's first sentence (44% of the words), whose clause does not hold enough of "
        "them for 'not consistently' to be read (negation.varies_where_always asks 60%)"
    ),
    "the quality of referral information is consistently high": (
        "with the test encoder the long sentence 'Although the quality of referral "
        "information is variable, an effective screening ...' is not among the sentences "
        "ranked: not_checkable (the bundled model finds it, misleading: "
        "finding._varies_in_pool)"
    ),
    "have been quick to develop": (
        "'these have been slow to develop' is now read as said of the plans "
        "(negation._with_antecedent) and withholds support, but the sentence lacks the "
        "claim's 'care leavers', so the opposite is not said of the whole subject: "
        "not_checkable, not contradicted"
    ),
}
"""Words of a claim -> why the tool's verdict still differs from the expected one."""


checked, test_paraphrased_findings = stress_tests(DATA, KNOWN_MISSES, archive=True)


def test_each_release_mixes_true_claims_officials_words_and_planted_errors():
    """Every release holds true claims, claims no check can settle and a planted error, and
    the known misses are its claims, each listed once."""
    assert_mixed_releases(EXPECTED, KNOWN_MISSES)
