"""The sentences and paragraphs around a quotation, for when its own sentence names no
speaker.

Where a sentence stands (``_sentence_at``; first or last of its paragraph); the speaker
named after a quotation of several sentences, or by the sentence after one standing alone
("That was the message from ...", a signature line, "X added:"); the subject of the sentence
before ('The report praised the workforce. “…,” it said.'); and the paragraph before: an
introduction ending in a colon or 'said', a list's introduction for its items, a heading
naming one source alone.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from verify.extract.attribution.after import _WHEN_SAID, _cue_after
from verify.extract.attribution.before import _cue_before
from verify.extract.attribution.cues import _Cue, _Earlier, _to_attribution
from verify.extract.attribution.sentence import _INSPECTORS_OPEN
from verify.extract.attribution.subjects import _opening_subject
from verify.extract.quotes import QuoteMatch
from verify.extract.text import Paragraph, Sentence
from verify.types import Attribution
from verify.words.marks import MARKS
from verify.words.sentences import SENTENCE_END
from verify.words.speakers import (
    COUNCIL_SUBJECT,
    FIRST_PERSON,
    REPORTING_VERBS,
    in_council_voice,
    is_person,
    mentions_inspectors,
    role_of,
)

_NAMED_NEXT = re.compile(
    r"^\W*(?:that|this|these|those|such)\s+(?:is|was|are|were)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:verdict|message|view|words?|conclusion|assessment|judge?ment|findings?|opinion|"
    r"response|reaction)\s+(?:of|from)\s+(?P<speaker>[^,.;:“”\"]{2,80})",
    re.I,
)
"""A sentence naming the speaker of the quotation before it ("“…” That was the message
from Mayor Dave Hodgson", "That is the verdict of Ofsted inspectors")."""
_HOW_NEXT = re.compile(
    r"^\W*(?:that|this)(?:[’']s|\s+is|\s+was)\s+how\s+(?P<speaker>[^,.;:“”\"]{2,80}?)"
    rf"\s+(?:{REPORTING_VERBS}|put|puts|summed|sums)\b",
    re.I,
)
"""A sentence naming how the speaker of the quotation before it put it ("“Swiftly seen.”
That's how inspectors described the response to missing children")."""
_ADDED_NEXT = re.compile(
    r"^\s*(?P<speaker>[^.;:“”\"]{2,120}?),?\s+(?:added|continued|went on|also said)\b", re.I
)
"""A paragraph opening with a person going on ("The director, Jo Park, added:")."""
_SIGNATURE_NEXT = re.compile(r"^[—–]{1,2}\s*(?P<speaker>[^\W\d_][^“”\"@\n]{1,118}?)\s*$")
"""A line that signs the quotation above it on its own, as a block quotation's
attribution is set ("— Councillor Ann Roberts, cabinet member for children")."""

_CIRCUMSTANCE = re.compile(rf"{_WHEN_SAID}|\s+(?:as|on|at|because)\b", re.I)
"""Where a speaker's name ends and the circumstances of their words begin."""


def _opens_paragraph(sents: Sequence[Sentence], starts: Sequence[int], sent: Sentence) -> bool:
    """True when ``sent`` is the first sentence of its paragraph."""
    i = bisect_right(starts, sent.start) - 1
    return i == 0 or sents[i - 1].paragraph != sent.paragraph


def _closes_paragraph(sents: Sequence[Sentence], starts: Sequence[int], sent: Sentence) -> bool:
    """True when ``sent`` is the last sentence of its paragraph."""
    i = bisect_right(starts, sent.start)
    return i == len(sents) or sents[i].paragraph != sent.paragraph


def _ends_before(
    sents: Sequence[Sentence], starts: Sequence[int], sent: Sentence, quote: QuoteMatch
) -> bool:
    """True when ``quote`` ended in the sentence just before ``sent``, in its paragraph."""
    i = bisect_right(starts, sent.start) - 1
    if i <= 0 or sents[i - 1].paragraph != sent.paragraph:
        return False
    return sents[i - 1].start <= quote.end <= sents[i - 1].end + 1


def _opens_sentence(masked: str, sent: Sentence, quote: QuoteMatch) -> bool:
    """True when the quotation is the sentence: nothing but marks before it."""
    return not masked[sent.start : quote.start].strip(" \t\n" + MARKS)


def _sentence_at(sents: Sequence[Sentence], starts: Sequence[int], offset: int) -> Sentence | None:
    """The sentence holding ``offset`` (or ending just before it, at a closing mark)."""
    i = bisect_right(starts, offset) - 1
    return sents[i] if i >= 0 and offset < sents[i].end + 1 else None


def _named_after_sentences(
    masked: str, sents: Sequence[Sentence], starts: Sequence[int], sent: Sentence, quote: QuoteMatch
) -> _Cue | None:
    """The speaker named after a quotation of several sentences, in the sentence it closes
    ("“We are proud. This result is theirs,” said Jo Park."): the quotation's first
    sentence names no one, the words after its end do."""
    last = _sentence_at(sents, starts, quote.end - 1)
    if last is None or last.start == sent.start or last.paragraph != sent.paragraph:
        return None
    return _cue_after(masked[quote.end + 1 : last.end], quote.end + 1)


def _named_next(
    masked: str, sents: Sequence[Sentence], starts: Sequence[int], quote: QuoteMatch
) -> _Cue | None:
    """The speaker named by the sentence after a quotation that stands alone, in its
    paragraph or opening the next ("“…” That was the message from Mayor Dave Hodgson
    after ..."), by the line signing it ("— Jo Park, chief executive"), or by the next
    paragraph's person going on ("The council's leader, Cllr Lee, added: “…”": the words
    before were spoken too, an official's, never the inspectors' of the paragraph before)."""
    i = bisect_right(starts, quote.end - 1) - 1
    if i < 0 or i + 1 >= len(sents) or sents[i + 1].paragraph - sents[i].paragraph > 1:
        return None  # the sentence after, in its paragraph or opening the next
    nxt = sents[i + 1]
    signed = _SIGNATURE_NEXT.match(masked[nxt.start : nxt.end])
    if signed is not None and nxt.paragraph != sents[i].paragraph:
        return _Cue.named(signed.group("speaker"), nxt.start + signed.start("speaker"))
    added = _ADDED_NEXT.match(masked[nxt.start : nxt.end])
    if added is not None and nxt.paragraph != sents[i].paragraph and is_person(added["speaker"]):
        return _Cue.named(added.group("speaker"), nxt.start + added.start("speaker"))
    m = _NAMED_NEXT.match(masked[nxt.start : nxt.end]) or _HOW_NEXT.match(
        masked[nxt.start : nxt.end]
    )
    if m is None:
        return None
    speaker = _CIRCUMSTANCE.split(m.group("speaker"))[0].strip()
    return _Cue.named(speaker, nxt.start + m.start("speaker"))


def _previous_subject(
    masked: str,
    sents: Sequence[Sentence],
    starts: Sequence[int],
    sent: Sentence,
    active_only: bool = False,
    pronoun: bool = False,
) -> _Cue | None:
    """For 'it said' / 'They noted': the speaker of the sentence before, in the same
    paragraph ('The report praised the workforce. “…,” it said.'), or, for a ``pronoun``,
    that sentence's subject when it is Ofsted, its report or the council, whatever its
    verb ('The report was published on Wednesday. It said: “…”'), sentences whose own
    subject is a pronoun passed over ('Inspectors were clear. They named …. Their verdict:
    “…”').

    ``active_only`` is for a quotation standing as a sentence of its own, whose speaker
    is the subject of the sentence before ('Inspectors praised the workforce. “…”') or
    the source whose verdict it asks for ('Inspectors' verdict on early help? “…”'): only
    a subject who says or judges counts there, not the agent of a passive ('The council
    was rated good by Ofsted. “We are delighted.”' is the council speaking)."""
    i = bisect_right(starts, sent.start) - 1
    while i > 0 and sents[i - 1].paragraph == sent.paragraph:
        prev = sents[i - 1]
        words = masked[prev.start : prev.end]
        cue = _cue_before(words, prev.start, passive=not active_only)
        if cue is None and pronoun:
            cue = _opening_subject(words, prev.start)
        if cue is None and active_only and (asked := _ASKED_OF.match(words)):
            start = prev.start + asked.start("source")
            cue = _Cue(asked["source"], "inspectors", start, start + len(asked["source"]))
        if cue is not None and cue.role != "pronoun":
            return cue
        if not (pronoun and _PRONOUN_OPENING.match(words)):
            return None
        i -= 1  # 'Inspectors were clear. They named …. Their verdict: “…”': further back
    return None


_PRONOUN_OPENING = re.compile(r"^\W*(?:they|he|she|it)\b", re.I)
"""A sentence whose subject is a pronoun, standing for the same speaker as a pronoun after
it does: who they are, a sentence further back names."""


_ASKED_OF = re.compile(
    rf"(?P<source>{_INSPECTORS_OPEN.pattern})(?:[’']s?)?\s+"
    r"(?:verdict|view|conclusion|assessment|judge?ment|findings?|summary)\b[^?]*\?$",
    re.I,
)
"""A question asking what Ofsted's verdict was, answered by the quotation after it
("Inspectors' verdict on early help? “…”", "The report's conclusion? “…”")."""

_INTRO_END = re.compile(rf"(?::|\b(?:{REPORTING_VERBS})(?:\s+that)?:?)\s*$", re.I)


def _from_previous_paragraph(
    text: str,
    paras: Sequence[Paragraph],
    para: Paragraph,
    quote: QuoteMatch,
    quote_para_attr: dict[int, Attribution],
    earlier: _Earlier,
) -> Attribution | None:
    """A quote that opens its paragraph takes its speaker from the paragraph before:
    an introduction ("X said:", "inspectors say that:"), a quote that carries on, or a
    heading naming one source alone ("Ofsted’s view", "The council’s response"). A quote
    inside an item of a list takes the introduction of the list ("Among the strengths
    inspectors found:" then "• children’s centres that “work effectively as hubs”", or
    "What the inspectors said:" then rows of a table): the item goes on with it."""
    listed = quote.start - 1 > para.start
    if para.index == 0 or (listed and not _an_item(text, para)):
        return None
    while listed and para.index > 0 and _an_item(text, paras[para.index - 1]):
        para = paras[para.index - 1]  # back to the list's first item
    if para.index == 0:
        return None
    prev = paras[para.index - 1]
    if prev.index in quote_para_attr:
        return quote_para_attr[prev.index].model_copy()
    prev_text = text[prev.start : prev.end]
    if listed and in_council_voice(prev_text):
        return None  # "Following the inspection, the council will:" lists its own work
    if _INTRO_END.search(prev_text):
        cue = _introduced_by(prev_text, prev.start)
        if cue is None and mentions_inspectors(prev_text):
            cue = _Cue(None, "inspectors")
        if cue is not None:
            return _to_attribution(cue, earlier)
    return _heading_source(prev_text, prev.start) if _is_heading(prev_text) else None


def _introduced_by(paragraph: str, offset: int) -> _Cue | None:
    """The speaker of the introduction closing ``paragraph`` ('They wrote:'), read in its
    own sentence, a pronoun standing for the speaker or subject of the sentence before it
    ('Inspectors found that practice is “particularly strong”. They wrote:': drift45, the
    whole paragraph was read as the verb's subject, '. They', someone else)."""
    ends = [0, *(m.end() for m in SENTENCE_END.finditer(paragraph))]
    intro = paragraph[ends[-1] :]
    cue = _cue_before(intro.rstrip(" :"), offset + ends[-1])
    if cue is None or cue.role != "pronoun" or len(ends) < 2:
        return cue
    before, at = paragraph[ends[-2] : ends[-1]], offset + ends[-2]
    return _cue_before(before, at) or _opening_subject(before, at) or cue


_ROW = re.compile(r"[ \t]*(?:\||[^\n“”\"‘’|]{1,40}?[ \t]*\.{3,}[ \t]*[“\"‘'])")
"""A row of a table ("| Local support teams | “…” |", its header and rule too) or a
label joined to its quotation by dot leaders ("Early help ...... “…”"): an item of a
list set out without a marker."""


def _an_item(text: str, para: Paragraph) -> bool:
    """True when a paragraph is an item of a list: after a marker, or a row of a table."""
    return bool(para.marker) or bool(_ROW.match(text, para.start, para.end))


_HEADING_MAX_WORDS = 8


def _is_heading(line: str) -> bool:
    """A short line with no closing punctuation of a sentence or an introduction."""
    line = line.strip()
    return bool(line) and line[-1] not in ".!?:;,”\"’'" and len(line.split()) <= _HEADING_MAX_WORDS


def _heading_source(heading: str, offset: int) -> Attribution | None:
    """The source a heading names alone: Ofsted or its report with no word of the
    council's ("Key findings from the report"), or the council with no word of
    Ofsted's ("The council’s response"); none when it names both ("Ofsted inspection:
    our response") or neither."""
    role = role_of(heading)
    ofsted = mentions_inspectors(heading)
    council = bool(FIRST_PERSON.search(heading) or COUNCIL_SUBJECT.search(heading))
    if (role == "inspectors" and ofsted and not council) or (role == "council" and not ofsted):
        words = heading.strip()
        start = offset + heading.find(words)
        return Attribution(speaker=words, role=role, start=start, end=start + len(words))
    return None
