"""National and regional standing: counts, shares and 'first' claims, against the archive.

"One of only three councils in the North West judged good", "joins only four others
nationally with the highest rating", "the top seven per cent", "the first council in the
region to be outstanding" are computed from each council's latest report at the date of
the report the release is about (see ``verify.archive.standing``). Councils the archive
holds no report of are unknown, so a claim is `supported` or `contradicted` only when
every way they could be graded gives the same answer; otherwise it is `not_checkable`,
with what the archive shows. Every verdict states the archive's coverage. Vague groups
('one of the best in the country') stay `not_checkable`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from verify.check.common import Context, verdict
from verify.check.grades import current_grades
from verify.types import (
    GRADES,
    ArchivedReport,
    CheckedClaim,
    Claim,
    Grade,
    JudgementName,
    Report,
)
from verify.words import NAMED_FRAMEWORKS
from verify.words.clauses import clause_end
from verify.words.councils import (
    COUNCIL_WORD,
    COUNCILS_WORD,
    RANKED_COUNCIL_WORD,
    REGIONS,
    council_named,
    names_council,
)
from verify.words.dates import parse_dates
from verify.words.grades import EARLIER_GRADE_CUES, GRADE, grade_of, grade_text, grades_in
from verify.words.numbers import NUMBER, NUMBER_WORDS, number

DATELINE_CHARS = 300
"""Where a release prints its own date: its dateline, headline and first sentence."""
DATELINE_DAYS = 120
"""How long after a report a release about it may come out (a later date is another one)."""

_N = rf"({NUMBER})"
_GROUP = (
    rf"(?:other )?(?:{COUNCILS_WORD}|(?=in the country|in england|"
    r"nationally|in the region|across the country|(?:in|across) the (?:north|south|east|west)))"
)
"""What a count counts: councils, or a bare number placed in the country or a region
('one of only three in the North West'); 'three cities' is a group the table lacks."""
_ONE_OF = re.compile(rf"\bone of (?:only |just )?{_N} {_GROUP}", re.I)
_ONLY_OTHERS = re.compile(rf"\b(?:only|just) {_N} others?\b", re.I)
_ONLY = re.compile(rf"\b(?:only|just) {_N} {_GROUP}", re.I)
_THE_ONLY = re.compile(
    rf"\bthe only (?:(?-i:other|[A-Z][\w’'-]*)\s+){{0,2}}{RANKED_COUNCIL_WORD}\b", re.I
)
"""'the only council in the North East rated outstanding', 'the only London borough to be
rated outstanding for adoption': a count of one (a place's name may stand before the
council word, a lower-case word other than 'other' may not: 'the only thing the council')."""
_NONE = re.compile(rf"\b(?:no|not one) (?:other )?{COUNCIL_WORD}\b", re.I)
_TOP_SHARE = re.compile(rf"\btop {_N} ?(?:%|per ?cent)", re.I)
_FIRST = re.compile(
    rf"\bfirst {COUNCIL_WORD}\b[^.;]{{0,50}}?\bto (?:have )?(?:be|been|"
    r"receiv|achiev|gain|got|get|earn|mov)"
    rf"|\bfirst\W{{1,3}}{GRADE}\W{{1,3}}{COUNCIL_WORD}\b",
    re.I,
)
"""'the first council in the region to be rated good', 'the first “outstanding” local
authority in the North East'."""
_CHANGE = re.compile(
    r"\b(?:from|moved?|moving|improved|improving|rise|risen|jump\w*|turn\w*)\b", re.I
)
"""'the first to have moved from requires improvement to outstanding' is about a change of
grade, which the standing at one date does not settle."""
_SINCE = re.compile(r"\bsince\b", re.I)
_AREAS_COUNT = "|".join([w for w, n in NUMBER_WORDS.items() if 2 <= n <= 6] + [r"[2-6]"])
"""How many of one council's judgements a release counts: two to six (no framework grades
more)."""
_ALL_AREAS = re.compile(
    r"\b(?:all|every|each) (?:areas?|judgements?|categor(?:y|ies))\b|\bacross the board\b"
    rf"|\b(?:{_AREAS_COUNT}) ['‘’\"]?{GRADE}\b",
    re.I,
)
"""'outstanding in all areas', 'two outstanding judgements': a count of judgements per
council, which the overall grade does not settle."""
_EARLIER_GRADE = re.compile(rf"\b(?:{EARLIER_GRADE_CUES})\W+(?:\w+\W+){{0,2}}$", re.I)
_OR_BETTER = re.compile(r"\bor (?:better|above|outstanding)\b|\bat least\b", re.I)
_FRAMEWORK = re.compile(r"\bframework\b|\bnew (?:inspection|system|regime)\b", re.I)
"""'the first under the new framework': only reports of the same framework count (a
framework named, 'under ILACS', is read by extraction)."""
_REPEATED = re.compile(
    r"\b(?:twice|again|second|third|fourth|consecutive|successive|in a row|times|"
    r"retain\w*|maintain\w*|remain\w*|kept|keep\w*)\b",
    re.I,
)
"""'the first council to be rated outstanding twice', 'one of only three to retain it': a
council's run of grades, which its latest grade at one date does not settle."""
_SINCE_YEAR = re.compile(r"\bsince (?:\w+ ){0,6}?((?:19|20)\d\d)\b", re.I)
"""'the first council to be rated outstanding since 2013': only later reports disprove it."""
_REGION_WORDS = re.compile(r"\b(?:in|across|of) the region\b|\bregional(?:ly)?\b", re.I)
_THIS = re.compile(r"\b(?:achieved?|received?|ha(?:ve|s) done|got) (?:this|that)\b", re.I)
"""'Only three authorities have received this': the grade is the previous sentence's."""


