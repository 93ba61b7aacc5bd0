"""Inspection facts: dates, duration, team size, framework and inspection type, publication
date, and times said relative to the release ('last month', 'published on Friday', 'in the
autumn'), read against its dateline and never guessed without one."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path

from verify.check.common import (
    Context,
    about_other_body,
    content_words,
    is_visit_letter,
    misnamed_visit,
    names_other_visit,
    nearest,
    verdict,
)
from verify.check.confidence import confidence
from verify.report.metadata import dates_phrase, named_date
from verify.types import CheckedClaim, Claim, Report
from verify.words import NAMED_FRAMEWORKS, framework_title, plural
from verify.words.dates import (
    AT_EARLIER_VISIT,
    COVER_DATES,
    LOOKING_BACK,
    LOOKING_BACK_RE,
    OF_THE_VISIT,
    RELATIVE,
    SEASONS,
    SINCE_BEFORE_YEAR,
    SINCE_LAST,
    TO_COME,
    YEAR,
    date_spans,
    dateline,
    parse_dates,
    relative_window,
)
from verify.words.numbers import MONTH, NUMBER, month_name, month_number, number
from verify.words.qualifiers import other_body
from verify.words.speakers import framing_blanked, in_own_words
from verify.words.verdicts import worst


def days_spanned(start: date, end: date) -> int:
    return (end - start).days + 1


def working_days(start: date, end: date) -> int:
    """Weekdays on site: an ILACS 'ten-day inspection' runs Monday to Friday of two weeks."""
    return sum(
        date.fromordinal(start.toordinal() + k).weekday() < 5
        for k in range(days_spanned(start, end))
    )


def weeks_spanned(start: date, end: date) -> int:
    """Calendar (Monday-start) weeks the inspection touched: 11 Sep-5 Oct 2017 is 4."""
    return (end.toordinal() - end.weekday() - (start.toordinal() - start.weekday())) // 7 + 1


def _team(claim: Claim, report: Report) -> tuple[str, str] | None:
    v, team = claim.values, report.team
    if v.team_hmi is None and v.team_total is None and v.team_other is None:
        return None
    if _of_another_visit(claim.text, report):
        return None
    if team.hmi is None and team.other is None:
        return "not_checkable", f"{report.label} does not print the team's size"
    hmi, other = team.hmi or 0, team.other or 0
    said = f"{hmi} HMI and {other} other inspector{'s' * (other != 1)} ({hmi + other} in all)"
    # "a team of six inspectors": the number may be the HMI or the whole team, unless the
    # claim gives it as the HMI ('eight HMI'; not 'eight inspectors, six of them HMI').
    if v.team_hmi in (hmi, hmi + other) and not _counts_hmi(claim.text, v.team_hmi):
        return "supported", f"The team was {said}"
    wrong = (
        (v.team_hmi is not None and v.team_hmi != hmi)
        or (v.team_other is not None and v.team_other != other)
        or (v.team_total is not None and v.team_hmi is None and v.team_total != hmi + other)
    )
    if wrong:
        stated = [
            f"{n} {who}"
            for n, who in (
                (v.team_hmi, "inspectors"),
                (v.team_other, "others"),
                (v.team_total, "in all"),
            )
            if n is not None
        ]
        return "contradicted", f"{', '.join(stated)} does not match: the team was {said}"
    return "supported", f"The team was {said}"


def _lead(claim: Claim, report: Report) -> tuple[str, str] | None:
    """Who the claim says led the inspection against the printed lead inspector, by
    surname (a first name may be shortened: 'Nick' for 'Nicholas')."""
    said = claim.values.lead_inspector
    if said is None or _of_another_time(claim.text, report):
        return None
    printed = report.lead_inspector
    if printed is None:
        return "not_checkable", f"{report.label} does not print its lead inspector"
    if said.split()[-1].lower() == printed.split()[-1].lower():
        return "supported", f"The lead inspector was {printed}"
    return "contradicted", f"{said} did not lead it: the lead inspector was {printed}"


def _of_another_time(text: str, report: Report) -> bool:
    """True when the claim names a year the visit and its report do not span, or looks
    back ('the last inspection, in 2019, was led by ...'): who led another inspection is
    not this report's to settle."""
    days = [d for d in (report.inspection_start, report.inspection_end, report.published) if d]
    own = {d.year for d in days} | ({report.file_date.year} if report.file_date else set())
    return bool(_years_of_visit(text) - own) or bool(LOOKING_BACK_RE.search(text))


