"""Stress: quotations as real releases print them (lane quotes22, session 22).

Invented council press releases and local news stories about six real reports of councils
outside dev and test (SIF 2017; ILACS 2019, 2022 twice, 2024, 2026): true quotations from the
summary box and the 'What needs to improve' list, over a PDF page break, across a footnote the
page sets between two paragraphs, through a soft hyphen; with an inflection changed ('the
council has' for 'leaders have'), a number written out, British and American spellings both
ways, a hyphen dropped or added, the release's own [words] in square brackets, a quotation
nested in a council's post; words the report gives to care leavers told as Ofsted's report of
them; an earlier report's words said to be the earlier report's; officials' words; and
planted errors that must stay flagged (one word changed, one added, words left out with no
ellipsis, two sentences joined, words the report never printed and an earlier report's words
given to the latest one). The expected verdicts and speakers
(``tests/data/stress_quotes22/expected.json``) were written by the conventions
(../shared/dev/README.md) before the tool was run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import speaker_stress_tests

pytestmark = [pytest.mark.shared, pytest.mark.slow]

DATA = Path(__file__).parents[1] / "data" / "stress_quotes22"

KNOWN_MISSES: dict[str, str] = {}
"""Words of a claim -> why the tool's verdict still differs from the expected one."""
FOUND_MISSES: dict[str, str] = {}
"""Words of a quotation -> why it is still not found with its speaker."""


(
    checked,
    test_quotations_as_releases_print_them,
    test_each_quotation_is_found_with_its_speaker,
    test_each_release_mixes_true_claims_officials_words_and_planted_errors,
) = speaker_stress_tests(DATA, KNOWN_MISSES, FOUND_MISSES)
