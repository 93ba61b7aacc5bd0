"""Ofsted's jargon in quote marks, which the quote scanner reads as a term, not a quote.

Grades, judgements, councils and speakers' roles themselves are ``verify.words``'s; this
module adds the one pattern the quote scanner needs.
"""

from __future__ import annotations

import re

from verify.words.grades import RELEASE_GRADE
from verify.words.judgements import FORMAL_TITLE

_TERM_RE = re.compile(
    r"^(?:the |an? )?(?:"
    + RELEASE_GRADE
    + r"|adequate|judgement areas?|judgements?|areas? for (?:improvement|development)"
    r"|experiences and progress of .{0,80}|impact of leaders.{0,80}"
    r"|overall effectiveness|"
    + RELEASE_GRADE
    + " (?:overall|rating)|"
    + FORMAL_TITLE
    + r")[.!,]?$",
    re.I,
)


def is_term_phrase(words: str) -> bool:
    """True for a grade, a judgement's printed name or Ofsted jargon in quote marks."""
    return bool(_TERM_RE.match(words.strip()))
