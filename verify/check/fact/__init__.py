"""Inspection facts: dates, duration, team size, framework and inspection type, publication
date, and times said relative to the release ('last month', 'published on Friday', 'in the
autumn'), read against its dateline and never guessed without one.

A package, one module a part of the check, each used by those after it: ``cues`` (which
visit or event a fact's words are of), ``duration`` (the visit's days counted, and a stated
duration), ``dates`` (full dates and the report's publication), ``months`` (months named
without a day), ``inspection`` (team, lead inspector, framework, inspection type, years
since the last inspection), ``relative`` (times said relative to the release) and ``steps``
(``check_fact`` and ``stated_in_passing``, gathering the comparisons). ``common.check_name``
labels each verdict by this package's name (``fact.check_fact``).
"""

from verify.check.fact.duration import days_spanned, weeks_spanned
from verify.check.fact.steps import (
    DATES_QUERY,
    check_fact,
    compared_values,
    evidence_query,
    looks_up_evidence,
    stated_in_passing,
    told_as_finding,
)

__all__ = [
    "DATES_QUERY",
    "check_fact",
    "compared_values",
    "days_spanned",
    "evidence_query",
    "looks_up_evidence",
    "stated_in_passing",
    "told_as_finding",
    "weeks_spanned",
]
