"""Who gives or says a grade when it is not Ofsted, its inspectors or its report
('Parents who responded to the council's own survey rated the service good', 'One foster
carer told the council the service was "outstanding"'): a grade no inspection gave
(``other_grader``, ``other_speaker``), which ``check.other_bodies`` leaves unchecked.

Uses the names (``names``) and the verbs of saying (``verbs``).
"""

from __future__ import annotations

import re

from verify.words.grades import GRADE, GRADING_VERBS
from verify.words.judgements import BOARD_NAMED
from verify.words.numbers import NUMBER
from verify.words.speakers.names import INSPECTION_DOCUMENTS, OFSTED_NAMES, OFSTED_NOUNS
from verify.words.speakers.verbs import SAYING_VERBS

_GRADED_BY = re.compile(
    rf"\b(?:{GRADING_VERBS}|scored|ranked)\s+"
    r"(?!(?:by|as|to|be|been|being|overall|were|was|are|is|have|has)\b)"
    rf"(?!{GRADE})[^\W\d_][^.;:!?]*$",
    re.I,
)
"""A grading verb with an object before the grade ('rated the service good'): a clause
saying who gave the grade, not that it was given. An object is no grade word ('rated good,
and requires improvement in one area'), nor the verb of the clause the participle stands
in ('Four of the five areas judged were good or better': drift39, 'Four of the five
areas' was read as the grader, and the share left another body's)."""
_OFSTED_SOURCE = re.compile(rf"\b(?:{OFSTED_NAMES}|{OFSTED_NOUNS}|{INSPECTION_DOCUMENTS})\b", re.I)
_STANDS_FOR = re.compile(
    r"^\W*(?:(?:and|but|it|they|which|that|who|this|has|have|had|also|then|now|overall)\W+)*$",
    re.I,
)
"""A subject that stands for what was named before (a pronoun, a relative word, or what is
left after a grade of the same clause: 'Ofsted has rated children's services good overall,
and judged the impact of leaders ...', drift46, 'overall, and' was read as the grader): who
it is, the words before tell."""


_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got)\W*"
    r"(?:(?:now|also|again|still|currently|recently|newly|once)\W+)?$",
    re.I,
)
"""An auxiliary just before the grading verb, an adverb between or not: the grade is said as
given ('has been rated overall as', 'is now rated'), whoever the subject is."""


_ADJECTIVAL = re.compile(rf"\b(?:the|its|their|our|all|{NUMBER})\s+$", re.I)
"""A determiner or number just before a grading verb: the verb's participle describes the
noun after it ('two thirds of the graded areas were good', 'its five rated judgements'),
no one grades."""


def _grading_verb(before: str) -> re.Match[str] | None:
    """The first grading verb with an object in ``before`` (``_GRADED_BY``) that is a verb,
    not a participle describing a noun (``_ADJECTIVAL``: shares18, 'Two thirds of the graded
    areas were good' made 'Two thirds of the' the grader, so the grade was no inspection's
    and a share was read of the next one, requires improvement, and contradicted)."""
    at = 0
    while (graded := _GRADED_BY.search(before, at)) is not None:
        if not _ADJECTIVAL.search(before, 0, graded.start()) and not _in_aside(before, graded):
            return graded
        at = graded.start() + 1
    return None


_ASIDE_OPENS = re.compile(r"[,(]\s*$")
_ASIDE_CLOSES = re.compile(r"[^,()]*[,)]")


def _in_aside(before: str, graded: re.Match[str]) -> bool:
    """True for a grading verb opening an aside closed before the grade ('Services for
    care leavers, graded separately from those for children looked after, were rated',
    'Care leavers (judged together under the framework) require'): a participle saying
    how the noun before it is graded, no one grading it (history20: the noun was read as
    the grader, so a true grade was left another body's)."""
    opens = _ASIDE_OPENS.search(before, 0, graded.start())
    return opens is not None and _ASIDE_CLOSES.match(before, graded.start()) is not None


