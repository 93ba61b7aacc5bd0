"""Grade words that give no grade: an aim, a denial, the scale itself, plain English.

The words before a grade may make it an aim, a point of the scale, a denial or a
supposition (``_given``), unless the negation is a count of none (``_none_at``); a list
naming the whole of Ofsted's scale, or the words after a phrase naming the scale, grade
nothing (``_the_scale``, ``_scale_from``); a grade word said in plain English of a part
of the work, of a thing, of a published measure, or of what someone receives is no rating
(``_said_of_a_part``, ``_said_of_a_thing``, ``_said_of_a_measure``, ``_received``, read
by ``rating._is_rating``).
"""

from __future__ import annotations

import re

from verify.extract.values.counts import _AREAS, _QUANTIFIER
from verify.types import GRADES
from verify.words.clauses import Break, clause_start
from verify.words.grades import GRADE_BY_PLACE, GRADING_VERBS, PUBLISHED_MEASURE, SCALE_NAMED
from verify.words.grades import RELEASE_GRADE_RE as GRADE_RE
from verify.words.judgements import RELEASE_JUDGEMENT_RE as JUDGEMENT_RE
from verify.words.qualifiers import (
    ONLY_ONE_NOT,
    WHOLE_SERVICE,
    excepted_judgements,
    heads_a_part,
    names_only_the_whole,
    names_part,
)
from verify.words.speakers import FRAMING_PHRASE

_ASPIRED = re.compile(
    r"\b(?:goal|aims?|ambitions?|aspirations?|want(?:s|ed)?|striv\w+|journey|on track|"
    r"working towards?|become|becoming)\b[^.;:]{0,40}$",
    re.I,
)
"""Words before a grade that make it an aim, not a grade given: 'the goal of being rated
as ‘good’', 'our ambition to become outstanding'."""
_REFERENCE = re.compile(
    r"\b(?:below|above|beneath|short of|away from|better than|worse than|rather than|"
    r"instead of)(?:\s+(?:the|a|an))?\W{0,3}$",
    re.I,
)
"""Words before a grade that make it a point of the scale, not a grade given: 'two grades
below outstanding', 'one step away from good', 'good rather than outstanding', 'fell short
of the top grade'."""
_DENIED = re.compile(
    r"(?:\b(?:no|none|not|never|neither|nor|missed(?:\s+out\s+on)?|short\s+of)|n[’']t)\b"
    r"(?!\s+(?:only|fewer|less|more|longer|until)\b)[^.;,:]{0,40}$"
    r"|\b(?:escap(?:e|es|ed|ing)|avoid(?:s|ed|ing)?|evad(?:e|es|ed|ing)|dodg(?:e|es|ed|ing)"
    r"|steer(?:s|ed|ing)?\s+clear\s+of)\s+(?:being\s+(?:rated|judged|graded)\s+"
    r"|(?:an?|the)\s+(?:overall\s+)?)?\W{0,2}$",
    re.I,
)
"""A negation shortly before a grade in its clause: the grade is denied, not given ('with
no area rated good or inadequate', 'has not been judged inadequate', 'None of Southwark's
areas was rated', 'missed out on an outstanding grade', 'stopped short of rating help and
protection outstanding', 'escaped an inadequate rating', 'avoided being judged inadequate':
ratings22, the grade escaped was read as given and contradicted). A verb of escape denies
only the grade it governs, right after it ('Work to avoid children entering care was judged
good' gives good)."""
_HYPOTHETICAL = re.compile(r"\b(?:would|could|might)\b[^.;:,]{0,40}$", re.I)
"""A modal shortly before a grade in its clause: the grade is supposed, not given
('services would have been rated outstanding', 'could regain an outstanding rating'; not
'which could have been rated outstanding, was rated good')."""
_LISTED_GRADE = re.compile(r"[\s’'\"”]*(?:,|or|nor|and)[\s‘'\"“]*$", re.I)
"""What joins a grade to the one before it in one list ('outstanding or inadequate')."""
_APPOSED = re.compile(
    r"[\s’'\"”]*(?:,|–|—|\(|\s-)\s*(?:(?:the|a|an|its|which is|which was)\s+)?[\s‘'\"“]*", re.I
)
"""What sets a grade in apposition to the one before it ('good, the second-highest rating')."""


