"""Stress: quotations, their speakers and splice reading (lane quotes19).

Invented council press releases and local news stories about four real reports of councils
outside dev and test (SIF 2017; ILACS 2018, 2019, 2024): headline quotations before 'as
<council> is rated ...' or a dash, quotations over two paragraphs and one broken by its
attribution, speakers carried by 'the watchdog', 'the regulator', 'the inspectorate', 'it
added'; monitoring visits named beside the inspection the release reports ('Each Ofsted
monitoring visit that followed recorded steady improvement'), which must not withdraw the flags
of quotations nowhere near them, and a focused visit's words dated to it (not checkable);
officials' words, one of them given to inspectors later; planted errors that must stay
flagged: one word changed for another the report prints elsewhere, splices, words the
report never printed. The expected verdicts and speakers
(``tests/data/stress_quotes19/expected.json``) were written by the conventions
(../shared/dev/README.md) before the tool was run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import speaker_stress_tests

pytestmark = [pytest.mark.shared, pytest.mark.slow]

DATA = Path(__file__).parents[1] / "data" / "stress_quotes19"

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
