"""Full dates a claim states, checked against the visit's days and the report's publication.

Which of a claim's dates are this visit's or its report's (``_visit_dates``), the year a
yearless date is given (``claim_dates``), a day given as the visit's first or last that is
another of its days (``_wrong_edge``), when the report was published (``publication``),
and ``_dates``, the verdict on them.
"""

from __future__ import annotations

import re
from datetime import date

from verify.check.fact.cues import _EARLIER_MONTH, _MONTH_NEAR, _PUBLISHED, _visit_cues, _word_start
from verify.check.fact.duration import visit_periods
from verify.types import Claim, Report
from verify.words.dates import (
    EARLIER_INSPECTION,
    EARLIER_VISITED,
    LOOKING_BACK,
    YEAR,
    date_spans,
    parse_dates,
)
from verify.words.judgements import RELEASE_JUDGEMENT_RE as JUDGEMENT_RE
from verify.words.speakers import framing_blanked


def _dates(claim: Claim, report: Report) -> tuple[str, str] | None:
    if not claim_dates(claim, report):
        return None
    stated = _visit_dates(claim, report)
    if not stated:
        return None  # "since the last inspection on 5 March 2019": another visit's date
    start, end = report.inspection_start, report.inspection_end
    printed = publications(report)
    published = [day for day, _ in printed]
    if not (start or end or published):
        return "not_checkable", f"{report.label} has no dates"
    bad = [d for d in stated if d not in published and not (start and end and start <= d <= end)]
    facts = [inspected(report)] if start and end else []
    facts += [f"published {day:%-d %B %Y}{how}" for day, how in printed]
    if bad and not published and all(end and d > end for d in bad):
        if not _PUBLISHED.search(claim.text) and _visit_cues(claim.text):
            # "Inspectors visited from 2 to 13 January": dates of the visit, not of the report.
            days = ", ".join(f"{d:%-d %B %Y}" for d in bad)
            return "contradicted", f"{days} is after the inspection: {'; '.join(facts)}"
        return "not_checkable", "The report's publication date is not known; " + "; ".join(facts)
    if bad:
        return (
            "contradicted",
            f"{', '.join(f'{d:%-d %B %Y}' for d in bad)} does not match: {'; '.join(facts)}",
        )
    if start and end and (edge := _wrong_edge(claim, report, stated)):
        return "contradicted", f"{edge}; the report: {'; '.join(facts)}"
    if (
        start
        and end
        and len(stated) == 2
        and _RANGE.search(claim.text)
        and stated[1] <= end
        and (stated[0], stated[1]) != (start, end)
    ):
        # "took place between 11 and 21 July" names the visit's first and last days.
        said = f"{stated[0]:%-d %B} to {stated[1]:%-d %B %Y}"
        return "contradicted", f"The visit is given as {said}; the report: {'; '.join(facts)}"
    return "supported", "Matches: " + "; ".join(facts)


_WHAT_WAS_DONE = r"(?:(?:its|their|the|her|his)\s+)?(?:[a-z-]+\s+)?(?:[A-Z][a-z]+\s+)?"
"""What the verb began or ended, between it and the date: 'their visit', 'the inspection',
'work in Dudley'; words only, so no earlier date and verb ('arrived on 13 May and left on')
reach past it."""
_FIRST_DAY = re.compile(
    rf"\b(?:began|begun|begins?|started|starts?|commenced|arrived)\s+{_WHAT_WAS_DONE}"
    r"(?:on\s+)?$",
    re.I,
)
_VISIT_UNTIL = re.compile(
    r"\b(?:on\s+site|inspect\w*|visit\w*|inspectors\s+(?:were|was)\s+in\s+\w+)"
    r"(?:\s+\w+){0,2}?\s+(?:until|till)\s+$",
    re.I,
)
"""'Until' right after the visit ('were on site until 15 February', 'the inspection ran
until'): the day the visit ended. Elsewhere 'until' looks back ('until 2021 the council
...', ``_EARLIER_MONTH``)."""
_LAST_DAY = re.compile(
    rf"\b(?:ended|ends?|finished|finishes|concluded|completed|left)\s+{_WHAT_WAS_DONE}"
    r"(?:on\s+)?$|" + _VISIT_UNTIL.pattern,
    re.I,
)
"""Words saying a date is the visit's first day ('began on 10 September', 'started work
on 22 July') or its last ('ended on 14 September', 'concluded their visit on 23 May',
'were on site until 15 February'): a day inside the visit is still wrong for them."""
_EDGE_NEAR = 40
"""Characters before a date read for a word making it the visit's first or last day."""


