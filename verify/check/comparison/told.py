"""The report's own account of how the service changed since an earlier inspection: its
sentences that look back and tell a direction of the service as a whole ('Practice overall
has improved significantly since the last inspection', 'Most areas have deteriorated since
the single inspection of services in 2015') or of one judged area; and the verdict a loose
change ('services have declined since the last inspection', no grade named) gets from them
beside the grades then and now.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from verify.check.common import Context, provisional, verdict
from verify.check.comparison.claimed import (
    _area_of_change,
    _direction_subject,
    named_judgement,
    rating_told,
)
from verify.check.comparison.direction import told_of_every_area
from verify.types import CheckedClaim, Claim, JudgementName, Report
from verify.words.changes import (
    LOOKS_BACK,
    changes_of_the_service,
    names_the_whole,
)
from verify.words.dates import YEAR
from verify.words.judgements import RELEASE_JUDGEMENT_RE as JUDGEMENT_RE
from verify.words.judgements import prose
from verify.words.sentences import sentence_spans

TOLD = "the report's own sentence telling the service's change, chosen by its words"
"""The provisional check (``common.provisional``) of a change against the report's sentence
telling the opposite: the sentence is chosen by words (a look back, a direction, the service
or the area named), not printed as a grade."""

_LIMITED = re.compile(
    r"\b(?:not|no|never|nor|insufficient(?:ly)?|too (?:little|slow|slowly)|limited|yet to)\b",
    re.I,
)
"""A negation or limit anywhere in a report's sentence of change ('Not enough has been done
to improve the quality of ... since the previous inspection'): not read as a direction."""
_VISIT = re.compile(r"\bvisits?\b", re.I)
"""A focused or monitoring visit: no inspection the claim's change is counted from."""
OPPOSED = {("improved", "declined"), ("declined", "improved")}
"""A change told against another: 'maintained' opposes neither (a report's 'remain' is
said of too much to be a direction of the whole)."""


@dataclass(frozen=True)
class Told:
    """One clause of the report telling a direction of the service or of named areas."""

    direction: str
    areas: frozenset[str]
    start: int
    end: int


def changes_told(report: Report, claim: Claim) -> list[Told]:
    """Each report sentence looking back to an earlier time that tells, in a clause naming
    the service as a whole or a judged area (``words.changes.names_the_service``), which
    way it went; not one counted from a visit (unless the claim's is), nor from a year the
    claim does not name (give or take one: a report is dated the year after its visit)."""
    out = []
    text, year = report.text, claim.values.previous_year
    visit = bool(_VISIT.search(claim.text))
    for start, end in sentence_spans(text):
        if table := _TABLE_ENDS.match(text, start, end):
            start = table.end()  # the judgement table the opening sentence runs on from
        sentence = text[start:end]
        if not LOOKS_BACK.search(sentence) or bool(_VISIT.search(sentence)) != visit:
            continue
        if _LIMITED.search(sentence):
            continue  # 'Not enough has been done to improve ...': no clean direction
        years = {int(y.group()) for y in YEAR.finditer(sentence)}
        if year is not None and years and all(abs(y - year) > 1 for y in years):
            continue
        for way, words in changes_of_the_service(sentence):
            areas = frozenset(m.lastgroup or "" for m in JUDGEMENT_RE.finditer(words))
            areas -= _NOT_THE_SUBJECT
            if areas or names_the_whole(words):
                out.append(Told(way, areas, start, end))
    return out


_TABLE_ENDS = re.compile(
    r"[\s\S]*\b(?:Good|Outstanding|Inadequate|Requires\s+improvement(?:\s+to\s+be\s+good)?)"
    r"\s+(?=[A-Z])"
)
"""The judgement table's last grade, where the summary's first sentence begins (a grade
printed capitalised before a capital: a table's cell, not prose). Matched at a sentence's
start, never searched: it opens with any text, so a match anywhere is one there, and a
search retries every position of a sentence holding none."""
_NOT_THE_SUBJECT = frozenset(
    {"overall_effectiveness", "impact_of_leaders", "leadership_management_governance"}
)
"""Judgements named in a report's sentence of change that are not what changed: leaders
are who made it ('Senior leaders have overseen continuous improvement in most services')."""


