"""The words that frame a finding as Ofsted's rather than state it ('Inspectors found
that ...', '..., the report said.', 'according to the report'): cut off or blanked, so a
finding is ranked and its dates read on what it says of its own.

Uses the names (``names``) and the verbs (``verbs``) of the package.
"""

from __future__ import annotations

import re

from verify.words.speakers.names import INSPECTION_DOCUMENTS, OFSTED_NAMES, OFSTED_NOUNS
from verify.words.speakers.verbs import (
    FINDING_VERBS,
    LINKING_OPENERS,
    REPORTING_VERBS,
    VISITING_VERBS,
)

FRAMING = re.compile(
    rf"\b(?:{OFSTED_NAMES}|{OFSTED_NOUNS}|{REPORTING_VERBS}|{FINDING_VERBS}|finding)\b", re.I
)
"""The words that frame a finding as Ofsted's ('inspectors finding', 'the watchdog
recognised'): who said it and the saying, none of what was said. Left out word by word
wherever they stand, to count the words a clause says of its own; ``FRAMING_PHRASE`` cuts
the framing phrase off a finding's edges instead, to rank what is left."""


_FRAMED_BY = rf"(?:the )?(?:inspectors?|ofsted|the report|{OFSTED_NOUNS})"
"""Who a framed finding is told by ('inspectors', 'the report', 'the watchdog': the
conventions' names for inspectors)."""
FRAMING_PHRASE = re.compile(
    rf"^(?:{LINKING_OPENERS}|in addition(?!\s+to\b))\b,?\s*"
    r"|\bin (?:(?-i:[A-Z])[\w’'-]+ ?){1,3},\s*"
    rf"|\b(?:{_FRAMED_BY}|(?:the )?(?:inspection|inspecting)(?: team)?)(?:’s|'s)?\s+(?:also\s+)?"
    r"(?:said|says|found|finds|noted|notes|praised|praises|highlighted|highlights|added"
    r"|point(?:s|ed)? to|wants? to see|wanted to see)\s+"
    r"(?:that,?\s+)?"
    r"|^[^.,;:]*?\b(?:published|released|issued)\s+(?:its|the|their)\s+(?:\w+\s+)?report\b"
    r"[^.;:]{0,40}?,?\s+which\s+(?:also\s+)?"
    r"(?:highlight(?:s|ed)|not(?:es|ed)|prais(?:es|ed)|finds|found|says|said|recogni[sz](?:es|ed)"
    r"|describe[sd])\s+(?:that,?\s+)?"
    r"|\bconcerns were raised (?:over|about|around)\s+"
    rf"|\b(?:told|assured|reassured)\s+{_FRAMED_BY}\s+(?:that,?\s+)?"
    rf"|,\s+(?:{_FRAMED_BY}|(?:the )?inspection)\s+(?:also\s+)?"
    r"(?:said|says|found|noted|added|concluded)(?=\W*$)"
    rf"|,?\s+according to {_FRAMED_BY}(?=\W*$)"
    rf"|^according to {_FRAMED_BY},\s*",
    re.I,
)
"""The phrase that frames a finding rather than states it, at its edges: 'Meanwhile, in
Harrow, inspectors found that ...', '..., the report said.'. A finding is ranked on what
is left (``check.finding.topic``), so the framing does not outweigh the topic. Session
22 (findings22): the present tense ('The report highlights', 'Inspectors also point to')
and a publication framing it ('Ofsted has now published its report, which highlights the
city's diverse young population') frame it too, as do others telling inspectors ('Staff
at Cafcass told inspectors that most care proceedings are now completed in less than 26
weeks': drift37, its weeks read as the visit's). 'The
inspection team found that, ...' frames it too (opposites18b: its 'team' was read as the
staff the finding is told of, and support withheld)."""


_CLAUSE_OPENERS = (
    r"although|though|whilst|while|whereas|as a result|consequently|nevertheless|nonetheless"
)
"""Words opening a clause cut from its sentence that tie it to the clause before ('...,
although the watchdog said ...', 'As a result caseloads have fallen'): how it stands to the
rest, none of what it says."""
_SAYING_OF_FINDINGS = (
    r"said|says|found|finds|noted|notes|added|adds|warned|warns|point(?:ed|s)? out|observed"
    r"|observes|stated|states|concluded|concludes|reported|reports|highlighted|highlights"
    r"|praised|praises|commented|explained|remarked"
)
"""The verbs the inspectors or their report tell a finding with, as a frame before it. Not
the verbs of recognition ('recognised', 'acknowledged', 'identified'): cut, 'Ofsted
recognised the dedication and hard work of staff' came near enough in meaning to a report
sentence on other work of the trust to be supported (stress_support)."""
_SAID_UNNAMED = r"warns|warned|says|said|adds|added|point(?:ed|s)? out"
"""Verbs of saying that frame the words after them even with their subject left in the
clause before ('... good - but warns a small number of children wait too long'): none is
also a noun or an adjective opening a sentence ('Reports of ...', 'Identified needs ...')."""
SAYING_ON = re.compile(
    rf"^\W*(?:(?:and|but)\s+)?(?:also\s+)?(?:{_SAID_UNNAMED}|finds|found|notes|noted"
    r"|highlights|highlighted|praises|praised|criticises|criticised)\b",
    re.I,
)
"""A clause after a dash that carries on the saying of the clause before, its subject
left there ('Ofsted keeps the city's grade at good - but warns a small number of children
wait too long'): what it says is a finding of that subject's."""
CONTENT_FRAME = re.compile(
    rf"^\W*(?:(?:{_CLAUSE_OPENERS})\b,?\s*"
    rf"|(?:(?:{LINKING_OPENERS})\b,?\s+)?(?:{_FRAMED_BY}|it|they)\s+(?:also\s+)?"
    rf"(?:{_SAYING_OF_FINDINGS})(?:[,:]\s*|\s+)(?:that\b,?\s*)?"
    rf"|(?:(?:{LINKING_OPENERS})\b,?\s+)?(?:also\s+)?(?:{_SAID_UNNAMED})(?:[,:]\s*|\s+)"
    r"(?:that\b,?\s*)?"
    r"|(?:adding|saying|noting|warning|stating|pointing out)\s+that\b,?\s*)",
    re.I,
)
"""The frame still opening a finding once ``FRAMING_PHRASE`` is cut (its verbs need a
space after them and a named teller): a clause's opener ('although', 'as a result'),
the report or inspectors as 'it' or 'they' ('However it also pointed out that ...'), a verb
of saying whose subject is in the clause before ('but warns ...'), a teller's verb before a
comma ('inspectors said, adding that ...') and the participle carrying the saying on
('adding that ...'). Cut one after another from the start (``content_clause``): what is
left is what the finding says, which the report's sentence is ranked against, the frame's
words no longer counted among those it must share (session 25: 'although the watchdog said
...', 'it also pointed out that ...' left true findings under the bar)."""


