"""Qualifiers: the words that limit what a sentence says, and the words that give a grade
to the service as a whole or to something narrower.

One home for them, so the finding check (a limit the claim drops) and the grades check (a
grade said of part of the service, or as a goal) read a sentence's limits the same way.
"""

from __future__ import annotations

import re

from verify.words.councils import COUNCIL_WORD, PLACE_NAMED, Council, mentions, names_council
from verify.words.criticism import DELAY, TOO_LITTLE
from verify.words.dates import TO_COME, TO_HAPPEN
from verify.words.grades import RELEASE_GRADE
from verify.words.judgements import OTHER_BODIES, RELEASE_JUDGEMENT_RE

SOME = re.compile(
    r"\b(some|several|a number of|number of|many|two|three|four|five|half|majority|"
    r"various)\b",
    re.I,
)
"""Words saying a grade is some judgements', not all of them ('good in several areas')."""

EXCEPTIONS = (
    r"except|apart from|other than|save for|bar|but for"
    r"|(?<![,;]\s)but(?=\s+(?:one|two|three|four)\b)"
    r"|(?:(?<=\barea\s)|(?<=\bareas\s)|(?<=\bjudgement\s)|(?<=\bjudgements\s)|(?<=\ball\s))but"
)
"""Words that make an exception to what a sentence says of all ('good in every area apart
from children in care', 'outstanding in all areas but one', 'every area but adoption',
'all but care leavers': grades17, the grade said of the rest was given to care leavers):
inside another pattern."""
EXCEPTION = re.compile(rf"\b(?:{EXCEPTIONS})\b", re.I)
_ALL_EXCEPT = re.compile(
    rf"\b(?:all|every|each)\b[^.;:,]{{0,30}}?\b(?:{EXCEPTIONS})\s+(?:(?:the|its|their|for|of)\s+)*$",
    re.I,
)
_AND_ANOTHER = re.compile(r"^\s*(?:,\s*)?(?:and|or)?\s*(?:the\s+|its\s+)?$", re.I)
_THE_ONLY_ONE = (
    r"the\s+only\s+(?:one(?=\s+of\s+the\s+[^.;:,]{0,20}?\b(?:areas|judgements|categories)\b)"
    r"|area|judgement|service|category)\b[^.;:,]{0,30}?\s+not\s+"
    r"(?:to\s+be\s+|being\s+)?(?:(?:rated|judged|graded|found|deemed)\s+(?:as\s+)?)?"
)
ONLY_ONE_NOT = re.compile(rf"\b{_THE_ONLY_ONE}[‘'\"“]?$", re.I)
"""The words before a grade said of every area but one: 'was the only area not judged
outstanding', 'the only one of the four areas not to be rated outstanding' (noticed23: the
'not' denied the grade, so the sentence was a finding no passage says, though the table
settles it): the grade is given to the others. A bare 'one' is one of anything ('the only
one in the county not rated outstanding': one council among others), so only 'one of the
... areas' counts."""
NAMED_ONLY_ONE_NOT = re.compile(
    rf"(?:\s+services?)?\s*(?:,\s*(?:(?:which|that)\s+(?:was|were|is|are)\s+)?"
    rf"|\s+(?:was|were|is|are|remains?|remained)\s+)"
    rf"(?:also\s+)?{_THE_ONLY_ONE}",
    re.I,
)
"""The same words right after the judgement they except ('Help and protection was the only
area not judged outstanding', 'Help and protection, the only area not rated outstanding,',
'Help and protection, which was the only area ...')."""


ONLY_ONE_NOT_NAMED_AFTER = re.compile(
    rf"\b{_THE_ONLY_ONE}[‘'\"“]?(?:{RELEASE_GRADE})[’'\"”]?"
    r"(?:\s+(?:overall|by\s+(?:ofsted|(?:the\s+)?inspectors)))?"
    r"\s*,?\s+(?:was|is|were|are|remains?|remained)\s+(?:the\s+)?$",
    re.I,
)
"""The same words, then the grade and 'was', right before the judgement they except: 'The
only area not rated outstanding was help and protection' (session 23's derived sets: the
'not' denied the grade, and the sentence was a finding no passage says)."""


