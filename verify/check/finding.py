"""Paraphrased findings: supported, contradicted, misleading or unsupported.

The best report sentences are found by lexical plus semantic similarity. A
close sentence that carries a criticism the claim lacks contradicts it; praise
stated universally ("all", "every") where the report limits it ("most",
"some") is misleading.
"""

from __future__ import annotations

import re

from verify.check.common import Context, verdict
from verify.types import CheckedClaim, Claim, Report

_CRITICAL = re.compile(
    r"\b(not|no longer|requires? improvement|inadequate|variable|inconsistent|weak(?:er|ness)?|"
    r"limited|too (?:few|many|slow|long|early)|delays?|shortfalls?|patchy|poor|insufficient)\b",
    re.I,
)
_UNIVERSAL = re.compile(r"\b(all|every|always|whole|entire|each|consistently)\b", re.I)
_LIMITED = re.compile(r"\b(most|some|many|majority|usually|mostly|generally|often|few)\b", re.I)
# With no embedding model, a sentence must share this share of words to support a claim.
_LEXICAL_MIN = 0.8
# A close but critical sentence contradicts a claim at this margin below semantic_min.
_CONTRA_MARGIN = 0.1


def check_finding(claim: Claim, ctx: Context, report: Report) -> CheckedClaim:
    """The verdict for a paraphrased finding against one report."""
    index = ctx.index(report)
    ranked = index.rank(claim.text, k=3)
    if not ranked:
        return verdict(claim, "unsupported", f"{report.label} has no passages to compare.")
    evidence = [index.evidence(h.start, h.end, h.score) for _, h in ranked]
    sentence, best = ranked[0]
    strength = best.semantic if best.semantic is not None else best.lexical
    floor = ctx.settings.semantic_min if best.semantic is not None else _LEXICAL_MIN
    claim_critical = bool(_CRITICAL.search(claim.text))
    if (
        strength >= floor - _CONTRA_MARGIN
        and _CRITICAL.search(sentence.text)
        and not claim_critical
    ):
        return verdict(
            claim,
            "contradicted",
            f"The closest passage (score {strength:.2f}) is critical where the claim is not.",
            evidence,
        )
    if strength < floor:
        return verdict(
            claim,
            "unsupported",
            f"No report passage says this (best similarity {strength:.2f} < {floor:.2f}).",
            evidence,
        )
    if (
        _UNIVERSAL.search(claim.text)
        and _LIMITED.search(sentence.text)
        and not _UNIVERSAL.search(sentence.text)
    ):
        return verdict(
            claim,
            "misleading",
            "The report limits this praise ('most', 'some'); the release generalises it.",
            evidence,
        )
    return verdict(
        claim, "supported", f"The report says this (similarity {strength:.2f}).", evidence
    )