@dataclass
class Reading:
    """What a national claim asserts, read from its sentence."""

    grades: set[Grade]
    judgement: JudgementName
    region: str | None
    low: int | None = None  # the count asserted: between low and high councils
    high: int | None = None
    share: float | None = None  # 'top N per cent'
    first: bool = False
    frameworks: tuple[str, ...] | None = None  # only reports of these count, when named
    after_year: int | None = None  # 'first since 2013': only reports of later years count
    moved_from: set[Grade] | None = None  # 'first to move from ... to': the grades before
    all_areas: bool = False  # ... and to that grade in every area
    counts_own: bool = True  # the council is among those it counts ('no council': not)


_NO_ARCHIVE = (
    "A claim about councils nationally; one report cannot settle it "
    "(build the archive with `verify archive build` to check it)."
)


def check_national(claim: Claim, ctx: Context, report: Report) -> CheckedClaim:
    """The verdict for a national or regional standing claim."""
    reading = read_claim(claim, report, lambda: ctx.release_index.last_sentence(claim.start))
    if (own := _own_grade_differs(claim, report, reading)) is not None:
        return verdict(claim, "contradicted", own)
    if ctx.archive is None:
        return verdict(claim, "not_checkable", _NO_ARCHIVE)
    if reading is None:
        return verdict(
            claim,
            "not_checkable",
            "Not a count, share or 'first' of councils by grade that the archive can settle.",
        )
    day = release_day(ctx, report)
    if day is None:
        return verdict(claim, "not_checkable", f"{report.label} has no date to look up.")
    if reading.first:
        return _first(claim, ctx, report, reading, day)
    return _count(claim, ctx, report, reading, day)


