"""Which of a claim's grades are the report's own inspection's: the years the report
inspects, the current grades, and a claim whose every grade is an earlier one.
"""

from __future__ import annotations

from verify.types import Claim, GradeMention, Report
from verify.words.judgements import INSPECTION_TITLE, TITLE_AREAS


def inspection_years(report: Report) -> set[int]:
    """The years of a report's inspection and publication: its grades' own time. The
    publication is the printed date, else the file's (ILACS reports print none): an
    inspection in November 2018 published in January 2019 is 'rated inadequate in 2019'
    as often as 'in 2018'."""
    dates = (report.inspection_start, report.inspection_end, report.published or report.file_date)
    return {d.year for d in dates if d}


def current_grades(claim: Claim, report: Report) -> list[GradeMention]:
    """The grades the claim gives this report's inspection (not an earlier one's)."""
    own = inspection_years(report)
    mentions = _whole_inspection(claim, [m for m in claim.values.grades if not m.said_before(own)])
    now = [m for m in mentions if m.judgement is None and m.time_cue == "now" and m.start]
    if len({m.grade for m in now}) != 1:
        return mentions
    # 'After being judged inadequate, Barnet ... is now rated good': the service's one grade
    # of today is the one said 'now'; another given the service before it, with no time of
    # its own, is its past (one after it may be today's too: '..., and requires
    # improvement in one area').
    return [m for m in mentions if not _past_before_now(m, now[0])]


def _whole_inspection(claim: Claim, mentions: list[GradeMention]) -> list[GradeMention]:
    """``mentions`` with the grades read for the areas the inspection's own title lists
    ('services for children in need of help and protection, children in care and care
    leavers have been judged good') made one grade of the whole: the release names the
    inspection, as Ofsted's title does, not each area."""
    if not INSPECTION_TITLE.search(claim.text):
        return mentions
    listed = [m for m in mentions if m.judgement in TITLE_AREAS]
    if len({(m.grade, m.start) for m in listed}) != 1 or len(listed) < 3:
        return mentions
    whole = listed[0].model_copy(update={"judgement": None})
    return [whole, *(m for m in mentions if m.judgement not in TITLE_AREAS)]


def _past_before_now(mention: GradeMention, now: GradeMention) -> bool:
    """True for a grade given the whole service, with no time of its own, printed before
    the other grade the claim says it has 'now'."""
    return (
        mention.judgement is None
        and mention.time_cue is None
        and mention.grade != now.grade
        and mention.start is not None
        and mention.start < now.start
    )


def only_earlier_grades(claim: Claim, report: Report) -> bool:
    """True when every grade the claim states is said of an earlier inspection (a
    comparison's 'improved from requires improvement in 2021' with no grade of today's)."""
    return bool(claim.values.grades) and not current_grades(claim, report)
