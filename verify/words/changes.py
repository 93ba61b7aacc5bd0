"""The words that tell a change between inspections: improved, kept, declined.

One home, so the claim extractor reads a release's direction and the comparison check
reads a report passage's with the same words ('has improved since', 'echoes its last
rating', 'a far cry from 2009'; 'has not improved' tells none).
"""

from __future__ import annotations

import re

LIKE = r"\b(?:echo|mirror|repeat)(?:s|es|ed|ing)?\s+"
EARLIER_NOUN = r"(?:report|rating|inspection|judgement|verdict|grade)s?\b"
LIKE_EARLIER = rf"{LIKE}(?:(?:a|an|the|its|their|that)\s+)?(?:[\w’'-]+\s+){{0,3}}?{EARLIER_NOUN}"
"""Today's grade said to be an earlier one's again: 'the rating echoes a report in April
2013', 'mirrors the verdict of its 2016 inspection'."""
AWAY_FROM = (
    r"\b(?:(?:a|the)\s+)?(?:\w+\s+)?(?:turn(?:ed)?[- ]?around|transformation|far cry|long way)"
    r"\s+from\b"
)
"""A change told as distance from an earlier time: 'a dramatic turnaround from the severe
criticisms levelled after ... in 2000', 'a far cry from 2009'."""

DIRECTION = (
    (
        "declined",
        re.compile(
            r"\b(?:declin\w*|deteriorat\w*|downgraded|worse|fell|fallen|dropped|slipped"
            r"|down (?:by )?(?:a|one|two|three) grades?)\b",
            re.I,
        ),
    ),
    (
        "improved",
        re.compile(
            r"\b(?<!requires )(?<!require )(?<!requiring )"
            r"(?:improv\w*(?!\s+(?:board|plan|panel|programme|group|partners?|notice|journey"
            r"|advis[eo]rs?|team|work|priorit\w+)s?\b)|upgraded|up from|better than"
            r"|(?:up|jumped|climbed|risen|rose) (?:by )?(?:a|one|two|three) grades?)\b"
            + "|"
            + AWAY_FROM,
            re.I,
        ),
    ),
    (
        "maintained",
        re.compile(
            r"\b(?:maintain\w*|retain\w*|remain(?:s|ed)?|still|again|unchanged"
            r"|(?:the )?same (?:rating|grade|judgement)|(?:rating|grade) is the same"
            r"|(?:kept|keeps?|keeping|holds?|held|holding)\s+(?:on\s+to\s+)?"
            r"(?:its|their|our|the)\s+(?:[\w’'‘“”\"-]+\s+){0,2}?(?:ratings?|grades?|judgements?))\b"
            + "|"
            + LIKE_EARLIER,
            re.I,
        ),
    ),
)
"""Each direction and the words that tell it, the first to match wins: 'worse than it was'
declines although 'than' compares; 'improvement' naming a body or a plan ('the council's
improvement board will meet', 'its improvement journey') tells no change. 'Kept' and
'held' keep only a rating ('has kept the good rating it was given in 2010', 'held on to its
grade'): 'kept children safe' tells no change."""

OF_THE_RATING = re.compile(
    r"\b(?:improv\w*|raised|lifted|maintain\w*|retain\w*|kept|keeps?|holds?|held)\s+"
    r"(?:its|their|our|the|his|her)\s+(?:[\w’'‘“”\"-]+\s+){0,2}?(?:ratings?|grades?|judgements?)\b",
    re.I,
)
"""A change told of the rating itself ('has improved its rating', 'maintained its rating of
adequate', 'retains its "good" grade'): the grades are what it says changed or stayed, so
they settle it, where 'services have improved' may have improved within a grade."""

DENIED_DIRECTION = re.compile(r"(?:\b(?:not|never|no)|n[’']t)\W+(?:\w+\W+)?$", re.I)
"""A negation just before a direction word ('not improved', "hasn't yet improved")."""


def direction_of(sentence: str) -> str | None:
    """improved / maintained / declined, when the sentence says which; a direction denied
    ('has not improved enough') says none."""
    for name, rx in DIRECTION:
        if any(not DENIED_DIRECTION.search(sentence[: m.start()]) for m in rx.finditer(sentence)):
            return name
    return None
