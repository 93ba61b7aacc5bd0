"""The judgement a grade mention is given to, read from where the grade stands against
the judgement's name (``mentions.grade_mentions`` asks it of each judgement named).

``_grade_for``: the grade just before a name linked to it, else the first after it;
never across a contrast, another grade, an exception, a closed aside, an aside setting
the name apart or another judgement's name. ``_past_its_aside``: the grade the main
clause gives a judgement named as its subject, past a relative aside of its own.
"""

from __future__ import annotations

import re

from verify.extract.values.counts import _AREAS
from verify.extract.values.rating import _MAX_GRADE_DISTANCE, _changed_to
from verify.words.clauses import CONTRAST_ASIDE, SET_APART, clause_start
from verify.words.grades import RELEASE_GRADE
from verify.words.grades import RELEASE_GRADE_RE as GRADE_RE
from verify.words.judgements import RELEASE_JUDGEMENT_RE as JUDGEMENT_RE
from verify.words.judgements import TITLE_OPENING
from verify.words.qualifiers import EXCEPTIONS, NAMED_ONLY_ONE_NOT
from verify.words.speakers import INSPECTORS_NAMED

_RELATIVE_ASIDE = re.compile(
    r"(?:\s+services?)?\s*,\s*(?:which|that|who|the\s+(?:only|one)\s+area)\b[^,;]*,", re.I
)
"""A relative clause set off by commas just after a judgement's name ('Adoption services,
which were judged good in 2011,'), or an apposition naming it the only area so graded
('Help and protection, the only area not rated outstanding, was judged good': shares18,
the grade was given to no judgement, so the claim was not checkable)."""


def _past_its_aside(sentence: str, judgement: re.Match, hits: list[re.Match]) -> re.Match | None:
    """The grade the main clause gives a judgement named as its subject, past a relative
    aside of its own: 'Adoption services, which were judged good in 2011, now require
    improvement' gives adoption both grades, the aside's (``_grade_for``) and this one (was
    none, so 'require improvement' was the whole service's, or a fostering passage's). Not
    across another judgement, grade or contrast."""
    aside = _RELATIVE_ASIDE.match(sentence, judgement.end())
    if aside and _excepted(sentence, judgement):
        return None  # 'every area except adoption, which ..., requires improvement'
    later = next((m for m in hits if aside and m.start() >= aside.end()), None)
    if later is None or later.start() - aside.end() > _MAX_GRADE_DISTANCE // 2:
        return None
    between = sentence[aside.end() : later.start()]
    crossed = (JUDGEMENT_RE, GRADE_RE, _CONTRAST)
    return None if any(p.search(between) for p in crossed) else later


_CONTRAST = re.compile(r"\b(?:but|while|whilst|whereas|however|(?:al)?though|concerns?)\b", re.I)


_ANOTHER_THAT = re.compile(r"\b(?:and|but|or)\s+that\b", re.I)
"""A second clause reported after the first ('found that A are adequate, and that placement
stability is good'): its own subject has its grade, not a judgement named in the first."""


_LINK = re.compile(
    r"^[\s’'\"”]*(?:(?:ratings?|judgements?|grades?)\s+)?"
    rf"(?:(?:by|from) (?:the )?{INSPECTORS_NAMED.pattern}\s+)?"
    rf"(?:(?:in|for|across|around)\b(?:(?!\b(?:{EXCEPTIONS}|but)\b|,\s*with\b)[^;:])*|at\s+"
    rf"|(?:overall\s*)?(?:(?:by|from) (?:the )?{INSPECTORS_NAMED.pattern}\s*)?"
    r",\s*as\s+(?:was|were|is|are|(?:has|have|had)\s+been)"
    r"\s+(?:(?:the|its|their)\s+)?(?:(?:services?|work)\s+(?:for|to|with)\s+(?:the\s+)?)?)?$",
    re.I,
)
"""What may stand between a grade and the judgement it names after it: nothing but marks
('‘Good’ overall') or a preposition, after who gave it or not ('good for care leavers',
'‘outstanding’ at protecting children': drift43, read as the whole service's and called
misleading; 'at' only right before the name,
'the highest accolade from Ofsted for the impact of its leaders', 'Good in the safeguarding
and children in care categories', 'good ratings for A, B and C'), never an exception
('good in every area apart from children in care': that one is not good); or ', as was' the
judgement named after it ('rated good overall, as was the leadership': fresh17, the
leadership was given no grade)."""