def _of_another_visit(text: str, report: Report) -> bool:
    """True when the claim tells the length or team of another visit than the report's:
    one it dates earlier ('At the last inspection in 2017, a team of four inspectors spent
    three weeks', ``AT_EARLIER_VISIT``; 'The previous inspection, in 2017, lasted four
    weeks'; 'In 2017, inspectors spent three weeks', a year before this visit in a
    sentence naming none of its own: 'a two-week inspection in January 2026, ... after
    the deaths ... in 2000' is this one's) or one to come ('will return in three years'
    time for a one-week inspection', ``TO_COME``). Each was compared with this visit and
    contradicted."""
    start, end = report.inspection_start, report.inspection_end or report.inspection_start
    own = {d.year for d in (start, end) if d}
    names_own = any(int(y.group()) in own for y in YEAR.finditer(text))
    subject = _OWN_SUBJECT.match(text)
    for m in AT_EARLIER_VISIT.finditer(text):
        year = m["y"] or m["z"]
        if year is None:
            return True
        if m["y"] and subject and m.start() > subject.end() + _YEAR_OF_SUBJECT:
            continue  # 'The inspection, ..., found that problems raised in 2010 ...'
        if start is not None and int(year) < start.year and (m["z"] or not names_own):
            return True
    return bool(_EARLIER_SUBJECT.match(text) or TO_COME.search(text))


_OWN_SUBJECT = re.compile(
    r"\W*(?:the|this|its)\s+(?:latest\s+|recent\s+|[\w-]+-(?:long|day|week)\s+)?"
    r"(?:inspection|visit)\b",
    re.I,
)
"""The visit at hand as the sentence's subject ('The inspection, carried out over a
fortnight ...', 'The fortnight-long inspection'): a year 'in 2010' far after it dates what
it found ('problems raised in 2010'), not the visit."""
_YEAR_OF_SUBJECT = 12
"""Characters after the subject within which 'in YEAR' still dates it ('The inspection in
2017 lasted ...')."""
_EARLIER_SUBJECT = re.compile(
    r"\W*(?:the|its|their)\s+(?:last|previous|earlier|prior)\s+(?:[\w-]+\s+)?(?:inspection|visit)\b",
    re.I,
)
"""An earlier visit as the sentence's subject ('The previous inspection, in 2017, ...')."""


_HMI_COUNT = re.compile(rf"\b({NUMBER})\s+(?:[\w’'-]+\s+){{0,2}}?(?:HMI|(?:Her|His) Majesty)", re.I)


def _counts_hmi(text: str, n: int) -> bool:
    """True when ``text`` gives ``n`` as the number of HMI ('eight HMI', 'six of Her
    Majesty's Inspectors')."""
    return any(number(m.group(1)) == n for m in _HMI_COUNT.finditer(text))