def restated(sentence: str, before: re.Match, m: re.Match) -> bool:
    """True when grade ``m`` restates ``before``, the grade just before it, in apposition,
    one of the two told by its place or steps ('rated good, the second-highest rating',
    'received the second-highest grade, good', 'requires improvement, two grades below
    outstanding'): one grade, read once (ratings22: read twice, the second unnamed)."""
    if before.lastgroup != m.lastgroup:
        return False
    if not (GRADE_BY_PLACE.match(before.group()) or GRADE_BY_PLACE.match(m.group())):
        return False
    return bool(_APPOSED.fullmatch(sentence, before.end(), m.start()))


_SCALE_JOIN = re.compile(r"[\s’'\"”]*(?:,\s*(?:or|and)?|or|and)[\s‘'\"“]*$", re.I)
"""The same, with a serial comma too ('good, requires improvement to be good, or
inadequate'): what joins the grades of a list naming the scale."""


def _given(before: str, sentence: str) -> bool:
    """False when the words ``before`` a grade make it an aim, a point of the scale, a
    denial or a supposition (``_ASPIRED``, ``_REFERENCE``, ``_DENIED``, ``_HYPOTHETICAL``),
    not a grade given; the 'not' of 'the only area not judged outstanding' denies it of one
    area alone (``ONLY_ONE_NOT``), the grade given to the others, when ``sentence`` names
    that area (``excepted_judgements``): with none named ('The service was the only area in
    the county not rated outstanding') it denies the grade of what the sentence is about
    (second review, session 23: read as given, a false claim was supported)."""
    said = (_ASPIRED, _REFERENCE, _DENIED, _HYPOTHETICAL)
    if ONLY_ONE_NOT.search(before) and excepted_judgements(sentence):
        said = (_ASPIRED, _REFERENCE, _HYPOTHETICAL)
    return not any(pattern.search(before) for pattern in said)


def _none_at(sentence: str, grade: re.Match) -> bool:
    """True when the only negation before the grade is a count of none of the areas ('No
    area was inadequate', ``_NONE``) and that count is the sentence's quantifier: the grade
    is counted (none at it), not denied. A 'no area' after another quantifier ('across the
    board, with no area rated good or inadequate') still denies its grades."""
    first = _QUANTIFIER.search(sentence)
    if first is None or not first.group("none") or first.end() > grade.start():
        return False
    q = first
    return _given(
        sentence[: q.start()] + "every area" + sentence[q.end() : grade.start()], sentence
    )


def _the_scale(sentence: str) -> set[int]:
    """Where the grade words of ``sentence`` that name Ofsted's scale begin: those listing
    the whole of today's scale in one list ('Judgements are graded outstanding, good,
    requires improvement to be good, or inadequate') and those after words naming the
    scale (``_scale_from``). A notes-to-editors line naming the scale grades nothing
    (fresh15: three of ten ordinary releases were flagged contradicted for the grades the
    report does not give)."""
    runs: list[list[re.Match]] = []
    for m in GRADE_RE.finditer(sentence):
        if runs and _SCALE_JOIN.fullmatch(sentence, runs[-1][-1].end(), m.start()):
            runs[-1].append(m)
        else:
            runs.append([m])
    whole, named = set(GRADES), _scale_from(sentence)
    listed = {m.start() for run in runs if {m.lastgroup for m in run} >= whole for m in run}
    return listed | {m.start() for run in runs for m in run if m.start() >= named}


