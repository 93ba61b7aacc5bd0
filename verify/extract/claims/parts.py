"""A sentence cut into the claims it makes when it makes more than one (``_parts``): a clause
stating the inspection's dates, length or team, a visit told in an aside, a count of areas
with a phrase grading a named judgement, a part told of an earlier inspection
(``verify.extract.claims.earlier``), or clauses of equal standing of different kinds; and
the visit an aside tells in a sentence whose finding is all its quotation. Spans are
offsets into the sentence's words.
"""

from __future__ import annotations

import re

from verify.extract.claims.earlier import change_parts, last_dated_parts, past_aside_parts
from verify.extract.claims.lines import _OWN_WORDS
from verify.extract.kinds import (
    _FACT,
    _FINDING_VERB,
    Context,
    classify,
    stated_visit,
    visit_aside,
    welcomed_publication,
)
from verify.extract.values import (
    SUBJECTLESS,
    fact_clause,
    lead_inspector,
    parse_values,
    tells_earlier_inspection,
    told_in_past,
)
from verify.types import ClaimKind, ClaimValues, GradeMention
from verify.words.clauses import (
    CONCESSION,
    CONTRAST_WORDS,
    JOINED_CLAUSE,
    RELEASE_WORD,
    Break,
    clause_spans,
    has_verb,
    needs_subject,
    predicate,
    trimmed,
)
from verify.words.dates import (
    EARLIER_VISIT,
    EVENT_BESIDE,
    OF_THE_VISIT,
    RELATIVE,
    VISIT_BEFORE,
    WHEN_DONE,
    YEAR,
    parse_dates,
)
from verify.words.judgements import RELEASE_JUDGEMENT_RE
from verify.words.speakers import (
    FIRST_PERSON,
    INSPECTORS_SUBJECT,
    JUDGING_PARTICIPLES,
    LEAD_CLAUSE,
    PRAISING_VERBS,
    REPORTING_VERB,
    SAYING_ON,
    council_as_subject,
    stance_speaker,
)


def _parts(
    words: str, kind: ClaimKind, values: ClaimValues, ctx: Context, year_hint: int | None
) -> list[tuple[ClaimKind, int, int, ClaimValues]]:
    """The sentence's claims when it makes more than one (``_fact_parts``, else
    ``_clause_parts``); empty when it is one claim. Each clause is read by its own
    words, not in the sentence's voice: a clause whose words make no claim alone
    ("..., but that the pace of improvement has quickened") stays in the sentence. A
    later clause opening with the report or visit and an aside dating it is cut as a
    sentence would be (``_asides_in``)."""
    parts = (
        _lead_frame_parts(words, kind, ctx, year_hint)
        or _fact_parts(words, kind, values, ctx, year_hint)
        or _visit_aside_parts(words, kind, year_hint)
        or past_aside_parts(words, kind, ctx, year_hint)
        or change_parts(words, kind, ctx, year_hint)
        or last_dated_parts(words, kind, ctx, year_hint)
        or _counted_parts(words, kind, values, ctx, year_hint)
        or _joined_parts(words, kind, values, ctx, year_hint)
        or _clause_parts(words, kind, ctx, year_hint)
    )
    return _asides_in(words, parts, ctx, year_hint)


_THAT = re.compile(r"(?:\s+that\b)?", re.I)
_RELATIVE = re.compile(r"\b(?:who|which)\b", re.I)


def _lead_frame_parts(
    words: str, kind: ClaimKind, ctx: Context, year_hint: int | None
) -> list[tuple[ClaimKind, int, int, ClaimValues]]:
    """The sentence as two claims when the frame before its first reporting verb names
    the lead inspector ('The inspection team, led by Neil Penswick, described ...', 'Lead
    inspector Jo Park said the council was outstanding'): the frame an inspection fact,
    checked against the report's lead inspector, the rest of the sentence its own kind
    (drift28: the name went unchecked inside a finding). What the lead's words tell is
    read by their own words, a finding when they tell no grade or fact."""
    verb = REPORTING_VERB.search(words) if kind != "opinion" else None
    if verb is None:
        return []
    if lead_inspector(words[: verb.start()]) is None or _RELATIVE.search(words, 0, verb.start()):
        return []  # none named; or '... was led by Jo Park, who found ...', the lead's clause
    frame = parse_values(words[: verb.start()], year_hint)
    told_from = _THAT.match(words, verb.end()).end()
    (fa, fb), (ra, rb) = trimmed(words, 0, verb.start()), trimmed(words, told_from, len(words))
    rest = parse_values(words[ra:rb], year_hint)
    told = kind if kind != "inspection_fact" else classify(words[ra:rb], rest, ctx) or "finding"
    return [("inspection_fact", fa, fb, frame), (told, ra, rb, rest)]


