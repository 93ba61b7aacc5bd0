"""Who speaks in a release: speakers' roles, and Ofsted, its inspectors or their report
as a source.

Extraction attributes quotes with these words and the checkers and the evaluation read
the roles back, so they live here rather than in ``verify.extract``.
"""

from __future__ import annotations

import re

from verify.types import Attribution, Role
from verify.words.councils import COUNCIL_WORD, name_opening
from verify.words.grades import GRADE, GRADING_VERBS
from verify.words.numbers import MONTH, NUMBER

# Who a speaker is: the first family that matches decides the role.
_COUNCIL_TITLE = re.compile(
    r"\b(?:cllr\.?|councillor|mayor|cabinet member|lead member|portfolio holder|"
    r"director|chief executive|leader|executive member|"
    r"(?:opposition|party|group|political) leaders|"
    r"leaders of the (?:\w+ )?(?:opposition|group|party)|"
    r"head of|spokes(?:wo)?man|spokesperson)\b",
    re.I,
)
OFSTED_NAMES = r"ofsted|inspectors?|hmi"
"""Ofsted and its inspectors by name: a subject with no determiner ("Inspectors found")."""
OFSTED_NOUNS = r"inspectorate|regulator|watchdog"
"""Ofsted by a common noun, a subject after a determiner ("the watchdog")."""
INSPECTION_DOCUMENTS = r"report|inspection|visit"
"""The inspection (or visit) and its report, speaking for the inspectors ("the report
found", "the visit identified")."""
INSPECTORS_NAMED = re.compile(
    rf"\b(?:{OFSTED_NAMES}|(?:{OFSTED_NOUNS})(?!\s+for\s+(?!children|schools|education)\w)"
    r"|her majesty|his majesty)\b(?![-‐]\w)"
    r"(?!\s+(?:improvement|action)\s+(?:board|plan|panel|group)\b)",
    re.I,
)
"""Ofsted or its inspectors named (not their report), not the council's own body or plan
named after them ("Jane Smith, chair of the Ofsted improvement board, said"), not a word
made with them ("the Ofsted-registered charity"), not another body's watchdog ("the
watchdog for social workers")."""
_INSPECTION_DOCS = re.compile(
    rf"\b(?:{INSPECTION_DOCUMENTS}|(?:focused |monitoring )visit|the letter)\b", re.I
)
INSPECTORS_SOURCE = rf"(?:{INSPECTORS_NAMED.pattern}|{_INSPECTION_DOCS.pattern})"
"""Ofsted, its inspectors or their report/visit as the source of a finding."""
_COUNCIL = re.compile(rf"\b(?:{COUNCIL_WORD}|we|our)\b", re.I)

