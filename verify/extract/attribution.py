"""Who each quotation is attributed to: rules over the words around it.

Looked at in order, nearest first: a reporting verb before the quote in its
sentence ("Mayor Paul Dennett said:", "inspectors found", "labelling it"), a
speaker after it ("…,” the report states), "according to X", a passive
("were described as") that in a release about an inspection means the
inspectors, then the paragraph before (an introduction ending in a colon or
"said", or a quote paragraph whose speaker carries on), and finally a
pronoun ("He added:") resolved to the last speaker named ('he'/'she' to the last
person, 'it' never to one). A quotation standing alone takes a speaker the next
sentence names ("That was the message from ..."), or goes on from the quotation the
sentence before ended ("“…,” he added. “…”"). The speaker is the subject of the verb,
not a body named in an opening phrase, a relative clause or an apposition about them
("Welcoming the Ofsted report, Cllr Lee said"). Tweets embedded as text are attributed
to the account in their signature line.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from verify.extract.quotes import QuoteMatch
from verify.extract.text import Paragraph, Sentence
from verify.types import Attribution, Span
from verify.words.clauses import Break, clause_start, without_conjunction
from verify.words.grades import GRADE, RELEASE_GRADE_RE
from verify.words.marks import MARKS
from verify.words.speakers import (
    ACCORDING_TO,
    AGREEING_VERBS,
    BE,
    COUNCIL_SUBJECT,
    FINDING_NOUNS,
    FIRST_PERSON,
    INSPECTION_DOCUMENTS,
    INSPECTORS_SUBJECT,
    OFSTED_NAMES,
    OFSTED_NOUNS,
    OFSTED_OFFICIAL,
    OWN_WORDS_ROLES,
    QUOTING_VERB,
    RATING_VERB,
    REACTION,
    REPORTING_VERB,
    REPORTING_VERBS,
    SAYING_VERBS,
    TOLD_PASSIVE,
    WANTING,
    framed_speaker,
    in_council_voice,
    is_person,
    mentions_inspectors,
    names_person,
    role_of,
    set_off,
)

_PASSIVE = re.compile(rf"\b(?:{BE})\s+(?:\w+ly\s+)?$", re.I)
_MARK = f"[{re.escape(MARKS)}]"
_RESUMING = re.compile(
    rf"{_MARK}[ \t]*(?P<comma>,?)[ \t]*(?P<frame>[^.;:!?\n{re.escape(MARKS)}]{{2,80}}?)"
    rf",[ \t]*{_MARK}"
)
"""What stands between a quotation's two parts when its attribution breaks it ('…,” the
report says, “…'): a closing mark, a frame with no stop, a comma and an opening mark."""


def resumes(text: str, first: QuoteMatch, second: QuoteMatch) -> bool:
    """True when ``second`` is the rest of ``first``, one quotation broken by its
    attribution on one line ('“A. B,” the report says, “C. D.”'): the first part ends in a
    comma, and only a frame with a reporting verb and a comma stands between them. The
    conventions judge one paragraph's quotation as one passage, so its parts are one claim
    whose report words must be adjacent (else spliced); read as two quotations, a splice
    across the break went unseen (lane extract18)."""
    if second.start <= first.end:
        return False
    m = _RESUMING.match(text, first.end, second.start)
    if m is None or m.end() != second.start or not REPORTING_VERB.search(m["frame"]):
        return False
    return bool(m["comma"]) or text[first.end - 1 : first.end] == ","


