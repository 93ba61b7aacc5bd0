"""What a grade or a finding is said of: the service as a whole, a part of it, a share of
the things a sentence names, and the words of a finding that never tell its subject.

Extraction and the grades check tell a grade of the whole service from one of a part with
these; the negation check leaves a finding's time and degree words out of its subject.
"""

from __future__ import annotations

import re

from verify.words.councils import COUNCIL_WORD, PLACE_NAMED, mentions

SHARE_SUBJECT = re.compile(
    r"\b(?:an?\s+(?:small\s+|large\s+)?(?:minority|majority|number|few)|most|many|some|several|"
    r"half|none|(?:the\s+)?(?:vast\s+)?majority|few)(?:\s+of\s+(?:them|these|those))?"
    r"\s+(?:were|are|was|is|being)(?:\s+(?:rated|judged|found|seen\s+as))?\s*$",
    re.I,
)
"""A share standing as the subject of the words after it ('..., although a minority were
good', 'most are outstanding'): a grade word said of some of the things the sentence has
named (care plans, assessments), not a grade of the service."""

WHOLE_SERVICE = re.compile(
    r"\b(?:(?:children|council|authority|its|their|our|the)[’']?s?\s+(?:social\s+care\s+)?services?"
    r"|(?:services?|social\s+care)\s+for\s+children(?:\s+and\s+(?:young\s+people|families))?"
    r"|children[’']?s?\s+social\s+care|overall)\b"
    r"(?!\s+(?:with|who|in(?!\s+(?-i:[A-Z]))|leaving|aged|under|for|looked|at)\b)",
    re.I,
)
"""Words that make the subject of a grade the service as a whole ('children's services
rated good', 'the council's services are good', 'judged good overall', 'children's social
care in Sandwell': 'in' a place, named with a capital); not a part of it ('services for
children with disabilities', 'services for children in care'), nor a council's other
services ('its fostering service')."""

GRADE_GIVEN_TO = re.compile(
    r"^[\s’'\"”]*(?:by\s+(?:the\s+)?\w+\s+)?(?:for|in)\s+"
    r"(?!(?:all|every|each|overall|the\s+(?:latest|last|recent|new)"
    r"|(?:its|an?|the|their)\s+(?:inspection|report|visit|judgement|rating)|(?:19|20)\d\d)\b)"
    r"(?P<subject>(?:[^.,;:!?–—-]|(?<=\w)-(?=\w)){3,80})",
    re.I,
)
"""Words after a grade that give it to something named ('good for safeguarding and
supporting under 18s', 'good by Ofsted for its work with children'); not the inspection or
the time it was given ('good in its latest inspection', 'good in 2016', 'good in all
areas'; a month is told apart by ``verify.words.numbers.month_number``)."""

_WHOLE_SUBJECT_WORDS = frozenset(
    {"its", "their", "the", "our", "a", "all", "of", "for", "with", "and", "to", "work"}
    | {"children", "child", "childrens", "young", "people", "peoples", "families", "family"}
    | {"services", "service", "social", "care"}
)
"""The words of a subject that is the whole service ('its work with children and young
people', 'children's social care'); a subject holding any other word names a part."""


_PLACE_NOUNS = frozenset({"borough", "county", "city"})
"""A council's place said by its kind ('the borough'): the council, where it names none."""
_RATING_FRAME_WORDS = frozenset(
    {"rated", "judged", "graded", "deemed", "found", "given", "awarded", "received", "as"}
    | {"been", "has", "have", "had", "was", "were", "is", "are", "be", "being", "now", "by"}
    | {"ofsted", "inspectors", "council", "metropolitan"}
    | _PLACE_NOUNS
    | {"authority", "local", "rating", "overall", "an", "it", "s"}
    | {"remains", "remain", "remained", "still", "stays", "stayed"}
)
"""Words that frame a grade without naming what it is given to ('has been rated ... by
Ofsted', 'Stockport remains')."""


