"""Whether a grade word is used as a rating (``_is_rating``), not as an adjective.

In quote marks, beside words of rating ('rated', 'judged to be', 'overall', 'in three
areas'), the grade a change of grade reaches (``_changed_to``, ``_FROM_TO``), a rating
verb's object, 'requires improvement' as the verb of a judgement or of the whole
service, a headline's predicate, a grade after a colon, a grade listed after another;
never an adjective of a noun ('good news') nor plain English of a part (``no_grade``).
``_MAX_GRADE_DISTANCE`` is shared with ``mentions``.
"""

from __future__ import annotations

import re

from verify.extract.values.counts import _AREAS
from verify.extract.values.no_grade import (
    _received,
    _said_of_a_measure,
    _said_of_a_part,
    _said_of_a_thing,
)
from verify.words.clauses import clause_start
from verify.words.dates import AT_EARLIER_VISIT
from verify.words.grades import (
    GRADE_AS_ADJECTIVE,
    GRADE_BY_PLACE,
    GRADE_ENDS_CLAUSE,
    GRADE_OF_ABILITY,
    GRADE_OF_BOARD,
    GRADING_VERBS,
    GRADING_VERBS_NOW,
    HEADLINE_GRADE_ENDS,
    HEADLINE_SOURCE,
    HEADLINE_SUBJECT,
    NAMING_VERBS,
    RELEASE_GRADE,
    RELEASE_OR_ADEQUATE,
    VERDICT_BEFORE_COLON,
)
from verify.words.grades import RELEASE_GRADE_RE as GRADE_RE
from verify.words.judgements import FORMAL_TITLE, SERVICE_FOR_AREA
from verify.words.judgements import RELEASE_JUDGEMENT_RE as JUDGEMENT_RE
from verify.words.numbers import MONTH as _MONTH
from verify.words.numbers import NUMBER as _NUM
from verify.words.qualifiers import ONLY_ONE_NOT, excepted_judgements, names_only_the_whole
from verify.words.speakers import OFSTED_NAMES, OFSTED_NOUNS

