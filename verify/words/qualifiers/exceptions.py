"""A grade said of fewer than all: of some judgements ('good in several areas'), or of
all but the ones a sentence excepts ('every area apart from adoption', 'the only area not
judged outstanding').

Extraction and the grades check read the judgements a grade is not given to the same
way, from these.
"""

from __future__ import annotations

import re

from verify.words.grades import RELEASE_GRADE
from verify.words.judgements import RELEASE_JUDGEMENT_RE

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
