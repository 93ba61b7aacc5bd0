"""The speaker a quotation's own sentence names, the rules in the order they are tried.

A reporting verb before the quotation (``before``), a speaker between two parts of one
quotation or after it (``after``), "according to X", a speaker agreeing before a colon or a
view framed by 'For <person>', a headline's speaker before a colon, an opening participle
phrase ("Describing the service as “…”, Cllr Lee thanked ..."), a possessive pronoun's
verdict ("Their verdict: “…”"), Ofsted or its report opening the words before it or telling
the sentence at its end, and a headline setting a quotation beside the grade given.
"""

from __future__ import annotations

import re

from verify.extract.attribution.after import _COLON_SOURCE, _cue_after
from verify.extract.attribution.before import _BY_AGENT, _cue_before
from verify.extract.attribution.cues import _Cue
from verify.extract.attribution.subjects import OPENING_ADVERBIAL
from verify.extract.quotes import QuoteMatch
from verify.extract.text import Sentence
from verify.words.grades import RELEASE_GRADE_RE
from verify.words.marks import MARKS
from verify.words.speakers import (
    ACCORDING_TO,
    AGREEING_VERBS,
    FIRST_PERSON,
    INSPECTION_DOCUMENTS,
    OFSTED_NAMES,
    OFSTED_NOUNS,
    REACTION,
    REPORTING_VERBS,
    is_person,
)

_INSPECTORS_OPEN = re.compile(
    r"(?:(?:the|this|their|its|an?|lead|latest|full|new|published|final|\w+[’']s)\s+){0,3}"
    rf"(?:{OFSTED_NAMES}|{OFSTED_NOUNS}|{INSPECTION_DOCUMENTS})\b",
    re.I,
)
"""Ofsted, its inspectors or their report as the subject the words before a quotation
open with, after any opening phrase ("In their report, inspectors ... “…”", "The
watchdog’s report ... “…”"); not a subject before them ("The leader responded to the
report, saying it was “…”" is the leader's)."""

_RESUMED = re.compile(r"[”\"’'][^“”\"‘]{2,80}[,:]\s*$")
"""The close of a quotation's first part, then only a frame ending in a comma or colon
before its next part (“…,” said inspectors, “…”)."""

_SPEAKER_COLON = re.compile(r"^\s*(?P<speaker>[A-Z][^.;:,“”\"‘’\n]{1,60}?)\s*:\s*[‘’'“\"]?\s*$")
"""A headline's speaker before a colon, then their quotation ("Council leader: ‘Our services
are outstanding’"), as a source after one is read ("Services ‘improving’: Ofsted")."""
_AGREED_COLON = re.compile(
    rf"^\s*(?P<speaker>[A-Z][^.;:“”\"‘’\n]{{1,120}}?),?\s+(?:also\s+)?(?:{AGREEING_VERBS})"
    r"\s*:\s*[‘’'“\"]?\s*$",
    re.I,
)
"""A speaker, a title in apposition or not, agreeing or replying before a colon ('The
company's chair, Andrew Fraser, agreed: “…”', 'Mr Ashby agreed: “…”'): the speaker is the
words before the verb (read as a headline's speaker, 'Mr Ashby agreed' was the name)."""
_FOR_SPEAKER = re.compile(
    r"^\s*For\s+(?P<speaker>[A-Z][^.;:,“”\"‘’\n]{1,60}?(?:,\s*[^.;:,“”\"‘’\n]{2,80}?)?),\s*"
    r"(?:[^.;:,“”\"‘’\n]{1,40}?\s+)?(?:means|meant|is|was|represents|represented|shows|showed)"
    r"\b[^.;:“”\"‘’\n]{0,60}?[‘’'“\"]?\s*$"
)
"""A person's view framed by 'For <person>' ('For Cllr Lee, the cabinet member for
children, that means “…”'): the words are theirs, though no verb of saying frames them."""
_TELLING_BEFORE_COLON = re.compile(
    r"^(?:they|he|she|it|we|I)\b|\b(?:quot|said|say|told|tell|describ|call|wr[io]te|add)\w*",
    re.I,
)
"""A sentence telling what comes ('They quoted the chief executive's mantra: ‘…’'), not a
headline's speaker: the quotation is the teller's, carried from the sentence before."""