def excepted_judgements(text: str) -> tuple[str, ...]:
    """The judgements ``text`` names as the exceptions to a grade said of all ('All but
    care leavers were judged to require improvement', 'every area apart from adoption and
    care leavers'), listed ones too, or names the only one not so graded, before or after
    the grade ('Help and protection was the only area not judged outstanding', 'The only
    area not rated outstanding was help and protection'); none when it makes no such
    exception."""
    found: list[str] = []
    last_end = None
    for m in RELEASE_JUDGEMENT_RE.finditer(text):
        listed = last_end is not None and _AND_ANOTHER.match(text[last_end : m.start()])
        only_one_not = NAMED_ONLY_ONE_NOT.match(text, m.end()) or (
            ONLY_ONE_NOT_NAMED_AFTER.search(text, 0, m.start())
        )
        if listed or only_one_not or _ALL_EXCEPT.search(text[: m.start()]):
            found.append(m.lastgroup or "")
            last_end = m.end()
    return tuple(found)


CONDITION = re.compile(r"\b(?:unless|until|only\s+(?:when|if|where|after))\b", re.I)
"""Words that make what a sentence says of none or all hold only on a condition: 'no
children are placed in unregistered settings unless every other effort has failed' says
what the report's 'a small number ..., but only when all other efforts ... have been
exhausted' says."""
AS_NEEDED = re.compile(
    r"\b(?:(?:when|where|if|as)(?:ever)?\s+(?:appropriate|necessary|needed|required|relevant)"
    r"|wherever\s+possible)(?=\s*(?:[,.;:)]|$|(?:and|or|to|for)\b))",
    re.I,
)
"""A condition on how often a thing is done ('Children are seen alone when appropriate',
'wherever possible'): the report says it is done as the case needs, not every time, so a
claim's 'always' (``ALWAYS``) without it says more than the report does. Only a condition
closing its phrase: in 'where appropriate child protection thresholds are consistently
well applied' (Brighton and Hove 2015) 'appropriate' is the thresholds' adjective."""
SHARE_SUBJECT = re.compile(
    r"\b(?:an?\s+(?:small\s+|large\s+)?(?:minority|majority|number|few)|most|many|some|several|"
    r"half|none|(?:the\s+)?(?:vast\s+)?majority|few)(?:\s+of\s+(?:them|these|those))?"
    r"\s+(?:were|are|was|is|being)(?:\s+(?:rated|judged|found|seen\s+as))?\s*$",
    re.I,
)
"""A share standing as the subject of the words after it ('..., although a minority were
good', 'most are outstanding'): a grade word said of some of the things the sentence has
named (care plans, assessments), not a grade of the service."""

UNIVERSAL = re.compile(r"\b(all|every|always|whole|entire|each|consistently)\b", re.I)
"""Words that tell a finding of everyone or everything."""
IN_PROGRESS = re.compile(
    r"\b(?:increasingly|more and more"
    r"|(?:is|are)\s+(?:gradually|slowly|steadily|progressively)\s+\w+ing)\b",
    re.I,
)
"""Words that tell a change as under way, not done ('is increasingly giving managers
oversight', 'are gradually reducing' for the report's 'is beginning to provide'): a claim
with them keeps the report's hedge in other words. A change told done ('has steadily
reduced') is not one."""
ALWAYS = re.compile(r"\b(?:always|consistently|invariably|without exception)\b", re.I)
"""Words that tell a finding of every time or every case (``UNIVERSAL``'s 'how often'):
against the report's 'not always' or 'varies' (``VARIES``) they generalise what holds
only some of the time."""

WHOLLY = re.compile(r"\b(?:fully|completely|entirely|wholly|totally)\b", re.I)
"""Degree words that tell a quality as whole ('fully accurate'): against the report's
``IN_PART`` of the same word they raise what it says."""
IN_PART = re.compile(
    r"\b(?:broadly|largely|mostly|generally|mainly|partly|partially|reasonably|fairly)\b",
    re.I,
)
"""Degree words that tell a quality as only partly so ('broadly accurate', 'largely
effective'): a claim saying the same word ``WHOLLY`` says more than the report."""

