"""The one clause splitter, for release sentences and report sentences alike.

A sentence's clauses meet at a break, of one of five strengths (strongest first):

- ``STOP``: a semicolon or a colon ("... was good; leaders were ...");
- ``JOIN``: a conjunction between clauses of equal standing: after a comma, a relative
  word, an absolute 'with' ("..., with inspectors saying ...", "..., which has ranked
  ...") or a subordinating one opening a finite clause ("..., as inspectors said", not
  "..., as a result,"); a contrasting one anywhere ('but', 'while', 'although'); 'and',
  'or' (with a comma or not) before a second predicate, with or without its own subject
  ("... in May and June and randomly inspected 130 files", "... in all areas and the
  authority's performance had declined") or before a second 'that' clause of a verb
  ("said that early help is effective, and that plans are clear"), not between words or
  list items ('help and protection', 'in May and June', 'strong leadership, good
  practice, and a culture where ...');
- ``DASH``: a spaced dash ("rated good – making it one of ...");
- ``COMMA``: a comma, not one inside a date or a number ('January 12, 2024', '1,200');
- ``BOUND``: a subordinate clause with no comma before it, bound to the words it
  depends on: a relative word ('the inspection which took place in July') or a
  subordinating conjunction before a subject and a finite verb ('declined since it was
  last inspected', not 'since 2016').

Callers say the weakest break they split at: ``JOIN`` for clauses of equal standing,
``COMMA`` for every phrase a comma sets off, ``BOUND`` for every clause. A clause keeps
the conjunction that opens it ('since the council was rated'), so words that time or
contrast it stay in it; ``joined_at`` says where the words after a joining 'and'/'but'
begin, ``without_conjunction`` drops any conjunction. The test of a finite verb is
grammatical and closed: auxiliaries and modals, the reporting verbs
(``verify.words.speakers``), and a verb after an adverb ('and randomly inspected'),
never a list taken from one text's wording.
"""

from __future__ import annotations

import re
from enum import IntEnum
from functools import lru_cache

from verify.words.numbers import NUMBER, PERCENT_NUMBER
from verify.words.speakers import REPORTING_VERBS


class Break(IntEnum):
    """How strongly a break separates the clauses on either side (higher: stronger)."""

    BOUND = 0
    COMMA = 1
    DASH = 2
    JOIN = 3
    STOP = 4


_AUXILIARY = (
    r"is|are|was|were|be|been|has|have|had|will|would|shall|should|can|could|(?-i:may)|might|"
    r"must|does|do|did|remains?|remained|continues|continued|needs|needed"
)
"""Finite verbs of any clause, and the auxiliaries of the rest ('has been', 'will be');
'may' only in lower case, since 'May' is the month ('its inspection in May 2017')."""
_ADVERB = r"(?:(?:\w+ly|also|then|now|still|further|already|not|often|always|never)\s+)"
_FINITE = rf"(?:{_ADVERB}*(?:{_AUXILIARY}|{REPORTING_VERBS})\b|{_ADVERB}+\w+(?:ed|s)\b)"
"""A finite verb: an auxiliary, a reporting verb, or any verb an adverb stands before."""
_SUBJECT = (
    r"(?:(?:it|they|he|she|we|i|you|this|these|those|there)\s+"
    r"|(?:the|its|their|his|her|our|this|these|those|a|an|some|many|most|all|each|every)\s+"
    r"(?:[\w’'-]+\s+){0,5}?)"
)
"""A clause's subject: a pronoun, or a noun phrase opened by a determiner."""
_NAMED_SUBJECT = r"(?-i:[A-Z][\w’'-]*)(?:\s+(?-i:[A-Z][\w’'-]*))*(?:[’']s)?\s+(?:[\w’'-]+\s+){0,5}?"
"""A subject opened by a proper name ('Stockton's service for care leavers', 'Ofsted'):
only after a comma and a conjunction, where no list's capitalised item stands ('Help and
Protection' has none); its verb may be any in the past tense ('..., and Bath's care leavers
service required improvement then')."""
_ASIDE = r"(?:\s*,[^,]{1,40},)?\s+"
"""An aside between a conjunction and its clause ('and, as a result, has been')."""