_RATING_CONTEXT = re.compile(
    r"\b(?:rat(?:ed|es|ing|ings)|judge[sd]|judgements?|graded?|grades)\b", re.I
)
"""Words of rating anywhere in the sentence, the present tense too ('a report ..., which
judges the city's services for children who need help and protection to be inadequate':
drift37, no grade was read)."""
_GRADE_NAME = re.compile(r"improvement to be good$", re.I)
"""'Requires improvement to be good' in full: the grade's name, a rating wherever it stands."""
_RATED_BEFORE = re.compile(
    rf"\b(?:{GRADING_VERBS}|{NAMING_VERBS}|deemed|as|remains?|remained|stays?|stayed|was|were|is|are|been|"
    r"(?:received|achieved|awarded|handed|given)\s+(?:an?|the)\s+(?:grade|rating|judgement)"
    r"(?:\s+of)?|received|achieved|awarded|handed|found (?:\w+ )?to(?: be)?"
    r"|(?:was|were|is|are|been|being)(?: (?:also|already|previously|again|then|all|both))? found"
    rf"|(?:{GRADING_VERBS}|found) (?:every|each|all|both)(?: of (?:its|the))?(?: \w+){{1,3}}?"
    rf"|(?:{GRADING_VERBS}) {_NUM}(?: (?:of|out of) (?:its |the )?{_NUM})? (?:judgement )?"
    r"(?:areas|judgements|categories)"
    rf"|(?:{GRADING_VERBS}) (?:it|them|us|(?:the |its |their |[\w-]+['’]s )"
    r"(?:children['’]s )?(?:council|authority|services?))"
    r"|(?:the\s+)?(?:only|one|first|sole)\s+(?:areas?|judgements?)\s+to"
    r"|(?:improved|risen|rose|moved up|gone up|climbed|declined|fallen|fell|dropped|slipped"
    r"|deteriorated|gone down)(?: back)?(?: (?:a|one|two) (?:grades?|steps?|notch(?:es)?))? to"
    r"|(?:an?|the|its|their)\s+(?:(?:(?!same\b)[\w-]+\s+)?(?:grade|rating|verdict)"
    r"|overall\s+judgement)\s+of"
    r")(?: also| still| again| all)?(?: overall| now)?"
    rf"(?: by (?:the )?(?:{OFSTED_NAMES}|{OFSTED_NOUNS}))?(?: as| to be)?(?: at least)?\W{{0,2}}$",
    re.I,
)
"""Words right before a grade that make it a rating: 'rated', 'judged to be', 'rated
at least' (grades17: 'rated at least good in three of the four areas' was no grade, so a
range not met was no claim), 'rated every area', 'judged three areas', 'judged Medway's
services', 'received the grade of', 'was also' (grades10: 'Help and protection was also
good in 2017' was no claim), 'were all' (grades17: 'were all good or outstanding' counted
the outstanding ones alone), the grade a change reached ('has improved to good', grades10:
was no grade, so today's requires improvement never met it), an area the only one to
have it ('the only area to require improvement': compare13, history20, was no claim), the
grader named between verb and grade ('judged by Ofsted to be good') or the council as 'us'
('Ofsted has rated us good'), a rating 'of' the grade ('received an overall rating of
good'; not 'kept the same grade of good', an earlier grade kept; a judgement 'of' only an
overall one: 'the judgement of good practice' names practice), a change by steps
('moved up a grade to good'; ratings22: each was no grade), a grade a passive 'found'
gives ('Services had already been found inadequate in 2015': drift36, no grade, so the
earlier grade was a finding no passage says)."""
_RATING_AFTER = re.compile(
    r"\W{0,2}(?:(?:ofsted\s+)?(?:ratings?|grade|judgements?|verdicts?)|overall|across the board"
    r"|(?<=-)rated"
    rf"|in (?:all|every|each|{_NUM})(?: (?:of|out of) (?:the |its )?{_NUM})?"
    r" (?:\w+ )?(?:areas?|judgements?|categor(?:y|ies)))\b",
    re.I,
)
"""Words after a grade that make it a rating: 'good overall', 'good across the board', a
'good Ofsted rating' (history20: was no grade, so 'held on to its good Ofsted rating' was
no claim), an 'outstanding verdict' (ratings21: a headline so worded was no claim),
'requires improvement in three areas' (or 'in three of the four areas'), a 'good-rated'
council."""


_FROM_TO = re.compile(
    rf"\bfrom\W+(?:an?\W+)?(?P<then>{RELEASE_OR_ADEQUATE})\W+(?:(?:overall|rating|judgement)\W+)?"
    r"(?:(?:in )?\(?(?P<y>(?:19|20)\d{2})\)?\W+)?to\b",
    re.I,
)
"""A change of grade: 'taken the service from ‘good’ overall to ‘outstanding’'."""


