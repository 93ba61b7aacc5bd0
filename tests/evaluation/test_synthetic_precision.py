"""The synthetic per-type table's precision column (verify.evaluation.synthetic.precision)."""

from __future__ import annotations

from collections import Counter

from verify.evaluation.synthetic import Outcome, error_table, precision
from verify.synth.models import GOLD_VERDICT, GoldClaim
from verify.types import CheckedClaim

_n = iter(range(10_000))


def outcome(error: str, said: str | None, kind: str = "quote") -> Outcome:
    i = next(_n)
    verdict = GOLD_VERDICT.get(error, "supported")
    gold = GoldClaim(
        id=f"g{i}", start=10 * i, end=10 * i + 5, text="x", kind=kind, error=error, verdict=verdict
    )
    claim = None
    if said is not None:
        claim = CheckedClaim(
            id=f"c{i}",
            kind=kind,
            text="x",
            start=gold.start,
            end=gold.end,
            verdict=said,
            confidence=0.9,
            explanation="",
        )
    return Outcome(gold, claim)


def test_a_sibling_type_with_the_same_verdict_counts_neither_way():
    subs = [outcome("quote_substitution", "misquoted"), outcome("quote_substitution", None)]
    dels = [outcome("quote_deletion", "misquoted")]
    found = subs + dels
    assert precision(subs, found) == (1, 1)


def test_wrong_claims_given_the_verdict_count_against_it():
    subs = [outcome("quote_substitution", "misquoted")]
    clean = [outcome("clean", "misquoted"), outcome("clean", "supported")]
    splice = [outcome("splice", "misquoted")]
    found = subs + clean + splice
    assert precision(subs, found) == (1, 3)
    # the clean row: one right 'supported', nothing wrongly called supported
    assert precision(clean, found) == (1, 1)


def test_unplanted_flags_of_the_verdict_count_against_it():
    splice = [outcome("splice", "spliced"), outcome("splice", "spliced")]
    assert precision(splice, splice, Counter({"spliced": 2, "misquoted": 5})) == (2, 4)


def test_error_table_has_a_precision_column():
    found = [outcome("splice", "spliced"), outcome("clean", "spliced")]
    table = error_table(found, [])
    headers = [c.header for c in table.columns]
    assert "precision" in headers
    column = table.columns[headers.index("precision")]
    assert list(column.cells)[0] == "0.500"