def _wrong_edge(claim: Claim, report: Report, stated: list[date]) -> str | None:
    """What is wrong when the claim gives one of the visit's dates (``stated``, its
    ``_visit_dates``) as its first or last day ('the inspection began on 10 September')
    and it is another day of it (of any of its parts); None when it gives none, or gives
    the right one."""
    text, periods = claim.text, visit_periods(report)
    visit = set(stated)
    for a, b in date_spans(text):
        days_said = {(d.month, d.day) for d in parse_dates(text[a:b], 2000)}
        said = sorted(d for d in visit if (d.month, d.day) in days_said)
        before = text[max(0, a - _EDGE_NEAR) : a]
        for cue, days, which in (
            (_FIRST_DAY, {p[0] for p in periods}, "first"),
            (_LAST_DAY, {p[1] for p in periods}, "last"),
        ):
            if said and cue.search(before) and said[0] not in days:
                right = " or ".join(f"{d:%-d %B}" for d in sorted(days))
                return f"{said[0]:%-d %B %Y} is given as the visit's {which} day, not {right}"
    return None


def claim_dates(claim: Claim, report: Report) -> list[date]:
    """The full dates the claim states. A date printed without a year ('between 31 October
    and 11 November last year', 'from 3 to 14 March' in an undated story) has only its day
    and month from the release: it is given the year that puts it nearest the inspection,
    not the year of the release's dateline; so is one beside a year printed for something
    else ('took place between 4 and 15 December, the first full inspection since 2019'), or
    one beside a full date of something else ('between 15 and 19 May, a year after the hub
    opened on 3 April 2022': the yearless days were read in 2022 and contradicted)."""
    if report.inspection_start is None:
        return claim.values.dates
    start, end = report.inspection_start, report.inspection_end or report.inspection_start
    text = claim.text
    if not YEAR.search(text):
        found = parse_dates(text, start.year) or claim.values.dates
        return sorted({_year_nearest(d, start, end) for d in found})
    printed = set(parse_dates(text))  # each with the year printed in its own range or list
    found = claim.values.dates
    return sorted({d if d in printed else _year_nearest(d, start, end) for d in found})


def _year_nearest(d: date, start: date, end: date) -> date:
    """``d`` moved to the year (of those around the visit) nearest the visit's days."""

    def away(moved: date) -> int:
        return max(start.toordinal() - moved.toordinal(), moved.toordinal() - end.toordinal(), 0)

    years = (start.year - 1, start.year, end.year, end.year + 1)
    moved = [d.replace(year=y) for y in years if (d.month, d.day) != (2, 29) or y % 4 == 0]
    return min(moved, key=away, default=d)