_NOT_BEFORE = r"(?<!\bnot)(?<!\bcannot)(?<!n[’']t)"
"""No negation just before: 'not', 'cannot' or a word ending in "n't" ('can’t', 'haven't')."""

_RELATIVE = r"which|who|whose|where|when"
CONTRAST_WORDS = r"but|while|whilst|whereas|although|though"
"""The words opening a clause set against the one before: inside another pattern."""
_SUBORDINATING = r"since|as|when|because|after|before|until|unless|if|once"
_INSPECTORS_SUBJECT = r"(?:inspectors|ofsted)\s+(?-i:[a-z]+)\b"
"""Inspectors, or Ofsted, opening a clause with their verb, whatever verb ('after inspectors
spent three weeks in the borough in June': drift33, the visit's weeks read with the grade
before them, whose flag fell on the whole sentence)."""
_COORDINATING = r"and|or|yet|so"

CONCESSION = re.compile(rf"\W*(?:while|whilst|although|(?:even\s+)?though)\s+{_SUBJECT}", re.I)
"""A concession opening a sentence with its subject ('While most children get an effective
response ...', 'Although the council ...'): a clause, its verb whatever verb follows (the
present tense of most verbs is no ``_FINITE`` the words can tell)."""

_BREAKS = re.compile(
    rf"(?P<stop>\s*[;:]\s+)"
    rf"|(?P<join>,\s*(?=(?:{CONTRAST_WORDS}|{_RELATIVE}|with)\b"
    rf"|(?:{_SUBORDINATING})\s+(?:[\w’'-]+\s+){{0,4}}?{_FINITE})"
    rf"|{_NOT_BEFORE}(?:,\s*|\s+)(?=(?:{_COORDINATING}){_ASIDE}{_SUBJECT}?{_FINITE})"
    rf"|,\s*(?=(?:{_COORDINATING}){_ASIDE}{_NAMED_SUBJECT}(?:{_FINITE}|\w+ed\b|requires?\b))"
    rf"|(?:,\s*|\s+)(?=(?:and|but){_ASIDE}(?:also\s+)?that\s+(?:[\w’'-]+\s+){{1,10}}?{_FINITE})"
    rf"|\s+(?=(?:{CONTRAST_WORDS})\b))"
    rf"|(?P<dash>\s+[–—-]+\s+|\s*[–—]\s+)"
    rf"|(?P<comma>,\s+(?!\d))"
    rf"|(?P<bound>\s+(?=(?:{_RELATIVE})\b|(?:{_SUBORDINATING}){_ASIDE}{_SUBJECT}{_FINITE}"
    rf"|(?:{_SUBORDINATING}){_ASIDE}{_INSPECTORS_SUBJECT}))",
    re.I,
)
"""Each break, matched over the spaces and the mark before the clause it opens. A
conjunction right after a negation (``_NOT_BEFORE``) joins nothing: 'have not yet been
fully addressed', 'cannot yet be fully addressed' are one clause (accounts23: its 'not'
and what it denies were read apart)."""
_JOINING = re.compile(r"(?:\s|[,;:]|\b(?:and|but|or|yet|so)\b)+", re.I)
"""A joining conjunction and the spaces around it, which a clause's words leave out."""


def clause_breaks(text: str, weakest: Break = Break.COMMA) -> list[tuple[int, int, Break]]:
    """``(start, end, strength)`` of each break in ``text`` at least as strong as
    ``weakest``: the marks and spaces between one clause and the next."""
    return [b for b in _breaks(text) if b[2] >= weakest]


