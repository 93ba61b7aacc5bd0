"""Stress: paraphrased findings, opinions and what is (not) a claim (issue 10, session 13).

On real articles nobody tuned on, paraphrased findings were mostly judged right, but a
finding the report states, reworded, was often left unchecked, text that is no claim by
the conventions (boilerplate, the council's plans, an official's hope) drew flags, and an
invented finding given to inspectors was not extracted. Invented council and local-news
releases about eight real reports of councils outside dev and test, every era, tell the
report's findings at several distances from its sentences (synonyms, reordered clauses,
two sentences merged, a criticism told as criticism) beside officials' opinions and plans
and boilerplate (about-us, contact lines, notes to editors, related links, cookie text).
Planted in each: a finding the report contradicts, a limit or hedge dropped that reverses
it (misleading), an invented finding given to inspectors and a finding about one group
given to another (unsupported). The expected verdicts
(``tests/data/stress_findings13/expected.json``) were written by the conventions
(../shared/dev/README.md) before the tool was run; each release is checked with the
archive of every report in ../shared, as the evaluation checks real articles.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import (
    assert_mixed_releases,
    assert_verdict,
    load_expected,
    stress_tests,
    verdict_over,
)

pytestmark = [pytest.mark.shared, pytest.mark.slow]

DATA = Path(__file__).parents[1] / "data" / "stress_findings13"
EXPECTED, _ = load_expected(DATA)

KNOWN_MISSES: dict[str, str] = {}
"""Words of a claim -> why the tool's verdict still differs from the expected one."""


def _unsupported_stays_unsupported(checked, name, words, want):
    """No path raises `unsupported` (docs/FLAGS.md: a checker that finds nothing to compare
    says not_checkable), so a finding the report does not bear out must be extracted and
    left not_checkable (or unsupported), never supported nor another flag; every other
    claim is asserted as the stress sets assert it (``assert_verdict``)."""
    if want != "unsupported":
        assert_verdict(checked, name, words, want)
        return
    got, why = verdict_over(checked[Path(name).stem], words)
    assert got in {"not_checkable", "unsupported"}, f"want {want}, got {got}: {why}"


checked, test_paraphrased_findings_and_what_is_no_claim = stress_tests(
    DATA, KNOWN_MISSES, archive=True, assertion=_unsupported_stays_unsupported
)


def test_each_release_mixes_findings_opinions_and_planted_errors():
    """Every release holds true claims, claims no check can settle and a planted error; the
    known misses are its claims, each listed once."""
    assert_mixed_releases(EXPECTED, KNOWN_MISSES)