def _asides_in(
    words: str,
    parts: list[tuple[ClaimKind, int, int, ClaimValues]],
    ctx: Context,
    year_hint: int | None,
) -> list[tuple[ClaimKind, int, int, ClaimValues]]:
    """``parts`` with a later finding's clause that opens with the visit or the report and
    an aside dating it cut as the sentence would be (``_visit_aside_parts``; a clause
    opening the sentence was tried whole already): 'Inspectors
    spent two weeks in the borough in July, and their report, published today, says the
    council has been ...' (drift38: the day was left inside the finding, unchecked). A
    part of a sentence cut another way telling the visit in a clause of its own is cut as
    a sentence would be too (``_fact_parts``): 'The council was judged outstanding in three
    of the four areas after a two-week inspection, with ... care leavers rated good' (drift48:
    cut at its absolute phrase only, the wrong length flagged the right count)."""
    out = []
    for kind, a, b, values in parts:
        inner = _visit_aside_parts(words[a:b], kind, year_hint) if a > 0 else []
        if not inner and len(parts) > 1 and kind != "inspection_fact":
            inner = _fact_parts(words[a:b], kind, values, ctx, year_hint)
        out.extend([(k, a + x, a + y, v) for k, x, y, v in inner] or [(kind, a, b, values)])
    return out


_WITH_PHRASE = re.compile(r",\s+(?=with\s)", re.I)


def _counted_parts(
    words: str, kind: ClaimKind, values: ClaimValues, ctx: Context, year_hint: int | None
) -> list[tuple[ClaimKind, int, int, ClaimValues]]:
    """The sentence as two ratings when a count of areas by grade has an absolute phrase
    grading a named judgement hung on it ("The council was rated outstanding in four of
    the five areas inspected, with help and protection for children judged good"): the
    count is checked against the table's total, the phrase's grade against its
    judgement's row, each on its own span (written25: one claim over both flagged the right
    grade with the wrong count). Empty when the sentence counts nothing, the phrase grades
    no judgement by name or counts too, or a year in the clause before dates both (the
    phrase would lose it alone)."""
    found = _WITH_PHRASE.search(words) if kind == "rating" and values.count is not None else None
    if found is None or YEAR.search(words, 0, found.start()):
        return []
    (ma, mb), (wa, wb) = trimmed(words, 0, found.start()), trimmed(words, found.end(), len(words))
    counted, phrase = parse_values(words[ma:mb], year_hint), parse_values(words[wa:wb], year_hint)
    if counted.count is None or phrase.count is not None:
        return []
    if not any(g.judgement for g in phrase.grades):
        return []
    if {classify(words[ma:mb], counted, ctx), classify(words[wa:wb], phrase, ctx)} != {"rating"}:
        return []
    return [("rating", ma, mb, counted), ("rating", wa, wb, phrase)]


def _joined_parts(
    words: str, kind: ClaimKind, values: ClaimValues, ctx: Context, year_hint: int | None
) -> list[tuple[ClaimKind, int, int, ClaimValues]]:
    """The sentence as one rating (or comparison) per clause when clauses joined by ', and',
    ', while' or a semicolon each grade areas they name themselves (or tell a change of one,
    ``_area_changed``) ('Help and protection and leadership
    were good, and services for children looked after were rated outstanding'): each
    area's grade is checked on its own span, so a wrong grade flags its own clause, not the
    right one beside it (drift26: one claim over both took the flag of the wrong grade to
    the right one). Empty when a clause gives no grade, or one to no area it names, needs
    the other's subject, has no verb or tells a change ('..., while the council's services
    overall remain good'), or the sentence is dated (a year, a visit or a time of any grade,
    'Six years ago, Oxfordshire was rated good overall, but ...', named in one clause dates
    the others too). Findings are not cut so: a clause of one is often a
    claim only by the sentence's frame, and cutting them lost more support than it gave
    (session 27: dev 0.95 to 0.94)."""
    dated = any(g.time_cue or g.years_near for g in values.grades)
    if kind not in ("rating", "comparison") or dated:
        return []
    if YEAR.search(words) or EARLIER_VISIT.search(words):
        return []
    cuts = list(JOINED_CLAUSE.finditer(words))
    if not cuts:
        return []
    bounds = [0, *(x for m in cuts for x in (m.start(), m.end())), len(words)]
    parts: list[tuple[ClaimKind, int, int, ClaimValues]] = []
    for a, b in (trimmed(words, *span) for span in zip(bounds[::2], bounds[1::2], strict=True)):
        clause, own = words[a:b], parse_values(words[a:b], year_hint)
        if needs_subject(clause) or not has_verb(clause) or classify(clause, own, ctx) != kind:
            return []
        if not (_areas_graded(own) if kind == "rating" else _area_changed(clause, own)):
            return []
        parts.append((kind, a, b, own))
    return parts


