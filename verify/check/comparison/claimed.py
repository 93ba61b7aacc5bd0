"""What a comparison claim says it compares: the judgement its change or earlier grade is
told of (``named_judgement``, the clause it hangs on, the areas it excepts), the grade it
gives an earlier inspection, whether 'all' is said of then, whether the change is the
whole service's, a count of grades crossed, and whether it ties the earlier grade to one
inspection.
"""

from __future__ import annotations

import re

from verify.check.grades import current_grades, inspection_years
from verify.types import Claim, ClaimValues, JudgementName, Report
from verify.words.changes import A_PART_OF, OF_THE_RATING, direction_of
from verify.words.clauses import (
    Break,
    clause_end,
    clause_spans,
    clause_start,
    clauses,
    has_verb,
    nonfinite,
)
from verify.words.councils import COUNCIL_WORD
from verify.words.dates import BEFORE_THEN, YEAR
from verify.words.grades import RELEASE_OR_ADEQUATE_RE, grade_of, told_grades_in
from verify.words.judgements import RELEASE_JUDGEMENT_RE as JUDGEMENT_RE
from verify.words.qualifiers import EXCEPTION, EXCEPTIONS
from verify.words.qualifiers.subjects import WHOLE_SERVICE


def _earlier_said(claim: Claim, report: Report) -> Claim:
    """The claim with the one grade it says of an earlier inspection ('rated good, an
    improvement on 2015's inadequate rating') read as the earlier grade, in the year printed
    beside it: the comparison is with that inspection."""
    v = claim.values
    said = [m for m in v.grades if m.said_before(inspection_years(report))]
    if v.previous_grade or len(said) != 1:
        return claim
    years = said[0].years_near
    update = {
        "grades": [m for m in v.grades if m is not said[0]],
        "previous_grade": said[0].grade,
        "previous_year": v.previous_year or (years[0] if len(years) == 1 else None),
    }
    return _with_values(claim, v.model_copy(update=update))


def _steps_counted(claim: Claim, subject: JudgementName | None) -> JudgementName | None:
    """The judgement whose grades a count of grades crossed ('moved up two grades since
    2019') is told of: the area the change is told of, else overall effectiveness when the
    claim names no other area (None when it counts none, or names several: 'help and
    protection and children in care each rose a grade' is no count of the whole)."""
    if claim.values.grade_steps is None:
        return None
    if subject is not None:
        return subject
    named = {m.lastgroup for m in JUDGEMENT_RE.finditer(claim.text)} - {"overall_effectiveness"}
    return None if named else "overall_effectiveness"


_EVERY = re.compile(r"\b(?:every|each)\b", re.I)
"""The words a quantifier of all is printed as when not 'all' ('when every area of the
service was judged inadequate')."""


def _all_of_then(claim: Claim) -> bool:
    """True when the claim's 'all' grades the earlier inspection: its clause names that
    inspection's year ('the 2018 inspection, when it was rated good in all four areas'), or
    the claim names no year. Not when the year stands in another clause ('rated requires
    improvement in all four judgements, the same overall grade it received in 2018'): the
    'all' is today's, and the earlier report is only said to share the overall grade. Nor
    an 'all' its clause makes an exception to ('every area but adoption'), nor one in a
    clause printing no grade when another clause prints it ('when services overall were
    judged to be outstanding, leaders have achieved further improvements in all areas':
    the 'all' is the change's, accounts23). A claim giving today's grades too has it of
    then only in a clause of its own ('rated requires improvement to be good, a step up
    from 2021, when every area of the service was judged inadequate': drift44, only the
    overall grade was read, and the claim supported though two areas required improvement
    then)."""
    v = claim.values
    said = v.quantifier or ""
    if not said.startswith("all"):
        return False
    # A word of its own: the 'all' of 'overall' quantifies nothing.
    found = re.search(rf"\b{re.escape(said)}\b", claim.text, re.I) or (
        _EVERY.search(claim.text) if v.grades else None
    )
    if found is None:
        return not v.grades and not EXCEPTION.search(claim.text)
    at = found.start()
    a, b = clause_start(claim.text, at), clause_end(claim.text, at)
    if EXCEPTION.search(claim.text, a, b):
        return False  # 'when every area but adoption and care leavers was inadequate'
    if not told_grades_in(claim.text[a:b]) and told_grades_in(claim.text):
        return False
    if any(m.start is not None and a <= m.start < b for m in v.grades):
        return False  # today's grade in the clause: 'rated good in all areas, up from ...'
    years = [m.start() for m in YEAR.finditer(claim.text)]
    return not years or any(a <= y < b for y in years)