SAYING_VERBS = (
    r"said|says|say|added|adds|add|stated|states|state|commented|comments|told|tells|explained|"
    r"explains|wrote|writes|believes?|admitted|insist(?:s|ed)?|claimed|argued|argues|"
    r"tweeted|asked|"
    r"sp(?:oke|eaks)(?: highly)? (?:of|about)|talk(?:ed|s) (?:of|about)"
)
"""Verbs of saying, as a speaker's frame ("X said ...", "…,” X added", "Inspectors spoke
of “…”"): anyone says."""
EMPHATIC_VERBS = (
    r"(?:did|does|do)\s+(?:also\s+)?(?:point\s+out|note|raise|ask\s+for|warn|observe|"
    r"criticise|criticize|comment\s+on|flag|question)"
)
"""A reporting verb after an emphatic 'did' ('Inspectors did point out that ...', 'they did
ask for improvements in ...'): the verb that tells the finding, in its base form, which
the past-tense lists miss (read as what inspectors did, an inspection fact, it hid the
finding from its check)."""
JUDGING_VERBS = (
    r"found|finds|find|praised|praises|described|describes|reported|reports|highlighted|"
    r"highlights|deemed|deems|urged|labelling|labelled|labeling|labeled|calling|called|"
    r"recognised|recognized|recognises|recognizes|concluded|concludes|observed|observes|"
    r"acknowledged|acknowledges|judges|seen|regarded|considered|identified|"
    r"identifies|commended|commends|credited|credits|cites|cited|warned|declared|welcomed|"
    r"welcomes|listed|lists|raised|raises|criticised|criticises|criticized|warns|singled out|"
    r"made clear|makes clear|is clear|was clear|saw|sees|rate|rates|noted|notes|pointed out|"
    rf"points out|confirmed|confirms|{EMPHATIC_VERBS}|{GRADING_VERBS}"
)
"""Verbs that give an inspection's judgement ("inspectors found", "the report is clear")."""
JUDGING_PARTICIPLES = (
    r"singling out|praising|highlighting|commending|criticising|criticizing|citing|noting|"
    r"recognising|recognizing|identifying"
)
"""Participles of the verbs giving an inspection's judgement ('..., singling out its virtual
school'): a finding told in passing, after the words it follows."""
PRAISING_VERBS = (
    r"praised|praises|recognised|recognises|recognized|recognizes|commended|commends|"
    r"highlighted|highlights|credited|credits|criticised|criticises|criticized|criticizes|"
    r"identified|identifies"
)
"""Finite verbs that judge a thing named as their object ('Ofsted recognises strong support
for care leavers'): the object, in the release's own words, is what the report judged."""
TOLD_PASSIVE = re.compile(r"^(?:warned|told|advised|reminded|informed|assured)$", re.I)
"""Verbs whose passive has the one told as its subject ("the council had been warned
that …"): what follows is the teller's account of what they were told, in their words, not
the words of someone who judged (as 'was described as' is the inspectors')."""
RATING_VERB = re.compile(r"\b(?:rate|rates|rated|graded)\b", re.I)
"""Verbs that give a grade, not words: their subject speaks a quotation only when it is
Ofsted ("services rated good" names no speaker)."""
FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|I|[Mm]y)\b")
"""A speaker's own first person: never the report's, which speaks of the council and its
staff in the third person."""
REPORTING_VERBS = rf"{SAYING_VERBS}|{JUDGING_VERBS}|continued|continues|(?:went|goes) on(?!\s+to\b)"
"""Every verb that introduces reported words ('…,” he continued', 'He went on: “…”'): the
one list extraction and checks use. 'Continued' is not a frame on its own ("Leaders
continued to ..."), nor 'went on to'."""
REPORTING_VERB = re.compile(rf"\b(?:{REPORTING_VERBS})\b", re.I)
ENDING_VERBS = rf"{REPORTING_VERBS}|reads"
"""The verbs naming a speaker after a quotation at a sentence's end: the reporting verbs
and a document's 'reads', in either order ('…,” the report reads.', '…,” reads the
report.'). Before a quotation 'reads' is left to
the reading of its subject ('Dunmere’s report reads “…”' is that report's words)."""
POSTING_VERBS = r"posted|posts|shared|shares|admits|admit|concedes|conceded"
"""Verbs putting words on social media ('The leader posted on X: “…”', 'shared on
Facebook') or conceding them ('It also admits a problem: “…”'): a speaker's frame for a
quotation, read by attribution only (not by clause or finding readers, to whom
'posted' and 'shared' are ordinary verbs)."""
WANTING = re.compile(r"\b(?:wants|wanted)\b", re.I)
"""A verb asking for something ('Among the things Ofsted wants improved is “…”'): the
words after it are the asker's only when the asker is Ofsted or its report, whose list of
what must improve they quote; anyone else wanting something says nothing quoted."""
AGREEING_VERBS = (
    r"agreed|agrees|responded|responds|replied|replies|echoed|echoes|concurred|concurs|"
    r"reflected|reflects|summed\s+up|went\s+further"
)
"""Verbs that frame a quotation only right before a colon ('The company's chair, Andrew
Fraser, agreed: “…”', 'Mr Ashby replied: “…”'): elsewhere ordinary verbs ('the plan was
agreed', 'agreed to meet'), so never among the reporting verbs every reader shares."""
QUOTING_VERB = re.compile(rf"\b(?:{REPORTING_VERBS}|{POSTING_VERBS}|wants|wanted)\b", re.I)
"""Every verb attribution reads as framing a quotation: the reporting verbs, the posting
verbs and the wanting ones (``WANTING``, Ofsted's only)."""
FINDING_VERBS = (
    r"found|finds?|praised?|praises|noted|notes|highlight\w*|identif\w*|raised|wants?|wanting|"
    r"recognis\w*|recogniz\w*|acknowledg\w*|impressed|said|says|added|adds|states?|stated|"
    r"concluded|concludes|judged|describ\w*|"
    rf"reported|gives|cites|commended|criticis\w*|{EMPHATIC_VERBS}"
)
"""Verbs that, with Ofsted, its inspectors or their report as the subject, state what the
inspection found ("the report highlights", "inspectors were impressed", "Ofsted wants"):
narrower than ``REPORTING_VERBS``, whose 'welcomed', 'rated', 'called' or 'reports' (a noun
as often) beside 'Ofsted' make no finding ("Ofsted rating welcomed")."""
FRAMING = re.compile(
    rf"\b(?:{OFSTED_NAMES}|{OFSTED_NOUNS}|{REPORTING_VERBS}|{FINDING_VERBS}|finding)\b", re.I
)
"""The words that frame a finding as Ofsted's ('inspectors finding', 'the watchdog
recognised'): who said it and the saying, none of what was said. Left out word by word
wherever they stand, to count the words a clause says of its own; ``FRAMING_PHRASE`` cuts
the framing phrase off a finding's edges instead, to rank what is left."""
LINKING_OPENERS = r"but|and|however|meanwhile|also"
"""Words opening a sentence that link it to the one before ('However, inspectors said'),
not part of its speaker or what it says: inside another pattern."""
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
city's diverse young population') frame it too. 'The
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
    r"(?:visited|met(?:\s+with)?|spoke\s+(?:to|with)|observed|looked\s+at|went\s+to)\s+"
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


FINDING_NOUNS = r"concerns?|strengths?|weakness\w*|areas? for (?:improvement|development)|praise"
"""Nouns that name what an inspection found ("Ofsted's concerns", "areas for improvement
in the report"): with Ofsted or its report as the source, a finding as a verb makes one."""
BE_DONE = r"is|are|was|were|been|being"
"""The forms of 'be' of a passive that tells what was done ('were praised', 'has been
judged'), not the infinitive of an aim ('to be rated outstanding')."""
BE = rf"{BE_DONE}|be"
"""Every form of 'be' a passive is made with ('is also described as', 'will be said')."""
JUDGED_PASSIVE = re.compile(rf"\b(?:{BE_DONE})\s+(?:\w+ly\s+|also\s+)?(?:{JUDGING_VERBS})\b", re.I)
"""A judgement in the passive ("was found to have improved", "were praised"): in a
release about an inspection, the inspectors' (as a passive quotation's speaker is)."""

_SAYS_FRAME = re.compile(
    rf"^(?P<who>[^.;:!?\"“‘]{{2,120}}?)(?<!\bof)\s+(?:{SAYING_VERBS})\b",
    re.I,
)
"""'<speaker> said ...'; a saying verb after 'of' is a noun ('the Secretary of State')."""
_SAID_OF = re.compile(rf"\b(?:{BE})(?:\s+(?:also|\w+ly))?$", re.I)
_OPENER = re.compile(rf"^(?:{LINKING_OPENERS})\W+", re.I)