def _areas_graded(values: ClaimValues) -> bool:
    """True when every grade a clause gives is given to an area it names, and the clause
    tells no change ('..., while the council's services overall remain good')."""
    return bool(values.grades) and all(g.judgement for g in values.grades) and not values.direction


def _area_changed(clause: str, values: ClaimValues) -> bool:
    """True when a clause tells a change of an area it names, and gives no grade to another
    ('care leavers' services have moved up two grades, while the council has held on to
    its outstanding rating for help and protection': drift27, one comparison paired the
    two grades' move with help and protection's grade, and contradicted it)."""
    return (
        values.direction is not None
        and RELEASE_JUDGEMENT_RE.search(clause) is not None
        and all(g.judgement for g in values.grades)
    )


def _clause_parts(
    words: str, kind: ClaimKind, ctx: Context, year_hint: int | None
) -> list[tuple[ClaimKind, int, int, ClaimValues]]:
    """One claim per checkable statement: the sentence's clauses of equal standing (its
    breaks at a dash or stronger, ``verify.words.clauses``) as claims of their own when
    each makes a claim alone and they are of different kinds ("rated ‘good’ by Ofsted –
    making it one of the top performing councils in the country": a rating and a
    national claim; a standing needs no verb: "... – one of only three in the country")
    or findings ("Inspectors found that leaders understand their
    services, while social workers were praised for their direct work"). A clause that
    makes no claim alone (a label with no verb, a fragment, or one whose subject is in
    the other: ``verify.words.clauses.needs_subject``) keeps the sentence whole; so does
    an official's opinion, whose every clause is theirs, and clauses of one other kind
    (two grades or two facts are judged together). Spans are offsets into ``words``."""
    if kind == "opinion":
        return []
    spans = _said_on_whole(words, clause_spans(words, Break.DASH))
    said_on = [_says_on(words, spans, i) for i in range(len(spans))]
    spans, said_on = _with_antecedents(words, spans, said_on)
    if len(spans) < 2 or any(
        needs_subject(words[a:b]) and not on for (a, b), on in zip(spans, said_on, strict=True)
    ):
        return []  # a clause whose subject is in the other ("..., which was graded ...")
    parts: list[tuple[ClaimKind, int, int, ClaimValues]] = []
    for (a, b), on in zip((trimmed(words, *span) for span in spans), said_on, strict=True):
        part_values = parse_values(words[a:b], year_hint)
        told = "finding" if on else None
        part_kind = told or classify(words[a:b], part_values, ctx) or _said_too(words[a:b], parts)
        if part_kind is None or len(RELEASE_WORD.findall(words[a:b])) < _OWN_WORDS:
            return []
        if (
            not has_verb(words[a:b])
            and part_kind != "national"
            and not _tells_in_present(words[a:b], said_on)
        ):
            return []  # a label or a fragment ("Swift action taken: ..."): no statement
        parts.append((part_kind, a, b, part_values))
    kinds = {k for k, _, _, _ in parts}
    if not (len(kinds) > 1 or kinds == {"finding"}):
        return []
    for (kind_before, _, end, before), (_, a, b, values) in zip(parts, parts[1:], strict=False):
        hung = _ABSOLUTE.match(words, a) or (
            _CONTRASTED.search(words, end, a) and told_in_past(words[a:b])
        )
        if kind_before == "comparison" and _tells_then(before) and hung:
            values.grades = [_then(g, before.previous_year) for g in values.grades]
    return parts


