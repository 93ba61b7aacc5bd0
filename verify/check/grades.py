"""The grades a claim states, against a report: its judgement table, or the passage for
grades of things outside it (children's homes). Shared by the rating and comparison
checks (``verify.check.rating``, ``verify.check.comparison``), neither of which calls the
other.

Counting rule, always stated: "areas" are the graded judgements other than
overall effectiveness (and the LSCB review); a share is also computed with overall
effectiveness, the LSCB review, both, and of a SIF report its key judgements alone
(``share_readings``); a claim matching any reading stands, and its explanation names it.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import Literal, NamedTuple

from rapidfuzz import fuzz

from verify.check.common import (
    Context,
    content_words,
    grade_of_other_body,
    judgement_grade,
    nearest,
    shared,
    verdict,
)
from verify.check.release_index import ReleaseIndex
from verify.extract.values import adequate_given
from verify.match import PassageIndex, Sentence, normalise
from verify.types import CheckedClaim, Claim, Evidence, GradeMention, Report
from verify.words.clauses import clause_spans, clause_start
from verify.words.dates import LOOKING_BACK_RE, YEAR
from verify.words.grades import (
    ADEQUATE_RE,
    COUNT_BEFORE_GRADE,
    GRADE_ONLY,
    GRADING_VERBS,
    OR_BETTER_AFTER,
    OR_BETTER_BEFORE,
    RELEASE_GRADE_RE,
    at_or_above,
    grade_rank,
    grade_text,
    grades_allowed,
    grades_in,
)
from verify.words.judgements import (
    BOARD_NAMED,
    INSPECTION_TITLE,
    JUDGED_WITHIN,
    KEY_JUDGEMENTS_SAID,
    LSCB_IN_PRINT,
    OTHER_SUBJECTS,
    TITLE_AREAS,
    graded_areas,
    judgement_of_heading,
    key_judgements,
    prose,
)
from verify.words.numbers import NUMBER, month_number, number
from verify.words.qualifiers import (
    EXCEPTION,
    GIVEN_AT_INSPECTION,
    GOAL,
    GRADE_GIVEN_TO,
    SHARE_SUBJECT,
    SOME,
    UNIVERSAL,
    WHOLE_SERVICE,
    excepted_judgements,
    names_only_the_whole,
    names_part,
)
from verify.words.speakers import FRAMING
from verify.words.verdicts import worst

_WORDS = {"half": 50.0, "all": 100.0}
_MOST = re.compile(r"(?:the (?:vast )?majority|most) of\b", re.I)
"""A share said as more than half ('the majority of the five judgements'), no figure."""


def adequate_of_its_time(claim: Claim, report: Report) -> Claim | None:
    """The claim as a rating of today's 'adequate', when the report grades on the
    pre-2013 scale (framework ``other``: the 2012-2013 inspections) and the claim is a
    comparison only because extraction reads a bare 'adequate' as an earlier inspection's
    (``extract.values.earlier._previous``: no inspection since 2013 gives it): no year, change,
    first or word looking back ('Half of the judgements were rated adequate' of a 2013
    inspection of looked after children's services was compared with an earlier inspection
    the report does not recount, and a wrong share was not_checkable), given to the
    judgement the claim names (``extract.values.adequate_given``). None otherwise."""
    v = claim.values
    said = ADEQUATE_RE.search(claim.text)
    if report.framework != "other" or v.previous_grade != "adequate" or said is None:
        return None
    if v.previous_year or v.direction or v.grade_steps or v.first_grade:
        return None
    if YEAR.search(claim.text) or LOOKING_BACK_RE.search(claim.text):
        return None
    adequate = GradeMention(
        grade="adequate",
        judgement=adequate_given(claim.text),
        printed=said.group(),
        start=said.start(),
        end=said.end(),
    )
    values = v.model_copy(update={"grades": [*v.grades, adequate], "previous_grade": None})
    return claim.model_copy(update={"kind": "rating", "values": values})


def table_evidence(report: Report, ctx: Context, names: list[str]) -> list[Evidence]:
    """Evidence for judgements: the report's own words for each, where it prints them
    (its row of the judgement table, or the LSCB review's sentence)."""
    table = [p for p in report.passages if p.kind == "table"]
    evidence = []
    for j in report.judgements:
        if j.name not in names:
            continue
        start, end = printed_at(report, table, j.name) or (
            (table[0].start, table[-1].end) if table else (0, 0)
        )
        text = " ".join(report.text[start:end].split()) or f"{prose(j.name)}: {j.printed}"
        evidence.append(
            Evidence(
                report=report.label,
                page=report.page_at(start),
                section="Judgement table",
                text=text,
                score=1.0,
                start=start,
                end=end,
            )
        )
    return evidence


@lru_cache(maxsize=8)
def _lscb_in_print(text: str) -> tuple[int, int] | None:
    """Where a report prints the LSCB sentence: searched once per report text (a search of
    a whole report with this pattern takes milliseconds, and every rating claim asks)."""
    match = LSCB_IN_PRINT.search(text)
    return (match.start(), match.end()) if match else None


def printed_at(report: Report, table: list, name: str) -> tuple[int, int] | None:
    """Where the report prints judgement ``name`` with its grade: the table row naming it
    (and the grade on the line after, where the row wraps), or the LSCB sentence."""
    if name == "lscb":
        return _lscb_in_print(report.text)
    for i, passage in enumerate(table):
        named = judgement_of_heading(passage.text) == name
        if (
            named
            or prose(name) in passage.text.lower()
            or (name == "overall_effectiveness" and "overall judgement" in passage.text.lower())
        ):
            after = table[i + 1] if i + 1 < len(table) else None
            if after is not None and GRADE_ONLY.match(after.text.strip()):
                return passage.start, after.end
            return passage.start, passage.end
    return None


class Reading(NamedTuple):
    """One reading of what a count or share of judgements is of: how many of them hold the
    grade (``at``), how many there are (``of``), and which they are (``what``)."""

    at: int
    of: int
    what: str


_KEY = "key judgements (adoption and care leavers left out)"
_ADDED = {"overall_effectiveness": "overall effectiveness", "lscb": "the LSCB's review"}


def share_readings(report: Report, grades: frozenset[str], wider: bool) -> list[Reading]:
    """Every reasonable reading of the total a count or share is of, which the conventions
    do not fix: the graded areas, each with and without overall effectiveness and with and
    without the LSCB's review, where the report grades them; of a SIF report also its three
    key judgements alone, when ``wider`` (``words.judgements.key_judgements``), with and
    without overall effectiveness (not the board's review: 'the five areas' of a SIF
    report are not its key judgements, overall effectiveness and the board, faithful5). A
    share is true when one reading makes it so (a total the claim names must be that
    reading's): 'four of the seven judgements' of a SIF report counts the board's review
    (facts5), '57 per cent' may too; 'two of the three key judgements' leaves adoption out."""
    extras = [j for j in report.judgements if j.name in _ADDED and j.grade]
    bases = [("graded areas", graded_areas(report.judgements), extras)]
    key = key_judgements(report.judgements, report.framework)
    if key is not None and wider:
        bases.append((_KEY, key, [j for j in extras if j.name == "overall_effectiveness"]))
    readings = []
    for what, base, addable in bases:
        for n in range(len(addable) + 1):
            for added in itertools.combinations(addable, n):
                counted = [*base, *added]
                at = sum(j.grade in grades for j in counted)
                named = _reading_named(what, [j.name for j in added])
                readings.append(Reading(at, len(counted), named))
    return readings


def _reading_named(what: str, added: list[str]) -> str:
    """'graded areas', 'judgements if overall effectiveness is counted', 'graded areas with
    the LSCB's review counted': what a reading counts, for the explanation."""
    if not added:
        return what
    if what == "graded areas" and added == ["overall_effectiveness"]:
        return "judgements if overall effectiveness is counted"
    return f"{what} with {' and '.join(_ADDED[n] for n in added)} counted"


def _pct(a: int, b: int) -> float:
    return 100.0 * a / b if b else 0.0


def _fits(claim: Claim, reading: Reading, percent: float | None) -> bool:
    """True when the claim's count or share holds of ``reading``: its total (when it names
    one) is the reading's, and 'most', 'all but N', a percentage or a count is met."""
    v = claim.values
    said = v.quantifier or ""
    if v.of_total not in (None, reading.of) or not reading.of:
        return False
    if _MOST.match(said):
        return 2 * reading.at > reading.of
    if v.all_but is not None:  # 'all but one of the judgements', 'every area except two'
        return reading.at == reading.of - v.all_but
    if percent is not None:
        return abs(percent - _pct(reading.at, reading.of)) < 1.0
    return v.count is not None and v.count == reading.at


def _readings_told(readings: list[Reading], report: Report, said: str) -> str:
    """The readings a share was set against, for its explanation ('3 of 5 graded areas are
    good (60%); 3 of 6 judgements if overall effectiveness is counted (50%)'), saying so
    when the report gives no overall effectiveness grade (ILACS from April 2026)."""
    plain = bool(readings) and readings[0].what == "graded areas"
    told = "; ".join(
        f"{r.at} of {r.of} {r.what}{f' are {said}' if plain and i == 0 else ''}"
        f" ({_pct(r.at, r.of):.0f}%)"
        for i, r in enumerate(readings)
    )
    if not plain:
        told = f"{said.capitalize()}: {told}"
    if report.grade_of("overall_effectiveness") is None:
        told += f"; {report.label} gives no overall effectiveness grade"
    return told


def check_share(claim: Claim, report: Report, ctx: Context, grades: frozenset[str]) -> CheckedClaim:
    """A count or share of judgements at a grade ('outstanding in 50 per cent of areas'),
    or at either of two ('good or outstanding in three of the five areas'): supported when
    one reading of its total (``share_readings``) makes it true, the explanation naming
    that reading; contradicted only when none does, every reading of the total the claim
    names (or every reading) listed."""
    v = claim.values
    said = " or ".join(grade_text(g) for g in sorted(grades, key=grade_rank))
    percent = v.percent if v.percent is not None else _WORDS.get((v.quantifier or "").lower())
    # SIF's key judgements are a reading only for a total named or key judgements said.
    wider = v.of_total is not None or bool(KEY_JUDGEMENTS_SAID.search(claim.text))
    readings = share_readings(report, grades, wider)
    fit = next((r for r in readings if _fits(claim, r, percent)), None)
    evidence = table_evidence(report, ctx, [j.name for j in report.judgements])
    if fit is not None:
        told = _readings_told(readings, report, said)
        why = f"{told}. True read as {fit.at} of {fit.of} {fit.what}."
        return verdict(claim, "supported", why, evidence)
    told = _readings_told([r for r in readings if r.of == v.of_total] or readings, report, said)
    why = f"{told}. No reading of the total makes it true."
    return verdict(claim, "contradicted", why, evidence)


def _named(claim: Claim, mention: GradeMention, report: Report, ctx: Context):
    """(label, reason, evidence) for a grade stated for a named judgement."""
    name = mention.judgement
    if name == "overall_effectiveness" and report.framework == "ilacs_2026":
        return "contradicted", "Reports from April 2026 on give no overall effectiveness grade", []
    found = judgement_grade(report, name)
    if found is None and name in JUDGED_WITHIN:
        return _judged_within(mention, report, ctx)
    if found is None:
        return "not_checkable", _no_such_judgement(report, name), []
    actual_name, actual = found
    evidence = table_evidence(report, ctx, [actual_name])
    if actual not in _allowed(claim, mention):
        return (
            "contradicted",
            f"{prose(actual_name).capitalize()} is {grade_text(actual)}, "
            f"not {grade_text(mention.grade)}",
            evidence,
        )
    return "supported", f"{prose(actual_name).capitalize()} is {grade_text(actual)}", evidence


def _allowed(claim: Claim, mention: GradeMention) -> frozenset[str]:
    """The grades a named judgement may have for the claim to hold: the grade said, or it
    and every grade above when said 'good or better', 'at least good' (grades17: 'Adoption
    was rated good or better' was contradicted by adoption's outstanding): a range, not a
    grade."""
    return _either(claim, [mention], mention.grade)


def _all_but_named(claim: Claim, mention: GradeMention, report: Report, ctx: Context):
    """(label, reason, evidence) for a grade said of every area but those the claim names
    ('All but care leavers were judged to require improvement'): every other graded area
    must have it (grades17: the grade was read as the service's, and a wrong one, 'All but
    children in care were judged good' of a report whose help and protection requires
    improvement, was not settled). None when the claim names no exception."""
    excepted = excepted_judgements(claim.text)
    if not excepted:
        return None
    found = [judgement_grade(report, name) for name in excepted]
    if any(f is None for f in found):
        return None
    left_out = {f[0] for f in found if f is not None}
    rest = [j for j in graded_areas(report.judgements) if j.name not in left_out]
    if not rest:
        return None
    allowed = _either(claim, [mention], mention.grade)
    evidence = table_evidence(report, ctx, [j.name for j in rest])
    g = grade_text(mention.grade)
    off = [j for j in rest if j.grade not in allowed]
    if off:
        j = off[0]
        why = f"{prose(j.name).capitalize()} is {grade_text(j.grade)}, not {g}"
        return "contradicted", why, evidence
    return "supported", f"Every graded area but {', '.join(map(prose, left_out))} is {g}", evidence


def _no_such_judgement(report: Report, name: str) -> str:
    """Why a grade for a judgement the report does not give settles nothing: a table
    without the row is no evidence the grade is wrong (the release may mean a separate
    review, an earlier framework's name for it, or extraction may have read the name
    wrongly), so it is said, with the nearest passage, and not flagged."""
    return f"{report.label} gives no grade for {prose(name)} to compare with"


def _judged_within(mention: GradeMention, report: Report, ctx: Context):
    """A grade for an area the report judges within a broader judgement: supported when
    the broader grade is the same; otherwise not settled, since a part may be graded
    better or worse than the whole."""
    name = mention.judgement
    broader = next((j for j in JUDGED_WITHIN[name] if report.grade_of(j) is not None), None)
    if broader is None:
        return "not_checkable", _no_such_judgement(report, name), []
    actual = report.grade_of(broader)
    why = (
        f"{report.label} judges {prose(name)} within {prose(broader)}, which is "
        f"{grade_text(actual)}"
    )
    label = "supported" if actual == mention.grade else "not_checkable"
    return label, why, table_evidence(report, ctx, [broader])


def _unnamed(claim: Claim, mention: GradeMention, report: Report, ctx: Context):
    """A grade stated without naming a judgement: overall, all areas, or some.

    A 'some' says the grade is some areas' only in the grade's own clause ('..., with
    inspectors saying some services have got worse' counts no areas). When only some areas
    have it, the claim is misleading only on positive evidence that
    it gives the grade to the service as a whole: a release that names what it gives the
    grade to ('good for safeguarding') is right about those areas, and a grade said as a
    goal ('to move to a good rating') is given to nothing yet."""
    overall = report.grade_of("overall_effectiveness")
    areas = graded_areas(report.judgements)
    n = sum(j.grade == mention.grade for j in areas)
    evidence = table_evidence(report, ctx, [j.name for j in report.judgements])
    g = grade_text(mention.grade)
    if overall is None and not areas:
        # A review of the safeguarding board alone: a grade said of no judgement is the
        # service's ('the inspection published in June rated them inadequate'), which this
        # report does not grade.
        why = f"{report.label} grades only " + ", ".join(prose(j.name) for j in report.judgements)
        return "not_checkable", why, evidence
    if overall == mention.grade:
        return "supported", f"Overall effectiveness is {g}", evidence
    if areas and n == len(areas):
        return "supported", f"All {len(areas)} graded areas are {g}", evidence
    if n and (SOME.search(_grade_clause(claim, mention) or claim.text) or _several(claim, mention)):
        return "supported", f"{n} of {len(areas)} graded areas are {g}", evidence
    if SHARE_SUBJECT.search(_around(claim, mention)[0]):
        # 'although a minority were good': the grade word is said of some of what the
        # sentence names (care plans), no grade of the service to set against the table.
        why = f"The claim says '{g}' of a share of something it names, not of the service"
        return "not_checkable", why, evidence
    if not n:
        said = _said_in_prose(claim, mention, report, ctx) or _said_of_its_subject(
            claim, mention, report, ctx
        )
        if said is not None:
            why = f"No judgement in {report.label} is {g}, but the report says this itself"
            return "supported", why, [said]
        return "contradicted", f"No judgement in {report.label} is {g}", evidence
    some = (
        f"{n} of {len(areas)} graded areas are {g}; overall effectiveness is {grade_text(overall)}"
    )
    subject = _given_to(claim, mention)
    if subject and names_part(subject):
        return "supported", f"{some}; the claim gives the grade to '{subject}'", evidence
    before = _around(claim, mention)[0]
    whole_named = WHOLE_SERVICE.search(_own_stretch(claim, mention))
    if subject or whole_named or names_only_the_whole(before):
        whole = f"'{subject}'" if subject else "the service as a whole"
        return "misleading", f"Only {some}; the claim gives the grade to {whole}", evidence
    return "not_checkable", f"{some}; the claim does not say what it gives the grade to", evidence


_PROSE_SHARE, _PROSE_WORDS = 0.8, 5
"""A report sentence restating a grade claim holds this share of its content words other
than the grade, of at least this many: the claim's own subject, not the council's."""


def _said_in_prose(
    claim: Claim, mention: GradeMention, report: Report, ctx: Context
) -> Evidence | None:
    """The report sentence that gives the claim's grade in the claim's own words ('The
    local authority's Ade Adepitan short breaks centre ... has been judged outstanding in
    a recent inspection'), if any: the grade is that of a subject Ofsted graded in another
    inspection, which the judgement table does not hold, so the table is no evidence
    against it."""
    words = content_words(claim.text) - content_words(mention.printed or "")
    if len(words) < _PROSE_WORDS:
        return None
    index = ctx.index(report)
    for s in index.sentences:
        if mention.grade in grades_in(s.text) and shared(words, s.text) >= _PROSE_SHARE:
            return index.evidence(s.start, s.end, 1.0)
    return None


_SUBJECT_WORDS = 3
_GIVES_GRADE = re.compile(rf"\b(?:{GRADING_VERBS}|rating|judgement|grade)\b", re.I)


def _said_of_its_subject(
    claim: Claim, mention: GradeMention, report: Report, ctx: Context
) -> Evidence | None:
    """The report sentence that says the claim's grade word of what the claim's own clause
    says it of ('inspectors finding its "front door" services to be outstanding' for "with a
    'front door' service that is outstanding", where no judgement is outstanding): every
    content word of the clause (at least three, its framing as Ofsted's finding left out)
    in one sentence holding that grade. The report says it in prose of a part it names,
    which the table does not grade, so the table is no evidence against it. Not a clause
    that rates or judges ('its front door was rated outstanding'): that claims a grade."""
    clause = _grade_clause(claim, mention)
    if clause is None or _GIVES_GRADE.search(clause):
        return None
    words = content_words(FRAMING.sub(" ", clause)) - content_words(mention.printed or "")
    if len(words) < _SUBJECT_WORDS:
        return None
    index = ctx.index(report)
    for s in index.sentences:
        if mention.grade in grades_in(s.text) and shared(words, s.text) == 1.0:
            return index.evidence(s.start, s.end, 1.0)
    return None


def _grade_clause(claim: Claim, mention: GradeMention) -> str | None:
    """The clause of the claim holding the grade's printed words (None when the grade is
    not printed in the claim)."""
    if mention.start is None:
        return None
    return next(
        (claim.text[a:b] for a, b in clause_spans(claim.text) if a <= mention.start < b), None
    )


def _around(claim: Claim, mention: GradeMention) -> tuple[str, str]:
    """The claim's words before and after the grade (both empty when it is not printed
    in the claim)."""
    return mention.around(claim.text) or ("", "")


def _own_stretch(claim: Claim, mention: GradeMention) -> str:
    """The claim's words around one grade, between the grade words printed before and
    after it: what names the service as a whole there ('children's services', 'overall')
    is what this grade is given to; the same words beside another grade ('services have
    been rated good, although help for children who need protection still requires
    improvement') give it nothing. The whole claim when the grade is not printed in it."""
    if mention.start is None or mention.end is None:
        return claim.text
    printed = [m.span() for m in RELEASE_GRADE_RE.finditer(claim.text)]
    start = max((e for _, e in printed if e <= mention.start), default=0)
    end = min((s for s, _ in printed if s >= mention.end), default=len(claim.text))
    return claim.text[start:end]


def _given_to(claim: Claim, mention: GradeMention) -> str | None:
    """What the claim gives the grade to, when it names something after it ('good for
    safeguarding and supporting under 18s'); not a month it was given in."""
    found = GRADE_GIVEN_TO.match(_around(claim, mention)[1])
    if found is None or month_number(found.group("subject").split()[0]):
        return None
    return found.group("subject").strip()


def _as_goal(claim: Claim, mention: GradeMention) -> tuple[str, str, list] | None:
    """(not_checkable, why, no evidence) when words before the grade make it a goal or a
    hope ('aspiration ... move to a good rating', 'hopes to achieve an outstanding rating',
    'had expected Barnet to be rated requires improvement'): a grade no one has given yet
    is neither right nor wrong against the table, whether or not the table holds it. None
    for a grade said as given, as one dated to an inspection held is ('moved from an
    Inadequate rating in 2019 to leapfrog the RI judgement and achieve a judgment of Good
    in its latest full inspection')."""
    before, after = _around(claim, mention)
    if not GOAL.search(before) or GIVEN_AT_INSPECTION.match(after):
        return None
    return "not_checkable", f"'{grade_text(mention.grade)}' is said as a goal, not as given", []


_PLURAL_AFTER = re.compile(r"^\W{0,2}\s*(?:judgements|ratings|grades|areas)\b", re.I)


def _several(claim: Claim, mention: GradeMention) -> bool:
    """'The Good judgements ...': a grade named in the plural is some judgements' grade,
    not the overall one."""
    return bool(_PLURAL_AFTER.match(_around(claim, mention)[1]))


def _is_share(claim: Claim, mentions: list[GradeMention]) -> bool:
    """True for a count or share of areas at a grade ('good in three of four areas'); not
    for a count of the areas the sentence then names, each with its own grade ('in three
    areas, impact of leaders, judged requires improvement, ...')."""
    v = claim.values
    said = (v.quantifier or "").lower()
    counted = said in _WORDS or _MOST.match(said) or v.all_but is not None
    if v.percent is None and v.count is None and not counted:
        return False
    if v.quantifier == "all" and v.count is None and not _all_at_one_grade(claim, mentions):
        return False
    named = {m.judgement for m in mentions if m.judgement}
    lists_them = v.count == len(named) and all(m.judgement for m in mentions)
    return not lists_them or _the_only_one(claim)


def _the_only_one(claim: Claim) -> bool:
    """True for a grade said of one area alone ('Help and protection was the only area
    rated inadequate'): a count of one, of the area it names."""
    return (claim.values.quantifier or "").lower().startswith("the only")


def _only_this_one(
    claim: Claim, report: Report, ctx: Context, mentions: list[GradeMention], share: CheckedClaim
) -> CheckedClaim:
    """'Help and protection was the only area rated inadequate': the count of one
    (``share``) holding, the area named must be that one too (ratings14: the area's own
    grade was checked, never the 'only')."""
    for m in mentions:
        if m.judgement and (named := _named(claim, m, report, ctx))[0] == "contradicted":
            return verdict(claim, named[0], f"{named[1]}.", named[2])
    return share


def _share_grade(claim: Claim, mentions: list[GradeMention]) -> str:
    """The grade a count or share is of: of several, the one printed nearest the count
    ('An inadequate rating for leaders sits alongside requires improvement judgements in
    the other three areas': three areas require improvement), one given to no named
    judgement first; not one printed in a clause before the count's ('Care leavers were
    rated good, while the other three areas were judged to require improvement': the three
    are the areas that require improvement, not the good one printed nearer)."""
    at = claim.text.lower().find((claim.values.quantifier or "").lower())
    placed = [m for m in mentions if m.start is not None]
    if at < 0 or len(placed) < 2:
        return mentions[0].grade
    placed = [m for m in placed if m.start >= clause_start(claim.text, at)] or placed
    placed = _joined_to_count(claim, placed, at) or placed
    pool = [m for m in placed if m.judgement is None] or placed
    return min(pool, key=lambda m: abs(m.start - at)).grade


_JOINS = re.compile(r"\b(?:and|but|while|whilst|whereas)\b|[,;]", re.I)
"""Words between a grade and a count that join another part to the sentence: a grade
across one is that part's, not the count's."""


def _joined_to_count(claim: Claim, placed: list[GradeMention], at: int) -> list[GradeMention]:
    """The grades printed with nothing joining another part between them and the count at
    ``at`` ('rated inadequate by Ofsted in four areas and requiring improvement in another':
    inadequate, not the requires improvement printed nearer, after 'and')."""
    end = at + len(claim.values.quantifier or "")
    return [
        m
        for m in placed
        if not _JOINS.search(
            claim.text[m.end : at]
            if m.end is not None and m.end <= at
            else claim.text[end : m.start]
        )
    ]


def _share_verdict(
    claim: Claim, report: Report, ctx: Context, mentions: list[GradeMention]
) -> CheckedClaim:
    """A count or share checked for the grade it is read to be of (``_share_grade``); when
    the table contradicts that reading but fits the grade printed right beside the count
    ('inadequate in three of the four judgements, with ... the exception: that area requires
    improvement'), the sentence was misread, not the table misreported: that reading's
    verdict."""
    grade = _share_grade(claim, mentions)
    result = check_share(claim, report, ctx, _either(claim, mentions, grade))
    beside = _grade_beside_count(claim, mentions)
    if result.verdict == "contradicted" and beside is not None:
        other = check_share(claim, report, ctx, _either(claim, mentions, beside))
        if other.verdict == "supported":
            return other
    if result.verdict != "supported":
        return result
    return next((r for r in _second_counts(claim, report, ctx, mentions) if r), result)


def _second_counts(claim: Claim, report: Report, ctx: Context, mentions: list[GradeMention]):
    """The verdicts of a share's other counts that do not hold, each with the grade after it
    ('Two of the areas were good and two outstanding', ``COUNT_BEFORE_GRADE``; noticed23:
    only the first count was checked, so 'three good and one outstanding' of two of each
    was supported): each count checked as the first is, of its own grade (None for one that
    holds)."""
    for m in mentions:
        said = COUNT_BEFORE_GRADE.search(claim.text[: m.start]) if m.start else None
        if said is None or m.judgement is not None or number(said["n"]) is None:
            continue
        count = {"count": number(said["n"]), "quantifier": said["n"]}
        values = claim.values.model_copy(update={**count, "percent": None, "all_but": None})
        counted = claim.model_copy(update={"values": values})
        got = check_share(counted, report, ctx, _either(claim, mentions, m.grade))
        yield got if got.verdict != "supported" else None


_OR = re.compile(r"\W*(?:and/)?or\W*$", re.I)


def _either(claim: Claim, mentions: list[GradeMention], grade: str) -> frozenset[str]:
    """The grades a count or share is of: ``grade``, and the grade printed beside it with
    'or' between ('good or outstanding in three of the five areas' counts the areas at
    either), or every grade above it when it is said so ('four of the five judgements are
    good or better', 'at least good')."""
    placed = sorted((m for m in mentions if m.start is not None), key=lambda m: m.start)
    grades = {grade}
    for m in placed:
        said_or_better = OR_BETTER_AFTER.match(claim.text, m.end) or OR_BETTER_BEFORE.search(
            claim.text, 0, m.start
        )
        if m.grade == grade and said_or_better:
            grades |= at_or_above(grade)
    for a, b in itertools.pairwise(placed):
        if grade in (a.grade, b.grade) and _OR.match(claim.text[a.end : b.start]):
            grades |= {a.grade, b.grade}
    return frozenset(grades)


def _grade_beside_count(claim: Claim, mentions: list[GradeMention]) -> str | None:
    """The grade whose word stands nearest the count or share, whatever it is given to (of
    those joined to it, ``_joined_to_count``)."""
    at = claim.text.lower().find((claim.values.quantifier or "").lower())
    placed = [m for m in mentions if m.start is not None]
    if at < 0 or not placed:
        return None
    placed = _joined_to_count(claim, placed, at) or placed
    return min(placed, key=lambda m: abs(m.start - at)).grade


def _all_at_one_grade(claim: Claim, mentions: list[GradeMention]) -> bool:
    """True when an 'all areas' (no number) gives every area one grade: a single grade
    named, no exception made ('outstanding in all areas except ...' is no share) and no
    earlier inspection's grade it could be of ('good, up from requires improvement in all
    areas')."""
    v = claim.values
    grades = {m.grade for m in (*mentions, *v.grades)}
    earlier = v.previous_grade or v.previous_year or v.direction
    return (
        len(grades) == 1
        and not earlier
        and not EXCEPTION.search(claim.text)
        and not _other_grade_printed(claim, mentions)
    )


def _other_grade_printed(claim: Claim, mentions: list[GradeMention]) -> bool:
    """True when the claim prints a grade word that is none of today's ``mentions``: the
    'all' may be that one's ('a good grade this time, compared with good across the board
    in 2022')."""
    own = {m.start for m in mentions if m.start is not None}
    return any(g.start() not in own for g in RELEASE_GRADE_RE.finditer(claim.text))


def naming_other_subject(claim: Claim, index: PassageIndex) -> list[Sentence]:
    """The report sentences naming the subject outside the judgement table that the claim
    grades (``OTHER_SUBJECTS``); with none, ``check_other_subject`` shows the nearest
    passage (which ``lookups`` asks for before any claim is checked)."""
    subject = OTHER_SUBJECTS.search(claim.text)
    candidates = index.sentences_matching(OTHER_SUBJECTS) if subject else []
    return [s for s in candidates if _names_subject(s.text, subject.group(0))]


def check_other_subject(
    claim: Claim, report: Report, ctx: Context, mentions: list[GradeMention]
) -> CheckedClaim:
    """Grades of things outside the judgement table (children's homes): read the passage
    naming the same subject. Ofsted grades these subjects in their own inspections, so a
    report with no such passage is silent, not against the grade: the nearest passage by
    meaning is shown, never compared (a judgement table row near 'fostering service' is
    no grade of it). Only ``mentions``, the grades of today said of the subject, are
    compared (not schools' beside it, nor its grade of 2012), with every grade the passage
    allows ('good or better')."""
    index = ctx.index(report)
    naming = naming_other_subject(claim, index)
    if not naming:
        why = f"{report.label} says nothing about this; Ofsted grades it in its own inspection."
        return verdict(claim, "not_checkable", why, nearest(ctx, report, claim.text))
    query = normalise(claim.text).text
    sentence = max(
        naming,
        key=lambda s: (
            _counted_alike(claim.text, s.text),
            fuzz.partial_ratio(query, normalise(s.text).text),
        ),
    )
    hit_score = 1.0
    # The grade often sits in the next sentence ("operates two homes. Two were judged good").
    following = [
        s for s in index.sentences if s.passage is sentence.passage and s.start >= sentence.end
    ]
    end = following[0].end if following else sentence.end
    said = {m.grade for m in mentions}
    printed = grades_allowed(report.text[sentence.start : end])
    evidence = [index.evidence(sentence.start, end, hit_score, whole_sentence=False)]
    if not printed:
        why = "The nearest report passage gives no grade; Ofsted grades this in its own inspection."
        return verdict(claim, "not_checkable", why, evidence)
    wrong = sorted(said - printed)
    if wrong:
        return verdict(
            claim,
            "contradicted",
            f"The report gives {', '.join(sorted(printed))}, not {', '.join(wrong)}.",
            evidence,
        )
    if not _counted_alike(claim.text, report.text[sentence.start : end]):
        why = (
            f"The report gives {', '.join(sorted(printed))}, but not the count the claim "
            "gives them; the passage is shown."
        )
        return verdict(claim, "not_checkable", why, evidence)
    return verdict(claim, "supported", f"The report gives {', '.join(sorted(printed))}.", evidence)


_COUNT = re.compile(rf"\b{NUMBER}\b", re.I)


def _counted_alike(claim: str, passage: str) -> bool:
    """True when the passage prints every count the claim gives its subjects, and 'all'
    or 'every' where the claim says it ('All 13 of its homes are good' is not supported
    by 'operates 13 homes. Nine were judged good'): the grades alone are not the claim."""
    counts = {number(m.group()) for m in _COUNT.finditer(claim)}
    printed = {number(m.group()) for m in _COUNT.finditer(passage)}
    universal = UNIVERSAL.search(claim) and not UNIVERSAL.search(passage)
    return counts <= printed and not universal


def _names_subject(sentence: str, subject: str) -> bool:
    """True when ``sentence`` names the claim's ``subject`` (children's homes, a fostering
    service), not another subject graded elsewhere."""
    key = normalise(subject).text.rstrip("s")
    return any(
        key == normalise(m.group(0)).text.rstrip("s") for m in OTHER_SUBJECTS.finditer(sentence)
    )


def inspection_years(report: Report) -> set[int]:
    """The years of a report's inspection and publication: its grades' own time. The
    publication is the printed date, else the file's (ILACS reports print none): an
    inspection in November 2018 published in January 2019 is 'rated inadequate in 2019'
    as often as 'in 2018'."""
    dates = (report.inspection_start, report.inspection_end, report.published or report.file_date)
    return {d.year for d in dates if d}


def current_grades(claim: Claim, report: Report) -> list[GradeMention]:
    """The grades the claim gives this report's inspection (not an earlier one's)."""
    own = inspection_years(report)
    mentions = _whole_inspection(claim, [m for m in claim.values.grades if not m.said_before(own)])
    now = [m for m in mentions if m.judgement is None and m.time_cue == "now" and m.start]
    if len({m.grade for m in now}) != 1:
        return mentions
    # 'After being judged inadequate, Barnet ... is now rated good': the service's one grade
    # of today is the one said 'now'; another given the service before it, with no time of
    # its own, is its past (one after it may be today's too: '..., and requires
    # improvement in one area').
    return [m for m in mentions if not _past_before_now(m, now[0])]


def _whole_inspection(claim: Claim, mentions: list[GradeMention]) -> list[GradeMention]:
    """``mentions`` with the grades read for the areas the inspection's own title lists
    ('services for children in need of help and protection, children in care and care
    leavers have been judged good') made one grade of the whole: the release names the
    inspection, as Ofsted's title does, not each area."""
    if not INSPECTION_TITLE.search(claim.text):
        return mentions
    listed = [m for m in mentions if m.judgement in TITLE_AREAS]
    if len({(m.grade, m.start) for m in listed}) != 1 or len(listed) < 3:
        return mentions
    whole = listed[0].model_copy(update={"judgement": None})
    return [whole, *(m for m in mentions if m.judgement not in TITLE_AREAS)]


def _past_before_now(mention: GradeMention, now: GradeMention) -> bool:
    """True for a grade given the whole service, with no time of its own, printed before
    the other grade the claim says it has 'now'."""
    return (
        mention.judgement is None
        and mention.time_cue is None
        and mention.grade != now.grade
        and mention.start is not None
        and mention.start < now.start
    )


def only_earlier_grades(claim: Claim, report: Report) -> bool:
    """True when every grade the claim states is said of an earlier inspection (a
    comparison's 'improved from requires improvement in 2021' with no grade of today's)."""
    return bool(claim.values.grades) and not current_grades(claim, report)


GradePath = Literal[
    "other subject", "no table", "no grade", "other body", "share", "goals", "grades"
]


class GradeReading(NamedTuple):
    """How ``grades_verdict`` settles a claim (``path``), read before it runs."""

    path: GradePath
    mentions: list[GradeMention]
    """The grades the claim gives this inspection (another body's left out)."""
    bodies: tuple[str, ...] = ()
    """The other bodies whose grades the claim gives, when every grade is one."""


def _the_board_counted(claim: Claim, report: Report, mentions: list[GradeMention]) -> bool:
    """True for a count or share of judgements naming the LSCB as one it counts ('Six of
    the seven judgements were good when the review of the local safeguarding children
    board is counted') of a report whose table grades the board: a share of the table, not
    a grade of the board (shares18: was read as the board's grade and not checked)."""
    subjects = OTHER_SUBJECTS.findall(claim.text)
    return (
        report.grade_of("lscb") is not None
        and all(BOARD_NAMED.fullmatch(s) for s in subjects)
        and _is_share(claim, mentions)
    )


def grade_path(claim: Claim, report: Report, release: ReleaseIndex) -> GradeReading:
    """How ``grades_verdict`` settles the claim: a subject outside the judgement table, no
    table, no grade, every grade another body's (``grade_of_other_body``), a count or
    share of areas, every grade a goal, else each grade. For another body's grades and
    for goals nothing given is compared and the nearest passage is shown, so ``lookups``
    asks for it before any claim is checked."""
    mentions = current_grades(claim, report)
    elsewhere = {
        id(m): body
        for m in mentions
        if (body := grade_of_other_body(release, claim, m, report.authority))
    }
    if (
        OTHER_SUBJECTS.search(claim.text)
        and not any(m.judgement for m in mentions)
        and not _the_board_counted(claim, report, mentions)
    ):
        # 'Many of its schools are rated good or outstanding, and its fostering service ...':
        # the subject's grades are those said of no other body, or of the subject itself.
        subject = [
            m for m in mentions if id(m) not in elsewhere or OTHER_SUBJECTS.search(elsewhere[id(m)])
        ]
        if subject:
            return GradeReading("other subject", subject)
    if not report.judgements:
        return GradeReading("no table", mentions)
    if not mentions:
        return GradeReading("no grade", mentions)
    if len(elsewhere) == len(mentions):
        return GradeReading("other body", mentions, tuple(sorted(set(elsewhere.values()))))
    mentions = [m for m in mentions if id(m) not in elsewhere]
    if _is_share(claim, mentions):
        return GradeReading("share", mentions)
    if all(_as_goal(claim, m) for m in mentions):
        return GradeReading("goals", mentions)
    return GradeReading("grades", mentions)


def grades_verdict(claim: Claim, ctx: Context, report: Report) -> CheckedClaim:
    """The verdict for the grades a claim gives this report's inspection (not an earlier
    one's), against its judgement table, or the passage for grades outside it."""
    path, mentions, bodies = grade_path(claim, report, ctx.release_index)
    if path == "other subject":
        return check_other_subject(claim, report, ctx, mentions)
    if path == "no table":
        return verdict(claim, "not_checkable", f"No judgement table was read from {report.label}.")
    if path == "no grade":
        return verdict(claim, "not_checkable", "No grade could be read from the claim.")
    if path == "other body":
        why = f"The grade is another body's ({', '.join(bodies)}), not one {report.label} gives."
        return verdict(claim, "not_checkable", why, nearest(ctx, report, claim.text))
    if path == "share":
        share = _share_verdict(claim, report, ctx, mentions)
        if share.verdict != "supported" or not _the_only_one(claim):
            return share
        return _only_this_one(claim, report, ctx, mentions, share)
    results = [
        _as_goal(claim, m)
        or (_named(claim, m, report, ctx) if m.judgement else None)
        or _all_but_named(claim, m, report, ctx)
        or _unnamed(claim, m, report, ctx)
        for m in mentions
    ]
    label = worst(r[0] for r in results)
    evidence = {e.start: e for r in results for e in r[2]}.values()
    reason = "; ".join(r[1] for r in results) + "."
    if label == "not_checkable" and not evidence:
        evidence = nearest(ctx, report, claim.text)
    return verdict(claim, label, reason, list(evidence))
