"""Stress: true findings in other words, and what MiniLM must neither lose nor invent
(lane findings21, session 21).

By the conventions (../shared/dev/README.md) a paraphrased finding is supported when the
report says the same thing; one the report does not make is not_checkable; officials'
words are not_checkable even when they repeat the report's. Invented council press
releases and local news stories about five real reports of councils outside dev and test
(SIF 2017; ILACS 2022, 2024, 2025 twice): findings told in other words, some behind an
attribution frame ('Inspectors were impressed that ...'), findings the report never makes
(a youth café, a children's centre, new family hubs), officials echoing the report, and
planted findings the report says the other way ('is well coordinated' for 'is not well
coordinated'). The expected verdicts and speakers
(``tests/data/stress_findings21/expected.json``) were written by the conventions before the
tool was run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import (
    assert_exactly,
    assert_mixed_releases,
    found_tests,
    load_expected,
    stress_tests,
)

pytestmark = [pytest.mark.shared, pytest.mark.slow]

DATA = Path(__file__).parents[1] / "data" / "stress_findings21"
EXPECTED, _ = load_expected(DATA)

_NEXT_SENTENCE = (
    "the report's 'Children who go missing from home or care are offered return home "
    "interviews.' holds most of the claim's words and supports it; the sentence after it "
    "('However, ..., the take up of these interviews is still too low') tells its subject, "
    "'take-up', the other way, but holds too few of its words to be read against it "
    "(``_opposed_in_pool`` reads only sentences holding as many as the support)"
)
_NOT_ENOUGH = (
    "the report's 'not enough children have return home interviews' is also a 'What needs "
    "to improve' item's topic: the claim is judged praise of a listed item (misleading) "
    "before ``negation.negated_restatement`` reads the dropped 'not' (contradicted); a flag "
    "either way"
)
_HASHED = "the hashing stand-in: "
KNOWN_MISSES: dict[str, str] = {
    "take-up of return home interviews by children who go missing is high": _NEXT_SENTENCE,
    "enough children who go missing from home or care have return home interviews": _NOT_ENOUGH,
    "the company had opened two new children's homes in the town in the past year": _HASHED
    + "a sentence sharing 11% of the words reaches the 0.55 bar by hashed n-grams",
    "Initial Response Service as a very effective first point of contact": _HASHED
    + "'first point of contact' for the report's 'front door' shares no hashed n-gram",
    "Foster carers were praised for the very good support they give": _HASHED
    + "a paraphrase in other words stays under the bar",
    "fostering families service has helped children to stay living safely at home": _HASHED
    + "'stay living safely at home' for 'remain living at home' stays under the bar",
}
"""Words of a claim -> why the tool's verdict still differs from the expected one."""
FOUND_MISSES: dict[str, str] = {}
"""Words of a quotation -> why it is still not found with its speaker."""


checked, test_findings_in_other_words = stress_tests(
    DATA, KNOWN_MISSES, archive=True, assertion=assert_exactly
)


test_each_quotation_is_found_with_its_speaker = found_tests(EXPECTED, FOUND_MISSES)


def test_each_release_mixes_true_claims_officials_words_and_planted_errors():
    """Every release holds true claims, claims no check can settle and a planted error, and
    the known misses are its claims, each listed once."""
    assert_mixed_releases(EXPECTED, {**KNOWN_MISSES, **FOUND_MISSES})
