"""A grade given to no judgement the claim names: what the claim's own clause gives it to
(a part of the service, a goal), found in the report's prose or in the table.
"""

from __future__ import annotations

import re

from verify.check.common import Context, content_words, shared
from verify.check.grades.table import table_evidence
from verify.types import Claim, Evidence, GradeMention, Report
from verify.words.clauses import clause_spans
from verify.words.grades import GRADING_VERBS, RELEASE_GRADE_RE, grade_text, grades_in
from verify.words.judgements import THE_BOARD, graded_areas, prose
from verify.words.numbers import month_number
from verify.words.qualifiers import (
    AT_INSPECTION_AHEAD,
    GIVEN_AT_INSPECTION,
    GOAL,
    GRADE_GIVEN_TO,
    HOPE,
    SHARE_SUBJECT,
    SOME,
    WHOLE_SERVICE,
    names_only_the_whole,
    names_part,
)
from verify.words.speakers import FRAMING


def _unnamed(claim: Claim, mention: GradeMention, report: Report, ctx: Context):
    """A grade stated without naming a judgement: overall, all areas, or some.

    A 'some' says the grade is some areas' only in the grade's own clause ('..., with
    inspectors saying some services have got worse' counts no areas). When only some areas
    have it, the claim is misleading only on positive evidence that
    it gives the grade to the service as a whole: a release that names what it gives the
    grade to ('good for safeguarding') is right about those areas, and a grade said as a
    goal ('to move to a good rating') is given to nothing yet."""
    overall = report.grade_of("overall_effectiveness")
    areas = graded_areas(report.judgements)
    n = sum(j.grade == mention.grade for j in areas)
    evidence = table_evidence(report, ctx, [j.name for j in report.judgements])
    g = grade_text(mention.grade)
    if overall is None and not areas:
        if (board := report.grade_of("lscb")) and THE_BOARD.search(_own_stretch(claim, mention)):
            # A review of the safeguarding board alone, and the claim grades 'the board':
            # the one the review is of (drift37: 'The review ... judged that the board
            # requires improvement' was left unchecked).
            told = "supported" if board == mention.grade else "contradicted"
            return told, f"The review grades the board {grade_text(board)}", evidence
        # A review of the safeguarding board alone: a grade said of no judgement is the
        # service's ('the inspection published in June rated them inadequate'), which this
        # report does not grade.
        why = f"{report.label} grades only " + ", ".join(prose(j.name) for j in report.judgements)
        return "not_checkable", why, evidence
    if overall == mention.grade:
        return "supported", f"Overall effectiveness is {g}", evidence
    if areas and n == len(areas):
        return "supported", f"All {len(areas)} graded areas are {g}", evidence
    if n and (SOME.search(_grade_clause(claim, mention) or claim.text) or _several(claim, mention)):
        return "supported", f"{n} of {len(areas)} graded areas are {g}", evidence
    if SHARE_SUBJECT.search(_around(claim, mention)[0]):
        # 'although a minority were good': the grade word is said of some of what the
        # sentence names (care plans), no grade of the service to set against the table.
        why = f"The claim says '{g}' of a share of something it names, not of the service"
        return "not_checkable", why, evidence
    if not n:
        said = _said_in_prose(claim, mention, report, ctx) or _said_of_its_subject(
            claim, mention, report, ctx
        )
        if said is not None:
            why = f"No judgement in {report.label} is {g}, but the report says this itself"
            return "supported", why, [said]
        return "contradicted", f"No judgement in {report.label} is {g}", evidence
    some = (
        f"{n} of {len(areas)} graded areas are {g}; overall effectiveness is {grade_text(overall)}"
    )
    subject = _given_to(claim, mention)
    if subject and names_part(subject):
        return "supported", f"{some}; the claim gives the grade to '{subject}'", evidence
    before = _around(claim, mention)[0]
    whole_named = WHOLE_SERVICE.search(_own_stretch(claim, mention))
    if subject or whole_named or names_only_the_whole(before):
        whole = f"'{subject}'" if subject else "the service as a whole"
        return "misleading", f"Only {some}; the claim gives the grade to {whole}", evidence
    return "not_checkable", f"{some}; the claim does not say what it gives the grade to", evidence


_PROSE_SHARE, _PROSE_WORDS = 0.8, 5
"""A report sentence restating a grade claim holds this share of its content words other
than the grade, of at least this many: the claim's own subject, not the council's."""


def _said_in_prose(
    claim: Claim, mention: GradeMention, report: Report, ctx: Context
) -> Evidence | None:
    """The report sentence that gives the claim's grade in the claim's own words ('The
    local authority's Ade Adepitan short breaks centre ... has been judged outstanding in
    a recent inspection'), if any: the grade is that of a subject Ofsted graded in another
    inspection, which the judgement table does not hold, so the table is no evidence
    against it."""
    words = content_words(claim.text) - content_words(mention.printed or "")
    if len(words) < _PROSE_WORDS:
        return None
    index = ctx.index(report)
    for s in index.sentences:
        if mention.grade in grades_in(s.text) and shared(words, s.text) >= _PROSE_SHARE:
            return index.evidence(s.start, s.end, 1.0)
    return None