_PASSIVE_FOR = re.compile(r"\s+for\b", re.I)
_SAYING = re.compile(SAYING_VERBS, re.I)
_BY_AGENT = re.compile(r"^\s*(?:as\s+\w+\s+)?by\s+(?P<agent>[^,.;:“”\"]{2,80})", re.I)
_LISTED_BY = re.compile(
    r"\s*(?:by|in)\s+(?P<agent>[^,.;:“”\"]{2,60}?)"
    r"\s*(?:\b(?:includes?|included|were|are|was|is)\b|:)",
    re.I,
)
"""The agent of a participle naming findings, then what they are ("... identified by
inspectors include", "... listed in the report were:")."""
_FINDINGS_NAMED = re.compile(rf"\b(?:{FINDING_NOUNS})\b", re.I)
OPENING_ADVERBIAL = re.compile(
    r"^(?:(?:despite|meanwhile|however|but|and|also|in|following|after|as|today|on|during|"
    r"since|with|overall|now|indeed|further|additionally|speaking|commenting|asked|pressed|"
    r"(?!(?:every|some|no|any)thing\b)[a-z]{3,}ing)\b[^,]*,\s*)+",
    re.I,
)
"""Opening phrases before a sentence's subject ("As a result, they ...", "Welcoming the
Ofsted report, Cllr Lee said", "Asked about the findings, the leader told ..."): a body
named in them is not the speaker."""
_CLOSING_MARK = re.compile(r"[”\"]")
_SAYING_PARTICIPLE = r"saying|claiming|adding|stating|arguing|insisting|noting"
_REPORTED_CLAUSE = re.compile(
    rf"\b(?:{SAYING_VERBS}|{_SAYING_PARTICIPLE})\s+(?:that\s+)?(?P<clause>[^,]+)$", re.I
)
"""A reported clause after a verb of saying (or its participle), with no comma between:
when its subject is Ofsted or its report, they are the source of the words the verb after
it introduces ("Cllr Lee said inspectors had found “…”", "The newsletter went further,
claiming inspectors described it as “…”"); another subject is reported by the speaker
("Inspectors said the council has recognised “…”" is the inspectors')."""
_WHO_NAMED = re.compile(r"(?P<np>.+?),?\s+who$", re.I)
"""A subject that is a relative 'who' ("Inspectors met Cllr Lee, who said ..."): its
antecedent comes just before it."""
_NAMED_AT_END = re.compile(
    r"(?:\b(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?<!\S)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*$"
)
"""A name (with its title) ending the words before a relative 'who'."""
_RELATIVE_SUBJECT = re.compile(r"\b(?:what|which)\s+(?P<subject>\S.*)$", re.I)
"""A relative clause's own subject before its verb ("…, in what the borough's mayor
called “…”", "…, which inspectors described as “…”"): the speaker is that subject, not
the main clause's."""
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
_WHEN_SAID = r"\s+(?:after|when|following|during|before|while|in response)\b"
"""Where a speaker's name ends and the time of their words begins ("Derbyshire leader after
Ofsted report"): an Ofsted named there is what they speak after, not who speaks."""
_CIRCUMSTANCE = re.compile(rf"{_WHEN_SAID}|\s+(?:as|on|at|because)\b", re.I)
"""Where a speaker's name ends and the circumstances of their words begin."""
_INSPECTORS_OPEN = re.compile(
    r"(?:(?:the|this|their|its|an?|lead|latest|full|new|published|final|\w+[’']s)\s+){0,3}"
    rf"(?:{OFSTED_NAMES}|{OFSTED_NOUNS}|{INSPECTION_DOCUMENTS})\b",
    re.I,
)
"""Ofsted, its inspectors or their report as the subject the words before a quotation
open with, after any opening phrase ("In their report, inspectors ... “…”", "The
watchdog’s report ... “…”"); not a subject before them ("The leader responded to the
report, saying it was “…”" is the leader's)."""
_COORDINATED = re.compile(r"\s(?:and|but)$", re.I)
"""A subject region ending in a conjunction: a second predicate of its clause ("Our leader
read the Ofsted report and said"), whose subject opens the clause."""
_OPENING_WORDS = 3
"""Words opening a clause read as its subject when its verb cannot be told apart ("Cllr
Jane Smith", "Our leader read"): enough for a title and a name."""
_OBJECT_AT_END = re.compile(
    r"\b(?:to|with|from|by|met|meets|visited|interviewed|heard|and)\s+"
    r"(?P<np>(?:[\w’'-]+\s+){0,3}[\w’'-]+)$",
    re.I,
)
"""The object ending the words before a relative 'who' ("… spoke to young people")."""
_CONJUNCTION = re.compile(r"^(?:but|and|yet|so|then|also)\b\s*", re.I)
_NOT_A_SUBJECT = re.compile(r"^(?:with|for|to|of|in|on|at|by|from|into|that|which)\b", re.I)
_PARTICIPLE_OPENING = re.compile(
    r"^(?:[a-z]+ed|written|done|made|seen|given|taken|drawn|shown|known)\s+by\b"
)
"""A region opening on a participle and its agent after a quotation ('praised the “…”
shown by the senior team and found'): it tells of the words quoted before, so the verb
after it is a second predicate of the clause's subject, never the agent's."""
_PRONOUN = re.compile(
    r"^(?:he|she|they|it|(?:his|her|their)\s+team)(?:\s+(?:also|then|later|further))?$", re.I
)
"""A subject standing for a speaker named before: a pronoun, or the team of one ("Her
team found", after "The inspection, led by Jo Park HMI, ...")."""
_AFTER = re.compile(
    rf"^[\s,.;:!?]*(?:(?:{REPORTING_VERBS})\s+(?P<after_verb>[^.;:“”\"]{{2,160}})"
    rf"|(?P<before_verb>[^,.;:“”\"]{{2,80}}?(?:,\s+[^,.;:“”\"]{{2,60}}?,)?)\s+(?:{REPORTING_VERBS})\b)",
    re.I,
)
"""A speaker after the closing mark: after the verb ('…,” said X'), or before it, with a
name or title in apposition set off by commas ('…,” the cabinet member for children, Cllr
Ann Lee, told the Gazette')."""
_RESUMED = re.compile(r"[”\"’'][^“”\"‘]{2,80}[,:]\s*$")
"""The close of a quotation's first part, then only a frame ending in a comma or colon
before its next part (“…,” said inspectors, “…”)."""
_DASH_SOURCE = re.compile(
    rf"^[^—–“”\"\n]{{0,60}}?(?:\s[—–-]|,\s*(?:{SAYING_VERBS}))\s+"
    r"(?P<source>[A-Z][^.;:,“”\"\n—–]{1,60}?(?:,\s*[^.;:,“”\"\n—–]{1,40}?)?)\s*$"
)
"""A headline's source at its end, after a dash or a verb of saying ("Services
‘improving’ – Ofsted", "Children ‘not safe’ in Dunmere, says Ofsted"), or a quotation's
credited below it, with what the credit adds after a comma ("“…” – Ofsted report,
February 2014", "— Jo Park, director of children's services")."""
_WORD_AFTER = re.compile(r"\s+(\w+)")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
"""A web address: its words ('reports.ofsted.gov.uk') are no verb or speaker."""
_COLON_SOURCE = re.compile(r"^\s*:\s*(?P<source>[A-Z][^.;:,“”\"\n—–]{1,40}?)\s*$")
"""A headline's source after a colon ("Services ‘improving’: Ofsted")."""
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

