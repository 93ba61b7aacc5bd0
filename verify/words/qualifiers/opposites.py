"""A word said the other way: a prefix that negates it ('insufficient', 'unstable') and
the words that are its opposites ('poor' for 'good', a fall for a rise).

The negation check finds a report's sentence that tells a claim's finding the other way
with these, where no 'not' stands in either.
"""

from __future__ import annotations

import re

from verify.words.criticism import DELAY, TOO_LITTLE

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