NOT_THE_SUBJECT = re.compile(
    rf"\b(?:only|just|each|every|all|both|whole|entire|becomes?|became|becoming|{COUNCIL_WORD}"
    rf"|{'|'.join(sorted(_PLACE_NOUNS))}|report|in\s+the\s+report)\b",
    re.I,
)
"""Words of a finding that tell how much of it there is, that it came to be so, whose it
is or where it is told, never what it is about: 'Each personal adviser supports only a low
number', 'the borough's workforce has become increasingly unstable', 'was identified as a
weakness in the report'. A report sentence telling the same subject the other way need not
hold them ('PAs support high numbers of young people'; 'providing an increasingly stable
workforce'; 'Early permanence is a strength'): the subject is the rest of the words
(``check.negation.subject_words``)."""

WHEN_AND_HOW_FAR = re.compile(
    r"\b(?:since\s+(?:(?:the|its|our|their)\s+)?(?:(?:last|previous|earlier|first)\s+)?"
    r"(?:(?:19|20)\d\d\s+)?(?:inspection|visit|report)s?"
    r"|since\s+(?:19|20)\d\d"
    r"|(?:over|in|during|within|for)\s+the\s+(?:past|last|previous|recent)\s+(?:\w+\s+)?"
    r"(?:years?|months?|weeks?|decade)"
    r"|in\s+recent\s+(?:years|months|times)"
    r"|now|still|currently|recently|already|remains?|remained|(?:continues?|continued)\s+to"
    r"|too|very|increasingly)\b",
    re.I,
)
"""Words of a finding that tell when it holds or held (since the last inspection, over the
past two years, now, still, remains) or how far ('too', 'very'), never what it is about:
'staff turnover had risen since the last inspection' is told the other way by 'staff
turnover have reduced', 'turnover of staff is now low' by 'Turnover of staff remains
high', 'caseloads are too high' by 'Caseloads are manageable' (session 21, polarity21:
each was read as a subject word the report's sentence lacked, so the opposite was never
whole and the claim went unflagged, or supported by a sentence found by meaning)."""


_WHOLE_NOUNS = frozenset({"council", "authority", "services", "service"} | _PLACE_NOUNS)
"""The nouns that name the whole, where no council is named ('the council was', 'the county
still requires improvement': lane extract18, where a place said by its kind gave no grade)."""


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", re.sub(r"['’]s\b", "", text.lower()))


def names_only_the_whole(text: str) -> bool:
    """True when ``text`` (the words before a grade) names the council or its services
    and nothing else but the rating ('Harrow Council has been', 'Children's services in
    Harrow have been rated', 'Children's services at Surrey County Council are still':
    drift42, read as a part's, no grade; a place the council table lacks too:
    ``PLACE_NAMED``): the grade is given to the whole."""
    named = mentions(text)
    for council, start in reversed(named):
        name = max((n for n in council.names if text.startswith(n, start)), key=len, default="")
        text = text[:start] + text[start + len(name) :]
    words = _words(PLACE_NAMED.sub(" ", text))  # a place the table lacks: whose, not which
    allowed = _WHOLE_SUBJECT_WORDS | _RATING_FRAME_WORDS | {"in", "at"}
    return bool(named or _WHOLE_NOUNS & set(words)) and all(w in allowed for w in words)


_GRADED_HEADS = frozenset(
    {"support", "help", "practice", "offer", "provision", "arrangements"}
    | {"experiences", "progress", "impact", "leaders", "leadership", "council", "authority"}
)
"""Nouns heading a subject that a judgement's grade is given to ('Support for care leavers
is good', 'The experiences and progress of children in care are good')."""


def heads_a_part(subject: str) -> bool:
    """True when the noun heading ``subject`` (its first word after determiners and
    possessives) names a part of the work, not the whole service or what a judgement
    grades: 'The quality of direct work with ...', 'Planning for care leavers ...'."""
    words = [w for w in _words(subject) if w not in _DETERMINERS]
    return bool(words) and words[0] not in _WHOLE_SUBJECT_WORDS | _GRADED_HEADS


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "our", "this", "these", "those"})


def names_part(subject: str) -> bool:
    """True when the subject a grade is given to is narrower than the whole service
    ('safeguarding and supporting under 18s'), not the whole in other words ('its work
    with children and young people')."""
    return any(w not in _WHOLE_SUBJECT_WORDS for w in _words(subject))