HEDGES = re.compile(
    r"\b(?:(?:is|are|has|have|had|was|were)\s+)?(?:now\s+)?"
    r"(?:beginning|begun|began|starting|started)\s+to\b"
    r"|\bnot\s+(?:yet|fully|always|consistently)\b"
    r"|\b(?:yet|still)\s+to\b"
    r"|\btoo\s+early\s+to\b"
    r"|\bearly\s+(?:signs|indications)\b"
    r"|\b(?:partly|partially)\b"
    r"|\bonly\s+recently\b"
    r"|\b(?:at\s+an?\s+)?early\s+stages?\b"
    r"|\b(?:is|are|was|were|remains?|still)\s+in\s+development\b",
    re.I,
)
"""A change or a strength the report says is only partly there: begun but not done
('numbers are now beginning to reduce'), not yet or not fully so ('was not fully aware
of'), partly so, too early to tell or with early signs only. A claim that states the
same thing without such words states it as done: the report's limit is what it leaves
out. Quantities ('most', 'some') are not hedges here: a claim that drops 'most'
generalises (``quantities.LIMITED``), which the labelling conventions judge more leniently. 'Not
sufficiently' is no hedge (session 15, corpora/gold/dev/README.md): 'arrangements are not
sufficiently robust' says they are not robust, which denies a claim that they are; 'not yet
sufficiently robust' keeps its 'not yet'."""

VARIES = re.compile(
    r"\b(?:variab(?:le|ility)|inconsisten(?:t|tly|cy)|var(?:y|ies|ying))\b"
    r"|\bnot\s+(?:yet\s+)?(?:always|consistently)\b",
    re.I,
)
"""Words saying a thing is not the same everywhere or every time: 'The quality of direct
work with children varies', 'is inconsistent', 'not always timely', 'not yet consistently'.
Told with a ``UNIVERSAL`` word ('consistently high'), the same thing is said the other way."""

NEGATION = re.compile(r"\b(?:not|no|never|none|nor|cannot)\b|n[’']t\b", re.I)
"""A negated statement: a claim that says what is not so does not state a begun or partial
thing as done or whole."""


def words_before(text: str, at: int, n: int) -> list[str]:
    """The last ``n`` words (split on white space) of ``text[:at]``. Read back from
    ``at`` over a window that grows until it holds them whole (a word the window cuts is
    never one of them: 'knot' cut to 'not'), never all the text before: a report's text
    runs to hundreds of thousands of characters, asked at many places."""
    if n <= 0:
        return []  # (a window of no size would never grow)
    size = 16 * n
    while True:
        start = max(0, at - size)
        words = text[start:at].split()
        if start == 0 or len(words) > n:
            return words[-n:]
        size *= 2


def negated_before(text: str, at: int, n: int = 2) -> bool:
    """True when one of the ``n`` words just before ``at`` is a negation (``NEGATION``:
    'not slow', 'no reduction', the report's 'Not all care leavers ...'): what follows is
    denied, not said."""
    return bool(NEGATION.search(" ".join(words_before(text, at, n))))


NEGATIVE_PREFIX = re.compile(
    r"\b(?:un(?!der|less|til|i)|non-?|(?:in|im|ir|il)(?=\w*(?:ent|ant|ate|able|ible|ive|al|ete|ect|ous|ure|ite)\b)"
    rf"|under-?(?=(?:{TOO_LITTLE})\w*\b))"
    r"(?P<stem>\w{5,})\b",
    re.I,
)
"""A word its prefix negates ('insufficient', 'ineffective', 'unclear', 'unsuitable',
'underdeveloped'): the report's 'cover arrangements are insufficient' denies a claim's
'sufficient' as 'not' would, and 'processes are underdeveloped' a claim's 'well developed'
(faithful: was supported). 'in-' only before an adjective's ending ('informed', 'insight',
'input' are no negations), 'un-' never in 'under', 'unless', 'until' or 'uni-' ('unique'),
'under-' only before the few words it makes too little of ('understood', 'undertaken' and
'underpinned' are no negations of 'stood', 'taken', 'pinned'), and the word left at least
five letters long ('unborn' is not 'born')."""
_SAME_WORD_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ble", "ble|bility|bilised|bilized"),
    ("ent", "ent|ence|ency"),
    ("ant", "ant|ance|ancy"),
    ("ate", "ate|acy"),
    ("ive", "ive|iveness"),
)
"""An adjective's ending and the endings of the same word as a noun or a change ('stable':
'stability', 'stabilised'; 'consistent': 'consistency'; 'adequate': 'adequacy')."""


