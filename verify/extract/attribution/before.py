"""A speaker before the quotation: the last reporting verb in the words before it that
has a subject ("Mayor Paul Dennett said:", "inspectors found", "labelling it").

A passive ("were described as") gives its agent, or, in a release about an inspection, the
inspectors; a reported clause whose subject is Ofsted ("Cllr Lee said inspectors had
found") makes Ofsted the source and the person its teller; findings listed by Ofsted
("Areas for improvement identified by inspectors include") are Ofsted's; a verb giving a
grade or asking for something frames a quotation only with Ofsted as its subject.
"""

from __future__ import annotations

import re
from dataclasses import replace

from verify.extract.attribution.cues import _PRONOUN, _a_person, _Cue, _stands_for
from verify.extract.attribution.subjects import (
    _NOT_A_SUBJECT,
    _RELATIVE_SUBJECT,
    _WHO_NAMED,
    _opening_subject,
    _subject,
    _subject_clause,
    _subject_cue,
)
from verify.words.grades import GRADE
from verify.words.speakers import (
    BE,
    FINDING_NOUNS,
    INSPECTORS_SOURCE,
    OWN_WORDS_ROLES,
    QUOTING_VERB,
    RATING_VERB,
    REPORTING_VERB,
    SAYING_VERBS,
    STATING_NOUNS,
    TOLD_PASSIVE,
    WANTING,
    role_of,
    set_off,
)

_PASSIVE = re.compile(rf"\b(?:{BE})\s+(?:\w+ly\s+)?$", re.I)


_PASSIVE_FOR = re.compile(r"\s+for\b", re.I)
_SAYING = re.compile(SAYING_VERBS, re.I)
_BY_AGENT = re.compile(r"^\s*(?:as\s+\w+\s+)?by\s+(?P<agent>[^,.;:“”\"]{2,80})", re.I)
_LISTED_BY = re.compile(
    r"\s*(?:by|in)\s+(?P<agent>[^,.;:“”\"]{2,60}?)"
    r"\s*(?:\b(?:includes?|included|were|are|was|is)\b|:|$)",
    re.I,
)
"""The agent of a participle naming findings, then what they are ("... identified by
inspectors include", "... listed in the report were:"), or a list's introduction whose
colon was cut ("Among the strengths highlighted by inspectors", drift48: 'Among the
strengths' was read as the speaker of a quotation in an item)."""
_FINDINGS_NAMED = re.compile(rf"\b(?:{FINDING_NOUNS})\b", re.I)

_SAYING_PARTICIPLE = r"saying|claiming|adding|stating|arguing|insisting|noting"
_REPORTED_CLAUSE = re.compile(
    rf"\b(?:{SAYING_VERBS}|{_SAYING_PARTICIPLE})\s+(?:that\s+)?(?P<clause>[^,]+)$", re.I
)
"""A reported clause after a verb of saying (or its participle), with no comma between:
when its subject is Ofsted or its report, they are the source of the words the verb after
it introduces ("Cllr Lee said inspectors had found “…”", "The newsletter went further,
claiming inspectors described it as “…”"); another subject is reported by the speaker
("Inspectors said the council has recognised “…”" is the inspectors')."""

_COORDINATED = re.compile(r"\s(?:and|but)$", re.I)
"""A subject region ending in a conjunction: a second predicate of its clause ("Our leader
read the Ofsted report and said"), whose subject opens the clause."""
_OPENING_WORDS = 3
"""Words opening a clause read as its subject when its verb cannot be told apart ("Cllr
Jane Smith", "Our leader read"): enough for a title and a name."""

_PARTICIPLE_OPENING = re.compile(
    r"^(?:[a-z]+ed|written|done|made|seen|given|taken|drawn|shown|known)\s+by\b"
)
"""A region opening on a participle and its agent after a quotation ('praised the “…”
shown by the senior team and found'): it tells of the words quoted before, so the verb
after it is a second predicate of the clause's subject, never the agent's."""


_PREDICATE_OPENING = re.compile(
    r"^(?:[a-z]+ed|found|gave|made|kept|saw)\s+(?:them|it|him|her|the|its|their|this|these|those)\b"
)
"""A region opening on a verb and its object, a second predicate after 'and' ('Ofsted found
services had improved and rated them good across the board, calling the turnaround
“…”': drift38, 'rated them good across the board' was the speaker): no subject of its
own, so the verb before it is tried, whose subject is the clause's."""


_STATED_BY_SOURCE = re.compile(
    rf"(?P<source>{INSPECTORS_SOURCE})(?:[’']s?)?\s+(?:{STATING_NOUNS})\s+(?:that|of)\b"
    r"[^.;!?“”\"‘’]*[“\"‘']?$",
    re.I,
)
"""Ofsted's or its report's statement named as a noun, running up to the quotation ('he was
proudest of the report's finding that York had secured “…”': drift40, the director's)."""