def _visit_dates(claim: Claim, report: Report) -> list[date]:
    """The claim's dates that are this visit's or its report's: near a word of the visit,
    its inspectors or publishing ('took place between 11 and 21 July', 'inspectors were in
    Ashbury on 6 March', 'published on 4 September'),
    with no look back just before ('since the last inspection on 5 March 2019'). Other
    dates (a dateline, a board meeting, an earlier visit, what inspectors tell of another
    event: 'Inspectors said a new front door opened on 1 April 2022') are not compared."""
    text = claim.text
    own = framing_blanked(text)  # 'Inspectors said a new front door opened on 1 April'
    cues = _visit_cues(own)
    kept = set()
    last = None  # where the last date kept as the visit's ends
    for a, b in date_spans(text):
        window = _word_start(text, a - _MONTH_NEAR)
        looks_back = _EARLIER_MONTH.search(text, window, a) and not _VISIT_UNTIL.search(
            text, window, a
        )
        if looks_back or _LOOKED_BACK.search(text, window, a) or told_of_earlier_visit(text, a):
            continue
        edge = _LAST_DAY.search(text, window, a) or _FIRST_DAY.search(text, window, a)
        near = own[window : b + _MONTH_NEAR]
        on_site = any(
            window <= c.start() < b + _MONTH_NEAR or _object_between(text, c.end(), a) for c in cues
        )
        if (
            _INSPECTORS.search(near)
            or on_site
            or _PUBLISHED.search(near)
            or (edge and last is not None and _JOINED.fullmatch(text, last, edge.start()))
        ):
            last = b
            # From a little before, so a range's first day ('11 and 21 July') counts too.
            kept |= {(d.month, d.day) for d in parse_dates(text[max(0, a - 16) : b], 2000)}
    return [d for d in claim_dates(claim, report) if (d.month, d.day) in kept]


_OBJECT_WORDS = 8
"""Words at most between a verb of the visit and its dates: the object it names."""


def _object_between(text: str, verb_end: int, date_start: int) -> bool:
    """True when only a short object stands between a verb of the visit and a date after it,
    in one clause ('Ofsted inspected Stockton-on-Tees children's services from 6 to 17 March
    2023': the council's long name put the verb out of reach, and the visit's dates were
    compared with nothing, drift28). The date's preposition and a range's first day are
    no object's words ('Ofsted inspected children's services in Brighton & Hove between 9
    and 20 July 2018': drift44, the range's words put the dates out of reach), and a
    judgement's name is one ('inspected services for children in need of help and
    protection, children looked after and care leavers from 12 October to 5 November
    2015': drift52, its names' words put the dates out of reach)."""
    between = text[verb_end:date_start]
    between = between[: _RANGE_OPENED.search(between).start()]
    named = JUDGEMENT_RE.sub(" area ", between)
    return (
        verb_end <= date_start
        and not re.search(r"[.;:!?]", between)
        and len(named.split()) <= _OBJECT_WORDS
    )


_RANGE_OPENED = re.compile(
    r"(?:\b(?:between|from|on|in)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s*(?:and|to|-|–)\s*)?$", re.I
)
"""What opens the date itself, no word of the object: its preposition and a range's
first day ('between 9 and' before '20 July 2018')."""


_JOINED = re.compile(r"\s*,?\s*(?:and|then|before|,)\s*", re.I)
"""What joins a visit's first day to the verb giving its last with the same subject
('started work on Monday 22 July and completed their work on 25 July'): the second date
is the visit's too, however far the words naming the inspectors stand."""


_LOOKED_BACK = re.compile(
    rf"\b(?:{LOOKING_BACK})\b\s+(?:\w+\s+){{0,3}}?"
    r"(?:inspect\w*|visit\w*|on|in)\s+(?:(?:on|in|between|from)\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s*(?:to|and|-|–)\s*)?$",
    re.I,
)
"""A look back just before a date: 'since the last inspection on', 'previously inspected in
2 to'."""


_FROM_THEN = re.compile(r"\bsince\s+(?:(?:the|its|their)\s+)?$", re.I)
"""'since' before an earlier visit: what follows dates a change, the visit at hand's."""
_ANOTHER_VISIT_WORD = re.compile(r"\b(?:inspect\w*|visit\w*|inspectors?|HMI)\b|[.;:!?]", re.I)
"""A word of a visit (or a sentence's end) between an earlier visit and a date: the date
may be another's ('the previous inspection was in 2017; inspectors visited from ...')."""