_INTRO_END = re.compile(rf"(?::|\b(?:{REPORTING_VERBS})(?:\s+that)?:?)\s*$", re.I)
_TWEET_SIGNATURE = re.compile(
    r"^[—–-]{1,2}\s*(?P<speaker>[^()\n]{2,80}?)\s*\(@(?P<handle>\w{1,30})\)\s*(?P<when>[^\n]*)$"
)
_TRAILING_LINK = re.compile(r"\s*(?:pic\.twitter\.com/\S+|https?://\S+)\s*$")
_INSPECTORS_NP = re.compile(
    r"\b(?:(?:the|this|their) )?(?:(?:inspectors(?:’|')?|ofsted(?:(?:’|')s)?|inspection|focused|"
    rf"monitoring) )*(?:{OFSTED_NAMES}|{OFSTED_NOUNS}|{INSPECTION_DOCUMENTS})\b",
    re.I,
)


@dataclass(frozen=True)
class Tweet:
    """A tweet pasted as text: its words (link dropped) and its signature's author."""

    start: int
    end: int
    speaker: str
    signature_start: int
    signature_end: int


def find_tweets(text: str, paras: Sequence[Paragraph]) -> list[Tweet]:
    """Tweets: a paragraph followed by a '— Name (@handle) date' signature line."""
    tweets = []
    for prev, para in zip(paras, paras[1:], strict=False):
        m = _TWEET_SIGNATURE.match(text[para.line_start : para.end])
        if not m:
            continue
        end = prev.start + len(_TRAILING_LINK.sub("", text[prev.start : prev.end]))
        tweets.append(Tweet(prev.start, end, m.group("speaker").strip(), para.line_start, para.end))
    return tweets


def tweet_attribution(text: str, tweet: Tweet) -> Attribution:
    """The tweet's author, located in its signature line."""
    speaker_at = text.find(tweet.speaker, tweet.signature_start, tweet.signature_end)
    return Attribution(
        speaker=tweet.speaker,
        role=role_of(tweet.speaker),
        start=speaker_at,
        end=speaker_at + len(tweet.speaker),
    )


@dataclass(frozen=True)
class _Cue:
    """A speaker found for a quotation; ``teller``: the person whose saying verb reports
    the source ("Pinaki Ghoshal said the report recognised “…”": the report speaks, and a
    'he' after means Mr Ghoshal)."""

    speaker: str | None
    role: str
    start: int | None = None
    end: int | None = None
    teller: str | None = None

    @classmethod
    def named(cls, speaker: str, start: int) -> _Cue:
        """A speaker named as written at ``start``, in the role their words give."""
        return cls(speaker, role_of(speaker), start, start + len(speaker))

    @classmethod
    def pronoun(cls, words: str, start: int | None) -> _Cue:
        """A pronoun standing for a speaker named before ('They also', 'she'), at
        ``start`` (None: not located)."""
        return cls(words, "pronoun", start, None if start is None else start + len(words))