def _scale_from(sentence: str) -> int:
    """Where ``sentence`` goes on to name Ofsted's scale (``SCALE_NAMED``: 'on a four-point
    scale: outstanding (grade 1), good (grade 2) ...', 'judgements range from outstanding
    to inadequate'), its length when it does not: the grades after it are the scale's
    points (fresh15 probe: each such notes-to-editors line was flagged contradicted)."""
    named = SCALE_NAMED.search(sentence)
    return named.start() if named else len(sentence)


_GRADING_WORD = re.compile(
    rf"\b(?:{GRADING_VERBS}|deemed|ratings?|grades?|judgements?|verdicts?|found)\b", re.I
)
"""A word of grading in a grade's clause: its subject is graded ('Ofsted's verdict was
good'; ratings22: the verdict was read as a thing praised in plain English, no grade)."""
_PART_OF = re.compile(r"\b(?P<of>of|for|with|to|among|by)\s+(?:[\w’'-]+\s+){0,2}$", re.I)
_NARROWED_AFTER = re.compile(
    r"\s+(?:who|whom|whose|with|without|placed|living|aged|at|from|out)\b", re.I
)
"""Words after a judgement's name that narrow it to some of its children ('care leavers who
misuse drugs and alcohol', 'children in care placed out of area')."""
_CHILDREN_NAMED = re.compile(r"\b(?:children|young people|leavers)\b", re.I)
"""A judgement named by the children it serves ('children in care', 'care leavers'): a part
of the work done for them, named by the noun right before the preposition ('placement
stability for children in care is good': drift50, contradicted by the area's requires
improvement), is that work, not the judgement, unlike a part of a service named as one
('the contribution of the adoption service') or the services themselves ('Ofsted rates
Portsmouth's services for children in care as good')."""


def _said_of_a_part(sentence: str, m: re.Match) -> bool:
    """True when a grade word is said, with no word of grading in its clause, of a subject
    headed by a part of the work that names a judgement only after a preposition, by its
    children (``_CHILDREN_NAMED``) or narrowed to some of them ('The quality of direct work
    with disabled children in care requires improvement', 'Planning for care leavers who
    misuse drugs and alcohol is inadequate'): plain English of that part, not the
    judgement's grade (was: read as that judgement's and contradicted by the table). Not a
    subject the judgement heads ('Services for children in care are good'), nor the whole
    of its work ('the contribution made by the adoption service is good')."""
    clause = sentence[clause_start(sentence, m.start(), Break.COMMA) : m.start()]
    while framed := FRAMING_PHRASE.match(clause):
        if not framed.end():
            break
        clause = clause[framed.end() :]
    judgement = JUDGEMENT_RE.search(clause)
    if judgement is None or _GRADING_WORD.search(clause):
        return False
    before = clause[: judgement.start()]
    part = _PART_OF.search(before)
    if part is None or not heads_a_part(before):
        return False
    narrowed = heads_a_part(before[part.end("of") :]) or _NARROWED_AFTER.match(
        clause, judgement.end()
    )
    if narrowed:
        return True
    last_noun = before[: part.start()].split()[-1:]
    return bool(_CHILDREN_NAMED.search(judgement.group()) and heads_a_part(" ".join(last_noun)))


_COPULA_END = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:is|are|was|were|been|remains?|remained|stays?|stayed)"
    r"(?:\s+(?:now|still|also|again|consistently|generally|mostly|largely|overall))*"
    r"(?:\s+(?:described|seen|regarded|considered)\s+(?:as|to\s+be))?\W{0,2}$",
    re.I,
)
"""A grade word's clause ending on its verb: 'is', 'are now', 'remains', 'was described as'
(drift37: 'Placement stability was described as good' was read as a rating of no
judgement, and contradicted)."""
_PRONOUN = re.compile(r"^\W*(?:it|they|this|these|that|those|all|both|each|everything)\b", re.I)
_PROPER_NAME = re.compile(r"(?:[A-Z][\w’'-]*\s*)+")
"""A subject of capitalised words only ('Ashbury', 'North Ashbury'): a place, the council
by a name the council table may lack."""


