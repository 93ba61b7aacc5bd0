"""Stress: praise the report contradicts in other words, and limits kept and dropped
(issue 10, session 15, opposites15; flag recall on real articles).

Invented council and local-news releases about eight real 2014-2025 reports of councils
outside dev and test, each praising what its report criticises in words other than the
claim's: 'a strength' for 'underdeveloped', 'manageable' for 'consistently high', 'swift'
for 'too slow', 'robust' for 'not sufficiently robust', 'no children' for 'a very few',
turnover 'increased' for 'a reduction'; universal praise against the report's limits
('all', 'every', 'consistently' for 'not all', 'most', 'variable', 'not always', 'could be
more specific'); beside praise the report supports, limits the release keeps, and
officials' words no check can settle. Each release is checked with the archive of every
report in ../shared, as the evaluation checks real articles. The expected verdicts
(``tests/data/stress_opposites15/expected.json``) were written by the conventions
(../shared/dev/README.md, corpora/gold/dev/README.md's judgement calls) before the tool
was run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import assert_mixed_releases, load_expected, stress_tests

pytestmark = [pytest.mark.shared, pytest.mark.slow]

DATA = Path(__file__).parents[1] / "data" / "stress_opposites15"
EXPECTED, _ = load_expected(DATA)

KNOWN_MISSES: dict[str, str] = {
    "oversight of private fostering arrangements is robust": (
        "the claim runs on ('a finding councillors welcomed at a scrutiny meeting last week'), "
        "so the report's 'Intervention and oversight of provision for children who are the "
        "subject of private fostering arrangements are not sufficiently robust' holds too few "
        "of its words to be found (``check.finding``: not found, not_checkable)"
    ),
    "Children who need adoptive families wait too long for matching and introductions": (
        "the report's 'Achieving timely matching and introductions is a particular strength' "
        "holds 22% of the claim's words: not found (not_checkable), a missed flag"
    ),
    "senior leaders acted quickly on the suggestions of care leavers": (
        "the report's 'senior leaders have been slow to act on their previous suggestions' "
        "names care leavers only in the sentence before ('their'), and the test encoder finds "
        "no passage near enough: not_checkable"
    ),
    "there is no waiting list for early help intervention and support": (
        "'no waiting list' against 'For a small number of children, there is a short waiting "
        "list': ``negation.none_where_some`` reads a none of the subject ('no children'), not a "
        "none of a thing the report says exists for some, and the sentence's limit ('a small "
        "number', 'most') keeps the claim's own 'no' from contradicting it (a limited sentence "
        "may say a claim's negation in other words: 'few care leavers move on'), so support is "
        "only withheld (``negated_where_plain``)"
    ),
    "The pace of change in the management of the young people's support team has been swift": (
        "the report's '... shortfalls in the management of the YPST ..., but the pace of "
        "change is too slow' writes 'YPST' for the team, so its clause holds too few of the "
        "claim's words for ``negation.opposite_said``; the test encoder supports it by an "
        "unrelated sentence at 0% of its words (group 2 of the session-14 notes)"
    ),
    "elected members are skilled and knowledgeable in their role as corporate parents": (
        "the report's 'Elected members are not sufficiently skilled and knowledgeable ...' "
        "holds 57% of the claim's words (under the 60% ``negated_restatement`` asks); a "
        "sentence whose criticism stands after a comma ('The training provided to help "
        "elected members ... as corporate parents, is not sufficiently rigorous') reads "
        "uncritical in the clause holding the claim's words and supports it (errors3's "
        "life-story known miss)"
    ),
    "Targets in children's plans are specific for every child": (
        "the report's 'For a small number of children, targets could be more specific' is "
        "critical now ('could be more', ``words.criticism``), but holds 60% of the claim's "
        "words: not found, not_checkable"
    ),
    "Every child who has been in care for a long time has their life-story work started promptly": (
        "the report's 'A very small minority of children who have been in care for longer "
        "periods wait too long for life-story work to start' holds 70% of the claim's words "
        "at similarity 0.49: not found (findings2's twin known miss)"
    ),
    "an information session will be held at the council offices in Newbury next month": (
        "not extracted: a clause after a pointer to the council's website ('More "
        "information ... is available on the council's website, and ...'): the sentence is "
        "read as the web page"
    ),
}
"""Words of a claim -> why the tool's verdict still differs from the expected one."""


checked, test_opposites_in_other_words = stress_tests(DATA, KNOWN_MISSES, archive=True)


def test_each_release_mixes_praise_limits_and_planted_errors():
    """Every release holds true claims, claims no check can settle and a planted error; the
    known misses are its claims, each listed once."""
    assert_mixed_releases(EXPECTED, KNOWN_MISSES)
