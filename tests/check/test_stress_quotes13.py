"""Stress: quotation verdicts a journalist can trust (issue 10, session 13, quotes13).

Invented council press releases and local news stories about real SIF and ILACS reports of
councils outside dev and test probe the four readings quotation verdicts rest on: what is
one quoted passage (two quotations in a paragraph, a quotation closed and reopened around
'the report said', one running over paragraphs: none spliced, beside real splices); which
differences are minor (inflection, an article, a spelling, a digit, hyphenation) and which
change the meaning (a negation, 'short' for 'long'); whose words a quotation the report lacks
are (inspectors' or the report's: misattributed; an official's, a young person's, a union's,
a partner's, an Ofsted official's to the press, a tweet's: not flagged); and when verbatim
words mislead (cut from the report sentence's own denial of them, or praise the report gives
something else). The expected verdicts (``tests/data/stress_quotes13/expected.json``) were
written by the conventions (../shared/dev/README.md) before the tool was run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import (
    as_expected,
    assert_mixed_releases,
    assert_verdict,
    load_expected,
    stress_tests,
)

from verify.types import CheckResult

pytestmark = [pytest.mark.shared, pytest.mark.slow]

DATA = Path(__file__).parents[1] / "data" / "stress_quotes13"
EXPECTED, _ = load_expected(DATA)

KNOWN_MISSES: dict[str, str] = {
    "stronger and better coordinated": (
        "``quote._said_of_other`` finds the report's subject ('The response to children at "
        "risk of sexual exploitation') sharing content words with the release's ('the "
        "service's response to children who go missing'), so it reads them as one thing: "
        "supported, a missed flag; telling them apart needs the modifiers compared (sexual "
        "exploitation against going missing), which would flag other words for one thing"
    ),
    'were "highly effective"': (
        "``quote.said_of_others`` reads the report's words only where each place is a "
        "predicate of a subject it names; here one subject is 'These services' (the front "
        "door, named a sentence before) and the other attributive ('experience highly "
        "effective help'), so no subject is known and the words, given to child protection "
        "plans the report calls 'not of a good quality', are supported: a missed flag"
    ),
    "robust, intensive support": (
        "``quote.said_of_others`` reads the report's subject ('Children at risk of "
        "exploitation') and the release's ('children who go missing from home') as one group "
        "of referents (``words.referents``: children), so the words are read as said of the "
        "same people: supported, a missed flag; the groups are what keeps 'the director and "
        "her team' the report's 'Leaders', and a group split by what befalls the children "
        "would need the modifiers compared"
    ),
}
"""Words of a claim -> why the tool's verdict still differs from the expected one."""


def assert_quotation_verdict(checked: dict[str, CheckResult], name: str, words: str, want: str):
    """The quotation holding ``words`` when one does, else the worst verdict over them
    (``check_helpers.assert_verdict``): a sentence beside its quotation ('the response to
    children who go missing from home "is well coordinated"') is a finding claim of its
    own, whose flag would stand for the quotation's under the worst verdict."""
    result = checked[Path(name).stem]
    at = result.release.text.index(words)
    quotes = [
        c for c in result.claims if c.kind == "quote" and c.start <= at and at + len(words) <= c.end
    ]
    if not quotes:
        assert_verdict(checked, name, words, want)
        return
    got = quotes[0]
    assert as_expected(want, got.verdict), f"want {want}, got {got.verdict}: {got.explanation}"


checked, test_quotation_verdicts = stress_tests(
    DATA, KNOWN_MISSES, archive=True, assertion=assert_quotation_verdict
)


def test_each_release_mixes_true_claims_and_planted_errors():
    """Every release holds true claims, claims no check can settle and a planted error; the
    known misses are its claims, each listed once."""
    assert_mixed_releases(EXPECTED, KNOWN_MISSES)
