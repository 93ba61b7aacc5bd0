"""A release checked against the wrong report: another council's, or one from years
before or after the inspection the release is about.

Checking against the wrong report can only find chance support, so the result
carries a warning and no claim is called supported from that report.
"""

from __future__ import annotations

import re

from verify.check.confidence import confidence
from verify.types import CheckedClaim, Release, Report
from verify.words.councils import authorities_in

_YEAR = re.compile(r"\b(20[0-3]\d|199\d)\b")
# Years this far from every year of the report's own dates mean another inspection.
_YEARS_APART = 2
# Only the opening of a long text (a web page, a digest) says what it is about.
_OPENING = 4000


def _key(name: str) -> str:
    from verify.check import authority_key

    return authority_key(name)


def _same_council(name: str, report: Report) -> bool:
    a, b = _key(name), _key(report.authority)
    return bool(a and b) and (a in b or b in a)


def _report_years(report: Report) -> set[int]:
    dates = (report.inspection_start, report.inspection_end, report.published)
    return {d.year for d in dates if d}


def _earlier_years(report: Report, previous: list[Report]) -> set[int]:
    """Years of earlier inspections, which a release names when it compares."""
    years = {p.year for p in report.previous if p.year}
    return years.union(*(_report_years(p) for p in previous))


def warnings_for(release: Release, report: Report, previous: list[Report]) -> list[str]:
    """Why ``report`` looks like the wrong report for ``release`` (empty when it fits).

    Dates point to another inspection only when no year the release names is near
    the report's and some year is not an earlier inspection's (a release may name
    only the year it improved from).
    """
    opening = release.text[:_OPENING]
    out = []
    named = authorities_in(opening)
    if named and not any(_same_council(n, report) for n in named):
        out.append(
            f"The release names {', '.join(named[:3])}, but {report.label} is about "
            f"{report.authority}: it may be the wrong report."
        )
    years = {int(y) for y in _YEAR.findall(opening)}
    own = _report_years(report)
    unexplained = years - _earlier_years(report, previous)
    if unexplained and own and min(abs(y - o) for y in years for o in own) >= _YEARS_APART:
        out.append(
            f"The release's dates ({', '.join(map(str, sorted(years)))}) are years from "
            f"{report.label}'s: it may be the report of another inspection."
        )
    return out


def withhold_support(claim: CheckedClaim, why: str) -> CheckedClaim:
    """A supported claim from a report that may be the wrong one is not supported."""
    if claim.verdict not in ("supported", "minor_variation"):
        return claim
    return claim.model_copy(
        update={
            "verdict": "not_checkable",
            "confidence": confidence(claim.kind, "not_checkable"),
            "explanation": f"Not called supported: {why} (It would be: {claim.explanation})",
        }
    )