_CONTRASTED = re.compile(rf"\b(?:{CONTRAST_WORDS})\b", re.I)
"""A clause set against the one before: told in the past after one telling an earlier
inspection ('At the last full inspection in 2017 the council was good overall, but services
for children looked after were rated requires improvement': drift44, the second read as
today's and contradicted by today's table), it tells that inspection too."""


def _with_antecedents(
    words: str, spans: list[tuple[int, int]], said_on: list[bool]
) -> tuple[list[tuple[int, int]], list[bool]]:
    """``spans`` with each clause whose subject is in the clause before it (a relative
    clause, ``needs_subject``) joined to that one ('... since its last full inspection in
    2018, when services were judged good overall'), so that a phrase hung after both ('...,
    with help and protection and support for care leavers both rated as requiring
    improvement') is a part of its own. Only in a sentence with such a phrase: elsewhere a
    relative clause keeps the sentence whole, as its clauses are read together."""
    if not any(_ABSOLUTE.match(words[a:b].lstrip()) for a, b in spans[1:]):
        return spans, said_on
    joined: list[tuple[int, int]] = []
    kept: list[bool] = []
    for (a, b), on in zip(spans, said_on, strict=True):
        if joined and not on and needs_subject(words[a:b]):
            joined[-1] = (joined[-1][0], b)
            continue
        joined.append((a, b))
        kept.append(on)
    return joined, kept


_PRESENT_AFTER = re.compile(r"\s+(?:\w+ly\s+)?[a-z]+s\b")
"""The verb after the subject in a headline's present ('Ofsted keeps ...', 'Watchdog
rates ...'), which ``has_verb``'s list of finite verbs may not hold."""


def _tells_in_present(clause: str, said_on: list[bool]) -> bool:
    """True for a clause whose subject is Ofsted, its inspectors or their report with a
    verb in the present after it, when a later clause carries on its saying (``_says_on``):
    a headline's statement ('Ofsted keeps the city's overall grade at good - but warns
    ...'), not a label."""
    subject = INSPECTORS_SUBJECT.match(clause.strip())
    return any(said_on) and bool(subject and _PRESENT_AFTER.match(clause.strip(), subject.end()))


