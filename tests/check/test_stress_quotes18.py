"""Stress: quotations of the report in every shape releases write them (lane quotes18, issue 10).

A quote check must flag only on positive evidence: a located passage whose words differ in
a way that changes the meaning, or words given to inspectors that the report lacks.
Invented council and local-news releases about five real reports of councils outside dev
and test (SIF 2015; ILACS 2022, 2024), none used by an earlier stress set, quoting the
report's summary, its 'What needs to improve' bullets, recommendations and summary for
children; changed only as the conventions call minor (tense, spelling, a number in words,
'per cent' for '%', a bracketed subject, an ellipsis, hyphens or an apostrophe dropped);
quoted in a headline, a post on X, as one or two words, with mixed or missing closing
marks, over two paragraphs; beside the words of officials, a union, Ofsted's spokesperson,
a minister and an earlier visit, and planted errors that must stay flagged (a word changed,
a qualifier dropped, list items reordered, words the report never printed, a splice, words
said of their opposite). The expected verdicts and speakers
(``tests/data/stress_quotes18/expected.json``) were written by the conventions
(../shared/dev/README.md) before the tool was run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import speaker_stress_tests

pytestmark = [pytest.mark.shared, pytest.mark.slow]

DATA = Path(__file__).parents[1] / "data" / "stress_quotes18"

KNOWN_MISSES: dict[str, str] = {}
"""Words of a claim -> why the tool's verdict still differs from the expected one."""
FOUND_MISSES: dict[str, str] = {}
"""Words of a quotation -> why it is still not found with its speaker."""


(
    checked,
    test_quotations_and_their_speakers,
    test_each_quotation_is_found_with_its_speaker,
    test_each_release_mixes_true_claims_officials_words_and_planted_errors,
) = speaker_stress_tests(DATA, KNOWN_MISSES, FOUND_MISSES)
