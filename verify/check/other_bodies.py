"""Grades said of another body than the council's children's services ('Four of the city's
secondary schools are rated outstanding', 'A neighbouring council, rated outstanding last
year'): no grade of this inspection, neither right nor wrong against its table, nor are the
dates said of them the visit's. Asked by the grade, comparison and fact checks alike, so
it sits beside ``common`` (whose release sentences it reads), not in any one of them.
"""

from __future__ import annotations

import re

from verify.check.common import sentence_before
from verify.check.release_index import ReleaseIndex
from verify.types import Claim, GradeMention
from verify.words.grades import RELEASE_GRADE_RE
from verify.words.qualifiers import other_body
from verify.words.speakers import other_grader, other_speaker


def grade_of_other_body(
    release: ReleaseIndex, claim: Claim, mention: GradeMention, authority: str | None = None
) -> str | None:
    """The body a grade is said of when it is one no children's services report grades
    ('Four of the city's secondary schools are rated outstanding', 'The borough's schools
    are among the best, with 95 per cent rated good or outstanding', 'A neighbouring
    council, rated outstanding last year'): the last body the sentence names before the
    grade, since the grade printed before it unless only a conjunction stands between them
    (``words.qualifiers.other_body``); or who gives it, when that is not Ofsted ('Parents
    who responded to the council's survey rated the service good',
    ``words.speakers.other_grader``), or says it in words of their own ('One foster carer
    told the council the service was "outstanding"', ``words.speakers.other_speaker``).
    Such a grade is no grade of this inspection, neither right nor wrong against its
    table, nor are the dates said of it the visit's. ``release``: the release's index;
    ``authority``: the report's council (a grade of another council named is that one's)."""
    if mention.start is None:
        return None
    before = sentence_before(release, claim, mention.start)
    start = 0
    for printed in RELEASE_GRADE_RE.finditer(before):
        if not _JOINED.match(before[printed.end() :]):
            start = printed.end()
    stretch = before[start:]
    return other_body(stretch, authority) or other_grader(stretch) or other_speaker(stretch)


_JOINED = re.compile(r"\W*(?:and/)?(?:or|and|to)?\W*$", re.I)
"""The words between two grades of one list ('good or outstanding'): one subject for both."""


def about_other_body(release: ReleaseIndex, claim: Claim, authority: str | None = None) -> bool:
    """True when every grade the claim prints is said of a body no children's services
    report grades, or another council than ``authority`` (``grade_of_other_body``): what
    it dates is that body's inspection."""
    grades = [m for m in claim.values.grades if m.start is not None]
    return bool(grades) and all(grade_of_other_body(release, claim, m, authority) for m in grades)


def earlier_of_other_body(
    release: ReleaseIndex, claim: Claim, authority: str | None = None
) -> bool:
    """True when a claim that kept only an earlier grade's value, no grade placed in its
    words ('Cleveland Police's child protection work was rated inadequate by the police
    inspectorate in 2019'), prints every grade word of it of another body (``other_body``):
    no inspection of the council's is told (grades10: was compared with 2019's help and
    protection); or, grades placed in its words, when every one is another body's
    (``about_other_body``: 'The neighbouring county council, rated good at its last
    inspection, has offered support' was compared with this council's last report,
    ratings14)."""
    if any(m.start is not None for m in claim.values.grades):
        return about_other_body(release, claim, authority)
    printed = list(RELEASE_GRADE_RE.finditer(claim.text))
    return bool(printed) and all(
        other_body(sentence_before(release, claim, m.start()), authority) for m in printed
    )