def _said_on_whole(words: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with a clause that carries on the first one's saying (``_says_on``) running
    to the sentence's end: all after the verb of saying is what was said ('but warns a
    small number of children are waiting too long while the council prepares to go to
    court' is one finding, its 'while' no clause of equal standing)."""
    for i in range(1, len(spans)):
        if _says_on(words, spans, i):
            return [*spans[:i], (spans[i][0], spans[-1][1])]
    return spans


def _says_on(words: str, spans: list[tuple[int, int]], i: int) -> bool:
    """True when clause ``i``, after the first and a dash, carries on the saying of a first
    clause whose subject is Ofsted, its inspectors or their report, its own subject left there
    (``words.speakers.SAYING_ON``: a headline's 'Ofsted keeps the city's overall grade at
    good - but warns a small number of children are waiting too long'): the inspectors'
    finding, a claim of its own beside the first clause's (written24: the sentence was one
    finding, neither the grade nor the warning found)."""
    if i == 0 or not _DASH.search(words[spans[i - 1][1] : spans[i][0]]):
        return False  # after a comma ('..., but found that'), the sentence is one claim
    first, (a, b) = words[spans[0][0] : spans[0][1]], spans[i]
    return bool(SAYING_ON.match(words[a:b]) and INSPECTORS_SUBJECT.match(first.strip()))


_DASH = re.compile(r"[-–—]")


_SAID_TOO = re.compile(r"\W*(?:(?:and|but)\s+)?(?:also\s+)?that\s", re.I)
"""A second 'that' clause of the verb before ('The report said that A, and that B'), its
joining 'and' trimmed or not."""


def _said_too(
    clause: str, before: list[tuple[ClaimKind, int, int, ClaimValues]]
) -> ClaimKind | None:
    """'finding' for a second 'that' clause after a finding ("The report said that early
    help is effective, and that children are always seen alone"): the reporting verb of
    the clause before says it too, so it is the report's finding of its own, checked
    alone, rather than riding on the first one's support. None otherwise: after a clause
    of another kind (a rating: "rated good, and that ...") it keeps the sentence whole."""
    if before and before[-1][0] == "finding" and _SAID_TOO.match(clause):
        return "finding"
    return None


_ABSOLUTE = re.compile(r"with\b", re.I)
"""An absolute phrase's opening ('..., with children in care rated good'): it tells what
held when the clause it hangs on says."""


def _tells_then(values: ClaimValues) -> bool:
    """True when a comparison's clause tells an earlier inspection's grade or year ('At its
    last inspection, in December 2022, Blackpool was judged requires improvement'), so an
    absolute phrase hung on it tells that inspection too. A clause that only says today's
    grade was kept ('services have kept their good rating, with care for looked-after
    children judged outstanding') tells today: the phrase's grade is today's."""
    return values.previous_grade is not None or values.previous_year is not None


def _then(grade: GradeMention, year: int | None) -> GradeMention:
    """A grade of an absolute phrase hung on a comparison's clause ('At its last inspection,
    in December 2022, Blackpool was judged requires improvement overall, with children in
    care rated good'): said of that earlier inspection, unless it has a time of its own."""
    if grade.time_cue is not None or grade.years_near:
        return grade
    years = [year] if year else []
    return grade.model_copy(update={"time_cue": "past", "years_near": years})


def _fact_parts(
    words: str, kind: ClaimKind, values: ClaimValues, ctx: Context, year_hint: int | None
) -> list[tuple[ClaimKind, int, int, ClaimValues]]:
    """The sentence as two claims when a clause of its own states the inspection's dates,
    duration or team (``verify.extract.values.fact_clause``): that clause an inspection
    fact, the rest of the sentence its own kind; the clause alone when the rest of an
    inspection fact makes no claim ("..., evaluating the experiences of children"). Empty
    when there is no such clause, the sentence is an opinion (but for a speaker's stance
    on the report: 'Herefordshire Council has today welcomed the publication of Ofsted's
    report ..., following a three-week inspection in June' dates the visit in the release's
    own words; drift35, the wrong length was left an opinion), or the rest of another kind
    of claim makes none alone. Spans are offsets into ``words``."""
    split = fact_clause(words, year_hint) if kind != "opinion" or stance_speaker(words) else ()
    if not split:
        return []
    (fa, fb), (ra, rb), *frame = (trimmed(words, *span) for span in split)
    parts: list[tuple[ClaimKind, int, int, ClaimValues]] = [
        ("inspection_fact", a, b, parse_values(words[a:b], year_hint))
        for a, b in ((fa, fb), *frame)  # the visit, and the closing frame dating the report
    ]
    rest = parse_values(words[ra:rb], year_hint)
    carried = [g.shifted(ra, rb - ra) for g in values.grades] if kind == "rating" else []
    rest.grades = dated_by_antecedent(
        words[fa:fb] if fa < ra else "", words[ra:rb], rest.grades or carried, year_hint
    )
    rest_kind = classify(words[ra:rb], rest, ctx)
    if rest_kind is None and _dates_the_visit(words, ra, rb, rest):
        return [*parts, ("inspection_fact", ra, rb, rest)]
    if rest_kind is None and EVENT_BESIDE.match(words[ra:rb]):
        return [*parts, ("finding", ra, rb, _undated(rest))]
    if rest_kind is None and _found_too(words[fa:fb], words[ra:rb]):
        return [*parts, ("finding", ra, rb, _undated(rest))]
    if rest_kind is None and _names_the_lead(words[ra:rb], values):
        rest.lead_inspector = values.lead_inspector
        return sorted([*parts, ("inspection_fact", ra, rb, rest)], key=lambda p: p[1])
    if rest_kind is None and kind == "opinion":
        return sorted([*parts, ("opinion", ra, rb, rest)], key=lambda p: p[1])  # the stance
    if rest_kind is None:
        # Words after the fact that make no claim alone ("..., evaluating ...") leave the
        # fact as the claim; before it they are its subject, and the sentence is the claim.
        return parts if kind == "inspection_fact" and fa < ra else []
    if kind != "inspection_fact":
        rest_kind = kind  # the sentence's kind, read with its speaker
    return sorted([*parts, (rest_kind, ra, rb, rest)], key=lambda p: p[1])


_RELATIVE_OPENS = re.compile(r"\W*(?:when|which)\b", re.I)
_SINCE = re.compile(r"\bsince\b[^,;]*$", re.I)
"""A fact ending on 'since' a date: the date is an earlier visit's, whatever the release's
year."""


def dated_by_antecedent(
    fact: str, rest: str, grades: list[GradeMention], year_hint: int | None
) -> list[GradeMention]:
    """``grades`` of a relative clause cut from the fact before it, timed by the earlier
    year the fact ends on: '... for the first full inspection since March 2022, when
    services were rated good in every area' grades 2022, not today (drift28: checked
    against today's table, and contradicted). As they are when the rest opens no relative
    clause, gives its grades a time of their own, or the fact's last year is not before
    the release's (with no year of the release, not after 'since')."""
    years = [int(y) for y in YEAR.findall(fact)]
    if not fact or not years:
        return grades
    earlier = years[-1] < year_hint if year_hint is not None else bool(_SINCE.search(fact))
    if not earlier:
        return grades
    if not (_RELATIVE_OPENS.match(rest) or _goes_on_from(fact, rest)):
        return grades
    return [
        g
        if g.time_cue or g.years_near
        else g.model_copy(update={"time_cue": "earlier", "years_near": [years[-1]]})
        for g in grades
    ]


def _goes_on_from(fact: str, rest: str) -> bool:
    """True when ``rest`` has no subject of its own, told in the past, and ``fact`` tells an
    earlier inspection: 'Bury was last inspected in November 2021 | and was rated
    inadequate overall', cut in two, grades 2021 as the whole does."""
    return bool(SUBJECTLESS.match(rest)) and tells_earlier_inspection(fact)


def _found_too(fact: str, rest: str) -> bool:
    """True when ``rest`` is a second 'that' clause of a finding verb in the fact's clause
    ('The two-week inspection in March found A, and that B', drift25: B was dropped as
    words making no claim alone): the inspection found B too, a finding of its own."""
    return bool(_SAID_TOO.match(rest)) and bool(_FINDING_VERB.search(fact))


def _dates_the_visit(words: str, start: int, end: int, values: ClaimValues) -> bool:
    """True when ``words[start:end]`` is a relative clause hung on the visit that dates it
    ('A team of nine inspectors carried out the inspection, which began on 14 January and
    ended on 7 February'): a fact of its own, not words making no claim (stress_errors3:
    its dates were left unchecked)."""
    clause = words[start:end]
    hung = VISIT_BEFORE.search(words[:start]) and OF_THE_VISIT.match(clause)
    # Any year finds a day and month in an undated story, as the fact check reads them.
    return bool(hung) and bool(values.months or parse_dates(clause, 2000))


def _names_the_lead(clause: str, values: ClaimValues) -> bool:
    """True when ``clause``, split from the visit's dates, tells who led the visit the
    sentence names ('The inspection took place in March and was led by Christine
    Kennet'): the lead is a fact of its own to check, not words making no claim
    (direction15: the name was left in no claim, a wrong one unchecked)."""
    return values.lead_inspector is not None and bool(LEAD_CLAUSE.search(clause))


def _visit_told_aside(
    words: str, year_hint: int | None
) -> tuple[ClaimKind, int, int, ClaimValues] | None:
    """The inspection fact of an aside telling when or how long the inspectors visited, in
    a sentence whose finding is all its quotation ('Inspectors, who visited the borough for
    a week in July, said families "receive consistently good services"'): the quotation is
    checked as a quote, and the visit the aside tells is a fact of its own (faithful6,
    faithful7: the sentence was dropped, a wrong month or length unchecked)."""
    span = visit_aside(words)
    if span is None:
        return None
    values = parse_values(words[span[0] : span[1]], year_hint)
    return ("inspection_fact", *span, values) if _told(words[slice(*span)], values) else None


def frame_told(frame: str, year_hint: int | None) -> tuple[ClaimKind, int, int, ClaimValues] | None:
    """The inspection fact of the frame before a quotation holding most of its sentence:
    an aside telling the visit (``_visit_told_aside``), or the lead inspector it names
    ('Lead inspector Máire Atherton said a “…”': drift48, the name went unchecked)."""
    if told := _visit_told_aside(frame, year_hint):
        return told
    if lead_inspector(frame) is None:
        return None
    return ("inspection_fact", *trimmed(frame, 0, len(frame)), parse_values(frame, year_hint))


def _told(words: str, values: ClaimValues) -> bool:
    """True when ``words`` tell when or how long the inspectors visited, or how many came."""
    return bool(values.dates or values.months or stated_visit(values) or RELATIVE.search(words))


def _visit_aside_parts(
    words: str, kind: ClaimKind, year_hint: int | None
) -> list[tuple[ClaimKind, int, int, ClaimValues]]:
    """The sentence as two claims when an aside after its subject tells the visit's dates,
    length or team and the rest reports a finding ('The inspection, carried out over a
    fortnight in October and November, found that ...', 'Inspectors, who visited for a week
    in July, found that ...'): the subject and its aside an inspection fact, checked against
    the visit; the rest the finding, checked alone (stress_facts4: the aside was told in
    passing, a wrong fortnight in it unchecked), or the rating ('The inspection, carried out
    over two weeks in April and May, judged the experiences and progress of care leavers to
    be good': drift42, the rating was flagged for the length); or, with a speaker's stance
    on the report, the stance and the report's dated publication an inspection fact, the
    rest its own kind, an opinion's frame included (``kinds.welcomed_publication``). Empty
    when the sentence is none of these or its aside tells nothing of the visit to check
    ('carried out under the new framework')."""
    span = visit_aside(words) if kind in ("finding", "rating") else None
    if span is None and kind in ("finding", "rating", "opinion"):
        # The report a speaker welcomes, published today ('Southampton City Council has
        # welcomed Ofsted’s report on its children’s services, published today, which finds
        # that “…”': drift45, the day was left in the council's opinion, unchecked).
        span = welcomed_publication(words)
    if span is None:
        return []
    (fa, fb), (ra, rb) = trimmed(words, 0, span[1]), trimmed(words, span[1] + 1, len(words))
    told = parse_values(words[fa:fb], year_hint)  # read with its subject: 'The visit, held ...'
    if not _told(words[span[0] : span[1]], told) or ra >= rb:
        return []
    return [
        ("inspection_fact", fa, fb, told),
        (kind, ra, rb, _undated(parse_values(words[ra:rb], year_hint))),
    ]


_DATED_ASIDE = re.compile(
    rf",\s+(?:(?:newly|recently|only|just)\s+)?[a-z]+(?:ed|en)\s+[^,]{{0,30}}?\b{WHEN_DONE}"
    r"[^,]{0,20}?(?=,)",
    re.I,
)
"""A participle aside telling when something was done to the noun before it ('a new chief
executive, appointed in February 2022,', 'the new senior management team, established in
the last six months,')."""


def _said_beside_quotes(
    words: str, quoted_at: int, year_hint: int | None
) -> tuple[ClaimKind, int, int, ClaimValues] | None:
    """A finding the release's own words state before the quotation of a sentence whose
    other findings are all quoted: a clause of its own joined to the quotation's
    ('Every child who goes missing is offered a return home interview, but Ofsted noted
    that “…”'), or the words up to an aside telling when what they name was done ('It
    credited a new chief executive, appointed in February 2022, and the “…”', 'Inspectors
    found that the new senior management team, established in the last six months, “…”').
    The report can say both (written24: the sentence was left to its quotation alone, the
    finding unchecked). None when the words before the quotation name only its subject or
    frame ('Inspectors found that leaders “…”'), tell the council's or the speaker's own
    doings, or date the visit or report (the visit's aside is ``_visit_told_aside``'s).
    ``quoted_at``: where the first quotation starts in ``words``."""
    before = words[:quoted_at]
    span = _own_clause(before) or _dated_subject(before) or _judged_in_passing(words)
    if span is None:
        return None
    start, end = span
    return ("finding", start, end, _undated(parse_values(words[start:end], year_hint)))


def _undated(values: ClaimValues) -> ClaimValues:
    """``values`` without the days and months read in them: a finding's event ('passed to
    the trust on 1 October', 'appointed in February 2022') is dated by its own words, not
    the visit's, which the fact checks would weigh the dates against."""
    values.dates, values.months = [], []
    return values


_JOINS_QUOTED = re.compile(r"(?:,\s*|\s+)(?:and|but)\s+(?:that\s+)?(?:\S+\s+){0,4}$", re.I)
"""The 'and' joining a clause to a quotation's own, with the few words of that quotation's
subject ('... is highly visible and her vision “…”', '... is prioritised and that a “…”')."""


def _own_clause(before: str) -> tuple[int, int] | None:
    """The clause opening ``before`` when a joining break ends it, or an 'and' joining it
    to the quotation's clause (``_JOINS_QUOTED``) with a verb of its own past the frame's
    verb of saying ('It adds that the director is highly visible and her vision “…”'), or
    a concession before a comma ('While most children get an effective response from the
    duty team, “…”, it added', ``CONCESSION``; drift25: left to the quotation alone), and
    it states something alone, not the council's doings or a speaker's own."""
    spans = clause_spans(before, Break.JOIN)
    joined = _JOINS_QUOTED.search(before)
    if len(spans) > 1:
        start, end = trimmed(before, *spans[0])
    elif joined and (
        _past_the_frame(before[: joined.start()]) or _judged_object(before[: joined.start()])
    ):
        start, end = trimmed(before, 0, joined.start())
    elif before.rstrip().endswith(",") and (_past_the_frame(before) or CONCESSION.match(before)):
        start, end = trimmed(before, 0, len(before))  # '..., “but the pace ...”'
    else:
        return None
    clause = before[start:end]
    if (
        len(RELEASE_WORD.findall(clause)) < _OWN_WORDS
        or not (has_verb(clause) or CONCESSION.match(clause))
        or needs_subject(clause)
        or (council_as_subject(clause) and not INSPECTORS_SUBJECT.match(clause))
        or FIRST_PERSON.search(clause)
    ):
        return None  # 'Inspectors acknowledged that the council was ...' is theirs
    return start, end


_IN_PASSING = re.compile(
    rf",\s+(?:also\s+)?(?P<said>(?:{JUDGING_PARTICIPLES})\s+(?!that\b)(?:[\w’'-]+\s+){{1,8}}?"
    r"[\w’'-]+)(?=\s+and\s+[“\"‘]|\s*[“\"‘]|\s*[.,;]?\s*$)",
    re.I,
)


def _judged_in_passing(words: str) -> tuple[int, int] | None:
    """A participle of a judging verb and its object in the release's own words, after a
    quotation or before one ('Ofsted described the approach as “…”, singling out its virtual
    school and “…”'): what the report singled out, a finding of its own (written24: left
    to the quotations alone)."""
    found = _IN_PASSING.search(words)
    return found.span("said") if found else None


_JUDGED = re.compile(rf"\s+(?:also\s+)?(?:{PRAISING_VERBS})\s+(?!that\b)(?P<object>.+)$", re.I)
_OBJECT_WORDS = 4
"""Words at least in a judged object of its own ('strong support for care leavers'); fewer
('leaders', 'the work') only name the quotation's subject beside it."""


def _judged_object(words: str) -> bool:
    """True when ``words`` are Ofsted, its inspectors or report judging an object of their own
    ('Ofsted recognises strong support for care leavers', before 'and “necessary
    foundations” for improvement'; drift25: left to the quotation alone): what the report
    judged, a finding beside the quotation."""
    subject = INSPECTORS_SUBJECT.match(words)
    judged = _JUDGED.match(words, subject.end()) if subject else None
    return judged is not None and len(RELEASE_WORD.findall(judged["object"])) >= _OBJECT_WORDS


def _past_the_frame(words: str) -> bool:
    """True when ``words`` have a verb of their own past the verb of saying that frames
    them ('Inspectors acknowledged that the council was working ...'), not only a subject
    ('Inspectors found that leaders') or a verb in an aside before the frame ('The report,
    which was published today, says leaders')."""
    frame = REPORTING_VERB.search(words)
    return predicate(words[frame.end() :] if frame else words) is not None


def _dated_subject(before: str) -> tuple[int, int] | None:
    """``before`` up to a dated participle aside (``_DATED_ASIDE``) when the aside tells
    no visit or publication."""
    aside = _DATED_ASIDE.search(before)
    if aside is None or _FACT.search(aside.group()) or visit_aside(before):
        return None
    start, end = trimmed(before, 0, aside.end())
    if len(RELEASE_WORD.findall(before[start:end])) < _OWN_WORDS or FIRST_PERSON.search(before):
        return None
    return start, end