@lru_cache(maxsize=8192)
def _breaks(text: str) -> tuple[tuple[int, int, Break], ...]:
    """Every break in ``text``, remembered: a report's sentences are split again for
    each claim they are compared with. An 'and' after a list's item (the words since a
    comma) with no verb joins noun phrases, not clauses ('quickly, support for disabled
    children and their families is in place'); an 'and that' opens a clause all the same
    ('..., up from 78%, and that the council's vacancy rate had fallen ...': drift41, the
    rate's clause was read with the conferences')."""
    found: list[tuple[int, int, Break]] = []
    for m in _BREAKS.finditer(text):
        item = found[-1] if found and found[-1][2] == Break.COMMA else None
        if (
            item
            and m.group("join")
            and _COORDINATOR.match(text, m.end())
            and not _THAT_CLAUSE.match(text, m.end())
            and not has_verb(text[item[1] : m.start()], anywhere=True)
        ):
            continue
        found.append((m.start(), m.end(), _strength(m)))
    return tuple(found)


_THAT_CLAUSE = re.compile(r"(?:and|but)\s+(?:also\s+)?that\b", re.I)
"""A conjunction opening a reported clause ('and that the rate had fallen'): no noun
phrase's."""


def _strength(m: re.Match) -> Break:
    return Break[m.lastgroup.upper()]


JOINING_WORDS = r"and|but|while|whereas"
"""The words joining a clause of equal standing to the one before ('... were judged to be
inadequate and children in care required improvement'), one list for every reader of such
a join (grade timing, accounts of earlier inspections, a quotation's frame)."""
JOINED_CLAUSE = re.compile(r",\s+(?:and|while|whilst|but|whereas)\s+|;\s+", re.I)
"""A join between two clauses of equal standing, each of which may state something of its
own ('Help and protection and leadership were good, and services for children looked after
were rated outstanding')."""


def clause_spans(text: str, weakest: Break = Break.COMMA) -> list[tuple[int, int]]:
    """``(start, end)`` of each clause of ``text``, split at breaks at least as strong as
    ``weakest``; together with the breaks they cover the text."""
    breaks = clause_breaks(text, weakest)
    starts = [0, *(b for _, b, _ in breaks)]
    ends = [*(a for a, _, _ in breaks), len(text)]
    return list(zip(starts, ends, strict=True))


def clauses(text: str, weakest: Break = Break.COMMA) -> list[str]:
    """The words of each clause of ``text`` (see ``clause_spans``)."""
    return [text[a:b] for a, b in clause_spans(text, weakest)]


def clause_end(text: str, at: int, weakest: Break = Break.COMMA) -> int:
    """Where the clause holding ``text[at]`` ends."""
    return next((a for a, b, _ in clause_breaks(text, weakest) if b > at), len(text))


def clause_start(text: str, at: int, weakest: Break = Break.COMMA) -> int:
    """Where the clause holding ``text[at]`` begins; a relative clause begins with the
    clause it stands for ("last inspected in 2022, when each area was rated ...")."""
    starts = [0, *(b for _, b, _ in clause_breaks(text, weakest) if b <= at)]
    if len(starts) > 1 and RELATIVE.match(text, starts[-1]):
        return starts[-2]
    return starts[-1]


EXAMPLE = re.compile(
    r"\W*(?:such\s+as|including|for\s+example|for\s+instance|notably|in\s+particular)\b",
    re.I,
)
"""The opening of a clause that gives examples of what the clause before it names ('...
areas where practice still requires improvement, such as arrangements when children go
missing'): what that clause says of them, it says of each example."""
RELATIVE = re.compile(rf"(?:{_RELATIVE})\b", re.I)
"""A relative clause's opening word: it stands for the clause before ('Cllr Lee, who',
'last inspected in 2022, when ...')."""
_OPENER = re.compile(
    rf"\s*(?:(?:{CONTRAST_WORDS}|{_SUBORDINATING}|{_COORDINATING}|with)\b[\s,]*)+", re.I
)


CONTRAST_ASIDE = re.compile(
    r",\s*(?:though|however|meanwhile|by contrast|in contrast|on the other hand)\s*,", re.I
)
"""A contrast word set off by commas inside a clause ('Adoption and care leavers, though,
were found to be good'): it sets the clause against what came before, not its subject
against its predicate."""