def _of_the_whole(claim: Claim, report: Report) -> bool:
    """True when the claim's direction is the service's overall grade's: it gives today's
    overall grade (``_grades_the_whole``), or, naming no grade, says the grade was kept
    ('the rating echoes a report in April 2013') or names the overall grade in the clause
    telling the change (``_overall_told``): an area that moved within the same overall
    grade does not make that untrue, nor the overall grade's change."""
    v = claim.values
    kept = v.direction == "maintained" and not v.grades and report.grade_of("overall_effectiveness")
    whole = _overall_told(claim) or _one_rating_told(claim)
    return bool(kept) or whole or _grades_the_whole(claim, report)


def _one_rating_told(claim: Claim) -> bool:
    """True when the claim tells its change of one rating, no area named ('Barnet has
    retained the good rating it achieved in 2019, when ... judged inadequate two years
    earlier', ``rating_told``): the rating is the service's overall grade, so an area
    that moved within it does not make 'retained' untrue (drift25: children in care's rise
    contradicted it). Not 'kept its ratings', which are every area's."""
    named = _judgements_named(claim.text) - {"overall_effectiveness"}
    return rating_told(claim) and not named and not _RATINGS.search(claim.text)


_RATINGS = re.compile(r"\b(?:ratings|grades|judgements)\b", re.I)


def _overall_told(claim: Claim) -> bool:
    """True when the claim, giving no grade, names the overall grade in the clause telling
    its change ('Ofsted downgraded Dudley's overall rating'): the grade is what it says
    moved, so the grades settle it, as for a change told of the rating itself."""
    told = (c for c in clauses(claim.text) if direction_of(c) == claim.values.direction)
    return not claim.values.grades and any(_OVERALL_GRADE.search(c) for c in told)


def rating_told(claim: Claim) -> bool:
    """True when the claim tells its change of the rating itself ('has improved its
    rating', 'the rating is the same as in 2015', ``OF_THE_RATING``; or the overall grade,
    ``_overall_told``) in a clause telling that change: the grades settle it. Not when
    another clause keeps the grade ('Help and protection has improved since 2019, ...,
    although that part of the service kept the same grade of good': improved within it)."""
    told = (c for c in clauses(claim.text) if direction_of(c) == claim.values.direction)
    return any(OF_THE_RATING.search(c) for c in told) or _overall_told(claim)


_OVERALL_GRADE = re.compile(r"\boverall\s+(?:ratings?|grades?|judgements?|effectiveness)\b", re.I)
"""The overall grade named as what changed ('Ofsted downgraded Dudley's overall rating': its
direction is that grade's, which stayed requires improvement; news14: was supported by two
areas' fall), not 'Overall, services have declined', a summary of the whole."""


def _grades_the_whole(claim: Claim, report: Report) -> bool:
    """True when the claim's grade of today is the service's overall grade ('remains
    requires improvement'), so its direction is that grade's."""
    now = report.grade_of("overall_effectiveness")
    return any(
        m.judgement in (None, "overall_effectiveness") and m.grade == now
        for m in current_grades(claim, report)
    )


def named_judgement(claim: Claim) -> JudgementName | None:
    """The one judgement other than overall effectiveness the claim's grades are given
    ('the impact of leaders fell from outstanding to good'), or, when it states no grade
    of today's, the one it names ('children in care services improved from inadequate'):
    its change is that area's, not the service's. None when any grade is given to none,
    to another, or to overall effectiveness ('rated good, up from inadequate, with
    leaders outstanding'), or it names several."""
    named = {m.judgement for m in claim.values.grades}
    if not named:
        named = _judgements_named(claim.text)
    if len(named) != 1 or None in named or "overall_effectiveness" in named:
        return None
    return named.pop()