@dataclass
class _Earlier:
    """The speakers a pronoun can stand for: the last named, the last person ('he',
    'she'), the last body or document ('it')."""

    named: Attribution | None = None
    person: Attribution | None = None
    body: Attribution | None = None

    def heard(self, attr: Attribution, cue: _Cue | None) -> None:
        """Remember the speaker of a quotation (and the person who told a source's words)."""
        if attr.speaker and attr.role != "unattributed":
            self.named = attr
            if _a_person(attr.speaker):
                self.person = attr
            else:
                self.body = attr
        if cue is not None and cue.teller and _a_person(cue.teller):
            self.person = Attribution(speaker=cue.teller, role=role_of(cue.teller))

    def framed(self, sentence: str) -> Attribution | None:
        """Remember the person a sentence with no quotation opens by saying something
        ("Mayor Tom Wootton said services remained strong. “…,” he said."); that person
        when they speak for themselves (``_speaks_for_self``)."""
        who = framed_speaker(sentence)
        if who and _a_person(who) and role_of(who) != "unattributed":
            self.person = Attribution(speaker=who, role=role_of(who))
            return self.person if _speaks_for_self(self.person) else None
        return None

    def meant(self, pronoun: str) -> Attribution | None:
        """Whom ``pronoun`` stands for: 'he'/'she' ('his'/'her' team) a person, 'it' no
        person, 'they' anyone."""
        word = pronoun.split()[0].lower() if pronoun.strip() else ""
        if word in ("he", "she", "his", "her"):
            # Never a body: "inspectors ... she said" is someone else. A person named before
            # with no words of theirs ("Cllr Ann Lee welcomed the report. She said: “…”")
            # is still a person speaking, never the report: their own words, unnamed.
            return self.person or Attribution(role="other")
        if word in ("it", "its"):
            return self.body
        return self.named


_DOCUMENT_OF = re.compile(r"[’']s\s+(?:[\w-]+\s+)?(?:report|inspection|letter|findings)\b", re.I)
"""A document of someone's ("HMI Amanda Maxwell’s report"): not the person speaking."""


def _a_person(speaker: str) -> bool:
    """True when a speaker as written is a person, not a person's report."""
    return is_person(speaker) and not _DOCUMENT_OF.search(speaker)


