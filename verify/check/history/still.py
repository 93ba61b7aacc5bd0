"""A grade said to be held still ('services remain requires improvement'), against the
council's last inspection.
"""

from __future__ import annotations

import re

from verify.check.common import Context, verdict
from verify.check.history.reading import _claimed
from verify.check.history.runs import Step, _equivalent_grade, _for, _grade, _on, _printed_steps
from verify.types import CheckedClaim, Claim, Report
from verify.words import GRADED_FRAMEWORKS
from verify.words.grades import grade_rank, grade_text

_STILL = re.compile(
    r"\b(?:remains?|remained|still(?: rated| judged)?|continues? to be(?: rated| judged)?)"
    r"\W{0,2}$",
    re.I,
)
"""Words right before a grade saying it was held before too: 'remains good', 'still
rated requires improvement'."""


_STILL_NEEDS = re.compile(r"\bstill\s+$", re.I)
"""'Still' right before 'requires improvement' used as a verb ('help and protection still
requires improvement'): its words stay true of a service that was inadequate, which needed
improving too. The grade's name after 'remains' or in quotes ("remain 'requires
improvement'") is the grade, and was not held before."""


def _still_held(
    claim: Claim, ctx: Context, report: Report, earlier: list[Report]
) -> CheckedClaim | None:
    """'Services remain requires improvement' with the grade right today: contradicted when
    the council's last inspection gave another grade (its report, or, with none to hand,
    the report's own account of the one before). None otherwise: today's grade is the
    rating checker's, and a grade held before, or not known, flags nothing; nor does
    'still requires improvement' after inadequate (``_STILL_NEEDS``)."""
    claimed = _claimed(claim)
    if claimed is None or not _STILL.search(claim.text[: claimed[2]]):
        return None
    grade, judgement, _ = claimed
    if _grade(report, judgement) != grade:
        return None
    graded = [p for p in earlier if p.framework in GRADED_FRAMEWORKS]
    # The judgement's name in that report's framework: SIF's leadership, management and
    # governance is ILACS's impact of leaders (was none, so nothing held); not a broader
    # judgement it was judged within (care leavers within children in care, 2018-2023).
    steps = [Step(p.label, _equivalent_grade(p, judgement)) for p in graded]
    last = (steps or _printed_steps(report, judgement) or [None])[0]
    if last is None or last.grade is None or grade_rank(last.grade) == grade_rank(grade):
        return None  # 2012's 'adequate' is the step 'requires improvement' took over
    needs = grade == "requires_improvement" and _STILL_NEEDS.search(claim.text[: claimed[2]])
    if needs and last.grade == "inadequate":
        return None  # an inadequate service needed improving too: 'still' holds in words
    why = f"Not held before: {last.label} was {grade_text(last.grade)} {_for(judgement)}."
    return _on(last, verdict(claim, "contradicted", why), ctx)
