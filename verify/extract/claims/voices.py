"""Who speaks each sentence (``_Heard``), read from its frame and its neighbours as the
conventions say attribution works: a subject, a pronoun or a source at the end standing for
the inspectors, a named speaker, or the release's own words carrying the inspectors' findings
on as far as their voice reaches (``_Reach``). ``_Voices`` holds that state from sentence to
sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from verify.extract.attribution import OPENING_ADVERBIAL, surname
from verify.extract.claims.endings import (
    _PERSONAL_PRONOUN,
    _at_end_past_the_frame,
    _report_told_by_person,
    source_at_end,
)
from verify.extract.claims.found import Found
from verify.extract.claims.lines import _is_heading, _own_statement
from verify.types import Attribution
from verify.words.criticism import sums_up_tone
from verify.words.speakers import (
    ACCORDING_TO,
    COUNCIL_STAFF,
    COUNCIL_SUBJECT,
    INSPECTORS_NAMED,
    INSPECTORS_SUBJECT,
    JUDGED_PASSIVE,
    REPORTING_VERB,
    STANCE,
    council_as_subject,
    framed_speaker,
    is_person,
    role_of,
    speaks_for_themselves,
    stance_speaker,
)

_PRONOUN_SUBJECT = re.compile(
    rf"^(?:{OPENING_ADVERBIAL.pattern[1:]})?(?:(?:however|but|and),?\s+)?"
    r"(?P<pronoun>they|it|(?:the|her|his|their)\s+team)\b",
    re.I,
)
"""A subject standing for the inspectors where their words are being told: 'they', 'it'
(the report), or the team ('The inspection was led by Margaret Burke, one of His Majesty's
Inspectors. Her team found that ...': drift51, no claim was read)."""

_ACCORDING_OPENS = re.compile(r"^\W*according to (?P<who>[^,;:.]{2,100}),", re.I)
"""A speaker opening the sentence as its source: 'According to the council's director of
children's services, every area was judged good' is the director's account."""
_DOCUMENT = re.compile(r"(?:report|inspection)$", re.I)


@dataclass(frozen=True)
class _Heard:
    """Who speaks a sentence. ``words``: the sentence with the inspectors named as its
    subject where a pronoun or a source at its end stood for them. ``voice``:
    ``inspectors`` (they report a finding), ``acting`` (what they did), ``carried`` (the
    release's own words carrying on their findings), ``citing`` (it quotes them: the
    quotation is the claim), ``official`` (a council or other speaker), ``own`` (the
    release's own statement where the inspectors' voice no longer reaches: the claim it
    would have been as theirs, in the release's own voice), or None.
    ``quoting``: the sentence holds the official's quotation, so its words are theirs
    already."""

    words: str
    voice: str | None = None
    speaker: str | None = None
    role: str | None = None
    quoting: bool = False  # the sentence holds its speaker's quotation

    @property
    def attribution(self) -> Attribution | None:
        if self.voice in (None, "own"):
            return None
        return Attribution(speaker=self.speaker, role=self.role or "inspectors")


_FINDING_VOICES = ("inspectors", "carried", "citing")
"""Voices that tell the inspectors' findings: the release's next words may carry them on."""
_INSPECTORS_VOICES = (*_FINDING_VOICES, "acting")


@dataclass(frozen=True)
class _Reach:
    """How far the inspectors' voice reaches a sentence of ``paragraph`` (in ``block``: a
    paragraph, or a whole list). ``spoke``: the block where they last spoke (a finding of
    theirs, a pronoun or source for them, a sentence telling of them); ``chain``: the
    paragraph where their words or the release's statements going on from them were last.
    A pronoun or a source at the end stands for them all along the chain; the release's own
    statement carries their findings on only through the rest of the block where they
    spoke and the next one (a 20 MB release of filler after one inspectors' paragraph made
    every later line, the borough's fair, a finding of theirs: 246,913 of them)."""

    spoke: int | None  # a block
    chain: int | None
    paragraph: int
    block: int  # the paragraph's block: a list's items are one

    @property
    def chained(self) -> bool:
        """The chain of their words reaches this paragraph (or the one before it)."""
        return self.chain is not None and self.paragraph - self.chain <= 1

    @property
    def carried(self) -> bool:
        """The release's own statement here still carries on what they said."""
        return self.spoke is not None and self.block - self.spoke <= 1

    @property
    def across(self) -> bool:
        """The sentence lies in the block after theirs."""
        return self.carried and self.block != self.spoke


def _tells_of_them(words: str) -> bool:
    """The release's own sentence names the inspectors, or has them or their report as its
    subject ('The report is full of praise for ...'): it goes on telling what they said, so
    their voice reaches as far from it as from their own words."""
    return bool(INSPECTORS_NAMED.search(words) or INSPECTORS_SUBJECT.match(words.strip()))


class _Voices:
    """Who speaks each sentence, read from its frame and its neighbours, as the
    conventions say attribution works: a subject or a source at the end ("Ofsted
    commented that …", "…, the report states"), a pronoun carrying on from the
    inspectors ("Inspectors visited … They praised …"), a named speaker ("Deputy mayor
    X said the council had …"), or, with none of these, the sentence before: a
    statement right after the inspectors' words carries on their findings
    ("The report found: … Children in need of protection are identified quickly.")."""

    def __init__(self, quotes: Sequence[Found]) -> None:
        self.paragraph: int | None = None  # where the inspectors last spoke
        self.chain: int | None = None  # where they spoke or the release's words went on
        self.finding = False  # telling what they found (not only what they did)
        self.last_speaker: _Heard | None = None  # the person last named as a speaker
        self.inspectors = {  # surnames of inspectors quoted by name ("Mr Reed said ...")
            surname(a.speaker)
            for q in quotes
            if (a := q.attribution) and a.role == "inspectors" and a.speaker
        }

    def read(
        self,
        words: str,
        at: tuple[int, int],
        quoted: set[str],
        listed: bool,
        cut: bool = False,
    ) -> _Heard:
        """How ``words`` (the sentence, its quotations blanked) is reported; ``at``: its
        paragraph and block (a list's items are one block); ``quoted``: the roles of the
        speakers quoted in it; ``listed``: under an inspectors' list; ``cut``: the
        sentence the text ends in, perhaps mid-word.
        A heading between the inspectors' words and what carries them on is passed over.
        The release's own words carry the inspectors' on through the rest of their paragraph
        and the next (``_Reach``); a statement beyond, in a chain of such statements, is
        the release's own (``own``): the claim it was as theirs, in no voice of theirs."""
        paragraph, block = at
        reach = _Reach(self.paragraph, self.chain, paragraph, block)
        heard = _Heard(words, "inspectors") if listed else self._hear(words, reach, quoted, cut)
        if heard.voice == "own":
            self.chain, self.paragraph = paragraph, None  # the release's own: theirs ends
        elif heard.voice == "carried":
            self.chain = paragraph  # their words' echo: no new word of theirs, unless named
            self.paragraph = block if _tells_of_them(words) else self.paragraph
        elif heard.voice in _INSPECTORS_VOICES or reach.chained and _is_heading(words.strip()):
            self.paragraph, self.chain = block, paragraph
            # What they did between their findings ('Inspectors visited in November.') or a
            # heading ends no telling of them; what they did alone begins none.
            self.finding = heard.voice in _FINDING_VOICES or self.finding
        else:
            self.paragraph = self.chain = None
            self.finding = False
        return heard

    def classified(
        self, at: tuple[int, int], kind: str | None, words: str, voice: str | None
    ) -> None:
        """What the sentence's words made of it: a finding, or what the inspectors did,
        means the inspectors spoke there; an opinion in the release's own ``voice`` is its
        view, which nothing after carries on as theirs. A finding in the release's own words
        (carried on, or its own) keeps the chain going but is no new word of theirs. A
        sentence summing up the report's tone in the release's voice, naming no one ('There
        were some positives.', ``words.criticism.sums_up_tone``), is none of theirs either:
        it changes nothing of who speaks after it."""
        paragraph, block = at
        if kind == "finding" and voice is None and sums_up_tone(words):
            return
        named = INSPECTORS_NAMED.search(words)
        if kind == "finding" or (kind == "inspection_fact" and named):
            self.chain = paragraph
            if voice not in ("carried", "own") or _tells_of_them(words):
                self.paragraph = block
            self.finding = self.finding or kind == "finding"
        elif kind == "opinion" and voice in (None, "carried", "own"):
            self.paragraph = self.chain = None
            self.finding = False

    def _hear(self, words: str, reach: _Reach, quoted: set[str], cut: bool) -> _Heard:
        """Who speaks ``words``: a pronoun or a source at the end stands for the inspectors
        as far as the chain of their words goes (``reach.chained``); a statement of the
        release's own carries them on only as far as ``reach.carried``."""
        carried = reach.chained
        stripped = words.strip()
        speakers = quoted - {"unattributed"}  # an unattributed quotation is the voice's own
        if _report_told_by_person(stripped):
            # 'The report, he said, was “fair”': the person speaks of the report.
            return self._speaker(stripped, quoting=bool(speakers)) or _Heard(words)
        pronoun = _PRONOUN_SUBJECT.match(stripped)
        if pronoun and carried:
            named = f"{stripped[: pronoun.start('pronoun')]}inspectors{stripped[pronoun.end() :]}"
            people = pronoun.group("pronoun").lower() != "it"  # 'it', the report, acts not
            return _Heard(named, _doing(named[pronoun.start("pronoun") :], people))
        if (at_end := source_at_end(stripped)) and not stance_speaker(stripped):
            source = at_end.group("source") or at_end.group("subject")
            if source or carried:
                reported = f"{source or 'inspectors'} says {stripped[: at_end.start()]}"
                return _Heard(reported, "inspectors")
        speaker = self._speaker(stripped, quoting=bool(speakers))
        if speaker is not None and speaker.voice == "official":
            return speaker  # "Cllr Smith said Ofsted had ...": the councillor speaks
        subject = INSPECTORS_SUBJECT.match(stripped)
        if subject and (doing := _doing(stripped, not _DOCUMENT.search(subject.group()))):
            return _Heard(words, doing)
        if speaker is not None:
            return speaker
        if JUDGED_PASSIVE.search(stripped):
            return _Heard(words, "inspectors")
        if "inspectors" in speakers:
            return _Heard(words, "citing")
        if carried and self.finding and not speakers and _own_statement(stripped, cut):
            if COUNCIL_SUBJECT.match(stripped) and STANCE.search(stripped):
                return _Heard(words, "official", None, "council")  # "has accepted the findings"
            own = reach.across and not quoted and council_as_subject(stripped)
            if reach.carried and not own:
                return _Heard(words, "carried")
            return _Heard(words, "own")  # the council's doings, figures, the borough's fair
        return _Heard(words)

    def _speaker(self, words: str, quoting: bool) -> _Heard | None:
        """A named speaker opening the sentence ("X said ...") or closing it ("…, X said.");
        ``quoting``: the sentence holds a quotation of theirs."""
        at_end = _at_end_past_the_frame(words)
        opening = _ACCORDING_OPENS.match(words)
        who = (
            at_end.group("who").strip()
            if at_end
            else framed_speaker(words)
            or (opening.group("who") if opening else None)
            or stance_speaker(words)
        )
        if who is None:
            return None
        who = OPENING_ADVERBIAL.sub("", who)
        if _PERSONAL_PRONOUN.fullmatch(who):
            # "He said ...": the person last named as a speaker goes on speaking; 'he' or
            # 'she' never stands for a body ("..., Ofsted has said. The report, he said, ...").
            last = self.last_speaker
            if last and not (last.speaker and is_person(last.speaker)):
                return None
            return replace(last, words=words, quoting=quoting) if last else None
        heard = self._named(words, who, quoting)
        self.last_speaker = heard
        return heard

    def _named(self, words: str, who: str, quoting: bool) -> _Heard | None:
        """How a speaker named or titled as ``who`` speaks ``words``."""
        if surname(who) in self.inspectors:
            return _Heard(words, "inspectors", who, "inspectors")
        role = role_of(who)
        if role == "inspectors":
            self.inspectors.add(surname(who))
            return _Heard(words, "inspectors", who, role)
        if _PUBLICATION.search(who):
            return None  # the council's claim in print, checked as the release's own
        if role == "other" and COUNCIL_STAFF.match(who):
            role = "council"  # 'Leaders believe ...': the council's own officials
        if role == "other" and _told_inspectors(words):
            return _Heard(words, "inspectors")  # the report's record of what they told it
        if role == "council" or (role == "other" and speaks_for_themselves(who)):
            return _Heard(words, "official", who, role, quoting)
        return None


_PUBLICATION = re.compile(r"\b(?:newsletter|website|leaflet|magazine|bulletin)s?\b", re.I)
"""'..., the council's newsletter claimed': a publication tells no opinion of a person; what
it claims of the report is checked as the release's own claims are."""
_TOLD = re.compile(r"\b(?:told|said to)\s+(?:the\s+)?", re.I)


def _told_inspectors(words: str) -> bool:
    """'Care leavers told inspectors they ...', 'told the watchdog': what people told the
    inspection (``INSPECTORS_NAMED``) is the report's record of them, a finding to check,
    not their own account to the release."""
    return any(INSPECTORS_NAMED.match(words, m.end()) for m in _TOLD.finditer(words))


def _doing(words: str, people: bool) -> str | None:
    """``inspectors`` when the inspectors' sentence reports what they found; ``acting``
    when ``people`` (Ofsted, its inspectors; not the report) tell what they did ("The
    inspectors focussed on ..."); None otherwise."""
    if REPORTING_VERB.search(words) or ACCORDING_TO.search(words):
        return "inspectors"
    return "acting" if people else None