def attribute_quotes(
    text: str,
    paras: Sequence[Paragraph],
    sents: Sequence[Sentence],
    quotes: Sequence[QuoteMatch],
) -> list[Attribution]:
    """One attribution per quotation, in the order given (sorted by start)."""
    para_of = {p.index: p for p in paras}
    masked = mask_spans(text, [m.span() for m in _URL.finditer(text)])
    masked = mask_spans(masked, (p for q in quotes for p in q.pieces))
    found: list[Attribution] = []
    earlier = _Earlier()
    previous: tuple[QuoteMatch, Attribution] | None = None
    quote_para_attr: dict[int, Attribution] = {}
    speaking: dict[int, Attribution] = {}  # a person whose words close the paragraph
    roles: dict[str, str] = {}  # the role of each speaker named in full, by surname
    starts = [s.start for s in sents]
    quoting = {bisect_right(starts, at) - 1 for q in quotes for at in (q.start, q.end - 1)}
    read = 0  # sentences before this quotation whose framed speaker has been read
    reaching: list[QuoteMatch] = []  # the earlier quotations that end after this one opens
    for quote in quotes:
        # One ending before this quotation opens holds no later one either (sorted by start):
        # a long release is not scanned whole again for each of its quotations.
        reaching = [before for before in reaching if before.end >= quote.start]
        outer = _nesting(reaching, quote)
        reaching.append(quote)
        if outer is not None:
            found.append(_nested_attribution(text, outer, quote))
            continue
        while read < len(sents) and sents[read].end <= quote.start:
            if read not in quoting:  # a quotation's sentence is read with the quotation
                said = earlier.framed(masked[sents[read].start : sents[read].end])
                if said is not None and _closes_paragraph(sents, starts, sents[read]):
                    speaking[sents[read].paragraph] = said
            read += 1
        sent = _sentence_at(sents, starts, quote.start)
        para = para_of[sent.paragraph] if sent else None
        cue = _cue_in_sentence(masked, sent, quote, _words(text, quote)) if sent else None
        if cue is None and sent is not None:
            cue = _named_after_sentences(masked, sents, starts, sent, quote)
        alone = cue is None and sent is not None and _opens_sentence(masked, sent, quote)
        guessed = False
        if cue is not None and cue.role == "pronoun":
            before = _previous_subject(masked, sents, starts, sent, pronoun=True)
            if before is not None and _stands_for(cue.speaker, before):
                cue = before
            elif not _opens_paragraph(sents, starts, sent):
                # "Councillors discussed it. They said …": 'they' may be the sentence
                # before's subject, unread, so the last speaker it is taken for is a guess.
                cue = replace(cue, start=None, end=None)
        elif alone:
            cue = _named_next(masked, sents, starts, quote)
            guessed = cue is None  # the sentence before's subject, if any, is a guess
            cue = cue or _previous_subject(masked, sents, starts, sent, active_only=True)
        attr = _to_attribution(cue, earlier) if cue else None
        carried = attr is None or (alone and guessed)
        if attr is None and alone and previous and _ends_before(sents, starts, sent, previous[0]):
            attr = previous[1].model_copy()  # “…,” he added. “…”: the same speaker goes on
        if attr is None and para is not None:
            before = paras[para.index - 1] if para.index else None
            carried = before is not None and (
                before.index in quote_para_attr or _is_heading(masked[before.start : before.end])
            )
            going_on = {**speaking, **quote_para_attr}
            attr = _from_previous_paragraph(masked, paras, para, quote, going_on, earlier)
        if carried and attr is not None and _not_the_reports(text, quote, attr):
            attr = None
        attr = _known_speaker(attr or Attribution(), roles)
        found.append(attr)
        previous = (quote, attr)
        if attr.speaker and attr.role in ("inspectors", "council"):
            roles.update(dict.fromkeys(_surnames(attr.speaker), attr.role))
        earlier.heard(attr, cue)
        if para is not None and quote.start - 1 <= para.start:
            last_para = _sentence_at(sents, starts, quote.end - 1)
            quote_para_attr[last_para.paragraph if last_para else para.index] = attr
        elif sent is not None and _speaks_for_self(attr) and _closes_paragraph(sents, starts, sent):
            speaking[sent.paragraph] = attr
    return found


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


def _opens_paragraph(sents: Sequence[Sentence], starts: Sequence[int], sent: Sentence) -> bool:
    """True when ``sent`` is the first sentence of its paragraph."""
    i = bisect_right(starts, sent.start) - 1
    return i == 0 or sents[i - 1].paragraph != sent.paragraph


def _closes_paragraph(sents: Sequence[Sentence], starts: Sequence[int], sent: Sentence) -> bool:
    """True when ``sent`` is the last sentence of its paragraph."""
    i = bisect_right(starts, sent.start)
    return i == len(sents) or sents[i].paragraph != sent.paragraph


def _speaks_for_self(attr: Attribution) -> bool:
    """True when a quotation's speaker is a person speaking for themselves (an official, a
    parent): a paragraph of quotation after the one they close goes on with their words
    ("Jo Park said staff had been “tested”." then "“Our teams kept visiting …”"), as a
    reader reads it; their words are their own, so no flag rests on it."""
    return attr.role in OWN_WORDS_ROLES and bool(attr.speaker) and _a_person(attr.speaker or "")


def _stands_for(pronoun: str | None, cue: _Cue) -> bool:
    """True when ``pronoun`` can stand for the speaker the sentence before names: 'he' or
    'she' only for a person ('Inspectors noted …. He said: “…”' is someone else, as
    ``_Earlier.meant`` reads them), any other pronoun for anyone."""
    word = pronoun.split()[0].lower() if pronoun and pronoun.strip() else ""
    return word not in ("he", "she") or (cue.speaker is not None and _a_person(cue.speaker))


def _not_the_reports(text: str, quote: QuoteMatch, attr: Attribution) -> bool:
    """True when a speaker carried over from the quotation before, or guessed from the
    sentence before's subject, is Ofsted or its report, but the quotation speaks in the
    first person ("We are pleased ...", "our staff"): a report never does, so the words
    are someone else's, their speaker unnamed (an official's quotation placed after the
    inspectors', named only further on)."""
    return attr.role == "inspectors" and bool(FIRST_PERSON.search(_words(text, quote)))


def _words(text: str, quote: QuoteMatch) -> str:
    """A quotation's words, its paragraphs joined by a space."""
    return " ".join(text[s:e] for s, e in quote.pieces)