def content_clause(text: str) -> str:
    """``text`` without the frames opening it (``CONTENT_FRAME``), one after another."""
    while (framed := CONTENT_FRAME.match(text)) and framed.end():
        text = text[framed.end() :]
    return text


VISITED_AND_SAID = re.compile(
    rf"^\W*(?:(?:{LINKING_OPENERS})\b,?\s*)?{_FRAMED_BY}\s+(?:also\s+)?"
    rf"(?:{VISITING_VERBS})\s+"
    r"(?P<what>.+?),?\s+and\s+(?:also\s+)?"
    r"(?:praised|commended|highlighted|noted|found|said|described|recognised|recognized)\s+"
    r"(?:that\s+)?(?P<said>.+)$",
    re.I,
)
"""A visit and what the inspectors said of what they saw ('Inspectors visited the
fostering team and praised the excellent support it gives to foster carers'): the visit
frames the finding, whose words are the place visited and what was said of it; ranked on
the whole sentence, the visit's words ('inspectors', 'met') pull the report's sentences
about speaking to inspectors ahead of the one that says it."""


def visit_framed(text: str) -> str | None:
    """The finding a visit frames (``VISITED_AND_SAID``: the place visited, then what was
    said of it), or None when ``text`` is not so framed."""
    found = VISITED_AND_SAID.search(text)
    return f"{found.group('what')} {found.group('said')}" if found else None


_THE_VISIT = re.compile(r"\binspection\b", re.I)


def framing_blanked(text: str) -> str:
    """``text`` with the phrases framing it as Ofsted's (``FRAMING_PHRASE``: 'Inspectors
    said', '..., inspectors found.') blanked, its offsets kept: what it says of its own.
    The inspectors who tell a finding are no sign that a duration or date in it is their
    visit's ('Children wait up to 12 weeks for an assessment, inspectors found'). A frame
    naming the inspection itself stays: it is the visit ('The fortnight-long inspection
    found that ...')."""
    blanked, at = list(text), 0
    while framed := FRAMING_PHRASE.search(text, at):  # overlapping: 'in March, inspectors'
        if not _THE_VISIT.search(framed.group()):
            blanked[framed.start() : framed.end()] = " " * (framed.end() - framed.start())
        at = framed.start() + 1
    return "".join(blanked)


_WORDS_OF = r"[’']s?\s+(?:own\s+)?words\b"
_PUT_IT = r"\s+puts?\s+it(?=\s*(?:[,.;:!?“”‘’\"]|$))"
ACCORDING_TO = re.compile(
    rf"\b(?:according to|in the words of|to quote|as(?=\s[^,.;:“”\"]{{2,60}}?{_PUT_IT})"
    rf"|in(?=\s[^,.;:“”\"]{{2,60}}?{_WORDS_OF}))\b"
    r"(?:\s+(?P<source>[^,.;:“”\"]{2,80}?)"
    rf"(?={_PUT_IT}|{_WORDS_OF}|\s*[,.;:“”\"]|$))?",
    re.I,
)
"""Words reported as someone's ('according to the report', 'in the words of inspectors',
'to quote the report', 'as inspectors put it', 'in Ofsted's words'), with their source
when it is named before the next punctuation."""

POINTS_BACK = re.compile(
    r"^\W*(?:that|this|these|those|it)(?:[’']s|\s+(?:is|was|are|were))\s+"
    r"(?:exactly\s+|precisely\s+|just\s+|also\s+)?(?:what|how)\s+"
    rf"(?:(?:the|its|ofsted[’']s)\s+)?(?:(?:ofsted|inspection)\s+)?"
    rf"(?:{OFSTED_NAMES}|{OFSTED_NOUNS}|{INSPECTION_DOCUMENTS}|they|it)\s+"
    rf"(?:(?:have|has|had)\s+)?(?:also\s+)?(?:{REPORTING_VERBS}|{FINDING_VERBS})"
    r"(?:\s+(?:in\s+(?:its|their)\s+report|about\s+(?:it|this|that)))?\s*[.!]?\W*$",
    re.I,
)
"""A sentence that only points back at the words quoted before it ('That is what the report
says.', 'This is what inspectors found.'): it restates none of them, so it is no claim
(lane extract18: it was a finding, checked against nothing it says)."""
