"""Parse the values a claim states (grades, counts, dates, team sizes...) from its words.

Checks compare these values with the report's, never the wording, so "rated
‘Outstanding’ in 50 per cent of the judgement areas" becomes a grade, a percent
and a quantifier the checker can count against the judgement table.

A package, one module a reading, each used by those after it: ``counts`` (quantifiers of
judgements, and counts of areas that moved), ``visit`` (the visit's length, team, lead
inspector and months), ``timing`` (when a grade was given: now, earlier, a year near
it), ``no_grade`` (grade words that give no grade: aims, denials, the scale, plain
English), ``rating`` (whether a grade word is a rating), ``given_to`` (the judgement a
grade is given to, by where it stands against the judgement's name), ``mentions`` (grade
mentions, each with the judgements it is given to), ``earlier`` (the earlier inspection's
year and grade, the first grade, a pre-2013 'adequate') and ``parse`` (``parse_values``,
the sentence's values together, and ``fact_clause``).
"""

from verify.extract.values.counts import items_under_heading
from verify.extract.values.earlier import adequate_given, first_grade
from verify.extract.values.mentions import grade_mentions
from verify.extract.values.parse import (
    fact_clause,
    inherit_grades,
    judgement_pointed_back,
    list_introduced,
    listed_grades,
    parse_values,
    states_visit,
)
from verify.extract.values.timing import SUBJECTLESS, tells_earlier_inspection, told_in_past
from verify.extract.values.visit import bare_months, lead_inspector

__all__ = [
    "SUBJECTLESS",
    "adequate_given",
    "bare_months",
    "fact_clause",
    "first_grade",
    "grade_mentions",
    "inherit_grades",
    "items_under_heading",
    "judgement_pointed_back",
    "lead_inspector",
    "list_introduced",
    "listed_grades",
    "parse_values",
    "states_visit",
    "tells_earlier_inspection",
    "told_in_past",
]
