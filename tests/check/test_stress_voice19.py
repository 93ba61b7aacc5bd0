"""Stress: the inspectors' voice and where it ends (lane voice19, issue 10).

The release's own words right after the inspectors' carry their findings on ("Inspectors
found ... Children are seen regularly."), but not for ever: a release's later paragraphs of
the council's own figures, history, schemes and plans, and local filler, are no findings
of the inspectors'. Invented council and local-news releases about three real reports of
councils outside dev and test (ILACS 2024, 2024, 2025), where paragraphs of the inspectors'
findings, continued by paraphrase chains that keep their voice ('The report also found ...
It said ... Inspectors praised ...'), are followed by the release's own paragraphs (one
beside the report's own criticism of the same thing, a quoted strategy's words in one).
The inspectors' findings stay supported, planted errors stay flagged and the release's own
sentences carry no flag. The expected verdicts and speakers
(``tests/data/stress_voice19/expected.json``) were written by the conventions
(../shared/dev/README.md) before the tool was run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import speaker_stress_tests

pytestmark = [pytest.mark.shared, pytest.mark.slow]

DATA = Path(__file__).parents[1] / "data" / "stress_voice19"

KNOWN_MISSES: dict[str, str] = {
    "Inspectors also said a small number of children in care experience multiple changes "
    "of social workers.": "a criticism told whole is read as leaving out the criticism of "
    "the report's sentence it restates ('... and a lack of continuity in planning, due to "
    "too many changes in social workers'): finding._criticism_left_out asks no more of a "
    "claim that is itself critical; not the voice",
    "Matlock Bath's Illuminations return to the Derwent Gardens on 7 September.": (
        "not extracted: the release's own news of a local event ('Matlock Bath's "
        "Illuminations return ...'), in no one's voice, its subject neither the council nor "
        "the inspectors"
    ),
}
"""Words of a claim -> why the tool's verdict still differs from the expected one."""
FOUND_MISSES: dict[str, str] = {}
"""Words of a quotation -> why it is still not found with its speaker."""


(
    checked,
    test_the_inspectors_and_the_releases_own_words,
    test_each_quotation_is_found_with_its_speaker,
    test_each_release_mixes_true_claims_officials_words_and_planted_errors,
) = speaker_stress_tests(DATA, KNOWN_MISSES, FOUND_MISSES)
