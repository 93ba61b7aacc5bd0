"""A source or speaker named at a sentence's end ("…, says Ofsted", "…,” she added", "…, said
Cllr Lee"), kept apart because the patterns are costly: each search is cut to where a match
can start (``source_at_end``, ``_speaker_from``) and gives the full search's answer, as
tests/extract/test_source_at_end.py and test_speaker_at_end.py check.
"""

from __future__ import annotations

import re
from functools import lru_cache

from verify.words.speakers import (
    ENDING_VERBS,
    FINDING_VERBS,
    INSPECTORS_SOURCE,
    REPORTING_VERBS,
    SAYING_VERBS,
    framed_speaker,
    said_aside,
)

_SOURCE = rf"(?:the\s+|ofsted(?:’|')s\s+|lead\s+)*{INSPECTORS_SOURCE}"
_CONCEDING = r",\s+(?:though|although|but|while|whereas)\b[^.;!?]*"
"""A concession closing a sentence after its source ('..., it said, though numbers are
improving')."""
_SOURCE_AT_END = re.compile(
    rf"(?:,?\s+(?:{REPORTING_VERBS}|according to)\s+(?P<source>{_SOURCE})"
    rf"|,\s+(?P<pronoun>it|they)\s+(?:{REPORTING_VERBS})(?:{_CONCEDING})?"
    rf"|,\s+(?P<subject>{_SOURCE})\s+(?:{REPORTING_VERBS}))[.!]?$",
    re.I,
)
"""A sentence reported in the inspectors' voice at its end: "…, says Ofsted", "…, the
report states", or "…, it added" when the inspectors were the last to speak, a concession
after it too ("Over a third of care leavers are not in education, employment or training,
it said, though numbers are improving": drift37, 'it' was read as the end of a speaker
named by the whole clause, and the finding left an opinion)."""
_CONCEDED = re.compile(rf",\s+(?:it|they)\s+[^,]+{_CONCEDING}[.!]?$", re.I)
"""Looser than ``_SOURCE_AT_END``'s pronoun with a concession after it (any words without a
comma for its verb): a text it does not match cannot end so."""
_ENDS_IN_SOURCE = re.compile(rf"(?<!\S)(?:{REPORTING_VERBS}|{INSPECTORS_SOURCE})[.!]?$", re.I)
"""How every text ``_SOURCE_AT_END`` matches ends: a reporting verb or the inspectors, after
a space (each follows a space there). The look-behind fails at once inside a word, so the
alternation of ~100 verbs is tried at the tail's few word starts, not at every character."""
_TAIL = 64
"""Characters at the end that hold any ending of ``_ENDS_IN_SOURCE`` (the longest is
under 20)."""


def source_at_end(text: str) -> re.Match | None:
    """``_SOURCE_AT_END.search(text)`` in a fraction of the time. The pattern tries its
    ~90 reporting verbs at every space of the text, milliseconds a sentence; any text it
    matches ends in a verb or the inspectors (``_ENDS_IN_SOURCE``), which the last
    ``_TAIL`` characters show, or in a concession after a pronoun's (``_CONCEDED``). Those
    tests are looser than the pattern, so only texts that cannot match skip the search, and
    the answer is the same."""
    if not _ENDS_IN_SOURCE.search(text[-_TAIL:]) and not _CONCEDED.search(text):
        return None
    return _SOURCE_AT_END.search(text)


_TOLD_WHOM = r"\s+(?:the\s+|this\s+)?[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]*){0,4}"
"""Whom a speaker told their words: a newspaper or reporters ('told the Times', 'told
reporters', 'told the Local Democracy Reporting Service')."""
_SPEAKER_AT_END = re.compile(
    rf"(?:,[”’\"']?|[”\"])\s*(?P<who>[^,.;:!?\"“”‘]{{2,60}}?),?\s+"
    rf"(?:(?:{ENDING_VERBS})|(?:told|tells){_TOLD_WHOM})[.!]?$",
    re.I,
)
"""A speaker named at a sentence's end: "…, Mr Hackett said.", "…,” she added.", "…,” the
cabinet member, Cllr Ann Lee, told the Gazette."."""
_SPEAKER_LAST = re.compile(
    rf",\s*(?:(?:{SAYING_VERBS})|according to)\s+"
    r"(?P<who>(?:(?!\b(?:had|has|have|was|were|is|are)\b)[^,.;:!?\"“”‘]){2,60}?)[.!]?$",
    re.I,
)
"""A speaker named last, after the verb: "…, said Cllr Lee.", "…, according to Ms Teasdale."
(Ofsted or its report there is the inspectors' voice, read first: ``_SOURCE_AT_END``). A
name holds no auxiliary: in "X, cabinet member, said Ofsted had rated ..." what follows
'said' is what was said."""