def _nesting(earlier: Sequence[QuoteMatch], quote: QuoteMatch) -> tuple[int, int] | None:
    """The piece of an earlier quotation that ``quote`` is nested in, if any."""
    for before in reversed(earlier):
        for start, end in before.pieces:
            if start <= quote.start and quote.end <= end and (start, end) != quote.pieces[0]:
                return start, end
    return None


def _nested_attribution(text: str, outer: tuple[int, int], quote: QuoteMatch) -> Attribution:
    """A quotation nested in a speaker's own, which the speaker gives to Ofsted or its
    report (the scanner keeps no other): the last name for them before it, in the
    speaker's words ("I am pleased that inspectors recognised our ‘…’")."""
    lead = text[outer[0] : quote.start]
    named = list(_INSPECTORS_NP.finditer(lead))
    if not named:
        return Attribution(role="inspectors")
    start, end = outer[0] + named[-1].start(), outer[0] + named[-1].end()
    return Attribution(speaker=text[start:end], role="inspectors", start=start, end=end)


def _ends_before(
    sents: Sequence[Sentence], starts: Sequence[int], sent: Sentence, quote: QuoteMatch
) -> bool:
    """True when ``quote`` ended in the sentence just before ``sent``, in its paragraph."""
    i = bisect_right(starts, sent.start) - 1
    if i <= 0 or sents[i - 1].paragraph != sent.paragraph:
        return False
    return sents[i - 1].start <= quote.end <= sents[i - 1].end + 1


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


_NAME_WORD = re.compile(r"[\w’'-]+")


def surname(speaker: str) -> str:
    """A speaker's last word before any title after a comma, by which a release names
    them again ("Mr Reed" after "Matt Reed, lead inspector")."""
    words = _NAME_WORD.findall(speaker.split(",")[0])
    return words[-1] if words else ""


def _surnames(speaker: str) -> set[str]:
    """The surnames a release may name a speaker by again: ``surname``'s, and a person's
    named in apposition after their title ("The director of children's services, Chris
    Malden": 'Mr Malden')."""
    parts = [part for part in speaker.split(",")[1:] if names_person(f" {part.strip()}")]
    return {surname(speaker), *(surname(part) for part in parts)}


def _known_speaker(attr: Attribution, roles: dict[str, str]) -> Attribution:
    """'Mr Reed' after 'lead inspector Matt Reed': the role the full name was given."""
    if attr.speaker and attr.role == "other" and surname(attr.speaker) in roles:
        return attr.model_copy(update={"role": roles[surname(attr.speaker)]})
    return attr


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


def _opening_subject(words: str, offset: int) -> _Cue | None:
    """Ofsted, its report or the council opening a sentence as its subject, or councillors
    ("Councillors discussed the findings. They said …": theirs, not the last speaker's)."""
    families = ((INSPECTORS_SUBJECT, "inspectors"), (COUNCIL_SUBJECT, "council"))
    for subject, role in (*families, (_COUNCILLORS_SUBJECT, "council")):
        if m := subject.match(words):
            named = m.group().strip()
            start = offset + words.find(named)
            return _Cue(named, role, start, start + len(named))
    return None


_COUNCILLORS_SUBJECT = re.compile(
    r"^(?:(?:the|our|local|senior|opposition|ward|cabinet)\s+){0,2}"
    r"(?:councillors|council members|cabinet members|elected members)\b",
    re.I,
)
"""Councillors opening a sentence as its subject: the council's own people."""


def _opens_sentence(masked: str, sent: Sentence, quote: QuoteMatch) -> bool:
    """True when the quotation is the sentence: nothing but marks before it."""
    return not masked[sent.start : quote.start].strip(" \t\n" + MARKS)


def _sentence_at(sents: Sequence[Sentence], starts: Sequence[int], offset: int) -> Sentence | None:
    """The sentence holding ``offset`` (or ending just before it, at a closing mark)."""
    i = bisect_right(starts, offset) - 1
    return sents[i] if i >= 0 and offset < sents[i].end + 1 else None


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


def _cue_before(lead: str, offset: int, passive: bool = True) -> _Cue | None:
    """The speaker of the last reporting verb before the quote that has one.

    A verb whose 'subject' is a prepositional phrase ("with the leadership teams
    continued") is an ordinary verb, so the verb before it is tried instead. A passive
    ("were described as") gives its agent, or the inspectors, unless ``passive`` is False.
    """
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
        if not subject or _NOT_A_SUBJECT.match(subject) or _PARTICIPLE_OPENING.match(subject):
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
    teller = _cue_before(lead[: verb.start()], offset, passive=False)
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


