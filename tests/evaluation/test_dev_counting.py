"""How the real-article figures count flags: once per extracted claim, as a reader sees them."""

from __future__ import annotations

from verify.evaluation.dev import raised_flags
from verify.evaluation.verdicts import Pair


def _pair(gold: str, tool: str, claim: object | None) -> Pair:
    return Pair("a.txt", {"verdict": gold, "kind": "rating"}, tool, {}, claim)


def test_one_flagged_sentence_labelled_clause_by_clause_is_one_flag():
    sentence, other = object(), object()
    pairs = [
        _pair("contradicted", "contradicted", sentence),  # "a four-week inspection in February"
        _pair("supported", "contradicted", sentence),  # "..., they deemed staff valued"
        _pair("supported", "misleading", other),
        _pair("supported", "supported", object()),
        _pair("misquoted", "missed", None),
    ]
    assert raised_flags(pairs) == (2, 1)


def test_the_provisional_row_puts_back_each_flag_held_back():
    """The headline's 'provisional flags raised' row is the tool's verdicts with each flag
    a provisional check held back in place of its not_checkable, from the same run."""
    from types import SimpleNamespace

    from verify.evaluation.verdicts import (
        BASELINES,
        RAISED,
        summary_table,
        with_provisional_flags,
    )

    held = SimpleNamespace(held_back="contradicted")
    plain = SimpleNamespace(held_back=None)
    pairs = [
        _pair("contradicted", "not_checkable", held),
        _pair("supported", "supported", plain),
        _pair("misquoted", "missed", None),
    ]
    for pair in pairs:
        pair.baselines.update(dict.fromkeys(BASELINES, "supported"))
    assert with_provisional_flags(pairs) == ["contradicted", "supported", "missed"]
    rows = list(summary_table(pairs, "a test").columns[0].cells)
    assert rows[0] == "verify" and rows[-1] == RAISED


def test_a_quotation_inside_an_officials_is_matched_to_its_own_claim():
    """Gold for a quotation an official gives to inspectors inside their own statement
    ('I am proud that inspectors described our service as ‘stable, experienced and well
    led’') is matched to the inner quotation's claim, not the statement around it, though
    both cover its span (drift32: five such quotations were scored on the statement's
    verdict)."""
    from types import SimpleNamespace

    from verify.evaluation.verdicts import match

    statement = SimpleNamespace(start=0, end=120, kind="quote")
    inner = SimpleNamespace(start=80, end=112, kind="quote")
    gold = [{"start": 80, "end": 112, "kind": "quote"}, {"start": 0, "end": 60, "kind": "quote"}]
    assert match(gold, [statement, inner]) == [inner, statement]
    assert match(gold, [statement, inner], reuse=True) == [inner, statement]