_PERSONAL_PRONOUN = re.compile(r"(?:he|she)", re.I)
"""A speaker who is a person already named: 'He added ...'."""

_NOT_IN_WHO = frozenset('.;:!?"“”‘')
"""The stops and marks ``_SPEAKER_AT_END`` lets through after its opening comma or mark only
as the mark that follows that comma or as the final '.' or '!' (a name, reporting verb or
newspaper holds none; its one other comma is left out of the set)."""


def _speaker_from(words: str) -> int:
    """The first offset where ``_SPEAKER_AT_END`` can start to match ``words``: the last
    ``_NOT_IN_WHO`` character that is not the final stop (or the comma just before it, when
    it is a mark the pattern allows after a comma). Searching from there gives the whole
    search's answer, since no match starts before it; the search never retries a name of up
    to 60 characters at every space of a blanked quotation ('Inspectors found that "   ",
    inspectors said.': up to 0.35 s a sentence; 27% of a profiled warm check of the demo,
    five dev articles and the seeds, 2% of the seeds' alone; ~30 µs a sentence now)."""
    last = len(words) - 1
    for at in range(last, -1, -1):
        char = words[at]
        if char in _NOT_IN_WHO and not (char in ".!" and at >= last - 1):
            return at - 1 if char in '"”' and words[at - 1 : at] == "," else at
    return 0


@lru_cache(maxsize=64)
def _speaker_at_end(words: str) -> re.Match | None:
    """The speaker named at the sentence's end (``_SPEAKER_AT_END``, else ``_SPEAKER_LAST``).
    Remembered for the last few sentences: ``_report_told_by_person`` and
    ``_Voices._speaker`` both ask it of the same sentence."""
    at_end = _SPEAKER_AT_END.search(words, _speaker_from(words))
    if at_end and _VERB_OPENS.match(at_end.group("who")):
        at_end = None
    return at_end or _SPEAKER_LAST.search(words)


_VERB_OPENS = re.compile(rf"(?:{FINDING_VERBS}|{REPORTING_VERBS})\b", re.I)
"""A verb opening what ``_SPEAKER_AT_END`` read as a name: no speaker, but the sentence's
own predicate after an aside, whose last word happened to be a reporting verb ('The Ofsted
report, published yesterday, found the council inadequate in four of the five areas
judged.': drift50, a rating read as the words of 'found the council ...')."""


def _at_end_past_the_frame(words: str) -> re.Match | None:
    """The speaker named at the sentence's end (``_speaker_at_end``), unless its match is
    the verb of a speaker opening the sentence in apposition ('Councillor Tanya Burch, lead
    member for children's services, said the result reflected ...': the words after 'said'
    are what was said, not a speaker named last; recall20: no one spoke, so no claim)."""
    at_end = _speaker_at_end(words)
    framed = framed_speaker(words) if at_end else None
    if framed and at_end.start() >= words.find(framed) + len(framed):
        return None  # the match begins past the speaker who opens the sentence
    return at_end


def _report_told_by_person(words: str) -> bool:
    """True when a person tells the sentence whose subject is Ofsted or its report ('The
    report, he said, was “fair”', 'The report was “fair”, he said'): the report is what
    they speak of, not the source of the words."""
    at_end = _speaker_at_end(words)
    return said_aside(words) or bool(
        at_end and _PERSONAL_PRONOUN.fullmatch(at_end.group("who").strip())
    )