def _is_rating(sentence: str, m: re.Match) -> bool:
    """A grade word used as a rating: in quote marks, after 'rated as'/'judged', before
    'rating'/'overall', or (not for 'good', a common adjective) in a sentence about
    judgements or ratings; never an adjective of a noun ('good news', ``GRADE_AS_ADJECTIVE``)."""
    before = sentence[max(0, m.start() - 1) : m.start()]
    after = sentence[m.end() : m.end() + 1]
    if before and after and before in "‘“'\"" and after in "’”'\"":
        return True
    if GRADE_OF_BOARD.match(sentence, m.end()):
        return True  # 'an outstanding safeguarding children board': the board's grade
    if _only_area_not(sentence, m):
        return True  # 'The only area not rated outstanding was help and protection'
    if GRADE_AS_ADJECTIVE.match(sentence, m.end()) or GRADE_OF_ABILITY.match(sentence, m.end()):
        return False  # 'good news', 'our outstanding staff', 'good at keeping': no grade
    if _received(sentence, m):
        return False  # 'care leavers received good support': what they get, no grade
    if _said_of_a_part(sentence, m) or _said_of_a_thing(sentence, m):
        return False  # 'Planning for care leavers who ... is inadequate': no grade
    if _said_of_a_measure(sentence, m):
        return False  # 'an adoption scorecard that is good': the measure's level
    if GRADE_BY_PLACE.match(m.group()) or _GRADE_NAME.search(m.group()):
        return True
    if _RATED_BEFORE.search(sentence[: m.start()]) or _RATING_AFTER.match(sentence[m.end() :]):
        return True
    if _changed_to(sentence, m) or _LISTED_AFTER.search(sentence[: m.start()]):
        return True
    if _RATED_OBJECT_BEFORE.search(sentence[: m.start()]):
        return True
    if m.lastgroup == "requires_improvement" and (
        _judgement_requires(sentence, m) or _whole_requires(sentence, m)
    ):
        return True
    if _headline_grade(sentence, m) or _given_after_colon(sentence, m):
        return True
    if not _RATING_CONTEXT.search(sentence):
        return False
    return m.lastgroup != "good" or _names_judgement_after(sentence, m)


def _only_area_not(sentence: str, m: re.Match) -> bool:
    """True for the grade every area but one named is given ('The only area not rated
    outstanding was help and protection', ``ONLY_ONE_NOT``, ``excepted_judgements``): a
    rating, though a verb and not a noun follows it (session 23's derived sets: read as an
    adjective, no grade, so the sentence was no claim)."""
    return bool(ONLY_ONE_NOT.search(sentence, 0, m.start())) and bool(excepted_judgements(sentence))


_HEADLINE_WORDS = 14
"""Words a headline holds at most."""


def _headline_grade(sentence: str, m: re.Match) -> bool:
    """True for a grade word that is a headline's predicate: a short line with no stop
    that names Ofsted, or children's services before the grade, the grade ending it or its
    clause ('Westminster outstanding again, says Ofsted', 'Ofsted: children's services in
    Hammersmith and Fulham outstanding', 'Merton children's services outstanding again';
    history20, ratings22: no grade was read, so the headline was no claim, or a finding no
    passage says). Not a grade before a noun ('Good news: Ofsted praises ...')."""
    line = sentence.rstrip()
    if not line or line[-1] in ".!?" or len(line.split()) > _HEADLINE_WORDS:
        return False
    told = HEADLINE_SOURCE.search(line) or HEADLINE_SUBJECT.search(line, 0, m.start())
    return bool(told) and bool(HEADLINE_GRADE_ENDS.match(line, m.end()))


def _given_after_colon(sentence: str, m: re.Match) -> bool:
    """True for a grade word after a colon that a verdict, rating or grade, or a judgement's
    name, stands before in its clause (a judgement's name before a dash too), the grade
    ending the clause ('The regulator's verdict on the impact of leaders: outstanding',
    'Care leavers: good'): the colon gives the grade as 'was rated' would (ratings21: no
    grade was read, so the rating was a fact or a finding left not_checkable). Not a grade
    before a noun ('The verdict: good progress')."""
    before = sentence[: m.start()]
    if not GRADE_ENDS_CLAUSE.match(sentence, m.end()):
        return False
    if VERDICT_BEFORE_COLON.search(before):
        return True
    head = _CLAUSE_BEFORE_COLON.search(before)
    return head is not None and JUDGEMENT_RE.search(head["clause"]) is not None


_CLAUSE_BEFORE_COLON = re.compile(r"(?:^|[.;!?])(?P<clause>[^.;:!?–—]*)(?::|\s[–—])\s*[‘'\"“]?$")
"""The clause a colon (or a dash) closes, right before a grade word ('Care leavers: good',
'The Local Safeguarding Children Board – outstanding': drift53, a line of a list of the
judgements, no claim): where a judgement's name must stand for it to give it the grade."""


