"""The words that tell a change between inspections: improved, kept, declined.

One home, so the claim extractor reads a release's direction and the comparison check
reads a report passage's with the same words ('has improved since', 'echoes its last
rating', 'a far cry from 2009'; 'has not improved' tells none).
"""

from __future__ import annotations

import re

from verify.words.numbers import number

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

_UP_BY = r"(?:up|jump\w*|climb\w*|leap\w*|ris(?:e|es|en|ing)|rose|improv\w*)"
_DOWN_BY = r"(?:down|drop\w*|slip\w*|fall(?:s|en|ing)?|fell)"
_COUNT = r"(?:a|an|one|two|three|four|[1-4])"
_OF_STEPS = rf"\s+(?:of\s+|by\s+)?{_COUNT}\s+(?:whole\s+)?grades?\b"
_HIGHER = r"(?:higher|better|up)\b"
_LOWER = r"(?:lower|worse|down)\b"
STEPS_UP = rf"(?:{_UP_BY}{_OF_STEPS}|{_COUNT}\s+grades?\s+{_HIGHER})"
STEPS_DOWN = rf"(?:{_DOWN_BY}{_OF_STEPS}|{_COUNT}\s+grades?\s+{_LOWER})"
"""A move told as a count of grades ('moved up two grades', 'a leap of two grades', 'up one
grade', 'dropped a grade', 'two grades higher than'), up or down, inside another pattern:
its direction, and how many steps of the scale it crossed (``grade_steps``)."""

DIRECTION = (
    (
        "declined",
        re.compile(
            r"\b(?:declin\w*|deteriorat\w*|downgraded|worse|fell|fallen|dropped|slipped"
            rf"|{STEPS_DOWN})\b",
            re.I,
        ),
    ),
    (
        "improved",
        re.compile(
            r"\b(?<!requires )(?<!require )(?<!required )(?<!requiring )"
            r"(?:improv\w*(?!\s+(?:board|plan|panel|programme|group|partners?|notice|journey"
            r"|advis[eo]rs?|team|work|priorit\w+)s?\b)|upgraded|up from|better than"
            rf"|{STEPS_UP})\b"
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


_STEPS = re.compile(
    rf"\b(?:(?P<up>{_UP_BY})|{_DOWN_BY}){_OF_STEPS.replace(_COUNT, f'(?P<n>{_COUNT})')}"
    rf"|\b(?P<n2>{_COUNT})\s+grades?\s+(?:(?P<higher>{_HIGHER})|{_LOWER})",
    re.I,
)


def grade_steps(sentence: str) -> int | None:
    """The grades a move is told to have crossed, up positive and down negative ('moved up
    two grades' 2, 'dropped a grade' -1, 'two grades higher' 2), or None when no count of
    grades is told."""
    found = _STEPS.search(sentence)
    if found is None:
        return None
    word = (found["n"] or found["n2"]).lower()
    steps = 1 if word in ("a", "an") else number(word) or 0
    up = found["up"] is not None or found["higher"] is not None
    return (steps if up else -steps) or None