def _grade_for(sentence: str, judgement: re.Match, hits: list[re.Match]) -> re.Match | None:
    """The grade a judgement's name is given: the grade just before it when that grade
    names it ('rated good for care leavers'), else the first grade after it ('the overall
    services were rated inadequate', 'impact of leaders, judged requires improvement');
    never across a contrast ('but', 'while'), another grade word (rated or not: 'good for
    A and requires improvement for B' gives A nothing from the second grade; but 'A declined
    from good to requires improvement' gives A the grade it reached) or further than
    ``_MAX_GRADE_DISTANCE``; not the grade before when the name is the subject of its own
    grade after it (``_OWN_PREDICATE``). A contrast word set off by commas is no contrast
    between them ('Adoption and care leavers, though, were found to be good': faithful5,
    the grade went to no area, so the rating was left not_checkable).

    A grade before the name and joined to it by 'and' or a comma belongs to another
    judgement ('also judged to require improvement and [...] help and protection, which
    is judged inadequate')."""

    def reachable(m: re.Match) -> bool:
        lo, hi = sorted((judgement.start(), m.start()))
        near = abs(judgement.start() - m.start()) <= _MAX_GRADE_DISTANCE
        between = sentence[min(judgement.end(), m.end()) : max(judgement.start(), m.start())]
        crosses = GRADE_RE.search(between) and not _changed_to(sentence, m)
        span = CONTRAST_ASIDE.sub(" ", sentence[lo:hi])  # ', though,' joins, not parts
        apart = _CONTRAST.search(span) or _ANOTHER_THAT.search(span)
        return near and not apart and not crosses

    before = [m for m in hits if m.end() <= judgement.start() and reachable(m)]
    after = [m for m in hits if m.start() >= judgement.end() and reachable(m)]
    if after:  # the asides read once for all the grades after the name, not for each
        apart = _apart_from(sentence, judgement)
        after = [m for m in after if m.start() < apart]
    between = sentence[judgement.end() : after[0].start()] if after else ""
    own = after and (
        _OWN_PREDICATE.match(between) or (_REQUIRES.match(after[0].group()) and not between.strip())
    )
    if before and not own and _linked_before(sentence, before[-1], judgement):
        return before[-1]
    if not after or _in_closed_aside(sentence, judgement, after[0]):
        return None
    if _graded_as_its_adjective(sentence, judgement):
        return None  # 'Outstanding leadership as services are rated good': not leadership's
    if _excepted(sentence, judgement) and not _OWN_ASIDE.match(sentence, judgement.end()):
        return None  # 'every area apart from adoption was judged inadequate': not adoption
    if NAMED_ONLY_ONE_NOT.match(sentence, judgement.end()):
        return None  # 'Help and protection was the only area not judged outstanding'
    return after[0] if _not_anothers(sentence, judgement, after[0]) else None


def _graded_as_its_adjective(sentence: str, judgement: re.Match) -> bool:
    """True when a grade word stands just before the judgement's name as its adjective
    ('Outstanding leadership as Sutton's children's services are rated good'): the name has
    its own grade, so a grade after it is another subject's (session 22, quotes22: the
    headline's 'good' went to leadership, contradicted by its outstanding)."""
    words = list(GRADE_RE.finditer(sentence, 0, judgement.start()))
    return bool(words) and not sentence[words[-1].end() : judgement.start()].strip(" ‘’'\"“”")


_AREAS_BEFORE_GRADE = re.compile(rf"\b{_AREAS}\b|\b(?:area|judgement|category)\b", re.I)
_LISTED_AFTER_COLON = re.compile(
    r"^[\s’'\"”]*:\s*(?:[^.;:]*?(?:,|\band\b)\s*)?(?:(?:the|its)\s+)?$", re.I
)
"""Between a grade and a judgement's name: a colon, then the name, first or later in the
list after it ('judged to require improvement: help and protection', 'rated outstanding:
the impact of leaders and care leavers')."""


def _linked_before(sentence: str, grade: re.Match, judgement: re.Match) -> bool:
    """True when the grade before a judgement's name is given to it: linked by a
    preposition or nothing (``_LINK``), or by a colon listing the areas a grade counts
    ('the one area judged to require improvement: help and protection': ratings18, the
    grade went to no area, so the rating was left not_checkable). The colon links only
    after words counting areas or judgements: after a grade of the whole ('rated good:
    help and protection has improved') what follows is a sentence of its own."""
    between = sentence[grade.end() : judgement.start()]
    if _LINK.match(between):
        return True
    if not _LISTED_AFTER_COLON.match(between):
        return False
    return bool(
        _AREAS_BEFORE_GRADE.search(sentence, clause_start(sentence, grade.start()), grade.start())
    )


def _apart_from(sentence: str, judgement: re.Match) -> int:
    """Where the first aside holding the judgement's name and setting it apart from the
    clause's subject closes (the sentence's end when none does): a grade from there on is the
    subject's ('Care leavers, unlike children in care, were rated good' gives children in
    care nothing)."""
    return min(
        (
            a.end()
            for a in _SET_APART_ASIDE.finditer(sentence)
            if a.start() < judgement.start() and judgement.end() <= a.end()
        ),
        default=len(sentence),
    )