_BEFORE_SAYING = re.compile(
    r"(?:\s+(?:also|then|later|further|too|again|(?:went|goes|go) on to|(?:was|is) keen to))+$",
    re.I,
)
"""Words between a speaker and their saying verb ('She also said', 'He went on to say'):
not the speaker's name, so 'She' is still the person last named carrying on (lane
extract18: 'She went on to say that ...' was no claim at all)."""
_ASIDE_PRONOUN = re.compile(r"he|she|they|we|I", re.I)


def set_off(before: str, after: str) -> str:
    """The speaker of a verb of saying set off by commas inside another clause ('The report,
    he said, was “fair”', 'The report, the council said, “shows how far we have come”'): the
    person or council after the last comma of ``before`` (the words before
    the verb; ``after``: the words after it), not the clause's subject the words are said
    of; ``before`` when the verb is not set off or no person stands there ('The report,
    which was published today, said, ...')."""
    head, _, aside = before.rstrip().rpartition(",")
    if not after.startswith(",") or not head.strip():
        return before
    teller = aside.strip()
    person = _ASIDE_PRONOUN.fullmatch(teller) or is_person(teller) or role_of(teller) == "council"
    return aside if person else before


def said_aside(sentence: str) -> bool:
    """True when the sentence's verb of saying is set off by commas inside its clause ('The
    report, he said, was “fair”'): its subject is what the words are said of, not who
    says them."""
    m = _SAYS_FRAME.match(sentence.strip())
    return m is not None and set_off(m.group("who"), sentence.strip()[m.end() :]) != m.group("who")


def _person_in_apposition(who: str) -> bool:
    """True when a person stands in one of the comma-set parts of the words before a verb
    of saying: the first ('Cllr Chris Best, cabinet member for children,') or a name after
    a title ('The children's services union rep, Unison's Karen Pike,'), not a clause
    whose source comes after the verb ('Services are improving, says Ofsted')."""
    return any(is_person(part) for part in who.split(",") if part.strip())


def framed_speaker(sentence: str) -> str | None:
    """The speaker of a sentence opening '<speaker> said ...', as written ("Deputy mayor
    Sarah Russell", "Cllr Chris Best, cabinet member for children," with its title in
    apposition), without the words between it and the verb ('also', 'went on to':
    ``_BEFORE_SAYING``), or None; "leaders were said to ..." has none."""
    m = _SAYS_FRAME.match(sentence.strip())
    if not m:
        return None
    if (aside := set_off(m.group("who"), sentence.strip()[m.end() :])) != m.group("who"):
        return aside.strip()
    if m.group("who").rstrip().endswith(",") and not _person_in_apposition(m.group("who")):
        return None  # "Services are improving, says Ofsted": the source comes last
    who = _OPENER.sub("", after_own_clause(m.group("who")).strip(" ,"))
    return None if _SAID_OF.search(who) else subject_of_both(_BEFORE_SAYING.sub("", who))


_SECOND_PREDICATE = re.compile(r"\s+(?:and|but)$", re.I)
"""'<subject> <predicate> and' before a verb of saying: 'says' is a second predicate of
the subject, with none of its own."""
_FIRST_VERB = re.compile(
    rf"\s+(?:(?-i:also|now|[a-z]+ly)\s+)?(?:{BE_DONE}|has|have|had|will|would|(?-i:[a-z]+ed))\b",
    re.I,
)
"""The first predicate's verb: a past in lower case ('welcomed', never the name 'Ahmed' or
'Fred' in 'Cllr Ahmed Khan welcomed the report and said ...'), after an adverb at most."""


def subject_of_both(who: str) -> str:
    """The speaker of '<subject> <predicate> and says ...': the subject both predicates
    share, the words before the first one's verb ('Nottingham City Council has accepted the
    findings of an Ofsted inspection ... and says work is under way' is the council's, where
    the words before 'says', naming Ofsted, were read as the inspectors'); ``who`` when it
    is no such pair or no verb is read in it."""
    if not _SECOND_PREDICATE.search(who):
        return who
    verb = _FIRST_VERB.search(who)
    return who[: verb.start()].strip(" ,") if verb and verb.start() > 0 else who


_JOINED_CLAUSE = re.compile(r",\s+(?:and|but)\s+(?=\S)", re.I)
_STATES = re.compile(rf"\b(?:{BE_DONE}|has|have|had)\b", re.I)


def after_own_clause(who: str) -> str:
    """The speaker of '<clause>, and <speaker> said ...': the words after the last ', and'
    or ', but' when the words before it state something of their own (a form of 'be' or
    'have': 'The virtual school was described as highly ambitious, with staff who champion
    children in care, and the report said ...' was given to a speaker named by that whole
    clause, and both findings left as opinion); else ``who`` ('Cllr Ann Lee, cabinet
    member for children, and the director said' names two)."""
    joins = list(_JOINED_CLAUSE.finditer(who))
    if not joins or not _STATES.search(who[: joins[-1].start()]):
        return who
    return who[joins[-1].end() :]


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

COUNCIL_SUBJECT = re.compile(
    r"^(?!(?:although|though|while|whilst|as|when|if|because|since|despite|after|before)\b)"
    rf"(?:\S+\s+){{0,5}}?{COUNCIL_WORD}\b(?![’']s|\s+said|\s+says)",
    re.I,
)
"""Words opening with the council as the subject ("The leadership of X Council has ..."),
not of a clause before it ("Although the council has ..., they ...")."""


_AREA_SUBJECT = re.compile(r"^(?:the\s+)?(?:borough|county|city|district)\b(?![’']s)\s+\w", re.I)
"""The council's area as a sentence's subject ("The borough employs ...", "The county opened
..."), not its people or services ("The borough's social workers ...")."""