def _according(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first "according to X" in text[start:end] that names its source X."""
    for m in ACCORDING_TO.finditer(text, start, end):
        if m["source"]:
            return m
    return None


def _cue_in_sentence(text: str, sent: Sentence, quote: QuoteMatch, words: str) -> _Cue | None:
    """The speaker the quotation's own sentence names (``text`` with the quotations
    blanked; ``words``, the quotation's own, say whether it speaks in the first person)."""
    lead_start = sent.start
    lead = text[lead_start : quote.start]
    cue = _cue_before(lead, lead_start)
    if cue is not None and cue.speaker is None and cue.role == "inspectors":
        cue = _agent_after(text, quote.end + 1, sent.end) or cue  # a passive's agent
    if cue is None and (resumed := _RESUMED.search(lead.rstrip(" \t" + MARKS))):
        # “…,” said inspectors, “…”: the speaker between two parts of one quotation
        cue = _cue_after(lead[resumed.start() + 1 :], lead_start + resumed.start() + 1)
    after_start = quote.end + 1
    if cue is None:
        cue = _cue_after(text[after_start : sent.end], after_start)
    # "according to X" after the quotation names its source over a speaker of an earlier
    # clause ("Inspectors found ..., but services have ‘…’, according to the council");
    # anywhere in the sentence, when nothing nearer names one.
    according = _according(text, after_start, sent.end)
    if cue is not None and not (according and _clause_between(text, cue, quote)):
        according = None
    elif cue is None and according is None:
        according = _according(text, sent.start, sent.end)
    if according is not None:
        cue = _Cue.named(according.group("source").strip(), according.start("source"))
    framed = _AGREED_COLON.match(lead) or _FOR_SPEAKER.match(lead)
    if cue is None and framed and is_person(framed["speaker"]):
        cue = _Cue.named(framed["speaker"].strip(), lead_start + framed.start("speaker"))
    if (
        cue is None
        and (colon := _SPEAKER_COLON.match(lead))
        and is_person(colon["speaker"])
        and not _TELLING_BEFORE_COLON.search(colon["speaker"])
    ):
        cue = _Cue.named(colon["speaker"], lead_start + colon.start("speaker"))
    if (
        cue is None
        and _CALLING_OPENS.match(lead)
        and (main := _MAIN_SUBJECT.match(text, quote.end))
    ):
        cue = _Cue.named(main["who"].strip(), main.start("who"))
    if cue is None and (theirs := _THEIR_VERDICT.match(lead)):
        cue = _Cue.pronoun(theirs["pronoun"], lead_start + theirs.start("pronoun"))
    opening = OPENING_ADVERBIAL.match(lead)
    skipped = opening.end() if opening else 0
    if cue is None and (src := _FROM_SOURCE.match(lead, skipped)):
        start = lead_start + src.start("source")
        cue = _Cue(src["source"], "inspectors", start, start + len(src["source"]))
    if cue is None and (word := _INSPECTORS_OPEN.match(lead, skipped)):
        start, end = lead_start + skipped, lead_start + word.end()
        cue = _Cue(word.group().strip(), "inspectors", start, end)
    colon_clause = _COLON_CLAUSE.match(text, after_start, sent.end)
    if cue is None and (told := _TOLD_AT_END.search(text, after_start, sent.end) or colon_clause):
        cue = _Cue(told["source"], "inspectors", told.start("source"), told.end("source"))
    headline = colon_clause or _COLON_SOURCE.match(text, after_start, sent.end)
    if cue is not None and cue.role == "inspectors" and headline and FIRST_PERSON.search(words):
        return None  # "‘We are proud’: Ofsted rates the city good": an official's words
    if cue is None and _beside_its_rating(text, sent, quote, words):
        cue = _Cue(None, "inspectors")
    return cue


_BESIDE = re.compile(r"\s*(?:[\w’'-]+\s+){0,3}?(?:as|after|[–—-]{1,2})\s+(?P<rest>[^\n]+)$", re.I)
"""What a headline sets beside its opening quotation ("‘…’ as Barnet is rated good by
Ofsted", "‘…’ – Salford children’s services rated good again", "‘Exceptional’ adoption
support as Shropshire rated good")."""


def _beside_its_rating(text: str, sent: Sentence, quote: QuoteMatch, words: str) -> bool:
    """True for a headline opening on a quotation set beside the grade the inspection gave
    ("‘Strong and effective services’ as Barnet is rated good by Ofsted", "‘…’ – Salford
    children’s services rated good again"): the quoted words are the verdict's, the
    inspectors' (were given to no one). Not a speaker's feeling or first person ("‘Proud
    day’ as services rated good by Ofsted" is the council's reaction, ``REACTION``), and
    only in a headline: a line of one sentence ending with no stop."""
    if text[sent.start : quote.start].strip(" \t" + MARKS) or "\n" in text[quote.end : sent.end]:
        return False
    beside = _BESIDE.match(text, quote.end + 1, sent.end)
    if beside is None or beside["rest"].rstrip().endswith((".", "!", "?")):
        return False
    graded = RELEASE_GRADE_RE.search(beside["rest"]) is not None
    return graded and not FIRST_PERSON.search(words) and not REACTION.search(words)


_CALLING_OPENS = re.compile(
    r"^\s*(?:describing|calling|labell?ing|branding|hailing)\b[^,;:.]*$", re.I
)
"""An opening participle phrase in which the quotation stands ("Describing the service as
“…”, Cllr Lee thanked ..."): the main clause's subject after it says the words."""
_MAIN_SUBJECT = re.compile(
    r"[”\"’']?\s*,\s*(?P<who>(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)?"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s+(?-i:[a-z])"
)
"""The main clause's subject named after the phrase closing with a quotation (“…”, Cllr
Abdul Abdullahi thanked ...): a name, with its title."""
_THEIR_VERDICT = re.compile(
    r"^\s*(?P<pronoun>their|his|her|its)\s+(?:[\w-]+\s+)?"
    r"(?:verdict|conclusion|view|assessment|judge?ment|summary|findings?|words?)"
    r"\s*[:—–]\s*[‘’'“\"]?\s*$",
    re.I,
)
"""A speaker's verdict introduced by a possessive pronoun ("Their verdict: “…”", "His
conclusion — “…”"): the pronoun stands for the speaker named before, as 'They said' does."""
_FROM_SOURCE = re.compile(
    rf"(?:from|in)\s+(?P<source>{_INSPECTORS_OPEN.pattern})\s*:\s*[‘’'“\"]?\s*$", re.I
)
"""An introduction naming the report as where the quotation is taken from, with no verb
("From the report: “…”", "In the inspectors' words: ‘…’")."""
_TOLD_AT_END = re.compile(
    rf",\s*(?P<source>{_INSPECTORS_OPEN.pattern})\s+(?:also\s+)?(?:{REPORTING_VERBS})\W*$",
    re.I,
)
"""Ofsted or its report telling the whole sentence, at its end, when nothing before names
a speaker (a headline's "‘Serious failures’ leave children at risk, Ofsted warns"). A
speaker named before keeps the words ("One young person told inspectors that their social
worker “always listens”, the report said": the young person's words, which the report
may have told in its own)."""
_COLON_CLAUSE = re.compile(rf"\s*:\s*(?P<source>{_INSPECTORS_OPEN.pattern})\s+(?-i:[a-z])", re.I)
"""A headline's clause after the quotation and a colon whose subject is Ofsted ("‘Children
thrive’: Ofsted hails the city's care"): the quotation is Ofsted's, unless it speaks in
the first person (an official's, the headline only telling what Ofsted did; a report never
says 'we' or 'our')."""


_NEW_CLAUSE = re.compile(r"[,;]\s+(?:but|yet|while|whereas|although|though)\b|;", re.I)


def _clause_between(text: str, cue: _Cue, quote: QuoteMatch) -> bool:
    """True when a new clause begins between the speaker and the quotation."""
    return cue.end is not None and bool(_NEW_CLAUSE.search(text, cue.end, quote.start))


def _agent_after(text: str, start: int, end: int) -> _Cue | None:
    """The agent of a passive named after the quotation ("Staff were described as
    “passionate” by the council’s director"): they speak, not the inspectors."""
    m = _BY_AGENT.match(text[start:end].lstrip(" \t" + MARKS + ","))
    if m is None:
        return None
    agent = m.group("agent").strip()
    return _Cue.named(agent, text.find(agent, start, end))