def _own_grade_differs(claim: Claim, report: Report, reading: Reading | None) -> str | None:
    """Why the claim is wrong about the council itself, when it counts the council among
    those with a grade the report does not give it ('Nottingham is one of only two
    councils in the region rated outstanding' when the report rates it inadequate): the
    one report settles that part. None when it is not the council's own grade now."""
    if reading is None or reading.moved_from is not None or reading.share is not None:
        return None
    if not reading.counts_own:
        return None  # 'no authority has been judged outstanding' counts the council out
    if claim.values.authority and not names_council(claim.values.authority, report.authority):
        return None
    if not claim.values.grades or len(current_grades(claim, report)) < len(claim.values.grades):
        return None  # a grade said of an earlier inspection
    own = report.grade_of(reading.judgement)
    if own is None or own in reading.grades:
        return None
    return (
        f"{report.authority} itself is {grade_text(own)} for "
        f"{reading.judgement.replace('_', ' ')} in {report.label}, not {_grade_words(reading)}."
    )


def release_day(ctx: Context, report: Report) -> date | None:
    """The date the standing is taken at: the release's own date (a date its opening
    prints, on or after the report's publication and within ``DATELINE_DAYS`` of it),
    else the report's publication date."""
    from verify.archive.store import report_date

    published = report_date(report)
    if published is None:
        return None
    opening = ctx.release.text[:DATELINE_CHARS]
    late = published + timedelta(days=DATELINE_DAYS)
    return min((d for d in parse_dates(opening) if published <= d <= late), default=published)


def read_claim(
    claim: Claim, report: Report, sentence_before: Callable[[], str] = str
) -> Reading | None:
    """The grade, judgement, region and count, share or 'first' a claim asserts, or None.

    The first count in the sentence is the claim, and its grade the first one named
    after it ('one of only three in the North West to be judged good overall, with only
    one other achieving two outstanding'), else the one before it; the judgement is the
    one the grade is stated for, else overall effectiveness. A count of councils that
    'received this' takes its grade from the sentence before it ('... rated outstanding
    by Ofsted. Only three authorities have received this.'), asked of
    ``sentence_before`` only then (it reads the release before the claim)."""
    text = claim.text
    first = _FIRST.search(text)
    if first and _CHANGE.search(text, first.end()):
        return _read_move(text, first.end(), report)
    found = [
        (m.start(), kind, m)
        for kind, m in (
            ("first", first),
            ("count+1", _ONLY_OTHERS.search(text)),
            ("count", _ONE_OF.search(text) or _ONLY.search(text)),
            ("one", _THE_ONLY.search(text)),
            ("none", _NONE.search(text)),
            ("share", _TOP_SHARE.search(text)),
        )
        if m
    ]
    _, kind, match = min(found, key=lambda f: f[0]) if found else (0, None, None)
    if match is None:
        return None
    # 'one of only three to be judged good, with only one other achieving two outstanding'
    # is read up to its comma
    end = clause_end(text, match.end())
    if _ALL_AREAS.search(text, 0, end) or _REPEATED.search(text, match.end(), end):
        return None
    grade, judgement = _grade_after(claim, match.end())
    judgement = judgement or "overall_effectiveness"
    if kind == "share":  # the council's own standing: its grade in the report
        grade = report.grade_of(judgement)
    if grade is None and _THIS.search(text, match.end()):
        grade = _only_grade(sentence_before())
    if grade is None:
        return None
    if _REGION_WORDS.search(text) and council_named(report.authority) is None:
        return None
    region = _region(text, report)
    grades = _as_good_as({grade}) if _OR_BETTER.search(text) else {grade}
    reading = Reading(grades=grades, judgement=judgement, region=region)
    reading.frameworks = _frameworks(claim, report)
    reading.counts_own = kind != "none"
    if kind == "first" or (kind == "none" and _SINCE.search(text)):
        reading.first = True
        since = _SINCE_YEAR.search(text, match.start())
        reading.after_year = int(since.group(1)) if since else None
    elif kind == "share":
        reading.share = _number(match.group(1)) / 100
    else:
        fixed = {"none": 0, "one": 1}
        n = fixed[kind] if kind in fixed else _number(match.group(1)) + (kind == "count+1")
        reading.low = reading.high = n
    return reading


