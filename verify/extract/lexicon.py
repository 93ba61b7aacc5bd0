"""Ofsted's jargon in quote marks, which the quote scanner reads as a term, not a quote.

Grades, judgements, councils and speakers' roles themselves are ``verify.words``'s; this
module adds the one pattern the quote scanner needs.
"""

from __future__ import annotations

import re

from verify.words.grades import RELEASE_GRADE, RELEASE_GRADE_RE
from verify.words.judgements import FORMAL_TITLE

_TERM_RE = re.compile(
    r"^(?:the |an? )?(?:"
    + RELEASE_GRADE
    + r"|adequate|judgement areas?|judgements?|areas? for (?:improvement|development)"
    r"|the experiences and progress of .{0,80}|the impact of leaders.{0,80}"
    r"|overall effectiveness|"
    + RELEASE_GRADE
    + " (?:overall|rating)|"
    + FORMAL_TITLE
    + r")[.!,]?$",
    re.I,
)


_GRADE_PHRASE_WORDS = 5
"""Words at most beside the grades in a phrase that only restates them."""
_GRADE_COMPANIONS = re.compile(
    r"(?:a|an|the|with|but|not|yet|and|or|in|for|of|at|across|all|every|its|their|our|"
    r"overall|throughout|board|areas?|features?|leadership|leaders|ratings?|"
    r"grades?|judgements?|to|be|very|\W+)",
    re.I,
)
"""Words that go with a grade in a phrase that only restates the rating ("good with
outstanding features", "outstanding leadership", "good across the board")."""


def is_term_phrase(words: str) -> bool:
    """True for a grade, a judgement's printed name or Ofsted jargon in quote marks, or a
    short phrase that only restates grades ("good with outstanding features"): the
    conventions make those part of a rating claim, not a quotation of the report."""
    return bool(_TERM_RE.match(words.strip())) or _grade_phrase(words)


def _grade_phrase(words: str) -> bool:
    """True for words holding a grade and, beside the grades, only a few of the words
    that go with one (``_GRADE_COMPANIONS``)."""
    if not RELEASE_GRADE_RE.search(words):
        return False
    rest = [w.strip(".,;:!?'’") for w in RELEASE_GRADE_RE.sub(" ", words).split()]
    rest = [w for w in rest if w]
    return len(rest) <= _GRADE_PHRASE_WORDS and all(_GRADE_COMPANIONS.fullmatch(w) for w in rest)
