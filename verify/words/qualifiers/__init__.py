"""Qualifiers: the words that limit what a sentence says, and the words that give a grade
to the service as a whole or to something narrower.

One home for them, so the finding check (a limit the claim drops) and the grades check (a
grade said of part of the service, or as a goal) read a sentence's limits the same way.

A package since session 26, one module a concern, each using only those before it:
``limits`` (how far and how often a finding holds, ``HEDGES``, ``UNIVERSAL``, ``ALWAYS``,
``VARIES``, ``IN_PART``, ``CONDITION``, ``AS_NEEDED``), ``negation`` (a statement denied,
``NEGATION``, ``negated_before``, ``words_before``, ``DENIED_AFTER``, ``NOT_ONLY``,
``ended_by_until``, ``negations_written_out``),
``opposites`` (a word said the other way, ``NEGATIVE_PREFIX``, ``plain_forms``,
``OPPOSITES``), ``exceptions`` (a grade said of some or of all but some, ``SOME``,
``EXCEPTION``, ``ONLY_ONE_NOT``, ``excepted_judgements``), ``subjects`` (what a grade or a
finding is said of, ``WHOLE_SERVICE``, ``GRADE_GIVEN_TO``, ``SHARE_SUBJECT``,
``names_only_the_whole``, ``names_part``, ``_PLACE_NOUNS``, ``NOT_THE_SUBJECT``), ``goals``
(a grade hoped for, ``HOPE``, ``GOAL``, ``GIVEN_AT_INSPECTION``, ``AT_INSPECTION_AHEAD``) and
``bodies`` (a grade of another body, ``other_body``). Every name the rest of the project
imports is kept here; a private one in the module named here.
"""

from verify.words.qualifiers.bodies import other_body
from verify.words.qualifiers.exceptions import (
    EXCEPTION,
    EXCEPTIONS,
    NAMED_ONLY_ONE_NOT,
    ONLY_ONE_NOT,
    SOME,
    excepted_judgements,
)
from verify.words.qualifiers.goals import AT_INSPECTION_AHEAD, GIVEN_AT_INSPECTION, GOAL, HOPE
from verify.words.qualifiers.limits import (
    ALWAYS,
    AS_NEEDED,
    CONDITION,
    HEDGES,
    IN_PART,
    IN_PROGRESS,
    UNIVERSAL,
    VARIES,
    WHOLLY,
)
from verify.words.qualifiers.negation import (
    DENIED_AFTER,
    NEGATION,
    NOT_ONLY,
    ended_by_until,
    negated_before,
    negations_written_out,
    words_before,
)
from verify.words.qualifiers.opposites import NEGATIVE_PREFIX, OPPOSITES, plain_forms
from verify.words.qualifiers.subjects import (
    GRADE_GIVEN_TO,
    NOT_THE_SUBJECT,
    SHARE_SUBJECT,
    WHEN_AND_HOW_FAR,
    WHOLE_SERVICE,
    heads_a_part,
    names_only_the_whole,
    names_part,
)

__all__ = [
    "ALWAYS",
    "AS_NEEDED",
    "AT_INSPECTION_AHEAD",
    "CONDITION",
    "DENIED_AFTER",
    "EXCEPTION",
    "EXCEPTIONS",
    "GIVEN_AT_INSPECTION",
    "GOAL",
    "GRADE_GIVEN_TO",
    "HEDGES",
    "HOPE",
    "IN_PART",
    "IN_PROGRESS",
    "NAMED_ONLY_ONE_NOT",
    "NEGATION",
    "NEGATIVE_PREFIX",
    "NOT_ONLY",
    "NOT_THE_SUBJECT",
    "ONLY_ONE_NOT",
    "OPPOSITES",
    "SHARE_SUBJECT",
    "SOME",
    "UNIVERSAL",
    "VARIES",
    "WHEN_AND_HOW_FAR",
    "WHOLE_SERVICE",
    "WHOLLY",
    "ended_by_until",
    "excepted_judgements",
    "heads_a_part",
    "names_only_the_whole",
    "names_part",
    "negated_before",
    "negations_written_out",
    "other_body",
    "plain_forms",
    "words_before",
]