def _duration(claim: Claim, report: Report) -> tuple[str, str] | None:
    v = claim.values
    if v.duration_days is None and v.duration_weeks is None:
        return None
    if _of_another_visit(claim.text, report):
        return None
    start, end = report.inspection_start, report.inspection_end
    if start is None or end is None:
        return "not_checkable", f"{report.label} has no inspection dates"
    periods = visit_periods(report)
    days = sum(days_spanned(a, b) for a, b in periods)
    weekdays = sum(working_days(a, b) for a, b in periods)
    weeks = sum(weeks_spanned(a, b) for a, b in periods)
    said = (
        f"{_periods_said(periods)}: {plural(days, 'day')} "
        f"({plural(weekdays, 'working day')}), {plural(weeks, 'calendar week')} spanned"
    )
    # People count days on site or in all, and weeks on site (whole working weeks, rounded
    # or spanned: never a 12-day visit as one week; 19 working days are three whole weeks,
    # so 'three weeks' for them is a reading, no evidence of an error):
    # "three weeks" for 23 days is right, "two weeks" is not. A visit in two parts is
    # counted part by part ('seven days' for a week in July and two days in August), or
    # first day to last.
    all_days = days_spanned(start, end)
    ok = (v.duration_days is None or v.duration_days in (days, weekdays, all_days)) and (
        v.duration_weeks is None
        or v.duration_weeks in (weeks, weekdays // 5, round(days / 7), weeks_spanned(start, end))
    )
    if ok:
        return "supported", f"Inspected {said}"
    if len(periods) > 1 and _fits_parts(v.duration_days, v.duration_weeks, periods):
        if v.duration_days and v.duration_weeks:
            return "supported", f"Each duration is a part's: inspected {said}"
        return "not_checkable", f"The duration is one part's, not the whole visit's: {said}"
    stated = (
        plural(v.duration_weeks, "week") if v.duration_weeks else plural(v.duration_days, "day")
    )
    return "contradicted", f"{stated} does not match: inspected {said}"


def _fits_parts(days: int | None, weeks: int | None, periods: list[tuple[date, date]]) -> bool:
    """True when each duration given is the length of one part of a visit in parts ('for a
    week in July and returned for two days in August' of 8-12 July and 7-8 August: the
    two days were read against the whole, seven days, and contradicted)."""
    part_days = {n for a, b in periods for n in (days_spanned(a, b), working_days(a, b))}
    part_weeks = {
        n
        for a, b in periods
        for n in (weeks_spanned(a, b), working_days(a, b) // 5, round(days_spanned(a, b) / 7))
    }
    return (days is None or days in part_days) and (weeks is None or weeks in part_weeks)


def visit_periods(report: Report) -> list[tuple[date, date]]:
    """The visit's parts as printed ('Inspection dates: 8 July 2019 to 12 July 2019 and 7
    August 2019 to 8 August 2019'), else its first and last day as one part."""
    whole = [(report.inspection_start, report.inspection_end)]
    printed = dates_phrase(report.text)
    if not printed or report.inspection_start is None:
        return whole
    parts = [parse_dates(part) for part in re.split(r"\s+and\s+", printed)]
    if len(parts) < 2 or any(len(p) != 2 for p in parts):
        return whole
    periods = [(p[0], p[1]) for p in parts]
    inside = all(report.inspection_start <= a <= b <= report.inspection_end for a, b in periods)
    return periods if inside else whole


def _periods_said(periods: list[tuple[date, date]]) -> str:
    return " and ".join(f"{a:%-d %B %Y} to {b:%-d %B %Y}" for a, b in periods)


def _dates(claim: Claim, report: Report) -> tuple[str, str] | None:
    if not claim_dates(claim, report):
        return None
    stated = _visit_dates(claim, report)
    if not stated:
        return None  # "since the last inspection on 5 March 2019": another visit's date
    start, end = report.inspection_start, report.inspection_end
    published, how = publication(report)
    known = [d for d in (start, end, published) if d]
    if not known:
        return "not_checkable", f"{report.label} has no dates"
    bad = [d for d in stated if d != published and not (start and end and start <= d <= end)]
    facts = []
    if start and end:
        facts.append(f"inspected {start:%-d %B} to {end:%-d %B %Y}")
    if published:
        facts.append(f"published {published:%-d %B %Y}{how}")
    if bad and published is None and all(end and d > end for d in bad):
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
        if looks_back or _LOOKED_BACK.search(text, window, a):
            continue
        edge = _LAST_DAY.search(text, window, a) or _FIRST_DAY.search(text, window, a)
        near = own[window : b + _MONTH_NEAR]
        on_site = any(window <= c.start() < b + _MONTH_NEAR for c in cues)
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


_JOINED = re.compile(r"\s*,?\s*(?:and|then|before|,)\s*", re.I)
"""What joins a visit's first day to the verb giving its last with the same subject
('started work on Monday 22 July and completed their work on 25 July'): the second date
is the visit's too, however far the words naming the inspectors stand."""


def _word_start(text: str, at: int) -> int:
    """``at`` moved back to the start of the word it falls in, so a window cut there
    still holds that word whole ('Inspectors were in ...' read from 'nspectors' misses it)."""
    at = max(0, at)
    while at > 0 and text[at - 1].isalnum():
        at -= 1
    return at


_LOOKED_BACK = re.compile(
    rf"\b(?:{LOOKING_BACK})\b\s+(?:\w+\s+){{0,3}}?"
    r"(?:inspect\w*|visit\w*|on|in)\s+(?:(?:on|in|between|from)\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s*(?:to|and|-|–)\s*)?$",
    re.I,
)
"""A look back just before a date: 'since the last inspection on', 'previously inspected in
2 to'."""


def publication(report: Report) -> tuple[date | None, str]:
    """When the report was published, and how we know: printed on its cover (SIF), or
    the date in its file name (ILACS PDFs print none)."""
    if report.published:
        return report.published, ""
    return report.file_date, " (the date in its file name)" if report.file_date else ""


_PUBLISHED_IN = re.compile(
    r"\b(?:report|findings|ofsted|inspectors|watchdog|it)\b[^.;]{0,40}?\b(?:publish\w*|released)"
    rf"\s+in\s+(?:early\s+|late\s+|mid-?)?(?P<month>{MONTH})\b(?:\s+(?P<year>(?:19|20)\d\d))?",
    re.I,
)


def _before_visit(year: str | None, report: Report) -> bool:
    """A publication year before the visit began ('last judged adequate in a report
    published in February 2013', of a 2017 report) is an earlier report's: a report is
    published after its inspection, so this one's date says nothing about it."""
    start = report.inspection_start or report.inspection_end
    return year is not None and start is not None and int(year) < start.year


def _published_month(claim: Claim, report: Report) -> tuple[str, str] | None:
    """'The report, published in February': the month of its publication, never of the
    visit. Contradicted only against a printed publication date (SIF covers); the date
    in an ILACS file's name supports a month but is no printed evidence against one."""
    m = _PUBLISHED_IN.search(claim.text)
    if m is None or _before_visit(m["year"], report):
        return None
    day, how = publication(report)
    if day is None:
        return "not_checkable", f"{report.label} prints no publication date"
    said = f"published {day:%-d %B %Y}{how}"
    if month_number(m["month"]) == day.month and (m["year"] is None or int(m["year"]) == day.year):
        return "supported", f"Matches: {said}"
    if report.published is None:
        return "not_checkable", f"'{m['month']}' is not the month {said}, which is no printed date"
    return "contradicted", f"{m['month']} does not match: {said}"


def _months(claim: Claim, report: Report) -> tuple[str, str] | None:
    """Months without a day ('inspected in March'): the months the visit touched."""
    months = claim.values.months
    if not months or claim_dates(claim, report):
        return None
    # Beside a publication ("published today, following an inspection in March") only a
    # month the inspection is said to have taken place in is the visit's.
    months = _inspection_months(claim.text, months, strict=bool(_PUBLISHED.search(claim.text)))
    if not months:
        return None  # months named for something else (a restructure, a plan)
    start, end = report.inspection_start, report.inspection_end
    if start is None or end is None:
        return "not_checkable", f"{report.label} has no inspection dates"
    years = _years_of_visit(claim.text)
    if years and not years & {start.year, end.year}:
        return None  # "an inspection in January 2015": an earlier inspection
    touched = {(start.month - 1 + k) % 12 + 1 for k in range(_span(start, end))}
    said = f"inspected {start:%-d %B} to {end:%-d %B %Y}"
    if not set(months) <= touched:
        wrong = ", ".join(month_name(m) for m in months if m not in touched)
        told = None if set(months) & touched else _visit_the_report_tells(report, months, years)
        if told:
            return "not_checkable", f"The report tells of another inspection in {told}; {said}"
        return "contradicted", f"{wrong} does not match: {said}"
    main = _main_month(start, end)
    if start.month not in months and main not in months and not _said_as_end(claim.text, end):
        # "a four-week inspection in February" for 16 January to 9 February: the
        # inspection neither began nor mostly ran in the month named.
        named = " and ".join(month_name(m) for m in months)
        began = month_name(start.month)
        ran = (
            f"began and mostly ran in {began}"
            if main == start.month
            else f"began in {began} and mostly ran in {month_name(main)}"
        )
        return "contradicted", f"{named} does not match: the inspection {ran}: {said}"
    return "supported", f"Matches: {said}"


def _visit_the_report_tells(report: Report, months: list[int], years: set[int]) -> str | None:
    """The month and year ('January 2013') of another inspection or visit the report itself
    tells of, when every one of ``months`` is, in a year the claim names: the claim may speak
    of that one, as a reporter's context does ('Ofsted's inspection of child protection
    arrangements in January 2013 highlighted significant weaknesses', taken from a July 2013
    report's 'Since Ofsted's inspection of child protection arrangements in January 2013',
    was contradicted by the visit's July; news14). A month with no year is this visit's, and
    so are all of them when one is: 'four weeks in October and November 2015' for a visit
    from 24 November speaks of this visit, whatever the report tells of October."""
    issued = {(d.year, d.month) for d in (report.published, report.file_date) if d}
    told = []
    for month in months:
        said = [
            f"{month_name(month)} {year}"
            for year in sorted(years)
            if (year, month) not in issued  # its own publication ('Published: August 2013')
            for m in re.finditer(rf"\b{month_name(month)},?\s+{year}\b", report.text, re.I)
            if _VISIT_NOUN.search(report.text, max(0, m.start() - _TOLD_NEAR), m.start())
        ]
        if not said:
            return None
        told.append(said[0])
    return " and ".join(told) or None


_TOLD_NEAR = 60
"""Characters before a month and year in a report within which an inspection or visit word
makes it that inspection's date ('Ofsted's inspection of child protection arrangements in
January 2013')."""


# "last inspected three years ago" for an interval of 3.4 years is right, for 2.2 wrong.
_INTERVAL_SLACK = 0.75


def _interval(claim: Claim, report: Report, previous: list[Report]) -> tuple[str, str] | None:
    """'since it was last inspected four years ago': the years between the previous
    inspection (the earlier report's dates, else the year this report gives it) and
    this one."""
    m = SINCE_LAST.search(claim.text)
    start = report.inspection_start
    if not m or start is None:
        return None
    said = number(m["n"]) or 0
    earlier_reports = [p for p in previous if p.inspection_end and p.inspection_end < start]
    if earlier_reports:
        # The last full inspection, or the last visit of any kind: either may be meant.
        full = [p.inspection_end for p in earlier_reports if not is_visit_letter(p)]
        lasts = [max(full)] if full else []
        lasts.append(max(p.inspection_end for p in earlier_reports))
        gaps = [(last, (start - last).days / 365.25) for last in lasts]
        fits = [g for g in gaps if abs(g[1] - said) < _INTERVAL_SLACK]
        ok = bool(fits)
        last, years = (fits or gaps)[0]
        how = f"the previous inspection ended {last:%-d %B %Y}, {years:.1f} years before this one"
    else:
        earlier = [p.year for p in report.previous if p.year and p.year < start.year]
        if not earlier:
            return None
        gap = start.year - max(earlier)
        ok = said in (gap - 1, gap)  # years alone: the months may make it a year less
        how = f"the report dates the previous inspection {max(earlier)}, {gap} years before"
    return ("supported" if ok else "contradicted"), f"{plural(said, 'year')} since: {how}"


def _years_of_visit(text: str) -> set[int]:
    """Years that may date the visit: all the sentence names but a starting point ('the
    first inspection since 2017')."""
    return {
        int(m.group())
        for m in YEAR.finditer(text)
        if not _SINCE_BEFORE.search(text[max(0, m.start() - 12) : m.start()])
    }


def _inspection_months(text: str, months: list[int], strict: bool = False) -> list[int]:
    """The months named near an inspection word ('took place in November and
    December'), not those of other events in the sentence nor of an earlier visit
    ('since last July's focused visit'); ``strict``: only those the inspection is said
    to have taken place in ('an inspection in March')."""
    cues = [(m.start(), m.end()) for m in _visit_cues(text)]
    kept = []
    for month in months:
        name = month_name(month)
        for at in (m.start() for m in re.finditer(rf"\b{name}\b", text, re.I)):
            if _EARLIER_MONTH.search(text[max(0, at - _MONTH_NEAR) : at]):
                continue
            if strict and not _VISIT_IN.search(text[max(0, at - _MONTH_NEAR) : at]):
                continue
            if any(start - _MONTH_NEAR <= at <= end + _MONTH_NEAR for start, end in cues):
                kept.append(month)
                break
    return kept


_ENDED_IN = re.compile(
    r"\b(?:end(?:ed|ing|s)?|finish\w*|conclud\w*|complet\w*|until|till|into)\s+"
    r"(?:(?:in|on|at)\s+)?(?:early\s+|late\s+|mid-?|the end of\s+)?$",
    re.I,
)


def _said_as_end(text: str, end: date) -> bool:
    """True when the month the visit ended in is named as its end ('an inspection that
    ended in December', 'ran into December'): right for a visit that began and mostly
    ran the month before, so no contradiction of where it mostly ran."""
    name = month_name(end.month)
    return any(
        _ENDED_IN.search(text[max(0, m.start() - _MONTH_NEAR) : m.start()])
        for m in re.finditer(rf"\b{name}\b", text, re.I)
    )


_VISIT_IN = re.compile(
    r"\b(?:inspect\w*|visit\w*|took place|carried out|conducted|on site)\s+(?:\w+\s+){0,3}?"
    r"(?:in|during)\s+(?:early\s+|late\s+|mid-?)?$",
    re.I,
)
_SINCE_BEFORE = re.compile(SINCE_BEFORE_YEAR + "$", re.I)


_MONTH_NEAR = 40
_EARLIER_MONTH = re.compile(
    r"\b(?:since|last|previous|earlier|before|until|prior to)\s+(?:(?:the|this|that)\s+)?$", re.I
)


def _main_month(start: date, end: date) -> int:
    """The month holding most of the inspection's days."""
    days: dict[int, int] = {}
    for k in range(days_spanned(start, end)):
        month = date.fromordinal(start.toordinal() + k).month
        days[month] = days.get(month, 0) + 1
    return max(days, key=days.get)


def _span(start: date, end: date) -> int:
    """How many calendar months the dates touch."""
    return (end.year - start.year) * 12 + end.month - start.month + 1


def _framework(claim: Claim, report: Report) -> tuple[str, str] | None:
    name = (claim.values.framework or "").lower().strip()
    if not name or _GENERAL.search(claim.text):
        return None
    expected = next((eras for key, eras in NAMED_FRAMEWORKS.items() if key in name), None)
    if expected is None:
        return None
    label = framework_title(report.framework)
    if report.framework in expected:
        return "supported", f"The report is an inspection under {label}"
    said = claim.values.framework
    return "contradicted", f"The report is an inspection under {label}, not {said}"


def _inspection_type(claim: Claim, report: Report) -> tuple[str, str] | None:
    """'a short inspection' / 'a standard inspection' against the ILACS inspection's type
    as printed; not when the words look back ('since the last standard inspection')."""
    m = _TYPE_SAID.search(claim.text)
    if m is None or report.inspection_type is None:
        return None
    if _EARLIER_MONTH.search(claim.text[max(0, m.start() - _MONTH_NEAR) : m.start()]):
        return None
    said = m.group(1).lower()
    if said == report.inspection_type:
        return "supported", f"The report is of a {said} inspection"
    why = f"{report.label} is a {report.inspection_type} inspection, not a {said} one"
    return "contradicted", why


_TYPE_SAID = re.compile(
    r"\b(short|standard)(?:[- ](?:ILACS|Ofsted|graded|judgement))?\s+inspection\b", re.I
)


def _relative(claim: Claim, ctx: Context, report: Report) -> list[tuple[str, str]]:
    """Times said relative to the release ('inspected last month', 'published today',
    'earlier this year') against the release's own date (its dateline), and seasons ('in
    the autumn') against the months of the visit. With no dateline the release's date is
    not known: said so, never guessed. Not for another kind of visit ('a focused visit last
    year') or another body's grade ('SEND services were judged ... last year'), nor a time
    whose words before it last name another body (``words.qualifiers.other_body``: 'SEND
    ... was found to have failings in a separate inspection last year'), nor an official's
    account (their own: the conventions' opinion). A claim saying no such time is read
    for none first (each claim of a release is asked, a hostile one's thousands: whose the
    words are and which body they name read the release around it)."""
    results: list[tuple[str, str]] = []
    if not RELATIVE.search(claim.text):
        return results
    official = in_own_words(claim.attribution)
    other = names_other_visit(claim.text, report) or about_other_body(
        ctx.release_index, claim, report.authority
    )
    if official or other:
        return results
    day = _release_date(ctx.release.text, report)
    for m in RELATIVE.finditer(claim.text):
        event = _event_of(claim.text, m)
        if event is None or other_body(claim.text[: m.start()], report.authority):
            # ratings14: 'The city's SEND local area partnership was found to have
            # widespread failings in a separate inspection last year' dates that body's.
            continue
        if m["season"]:
            if event == "visit":
                results.append(_season(m.group(0), m["season"], report))
            continue
        window = relative_window(m, day)
        if window is None:
            why = f"'{m.group(0)}' is said relative to the release, whose date is not known"
            results.append(("not_checkable", why))
        else:
            results.append(_in_window(m.group(0), window, event, report))
    return results


def _release_date(text: str, report: Report) -> date | None:
    """The release's own date: its dateline, else, when it says the report was
    published today ('the findings ... have been published today'), the report's
    publication day as printed or in its file's name (its last day on site would be a
    guess)."""
    day = dateline(text)
    if day is None and _published_today(text):
        day = report.published or named_date(Path(report.source).name)
    return day


@lru_cache(maxsize=16)
def _published_today(text: str) -> bool:
    """True when the release says the report was published today; read once a release,
    not once a claim."""
    return bool(_PUBLISHED_TODAY.search(text))


_PUBLISHED_TODAY = re.compile(r"\b(?:published|released)\b(?:[^.;]|\.\d){0,40}?\btoday\b", re.I)


def _event_of(text: str, m: re.Match) -> str | None:
    """What a relative time dates: 'publication' ('published today'), 'visit' ('visited
    last month', 'the inspection, carried out earlier this year', 'last month's
    inspection'), or None (another event, or a look back: 'since ... last year')."""
    own = framing_blanked(text)  # '..., the inspection found' frames what it found
    start = _word_start(text, m.start() - _MONTH_NEAR)
    start = max([start, *(c.end() for c in _CLAUSE_END.finditer(own, start, m.start()))])
    before = own[start : m.start()]
    if _LOOKING_BACK.search(before):
        return None
    cues = [(start + c.end(), "publication") for c in _PUBLISHED_CUE.finditer(before)]
    # read in the whole text: a verb's subject may stand before the window ('The council spent')
    cues += [(c.end(), "visit") for c in _visit_cues(own[: m.start()]) if c.start() >= start]
    if cues:
        return max(cues)[1]
    after = _POSSESSIVE_CUE.match(text, m.end())
    if after:
        return "publication" if after.group(1).lower().startswith("report") else "visit"
    return None


_CLAUSE_END = re.compile(r"[.;:!?]\s")
_LOOKING_BACK = re.compile(r"\b(?:since|previous(?:ly)?|prior to|before)\b", re.I)
_PUBLISHED_CUE = re.compile(r"\b(?:publish\w*|released)\b", re.I)
_POSSESSIVE_CUE = re.compile(r"(?:’|')s\s+(?:ofsted\s+)?(inspection|visit|report)\b", re.I)
# Days a release's date may be off the event's ('published today' in a story dated a
# day or two after), before a relative time is taken to contradict it.
_RELATIVE_SLACK = 3


def _in_window(said: str, window: tuple[date, date], event: str, report: Report) -> tuple[str, str]:
    """A relative time resolved to ``window`` against the visit's days or the report's
    publication: supported when they meet, contradicted when they are more than
    _RELATIVE_SLACK days apart, else not settled."""
    first, last = window
    span = f"{first:%-d %B %Y}" if first == last else f"{first:%-d %B} to {last:%-d %B %Y}"
    if event == "publication":
        published, how = publication(report)
        if published is None:
            return "not_checkable", f"'{said}' ({span}): the report's publication is not known"
        begins = ends = published
        fact = f"published {published:%-d %B %Y}{how}"
    else:
        begins, ends = report.inspection_start, report.inspection_end
        if begins is None or ends is None:
            return "not_checkable", f"{report.label} has no inspection dates"
        fact = f"inspected {begins:%-d %B} to {ends:%-d %B %Y}"
    apart = max(first.toordinal() - ends.toordinal(), begins.toordinal() - last.toordinal())
    if apart <= 0:
        return "supported", f"'{said}' ({span}, from the release's date) matches: {fact}"
    if apart > _RELATIVE_SLACK:
        return "contradicted", f"'{said}' is {span} by the release's date; the report: {fact}"
    return "not_checkable", f"'{said}' ({span}) is close to but not on the report's: {fact}"


def _season(said: str, season: str, report: Report) -> tuple[str, str] | None:
    """'in the autumn' against the months the visit touched: supported when one is the
    season's, contradicted when none is within a month of it."""
    start, end = report.inspection_start, report.inspection_end
    if start is None or end is None:
        return None
    touched = {(start.month - 1 + k) % 12 + 1 for k in range(_span(start, end))}
    months = set(SEASONS[season.lower()])
    near = months | {m % 12 + 1 for m in months} | {(m - 2) % 12 + 1 for m in months}
    fact = f"inspected {start:%-d %B} to {end:%-d %B %Y}"
    if touched & months:
        return "supported", f"'{said}' matches: {fact}"
    if touched & near:
        return "not_checkable", f"'{said}' is at the edge of the season: {fact}"
    return "contradicted", f"'{said}' does not match: {fact}"


_RANGE = re.compile(r"\b(?:between|from)\b", re.I)
_INSPECTORS = re.compile(r"\b(?:inspectors?|HMI)\b", re.I)
_PUBLISHED = re.compile(r"\b(publish\w*|released|out today|today)\b", re.I)
_ON_SITE = re.compile(
    r"\b(visit\w*|inspected|inspection|on site|carried out|conducted|took place|spent|"
    r"inspectors (?:were|was) (?:in|at))\b",
    re.I,
)
"""Words of the visit a date or month beside them is the time of ('inspectors were in
Blackpool during September')."""
_DOING = re.compile(r"carried out|conducted|took place|spent", re.I)
_VISIT_NOUN = re.compile(r"\b(?:inspect\w*|visit\w*|HMI|Ofsted|watchdog|regulator)\b", re.I)


_PEOPLE_VISITED = re.compile(
    r"\s+(?:to\s+)?(?:(?:the|their|all|a|every|each|some)\s+)?(?:child\w*|famil\w+|young\b"
    r"|parents?\b|carers?\b|homes?\b|them\b|him\b|her\b|bab\w+)",
    re.I,
)
_HOME_VISIT = re.compile(
    r"\b(?:home|statutory|social\s+workers?(?:’|')?s?)\s+$"
    r"|\b(?:child\w*|famil\w+|young\s+people|parents|carers|bab\w+)\s+"
    r"(?:were|was|are|is|have\s+been|had\s+been)\s+(?:\w+ly\s+)?$",
    re.I,
)
"""A social worker's visit to a child or family ('visits to children in care', 'visited
families', 'statutory visits', 'children were visited regularly'), no visit of the
inspectors: inspectors visit a council, not its children."""


def _visit_cues(text: str) -> list[re.Match]:
    """The words of the visit in ``text`` (``_ON_SITE``); a verb of doing anything ('carried
    out', 'took place', 'spent') only when the words before it in its sentence name the
    visit or its inspectors ('the inspection, carried out in March'), or nothing but a
    pronoun ('It took place in March'): in 'The audits of children's files carried out
    last year' and 'the council spent £2 million last year' the time is the audits' and
    the spending's (was the visit's, and contradicted by its dates); nor a social worker's
    visit ('visits to children in care last year', ``_PEOPLE_VISITED``)."""
    cues = [m] if (m := OF_THE_VISIT.match(text)) else []  # 'which began on ...': the visit's
    for m in _ON_SITE.finditer(text):
        if _PEOPLE_VISITED.match(text, m.end()) or _HOME_VISIT.search(text, 0, m.start()):
            continue
        if _DOING.fullmatch(m.group()):
            before = _CLAUSE_END.split(text[: m.start()])[-1]
            if not _VISIT_NOUN.search(before) and content_words(before):
                continue
        cues.append(m)
    return cues


# "ILACS came into effect in January 2018" is about the framework, not this inspection.
_GENERAL = re.compile(r"\b(came into (?:effect|force)|introduced|launched|replaced)\b", re.I)


def check_fact(claim: Claim, ctx: Context, report: Report) -> CheckedClaim:
    """The verdict for an inspection fact: each parsed value compared, worst wins."""
    results = compared_values(claim, ctx, report)
    if _GENERAL.search(claim.text) and claim.values.framework:
        why = "About the inspection framework in general, not this inspection."
        return verdict(claim, "not_checkable", why)
    if not results:
        # Its date, month or duration is of something else than the visit ("a restructure
        # in May"); facts with no value at all are findings (see ``verify.extract.kinds``).
        why = "States no date, duration, team or framework of this inspection to compare."
        if names_other_visit(claim.text, report):
            why = f"About another kind of visit than {report.label}: its dates are not compared."
        return verdict(claim, "not_checkable", why)
    label = worst(r[0] for r in results)
    evidence = nearest(ctx, report, evidence_query(claim))
    return verdict(claim, label, _explained(results), evidence)


TEAM_QUERY = "The inspection team consisted of Her Majesty's Inspectors (HMI)"
DATES_QUERY = "Inspection dates"


def evidence_query(claim: Claim) -> str:
    """What to search the report for as an inspection fact's evidence: the team
    appendix for team claims, the dates line for dates, else the claim itself."""
    if claim.values.team_hmi is not None or claim.values.team_total is not None:
        return TEAM_QUERY
    if claim.values.duration_days or claim.values.duration_weeks or claim.values.dates:
        return DATES_QUERY
    return re.sub(r"\s+", " ", claim.text)


def compared_values(claim: Claim, ctx: Context, report: Report) -> tuple[tuple[str, str], ...]:
    """Each of the fact's values the report settles, as (verdict, why): its visit's team,
    duration, dates and months, its framework, a misnamed visit, the years since the last
    inspection, times said relative to the release. Worked out once a claim and report in
    a check (``Context.fact_values``): ``lookups`` asks before ``check_fact`` does."""
    key = (id(claim), report.sha256)
    known = ctx.fact_values.get(key)
    if known is None or known[0] is not claim:
        known = ctx.fact_values[key] = (claim, tuple(_compared_values(claim, ctx, report)))
    return known[1]


def _compared_values(claim: Claim, ctx: Context, report: Report) -> list[tuple[str, str]]:
    """``compared_values``, worked out."""
    visit, misnamed = _visit_checks(claim, ctx, report)
    results = [r for f in (*visit, _framework) if (r := f(claim, report))] + misnamed
    if interval := _interval(claim, report, ctx.previous):
        results.append(interval)
    return results + _relative(claim, ctx, report)


def looks_up_evidence(claim: Claim, ctx: Context, report: Report) -> bool:
    """True when ``check_fact`` ranks the report for the fact's evidence (``nearest``): it
    compares some value, and is not about the framework in general."""
    general = bool(_GENERAL.search(claim.text) and claim.values.framework)
    return not general and bool(compared_values(claim, ctx, report))


def _visit_checks(claim: Claim, ctx: Context, report: Report) -> tuple[tuple, list]:
    """The checks of the visit's team, duration, dates and months, and the finding that
    the claim misnames the visit: no checks when the claim is about another kind of visit
    than the report's ('a monitoring visit in June'), unless it dates that visit to the
    report's own days ('a focused visit in February' of a graded inspection in February:
    the inspection misnamed, ``misnamed_visit``); none when every grade the claim prints is
    another body's (``common.about_other_body``): its dates are that body's inspection's."""
    misnamed = misnamed_visit(claim.text, report, dateline(ctx.release.text))
    if names_other_visit(claim.text, report) and not misnamed:
        return (), []
    if about_other_body(ctx.release_index, claim, report.authority):
        return (), []  # 'SEND services were judged ... in a local area inspection in May'
    checks = (_team, _lead, _duration, _dates, _months, _published_month, _inspection_type)
    return checks, [_misnamed(misnamed, report)] if misnamed else []


def _misnamed(said: str, report: Report) -> tuple[str, str]:
    """A graded inspection called a focused or monitoring visit on its own days."""
    kind = f"{report.inspection_type} " if report.inspection_type else ""
    when = f"{report.inspection_start:%-d %B} to {report.inspection_end:%-d %B %Y}"
    return "contradicted", f"{report.label} is a graded {kind}inspection ({when}), not a {said}"


def _explained(results: Sequence[tuple[str, str]]) -> str:
    """Each comparison's account, the one that settles the verdict first: a contradicted
    claim's explanation opens on the value that conflicts, not on what agrees."""
    label = worst(r[0] for r in results)
    settling = [why for got, why in results if got == label]
    others = [why.removeprefix("Matches: ") for got, why in results if got != label]
    return "; ".join(settling) + (f" (what agrees: {'; '.join(others)})" if others else "") + "."


def stated_in_passing(
    claim: Claim, ctx: Context, report: Report, result: CheckedClaim | None = None
) -> CheckedClaim | None:
    """Contradicted, when a claim of another kind ("Following a four-week inspection in
    February, inspectors rated ...") states an inspection date, duration, team or a time
    said relative to the release that the report's printed facts contradict, or a finding
    the time since the last inspection; None when they agree or none is stated. Only a
    contradiction is worth reporting over the claim's own verdict: it is positive
    evidence (a date outside the printed dates). But a claim whose own check (``result``)
    found it nearest the report's dates line ('The inspection took place last month')
    states only when the visit was: the fact checks' verdict is its verdict."""
    visit, misnamed = _visit_checks(claim, ctx, report)
    results = [_interval(claim, report, ctx.previous), *_relative(claim, ctx, report), *misnamed]
    if claim.kind in ("rating", "comparison"):
        results += [f(claim, report) for f in visit]
    elif _dates in visit:
        # A finding's full day of the visit or publication ('the report was published on
        # 15 September', read as a finding when the release prints no year) is as sure.
        results.append(_dates(claim, report))
    wrong = [r[1] for r in results if r and r[0] == "contradicted"]
    if not wrong and result is not None and _on_dates_line(result):
        facts = [r for r in [*results, *(f(claim, report) for f in visit)] if r]
        if facts:
            return verdict(claim, worst(r[0] for r in facts), _explained(facts), result.evidence)
        return None
    if not wrong:
        return None
    evidence = nearest(ctx, report, evidence_query(claim))
    checked = verdict(claim, "contradicted", "; ".join(wrong) + ".", evidence)
    # As sure as an inspection fact's contradiction, whatever the claim's kind.
    return checked.model_copy(update={"confidence": confidence("inspection_fact", "contradicted")})


def _on_dates_line(result: CheckedClaim) -> bool:
    """True when a claim's own check left it unsettled nearest the report's dates line."""
    return (
        result.verdict == "not_checkable"
        and bool(result.evidence)
        and bool(COVER_DATES.search(result.evidence[0].text))
    )