def _subject_clause(lead: str) -> str:
    """The clause of ``lead`` (the words before a reporting verb) its subject stands in:
    asides in parentheses left out, after the last closing quote mark, the last clause
    without its conjunction, or with the clause before when it is a relative one
    ("Inspectors met Cllr Lee, who")."""
    head = _CLOSING_MARK.split(_ASIDE.sub(_blank, lead))[-1]
    return without_conjunction(head[clause_start(head, len(head), Break.JOIN) :])


_ASIDE = re.compile(r"\([^()]*\)")
"""Words in parentheses, a quotation in them too ("The report (which runs to 70 pages)
says", "described the response (“…”) and said"): an aside, never the subject of the verb
after it."""


def _blank(m: re.Match[str]) -> str:
    """The matched words as spaces, so offsets into the words around them hold."""
    return " " * len(m.group())


_TRAILING_ADVERB = re.compile(
    r"\s+(?:also|then|later|further|particularly|have|has|had|did|does|do)$"
)
"""An adverb or auxiliary ending a subject region ("The inspectors also"), not the subject's."""


_PARTICIPLE_ASIDE = re.compile(
    r",\s+(?:[a-z]+ed|written|done|made|seen|given|taken|drawn|shown|known)\b[^,]*,?\s*$"
)
"""A participle phrase set off by commas after a subject ("The council’s self-assessment,
written before the inspection, had described"): about the subject, never the speaker."""


def _subject(region: str) -> str:
    """The subject of the verb ``region`` ends before: its opening phrases, a participle
    aside, trailing adverbs and conjunction dropped, a relative 'who' read as its
    antecedent, a relative clause's own subject taken ("…, in what the mayor called"),
    not one set off by commas: "Jo Smith, of a charity, which gave evidence to
    inspectors, said" is Jo Smith speaking ('which' is the clause's subject)."""
    aside = region.rstrip().endswith(",")
    region = _PARTICIPLE_ASIDE.sub("", _TRAILING_ADVERB.sub("", region.rstrip())) or region
    subject = OPENING_ADVERBIAL.sub("", region).strip(" ,;:\t—–-")
    subject = _IN_THE_REPORT.sub("", subject)
    subject = _TRAILING_ADVERB.sub("", subject)
    subject = _CONJUNCTION.sub("", subject)  # "… but warned": the subject went before
    relative = _RELATIVE_SUBJECT.search(subject)
    if relative and not aside and _own_subject(relative.group("subject")):
        return relative.group("subject")
    return _antecedent(subject)


_IN_THE_REPORT = re.compile(
    rf"^(?:in|within)\s+(?:its|their|the|this|his|her)\s+(?:[\w’'-]+\s+){{0,2}}?"
    rf"(?:{INSPECTION_DOCUMENTS})\s+(?=(?:he|she|they|it|the\s+(?:{OFSTED_NOUNS})|{OFSTED_NAMES})\b)",
    re.I,
)
"""The report or inspection named as where the words stand, before the subject with no
comma ("In their report they said: “…”", "In its report the watchdog said"): not the
subject (was read as one, a prepositional phrase, so the quotation had no speaker)."""


def _own_subject(words: str) -> bool:
    """True when a relative clause's words before its verb are a speaker of their own (a
    pronoun too: "…, which it said needs a “…”" is the report speaking, not the noun the
    clause is about): no verb of saying among them, the clause not closed by a comma."""
    return (
        not REPORTING_VERB.search(words)
        and not words.rstrip().endswith(",")
        and (role_of(words) != "unattributed" or bool(_PRONOUN.match(words.strip())))
    )


def _antecedent(subject: str) -> str:
    """For a relative subject ("Inspectors met Cllr Lee, who"), the name it stands for,
    when the name is the object of the words before it, not in apposition ("The lead
    inspector, Jo Park, who" stays whole), or the people it stands for after a verb or
    preposition ("Inspectors spoke to young people, who"); else ``subject``."""
    who = _WHO_NAMED.search(subject)
    if who is None:
        return subject
    name = _NAMED_AT_END.search(who.group("np"))
    if name is None:
        objects = _OBJECT_AT_END.search(who.group("np"))  # "spoke to young people, who"
        return objects.group("np").strip() if objects else subject
    if who.group("np")[: name.start()].rstrip().endswith(","):
        return subject
    return name.group().strip()