_JUDGEMENT_REQUIRES = re.compile(
    r"^[’']?(?:\s*,\s*which\s+(?:[\w’'-]+\s+){1,3}(?:said|says|found|judged|believes?)\s*,?"
    r"|(?:\s+services?)?\s*,\s*(?:which|that)\b[^,;]{0,80},|\s+services)?"
    r"\s+(?:(?:still|now|also|both|all|currently|continues? to|continued to)\s+"
    r"|(?:was|were|is|are)\s+the\s+(?:only|one|sole)\s+(?:area|judgement|service)s?"
    r"\s+(?:to|that|which)\s+(?:still\s+)?)?$",
    re.I,
)
"""The words a judgement's name and its 'requires improvement' may stand apart by when the
name is the verb's subject: none, 'still', ', which the watchdog said', or an aside of its
own (', which was inadequate in 2015,', grades10), 'both' after two names, or the name
singled out ('Help and protection was the only area to require improvement', compare13:
no claim); the name's 'services' first or not ('Help
and protection services require improvement', extract18; a singular 'service' after a name
is read with the name only in an aside: 'Bath's care leavers service required improvement
then' gave its grade to no judgement, grades10)."""


def _judgement_requires(sentence: str, m: re.Match) -> bool:
    """True when 'requires improvement' is said as a verb of a judgement named as its
    subject ('Help and protection still requires improvement', 'children in care, which
    Ofsted said requires improvement'): the judgement's grade, not a finding's plain
    English ('the quality of plans requires improvement' names no judgement)."""
    named = list(JUDGEMENT_RE.finditer(sentence[: m.start()]))
    return bool(named) and bool(_JUDGEMENT_REQUIRES.match(sentence[named[-1].end() : m.start()]))


def _whole_requires(sentence: str, m: re.Match) -> bool:
    """True when 'requires improvement' is said as a verb of the whole service named as
    its clause's subject, with nothing else before it but 'still', 'now' or 'remain'
    ('Children's services in Dudley still require improvement', 'The council's services
    require improvement'): the service's grade (was no claim at all, so a wrong grade said
    that way went unchecked); not a part's plain English ('the quality of plans requires
    improvement', 'practice still requires improvement': ``names_only_the_whole``)."""
    before = sentence[clause_start(sentence, m.start()) : m.start()]
    subject = _past_frame_dropped(before.strip(" ,;:“‘\"'"))
    return names_only_the_whole(subject) or bool(_AREAS_REQUIRE.search(subject))


_AREAS_REQUIRE = re.compile(
    rf"^(?:the\s+)?(?:majority|most|all|both|half|{_NUM})\b(?!.*\bin\b)"
    rf"(?:\s+[\w’'-]+){{0,4}}?\s+{_AREAS}(?:\s+(?:still|now|also|all|both))?$",
    re.I,
)
"""The judged areas counted as the subject of 'require improvement' ('The majority of the
areas required improvement', 'Two of the four judgements still require improvement':
ratings14, history20: no grade was read, so the share was a finding no passage says)."""


def _past_frame_dropped(subject: str) -> str:
    """``subject`` without an opening that dates it to an earlier visit ('Three years ago
    the services', 'At the last inspection the council': ``AT_EARLIER_VISIT``): the grade
    is still given to the whole, an earlier one (facts5, recall20: 'Three years ago the
    council required improvement' was no claim, a wrong earlier grade unchecked), nor the
    inspectors telling it, after such an opening or not ('Three years ago, Ofsted said
    services', ``_TOLD_BY``; noticed23: no grade was read)."""
    frame = AT_EARLIER_VISIT.match(subject)
    subject = subject[frame.end() :].lstrip(" ,") if frame else subject
    told = _TOLD_BY.match(subject)
    return subject[told.end() :] if told else subject


_TOLD_BY = re.compile(
    rf"(?:the\s+)?(?:{OFSTED_NAMES}|{OFSTED_NOUNS})\s+(?:also\s+)?"
    r"(?:said|found|judged|concluded|reported|decided)\s+(?:that\s+)?",
    re.I,
)
"""Inspectors telling what follows, opening a dated clause ('Ofsted said', 'inspectors
found that'): who told it, not its subject."""


