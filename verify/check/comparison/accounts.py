"""Reading the report's own accounts of earlier inspections (``Report.previous``): which
account a claim means, what it is of (one area, looked-after children's services or one
service alone, before the single inspection framework), and the grades it gives then, not
now.
"""

from __future__ import annotations

import re
from datetime import date

from verify.check.comparison.earlier import _MONTH_YEAR, _PUBLISHED_WITHIN, _fits_month
from verify.types import JudgementName, PreviousInspection, Report
from verify.words.clauses import JOINING_WORDS, clauses
from verify.words.councils import mentions, names_council
from verify.words.dates import YEAR
from verify.words.grades import grade_of, grades_given, step_of
from verify.words.judgements import JUDGEMENTS
from verify.words.numbers import MONTH, month_number


def _account_of_month(p: PreviousInspection, month: tuple[int, int]) -> bool:
    """True when the report's account of an earlier inspection prints a month of that
    year that the claimed month may name ('undertaken in March 2013' for 'a report in
    April 2013')."""
    days = [
        date(int(m["y"]), month_number(m["m"]) or 1, 1)
        for m in _MONTH_YEAR.finditer(p.text)
        if int(m["y"]) == month[0]
    ]
    return _fits_month(days, month)


LOOKED_AFTER_AREAS = {
    "children_in_care",
    "looked_after_and_permanence",
    "adoption",
    "care_leavers",
}
"""The areas a 2012-2013 inspection of looked-after children's services graded whole."""


def _account_about(p: PreviousInspection, area: JudgementName) -> bool:
    """True when an account of an earlier inspection is of ``area``'s inspection: of
    looked-after children's services for their areas (for adoption and care leavers only
    before November 2013, when the single inspection began grading them apart), of
    safeguarding for help and protection."""
    text = p.text
    if area in ("adoption", "care_leavers") and not _before_sif(p):
        return False
    if area in LOOKED_AFTER_AREAS:
        return looked_after_only(text)
    if area == "help_and_protection":
        return not looked_after_only(text) and bool(
            _names_area(text, area) or re.search(r"safeguard", text, re.I)
        )
    return False


_SIF_BEGAN = (2013, 11)
"""The single inspection framework's first month: from then adoption and care leavers had
grades of their own."""


def _before_sif(p: PreviousInspection) -> bool:
    """True when the account's inspection is older than the single inspection framework,
    by the month it prints with its year (a 2013 one with no month is not known to be)."""
    months = [
        (int(m["y"]), month_number(m["m"]) or 12)
        for m in _MONTH_YEAR.finditer(p.text)
        if p.year and int(m["y"]) == p.year
    ]
    return bool(p.year) and (p.year < _SIF_BEGAN[0] or bool(months) and max(months) < _SIF_BEGAN)


def _same_time_alike(
    report: Report, chosen: PreviousInspection, grade: str, area: JudgementName | None = None
) -> PreviousInspection | None:
    """Another inspection the report prints from the year of the one chosen, graded as the
    claim says: 2011's safeguarding inspection judged adequate beside 2011's inspection of
    services for looked after children judged good. 'Rated good at the last inspection'
    is then true of one of them, and the account is no evidence against it; for a claim
    naming an area, only an account giving that area the grade is."""

    def graded(p: PreviousInspection) -> str | None:
        return (area_grade(p.text, area) if area and _names_area(p.text, area) else None) or (
            p.grade if area is None or _names_area(p.text, area) else None
        )

    return next(
        (
            p
            for p in report.previous
            if p is not chosen and p.year and p.year == chosen.year and graded(p) == grade
        ),
        None,
    )


def looked_after_only(text: str) -> bool:
    """True for an account of an inspection of looked-after children's services alone
    (2009-2013): its grade is not the whole service's."""
    return _names_area(text, "children_in_care") and not _names_protection(text)


_ONE_SERVICE = re.compile(r"\b(?:adoption|fostering)\s+(?:services?|agency|agencies)\b", re.I)


def graded_apart(text: str) -> bool:
    """True for an account of an inspection of one service alone: looked-after children's
    (``looked_after_only``), or the adoption or fostering service's ('The previous
    inspection of the fostering service was in March 2012. The local authority was judged
    to be good.'): its grade is never the whole service's."""
    return looked_after_only(text) or bool(
        _ONE_SERVICE.search(text) and not _names_protection(text)
    )


