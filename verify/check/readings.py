"""A contradiction that another reading of the sentence makes true is no flag.

Real releases tell an earlier inspection and today's in one breath ("Ofsted's last full
inspection, in autumn 2017, also found services good overall. At that time help and
protection was rated good"), and the checkers settle on one time for each claim. Where
that reading contradicts the report and another time the sentence names makes the claim
true, the contradiction comes from choosing a reading, not from the release: a flag a
journalist cannot trust, so the claim is shown with both readings and not flagged
(``CheckedClaim.held_back``).

The reading asked (``other_reading``), of a claim saying what held at one time (not a
change, a run or a first): the council's last graded report when the sentence (or the one
before it, for 'at that time') names the last or previous visit, else its earlier report
of the one year the sentence names. A claim contradicted under every reading keeps its
flag: a wrong earlier grade dated to its year ('help and protection was inadequate in
2018') is read against 2018's report alone. A sentence opening by pointing back ('In that
inspection, ...') settles the reading itself: true as of the inspection it points to, it
is supported as of it (``_points_back``, session 31), not held back.

Session 26: on the drift wave's held-out half, every contradicted comparison and rating
(6, none right) came from choosing which inspection a sentence speaks of, or which area or
count a grade is of (the last two mended where the words are read); the measure is the
later wave (drift26), held out whole.
"""

from __future__ import annotations

import re
from functools import wraps

from verify.check.common import Checker, Context, held_back, last_sentence_before
from verify.check.comparison.earlier import latest_graded, previous_report
from verify.check.fact import check_fact, stated_in_passing
from verify.check.grades import inspection_years
from verify.check.rating import check_rating
from verify.types import CheckedClaim, Claim, GradeMention, Report
from verify.words.changes import direction_of
from verify.words.dates import (
    EARLIER_VISIT,
    SINCE_YEAR,
    THEN,
    TOLD_IN_PAST,
    TOLD_OF_TODAY,
    YEAR,
)
from verify.words.grades import grade_text
from verify.words.verdicts import HOLDS


def unflagged_if_read_otherwise(checker: Checker) -> Checker:
    """``checker`` for ratings, comparisons and inspection facts, whose ``contradicted``
    stands only when no other reading of the sentence (``other_reading``) makes the claim
    true; otherwise not_checkable, the flag held back and both readings told."""

    @wraps(checker)
    def checked(claim: Claim, ctx: Context, report: Report) -> CheckedClaim:
        result = checker(claim, ctx, report)
        if result.verdict != "contradicted":
            return result
        against = other_reading(claim, ctx, report)
        if against is None or against.label in {e.report for e in result.evidence}:
            return result  # none, or read against that report already by the claim's check
        other = _recheck(claim, ctx, against)
        if other.verdict not in HOLDS:
            return result
        if _points_back(claim, ctx):
            return _read_as_pointed(other, against)
        return _true_read_otherwise(result, f"as of {against.label}", other)

    return checked


def other_reading(claim: Claim, ctx: Context, report: Report) -> Report | None:
    """The report of the other time the claim may be read as of (``_earlier_named``): none
    for a claim that tells a change or today's grade beside another (``_one_time``)."""
    sentence = ctx.sentence_around(claim)
    return _earlier_named(claim, sentence, ctx, report) if _one_time(claim, sentence) else None


def _one_time(claim: Claim, sentence: str) -> bool:
    """True when the claim says what held at one time, which another time may be meant:
    not a change, a run or a first (from one grade to another, 'has dropped to good',
    'has remained good since 2017', 'its first outstanding'), nor a grade said of today
    beside another ('rated good in 2019 and is now requires improvement'), whose two
    times a reading of one leaves half unread."""
    values = claim.values
    told = (values.direction, values.grade_steps, values.first_grade)
    return (
        all(v is None for v in told)
        and direction_of(claim.text) is None
        and not any(m.time_cue == "now" for m in values.grades)
        and not SINCE_YEAR.search(sentence)
    )


def _earlier_named(claim: Claim, sentence: str, ctx: Context, report: Report) -> Report | None:
    """The council's earlier report the claim's ``sentence`` may speak of: the last graded
    one when it names the last or previous visit, and is of the year it names beside, if any
    (a year is then what the claim says of that visit, which another report cannot make
    true: 'the last inspection, which took place in 2017' of a council last inspected in
    2020); else the one of the one year it names but the report's own (years listed, 'good
    in 2014 and again in 2021', are each said of, and a reading of one of them leaves the
    other's grade unread); none when it names the report's own year too (each grade is
    dated). A sentence pointing back ('At that time') speaks of the time the sentence
    before names, and so does an undated one told in the past tense alone, of the sentence
    before it in its paragraph (``_undated_past``)."""
    told = [sentence]
    if THEN.search(sentence):
        told.append(last_sentence_before(ctx.release_index, claim))
    elif _undated_past(sentence):
        told.append(last_sentence_before(ctx.release_index, claim, in_paragraph=True))
    named = {int(y) for text in told for y in YEAR.findall(text)}
    own = inspection_years(report)
    years = named - own
    if named & own:
        return None  # today's year named too: each grade is dated, none left to read otherwise
    if any(EARLIER_VISIT.search(text) for text in told):
        last = latest_graded(ctx, report) or previous_report(ctx, report, None)
        found = last if last and (not years or years & inspection_years(last)) else None
    else:  # one year: the sentence's one other time; several: each said of its own
        found = previous_report(ctx, report, years.pop()) if len(years) == 1 else None
    return found if found is not None and found.sha256 != report.sha256 else None


