"""A quotation given to an earlier inspection than the report's: by the words of its own
sentence ('At the last inspection in 2017, inspectors said'), or by words pointing back to
the sentence before, which dates it ('In its 2016 report, Ofsted said ... Back then,
inspectors also warned that ...'). That visit's report holds the words, if any does, so not
finding them in the report checked is no evidence they were misattributed.
"""

from __future__ import annotations

import re

from verify.check.common import Context, last_sentence_before
from verify.check.comparison.earlier import previous_report
from verify.check.quote.segments import _pieces
from verify.types import Claim, Report
from verify.words.dates import AT_EARLIER_VISIT, THEN, VISITED, YEAR
from verify.words.speakers import mentions_inspectors

_SINCE = re.compile(r"\bsince\b[^,;.]{0,40}$", re.I)
_VISIT_NAMED = re.compile(r"\b(?:inspection|visit|report|letter)\b", re.I)


def _dated_earlier(claim: Claim, ctx: Context, report: Report) -> str | None:
    """The words of the quotation's own sentence before it that give it to an earlier
    inspection than the report's ('At the last inspection in 2017, inspectors said', 'In
    2017, the report found'): that visit's report holds the words, if any does, so not
    finding them here is no evidence they were misattributed (was: misattributed, or with
    the archive 'these words are from' the very report the release named). None when the
    sentence dates nothing, or dates the visit at hand, or a year or 'two years ago' names
    no visit and no inspectors follow it ('the team, set up two years ago, was'). Session
    22 (quotes22): words pointing back ('Back then', 'At that time', 'That report', ``THEN``)
    date it as the sentence before dates its own words (was misattributed, 'these words are
    from' the 2016 report the sentence before named)."""
    own = ctx.sentence_around(claim)
    before = own[: max(own.find(_pieces(claim)[0]), 0)]
    visit = report.inspection_start or report.inspection_end
    if earlier := _earlier_visit(before, visit):
        return earlier
    if THEN.search(before):
        return _earlier_visit(last_sentence_before(ctx.release_index, claim), visit)
    return None


def dated_report(ctx: Context, report: Report, words: str) -> Report | None:
    """The council's earlier report that ``words`` (``_dated_earlier``'s) give a quotation
    to: the one of the year they name ('in 2019, when inspectors found'), the latest
    earlier one when they name none ('at the last inspection', and also 'four years ago'
    or the sentence before's 'back then', whose visit is not counted back to); None when
    the archive (or ``--previous``) holds no such report."""
    year = YEAR.search(words)
    return previous_report(ctx, report, int(year.group()) if year else None)


def _earlier_visit(before: str, visit) -> str | None:
    """The words of ``before`` dating what follows them to a visit before ``visit``."""
    for m in AT_EARLIER_VISIT.finditer(before):
        year = m["y"] or m["z"]
        if _SINCE.search(before, 0, m.start()):
            continue  # 'since the last inspection in 2017, leaders have': a change told now
        if not _dates_a_visit(before, m):
            continue  # 'the team, set up two years ago, was': dates the team, not a visit
        if year is None or (visit is not None and int(year) < visit.year):
            return m.group().strip()
    return None


_CLAUSE_BREAK = re.compile(r"[,;:()]")


def _dates_a_visit(before: str, m: re.Match) -> bool:
    """True when the date ``m`` found in ``before`` (a quotation's sentence up to it) is a
    visit's: it names one ('the 2017 inspection'), inspectors follow it ('In 2017,
    inspectors said'), or its own clause tells of a visit ('When inspectors last visited
    the front door in 2022, they said': quotes18, was misattributed, 'they' not read as
    the inspectors)."""
    if _VISIT_NAMED.search(m.group()) or mentions_inspectors(before[m.end() :]):
        return True
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(before, 0, m.start())]
    return bool(VISITED.search(before, breaks[-1] if breaks else 0, m.start()))