def plain_forms(word: str) -> str:
    """A pattern of ``word`` and its other forms (``_SAME_WORD_ENDINGS``): what the report
    says when it tells the plain word a prefix negates in a claim ('workforce stability has
    significantly improved', 'Greater stability has been achieved in the workforce' for 'the
    workforce remains unstable'; session 21, polarity21: only 'stable' was read, and the
    claim was supported by a sentence about children in care)."""
    for ending, forms in _SAME_WORD_ENDINGS:
        if word.lower().endswith(ending):
            return rf"{re.escape(word[: -len(ending)])}(?:{forms})"
    return re.escape(word)


_OPPOSED: tuple[tuple[str, str], ...] = (
    ("good", "poor"),
    ("strong", "weak"),
    ("well|clearly", "poorly"),
    (
        "swift|swiftly|quick|quickly|prompt|promptly|timely",
        rf"slow|slowly|{DELAY}|too\s+long|too\s+late",
    ),
    ("high|higher", "low|lower"),
    ("narrowing", "widening"),
    ("close", "far"),
    ("better", "worse"),
    ("positive", "negative"),
    ("strength|strengths", "weakness|weaknesses|underdeveloped|under-developed"),
    ("manageable", "high|unmanageable"),
    ("strengthen|strengthened|strengthening", "weaken|weakened|weakening|lapse|lapsed"),
    (
        "increase|increased|increases|increasing|rise|rises|risen|rose|rising",
        "reduce|reduced|reduces|reducing|reduction|decrease|decreased|decreases|decreasing"
        "|fall|falls|fell|fallen|falling|drop|drops|dropped|dropping|fewer",
    ),
    ("improved|improving", "worsened|worsening|deteriorated|deteriorating"),
)


def _opposites() -> dict[str, re.Pattern[str]]:
    """``_OPPOSED`` read both ways, a word's opposites from every pair it stands in
    joined into one pattern."""
    found: dict[str, list[str]] = {}
    for one, two in _OPPOSED:
        for side, other in ((one, two), (two, one)):
            for word in side.split("|"):
                found.setdefault(word, []).append(other)
    return {
        word: re.compile(rf"(?<![\w-])(?:{'|'.join(others)})(?![\w-])", re.I)
        for word, others in found.items()
    }


OPPOSITES = _opposites()
"""A word -> its opposites as one pattern ('poor' -> 'good'): what a prefix does for
'unstable' (``NEGATIVE_PREFIX``), another word does here. 'Children in care make poor
progress in early years' says the opposite of the report's 'make good progress in early
years'; a word inside a hyphened compound ('high-quality') is not the word alone. An amount
told the other way too (session 15): 'turnover of staff has increased' for the report's
'There has been a reduction in the turnover of staff' (was supported); caseloads
'manageable' for 'too high', a service 'strengthened' for one allowed 'to lapse'; 'too
long' and 'too late' (two words, read only as the report's) for 'quickly' or 'timely'
(session 18: 'Too many assessments take too long to complete' for 'completed quickly');
'lower' for 'high' (session 19: 'the turnover of staff was also lower than the national
average' for 'staff turnover was high'). A fall, a drop or fewer for a rise, and the other
way, and a change for the worse for one for the better (session 21, polarity21: 'a fall in
adoptions' for the report's 'an increase in adoptions', 'has risen' for 'far fewer children
being looked after now', 'Staff turnover has worsened' for '... has improved' were
supported)."""
DENIED_AFTER = re.compile(
    r"[\s,]*(?:but|although|though|yet)\s+(?:is|are|was|were)\s+(?:not|never)\b"
    r"(?!\s+(?:only|just|merely|simply))",
    re.I,
)
"""A sentence going on, with no subject of its own, to deny what its subject was just said
to do or be: 'Educational progress ... is improving but is not yet good enough'. The same
subject, the predicate denied: a quotation stopping before it gives the half the sentence
takes back. Only 'is'/'are' denied: what the subject is said to be; a verb of doing
('but do not always record visits') tells another thing it does. A clause with a subject
('although practice is not yet consistent') says something else."""