_SUBJECT_WORDS = 3


_GIVES_GRADE = re.compile(rf"\b(?:{GRADING_VERBS}|rating|judgement|grade)\b", re.I)


def _said_of_its_subject(
    claim: Claim, mention: GradeMention, report: Report, ctx: Context
) -> Evidence | None:
    """The report sentence that says the claim's grade word of what the claim's own clause
    says it of ('inspectors finding its "front door" services to be outstanding' for "with a
    'front door' service that is outstanding", where no judgement is outstanding): every
    content word of the clause (at least three, its framing as Ofsted's finding left out)
    in one sentence holding that grade. The report says it in prose of a part it names,
    which the table does not grade, so the table is no evidence against it. Not a clause
    that rates or judges ('its front door was rated outstanding'): that claims a grade."""
    clause = _grade_clause(claim, mention)
    if clause is None or _GIVES_GRADE.search(clause):
        return None
    words = content_words(FRAMING.sub(" ", clause)) - content_words(mention.printed or "")
    if len(words) < _SUBJECT_WORDS:
        return None
    index = ctx.index(report)
    for s in index.sentences:
        if mention.grade in grades_in(s.text) and shared(words, s.text) == 1.0:
            return index.evidence(s.start, s.end, 1.0)
    return None


def _grade_clause(claim: Claim, mention: GradeMention) -> str | None:
    """The clause of the claim holding the grade's printed words (None when the grade is
    not printed in the claim)."""
    if mention.start is None:
        return None
    return next(
        (claim.text[a:b] for a, b in clause_spans(claim.text) if a <= mention.start < b), None
    )


def _around(claim: Claim, mention: GradeMention) -> tuple[str, str]:
    """The claim's words before and after the grade (both empty when it is not printed
    in the claim)."""
    return mention.around(claim.text) or ("", "")


def _own_stretch(claim: Claim, mention: GradeMention) -> str:
    """The claim's words around one grade, between the grade words printed before and
    after it: what names the service as a whole there ('children's services', 'overall')
    is what this grade is given to; the same words beside another grade ('services have
    been rated good, although help for children who need protection still requires
    improvement') give it nothing. The whole claim when the grade is not printed in it."""
    if mention.start is None or mention.end is None:
        return claim.text
    printed = [m.span() for m in RELEASE_GRADE_RE.finditer(claim.text)]
    start = max((e for _, e in printed if e <= mention.start), default=0)
    end = min((s for s, _ in printed if s >= mention.end), default=len(claim.text))
    return claim.text[start:end]


def _given_to(claim: Claim, mention: GradeMention) -> str | None:
    """What the claim gives the grade to, when it names something after it ('good for
    safeguarding and supporting under 18s'); not a month it was given in."""
    found = GRADE_GIVEN_TO.match(_around(claim, mention)[1])
    if found is None or month_number(found.group("subject").split()[0]):
        return None
    return found.group("subject").strip()


def _as_goal(claim: Claim, mention: GradeMention) -> tuple[str, str, list] | None:
    """(not_checkable, why, no evidence) when words before the grade make it a goal or a
    hope ('aspiration ... move to a good rating', 'hopes to achieve an outstanding rating',
    'had expected Barnet to be rated requires improvement'): a grade no one has given yet
    is neither right nor wrong against the table, whether or not the table holds it. None
    for a grade said as given, as one reached at an inspection held is ('moved from an
    Inadequate rating in 2019 to leapfrog the RI judgement and achieve a judgment of Good
    in its latest full inspection'), unless it is still only hoped for ('hopes to achieve a
    good rating at its latest inspection')."""
    before, after = _around(claim, mention)
    if AT_INSPECTION_AHEAD.match(after):
        why = f"'{grade_text(mention.grade)}' is said of an inspection to come, not as given"
        return "not_checkable", why, []
    if not GOAL.search(before):
        return None
    if GIVEN_AT_INSPECTION.match(after) and not HOPE.search(before):
        return None
    return "not_checkable", f"'{grade_text(mention.grade)}' is said as a goal, not as given", []


_PLURAL_AFTER = re.compile(r"^\W{0,2}\s*(?:judgements|ratings|grades|areas)\b", re.I)


def _several(claim: Claim, mention: GradeMention) -> bool:
    """'The Good judgements ...': a grade named in the plural is some judgements' grade,
    not the overall one."""
    return bool(_PLURAL_AFTER.match(_around(claim, mention)[1]))