SET_APART = (
    r"(?:(?:graded|judged|rated|assessed|inspected|considered|reviewed|examined|looked at)"
    r"\s+(?:separately|apart|independently|on (?:its|their) own)"
    r"|unlike|as opposed to|rather than|(?:separate|separately|distinct) from)\b"
)
"""Words opening an aside that sets what it names apart from the clause's subject ('Services
for care leavers, graded separately from those for children in care, were ...', 'Care
leavers, unlike children in care, were ...'): the verb after the aside is the subject's, not
the aside's (ratings18, grades19: the grade went to children in care)."""


_BARE_QUANTITY = re.compile(
    rf"(?:(?:more|fewer|less) than\s+|over\s+|under\s+|almost\s+|nearly\s+|about\s+"
    rf"|only\s+|just\s+)?"
    rf"(?:{PERCENT_NUMBER}\s*(?:%|per ?cent)|{NUMBER}|most|many|some|all|half|none|both)"
    rf"\s+{_FINITE}",
    re.I,
)
"""A subject that is a quantity with its noun left out ('More than 70 per cent have been
rated ...', 'Most were'): the noun is in the words around."""


_VERB = re.compile(rf"\b{_FINITE}", re.I)
_PARTICIPLE = re.compile(r"\W*(?:with\s+(?:\S+\s+){1,3}?)?\w+ing\b", re.I)
_COORDINATOR = re.compile(rf"(?:{_COORDINATING})\b", re.I)


def has_verb(clause: str, anywhere: bool = False) -> bool:
    """True for a clause that states something: it has a finite verb, or opens with a
    participle ('making it one of ...', 'with inspectors saying ...'; ``anywhere``: has
    one anywhere); a label ('The experiences and progress of care leavers') or a noun
    in apposition has neither."""
    if _VERB.search(clause):
        return True
    return bool(_ING.search(clause) if anywhere else _PARTICIPLE.match(clause))


_ING_NOUNS = r"safeguarding|fostering|training|funding|housing|wellbeing|commissioning|parenting"
"""Words in -ing that name a service or a need here, not a verb ('The last inspections of
the council's safeguarding and looked after children's services': drift53, read as a
clause, so the year after it was cut off from the inspections it dates)."""
_ING = re.compile(rf"\b(?!(?:{_ING_NOUNS})\b)\w+ing\b", re.I)


def has_any_verb(clause: str) -> bool:
    """``has_verb`` anywhere, or a verb it does not read: a plain verb after a plural
    subject (``plainly_told``), or a subject's predicate resumed after a relative clause
    set off by commas, its verb after an adverb ('Care proceedings, which took an average
    of 66 weeks ..., now take 29 weeks'). Only a claim's halves ask it
    (``extract.claims.halves``); extraction reads ``has_verb`` alone."""
    return has_verb(clause, anywhere=True) or plainly_told(clause) or bool(_RESUMED.search(clause))


def plainly_told(clause: str) -> bool:
    """True for a clause opened by a plural subject and a verb ``has_verb`` does not read
    (an auxiliary, a reporting verb, or a verb ending in -s or -ed after an adverb, it
    reads): 'inspectors referred 13 cases back', 'care proceedings now take ...'."""
    return bool(_PLAIN_TOLD.match(clause))


_PLAIN_TOLD = re.compile(
    r"\W*(?:[\w’'-]+\s+){0,3}?(?:[\w’'-]*[a-z]s|children|people)\s+"
    r"(?:(?:now|also|still|often|then)\s+\w+|\w+ed)\b"
)
"""A plural subject (an irregular one too: '..., and children waited an average of 450
days', drift49: read as no clause, so the figure before it went unchecked) and its verb."""
_RESUMED = re.compile(r",\s+(?:now|still|also|then)\s+[a-z]+\b")


_NONFINITE = re.compile(r"[\s,]*(?:having(?:\s+been)?|after\s+being|being)\s", re.I)


