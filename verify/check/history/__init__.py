"""A council's own run of inspections: 'its first "outstanding" rating', 'outstanding for
the third consecutive time', 'the first judgement inspection since 2017'.

These are claims about every earlier inspection of the council, not about one report, so
they are judged against the council's earlier reports (given with ``--previous`` or taken
from the archive), latest first, and, for inspections older than any of those, the oldest
report's own account of its earlier inspections ('The previous inspection ... was
published in June 2012. The local authority was judged to be outstanding.'). A rating's
grade dated to an earlier year ('rated good in 2022') is judged against that year's report,
and a count or 'first' of councils read in a claim of any kind goes to the national checker
when the archive settles it. A claim of another shape is left to its kind's checker
(``own_history`` returns None).

A package, one module a concern, each using only those before it: ``reading`` (what the
claim says of the run, ``_IN_A_ROW``, ``_times_in_a_row``, ``_claimed``), ``runs`` (the
council's run of inspections, ``Step``, ``_earlier_reports``, ``_run``, ``_printed_steps``),
``dated`` (a grade dated to an earlier year, ``_dated_grades``), ``still`` (a grade held
still, ``_still_held``), ``first`` (a first grade or the first inspection since a year,
``_first_grade``, ``_previous_graded_in``), ``counted`` (a run counted, ended or the best
since a year, ``_in_a_row``, ``_nth_time``, ``_run_ended``, ``_best_since``, ``_years_of``)
and ``steps`` (``own_history``). Every name kept, a private one in the module named here or
beside it; ``common.check_name`` labels each verdict by this package's name
(``history._in_a_row``).
"""

from verify.check.history.runs import Step
from verify.check.history.steps import own_history

__all__ = ["Step", "own_history"]