def of_another_service(account: str, claim: str) -> bool:
    """True for an account of one service's inspection alone (``graded_apart``: 2010's of
    services for children looked after) beside a claim that names the safeguarding or
    protection of children and not that service ('judged inadequate for safeguarding in
    2010', drift37: contradicted by the looked-after inspection's adequate): the account
    tells of another inspection than the claim's."""
    names_the_service = _names_area(claim, "children_in_care") or _ONE_SERVICE.search(claim)
    return graded_apart(account) and _names_protection(claim) and not names_the_service


def _names_protection(text: str) -> bool:
    """True when a text names the protection of children, or safeguarding."""
    return _names_area(text, "help_and_protection") or bool(re.search(r"safeguard", text, re.I))


def _names_area(text: str, area: JudgementName) -> bool:
    """True when an account of an earlier inspection is about the judgement ``area`` (the
    2012 inspection of 'arrangements for the protection of children' for help and
    protection), not the service overall."""
    words = JUDGEMENTS[area].mention or JUDGEMENTS[area].release
    return bool(words and re.search(words, text, re.I))


_SAFEGUARDING = r"safeguarding (?:services|arrangements)"
"""The 2009-2013 inspection of safeguarding, named beside looked-after children's in one
account ('safeguarding services were judged to be adequate and those for looked after
children good'): an area of its own in that account."""
_CLOSING_GRADE = re.compile(
    r"\b(outstanding|good|adequate|inadequate|requires? improvement(?: to be good)?)\b"
    rf"(?=\s*(?:[.,;()]|\b(?:{JOINING_WORDS})\b|in (?:{MONTH} )?(?:19|20)\d\d\b|$))",
    re.I,
)
"""A grade word closing a stretch of an account, or dated ('adequate in September 2012'),
not an adjective of a noun ('good practice')."""


def area_grade(text: str, area: JudgementName) -> str | None:
    """The grade an account of an earlier inspection gives ``area`` itself: the grade that
    closes the stretch from the area's name to the next area it names ('when safeguarding
    services were judged to be adequate and those for looked after children good' gives
    looked-after children good, not the sentence's first grade). None when the account
    does not name the area, or grades nothing in its stretch."""
    words = JUDGEMENTS[area].mention or JUDGEMENTS[area].release
    named = re.search(words, text, re.I) if words else None
    if named is None:
        return None
    others = [
        JUDGEMENTS[n].mention
        for n in _PARTS
        if JUDGEMENTS[n].mention and not re.search(JUDGEMENTS[n].mention, named.group(), re.I)
    ]
    other = re.compile("|".join([*others, _SAFEGUARDING]), re.I).search(text, named.end())
    stretch = text[named.end() : other.start() if other else len(text)]
    grade = _CLOSING_GRADE.search(stretch)
    return grade_of(grade.group(1)) if grade else None


def areas_against_accounts(
    text: str, said: set[str], accounts: list[PreviousInspection], year: int | None
) -> tuple[list[PreviousInspection], tuple[JudgementName, str, PreviousInspection] | None]:
    """Each area ``text`` gives an earlier grade of its own (one of the grades ``said`` of
    then), read against the report's account of that area's inspection of the year the
    text gives the area (``areas_dated``), else of ``year``: the accounts that fit, and the
    first area an account grades otherwise (the area, the account's grade, the account),
    if any. A sentence grading two areas alike ('child protection arrangements were judged
    adequate and services for children in care were also rated adequate', drift49) was
    matched with one account, the other's good never read; one dating two areas apart
    ('safeguarding ... adequate in October 2012, and its services for looked after children
    adequate in October 2011', drift49) was read against 2012's alone, which names no
    looked-after children."""
    steps = {step_of(g) for g in said}
    dated = {name: when for names, when in areas_dated(text) for name in names}
    fits: list[PreviousInspection] = []
    for area in _PARTS:
        claimed = area_grade(text, area)
        if claimed is None or step_of(claimed) not in steps:
            continue  # no grade of its own, or today's
        when = dated.get(area, year)
        for p in accounts:
            theirs = area_grade(p.text, area) if _near(p, when) else None
            if theirs and step_of(theirs) != step_of(claimed):
                return fits, (area, theirs, p)
            if theirs and p not in fits:
                fits.append(p)
    return fits, None


_PUBLISHED = re.compile(r"\bpublish\w*", re.I)


