"""Times said relative to the release ('last month', 'published today', 'in the autumn').

Read against the release's own date (its dateline, else a publication said to be today:
``_release_date``), never guessed without one; what each time dates, the visit or the
publication (``_event_of``); the window it names against the report's days
(``_in_window``), and a season against the months of the visit (``_season``). ``_relative``
gathers them for a claim.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path

from verify.check.common import Context
from verify.check.fact.cues import _CLAUSE_END, _MONTH_NEAR, _visit_cues, _word_start
from verify.check.fact.dates import inspected, publications
from verify.check.fact.duration import _span
from verify.check.other_bodies import about_other_body
from verify.check.visits import names_other_visit
from verify.report.metadata import named_date
from verify.types import Claim, Report
from verify.words.dates import PUBLISHED_WHEN, RELATIVE, SEASONS, dateline, relative_window
from verify.words.qualifiers import other_body
from verify.words.speakers import framing_blanked, in_own_words


def _relative(claim: Claim, ctx: Context, report: Report) -> list[tuple[str, str]]:
    """Times said relative to the release ('inspected last month', 'published today',
    'earlier this year') against the release's own date (its dateline), and seasons ('in
    the autumn') against the months of the visit. With no dateline the release's date is
    not known: said so, never guessed. Not for another kind of visit ('a focused visit last
    year') or another body's grade ('SEND services were judged ... last year'), nor a time
    whose words before it last name another body (``words.qualifiers.other_body``: 'SEND
    ... was found to have failings in a separate inspection last year'), nor an official's
    account (their own: the conventions' opinion) but for the report's publication it
    dates ('has accepted the findings of an Ofsted report ..., published today': the
    release's own account beside their stance, ``extract.claims.kind``). A claim saying no
    such time is read for none first (each claim of a release is asked, a hostile one's
    thousands: whose the words are and which body they name read the release around it)."""
    results: list[tuple[str, str]] = []
    if not RELATIVE.search(claim.text):
        return results
    official = in_own_words(claim.attribution) and not PUBLISHED_WHEN.search(claim.text)
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
            if event == "visit" and not _of_another_year(claim.text, m, report):
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
    if _LOOKING_BACK.search(before[before.rfind(",") + 1 :]):
        return None  # unless its comma closed it ('since 2019, in a report published today')
    cues = [(start + c.end(), "publication") for c in _PUBLISHED_CUE.finditer(before)]
    # read in the whole text: a verb's subject may stand before the window ('The council spent')
    cues += [(c.end(), "visit") for c in _visit_cues(own[: m.start()]) if c.start() >= start]
    if cues:
        return max(cues)[1]
    if _PUBLISHED_AFTER.match(text, m.end()):
        return "publication"  # 'Ofsted has today published the report' (drift29: undated)
    after = _POSSESSIVE_CUE.match(text, m.end())
    if after:
        return "publication" if after.group(1).lower().startswith("report") else "visit"
    return None


_LOOKING_BACK = re.compile(r"\b(?:since|previous(?:ly)?|prior to|before)\b", re.I)
_PUBLISHED_CUE = re.compile(r"\b(?:publish\w*|released)\b", re.I)
_PUBLISHED_AFTER = re.compile(r"\s+(?:publish\w*|released)\b", re.I)
"""A verb of publishing right after the time ('has today published'): the time is the
report's publication."""
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
        if not (printed := publications(report)):
            return "not_checkable", f"'{said}' ({span}): the report's publication is not known"
        published, how = min(printed, key=lambda known: _days_apart(window, known[0], known[0]))
        begins = ends = published
        fact = f"published {published:%-d %B %Y}{how}"
    else:
        begins, ends = report.inspection_start, report.inspection_end
        if begins is None or ends is None:
            return "not_checkable", f"{report.label} has no inspection dates"
        fact = inspected(report)
    apart = _days_apart(window, begins, ends)
    if apart <= 0:
        return "supported", f"'{said}' ({span}, from the release's date) matches: {fact}"
    if apart > _RELATIVE_SLACK:
        return "contradicted", f"'{said}' is {span} by the release's date; the report: {fact}"
    return "not_checkable", f"'{said}' ({span}) is close to but not on the report's: {fact}"


def _days_apart(window: tuple[date, date], begins: date, ends: date) -> int:
    """Days between a window and an event's days; 0 or less where they meet."""
    first, last = window
    return max(first.toordinal() - ends.toordinal(), begins.toordinal() - last.toordinal())


def _of_another_year(text: str, m: re.Match, report: Report) -> bool:
    """True when the season at ``m`` is dated by a year, or a winter's two years, that the
    visit did not touch ('when it was last inspected in the spring of 2015', 'over the
    winter of 2013-14', of visits in 2018 and 2019): an earlier visit's season, its year
    checked where the earlier visit is (drift30: each was the visit's, contradicted)."""
    dated = _SEASON_YEAR.match(text, m.end())
    start, end = report.inspection_start, report.inspection_end
    if dated is None or start is None or end is None:
        return False
    first, after = int(dated["year"]), dated["next"]
    years = {first}
    if after:  # '2013-14' is 2013 and 2014
        years.add(int(after) if len(after) == 4 else first // 100 * 100 + int(after))
    return not years & {start.year, end.year}


_SEASON_YEAR = re.compile(
    r"\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)(?:\s*[-–/]\s*(?P<next>\d\d(?:\d\d)?))?\b"
)
"""The year after a season ('the spring of 2015', 'winter 2013-14')."""


def _season(said: str, season: str, report: Report) -> tuple[str, str] | None:
    """'in the autumn' against the months the visit touched: supported when one is the
    season's, contradicted when none is within a month of it."""
    start, end = report.inspection_start, report.inspection_end
    if start is None or end is None:
        return None
    touched = {(start.month - 1 + k) % 12 + 1 for k in range(_span(start, end))}
    months = set(SEASONS[season.lower()])
    near = months | {m % 12 + 1 for m in months} | {(m - 2) % 12 + 1 for m in months}
    fact = inspected(report)
    if touched & months:
        return "supported", f"'{said}' matches: {fact}"
    if touched & near:
        return "not_checkable", f"'{said}' is at the edge of the season: {fact}"
    return "contradicted", f"'{said}' does not match: {fact}"