def _frameworks(claim: Claim, report: Report) -> tuple[str, ...] | None:
    """The frameworks a claim counts reports of: the one it names ('under ILACS'), the
    report's own for 'the new framework', else every one (None)."""
    if claim.values.framework:
        return NAMED_FRAMEWORKS[claim.values.framework.lower()]
    return (report.framework,) if _FRAMEWORK.search(claim.text) else None


_MOVE = re.compile(
    rf"\bfrom (?:an? )?(?:(?:rating|grade|judgement) (?:of )?)?(below |under |worse than )?"
    rf"['‘’\"“”]?{GRADE}['‘’\"“”]? (?:overall )?to (?:an? )?(?:rating of )?['‘’\"“”]?{GRADE}",
    re.I,
)
"""'moved from a rating below Good to Outstanding', 'from requires improvement to good'."""


def _read_move(text: str, at: int, report: Report) -> Reading | None:
    """'The first council to have moved from below good to outstanding (in all areas)':
    a change between a council's two consecutive graded inspections."""
    move = _MOVE.search(text, at)
    if move is None:
        return None
    below, was, now = move.group(1), grade_of(move.group(2)), grade_of(move.group(3))
    rank = GRADES.index(was)
    earlier = set(GRADES[rank + 1 :]) if below else {was}
    if not earlier:
        return None
    region = _region(text, report)
    reading = Reading(grades={now}, judgement="overall_effectiveness", region=region)
    reading.first, reading.moved_from = True, earlier
    reading.all_areas = bool(_ALL_AREAS.search(text, move.end()))
    return reading


def _region(text: str, report: Report) -> str | None:
    """The region a claim names ('in the North West'), the council's own for 'in the
    region', else None (England)."""
    region = next((r for r in REGIONS if re.search(rf"\b{r}\b", text, re.I)), None)
    if region is None and _REGION_WORDS.search(text):
        own = council_named(report.authority)
        return own.region if own else None
    return region


def _grade_after(claim: Claim, at: int) -> tuple[Grade | None, JudgementName | None]:
    """The grade named first after offset ``at`` of the claim (else last before it), with
    its judgement; 'the highest possible rating' is outstanding (a grade as
    ``verify.words.grades`` reads releases); a grade the council had
    before ('upgraded from good') is not the one counted."""
    text = claim.text
    placed = []
    for mention in claim.values.grades:
        where = mention.start
        if where is not None and not _EARLIER_GRADE.search(text[:where]):
            placed.append((where, mention.grade, mention.judgement))
    after = sorted(p for p in placed if p[0] >= at)
    before = sorted(p for p in placed if 0 <= p[0] < at)
    chosen = after[0] if after else before[-1] if before else None
    return (chosen[1], chosen[2]) if chosen else (None, None)


def _only_grade(text: str) -> Grade | None:
    found = grades_in(text)
    return found.pop() if len(found) == 1 else None


def _number(word: str) -> int:
    return number(word) or 0


def _count(claim: Claim, ctx: Context, report: Report, reading: Reading, day) -> CheckedClaim:
    from verify.archive.standing import standing_at

    standing = standing_at(ctx.archive, day, reading.judgement, reading.region)
    grade_words = _grade_words(reading)
    holding = standing.holding(reading.grades)
    if reading.share is not None:
        return _share(claim, reading, standing, grade_words)
    if reading.low == 0:  # 'no other council': the release's own council aside
        holding = standing.holding(reading.grades, exclude=_own(report))
    count_low, count_high = len(holding), len(holding) + standing.uncovered
    if reading.frameworks is not None:
        # 'Only three rated outstanding under ILACS': councils graded so in a report of that
        # framework, their latest, surely count; any other may have been graded so before.
        holding = [c for c in holding if standing.graded[c][1].framework in reading.frameworks]
        count_low, count_high = len(holding), standing.total
    names = _names(holding)
    shown = (
        f"{count_low} councils {grade_words} for {reading.judgement.replace('_', ' ')} in the "
        f"archive{names}; {standing.coverage()}"
    )
    if count_low > reading.high or count_high < reading.low:
        return verdict(claim, "contradicted", f"Claims {reading.low}, but {shown}.")
    if count_low == count_high == reading.low:
        return verdict(claim, "supported", f"Matches: {shown}.")
    return verdict(
        claim, "not_checkable", f"Claims {reading.low}; the archive cannot settle it: {shown}."
    )


