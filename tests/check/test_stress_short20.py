"""Stress: short quoted words, judged on what they are said of and who said them (lane
short20, session 20).

By the conventions (../shared/dev/README.md) short quoted words given to inspectors are
supported when the report says them of the same thing and misleading when it says them
only of something else; officials' quotations are not_checkable even when they repeat the
report's words. Invented council press releases and local news stories about five real
reports of councils outside dev and test (SIF 2016, 2017; ILACS 2019, 2024, 2025): short
quotations told of the report's own subject and of another one (a partnership's 'strong and
effective' given to oversight the report asks to improve), quotations that stop before the
report's 'although' or 'however' (supported when what follows has a subject of its own,
misleading when it denies the very words quoted), officials echoing the report, a council
leader's and a director's quotation beside the inspectors' in one sentence or carried by
'she added' past an inspectors' paragraph, and planted one-word changes. The expected
verdicts and speakers (``tests/data/stress_short20/expected.json``) were written by the
conventions before the tool was run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import speaker_stress_tests

pytestmark = [pytest.mark.shared, pytest.mark.slow]

DATA = Path(__file__).parents[1] / "data" / "stress_short20"

KNOWN_MISSES: dict[str, str] = {
    "robust and persistent": (
        "the report says them of 'Efforts to engage and work with vulnerable care leavers who "
        "are parents', the release of 'the council's online offer for care leavers': the two "
        "share 'care leavers', which ``_same_referent`` and the no-shared-word guard read as "
        "one subject; telling a head ('offer', 'Efforts') from whom it is for needs the "
        "subjects' heads compared, which would flag paraphrased subjects ('support for care "
        "leavers') too"
    ),
}
"""Words of a claim -> why the tool's verdict still differs from the expected one."""
FOUND_MISSES: dict[str, str] = {}
"""Words of a quotation -> why it is still not found with its speaker."""


(
    checked,
    test_short_quotations_and_their_subjects,
    test_each_quotation_is_found_with_its_speaker,
    test_each_release_mixes_true_claims_officials_words_and_planted_errors,
) = speaker_stress_tests(DATA, KNOWN_MISSES, FOUND_MISSES)