def of_what(told: Told, area: JudgementName | None) -> bool:
    """True when ``told`` is said of what the claim's change is told of: the area it names,
    or, naming none, the service as a whole (a clause naming no area)."""
    return area in told.areas if area else not told.areas


def as_the_report_tells(
    claim: Claim, ctx: Context, report: Report, checked: CheckedClaim, guarded: str | None
) -> CheckedClaim:
    """A loose change (a direction with no grade named) judged beside the report's own
    account of the change (``changes_told``): supported when the report tells the claim's
    direction of the same thing; contradicted (provisional) when it tells only the
    opposite and the grades did not move the claim's way; the grades' contradiction
    (``checked``) stands when the report tells neither, unless ``guarded`` says why the
    grades cannot settle it (two frameworks' scales). Any other claim: ``checked``."""
    v = claim.values
    if not v.direction or v.grades or v.previous_grade or v.first_grade or v.counts_moved:
        return checked
    if v.grade_steps is not None or rating_told(claim):
        # 'has fallen two grades', 'downgraded its overall rating': the grades settle it.
        return checked
    if checked.verdict == "contradicted" and told_of_every_area(claim):
        # 'Every judgement has improved' with an area's grade held: the report's 'practice
        # has improved' is of the service, not of each area (history19).
        return checked

    area = _area_of_change(claim, named_judgement(claim)) or _direction_subject(claim)
    told = [t for t in changes_told(report, claim) if of_what(t, area)]
    index = ctx.index(report)
    what = prose(area) if area else "the service"
    grades = checked.explanation.rstrip(".")
    if same := next((t for t in told if t.direction == v.direction), None):
        evidence = index.evidence(same.start, same.end, 1.0)
        why = f"{report.label} itself tells {what} {v.direction}: '{evidence.text}'. {grades}."
        return verdict(claim, "supported", why, [evidence, *checked.evidence])
    other = next((t for t in told if (v.direction, t.direction) in OPPOSED), None)
    if other is not None and checked.verdict != "supported":
        evidence = index.evidence(other.start, other.end, 1.0)
        why = (
            f"{report.label} itself tells {what} {other.direction}, not {v.direction}: "
            f"'{evidence.text}'. {grades}."
        )
        if checked.verdict == "contradicted" and not guarded:
            return checked  # the grades on one scale: strong
        flagged = verdict(claim, "contradicted", why, [evidence, *checked.evidence])
        return provisional(flagged, ctx, TOLD)
    if checked.verdict == "contradicted" and guarded:
        why = f"{grades}; {guarded}, and the report tells no change of {what}."
        return verdict(claim, "not_checkable", why, checked.evidence)
    return checked


def scales_apart(claim: Claim, report: Report, earlier: Report | None) -> str | None:
    """Why the grades of ``earlier`` and ``report`` cannot settle an improvement or decline
    told of the services (not of the rating itself, ``OF_THE_RATING``, nor of every area):
    they are of two frameworks (the single inspection framework's 'good' and an ILACS one
    are graded on other evidence), so services may have improved while a grade fell. None
    when one framework (the ILACS ones grade alike), or no earlier report."""
    v = claim.values
    every = (v.quantifier or "").lower() in ("all", "every", "each")
    if earlier is None or v.direction == "maintained" or every or rating_told(claim):
        # A grade fallen is no standard kept; a change of every area, or of the rating,
        # is the grades' on any scale.
        return None
    then, now = _family(earlier.framework), _family(report.framework)
    if then == now:
        return None
    return f"the grades are of two frameworks ({earlier.framework} then, {report.framework} now)"


def _family(framework: str | None) -> str:
    """A framework's scale: the ILACS frameworks (2018, 2023, 2026) grade alike."""
    return "ilacs" if (framework or "").startswith("ilacs") else str(framework)
