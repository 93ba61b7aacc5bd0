"""``check_national``: a standing claim read (``reading``) and judged against the council's
own grade and the archive's standing at the release's date."""

from __future__ import annotations

from datetime import date, timedelta

from verify.check.common import Context, verdict
from verify.check.grades import current_grades
from verify.check.national.reading import Reading, as_good_as, read_claim
from verify.types import ArchivedReport, CheckedClaim, Claim, Report
from verify.words.councils import council_named, names_council
from verify.words.dates import parse_dates
from verify.words.grades import grade_text

DATELINE_CHARS = 300
"""Where a release prints its own date: its dateline, headline and first sentence."""
DATELINE_DAYS = 120
"""How long after a report a release about it may come out (a later date is another one)."""

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
    as_good = standing.holding(as_good_as(reading.grades))
    better = standing.holding(as_good_as(reading.grades) - reading.grades)
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


def _own(report: Report) -> str | None:
    own = council_named(report.authority)
    return own.name if own else None


def _names(councils) -> str:
    if not councils:
        return ""
    shown = ", ".join(c.name for c in councils[:8])
    more = f" and {len(councils) - 8} more" if len(councils) > 8 else ""
    return f" ({shown}{more})"