def _share(claim: Claim, reading: Reading, standing, grade_words: str) -> CheckedClaim:
    """'In the top N per cent': councils tied on the grade may be ranked either way, so it
    is contradicted only when the covered councils graded strictly better already exceed
    the share, and supported only when every council that could rank level or above it
    (the covered ones as good, and every uncovered one) still fits in it."""
    as_good = standing.holding(_as_good_as(reading.grades))
    better = standing.holding(_as_good_as(reading.grades) - reading.grades)
    best_place = (len(better) + 1) / standing.total
    worst_place = (len(as_good) + standing.uncovered) / standing.total
    shown = (
        f"{len(better)} covered councils are graded better than {grade_words} and "
        f"{len(as_good)} as well or better; {standing.coverage()}"
    )
    if best_place > reading.share:
        return verdict(claim, "contradicted", f"Not the top {reading.share:.0%}: {shown}.")
    if worst_place <= reading.share:
        return verdict(claim, "supported", f"Within the top {reading.share:.0%}: {shown}.")
    return verdict(claim, "not_checkable", f"The archive cannot settle it: {shown}.")


def _first(claim: Claim, ctx: Context, report: Report, reading: Reading, day) -> CheckedClaim:
    """A 'first' is disproved by another council's archived report before this council's
    own (a report published between it and the release came second)."""
    from verify.archive.standing import first_move, first_with, standing_at
    from verify.archive.store import report_date

    achieved = min(report_date(report) or day, day)
    if reading.moved_from is not None:
        found = first_move(
            ctx.archive,
            reading.moved_from,
            reading.grades,
            achieved,
            reading.region,
            reading.all_areas,
        )
    else:
        found = first_with(ctx.archive, reading.grades, reading.judgement, achieved, reading.region)
    earlier = [r for r in found if r.council != _own(report) and _counts(r, reading)]
    standing = standing_at(ctx.archive, day, reading.judgement, reading.region)
    if earlier:
        first = min(earlier, key=lambda r: r.dated)
        done = _moved_words(reading) if reading.moved_from is not None else "was already"
        return verdict(
            claim,
            "contradicted",
            f"Not the first: {first.label} {done} {_grade_words(reading)}; {standing.coverage()}.",
        )
    return verdict(
        claim,
        "not_checkable",
        f"No earlier such {'move' if reading.moved_from else 'grade'} in the archive, but it "
        f"is incomplete: {standing.coverage()}.",
    )


def _counts(report: ArchivedReport, reading: Reading) -> bool:
    """Whether an archived report may disprove a 'first': of a framework the claim counts,
    after the year it counts from."""
    framework = reading.frameworks is None or report.framework in reading.frameworks
    return framework and (reading.after_year is None or report.dated.year > reading.after_year)


def _moved_words(reading: Reading) -> str:
    before = " or ".join(sorted(reading.moved_from or ())).replace("_", " ")
    return f"had already moved from {before} to"


def _grade_words(reading: Reading) -> str:
    return " or ".join(sorted(reading.grades)).replace("_", " ")


def _as_good_as(grades: set[Grade]) -> set[str]:
    """The grades at least as good as the best of ``grades`` (for 'top N per cent')."""
    best = min(GRADES.index(g) for g in grades if g in GRADES)
    return set(GRADES[: best + 1])


def _own(report: Report) -> str | None:
    own = council_named(report.authority)
    return own.name if own else None


def _names(councils) -> str:
    if not councils:
        return ""
    shown = ", ".join(c.name for c in councils[:8])
    more = f" and {len(councils) - 8} more" if len(councils) > 8 else ""
    return f" ({shown}{more})"