def earlier_judgement(claim: Claim) -> JudgementName:
    """The judgement a claim's earlier grade is of, looked up in an earlier report: the
    one it names (``named_judgement``), unless that one is given another grade in a clause
    of its own ('rated inadequate since 2015, when adoption was also judged good',
    ``_graded_elsewhere``: then the whole service's; session 17, Surrey's kept inadequate
    had been contradicted by adoption's grades); else the one the clause giving the
    earlier grade names (``_earlier_judgement``); else overall effectiveness."""
    named = named_judgement(claim)
    if named and claim.values.previous_grade and _graded_elsewhere(claim, named):
        return "overall_effectiveness"
    return named or _earlier_judgement(claim) or "overall_effectiveness"


def _graded_elsewhere(claim: Claim, named: JudgementName) -> bool:
    """True when the judgement a claim names sits in a clause giving it a grade other than
    the earlier one read ('rated inadequate since 2015, when adoption was also judged
    good'), or gives it its own grade after its name while the earlier one stands before
    it ('when services were also rated good and adoption was judged outstanding': history24,
    was adoption's good, contradicted by 2017's outstanding): that earlier grade is the
    whole service's, not the judgement's. Not when the earlier grade stands in a phrase
    hung on the judgement's own clause (``_hung_on``)."""
    said = claim.values.previous_grade
    parts = clauses(claim.text)
    hung = (_hung_on(parts, k, named) or _fronted_on(parts, k, named) for k in range(len(parts)))
    if any(h for h, c in zip(hung, parts, strict=True) if said in told_grades_in(c)):
        return False
    for clause in parts:
        for m in JUDGEMENT_RE.finditer(clause):
            if m.lastgroup != named:
                continue
            found, own = told_grades_in(clause), told_grades_in(clause[m.end() :])
            if found and said not in found:
                return True
            if own and said not in own:
                # 'when services were also rated good and adoption was judged outstanding':
                # the earlier grade stands before the judgement, which has its own after it.
                return True
    return False


def _fronted_on(parts: list[str], k: int, named: JudgementName) -> bool:
    """True when clause ``k`` is a verbless phrase opening the sentence before the clause
    naming ``named`` ('Up from requires improvement in 2018, help and protection is now
    good'): the earlier grade it gives is that area's, as one hung after it is
    (``_hung_on``; was read as the whole service's, so compared with 2018's overall
    grade)."""
    if k != 0 or len(parts) < 2 or JUDGEMENT_RE.search(parts[0]) or has_verb(parts[0]):
        return False
    return any(m.lastgroup == named for m in JUDGEMENT_RE.finditer(parts[1]))


_GRADED_PARTICIPLE = re.compile(
    r"\W*(?:\w+ly\s+)?(?:rated|judged|graded|found|deemed|assessed|awarded)\b", re.I
)
"""A clause opening on the participle of grading ('rated outstanding in 2016'): beside a
bare noun phrase before it, it grades that phrase."""


def _hung_on(parts: list[str], k: int, named: JudgementName | None = None) -> bool:
    """True when clause ``k``, naming no judgement, hangs on the clause before it (which
    names ``named``, when given): it has no verb of its own, or the clause before is the
    bare subject opening the sentence, which it stands beside: 'Children in care are now
    rated good, up from requires improvement in 2017', "The council's adoption service,
    rated outstanding in 2017, is now ...", or a bare noun phrase later in it that a
    grading participle stands beside ('…, and the adoption service, rated outstanding in
    2016, “…”': drift42, read as care leavers' grade and contradicted), or it opens with a
    participle ('..., having been judged inadequate in 2014', ``words.clauses.nonfinite``):
    the earlier grade it gives is that area's."""
    if k == 0 or JUDGEMENT_RE.search(parts[k]):
        return False
    beside = not has_verb(parts[k - 1]) and (k == 1 or bool(_GRADED_PARTICIPLE.match(parts[k])))
    if has_verb(parts[k]) and not nonfinite(parts[k]) and not beside:
        return False  # a clause of its own, not beside a bare noun phrase before it
    return named is None or any(m.lastgroup == named for m in JUDGEMENT_RE.finditer(parts[k - 1]))


