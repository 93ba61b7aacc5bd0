"""What the report criticises that the release never mentions.

A judgement below good is mentioned when some release sentence names both the
judgement's subject and its grade (a boilerplate grade list does not count); a
"What needs to improve" item when some release sentence is close to it.
"""

from __future__ import annotations

import re

from verify.check.common import Context
from verify.match import aligns_with_any, normalise
from verify.types import CheckedClaim, Omission, Report
from verify.words.grades import BELOW_GOOD_MENTIONS, grade_text
from verify.words.judgements import JUDGEMENTS, prose
from verify.words.sentences import split_sentences

# A release sentence this close (partial_ratio on normalised words) mentions an improvement.
_IMPROVEMENT_MIN = 75.0


def _mentions_judgement(sentences: list[str], name: str, grade: str) -> bool:
    subject, grade_re = JUDGEMENTS[name].mention or name, BELOW_GOOD_MENTIONS[grade]
    return any(re.search(subject, s, re.I) and re.search(grade_re, s, re.I) for s in sentences)


def _claimed(claims: list[CheckedClaim], name: str, grade: str) -> bool:
    return any(m.judgement == name and m.grade == grade for c in claims for m in c.values.grades)


def find_omissions(ctx: Context, report: Report, claims: list[CheckedClaim]) -> list[Omission]:
    """Judgements below good and improvement items the release leaves out."""
    sentences = [s for line in ctx.release.text.splitlines() for s in split_sentences(line)]
    index = ctx.index(report)
    out: list[Omission] = []
    for j in report.judgements:
        if j.grade not in BELOW_GOOD_MENTIONS:
            continue
        if _claimed(claims, j.name, j.grade) or _mentions_judgement(sentences, j.name, j.grade):
            continue
        at = max(report.text.find(j.printed), 0)
        out.append(
            Omission(
                kind="judgement",
                text=f"{prose(j.name).capitalize()}: {grade_text(j.grade)}",
                report=report.label,
                judgement=j.name,
                grade=j.grade,
                evidence=index.evidence(at, at + len(j.printed), 1.0, whole_sentence=False),
            )
        )
    release_norms = [normalise(s).text for s in sentences]
    for item in report.improvements:
        target = normalise(item.text).text
        # A release sentence much shorter than the item would align inside it by chance.
        long_enough = [s for s in release_norms if len(s) >= 0.6 * len(target)]
        if aligns_with_any(target, long_enough, _IMPROVEMENT_MIN):
            continue
        out.append(
            Omission(
                kind="improvement",
                text=re.sub(r"\s+", " ", item.text).strip(),
                report=report.label,
                judgement=item.judgement,
                evidence=index.evidence(item.start, item.end, 1.0, whole_sentence=False),
            )
        )
    return out
