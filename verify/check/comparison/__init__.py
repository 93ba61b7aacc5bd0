"""Comparisons with an earlier inspection.

With ``--previous FILE`` the earlier report's judgement table is the reference;
otherwise the previous-inspection facts the current report prints.

A package, one module a part of the check, each used by those after it: ``claimed`` (what
the claim says it compares), ``earlier`` (which earlier inspection it is with),
``direction`` (the direction between grades and its verdict), ``accounts`` (reading the
report's own accounts of earlier inspections), ``against_report`` (judged against the
earlier report), ``against_account`` (against the report's account) and ``compare``
(``check_comparison``, routing between them). ``common.check_name`` labels each verdict by
this package's name (``comparison._against_printed``).
"""

from verify.check.comparison.accounts import LOOKED_AFTER_AREAS, area_grade, graded_apart
from verify.check.comparison.against_account import ACCOUNT
from verify.check.comparison.claimed import area_hung_on, first_judgement
from verify.check.comparison.compare import check_comparison
from verify.check.comparison.direction import direction_between, direction_verdict
from verify.check.comparison.earlier import not_last_year

__all__ = [
    "ACCOUNT",
    "LOOKED_AFTER_AREAS",
    "area_grade",
    "area_hung_on",
    "check_comparison",
    "direction_between",
    "direction_verdict",
    "first_judgement",
    "graded_apart",
    "not_last_year",
]
