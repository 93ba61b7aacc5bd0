"""Grades of things outside the judgement table (children's homes and other subjects the
report grades in a passage), against that passage.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from verify.check.common import Context, nearest, verdict
from verify.match import PassageIndex, Sentence, normalise
from verify.types import CheckedClaim, Claim, GradeMention, Report
from verify.words.grades import grades_allowed
from verify.words.judgements import OTHER_SUBJECTS
from verify.words.numbers import NUMBER, number
from verify.words.qualifiers import UNIVERSAL


def naming_other_subject(claim: Claim, index: PassageIndex) -> list[Sentence]:
    """The report sentences naming the subject outside the judgement table that the claim
    grades (``OTHER_SUBJECTS``); with none, ``check_other_subject`` shows the nearest
    passage (which ``lookups`` asks for before any claim is checked)."""
    subject = OTHER_SUBJECTS.search(claim.text)
    candidates = index.sentences_matching(OTHER_SUBJECTS) if subject else []
    return [s for s in candidates if _names_subject(s.text, subject.group(0))]


def check_other_subject(
    claim: Claim, report: Report, ctx: Context, mentions: list[GradeMention]
) -> CheckedClaim:
    """Grades of things outside the judgement table (children's homes): read the passage
    naming the same subject. Ofsted grades these subjects in their own inspections, so a
    report with no such passage is silent, not against the grade: the nearest passage by
    meaning is shown, never compared (a judgement table row near 'fostering service' is
    no grade of it). Only ``mentions``, the grades of today said of the subject, are
    compared (not schools' beside it, nor its grade of 2012), with every grade the passage
    allows ('good or better')."""
    index = ctx.index(report)
    naming = naming_other_subject(claim, index)
    if not naming:
        why = f"{report.label} says nothing about this; Ofsted grades it in its own inspection."
        return verdict(claim, "not_checkable", why, nearest(ctx, report, claim.text))
    query = normalise(claim.text).text
    sentence = max(
        naming,
        key=lambda s: (
            _counted_alike(claim.text, s.text),
            fuzz.partial_ratio(query, normalise(s.text).text),
        ),
    )
    hit_score = 1.0
    # The grade often sits in the next sentence ("operates two homes. Two were judged good").
    following = [
        s for s in index.sentences if s.passage is sentence.passage and s.start >= sentence.end
    ]
    end = following[0].end if following else sentence.end
    said = {m.grade for m in mentions}
    printed = grades_allowed(report.text[sentence.start : end])
    evidence = [index.evidence(sentence.start, end, hit_score, whole_sentence=False)]
    if not printed:
        why = "The nearest report passage gives no grade; Ofsted grades this in its own inspection."
        return verdict(claim, "not_checkable", why, evidence)
    wrong = sorted(said - printed)
    if wrong:
        return verdict(
            claim,
            "contradicted",
            f"The report gives {', '.join(sorted(printed))}, not {', '.join(wrong)}.",
            evidence,
        )
    if not _counted_alike(claim.text, report.text[sentence.start : end]):
        why = (
            f"The report gives {', '.join(sorted(printed))}, but not the count the claim "
            "gives them; the passage is shown."
        )
        return verdict(claim, "not_checkable", why, evidence)
    return verdict(claim, "supported", f"The report gives {', '.join(sorted(printed))}.", evidence)


_COUNT = re.compile(rf"\b{NUMBER}\b", re.I)


def _counted_alike(claim: str, passage: str) -> bool:
    """True when the passage prints every count the claim gives its subjects, and 'all'
    or 'every' where the claim says it ('All 13 of its homes are good' is not supported
    by 'operates 13 homes. Nine were judged good'): the grades alone are not the claim."""
    counts = {number(m.group()) for m in _COUNT.finditer(claim)}
    printed = {number(m.group()) for m in _COUNT.finditer(passage)}
    universal = UNIVERSAL.search(claim) and not UNIVERSAL.search(passage)
    return counts <= printed and not universal


def _names_subject(sentence: str, subject: str) -> bool:
    """True when ``sentence`` names the claim's ``subject`` (children's homes, a fostering
    service), not another subject graded elsewhere."""
    key = normalise(subject).text.rstrip("s")
    return any(
        key == normalise(m.group(0)).text.rstrip("s") for m in OTHER_SUBJECTS.finditer(sentence)
    )
