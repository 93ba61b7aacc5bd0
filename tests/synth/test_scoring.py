"""Scoring the tool against the gold labels: matching by span overlap, rows, false alarms."""

from __future__ import annotations

from verify.evaluation.synthetic import extra_flags, group, outcomes
from verify.synth import synthesise
from verify.types import CheckedClaim, CheckResult


def checked(claim_id, kind, start, end, verdict, text="x") -> CheckedClaim:
    return CheckedClaim(
        id=claim_id,
        kind=kind,
        text=text,
        start=start,
        end=end,
        verdict=verdict,
        explanation="",
        confidence=0.9,
    )


def test_each_gold_claim_gets_the_tool_claim_that_overlaps_it_most(report, others):
    made = synthesise(report, others, 2)
    quote = next(c for c in made.claims if c.kind == "quote")
    sentence = checked("s", "finding", quote.start - 20, quote.end + 2, "supported")
    exact = checked("q", "quote", quote.start, quote.end, "misquoted")
    elsewhere = checked("e", "quote", quote.end + 40, quote.end + 60, "spliced")

    def verdict_for_quote(*claims):
        release = made.model_copy(update={"claims": [quote]})
        result = CheckResult(release=made.release(), reports=[], claims=list(claims))
        return outcomes(release, result)[0].verdict

    assert verdict_for_quote(sentence, elsewhere, exact) == "misquoted"
    assert verdict_for_quote(sentence, elsewhere) == "supported"
    assert verdict_for_quote(elsewhere) == "missed"


def test_outcomes_count_an_unextracted_claim_as_missed(report, others):
    made = synthesise(report, others, 2)
    result = CheckResult(release=made.release(), reports=[], claims=[])
    found = outcomes(made, result)
    assert len(found) == len(made.claims)
    assert all(o.verdict == "missed" and not o.flagged for o in found)


def test_flags_on_text_where_nothing_was_planted_are_counted(report, others):
    made = synthesise(report, others, 2)
    title_end = made.text.index("\n")
    result = CheckResult(
        release=made.release(),
        reports=[],
        claims=[
            checked("t", "rating", 0, title_end, "unsupported"),
            checked("u", "rating", 0, title_end, "supported"),
        ],
    )
    assert extra_flags(made, result) == 1


def test_rows_split_clean_and_minor_claims_by_kind(report, others):
    rows = {group(c) for seed in range(10) for c in synthesise(report, others, seed).claims}
    assert {
        "clean: quote",
        "clean: rating",
        "clean: council opinion",
        "minor: spelling",
        "splice",
        "grade_swap",
    } <= rows