def _subject_cue(lead: str, offset: int, subject: str) -> _Cue:
    """A cue for ``subject`` as found in ``lead``; an inspectors' subject is cut to its
    noun phrase ("In their report inspectors" -> "inspectors") unless it names the
    inspector ("lead inspector Matt Reed", named again later as "Mr Reed")."""
    role = role_of(subject)
    if (
        role == "inspectors"
        and _INSPECTORS_NP.search(subject)
        and not names_person(f" {subject}")
        and not OFSTED_OFFICIAL.search(subject)
    ):
        subject = _INSPECTORS_NP.findall(subject)[-1]
    start = offset + lead.rfind(subject) if subject in lead else None
    end = start + len(subject) if start is not None else None
    return _Cue(subject, role, start, end)


_PRAISED_AS = re.compile(
    r"(?:praised|commended|hailed|singled out|criticised|criticized)"
    r"(?=\s+(?:as|for|after|in)\b|\W*$)",
    re.I,
)
"""A headline's passive with its 'be' left out after the quotation and a bare noun
("‘Skilful’ practitioners praised as Ofsted rates …"): judged by the inspectors, as the
same passive before a quotation is (``_headline_passive``); an agent after 'by' speaks."""


def _cue_after(trail: str, offset: int) -> _Cue | None:
    """A speaker after the closing mark: '…,” said X', '…,” the report states', a
    headline's source after a dash or a colon ('Services ‘improving’ – Ofsted',
    'Services ‘improving’: Ofsted'), or its passive ('‘Skilful’ staff praised as …')."""
    bare = _COLON_SOURCE.match(trail)
    if bare is not None and not REPORTING_VERB.search(bare.group("source")):
        return _Cue.named(bare.group("source"), offset + bare.start("source"))
    m = _AFTER.match(trail)
    if not m and (dash := _DASH_SOURCE.match(trail)):
        return _Cue.named(dash.group("source").strip(), offset + dash.start("source"))
    if not m:
        return None
    group = "after_verb" if m.group("after_verb") else "before_verb"
    speaker = re.split(_WHEN_SAID, m.group(group), maxsplit=1, flags=re.I)[0].strip().rstrip(" ,")
    if group == "before_verb" and _NOT_A_SUBJECT.match(speaker):
        return None  # "a “tenacious approach” to missing children but say ...": no speaker
    verb = _WORD_AFTER.match(trail, m.end("before_verb")) if group == "before_verb" else None
    if verb and RATING_VERB.fullmatch(verb.group(1)) and role_of(speaker) != "inspectors":
        return None  # "‘Exemplary’ staff planning as Dunmere services rated good"
    if verb and role_of(speaker) == "unattributed" and _PRAISED_AS.match(trail, verb.start(1)):
        return _Cue(None, "inspectors")  # "‘Skilful’ practitioners praised as Ofsted rates …"
    if _PRONOUN.match(speaker):
        return _Cue.pronoun(speaker, offset + m.start(group))
    return _Cue(
        speaker, role_of(speaker), offset + m.start(group), offset + m.start(group) + len(speaker)
    )


def _to_attribution(cue: _Cue, earlier: _Earlier) -> Attribution | None:
    """The cue as an attribution; a pronoun stands for an earlier speaker (``_Earlier``)."""
    if cue.role == "pronoun":
        meant = earlier.meant(cue.speaker or "")
        if meant is None:
            return None
        said = None if cue.start is None else Span(start=cue.start, end=cue.end, text=cue.speaker)
        return meant.model_copy(update={"pronoun": said})
    teller = _teller(cue.teller, earlier)
    return Attribution(
        speaker=cue.speaker, role=cue.role, start=cue.start, end=cue.end, teller=teller
    )


def _teller(told_by: str | None, earlier: _Earlier) -> str | None:
    """The person who tells a source's words ("Cllr Lee said inspectors found “…”": Cllr
    Lee; "She said inspectors found": the person 'she' stands for, or 'She' as written when
    no name is known: a person all the same), as written; None for no person (a body or an
    Ofsted official telling is no one's fallible memory)."""
    if not told_by:
        return None
    if _PRONOUN.match(told_by):
        meant = earlier.meant(told_by)
        if meant is not None and meant.speaker:
            told_by = meant.speaker
        elif told_by.split()[0].lower() in ("he", "she"):
            return told_by
        else:
            return None
    if not told_by or not _a_person(told_by) or role_of(told_by) == "inspectors":
        return None
    return told_by


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
        cue = _cue_before(prev_text.rstrip(" :"), prev.start)
        if cue is None and mentions_inspectors(prev_text):
            cue = _Cue(None, "inspectors")
        if cue is not None:
            return _to_attribution(cue, earlier)
    return _heading_source(prev_text, prev.start) if _is_heading(prev_text) else None


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


def mask_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with the quoted words blanked (same length, so offsets hold), so that
    a verb or grade inside a quotation is never read as the release's own."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
