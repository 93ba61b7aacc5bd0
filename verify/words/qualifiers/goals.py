"""A grade hoped for, not given: the words of aiming before a grade, and the inspection
after it that dates it to one held or to one to come.

The grades check reads 'aims to be rated good' as no grade given, and 'to achieve a good
rating at its latest inspection' as one given, from these.
"""

from __future__ import annotations

import re

from verify.words.dates import TO_COME, TO_HAPPEN

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
_AT_AN_INSPECTION = (
    r"^\W{0,2}\s*(?:(?:ofsted\s+)?(?:rating|judge?ment|grade)\s+)?"
    r"(?:in|at|following|after)\s+(?:its|the|this|their)\s+"
)
"""The words right after a grade that open an inspection it is dated to ('at its', 'Ofsted
rating in the', 'following their'), before the words that say which: one held
(``GIVEN_AT_INSPECTION``) or one to come (``AT_INSPECTION_AHEAD``). Inside another pattern."""
GIVEN_AT_INSPECTION = re.compile(
    rf"{_AT_AN_INSPECTION}"
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
    rf"{_AT_AN_INSPECTION}"
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