def council_as_subject(words: str) -> bool:
    """True when ``words`` open with the council, or its area, as their subject: the
    release telling the council's own doings, figures or plans in its own voice."""
    return bool(COUNCIL_SUBJECT.match(words) or _AREA_SUBJECT.match(words))


_NAMED_SUBJECT_VERB = re.compile(r"\s+(?:now\s+|also\s+|still\s+)?[a-z]+\b(?<!\band)")
"""What follows a council's name opening a sentence when the name is its subject: a verb
or an adverb before one ('Barnet employs', 'Medway now has'), not a possessive, a list
('Barnet and Enfield') or a name going on ('Barnet Council')."""


_COUNCILS_OWN_SUBJECT = re.compile(
    r"^\s*(?:(?:the\s+)?(?:council|authority)[’']s\s+(?:[\w’'-]+\s+){1,6}?"
    r"(?:is|are|was|were|will|has|have|had)\b|(?:we|our)\s)",
    re.I,
)
"""The council's own body or plan as the subject ('The council's cabinet will discuss the
report', 'The council's next monitoring visit is expected'), or the council speaking as
'we' in its own release ('We have already drawn up an action plan', 'Our social workers
have manageable caseloads')."""


_TRUST_SUBJECT = re.compile(
    r"^\s*(?:(?i:the\s+)(?i:(?:children[’']s\s+)?trust|company|social\s+enterprise)"
    r"|(?:[A-Z][\w’'-]*\s+){1,4}?(?:for\s+Children|Children\s+First|Children[’']s\s+Trust))"
    r"(?:\s*,[^,;:.“”\"]{2,120},)?\s+(?:now\s+|also\s+|already\s+|still\s+)?"
    r"(?!and\b|of\b)[a-z]+\b"
)
"""The trust or company running the council's children's services as the subject, by
what it is or by its name, a description in apposition or not ('The trust has opened two
homes', 'The company has been given three months', 'Achieving for Children runs
children's services', 'Achieving for Children, the social enterprise that runs ..., was
set up in 2014'): the council's own arm telling its own doings, as the council's are."""


_PLAN_AHEAD = re.compile(
    r"^\s*(?:[\w’'-]+\s+){1,10}?(?:will|(?:is|are)\s+due\s+to)\s+(?:now\s+|also\s+|then\s+)?"
    r"(?:be\s+)?[a-z]+\b",
    re.I,
)
"""A first clause telling what is yet to happen, in no one's voice ('An improvement plan
will be agreed with the Department for Education', 'Every child in care will be offered a
leisure pass', 'The annual Youth Takeover Day will see ...'): the council's plan told in
the passive or through its plan or event, which the conventions leave not_checkable, as
its plans with itself as the subject are."""


def plans_ahead(words: str) -> bool:
    """True when ``words`` open with a clause about what is yet to happen (``_PLAN_AHEAD``)
    and name no inspector or report ('Ofsted will return' is the inspectors'): a plan. Whose
    plan, the council's for its children or the release's local news ('The seafront
    illuminations will be switched on', stress_speed20), extraction asks of the domain's
    words (``extract.claims.kind._councils_own``)."""
    return bool(_PLAN_AHEAD.match(words)) and not mentions_inspectors(words)


COUNCIL_STAFF = re.compile(
    r"^(?:the\s+|its\s+|our\s+)?(?:(?:senior|service|political|strategic)\s+)?"
    r"(?:leaders|leadership(?:\s+team)?|managers|bosses|officials)$",
    re.I,
)
"""The council's own people by what they are, with no council named ('Leaders', 'Senior
leaders', 'Bosses'): as the speakers of a sentence ('Leaders believe the improvements will
be sustained'), the council's officials, whose words the conventions leave not_checkable."""


def council_opens_as_subject(words: str) -> bool:
    """True when ``words`` open with the council, its area, a council's name, the
    council's own body or plan, or the council's 'we' as their subject ('The council has
    opened two homes', 'The borough will host', 'Barnet employs about 250 social workers',
    'The council's cabinet will discuss', 'We have drawn up a plan'), or the trust running
    its services ('The trust has opened two homes', ``_TRUST_SUBJECT``)."""
    if council_as_subject(words) or _COUNCILS_OWN_SUBJECT.match(words):
        return True
    if _TRUST_SUBJECT.match(words):
        return True
    stripped = words.lstrip()
    end = name_opening(stripped)
    return end > 0 and bool(_NAMED_SUBJECT_VERB.match(stripped, end))


def in_council_voice(intro: str) -> bool:
    """True when an introduction's last clause has the council, or its first person, as
    its subject ("In response to the inspectors’ recommendations, the council will:", "Our
    next steps:"): what follows is the council's own, though Ofsted is named before."""
    last = intro.rsplit(",", 1)[-1].strip()
    return bool(COUNCIL_SUBJECT.match(last) or FIRST_PERSON.search(last))


STANCE = re.compile(
    r"\b(?:accepts?|accepted|assures?|assured|commit(?:s|ted)?|welcome[sd]?|apologi[sz]e[sd]?|"
    r"pledge[sd]?|vow(?:s|ed)?|promise[sd]?|determined|disappointed|pleased|proud|delighted)\b",
    re.I,
)
"""A speaker taking a position ("has accepted the findings", "is determined to")."""

GRADED_BY_THE_DOCUMENT = re.compile(
    rf"\b(?:{INSPECTION_DOCUMENTS}|findings)\b,?\s+(?:which|that)\s+(?:(?:has|have|had)\s+)?"
    r"(?:rated|judged|graded|found)\b",
    re.I,
)
"""A relative clause telling what the inspection or its report graded ('accepted the
findings of an Ofsted inspection which has rated its services inadequate', 'welcomed the
report, which judged ... good'): the release's own account of the report, beside a
speaker's stance on it."""