def area_hung_on(text: str, at: int) -> JudgementName | None:
    """The one judgement named by the clause that the clause holding ``text[at]`` hangs
    on (``_hung_on``): 'Care leavers' services were rated good, having been judged
    inadequate in 2014' gives the dated grade to care leavers, not the service overall."""
    spans = clause_spans(text)
    k = next((i for i, (a, b) in enumerate(spans) if a <= at < b), None)
    parts = [text[a:b] for a, b in spans]
    return _one_judgement(parts[k - 1]) if k and _hung_on(parts, k) else None


def _earlier_judgement(claim: Claim) -> JudgementName | None:
    """The one judgement the clause giving the claim's earlier grade names ('..., while
    children in care, rated outstanding in 2018, are now good'): that grade was that
    area's then, not the service's overall; or the one judgement named in the clause a
    verbless clause giving it hangs on (``_hung_on``). None when no clause (at a dash or
    stronger) holding the earlier grade names exactly one judgement (not as an exception
    to it: 'every area but children in care was inadequate'), or names overall
    effectiveness, and none it hangs on does."""
    said = claim.values.previous_grade
    parts = clauses(claim.text, Break.DASH)
    giving = [c for c in parts if said in told_grades_in(c) and not _excepted(claim.text, c)]
    found = next(filter(None, map(_one_judgement, giving)), None)
    if found is not None:
        return found
    named = [_named_before(c, said) for c in giving]
    if found := next((next(iter(n)) for n in named if len(n) == 1), None):
        return found
    if any(len(_listed_before(c, said)) > 1 for c in giving):
        return None  # several areas listed before it: each one's (``areas_hung_on``)
    if found := _relative_antecedent(parts, giving):
        return found
    commas = clauses(claim.text)
    hung = (k for k, c in enumerate(commas) if said in told_grades_in(c) and _hung_on(commas, k))
    return next((_one_judgement(commas[k - 1]) for k in hung), None)


_WHICH = re.compile(r"\s*which\b", re.I)


def _relative_antecedent(parts: list[str], giving: list[str]) -> JudgementName | None:
    """The one judgement a relative clause giving the earlier grade stands for: the one the
    clause before it names after its last grade ('retained the overall good rating it
    received in 2017, and services for children in care, which were judged to require
    improvement at that time, have moved up a grade': children in care's grade, not the
    service's; drift25, contradicted against the earlier overall grade). Only a clause of
    'which' (a service; 'who' stands for people, whose clause tells what they did to the
    service: 'leaders, who have taken the service from good overall to outstanding') that
    names no judgement itself. None when the clause before names none or several, or
    overall effectiveness (``_one_judgement``). ``parts``: the claim's clauses at a dash or
    stronger; ``giving``: those giving the earlier grade."""
    for before, clause in zip(parts, parts[1:], strict=False):
        if clause in giving and _WHICH.match(clause) and not _judgements_named(clause):
            last = max((m.end() for m in RELEASE_OR_ADEQUATE_RE.finditer(before)), default=0)
            if found := _one_judgement(before[last:]):
                return found
    return None


def _excepted(text: str, clause: str) -> bool:
    """True when the clause of ``text`` names its judgements as exceptions to what is said
    of every area ('when every area but adoption and care leavers was inadequate'): an
    exception word stands before the clause's end with no grade between it and the clause,
    so the clause's grade is the other areas', not those it names (gate8: the clause
    splitter cut at 'but' and 'and', and adoption was compared with inadequate and
    contradicted by its requires improvement)."""
    at = text.find(clause)
    if at < 0:
        return False
    exceptions = list(EXCEPTION.finditer(text, 0, at + len(clause)))
    if not exceptions:
        return False
    graded_before = [m.end() for m in RELEASE_OR_ADEQUATE_RE.finditer(text, 0, at)]
    return not graded_before or graded_before[-1] <= exceptions[-1].start()