def told_of_earlier_visit(text: str, at: int) -> bool:
    """True when the date at ``at`` is told of an earlier visit: the last visit the
    sentence names before it is an earlier one, with no word of another visit between
    ("Merton's previous inspection took place between 12 June and 6 July 2017", "At the
    previous inspection, from 31 January to 4 February 2022, ..."): its days are that
    visit's, not this one's (drift25: both were compared with this visit and contradicted).
    Not 'since the last inspection' ('the first since the last inspection in 2017, took
    place between 4 and 15 March'), which dates a change."""
    named = list(EARLIER_VISITED.finditer(text, 0, at))
    if not named:
        return False
    last = named[-1]
    if _FROM_THEN.search(text, 0, last.start()):
        return False
    return not _ANOTHER_VISIT_WORD.search(text, last.end(), at)


def earlier_visit_dates(claim: Claim) -> list[date]:
    """The full dates, their years printed, that the claim tells of an earlier visit
    (``told_of_earlier_visit``)."""
    text = claim.text
    spans = [(a, b) for a, b in date_spans(text) if told_of_earlier_visit(text, a)]
    if not spans:
        return []
    printed = parse_dates(text)
    told = set()
    for a, b in spans:
        # From a little before, so a range's first day ('12 June and 6 July') counts too.
        said = {(d.month, d.day) for d in parse_dates(text[max(0, a - 16) : b], 2000)}
        told |= {d for d in printed if (d.month, d.day) in said}
    return sorted(told)


def visits_before(report: Report, previous: list[Report]) -> list[Report]:
    """The reports of ``previous`` whose visit's days are known and ended before this
    report's visit (all of them when its days are unknown): the visits an earlier date or
    month a claim tells can be of."""
    day = report.inspection_start or report.inspection_end
    return [
        p
        for p in previous
        if p.inspection_start and p.inspection_end and (day is None or p.inspection_end < day)
    ]


def _earlier_dates(claim: Claim, report: Report, previous: list[Report]) -> tuple[str, str] | None:
    """The dates the claim tells of an earlier visit, checked against the council's earlier
    reports: supported when one's visit holds them; contradicted when they fall in the year
    of the last graded inspection before this one and outside its days (the previous
    inspection misdated); None when no earlier report of their year is known (the archive
    may lack it): never against this visit's days."""
    told = earlier_visit_dates(claim)
    if not told or report.inspection_start is None:
        return None
    before = visits_before(report, previous)
    for p in before:
        if all(p.inspection_start <= d <= p.inspection_end for d in told):
            return "supported", f"Matches {p.label}: {inspected(p)}"
    graded = [p for p in before if p.grade_of("overall_effectiveness")]
    last = max(graded, key=lambda p: p.inspection_end, default=None)
    if last is None or {d.year for d in told} != {last.inspection_end.year}:
        return None
    if not EARLIER_INSPECTION.search(claim.text):
        return None  # 'the last monitoring visit, on 5 May 2021': not the graded one
    days = ", ".join(f"{d:%-d %B %Y}" for d in told)
    return "contradicted", f"{days} is not when {last.label} {inspected(last)}"


def inspected(report: Report) -> str:
    """The report's visit as an explanation states it ('inspected 12 June to 6 July 2017');
    its dates known."""
    return f"inspected {report.inspection_start:%-d %B} to {report.inspection_end:%-d %B %Y}"


def publications(report: Report) -> list[tuple[date, str]]:
    """Each day the report is known to have been published, and how we know: printed on
    its cover (SIF), and the date in its file name (ILACS PDFs print none). Both count:
    Ofsted's archive dates a report by its last publication, and a SIF report printed its
    own day and its board review's a week later (Hull's 3 and 10 February 2015: 'published
    today' on the 10th was contradicted, drift37)."""
    known = [(report.published, "")] if report.published else []
    if report.file_date and report.file_date != report.published:
        known.append((report.file_date, " (the date in its file name)"))
    return known


_RANGE = re.compile(r"\b(?:between|from)\b", re.I)
_INSPECTORS = re.compile(r"\b(?:inspectors?|HMI)\b", re.I)
