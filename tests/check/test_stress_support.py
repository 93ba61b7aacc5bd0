"""Where `supported` ends and `not_checkable` begins: invented releases (council and
local-news styles) about real reports of councils outside the dev set, run end to end
with both encoders (``stress_tests``), each claim extracted.

Each claim's expected verdict was written in ``tests/data/stress_support/expected.json``
before the checker was run on it, by reading the report: S the report says it (close or
loose paraphrase, a summary, a comparison with the last inspection told loosely), N it
does not (plausible boilerplate, same topic but another claim), W it says otherwise (its
criticism told as praise, an 'always' it does not say), O an official's opinion (each
[words, code] in the table). A `supported` a journalist cannot trust is a false
reassurance, so N and W must never be supported, S never flagged; the misses the support
test still makes are strict xfails with the reason.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import claims_over, load_expected, stress_tests

from verify.types import FLAGS, CheckResult

pytestmark = [pytest.mark.shared, pytest.mark.slow]

DATA = Path(__file__).parents[1] / "data" / "stress_support"
EXPECTED, CLAIMS = load_expected(DATA)

KNOWN_MISSES: dict[str, str] = {
    "Ofsted recognised the dedication and hard work of staff": (
        "stand-in: want N, got supported: Paragraph 37 says the same (similarity "
        "0.57, 25% of the claim's words): 'Effective liaison with West "
        "Northamptonshire and NCT enables information-sharing and scrutiny of the "
        "work of the trust and provides a forum for ongoing challenge.'"
    ),
    "have made significant progress since the last inspection": (
        "stand-in: want S, got not_checkable: No report passage was found saying this "
        "(nearest: The report (page 1), similarity 0.46, 44% of the claim's words; a "
        "passage needs similarity 0.55 or 80% of the words)."
    ),
}
"""Words of a claim -> why the stand-in's verdict still differs from the expected one (the
bundled model's misses: ``minilm_misses.json``, beside the set)."""


def _right(want: str, verdict: str | None) -> bool:
    if want == "S":
        return verdict == "supported"
    if want == "W":
        return verdict != "supported"
    return verdict == "not_checkable"  # N and O


def assert_code(checked: dict[str, CheckResult], name: str, words: str, want: str) -> None:
    """The verdict speaking for ``words`` (of the claims read over them a flag first, then
    support) is one the code ``want`` allows (``_right``)."""
    result = checked[Path(name).stem]
    mine = claims_over(result.release.text, result.claims, words)
    flagged = [c for c in mine if c.verdict in FLAGS]
    got = (flagged or [c for c in mine if c.verdict == "supported"] or mine)[0]
    assert _right(want, got.verdict), f"want {want}, got {got.verdict}: {got.explanation}"


checked, test_the_verdicts_are_the_expected_ones = stress_tests(
    DATA, KNOWN_MISSES, assertion=assert_code
)


def test_the_fixtures_span_councils_styles_and_answers():
    assert {case["report"].split("/")[0] for case in EXPECTED.values()} >= {
        "80522_medway",
        "2637539_north northamptonshire",
    }
    wants = [want for _, _, want in CLAIMS]
    assert wants.count("S") >= 20 and wants.count("N") + wants.count("W") >= 15
