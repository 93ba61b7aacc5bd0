"""A release checked against the wrong report: another council's, or one from years
before or after the inspection the release is about.

Checking against the wrong report can only find chance support, so the result
carries a warning and no claim is called supported from that report.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from verify.check.confidence import confidence
from verify.check.grades import inspection_years
from verify.types import CheckedClaim, Release, Report
from verify.words.councils import authorities_in, names_council
from verify.words.dates import AHEAD_OF_DATE, own_years
from verify.words.grades import GRADING_VERBS
from verify.words.verdicts import HOLDS

_YEAR = re.compile(r"\b(20[0-3]\d|199\d)\b")
# A year dates the inspection a release is about only when an inspection word comes
# shortly before it in the same sentence ("inspected in June 2015", "the report
# published in March 2024"), with no word looking back ("since 2017", "the last
# inspection in 2016"): "lockdowns in 2020" or "an improvement board since 2019" say
# nothing about which report the release is about.
_DATING = re.compile(
    rf"\b(?:inspect\w*|report\w*|visit\w*|publish\w*|{GRADING_VERBS}|ofsted)\b[^.!?]{{0,60}}$",
    re.I,
)
_LOOKING_BACK = re.compile(
    r"\b(?:since|last|previous\w*|earlier|former|before|prior|first|ago|until|from"
    r"|retain\w*|unchanged|as (?:it|they) (?:was|were|had been))\b",
    re.I,
)
"""Words that put the year after them in an earlier inspection, including a grade held
or moved from one ("retains its good rating from 2022", "rated outstanding, as it was
in 2022", "up from inadequate in 2021")."""
_MOVED_SINCE = re.compile(
    r"^\W{0,3}(?:(?:and|but|it|which|the council|services)\s+)?"
    r"(?:(?:has|have|is|are)\s+)?(?:now|since|(?:has|have)\s+(?:since\s+)?"
    r"(?:dropped|fallen|slipped|declined|improved|risen|moved|climbed|gone))\b",
    re.I,
)
"""Words right after a year that tell a move from it to today ('rated inadequate in 2017,
is now good', 'rated outstanding in 2017, has dropped to good'): the year is an earlier
inspection's, the grade held then."""
# Years this far from every year of the report's own dates mean another inspection.
_YEARS_APART = 2
# Words before an inspection word that can put its year in the past.
_WORDS_BEFORE = 3
# Only the opening of a long text (a web page, a digest) says what it is about.
_OPENING = 4000


def _earlier_years(report: Report, previous: list[Report]) -> set[int]:
    """Years of earlier inspections, which a release names when it compares: the
    council's earlier reports' and those the report or any of them prints (faithful7:
    'inadequate for child protection in 2012', printed by the 2014 report only, made the
    2019 report look like another inspection's, and every true claim was withheld)."""
    years = {p.year for holder in (report, *previous) for p in holder.previous if p.year}
    return years.union(*(inspection_years(p) for p in previous))


def warnings_for(
    release: Release,
    report: Report,
    previous: list[Report],
    printed: Sequence[tuple[int, int]] = (),
) -> list[str]:
    """Why ``report`` looks like the wrong report for ``release`` (empty when it fits).

    Dates point to another inspection only when no year the release gives an
    inspection or report is near the report's and some such year is not an earlier
    inspection's (a release may name only the year it improved from). The ``printed``
    spans of the release (its quotations the report prints) are passed over: a year or a
    council the report names in its own words is the report's, no sign of another one.
    """
    opening = _passed_over(release.text[:_OPENING], printed)
    out = []
    named = authorities_in(opening)
    others = [n for n in named if not _predecessor(n, report)]
    if others and not any(names_council(n, report.authority) for n in named):
        out.append(
            f"The release names {', '.join(others[:3])}, but {report.label} is about "
            f"{report.authority}: it may be the wrong report."
        )
    years = _dating_years(opening)
    own = inspection_years(report)
    unexplained = years - _earlier_years(report, previous)
    if unexplained and own and _apart(years, own) and not _dated_near(opening, own):
        out.append(
            f"The release's dates ({', '.join(map(str, sorted(years)))}) are years from "
            f"{report.label}'s: it may be the report of another inspection."
        )
    return out


def _passed_over(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with the characters of each span blanked, offsets kept."""
    for start, end in spans:
        if start < len(text):
            text = text[:start] + " " * (min(end, len(text)) - start) + text[end:]
    return text


def _predecessor(name: str, report: Report) -> bool:
    """True when the report's own account of an earlier inspection names the council
    ``name`` (the predecessor that ran these services: 'Children's services in the
    predecessor local authority, Northamptonshire County Council, were judged inadequate
    in 2019'): the release recounting that history names no other council's report."""
    return any(names_council(name, c) for p in report.previous for c in authorities_in(p.text))


def _apart(years: set[int], own: set[int]) -> bool:
    return min(abs(y - o) for y in years for o in own) >= _YEARS_APART


def _dated_near(text: str, own: set[int]) -> bool:
    """True when the release's own dates (its dateline, 'published 17 March 2023') are
    the report's time: its other years are then the council's history ('rated inadequate
    in 2016 and has since improved'), even where the report does not print them."""
    dated = own_years(text)
    return bool(dated) and not _apart(dated, own)


def _dating_years(text: str) -> set[int]:
    """The years the text gives to the inspection or report it is about (see ``_DATING``);
    not one of a visit to come ('its next inspection, which is due to take place in 2027',
    ``AHEAD_OF_DATE``: session 23's derived sets, the report looked like another
    inspection's and every claim's support was withheld)."""
    years = set()
    for m in _YEAR.finditer(text):
        before = text[max(0, m.start() - 80) : m.start()]
        cue = _DATING.search(before)
        if _MOVED_SINCE.search(text[m.end() : m.end() + 60]) or AHEAD_OF_DATE.search(before):
            continue
        if cue and not _LOOKING_BACK.search(_with_words_before(before, cue.start())):
            years.add(int(m.group(1)))
    return years


def _with_words_before(text: str, start: int) -> str:
    """``text`` from ``start``, with the ``_WORDS_BEFORE`` words before it: the word
    looking back may come just before the cue ("the previous judgement inspection in
    2019")."""
    words = text[:start].split()[-_WORDS_BEFORE:]
    return " ".join([*words, text[start:]])


def withhold_support(claim: CheckedClaim, why: str) -> CheckedClaim:
    """A supported claim from a report that may be the wrong one is not supported."""
    if claim.verdict not in HOLDS:
        return claim
    return claim.model_copy(
        update={
            "verdict": "not_checkable",
            "confidence": confidence(claim.kind, "not_checkable"),
            "explanation": f"Not called supported: {why} (It would be: {claim.explanation})",
        }
    )
