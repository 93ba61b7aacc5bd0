"""Stress: quotations, and who said them (lane speakers15, issue 10).

A quotation given to the wrong speaker is the costliest false flag (misattributed), and a
speaker carried by a pronoun was read as a guess. Invented council and local-news releases
about eight real reports of councils outside dev and test (SIF 2014, 2015, 2017; ILACS
2018, 2022, 2023, 2025, 2026), dense with quotations from many speakers: the report and its
inspectors named by a pronoun in the quotation's own sentence ('They said it delivers',
'It praises ... and says:', 'Their verdict:', 'What they concluded —'), cabinet members and
leaders ('he told BBC Radio Northampton'), a director over two paragraphs, a trust's chief
executive, a care leaver, a parent, a foster carer, unions, Ofsted's spokesperson and
Ofsted's own first-person words (a post on X, a statement: Ofsted's, not the report's), a
phrase the report itself quotes. Beside them stand planted errors that must stay flagged: a
word changed, a negation dropped or added, words the report never printed given to
inspectors (one an official's words quoted earlier in the story), a splice, the report's
words told of their opposite. The expected verdicts and speakers
(``tests/data/stress_speakers15/expected.json``) were written by the conventions
(../shared/dev/README.md) before the tool was run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import speaker_stress_tests

pytestmark = [pytest.mark.shared, pytest.mark.slow]

DATA = Path(__file__).parents[1] / "data" / "stress_speakers15"

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