def areas_hung_on(claim: Claim) -> tuple[JudgementName, ...]:
    """The judgements an earlier grade naming none is told of when the clause it hangs on
    (``_hung_on``) names several, none overall ('Services for children in care and care
    leavers have been rated good, up from requires improvement'): that grade is each
    one's then, not the whole service's (compare22: was compared with Blackpool's overall
    inadequate of 2018 and contradicted, where children in care and care leavers, one
    judgement in that framework, required improvement). Empty when the earlier grade names
    its own judgement, or hangs on a clause naming fewer than two."""
    said = claim.values.previous_grade
    for clause in clauses(claim.text, Break.DASH):
        # 'with help and protection, children looked after and leadership all judged good':
        # a list the commas cut (drift42: read as the last two's good alone, and supported).
        if not _excepted(claim.text, clause) and len(named := _listed_before(clause, said)) > 1:
            return tuple(sorted(named))
    parts = clauses(claim.text)
    for k, clause in enumerate(parts):
        if _excepted(claim.text, clause):
            continue
        if said in told_grades_in(clause) and _hung_on(parts, k):
            named = _judgements_named(parts[k - 1])
            if len(named) > 1 and "overall_effectiveness" not in named:
                return tuple(sorted(named))
        elif len(named := _named_before(clause, said)) > 1:
            return tuple(sorted(named))
    return ()


def _named_before(clause: str, said: str | None) -> set[JudgementName]:
    """The judgements a clause names just before it gives the earlier grade ``said``,
    after any other grade it gives, when they hold no overall grade: 'services for
    children in care and care leavers were judged good and overall effectiveness required
    improvement to be good' gives good to children in care and care leavers, not to the
    whole (drift25: compared with the earlier overall grade and contradicted). Empty when
    the grade names none before it."""
    if (before := _before_grade(clause, said)) is None:
        return set()
    named = _judgements_named(clause[slice(*before)])
    return set() if "overall_effectiveness" in named else named


def _before_grade(clause: str, said: str | None) -> tuple[int, int] | None:
    """Where the words before the clause's earlier grade ``said`` stand, after any other
    grade it gives before it; None when it gives no such grade."""
    start = 0
    for m in RELEASE_OR_ADEQUATE_RE.finditer(clause):
        if grade_of(m.group()) == said:
            return start, m.start()
        start = m.end()
    return None


def _listed_before(clause: str, said: str | None) -> set[JudgementName]:
    """The judgements listed just before a clause gives the earlier grade ``said`` (names
    one after another with commas or 'and' alone between them), none overall: 'with help
    and protection, children looked after and leadership all judged good' lists three; not
    'Care leavers “…”, and the adoption service, rated outstanding', where only the adoption
    service is the grade's. Empty when none is listed before it."""
    if (before := _before_grade(clause, said)) is None:
        return set()
    run: set[JudgementName] = set()
    last_end = None
    for named in JUDGEMENT_RE.finditer(clause, *before):
        if last_end is not None and not _LISTED.fullmatch(clause, last_end, named.start()):
            run = set()  # words between: a new list starts
        run.add(named.lastgroup)
        last_end = named.end()
    return set() if "overall_effectiveness" in run else run


def _area_of_change(claim: Claim, named: JudgementName | None) -> JudgementName | None:
    """The judgement whose change (or earlier grade) the claim tells: ``named``, unless the
    claim names it in one clause and tells its change in another that names the council
    and no judgement ('... services for looked after children were both judged good, and
    Southwark has kept its good rating'): the kept rating is then the council's, not that
    area's. A clause of the area's own ('children in care, rated good in 2012, have
    remained good') tells that area's."""
    if named is None or claim.values.grades:
        return named
    told = [c for c in clauses(claim.text) if direction_of(c) == claim.values.direction]
    apart = told and all(_of_council(c, claim) and not JUDGEMENT_RE.search(c) for c in told)
    return None if apart else named