REACTION = re.compile(
    rf"{STANCE.pattern}|\b(?:thrilled|fantastic|brilliant|wonderful|amazing|incredible|"
    r"great\s+news|celebrat\w*|well[- ]deserved|testament|milestone|historic|(?:\w+\s+)?day)\b",
    re.I,
)
"""Words of someone's feeling about a result ('Proud day', 'Fantastic news', 'A
well-deserved result'): a speaker's reaction to a verdict, never the verdict's own words."""

_STANCE_FRAME = re.compile(
    r"^(?P<who>[^.;:!?\"“‘]{2,120}?),?\s+(?:welcomed|called|described|criticised|criticized|"
    r"urged|warned|hailed|branded|condemned|praised|accepted)\b(?!\s+(?:by|as|for)\b)"
    rf"(?!\s+['‘\"“]?(?:{GRADE}|adequate)['’\"”]?\s*(?:$|[,.;:!?–—-]|again\b|by\b))",
    re.I,
)
"""'<speaker> welcomed / called / criticised ...': a speaker's stance taken in the active
voice (never 'praised by', 'described as', a passive, nor a headline's participle with a
grade and nothing after it, 'Medway's services for children in care branded inadequate':
ratings22, the services were the speaker and the rating an opinion)."""


def stance_speaker(sentence: str) -> str | None:
    """The speaker of a sentence opening with their stance ("Opposition leaders called the
    grade disappointing", "Council leaders welcomed the report", "Local MP Jane Hart
    welcomed the report, saying ..."): a council speaker, or a person or partner speaking
    for themselves; theirs, as a '<speaker> said' sentence is; None when the subject is
    neither (inspectors praising, a service 'called' something)."""
    m = _STANCE_FRAME.match(sentence.strip())
    if m is None:
        return None
    who = _OPENER.sub("", m.group("who").strip(" ,"))
    role = role_of(who)
    speaker = role == "council" or (role == "other" and speaks_for_themselves(who))
    return who if speaker and not _SAID_OF.search(who) else None


INSPECTORS_SUBJECT = re.compile(
    rf"^(?:\S+\s+){{0,4}}?(?:{OFSTED_NAMES}|(?:the|an|its|their|this|\w+[’']s) "
    rf"(?:{INSPECTION_DOCUMENTS}|{OFSTED_NOUNS}))\b",
    re.I,
)
"""Words opening with Ofsted, its inspectors or their report as the subject, in the
first few words ("In their report, inspectors ...", "The report ...", "Dunmere’s report")."""


# Not a speaker but a piece of the sentence read as one: a lone lower-case word
# ("nevertheless"), or words opening with a pronoun ("It goes on to", "This strategy").
_FRAGMENT = re.compile(r"^(?:[a-z]+|(?:this|that|these|those|it|there)\b.*)$", re.I | re.S)
_LOWER_WORD = re.compile(r"^[a-z]+$")


_RELATIVE = re.compile(r",?\s+(?:who|whose|whom|which)\b", re.I)
"""Where a relative clause about the speaker begins ("Cllr Lee, who welcomed Ofsted's
findings")."""
_MET_INSPECTORS = re.compile(
    rf"\b(?:to|with|by|met|meeting|meets)\s+(?:the\s+|an?\s+|ofsted[’']s\s+)?"
    rf"(?:{OFSTED_NAMES}|{OFSTED_NOUNS})\b",
    re.I,
)
"""Ofsted or its inspectors as whom a relative clause's person met or spoke to ("who spoke
to inspectors", "who met the inspectors", "who was interviewed by Ofsted"): someone the
inspection heard, not an inspector ("Jo Park, who led the team of inspectors", "who works
for Ofsted" are read whole)."""
_PARTICIPLE = re.compile(r",\s+(?-i:[a-z]{3,}(?:ing|ed))\b")
"""Where a participle phrase about the speaker begins ("The leader, responding to the
report,", "The director, appointed in 2020,")."""


def role_of(speaker: str) -> Role:
    """The role of a speaker as written: inspectors, council, other or unattributed.

    Ofsted's own words win over a title (an Ofsted director is an inspector), a
    council title over the report ("X, director, said the report ..."), and any
    other named person or body is ``other``. A speaker's own words decide before a
    relative clause about them: "Cllr Lee, who welcomed Ofsted's findings" and "the
    director, who met inspectors" are the council's; "Jo Park, who led the inspection"
    is read whole, but "Jane Smith, a care leaver, who met inspectors" is who her apposition
    says, and "One mother, who spoke to inspectors" someone they heard; a council title
    in apposition wins over Ofsted named as the work ("the chair of the Ofsted improvement
    board, Cllr Lee"); what a speaker is doing does not change who they are ("The leader,
    responding to the report,").
    """
    head = _RELATIVE.split(speaker, maxsplit=1)[0]
    if _council_in_apposition(head):
        return "council"
    if head != speaker and (role := _role_as_written(head)) in ("inspectors", "council"):
        return role
    if head != speaker and "," in head and _role_as_written(head) == "other":
        return "other"  # "Jane Smith, a care leaver who met the inspectors": said who she is
    if _MET_INSPECTORS.search(speaker, len(head)) and _role_as_written(head) == "other":
        return "other"  # "One mother, who spoke to inspectors": inspectors are who she met
    actor = _PARTICIPLE.split(head, maxsplit=1)[0]
    if actor != head and (role := _role_as_written(actor)) != "unattributed":
        return role
    return _role_as_written(speaker)


OWN_WORDS_ROLES: tuple[Role, ...] = ("council", "other")
"""Speakers whose words are their own, never the report's: an official's account of an
inspection is their opinion, and a quotation of theirs the report lacks is no misquote."""


