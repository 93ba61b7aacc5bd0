"""A claim counting grades ('all', 'the only', a number beside a grade): whether it is a
share, which grade it counts, and its verdict against the share's readings.
"""

from __future__ import annotations

import re

from verify.check.common import Context
from verify.check.grades.named import _either
from verify.check.grades.shares import _MOST, _WORDS, check_share
from verify.types import CheckedClaim, Claim, GradeMention, Report
from verify.words.changes import CHANGED
from verify.words.clauses import clause_start
from verify.words.grades import COUNT_BEFORE_GRADE, RELEASE_GRADE_RE
from verify.words.numbers import number
from verify.words.qualifiers import EXCEPTION


def _is_share(claim: Claim, mentions: list[GradeMention]) -> bool:
    """True for a count or share of areas at a grade ('good in three of four areas'); not
    for a count of the areas the sentence then names, each with its own grade ('in three
    areas, impact of leaders, judged requires improvement, ...')."""
    v = claim.values
    said = (v.quantifier or "").lower()
    counted = said in _WORDS or _MOST.match(said) or v.all_but is not None
    if v.percent is None and v.count is None and not counted:
        return False
    if v.quantifier == "all" and v.count is None and not _all_at_one_grade(claim, mentions):
        return False
    if _counts_an_earlier_grade(claim, mentions) or _counts_a_change(claim):
        return False
    named = {m.judgement for m in mentions if m.judgement}
    lists_them = v.count == len(named) and all(m.judgement for m in mentions)
    return not lists_them or _the_only_one(claim)


_CHANGE_COUNTED = re.compile(
    r"(?<!require )(?<!requires )(?<!required )(?<!requiring )"
    rf"{CHANGED}(?:\s+(?:its|their|the)\s+(?:grades?|ratings?|judgements?))?"
    r"\s+(?:in|across|for|on)\s+$",
    re.I,
)
"""A change told just before a count, which counts where it happened ('improvements in',
'got better across', 'improved its grade in'); never the grade 'requiring improvement in
three areas'."""


def _counts_a_change(claim: Claim) -> bool:
    """True when the count counts the areas a change happened in ('Ofsted found
    improvements in two of the three areas, which are now rated good'; 'Services have got
    better in two of the three areas, and all are now rated good'), not those at a grade:
    each was checked as two areas good of three, and contradicted by a table good in all
    three (found probing the share check)."""
    at = _count_at(claim)
    return at > 0 and bool(_CHANGE_COUNTED.search(claim.text, 0, at))


def _counts_an_earlier_grade(claim: Claim, mentions: list[GradeMention]) -> bool:
    """True when every grade joined to the count (``_joined_to_count``) is one of an earlier
    time, none of today's ``mentions``: 'Half of the areas inspected in 2019 were
    inadequate; all are now good' counts 2019's areas, and was checked as today's half
    good and contradicted."""
    at = _count_at(claim)
    placed = [g for g in claim.values.grades if g.start is not None]
    joined = _joined_to_count(claim, placed, at) if at >= 0 else []
    today = {m.start for m in mentions}
    return bool(joined) and all(g.start not in today for g in joined)


def _count_at(claim: Claim) -> int:
    """Where the claim's count or share is printed (its quantifier's first place; -1 when
    the text does not hold it)."""
    return claim.text.lower().find((claim.values.quantifier or "").lower())


def _the_only_one(claim: Claim) -> bool:
    """True for a grade said of one area alone ('Help and protection was the only area
    rated inadequate'): a count of one, of the area it names."""
    return (claim.values.quantifier or "").lower().startswith("the only")


def _share_grade(claim: Claim, mentions: list[GradeMention]) -> str:
    """The grade a count or share is of: of several, the one printed nearest the count
    ('An inadequate rating for leaders sits alongside requires improvement judgements in
    the other three areas': three areas require improvement), one given to no named
    judgement first; not one printed in a clause before the count's ('Care leavers were
    rated good, while the other three areas were judged to require improvement': the three
    are the areas that require improvement, not the good one printed nearer)."""
    at = _count_at(claim)
    placed = [m for m in mentions if m.start is not None]
    if at < 0 or len(placed) < 2:
        return mentions[0].grade
    placed = [m for m in placed if m.start >= clause_start(claim.text, at)] or placed
    placed = _joined_to_count(claim, placed, at) or placed
    pool = [m for m in placed if m.judgement is None] or placed
    return min(pool, key=lambda m: abs(m.start - at)).grade