def other_grader(before: str) -> str | None:
    """Who gives the grade the words ``before`` lead to, when they say who and it is not
    Ofsted, its inspectors or its report ('Parents who responded to the council's own
    survey rated the service', 'The council rated itself'): a grade no inspection gave.
    None when the grade is said as given (passive: 'was rated'), given by Ofsted, or by a
    pronoun standing for someone named before."""
    graded = _grading_verb(before)
    if graded is None:
        return None
    subject = before[: graded.start()]
    if (
        _OFSTED_SOURCE.search(subject)
        or _STANDS_FOR.match(subject)
        or _PASSIVE.search(subject)
        or _PRONOUN_GRADER.search(subject)
        or (_BOARD_REVIEWED.search(subject) and BOARD_NAMED.search(before))
        or _sharing_the_subject(subject)
    ):
        return None
    return " ".join(subject.split()[:6])


_COORDINATED = re.compile(r"(?:,\s*|\s)(?:and|but|then)\W*$", re.I)
_OPENING_PRONOUN = re.compile(r"^\W*(?:they|it)\b", re.I)


def _sharing_the_subject(subject: str) -> bool:
    """True when the grading verb is joined to a clause before it and shares its subject,
    a pronoun or Ofsted ('They found that children's services “benefit from ...”, and
    graded leadership, management and governance as outstanding': drift37, the first
    clause was read as the grader, so the grade was left another body's)."""
    return bool(_COORDINATED.search(subject)) and bool(
        _OPENING_PRONOUN.match(subject) or _OFSTED_SOURCE.match(subject.lstrip(" “‘\"'"))
    )


_BOARD_REVIEWED = re.compile(r"\breview\b", re.I)
"""A review grading the safeguarding children board ('A separate review judged the Devon
Safeguarding Children Board to be inadequate', 'A review of the Local Safeguarding Children
Board ... judged it inadequate'): Ofsted's own review of the board, which its report prints
(drift32 and drift35: read as another body grading it, and not checked)."""


_PRONOUN_GRADER = re.compile(r"\b(?:they|it)\W*$", re.I)
"""A grader named by a pronoun just before the verb, in a clause of its own ('three of the
five areas they graded were found to be good'): it stands for the graders named before, as
a subject of pronouns alone does (``_STANDS_FOR``; drift25: 'they' of the inspectors was
read as another grader, so the count took the other grade of the sentence, contradicted)."""


_SAID_BY = re.compile(rf"\b(?:{SAYING_VERBS}|described|describes|called|calls)\b", re.I)
_OF_A_RATING = re.compile(
    rf"\b(?:{GRADING_VERBS}|ratings?|grades?|judgements?|{OFSTED_NAMES}|{OFSTED_NOUNS}"
    rf"|{INSPECTION_DOCUMENTS})\b",
    re.I,
)


_RECIPIENT = re.compile(rf"^\s*(?:the\s+)?(?:{OFSTED_NAMES}|{OFSTED_NOUNS})\b", re.I)
"""Ofsted as the one told ('Children told inspectors their social workers were'): not the
source of what is said."""
_PREDICATE = re.compile(r"\b(?:is|are|was|were|be|been|being|as)\W*$", re.I)
"""A copula or 'as' just before the grade word: the speaker's own description of something
('the service was', 'described it as'), not a grade they pass on ('with all councils told
this area "requires improvement"')."""


def other_speaker(before: str) -> str | None:
    """Who says the grade word the words ``before`` lead to, in words of their own, when it
    is not Ofsted, its inspectors or its report ('One foster carer told the council the
    service was', 'a parent described it as'): their opinion, no grade given. None when
    the words after the verb of saying tell of a rating ('the leader said services had been
    rated') or pass a grade on without describing anything ('with all councils told this
    area'): that reports Ofsted's grade, to check."""
    said = list(_SAID_BY.finditer(before))
    if not said:
        return None
    subject, told = before[: said[-1].start()], before[said[-1].end() :]
    if _OFSTED_SOURCE.search(subject) or _STANDS_FOR.match(subject) or _PASSIVE.search(subject):
        return None  # 'has been told it': told by the inspection
    told = _RECIPIENT.sub(" ", told, count=1)
    if _OF_A_RATING.search(told) or not _PREDICATE.search(told):
        return None
    return " ".join(subject.split()[:6])