def in_own_words(attribution: Attribution | None) -> bool:
    """True when a claim is attributed to a speaker in ``OWN_WORDS_ROLES``."""
    return attribution is not None and attribution.role in OWN_WORDS_ROLES


def _council_in_apposition(speaker: str) -> bool:
    """True when one of a speaker's comma-separated parts is a council title that does
    not name Ofsted ("The chair of the council's Ofsted improvement board, Cllr Marian
    James"), where another names Ofsted only as what the person works on."""
    parts = speaker.split(",")
    return len(parts) > 1 and any(
        _COUNCIL_TITLE.search(part) and not INSPECTORS_NAMED.search(part) for part in parts
    )


_OTHERS_DOCUMENT = re.compile(
    r"\breport\s+(?:to|for|before)\s+(?:the\s+)?(?:\w+[’']s\s+)?"
    r"(?:cabinet|council(?:lors)?|committee|members|board|scrutiny)\b"
    r"|\b(?:cabinet|annual|committee|budget|officers?[’']?|(?:council|commissioner)[’']s)\s+"
    r"(?:(?!inspection\b)\w+\s+)?report\b",
    re.I,
)
"""A report that is not Ofsted's ("a report to cabinet", "the commissioner's report",
"the council's annual report"): its words are no inspector's."""


FORMER_INSPECTOR = re.compile(
    rf"\b(?:former|ex|retired|one-time|onetime)[\s-]+(?:[\w’'-]+\s+){{0,2}}?"
    rf"(?:{OFSTED_NAMES}|{OFSTED_NOUNS}|chief inspector)\b",
    re.I,
)
"""Someone who once inspected ("a former Ofsted inspector, now a consultant to the
council", "ex-HMI"): they speak for themselves now, not for Ofsted or its report."""
OTHER_INSPECTORATE = re.compile(
    r"\b(?:inspectorate of (?:probation|prisons|constabulary)|hmi ?(?:probation|prisons)|"
    r"hmicfrs|care quality commission|cqc|social work england|estyn|care inspectorate)\b",
    re.I,
)
"""Another body that inspects or regulates ("HM Inspectorate of Probation", "the Care
Quality Commission"): its words are not Ofsted's."""


def _role_as_written(speaker: str) -> Role:
    """``role_of`` for a speaker read whole."""
    if FORMER_INSPECTOR.search(speaker) or OTHER_INSPECTORATE.search(speaker):
        return "other"
    if INSPECTORS_NAMED.search(speaker):
        return "inspectors"
    if _COUNCIL_TITLE.search(speaker):
        return "council"
    if _INSPECTION_DOCS.search(speaker) and not _OTHERS_DOCUMENT.search(speaker):
        return "inspectors"
    if _COUNCIL.search(speaker):
        return "council"
    words = speaker.strip()
    if re.match(r"it\s+\w+", words, re.I):
        return "inspectors"  # "It goes on to": the report, by the conventions
    fragment = _LOWER_WORD.match(words) or (_FRAGMENT.match(words) and " " in words)
    if re.search(r"[A-Za-z]{3}", words) and not fragment:
        return "other"
    return "unattributed"


OFSTED_OFFICIAL = re.compile(
    r"\b(?:(?:ofsted|watchdog|regulator|inspectorate)(?:[’']s)?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:director|chief|spokes\w*|head|chair|press)"
    r"|(?:director|spokes\w*|head|chair)\s+(?:[\w-]+\s+){0,3}?(?:for|from|at)\s+ofsted"
    r"|chief inspector)\b",
    re.I,
)
"""A person speaking for Ofsted ("Yvette Stanley, Ofsted's National Director", "an Ofsted
spokesperson", "a spokesperson for Ofsted", "the watchdog's chief inspector": the chief
inspector heads Ofsted, never a visit's team): their words are a statement to the press,
not the report's, though their role is the inspectors'."""


def mentions_inspectors(text: str) -> bool:
    """True when ``text`` names Ofsted, its inspectors or the report as a source."""
    return bool(INSPECTORS_NAMED.search(text) or _INSPECTION_DOCS.search(text))


_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Sir|Dame|Lord|Baroness)\b")
_CAPITALISED_PAIR = re.compile(
    r"(?<=\s)(?P<first>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?P<second>[A-Z][a-z]+)\b"
)
"""A forename (hyphenated too: 'Lee-Anne') and a surname."""
_NOT_A_FORENAME = re.compile(
    r"^(?:Council|County|City|Borough|Trust|Children|Childrens|Services?|Department|"
    r"Education|Ofsted|Partnership|Board|Health|Police|Care|Social|Family|Families|Hub|"
    r"North|South|East|West|Central|Greater|New|Upper|Lower|Great|Little|Royal|St|The|"
    r"Local|Authority|Safeguarding|Inspector|Inspectors|Director|Executive|Cabinet|Member|"
    r"Leader|Mayor|Deputy|Assistant|Chief|Head|Lead|Her|His|Majesty|National|England|"
    r"Improvement|Government|Secretary|State|Adoption|Early|Help|" + MONTH + r")$"
)
"""Capitalised words that open or close the name of a body, a place, a title or a date
rather than a person's ("Children’s Services", "North Lincolnshire", "Cabinet Member")."""


def is_person(speaker: str) -> bool:
    """True when a speaker as written is a person (named, or by a title: "Cllr Ann Lee",
    "a council spokeswoman", "the director of children's services"), not a body or a
    document ("Brackenford Council", "The findings")."""
    return names_person(f" {speaker}") or bool(_COUNCIL_TITLE.search(speaker))