def dated_otherwise(
    p: PreviousInspection, year: int, accounts: list[PreviousInspection], said: set[str]
) -> tuple[str, PreviousInspection] | None:
    """The month and year the account dates its inspection to ('in October 2010'), and the
    account printing it, when the claimed ``year`` is neither that year nor one its report
    may have come out in (the months after it, ``_PUBLISHED_WITHIN``): a printed date
    against the claim's (drift34: 'previous inspections ..., in 2011, both were judged
    adequate' for 'October 2010' was supported, within a year; its other accounts of 2011,
    of adoption and fostering, were good). Its month may be printed in another account of
    the same inspection (``_same_told``: drift32's north-somerset_2017_press 'When services
    were last inspected in 2013, ...' for the report's July 2012, supported by its
    summary's '2012'). None when another account of that year gives a grade the claim says
    (``said``), when the account dates a publication, or no account of it names a month."""
    if p.year == year or _PUBLISHED.search(p.text):
        return None
    steps = {step_of(g) for g in said}
    if any(steps & {step_of(g) for g in _given_in(a)} for a in accounts if a.year == year):
        return None
    told = [p] + [a for a in accounts if a is not p and _same_told(a, p, steps)]
    dated = [
        (int(m["y"]), month_number(m["m"]), a)
        for a in told
        for m in _MONTH_YEAR.finditer(a.text)
        if month_number(m["m"])
    ]
    could_be = {y + (mo + _PUBLISHED_WITHIN - 2) // 12 for y, mo, _ in dated}
    if not dated or year in could_be | {y for y, _, _ in dated}:
        return None
    y, mo, printed = dated[0]
    return date(y, mo, 1).strftime("%B %Y"), printed


def _same_told(a: PreviousInspection, p: PreviousInspection, steps: set[int]) -> bool:
    """True when account ``a`` tells the inspection ``p`` tells, dating no publication:
    of its year, with a grade the claim gives it (``steps``). A summary's 'since the last
    inspection in 2012, when safeguarding services were judged to be adequate' names no
    month; the report's list of earlier inspections does ('... was in July 2012. The local
    authority was judged to be adequate.')."""
    given = {step_of(g) for g in _given_in(a)}
    return a.year == p.year and bool(steps & given) and not _PUBLISHED.search(a.text)


def _near(p: PreviousInspection, year: int | None) -> bool:
    """True when the account is of an inspection within a year of ``year``."""
    return bool(p.year and year and abs(p.year - year) <= 1)


def _fit(
    p: PreviousInspection, year: int | None, area: JudgementName | None = None
) -> tuple[bool, ...]:
    """Prefer a graded inspection within a year of the claimed one, then, for a claim about
    one area, the account of that area's inspection (2011's looked-after children's one,
    not the safeguarding one of the same month), then the same year; with no year
    claimed, a graded one (never an undated aside for having no year); of graded ones, for a
    claim about the whole service, one not of one service alone (``graded_apart``)."""
    near = _near(p, year)
    graded = bool(_given_in(p))
    about = area is not None and _names_area(p.text, area)
    whole = graded and (area is not None or not graded_apart(p.text))
    return (near and graded, about, year is not None and p.year == year, near, graded, whole)


def _given_in(p: PreviousInspection) -> set[str]:
    """The grades an account of an earlier inspection gives ('were judged to be good'), not
    its grade words said of something else ('good practice was seen in 2016'), nor the
    grade it says holds now (``_of_then``)."""
    then = {g for clause in _of_then(p.text) for g in grades_given(clause)}
    return then | ({p.grade} if p.grade else set())


_TODAY = re.compile(r"\b(?:now|currently|today)\b", re.I)
"""Words that put a clause's grade at the time of the report, not of the earlier
inspection it recounts."""


def _of_then(text: str) -> list[str]:
    """The clauses of an account of an earlier inspection that may grade that inspection:
    not one saying what holds now ('Since the last inspection, leaders have increased their
    focus on help and protection services and they are now good': good is today's grade,
    no evidence of the earlier one). The whole text when no clause speaks of now."""
    if not _TODAY.search(text):
        return [text]
    return [c for c in clauses(text) if not _TODAY.search(c)]


_PARTS = tuple(name for name in JUDGEMENTS if name != "overall_effectiveness")

_LAST = re.compile(r"\b(?:last|previous(?:ly)?|most\s+recent(?:ly)?)\b", re.I)


_YEAR_FOR = re.compile(rf"(?P<year>{YEAR.pattern})\s+for\s+(?:the\s+)?$", re.I)
"""A year given to the area named right after it ('in 2012 for children in need of
protection, ... and in 2010 for children looked after'): that area's, not the one named
before it (faithful5: help and protection was dated 2010 and contradicted)."""
_FOR = re.compile(r"\s+for\b", re.I)
"""After a year: the year is given to what follows ('2010 for children looked after')."""


def areas_dated(text: str) -> list[tuple[frozenset[JudgementName], int]]:
    """Each area ``text`` names with the year given after its name, before the next area
    ('child protection services were last inspected in 2013 and its services for looked
    after children in 2011': help and protection 2013, looked-after children 2011); an area
    is every judgement whose words stand at one place. A sentence dating one visit before
    any area it names gives them all its year ('When Ofsted last inspected in May 2012,
    safeguarding arrangements were judged inadequate, while services for looked after
    children were rated adequate': drift51, where the report prints May 2011, supported by
    meaning). Areas with no year of their own are left out."""
    at: dict[int, set[JudgementName]] = {}
    for name in _PARTS:
        for words in {JUDGEMENTS[name].release, JUDGEMENTS[name].mention} - {None}:
            for m in re.finditer(words, text, re.I):
                at.setdefault(m.start(), set()).add(name)
    starts = sorted(at)
    years = {y.group() for y in YEAR.finditer(text)}
    opening = (
        years.pop() if starts and len(years) == 1 and YEAR.search(text, 0, starts[0]) else None
    )
    pairs = []
    for start, end in zip(starts, [*starts[1:], len(text)], strict=False):
        before = _YEAR_FOR.search(text, 0, start)
        after = (
            y.group() for y in YEAR.finditer(text, start, end) if not _FOR.match(text, y.end())
        )
        year = before.group("year") if before else next(after, None) or opening
        if year:
            pairs.append((frozenset(at[start]), int(year)))
    return pairs


def last_dated_apart(
    text: str, accounts: list[PreviousInspection], lag: int = 1
) -> tuple[JudgementName, int, PreviousInspection] | None:
    """An area ``text`` says was last inspected in a year (``areas_dated``, 'last' among its
    words) that the report's account of that area's last inspection dates otherwise: before
    the inspection it prints, or more than a year after (its report's publication may be a
    year on: ``lag``, none where the claim's month fits no account). Each area is compared
    with its own account, not the one account best fitting the claim (drift25: 'looked
    after children in 2011' passed beside a true 2013, where the report prints May 2012).
    None when every area fits, or names no account."""
    if not _LAST.search(text):
        return None
    dated = [p for p in accounts if _one_year(p) and _LAST.search(p.text)]
    for names, year in areas_dated(text):
        for p in dated:
            named = [n for n in sorted(names) if _names_area(p.text, n)]
            if named and not p.year <= year <= p.year + lag:
                return named[0], year, p
    return None


def _one_year(account: PreviousInspection) -> bool:
    """True when the account dates one inspection: one that names several years ('since
    the last inspections for children in need of protection in 2012 ... and for children
    looked after in 2010') gives each area its own, which its one ``year`` does not tell."""
    years = {int(y) for y in YEAR.findall(account.text)}
    return account.year is not None and years <= {account.year}


def predecessor_told(text: str, report: Report) -> bool:
    """True when a council ``text`` names other than the report's is one the report's own
    account of an earlier inspection names ('Children's services in the predecessor local
    authority, Northamptonshire County Council, were judged inadequate in 2019'): its
    earlier grade is of these services then, under the council that ran them, not another
    body's (compare18: 'Northamptonshire County Council's children's services were rated
    requires improvement in 2019' was set aside as another body's)."""
    named = {c for c, _ in mentions(text) if not names_council(c.name, report.authority)}
    told = {c for p in report.previous for c, _ in mentions(p.text)}
    return bool(named) and named <= told


def _earliest_grade(text: str) -> str | None:
    """The first grade an account of an earlier inspection gives the service ('judged to
    be adequate'): not a grade word said of something else ('good practice was seen'), nor
    a grade of a part it names ('services for care leavers were judged to be good, but
    other services were inadequate': inadequate), nor one it says holds now ('services
    have improved and are now good': ``_of_then``)."""
    for clause in clauses(text):
        if _TODAY.search(clause) or any(_names_area(clause, part) for part in _PARTS):
            continue
        if given := grades_given(clause):
            return given[0]
    return None
