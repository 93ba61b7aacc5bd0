"""What the report prints of the inspection besides its time, and the years since the last.

The team's size (``_team``, HMI or the whole team), the lead inspector (``_lead``), the
framework (``_framework``, never the framework in general: ``_GENERAL``), the ILACS
inspection's type (``_inspection_type``), the years since the previous inspection
(``_interval``) and how many recommendations or items to improve it makes
(``_improvements``), each compared with what the report prints.
"""

from __future__ import annotations

import itertools
import re

from verify.check.fact.cues import _EARLIER_MONTH, _MONTH_NEAR, _of_another_time, _of_another_visit
from verify.check.visits import is_visit_letter
from verify.types import Claim, Report
from verify.words import FRAMEWORK_NAMED, NAMED_FRAMEWORKS, framework_title, plural
from verify.words.dates import SINCE_LAST
from verify.words.numbers import NUMBER, number


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
    if said is None or _of_another_time(_before_quoting(claim), report):
        return None
    printed = report.lead_inspector
    if printed is None:
        return "not_checkable", f"{report.label} does not print its lead inspector"
    if said.split()[-1].lower() == printed.split()[-1].lower():
        return "supported", f"The lead inspector was {printed}"
    return "contradicted", f"{said} did not lead it: the lead inspector was {printed}"


def _before_quoting(claim: Claim) -> str:
    """The claim's words before the first quotation it holds: what the lead wrote or found
    is no time of theirs ('Lead inspector Caroline Walsh found “a range of services have
    improved” since 2014': drift47, 2014 was read as another inspection's, so the name
    was not compared)."""
    first = min((q.start for q in claim.quoted), default=claim.end)
    return claim.text[: max(first - claim.start, 0)]


_HMI_COUNT = re.compile(rf"\b({NUMBER})\s+(?:[\w’'-]+\s+){{0,2}}?(?:HMI|(?:Her|His) Majesty)", re.I)


def _counts_hmi(text: str, n: int) -> bool:
    """True when ``text`` gives ``n`` as the number of HMI ('eight HMI', 'six of Her
    Majesty's Inspectors')."""
    return any(number(m.group(1)) == n for m in _HMI_COUNT.finditer(text))


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


def _framework(claim: Claim, report: Report) -> tuple[str, str] | None:
    """The framework the claim says this inspection was under, against the report's; not
    the framework in general, nor an earlier inspection's ('since the single inspection
    framework (SIF) inspection in 2014': accounts23, an ILACS report's own words)."""
    name = (claim.values.framework or "").lower().strip()
    if not name or _GENERAL.search(claim.text) or _of_earlier_inspections(claim.text):
        return None
    expected = next((eras for key, eras in NAMED_FRAMEWORKS.items() if key in name), None)
    if expected is None:
        return None
    label = framework_title(report.framework)
    if report.framework in expected:
        return "supported", f"The report is an inspection under {label}"
    said = claim.values.framework
    return "contradicted", f"The report is an inspection under {label}, not {said}"


def _of_earlier_inspections(text: str) -> bool:
    """True when every framework the text names follows a look back ('since the', 'the
    previous'), as ``_inspection_type`` reads a type; an abbreviation in brackets after
    a name ('single inspection framework (SIF)') is that name's."""
    named = [m for m in FRAMEWORK_NAMED.finditer(text) if not text[: m.start()].endswith("(")]
    return bool(named) and all(
        _EARLIER_MONTH.search(text[max(0, m.start() - _MONTH_NEAR) : m.start()]) for m in named
    )


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


def _improvements(claim: Claim, report: Report) -> tuple[str, str] | None:
    """How many recommendations or areas to improve the claim says the report makes ('it
    makes 18 recommendations', 'four areas to improve') against the lists its parse read
    (``_lists``): supported when it is the count of one of them or of all, contradicted
    when of none; None when the parse read no lists it can count, so a fact stating only
    the count is checked as the finding it tells ('Ofsted made four recommendations for
    the council, including ...': the items it names)."""
    said = claim.values.improvements
    lists = None if said is None else _lists(report)
    if said is None or lists is None:
        return None
    what = "recommendations" if report.framework == "sif" else "items under 'What needs to improve'"
    listed = f"{sum(lists)} {what}"
    if len(lists) > 1:
        listed += f" in {len(lists)} lists ({', then '.join(str(n) for n in lists)})"
    if said in {*lists, sum(lists)}:
        return "supported", f"The report lists {listed}"
    return "contradicted", f"{said} does not match: the report lists {listed}"


def _lists(report: Report) -> list[int] | None:
    """How many items each list of the report's to improve holds, when its parse read
    them whole: one unnumbered list (ILACS 'What needs to improve' bullets), or numbered
    runs, the first from 1, none missing within a run. A SIF report lists the
    safeguarding board's recommendations after the council's, numbered on from its
    paragraphs (1 to 5, then 103 to 106): a release may count either or both
    ('Ofsted made five recommendations for the council', drift38: not checked). None
    for no items, or for a list of another shape."""
    numbers = [p.number for p in report.improvements]
    if numbers and all(n is None for n in numbers):
        return [len(numbers)]
    if not numbers or None in numbers or numbers[0] != 1:
        return None
    runs = [1]
    for before, n in itertools.pairwise(numbers):
        if n == before + 1:
            runs[-1] += 1
        elif n > before:
            runs.append(1)
        else:
            return None
    return runs


# "ILACS came into effect in January 2018" is about the framework, not this inspection.
_GENERAL = re.compile(r"\b(came into (?:effect|force)|introduced|launched|replaced)\b", re.I)