NOT_ONLY = re.compile(r"\bnot\s+(?:only|just|merely|simply|least)\b", re.I)
"""A 'not' that is no negation: 'not only of the immediate concern, but the child's
experience' affirms both; 'not only timely but thorough' does not negate 'timely'."""

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
    Harrow have been rated', a place the council table lacks too: ``PLACE_NAMED``): the
    grade is given to the whole."""
    named = mentions(text)
    for council, start in reversed(named):
        name = max((n for n in council.names if text.startswith(n, start)), key=len, default="")
        text = text[:start] + text[start + len(name) :]
    words = _words(PLACE_NAMED.sub(" ", text))  # a place the table lacks: whose, not which
    allowed = _WHOLE_SUBJECT_WORDS | _RATING_FRAME_WORDS | {"in"}
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


HOPE = re.compile(
    r"\b(?:aim\w*|aspir\w*|ambition\w*|want\w*|hope\w*|strive|striving|working\s+towards?"
    r"|will\s+be|expect\w*|predict\w*)\b",
    re.I,
)
"""Words before a grade that make it a hope, whatever inspection it is dated to ('hopes to
achieve a good rating at its latest inspection': still no grade given)."""
GOAL = re.compile(rf"{HOPE.pattern}|\b(?:move\s+to|moving\s+to|achieve|reach)\b", re.I)
"""Words before a grade that make it a goal, not a grade given ('our aspiration is to
see services move to a good rating'): a hope, or a verb of reaching, which an inspection
held dates to a grade given (``GIVEN_AT_INSPECTION``)."""
_AHEAD = re.compile(
    rf"{TO_COME.pattern}"
    r"|\b(?:later|next|upcoming|future|will|scheduled|planned"
    rf"|due(?:\s+{TO_HAPPEN}|(?!\s+to\b)))\b",
    re.I,
)
"""Words putting an inspection ahead: ``TO_COME`` ('the next inspection', 'will return')
and a date or cue to come ('later this year', 'due shortly', 'due to take place'); not
'due to' a cause ('due to the dedication of its staff')."""
GIVEN_AT_INSPECTION = re.compile(
    r"^\W{0,2}\s*(?:(?:ofsted\s+)?(?:rating|judge?ment|grade)\s+)?"
    r"(?:in|at|following|after)\s+(?:its|the|this|their)\s+"
    r"(?:latest|recent|most\s+recent|last|previous|current|(?:19|20)\d\d)\s+"
    r"(?:full\s+)?(?:ofsted\s+)?"
    rf"inspection\b(?!\W{{0,3}}(?:(?:which|that)\s+(?:is\s+|was\s+)?)?(?:{_AHEAD.pattern}))",
    re.I,
)
"""Words after a grade that date it to an inspection held ('achieve a judgment of Good in
its latest full inspection', 'achieve a good rating at the latest inspection', 'at its
2019 inspection'): the grade is given there, whatever words of aiming stand before it. Not
an inspection not said to be held ('in the inspection'), nor one put ahead by words right
after it ('at the inspection later this year', 'its latest inspection, due shortly', ',
which will take place soon'); words of a later clause do not ('at the latest inspection
and will keep improving', ', due to the dedication of its staff')."""


AT_INSPECTION_AHEAD = re.compile(
    r"^\W{0,2}\s*(?:(?:ofsted\s+)?(?:rating|judge?ment|grade)\s+)?"
    r"(?:in|at|following|after)\s+(?:its|the|this|their)\s+"
    r"(?:(?:next|upcoming|forthcoming|future)\s+(?:[\w-]+\s+){0,2}?(?:inspection|visit)\b"
    r"|(?:[\w-]+\s+){0,3}?(?:inspection|visit)\b\W{0,3}(?:(?:which|that)\s+(?:is\s+)?)?"
    rf"(?:{_AHEAD.pattern}))",
    re.I,
)
"""Words after a grade that date it to an inspection to come ('a good rating at its next
inspection', 'at its latest inspection, due in May', 'at the inspection, which is due to
take place in 2027'): a grade no one has given yet, an aim whatever words stand before it
('is confident of a good rating at its next inspection': session 23's derived sets, read as
today's grade and supported by today's table)."""


_THIS_SERVICE = re.compile(
    rf"{WHOLE_SERVICE.pattern}|\b(?:{COUNCIL_WORD}|borough|it|they|them|its|their)\b", re.I
)
"""Words naming this council or its service, or standing for what was named before (a
pronoun): a subject a children's services report grades, or may."""


_ASIDE = re.compile(r",\s*(?:which|who|whose|that|where)\b[^,]*,|\([^()]*\)")
"""A relative clause set off by commas, or words in brackets: an aside about the subject
('Help and protection, which works with schools, was judged'), not the subject."""


def other_body(before: str, authority: str | None = None) -> str | None:
    """The body the words before a grade last name, when it is one a children's services
    report never grades (``OTHER_BODIES``: 'The borough's schools are among the best, with
    95 per cent rated', 'A neighbouring council, rated'), or a council other than the
    report's ``authority`` ('Unlike neighbouring Hampshire, which Ofsted rated'); None when
    what they last name (asides left out) is the council, its services, a judgement, a
    pronoun, or nothing: the grade is then this inspection's to check."""
    before = _ASIDE.sub(" ", before)
    others = [
        (m.group(), _appositive_end(before, m, _possessed_end(before, m.end())))
        for m in OTHER_BODIES.finditer(before)
    ]
    own = [m.end() for m in _THIS_SERVICE.finditer(before)]
    own += [m.end() for m in RELEASE_JUDGEMENT_RE.finditer(before)]
    for council, at in mentions(before):
        end = _possessed_end(before, _named_end(before, council, at))
        if authority is None or names_council(council.name, authority):
            own.append(at + 1)
        else:
            others.append((before[at:end], end))
            own = [e for e in own if not at <= e <= end]  # 'Hampshire County Council'
    if not others:
        return None
    name, end = max(others, key=lambda o: o[1])
    return name if end >= max(own, default=0) else None


_COUNCIL_AFTER = re.compile(
    rf"(?:\s+(?:county|city|borough|metropolitan|district))*\s+{COUNCIL_WORD}\b", re.I
)


_POSSESSIVE = re.compile(r"[’']s?\s+")


_APPOSITIVE_OPENS = re.compile(r",\s*(?:the|a|an|its|their|our)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _appositive_end(text: str, body: re.Match, end: int) -> int:
    """Where an apposition that names the body ends ('Adoption@Heart, the regional adoption
    agency the council shares with its neighbours, was rated'): at its closing comma, so
    the words inside it that name the council (what the body is to it) do not make the
    grade the council's (ratings18b: it was, and the agency's year was checked against
    this visit's dates); ``end`` when the body opens no apposition closed before the
    grade."""
    if not _APPOSITIVE_OPENS.search(text, 0, body.start()):
        return end
    comma = text.find(",", end)
    return comma if comma != -1 else end


def _possessed_end(text: str, end: int) -> int:
    """Where a body named up to ``end`` ends with the service or judgement it possesses
    ('Waltham Forest's children's services', 'Cleveland Police's child protection work'):
    that body's, not the report's council's (grades10: was read as the council's own)."""
    mark = _POSSESSIVE.match(text, end)
    owned = mark and (
        WHOLE_SERVICE.match(text, mark.end()) or RELEASE_JUDGEMENT_RE.match(text, mark.end())
    )
    return owned.end() if owned else end


def _named_end(text: str, council: Council, at: int) -> int:
    """Where the council named at ``at`` ends, with the word 'Council' after its name."""
    name = max((n for n in council.names if text.startswith(n, at)), key=len, default="")
    end = at + len(name)
    after = _COUNCIL_AFTER.match(text, end)
    return after.end() if after else end