_JOINS = re.compile(r"\b(?:and|but|while|whilst|whereas)\b|[,;]", re.I)
"""Words between a grade and a count that join another part to the sentence: a grade
across one is that part's, not the count's."""


def _joined_to_count(claim: Claim, placed: list[GradeMention], at: int) -> list[GradeMention]:
    """The grades printed with nothing joining another part between them and the count at
    ``at`` ('rated inadequate by Ofsted in four areas and requiring improvement in another':
    inadequate, not the requires improvement printed nearer, after 'and')."""
    end = at + len(claim.values.quantifier or "")
    return [
        m
        for m in placed
        if not _JOINS.search(
            claim.text[m.end : at]
            if m.end is not None and m.end <= at
            else claim.text[end : m.start]
        )
    ]


def _share_verdict(
    claim: Claim, report: Report, ctx: Context, mentions: list[GradeMention]
) -> CheckedClaim:
    """A count or share checked for the grade it is read to be of (``_share_grade``); when
    the table contradicts that reading but fits the grade printed right beside the count
    ('inadequate in three of the four judgements, with ... the exception: that area requires
    improvement'), the sentence was misread, not the table misreported: that reading's
    verdict."""
    grade = _share_grade(claim, mentions)
    result = check_share(claim, report, ctx, _either(claim, mentions, grade))
    beside = _grade_beside_count(claim, mentions)
    if result.verdict == "contradicted" and beside is not None:
        other = check_share(claim, report, ctx, _either(claim, mentions, beside))
        if other.verdict == "supported":
            return other
    if result.verdict != "supported":
        return result
    return next((r for r in _second_counts(claim, report, ctx, mentions) if r), result)


def _second_counts(claim: Claim, report: Report, ctx: Context, mentions: list[GradeMention]):
    """The verdicts of a share's other counts that do not hold, each with the grade after it
    ('Two of the areas were good and two outstanding', ``COUNT_BEFORE_GRADE``; noticed23:
    only the first count was checked, so 'three good and one outstanding' of two of each
    was supported): each count checked as the first is, of its own grade (None for one that
    holds)."""
    for m in mentions:
        said = COUNT_BEFORE_GRADE.search(claim.text[: m.start]) if m.start else None
        if said is None or m.judgement is not None or number(said["n"]) is None:
            continue
        count = {"count": number(said["n"]), "quantifier": said["n"]}
        values = claim.values.model_copy(update={**count, "percent": None, "all_but": None})
        counted = claim.model_copy(update={"values": values})
        got = check_share(counted, report, ctx, _either(claim, mentions, m.grade))
        yield got if got.verdict != "supported" else None


def _grade_beside_count(claim: Claim, mentions: list[GradeMention]) -> str | None:
    """The grade whose word stands nearest the count or share, whatever it is given to (of
    those joined to it, ``_joined_to_count``)."""
    at = _count_at(claim)
    placed = [m for m in mentions if m.start is not None]
    if at < 0 or not placed:
        return None
    placed = _joined_to_count(claim, placed, at) or placed
    return min(placed, key=lambda m: abs(m.start - at)).grade


def _all_at_one_grade(claim: Claim, mentions: list[GradeMention]) -> bool:
    """True when an 'all areas' (no number) gives every area one grade: a single grade
    named, no exception made ('outstanding in all areas except ...' is no share) and no
    earlier inspection's grade it could be of ('good, up from requires improvement in all
    areas')."""
    v = claim.values
    grades = {m.grade for m in (*mentions, *v.grades)}
    earlier = v.previous_grade or v.previous_year or v.direction
    return (
        len(grades) == 1
        and not earlier
        and not EXCEPTION.search(claim.text)
        and not _other_grade_printed(claim, mentions)
    )


def _other_grade_printed(claim: Claim, mentions: list[GradeMention]) -> bool:
    """True when the claim prints a grade word that is none of today's ``mentions``: the
    'all' may be that one's ('a good grade this time, compared with good across the board
    in 2022')."""
    own = {m.start for m in mentions if m.start is not None}
    return any(g.start() not in own for g in RELEASE_GRADE_RE.finditer(claim.text))