def names_the_whole(text: str, claim: Claim) -> bool:
    """True when ``text`` names the service as a whole (``WHOLE_SERVICE``) or the council,
    by its name or as 'the council': what it tells of grades is the whole service's. Not a
    part of it ('That part of the service was rated requires improvement three years ago',
    drift31: the area the sentence before names, read as the whole and contradicted)."""
    if A_PART_OF.search(text):
        return False
    return bool(WHOLE_SERVICE.search(text)) or _of_council(text, claim)


def _of_council(clause: str, claim: Claim) -> bool:
    """True when the clause names the council, by its name or as 'the council'."""
    name = claim.values.authority
    return bool(_COUNCIL.search(clause)) or bool(name and name.lower() in clause.lower())


_COUNCIL = re.compile(rf"\b{COUNCIL_WORD}\b", re.I)


def _direction_subject(claim: Claim) -> JudgementName | None:
    """The one judgement named in the clause that tells the claim's change, when the claim
    names others elsewhere ('Help and protection has improved since 2018, ..., while
    children in care, rated outstanding in 2018, are now good'): the change is that area's,
    not the service's. None when no such clause names exactly one (not overall)."""
    telling = (c for c in clauses(claim.text) if direction_of(c) == claim.values.direction)
    return next(filter(None, map(_one_judgement, telling)), None)


def _one_judgement(clause: str) -> JudgementName | None:
    """The one judgement ``clause`` names, when it names exactly one and not overall
    effectiveness: a grade or change told in it is that area's."""
    named = _judgements_named(clause)
    return named.pop() if len(named) == 1 and "overall_effectiveness" not in named else None


_EXCEPTED = re.compile(rf"\b(?:{EXCEPTIONS})\s+(?:(?:the|its|for|of)\s+)*$", re.I)
_LISTED = re.compile(r"(?:\s*,)?\s*(?:and|or)?\s*(?:the\s+|its\s+)?", re.I)


def _judgements_named(text: str) -> set[JudgementName]:
    """The judgements ``text`` names, less those it names as exceptions ('required
    improvement in every area except adoption, which was judged good', 'every area apart
    from adoption and care leavers'): what it says of all is not said of them."""
    named, excepted, last_end = set(), False, 0
    for m in JUDGEMENT_RE.finditer(text):
        before = text[last_end : m.start()]
        excepted = bool(_EXCEPTED.search(before)) or (excepted and bool(_LISTED.fullmatch(before)))
        if not excepted:
            named.add(m.lastgroup)
        last_end = m.end()
    return named


def first_judgement(values: ClaimValues) -> JudgementName:
    """The judgement a grade is claimed for the first time: the one a mention of that grade
    names, else overall effectiveness."""
    named = (m.judgement for m in values.grades if m.grade == values.first_grade and m.judgement)
    return next(named, None) or "overall_effectiveness"


def _with_values(claim: Claim, values: ClaimValues) -> Claim:
    return claim.model_copy(update={"values": values})


_PINNED = re.compile(
    r"\b(?:last|latest|most recent|previous)\s+(?:(?:full|ofsted|graded)\s+)?"
    r"(?:inspection|time|rating|visit|judgement|grade)"
    r"|\b(?:last|previously)\s+inspected\b|\b(?:up|down|improv\w*|declin\w*|fell|dropped)\s+from\b",
    re.I,
)
"""Words that tie an earlier grade to the last inspection ('at its last inspection', 'up
from'), not any earlier one ('previously rated', 'no longer')."""


def _pinned(claim: Claim) -> bool:
    """True when the claim ties its earlier grade to one inspection: a year, or words
    naming the last one, not a time before it ('Before the last inspection, ...')."""
    before = [m.span() for m in BEFORE_THEN.finditer(claim.text)]
    pins = [m.start() for m in _PINNED.finditer(claim.text)]
    named = [at for at in pins if not any(a <= at < b for a, b in before)]
    return claim.values.previous_year is not None or bool(named)


def _earlier_grades(claim: Claim, report: Report) -> set[str]:
    """The grades the claim gives earlier inspections, not today's ('its first
    “outstanding” rating' gives none: compared with an earlier grade, it is no error)."""
    v = claim.values
    own = inspection_years(report)
    then = {m.grade for m in v.grades if m.said_before(own)}
    return then | ({v.previous_grade} if v.previous_grade else set())