_PEOPLE_BY_KIND = re.compile(
    r"\b(?:parents?|mothers?|fathers?|mums?|dads?|grand(?:parent|mother|father)s?|"
    r"(?:foster\s+)?carers?|"
    r"famil(?:y|ies)|young\s+(?:person|people)|care\s+leavers?|child(?:ren)?|teenagers?|"
    r"pupils?|residents?|campaigners?|MPs?|unions?|police|NHS|charit(?:y|ies)|commissioner|"
    r"Unison|Unite|GMB|Barnardo[’']?s|NSPCC|Coram|opposition)\b",
    re.I,
)
"""People named by what they are, and the partners who speak for themselves ('One father',
'Parents', 'A care leaver', 'Derbyshire Police', 'the union', 'Unison's Newcastle branch',
'Barnardo's', 'Opposition councillors'): no name, yet a speaker."""


def speaks_for_themselves(speaker: str) -> bool:
    """True when a speaker of role ``other`` is a person or a partner telling their own
    account ('Jo Park', 'One father', 'Parents', 'A care leaver', 'Derbyshire Police'):
    what they say of an inspection is theirs, as an official's is (the conventions'
    opinion), not a statistic's source ('the Department for Education says')."""
    return names_person(f" {speaker}") or bool(_PEOPLE_BY_KIND.search(speaker))


def names_person(text: str) -> bool:
    """True when ``text`` names a person: a title ("Cllr", "Mr") or a forename and a
    surname after its first word ("… appointed Eleanor Brazil as commissioner")."""
    if _TITLE.search(text):
        return True
    return any(
        not _NOT_A_FORENAME.match(m.group("first")) and not _NOT_A_FORENAME.match(m.group("second"))
        for m in _CAPITALISED_PAIR.finditer(text)
    )


_GRADED_BY = re.compile(
    rf"\b(?:{GRADING_VERBS}|scored|ranked)\s+(?!(?:by|as|to|be|been|being|overall)\b)"
    rf"(?!{GRADE})[^\W\d_][^.;:!?]*$",
    re.I,
)
"""A grading verb with an object before the grade ('rated the service good'): a clause
saying who gave the grade, not that it was given. An object is no grade word ('rated good,
and requires improvement in one area')."""
_OFSTED_SOURCE = re.compile(rf"\b(?:{OFSTED_NAMES}|{OFSTED_NOUNS}|{INSPECTION_DOCUMENTS})\b", re.I)
_STANDS_FOR = re.compile(
    r"^\W*(?:(?:and|but|it|they|which|that|who|this|has|have|had|also|then|now)\W+)*$", re.I
)
"""A subject that stands for what was named before (a pronoun, a relative word): who it
is, the sentences before tell."""


_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got)\W*"
    r"(?:(?:now|also|again|still|currently|recently|newly|once)\W+)?$",
    re.I,
)
"""An auxiliary just before the grading verb, an adverb between or not: the grade is said as
given ('has been rated overall as', 'is now rated'), whoever the subject is."""


_ADJECTIVAL = re.compile(rf"\b(?:the|its|their|our|all|{NUMBER})\s+$", re.I)
"""A determiner or number just before a grading verb: the verb's participle describes the
noun after it ('two thirds of the graded areas were good', 'its five rated judgements'),
no one grades."""


def _grading_verb(before: str) -> re.Match[str] | None:
    """The first grading verb with an object in ``before`` (``_GRADED_BY``) that is a verb,
    not a participle describing a noun (``_ADJECTIVAL``: shares18, 'Two thirds of the graded
    areas were good' made 'Two thirds of the' the grader, so the grade was no inspection's
    and a share was read of the next one, requires improvement, and contradicted)."""
    at = 0
    while (graded := _GRADED_BY.search(before, at)) is not None:
        if not _ADJECTIVAL.search(before, 0, graded.start()) and not _in_aside(before, graded):
            return graded
        at = graded.start() + 1
    return None


_ASIDE_OPENS = re.compile(r"[,(]\s*$")
_ASIDE_CLOSES = re.compile(r"[^,()]*[,)]")


def _in_aside(before: str, graded: re.Match[str]) -> bool:
    """True for a grading verb opening an aside closed before the grade ('Services for
    care leavers, graded separately from those for children looked after, were rated',
    'Care leavers (judged together under the framework) require'): a participle saying
    how the noun before it is graded, no one grading it (history20: the noun was read as
    the grader, so a true grade was left another body's)."""
    opens = _ASIDE_OPENS.search(before, 0, graded.start())
    return opens is not None and _ASIDE_CLOSES.match(before, graded.start()) is not None


def other_grader(before: str) -> str | None:
    """Who gives the grade the words ``before`` lead to, when they say who and it is not
    Ofsted, its inspectors or its report ('Parents who responded to the council's own
    survey rated the service', 'The council rated itself'): a grade no inspection gave.
    None when the grade is said as given (passive: 'was rated'), given by Ofsted, or by a
    pronoun standing for someone named before."""
    graded = _grading_verb(before)
    if graded is None:
        return None
    subject = before[: graded.start()]
    if (
        _OFSTED_SOURCE.search(subject)
        or _STANDS_FOR.match(subject)
        or _PASSIVE.search(subject)
        or _PRONOUN_GRADER.search(subject)
    ):
        return None
    return " ".join(subject.split()[:6])


_PRONOUN_GRADER = re.compile(r"\b(?:they|it)\W*$", re.I)
"""A grader named by a pronoun just before the verb, in a clause of its own ('three of the
five areas they graded were found to be good'): it stands for the graders named before, as
a subject of pronouns alone does (``_STANDS_FOR``; drift25: 'they' of the inspectors was
read as another grader, so the count took the other grade of the sentence, contradicted)."""