_AREA_WORD = re.compile(rf"\b{_AREAS}\b|\barea\b", re.I)
"""A subject counting the judgements ('Three of the four areas were good')."""


def _said_of_a_thing(sentence: str, m: re.Match) -> bool:
    """True when a grade word is the predicate ('is', 'are now', 'remains') of a subject
    that names no judgement, no council or service as a whole and is no pronoun, with no
    word of grading in its clause ('Social work practice is good', 'The quality of plans
    is now good'): praise of that work in plain English, a finding, not the service's grade
    (was a rating with no judgement, contradicted by a table with no good area). A
    judgement, its areas or the service as subject stays a grade ('Help and protection is
    now good', 'Three of the four areas were good', 'Children's services in Dudley remain
    good')."""
    clause = sentence[clause_start(sentence, m.start(), Break.COMMA) : m.start()]
    while (framed := FRAMING_PHRASE.match(clause)) and framed.end():
        clause = clause[framed.end() :]
    copula = _COPULA_END.search(clause)
    if copula is None or _GRADING_WORD.search(clause) or JUDGEMENT_RE.search(clause):
        return False
    subject = clause[: copula.start()].strip(" ,;:“‘\"'")
    if not subject or _PRONOUN.match(subject) or _PROPER_NAME.fullmatch(subject):
        return False
    if names_only_the_whole(subject):
        return False
    if _AREA_WORD.search(subject):
        return False  # 'Three of the four areas were good': the judgements, counted
    return names_part(subject) and not WHOLE_SERVICE.search(subject)


def _said_of_a_measure(sentence: str, m: re.Match) -> bool:
    """True when a grade word is the predicate of a published measure ('an adoption
    scorecard that is good', ``PUBLISHED_MEASURE``), not graded in its clause: the
    measure's level, even where the clause names a judgement ('adoption performance on the
    scorecard')."""
    clause = sentence[clause_start(sentence, m.start(), Break.COMMA) : m.start()]
    if not _COPULA_END.search(clause) or _GRADING_WORD.search(clause):
        return False
    return PUBLISHED_MEASURE.search(clause) is not None


_RECEIVED_BEFORE = re.compile(
    r"\b(?:receiv(?:e|es|ed|ing)|get(?:s|ting)?|got|giv(?:e|es|en|ing)|provid(?:e|es|ed|ing))"
    r"\s+(?:(?:an?|the|some|very|consistently|mostly)\s+)*$",
    re.I,
)
_THING_AFTER = re.compile(
    r"\s+(?:support|help|care|practice|work|offer|services?|provision)\b(?!\s+(?:ratings?|grades?)\b)",
    re.I,
)
"""A grade word between a verb of receiving or giving and the thing given ('received good
support', 'get outstanding care', 'provide good help'): what is given, described in plain
English, no grade (a grade is 'rated', 'judged', or 'received a good rating')."""


_OF_AREAS = re.compile(
    r"\b(?:(?:other|remaining)\s+(?:areas?|judgements?)|rat(?:ed|ing|ings)|judged|judgements?"
    r"|grades?|graded)\b",
    re.I,
)


def _received(sentence: str, m: re.Match) -> bool:
    """True for a grade word between a verb of receiving or giving and the thing given
    (``_RECEIVED_BEFORE``, ``_THING_AFTER``) in a sentence that speaks of no areas or
    ratings: 'Care leavers told inspectors they received good support from their personal
    advisers'. Beside areas it is the area's grade ('Inspectors said care leavers received
    good support, although other areas lagged behind')."""
    return (
        bool(_RECEIVED_BEFORE.search(sentence, 0, m.start()))
        and bool(_THING_AFTER.match(sentence, m.end()))
        and not _OF_AREAS.search(sentence)
    )
