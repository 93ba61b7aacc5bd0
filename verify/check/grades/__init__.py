"""The grades a claim states, against a report: its judgement table, or the passage for
grades of things outside it (children's homes). Shared by the rating and comparison
checks (``verify.check.rating``, ``verify.check.comparison``), neither of which calls the
other.

Counting rule, always stated: "areas" are the graded judgements other than
overall effectiveness (and the LSCB review); a share is also computed with overall
effectiveness, the LSCB review, both, and of a SIF report its key judgements alone
(``share_readings``); a claim matching any reading stands, and its explanation names it.

A package, one module a concern, each using only those before it: ``table`` (where the
judgement table prints a grade, ``table_evidence``, ``printed_at``, ``adequate_of_its_time``),
``shares`` (a share's readings, ``share_readings``, ``check_share``), ``named`` (grades of
the judgements a claim names, ``_named``, ``_all_but_named``, ``_either``), ``unnamed`` (a
grade given to no judgement named, ``_unnamed``, ``_as_goal``, ``_several``), ``counts``
(a count of grades, ``_is_share``, ``_share_verdict``, ``_the_only_one``), ``subjects``
(grades of subjects outside the table, ``check_other_subject``), ``years`` (the report's
own inspection's grades, ``inspection_years``, ``current_grades``) and ``steps``
(``grade_path``, ``grades_verdict``). Every name kept, a private one in the module named
here or beside it (``grades._share_grade`` in ``counts``); ``common.check_name`` labels
each verdict by this package's name (``grades._unnamed``).
"""

from verify.check.grades.shares import Reading, check_share, share_readings
from verify.check.grades.steps import GradePath, GradeReading, grade_path, grades_verdict
from verify.check.grades.subjects import check_other_subject, naming_other_subject
from verify.check.grades.table import adequate_of_its_time, printed_at, table_evidence
from verify.check.grades.years import current_grades, inspection_years, only_earlier_grades

__all__ = [
    "GradePath",
    "GradeReading",
    "Reading",
    "adequate_of_its_time",
    "check_other_subject",
    "check_share",
    "current_grades",
    "grade_path",
    "grades_verdict",
    "inspection_years",
    "naming_other_subject",
    "only_earlier_grades",
    "printed_at",
    "share_readings",
    "table_evidence",
]
