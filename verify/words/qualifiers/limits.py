"""How far and how often a finding holds: the words that limit it (a condition, a hedge,
a degree said only in part, a thing that varies) and the words that tell it of all.

The finding and negation checks read a claim's limits against the report's with these: a
claim that drops the report's 'not yet' or 'broadly', or adds 'always', says more than it.
"""

from __future__ import annotations

import re

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
