"""A statement denied: the negation words, the words just before a place read for one,
and the 'not' that is no negation ('not only').

Every check that asks whether a claim or a report's sentence says what is not so reads
its negation here, so 'not', 'never' and 'n't' count the same everywhere.
"""

from __future__ import annotations

import re

NEGATION = re.compile(r"\b(?:not|no|never|none|nor|cannot)\b|n[’']t\b", re.I)
"""A negated statement: a claim that says what is not so does not state a begun or partial
thing as done or whole."""
_NEET = re.compile(r"\bNEETs?\b")


def negations_written_out(text: str) -> str:
    """``text`` with an abbreviation that holds a negation written out: 'NEET' is 'not in
    education, employment or training', so 'the proportion of care leavers who are NEET
    has fallen' says what '... not in education, employment or training has fallen' says
    (drift32's wolverhampton_2017, once figures picked its sentence: read as the claim's
    'not' said plainly, and support withheld)."""
    return _NEET.sub("not in education, employment or training", text)


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


_UNTIL = re.compile(r"[^,;.]{0,60}?\buntil\b", re.I)


def ended_by_until(text: str, end: int) -> bool:
    """True when the negation or hedge ending at ``end`` is closed by 'until' in its
    clause: 'The extent of the decline was not fully recognised until the recently
    appointed director ... commissioned a diagnostic review' tells when it was recognised,
    so a claim that the director recognised it drops no 'not fully' (drift33: misleading)."""
    return _UNTIL.match(text, end) is not None