def _cue_before(lead: str, offset: int, passive: bool = True) -> _Cue | None:
    """The speaker of the last reporting verb before the quote that has one, or the
    report whose statement, named as a noun, the quote is (``_STATED_BY_SOURCE``), told by
    that verb's speaker.

    A verb whose 'subject' is a prepositional phrase ("with the leadership teams
    continued") is an ordinary verb, so the verb before it is tried instead. A passive
    ("were described as") gives its agent, or the inspectors, unless ``passive`` is False.
    """
    if stated := _STATED_BY_SOURCE.search(lead):
        teller = _person_telling(lead[: stated.start()], offset)
        return _Cue(stated["source"], "inspectors", teller=teller.speaker if teller else None)
    for verb in reversed(list(QUOTING_VERB.finditer(lead))):
        if (listed := _findings_listed(lead, offset, verb)) is not None:
            return listed
        if _graded_before(lead, verb) and REPORTING_VERB.search(lead, 0, verb.start()):
            continue  # "Cllr Lee said the council was rated good “because it is good”"
        if _PASSIVE.search(lead[: verb.start()]) or _headline_passive(lead, verb):
            if not passive:
                return None
            agent = _BY_AGENT.match(lead[verb.end() :])
            if agent:
                s = agent.group("agent").strip()
                return _Cue(s, role_of(s))
            return _told_to(lead, offset, verb) or _Cue(None, "inspectors")
        region = set_off(_subject_clause(lead[: verb.start()]), lead[verb.end() :])
        reported = _REPORTED_CLAUSE.search(region)
        teller = None
        if reported and role_of(reported.group("clause")) == "inspectors":
            teller = _subject(region[: reported.start()])  # "X said the report found": X
            region = reported.group("clause")  # tells the report's words
        subject = _subject(region)
        if _COORDINATED.search(subject):
            subject = " ".join(subject.split()[:_OPENING_WORDS])  # "Our leader read ... and"
        if not subject or _NOT_A_SUBJECT.match(subject):
            continue
        if _PARTICIPLE_OPENING.match(subject) or _PREDICATE_OPENING.match(subject):
            continue
        if _ofsteds_verb(verb) and role_of(subject) != "inspectors":
            continue  # "Dunmere services rated inadequate: ‘…’" names no speaker
        if _PRONOUN.match(subject):
            main = _opening_subject(lead, offset) if _RELATIVE_SUBJECT.search(region) else None
            # "The report was critical of X, which it said “…”": the sentence's own subject
            if main is not None and _stands_for(subject, main):
                return main
            return _Cue.pronoun(subject, offset + lead.rfind(subject) if subject in lead else None)
        cue = replace(_subject_cue(lead, offset, subject), teller=teller or None)
        if cue.role == "unattributed" and _WHO_NAMED.search(region.rstrip()):
            cue = replace(cue, role="other")  # "Inspectors met children who said": people
        return cue
    return None


def _ofsteds_verb(verb: re.Match[str]) -> bool:
    """True for a verb that frames a quotation only with Ofsted as its subject: one giving
    a grade ('rated'), or one asking for something ('Among the things Ofsted wants
    improved is “…”', quotes18: was unattributed); 'Jo Park said the council wants “…”'
    is Jo Park's."""
    return bool(RATING_VERB.fullmatch(verb.group()) or WANTING.fullmatch(verb.group()))


def _told_to(lead: str, offset: int, verb: re.Match[str]) -> _Cue | None:
    """The person whose saying verb frames a passive of telling with no agent ("Jo Park
    said the council had been warned that “…”"): the words are the person's account of
    what the council was told, their own, not the inspectors' (None: no such person)."""
    if not TOLD_PASSIVE.match(verb.group()):
        return None
    return _person_telling(lead[: verb.start()], offset)


def _person_telling(lead: str, offset: int) -> _Cue | None:
    """The person whose saying verb ends ``lead``, speaking for themselves (an official,
    a parent): the teller of the words after it; None for a body or no speaker."""
    teller = _cue_before(lead, offset, passive=False)
    if teller is None or teller.speaker is None or not _a_person(teller.speaker):
        return None
    return teller if teller.role in OWN_WORDS_ROLES else None


_GRADE_AFTER = re.compile(rf"\s+(?:as\s+)?(?:being\s+)?‘?'?{GRADE}\b", re.I)


def _graded_before(lead: str, verb: re.Match[str]) -> bool:
    """True when a rating verb gives its grade before the quotation ("the council was rated
    good “because it is good”"): the verb gave a grade, not the words, so when a verb of
    saying stands before it, that verb's subject speaks them."""
    return bool(RATING_VERB.fullmatch(verb.group()) and _GRADE_AFTER.match(lead, verb.end()))


def _findings_listed(lead: str, offset: int, verb: re.Match[str]) -> _Cue | None:
    """Findings named with the participle that gives them and its agent, what they are
    quoted after ("Areas for improvement identified by inspectors include “…”", "Among the
    strengths listed in the report were: ‘…’"): a passive with its 'which were' left out,
    whose agent speaks when it is Ofsted or its report (the findings are not the speaker)."""
    m = _LISTED_BY.match(lead, verb.end())
    if m is None or not _FINDINGS_NAMED.search(lead, 0, verb.start()):
        return None
    agent = m.group("agent").strip()
    if role_of(agent) != "inspectors":
        return None
    start = offset + m.start("agent")
    return _Cue(agent, "inspectors", start, start + len(agent))


def _headline_passive(lead: str, verb: re.Match[str]) -> bool:
    """A headline's passive with its 'be' left out ("Social workers praised for “…”",
    "Leaders commended for …"): judged by the inspectors, not speaking; a verb of saying
    before 'for' is active ("she said for years")."""
    return bool(_PASSIVE_FOR.match(lead, verb.end())) and not _SAYING.fullmatch(verb.group())