def predicate(text: str) -> str | None:
    """What ``text`` says of its subject: its words from the first finite verb on ('is low
    and the council seldom needs agency workers'), a verb of saying that frames it ('They
    found that ...') passed over; None with no verb read."""
    for found in _VERB.finditer(text):
        if not _SAYING.fullmatch(found.group().split()[-1]):
            return text[found.start() :]
    return None


_SAYING = re.compile(rf"(?:{REPORTING_VERBS})", re.I)


def nonfinite(clause: str) -> bool:
    """True for a clause opened by a participle ('having been judged inadequate in 2014',
    'after being rated good', 'being'): no subject or tense of its own, so it hangs on the
    clause before, whose subject it speaks of ('Care leavers' services were rated good,
    having been judged inadequate in 2014': care leavers' earlier grade). Its 'been'
    makes no finite verb."""
    return bool(_NONFINITE.match(clause))


_PREDICATE_ONLY = re.compile(
    rf"(?:{_COORDINATING}|but){_ASIDE}"
    r"(?:(?!(?:it|they|he|she|we|there|this|these|those|the|its|their|a|an)\b)\w+\s+)?"
    rf"{_FINITE}",
    re.I,
)
"""A second predicate with no subject of its own ('and had plans in place', 'but
nevertheless found', 'but also acknowledges')."""


def needs_subject(clause: str) -> bool:
    """True for a clause whose subject is in another: a relative clause (its antecedent),
    a second predicate with none of its own ('and had appropriate plans in place') or
    one whose subject is a bare quantity ('More than 70 per cent have been rated ...').
    It makes no claim alone."""
    words = clause.lstrip(" ,;:–—-")
    if _PREDICATE_ONLY.match(words):
        return True
    words = words[joined_at(words, 0) :]
    return bool(RELATIVE.match(words) or _BARE_QUANTITY.match(words))


_OWN_SUBJECT = re.compile(rf"\W*(?:{_SUBJECT}|{_NAMED_SUBJECT})\w", re.I)


def opens_with_subject(clause: str) -> bool:
    """True for a clause opened by a subject of its own (a pronoun, a noun phrase with a
    determiner, a name): 'most care proceedings conclude ...', not 'lasted four weeks'."""
    return bool(_OWN_SUBJECT.match(clause))


_OPENS_ON_VERB = re.compile(rf"[\s,;:–—-]*(?:(?:{_COORDINATING}|but){_ASIDE})?{_FINITE}", re.I)


def opens_on_verb(clause: str) -> bool:
    """True for a clause whose own words open on its finite verb ('has been slow and
    inconsistent', 'and is now less of an issue'): a predicate whose subject opened the
    sentence before a comma or a relative clause ('The pace of progress following the
    inspection in 2016, which found ..., has been slow'). Unlike ``needs_subject``, no word
    may stand before the verb: 'and workloads are manageable' has a subject of its own."""
    return bool(_OPENS_ON_VERB.match(clause))


def without_conjunction(clause: str) -> str:
    """The clause without the conjunctions that open it ('while inspectors' ->
    'inspectors'); a relative word stays, as it stands for the clause before."""
    return clause[m.end() :] if (m := _OPENER.match(clause)) else clause


def joined_at(text: str, start: int, end: int | None = None) -> int:
    """Where a clause's own words begin: after the spaces, marks and joining 'and'/'but'
    that open ``text[start:end]``."""
    joined = _JOINING.match(text, start, len(text) if end is None else end)
    return joined.end() if joined else start


def trimmed(words: str, start: int, end: int) -> tuple[int, int]:
    """The span without the spaces, joining 'and' and closing stop around it."""
    start = joined_at(words, start, end)
    while end > start and (words[end - 1].isspace() or words[end - 1] in ".,;"):
        end -= 1
    return start, end


RELEASE_WORD = re.compile(r"[\w’'-]+")
"""A word as releases and reports write it (curly or straight apostrophe, hyphen kept):
extraction counts a sentence's words by it and the finding check finds the claim's words
in a report sentence by it (one pattern, written once)."""