_SAID_BY = re.compile(rf"\b(?:{SAYING_VERBS}|described|describes|called|calls)\b", re.I)
_OF_A_RATING = re.compile(
    rf"\b(?:{GRADING_VERBS}|ratings?|grades?|judgements?|{OFSTED_NAMES}|{OFSTED_NOUNS}"
    rf"|{INSPECTION_DOCUMENTS})\b",
    re.I,
)


_RECIPIENT = re.compile(rf"^\s*(?:the\s+)?(?:{OFSTED_NAMES}|{OFSTED_NOUNS})\b", re.I)
"""Ofsted as the one told ('Children told inspectors their social workers were'): not the
source of what is said."""
_PREDICATE = re.compile(r"\b(?:is|are|was|were|be|been|being|as)\W*$", re.I)
"""A copula or 'as' just before the grade word: the speaker's own description of something
('the service was', 'described it as'), not a grade they pass on ('with all councils told
this area "requires improvement"')."""


def other_speaker(before: str) -> str | None:
    """Who says the grade word the words ``before`` lead to, in words of their own, when it
    is not Ofsted, its inspectors or its report ('One foster carer told the council the
    service was', 'a parent described it as'): their opinion, no grade given. None when
    the words after the verb of saying tell of a rating ('the leader said services had been
    rated') or pass a grade on without describing anything ('with all councils told this
    area'): that reports Ofsted's grade, to check."""
    said = list(_SAID_BY.finditer(before))
    if not said:
        return None
    subject, told = before[: said[-1].start()], before[said[-1].end() :]
    if _OFSTED_SOURCE.search(subject) or _STANDS_FOR.match(subject) or _PASSIVE.search(subject):
        return None  # 'has been told it': told by the inspection
    told = _RECIPIENT.sub(" ", told, count=1)
    if _OF_A_RATING.search(told) or not _PREDICATE.search(told):
        return None
    return " ".join(subject.split()[:6])


_PERSON = r"[A-Z][\w’'-]+(?:\s+(?!HMI\b)[A-Z][\w’'-]+){1,2}"
LED_BY = re.compile(
    r"\b(?:(?i:inspection|visit|inspectors)(?:\s*,[^,.;]{1,60},|\s*,)?"
    r"\s+(?:(?i:(?:which|that|who)\s+)?(?i:was|were|is|are|has\s+been|had\s+been)\s+)?"
    r"|(?i:inspection|visit)\b[^.;]{0,120}?\s(?i:and\s+(?:was|were))\s+"
    r"|(?i:inspectors|team)\s+(?i:visited|inspected)\b"
    r"(?:(?!\b(?i:where|who|whom|whose|which|while|when)\b)[^.;]){0,100}?,\s+)"
    r"(?i:led\s+by)\s+"
    r"(?:(?i:Ofsted)(?:[’']s)?\s+)?(?:(?i:lead|senior)\s+)?"
    r"(?:(?i:(?:Her|His) Majesty[’']s\s+inspector|inspector|HMI)\s*,?\s+)?"
    rf"(?P<name>{_PERSON})"
)
"""Who led an inspection, by name, the inspection or its inspectors the very subject of
'led by' ('The inspection was led by Ofsted's Nigel Parkes', 'a team of five inspectors led
by Emmy Tomsett', 'carried out the inspection, led by ...', 'The visit, in October, was led
by His Majesty's Inspector Amanda Maxwell', 'The inspection took place in May and was led
by ...', 'A team of inspectors visited between 29 November and 10 December, led by ...';
not 'inspectors praised the front door team, led by ...'): the report prints its lead
inspector."""
LEAD_CLAUSE = re.compile(r"(?:^|,\s*)(?:and\s+)?(?:(?:was|were)\s+)?led\s+by\s", re.I)
"""A clause of its own telling who led the visit the clause before it dates ('The
inspection took place in March | and was led by ...', 'Inspectors visited between 29
November and 10 December, | led by ...'), or closing the words after it ('Inspectors
visited the borough for a week, | from 27 April to 1 May, led by ...'): split from the
visit, it is the lead's fact."""
_LED_VISIT = (
    r"(?i:led)\s+(?i:the|its|Ofsted[’']s)\s+(?:(?i:inspection)\s+)?(?i:inspection|visit|team)\b"
)
"""'led the inspection team', 'led its visit': after a name ``LEAD_NAMED`` trusts."""
_VISIT_ENDS = (
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?i:in|on|at|of|for|during|from|between|last|this|which|that"
    r"|and|with)\b)"
)
"""The inspection or visit a name led ends there ('led the inspection.', '... in March'),
not a compound ('led the inspection response', 'the visit to the school')."""
LEAD_NAMED = re.compile(
    r"\b(?i:the\s+lead\s+inspector)\s+(?i:was|is)\s+"
    r"(?:(?i:(?:Her|His) Majesty[’']s\s+inspector|HMI)\s*,?\s+)?"
    rf"(?P<name>{_PERSON})"
    rf"|(?<![\w’'])(?i:Ofsted)[’']s\s+(?P<inspector>{_PERSON})\s+{_LED_VISIT}"
    rf"|(?P<hmi>{_PERSON})\s*,?\s+HMI\b,?\s+{_LED_VISIT}"
    rf"|(?P<leader>{_PERSON})\s+(?i:led)\s+(?i:the|its)\s+(?i:inspection|visit)\b{_VISIT_ENDS}"
)
"""Who led an inspection, told with the lead inspector or the leader as subject ('The lead
inspector was Anna Gravelle', 'Ofsted's Nicki Shaw led the team', 'Jo Park HMI led the
visit'), the forms ``LED_BY``'s passive does not read. A name without Ofsted's or HMI leads
only the inspection or visit, not a team ('Council leader Tom Smith led the team')."""
