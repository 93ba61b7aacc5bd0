"""Grade mentions, and the judgement each grade is given to.

``_given_hits`` keeps the grade words stated as ratings (``rating``) and given
(``no_grade``); ``grade_mentions`` gives each to the judgements whose names take it
(``given_to._grade_for``: the grade just before a name linked to it, else the first after
it; never across a contrast, another grade, an exception, a closed aside, an aside setting
the name apart or another judgement's name), or to the judgement a named part belongs to.
"""

from __future__ import annotations

import re

from verify.extract.values.given_to import _grade_for, _past_its_aside
from verify.extract.values.no_grade import _LISTED_GRADE, _given, _none_at, _the_scale, restated
from verify.extract.values.rating import _is_rating
from verify.types import GradeMention
from verify.words.grades import COUNT_BEFORE_GRADE, GRADE_AS_ADJECTIVE
from verify.words.grades import RELEASE_GRADE_RE as GRADE_RE
from verify.words.judgements import PART_OF_JUDGEMENT_RE
from verify.words.judgements import RELEASE_JUDGEMENT_RE as JUDGEMENT_RE

_OPENING_OVERALL = re.compile(r"overall\s*,", re.I)


def grade_mentions(sentence: str) -> list[GradeMention]:
    """Grades stated as ratings (quoted, or beside 'rated', 'overall'...), each with the
    judgements it is given (see ``_grade_for``)."""
    found = []
    grade_hits = _given_hits(sentence)
    for m in grade_hits:
        found.append(
            GradeMention(
                grade=m.lastgroup, judgement=None, printed=m.group(), start=m.start(), end=m.end()
            )
        )
    for judgement in JUDGEMENT_RE.finditer(sentence):
        if _OPENING_OVERALL.match(sentence, judgement.start()) and not sentence[
            : judgement.start()
        ].strip(" “‘\"'"):
            continue  # "Overall, the inspection ...": a summing-up, not the judgement
        given = _grade_for(sentence, judgement, grade_hits)
        for grade in (given, _past_its_aside(sentence, judgement, grade_hits)):
            if grade is None:
                continue
            i = grade_hits.index(grade)
            if found[i].judgement is None:
                found[i] = found[i].model_copy(update={"judgement": judgement.lastgroup})
            elif found[i].judgement != judgement.lastgroup:
                found.append(found[i].model_copy(update={"judgement": judgement.lastgroup}))
    return _parts_graded(sentence, grade_hits, found)


def _parts_graded(sentence: str, hits: list[re.Match], found: list[GradeMention]) -> list:
    """``found`` with each grade given to no judgement named but to a part of one
    (``PART_OF_JUDGEMENT_RE``: 'Early help was rated good') given that judgement, by the
    rule a judgement's name takes its grade (``_grade_for``): the part is graded within
    it, so the whole service's grade is no evidence for it."""
    for part in PART_OF_JUDGEMENT_RE.finditer(sentence):
        grade = _grade_for(sentence, part, hits)
        if grade is not None and found[hits.index(grade)].judgement is None:
            i = hits.index(grade)
            found[i] = found[i].model_copy(update={"judgement": part.lastgroup})
    return found


def _given_hits(sentence: str) -> list[re.Match]:
    """The grade words of ``sentence`` stated as ratings and given (``_given``); a grade
    listed after one not given is not given either ('None of the areas was rated
    outstanding or inadequate'), one listed after a rating is a rating too ('Three of the
    four areas were good or outstanding': ratings14, the 'outstanding' was dropped and the
    count checked for good alone), and so is one after a second count ('Two of the areas
    were good and two outstanding', ``COUNT_BEFORE_GRADE``), unless it is an adjective
    ('good or outstanding support'); the grades of a list naming the whole scale are none
    (``_the_scale``), nor is a grade restating the one before it (``restated``)."""
    hits, last = [], None
    scale = _the_scale(sentence)
    for m in GRADE_RE.finditer(sentence):
        if m.start() in scale or (last and last[0] in hits and restated(sentence, last[0], m)):
            continue
        listed = last is not None and _LISTED_GRADE.fullmatch(sentence, last[0].end(), m.start())
        given = (
            last[1] if listed else _given(sentence[: m.start()], sentence) or _none_at(sentence, m)
        )
        paired = bool(hits) and COUNT_BEFORE_GRADE.search(sentence[: m.start()]) is not None
        rating = _is_rating(sentence, m) or (
            ((listed and last[0] in hits) or paired)
            and not GRADE_AS_ADJECTIVE.match(sentence, m.end())
        )
        last = (m, given)
        if given and rating:
            hits.append(m)
    return hits