def _points_back(claim: Claim, ctx: Context) -> bool:
    """True when the claim's sentence names no time of its own and opens by pointing back
    to the time the sentence before names ('In that inspection, services were found
    inadequate overall', after '... a jump of two grades since 2023': drift36, held back as
    a reading chosen), or is told by 'It', whose one antecedent is the earlier visit the
    sentence before opens with ('Ofsted's last full inspection of Sheffield's children's
    services took place over the winter of 2013-14 ... It found that services required
    improvement overall': drift30, held back): the words settle which inspection it
    speaks of."""
    sentence = ctx.sentence_around(claim)
    if YEAR.search(sentence) or EARLIER_VISIT.search(sentence):
        return False
    pointer = THEN.search(sentence)
    if pointer is not None:
        return len(sentence[: pointer.start()].split()) <= _OPENING_WORDS
    if not _IT_TELLS.match(sentence):
        return False
    before = last_sentence_before(ctx.release_index, claim, in_paragraph=True).strip()
    opening = before.splitlines()[-1] if before else ""  # not a heading run into it
    visit = EARLIER_VISIT.search(opening)
    return visit is not None and len(opening[: visit.start()].split()) <= _SUBJECT_WORDS


_OPENING_WORDS = 2
"""Words a sentence may hold before its pointer back and still open with it ('In that
inspection', 'And at that time')."""
_IT_TELLS = re.compile(r"\W*It\s+(?:found|judged|rated|graded|concluded)\b")
"""A sentence told by 'It' with a past verb of finding or grading: the visit just named."""
_SUBJECT_WORDS = 3
"""Words a sentence may hold before the earlier visit it opens with ('Ofsted's last full
inspection', 'The previous inspection', 'Its last inspection')."""


def _read_as_pointed(other: CheckedClaim, against: Report) -> CheckedClaim:
    """``other``, the claim read as of ``against``, told as the reading its words point
    to."""
    why = f"Read as of {against.label}, the inspection the sentence points back to: "
    return other.model_copy(update={"explanation": why + other.explanation})


def _undated_past(sentence: str) -> bool:
    """True when ``sentence`` names no time and tells what it says in the past tense alone
    ('Help and protection and leadership were good', after 'At the previous inspection, in
    March 2017, Southwark was judged good overall.'): it may go on with the time of the
    sentence before."""
    undated = not (YEAR.search(sentence) or EARLIER_VISIT.search(sentence))
    return undated and bool(TOLD_IN_PAST.search(sentence)) and not TOLD_OF_TODAY.search(sentence)


def _recheck(claim: Claim, ctx: Context, report: Report) -> CheckedClaim:
    """The claim's verdict against ``report`` read as one giving grades (or, a fact, dates
    and durations) of that inspection: what the sentence says true of it, or not."""
    if claim.kind == "inspection_fact":
        return check_fact(claim, ctx, report)
    as_rating = _as_rating(claim)
    rated = check_rating(as_rating, ctx, report)
    return stated_in_passing(as_rating, ctx, report, rated) or rated


def _as_rating(claim: Claim) -> Claim:
    """The claim as a rating of the inspection it is read against: a comparison that
    prints only its earlier grade ('The last inspection, in autumn 2017, also found
    services good overall') gives that grade."""
    values = claim.values
    if not values.grades and values.previous_grade is not None:
        told = GradeMention(grade=values.previous_grade, printed=grade_text(values.previous_grade))
        values = values.model_copy(update={"grades": [told]})
    return claim.model_copy(update={"kind": "rating", "values": values})


def _true_read_otherwise(result: CheckedClaim, how: str, other: CheckedClaim) -> CheckedClaim:
    """``result`` held back: read ``how``, the claim is true (``other``); both told."""
    why = (
        f"Not flagged: read {how}, the claim is true ({other.explanation}); the sentence "
        f"does not settle which reading it means. Read as the check did: {result.explanation}"
    )
    return held_back(result, why, [*result.evidence, *other.evidence])
