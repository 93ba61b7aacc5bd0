"""Paraphrased findings: supported, contradicted, misleading or unsupported.

The best report sentences are found by lexical plus semantic similarity. Among
the sentences close to the best, one that carries a criticism the claim lacks
(or a "What needs to improve" item) contradicts it; a claim that itself reports
a criticism is supported by a close critical sentence. Praise stated without the
limit the report puts on it ("Some assessments are thorough" told as
"assessments are thorough"), or universally ("all", "every") where the report
says "most" or "some", is misleading.
"""

from __future__ import annotations

import re

from verify.check.common import Context, verdict
from verify.match import Hit, Sentence
from verify.types import CheckedClaim, Claim, Report

_CRITICAL = re.compile(
    r"\b(not|no longer|requires? improvement|inadequate|variable|inconsistent|weak(?:er|ness)?|"
    r"limited|too (?:few|many|slow|long|early)|delays?|shortfalls?|patchy|poor|insufficient|"
    r"concerns?|wants? to see|needs? to (?:improve|ensure|be)|should|lacks?|rarely)\b",
    re.I,
)
_UNIVERSAL = re.compile(r"\b(all|every|always|whole|entire|each|consistently)\b", re.I)
_LIMITED = re.compile(r"\b(most|some|many|majority|usually|mostly|generally|often|few)\b", re.I)
_LIMITED_SUBJECT = re.compile(r"^(?:some|most|many|a few|not all|a number of)\b", re.I)
# With no embedding model, a sentence must share this share of words to support a claim.
_LEXICAL_MIN = 0.8
# A close but critical sentence contradicts a claim at this margin below semantic_min.
_CONTRA_MARGIN = 0.1
# Sentences this close to the best one are read too: the best by score may be a
# heading or an improvement item that only names the topic.
_CLOSE = 0.1
# A limited sentence restated without its limit must share this share of its words.
_RESTATED_MIN = 0.85


_FRAME = re.compile(
    r"^(?:meanwhile|however|but|also|and|in addition)\b,?\s*"
    r"|\bin (?:[A-Z][\w’'-]+ ?){1,3},\s*"
    r"|\b(?:the )?(?:inspectors?|ofsted|the report|inspection)(?:’s|'s)?\s+(?:also\s+)?"
    r"(?:said|says|found|noted|praised|highlighted|added|wants? to see|wanted to see)\s+"
    r"(?:that\s+)?"
    r"|\bconcerns were raised (?:over|about|around)\s+",
    re.I,
)
"""Words that frame a finding rather than state it: 'Meanwhile, in Harrow, inspectors
found that ...'. Ranking on what is left keeps the framing from outweighing the topic."""


_VAGUE = re.compile(
    r"\b(?:acknowledg\w*|recogni[sz]\w*|prais\w*|highlight\w*|not(?:e|ed|es))\s+"
    r"(?:this|these|that|it|them)(?:\s+(?:work|news|achievement|effort|progress))?\W*$",
    re.I,
)
"""'The report acknowledges this.': what 'this' is lies in earlier sentences, so the
sentence alone names nothing to look for."""


def topic(text: str) -> str:
    """The finding itself, without its framing (or the text, if nothing is left)."""
    left = _FRAME.sub("", text).strip()
    return left if len(left.split()) >= 3 else text


def _strength(hit: Hit) -> float:
    return hit.semantic if hit.semantic is not None else hit.lexical


def _critical(sentence: Sentence) -> bool:
    """A sentence that criticises: critical words, or an item of 'What needs to improve'."""
    return sentence.passage.kind == "improvement" or bool(_CRITICAL.search(sentence.text))


def check_finding(claim: Claim, ctx: Context, report: Report) -> CheckedClaim:
    """The verdict for a paraphrased finding against one report."""
    if _VAGUE.search(claim.text):
        why = "Says only that the report noted 'this'; the sentence names nothing to check."
        return verdict(claim, "not_checkable", why)
    index = ctx.index(report)
    ranked = index.rank(topic(claim.text), k=3)
    if not ranked:
        return verdict(claim, "unsupported", f"{report.label} has no passages to compare.")
    evidence = [index.evidence(h.start, h.end, h.score) for _, h in ranked]
    sentence, best = ranked[0]
    strength = _strength(best)
    floor = ctx.settings.semantic_min if best.semantic is not None else _LEXICAL_MIN
    close = [(s, h) for s, h in ranked if _strength(h) >= strength - _CLOSE]
    # The best sentence may fall a little short of the floor; the others must reach it.
    critical = [
        (s, h)
        for i, (s, h) in enumerate(close)
        if _critical(s) and _strength(h) >= (floor - _CONTRA_MARGIN if i == 0 else floor)
    ]
    if critical:
        why = f"The closest passage (score {_strength(critical[0][1]):.2f}) is critical"
        if _CRITICAL.search(claim.text):
            return verdict(claim, "supported", f"{why}, as the claim is.", evidence)
        sentence_hit = critical[0][1]
        if sentence_hit.lexical >= _RESTATED_MIN:
            # The claim is that critical sentence's own words with its criticism gone.
            return verdict(claim, "contradicted", f"{why} where the claim is not.", evidence)
        # A critical neighbour in other words is a reason to read, not proof of an error:
        # on real releases it was nearly always another aspect of the same topic.
        return verdict(
            claim,
            "not_checkable",
            f"{why} where the claim is not; read it beside the claim.",
            evidence,
        )
    if strength < floor:
        # A paraphrase not found is no evidence of an error: said, with the nearest
        # passages, not flagged.
        return verdict(
            claim,
            "not_checkable",
            f"No report passage was found saying this (best similarity {strength:.2f} < "
            f"{floor:.2f}); nearest passages shown.",
            evidence,
        )
    if _generalised(claim.text, sentence.text, best):
        return verdict(
            claim,
            "misleading",
            "The report limits this praise ('most', 'some'); the release generalises it.",
            evidence,
        )
    return verdict(
        claim, "supported", f"The report says this (similarity {strength:.2f}).", evidence
    )


def _generalised(claim: str, sentence: str, hit: Hit) -> bool:
    """True when the claim drops or overrides the limit the report puts on its praise."""
    if _LIMITED.search(claim):
        return False
    if _UNIVERSAL.search(claim):
        return bool(_LIMITED.search(sentence)) and not _UNIVERSAL.search(sentence)
    return bool(_LIMITED_SUBJECT.search(sentence.strip())) and hit.lexical >= _RESTATED_MIN