_EXCEPTED = re.compile(rf"\b(?:{EXCEPTIONS})\s+(?:(?:the|its|their|for|of)\s+)*$", re.I)
_LISTED_BEFORE = re.compile(r"^(?:\s*,)?\s*(?:and|or)?\s*(?:the\s+|its\s+)?$", re.I)
_OWN_ASIDE = re.compile(r"(?:\s+services?)?\s*,\s*(?:which|that|who)\b", re.I)
"""A relative clause opened just after a judgement's name: its grade is the judgement's
own ('every area except adoption, which was judged good')."""


def _excepted(sentence: str, judgement: re.Match) -> bool:
    """True when the judgement is named as an exception to what is said of all, alone or
    listed with others ('every area apart from adoption', 'every area but adoption and care
    leavers'): the grade said of all after it is not its grade (compare13: 'Every area
    apart from adoption was judged inadequate, and adoption services retained their
    requires improvement rating' gave adoption inadequate, contradicted against 2013)."""
    end = judgement.start()
    while True:
        before = sentence[:end]
        if _EXCEPTED.search(before):
            return True
        listed = [
            m for m in JUDGEMENT_RE.finditer(before) if _LISTED_BEFORE.match(before[m.end() :])
        ]
        if not listed:
            return False
        end = listed[-1].start()


_OWN_PREDICATE = re.compile(
    r"^[\s’'\"”]*(?:(?:was|were|is|are|has|have|had|been|being|now|also|both|each|all"
    r"|judged|rated|graded|deemed|found|assessed|as|to be)\s+){1,5}[‘'\"“]?$",
    re.I,
)
"""Nothing but its own grading verb between a judgement and the grade after it ('with
services for children in care judged outstanding'): the judgement is that grade's subject,
whatever grade a preposition before it might link it to ('rated good for the second time
in a row, with services for children in care ...')."""


_REQUIRES = re.compile(r"requir", re.I)
"""A grade that is its own verb ('require improvement'), right after a judgement's name
('and says services for care leavers require improvement'): the name is its subject, not
the object of a grade before it ('rates the council good for the impact of its leaders and
for children in care, and says ...': stress_reading9, care leavers were given the good)."""


_OPENED_AFTER_GRADE = re.compile(rf"\b{RELEASE_GRADE}[’'\"”]?\s*(?:\(|[–—-]\s)[^()–—]*$", re.I)
"""An aside opened just after a grade word, still open ('three areas good – leadership, ...',
'three areas good (leadership, ...')."""


def _in_closed_aside(sentence: str, judgement: re.Match, grade: re.Match) -> bool:
    """True when the judgement's name stands in an aside (between spaced dashes, or in
    brackets) opened just after a grade word and closed before the grade after it: the
    aside names what that first grade was given ('judged three areas good – leadership,
    help and protection, and children in care – and care leavers outstanding': the three
    are not outstanding). An aside naming the subject ('Two areas – help and protection
    and care leavers – were rated good') opens after no grade, and keeps the grade after."""
    if not _OPENED_AFTER_GRADE.search(sentence[: judgement.start()]):
        return False
    return bool(re.search(r"\)|\s[–—-]\s", sentence[judgement.end() : grade.start()]))


_LISTED_WITH = re.compile(
    r"[\s,]*(?:(?:and|or|plus|as well as|along with|together with|&)\s+)?"
    rf"(?:the\s+|its\s+)?(?:{TITLE_OPENING})?",
    re.I,
)


_SET_APART_ASIDE = re.compile(rf"(?:\s+services?)?\s*,\s*{SET_APART}[^,;]*,", re.I)
"""An aside set off by commas that sets another judgement apart from the one named before it
('Services for care leavers, graded separately from those for children in care, were ...')."""


def _not_anothers(sentence: str, judgement: re.Match, grade: re.Match) -> bool:
    """False when another judgement, not listed with this one, is named between this one and
    the grade after it: that one is given the grade ('Council leaders were told help and
    protection was good' grades help and protection, not leaders); 'help and protection
    and children in care were good' lists both. One named in an aside that sets it apart
    (``SET_APART``) is not the grade's subject: this one, before the aside, is."""
    start = judgement.end()
    aside = _SET_APART_ASIDE.match(sentence, start)
    if aside and aside.end() <= grade.start():
        start = aside.end()
    between = sentence[start : grade.start()]
    other = JUDGEMENT_RE.search(between)
    return other is None or _LISTED_WITH.fullmatch(between[: other.start()]) is not None