_TITLE = rf"(?i:{FORMAL_TITLE})[’']?(?:\s+(?i:services?))?"
_TITLES = rf"{_TITLE}(?:(?:\s*,\s*(?i:and\s+)?|\s+(?i:and)\s+){_TITLE})*"
"""One judgement's title, or several listed ('the impact of leaders, help and protection
and care leavers'), as the object of one rating verb."""
_RATED_OBJECT_BEFORE = re.compile(
    rf"(?:\b(?i:{GRADING_VERBS}|{GRADING_VERBS_NOW}|{NAMING_VERBS}|deemed|found)\s+"
    r"(?:(?i:the|its|their|our)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?i:council|services?|authority|borough|county|department|trust|company)"
    rf"(?:\s+(?i:for|to)\s+(?i:{FORMAL_TITLE}))?"
    r"|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}(?:[’']s(?:\s+children[’']s)?\s+services?)?"
    rf"|{_TITLES}(?:\s+(?i:all|both))?|{SERVICE_FOR_AREA})"
    rf"|\b(?i:{GRADING_VERBS_NOW})\s+{SERVICE_FOR_AREA})"
    r"\s+(?i:as\s+|to\s+be\s+)?\W?$"
)
"""A rating verb, the council or its service as its object, then the grade: 'graded the
council good', 'rated Surrey's services good', 'judged the service as good' ('good' too:
the verb makes it a grade; not 'rated the quality of visits good', a finding), or a
judgement by its title, its service or a possessive ('rated help and protection good',
'judged care leavers' services to be good', 'judged the council's services for children in
care to be good'), or several titles graded together ('rated the impact of leaders, help
and protection and care leavers all good': ratings21, the 'good' was read as an adjective,
so the rating was a finding), or a service to an area's children (``SERVICE_FOR_AREA``:
'judges support for young people leaving care to be good', drift28: no grade was read;
the present tense for that object alone: 'rates the council good for the impact of its
leaders and for children in care, and says services for care leavers require
improvement' then gave care leavers the good, stress_reading9). 'Found' is one of them
here only: 'found the council outstanding' grades the council itself."""


def _names_judgement_after(sentence: str, m: re.Match) -> bool:
    """True when a grade word, listed after another grade, gives itself to a judgement
    named just after it: 'outstanding for the impact of leaders, and good for help and
    protection' (the 'good' is the second area's grade, not an adjective)."""
    if not GRADE_RE.search(sentence[: m.start()]):
        return False
    judgement = JUDGEMENT_RE.search(sentence, m.end())
    if judgement is None or judgement.start() - m.end() > _MAX_GRADE_DISTANCE:
        return False
    between = sentence[m.end() : judgement.start()]
    return bool(_GIVEN_TO.match(between)) and not GRADE_RE.search(between)


_GIVEN_TO = re.compile(r"^[\s’'\"”]*(?:for|in)\b[^.;:,]*$", re.I)


_LISTED_AFTER = re.compile(
    rf"\b{RELEASE_GRADE}\W+(?:overall\W+)?(?:in (?:{_MONTH} )?(?:19|20)\d\d\W+)?"
    r"(?:and|then|but|before)\W+(?:(?:was|is|now|then)\W+)?$",
    re.I,
)
"""A grade listed after another, dated or not: 'rated requires improvement in 2014 and
good in 2019'."""


def _changed_to(sentence: str, m: re.Match) -> bool:
    """True for the grade a change of grade reaches ('improved from good to outstanding'):
    today's grade, however plainly said (the one it left is ``_previous``'s)."""
    change = _FROM_TO.search(sentence)
    if change is None or m.start() < change.end():
        return False
    return not sentence[change.end() : m.start()].strip(" ‘’“”'\"")


_MAX_GRADE_DISTANCE = 120
"""Characters between a judgement's name and the grade it is given, at most."""
