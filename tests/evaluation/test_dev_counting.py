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
