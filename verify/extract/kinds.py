"""What kind of claim a sentence makes: rules over its words and its parsed values.

The order matters and encodes what a checker most needs to know: a national
standing or a comparison with an earlier inspection usually carries a grade too,
and is checked as the stronger claim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from verify.types import ClaimKind, ClaimValues
from verify.words.changes import (
    KEPT_RATING,
    LOST_RATING,
    MEASURE,
    OF_THE_RATING,
    RUN_ENDED,
    SAME_AS,
    STEPS_DOWN,
    STEPS_UP,
    THAN_IN,
    best_since,
    change_of_the_service,
    last_inspected_in,
)
from verify.words.councils import COUNCIL_WORD, REGION_NAME
from verify.words.criticism import sums_up_tone
from verify.words.dates import DONE_PARTICIPLES, IN_MONTH, RELATIVE
from verify.words.grades import RELEASE_GRADE
from verify.words.numbers import NUMBER
from verify.words.speakers import (
    FINDING_NOUNS,
    FINDING_VERBS,
    INSPECTORS_SOURCE,
    JUDGED_PASSIVE,
    SAYING_VERBS,
    stance_speaker,
)

_COUNCILS = (
    r"(?:other )?(?:councils?|(?:local )?authorit(?:y|ies)|cit(?:y|ies)|boroughs?|count(?:y|ies))"
)
_FEW = (
    rf"(?:{NUMBER}|a handful of|a few|a small group of|many|several"
    r"|a (?:large |growing |significant |small )?(?:number|list) of)"
)
"""How many councils a group holds, counted or vague ('one of only three councils', 'one
of a number of North East councils', 'joins a growing number of councils': drift32, the
vague ones were ratings of the report, supported where the conventions leave a vague group
not checkable; 'joins a growing list of councils nationally': drift34, a finding)."""
_SHARE = (
    r"(?:half|a third|a quarter|a fifth|a tenth|two[- ]thirds|three[- ]quarters|"
    r"\d{1,3} ?(?:%|per ?cent)|the majority|a minority)"
)
_REGION = REGION_NAME
"""The regions as ``verify.words.councils`` names them."""
_GROUP = r"(?:a|an|the) (?:(?:small|select|elite|exclusive)\s+)?(?:group|handful|club|minority)"
"""A few councils as a group a council is put in ('in a small group of London boroughs judged
outstanding', 'among a handful of councils': drift25, was a rating of the report)."""
_COUNT_OF_COUNCILS = re.compile(
    rf"\b(?:only|one of(?: only| just)?|just|joins?(?: only| just)?) {_FEW} "
    rf"(?:(?:{_REGION}|\w+ern) )?(?:{_COUNCILS}|others?)\b"
    rf"|\b(?:no|not one) (?:other )?{COUNCIL_WORD}\b"
    rf"|\bthe only (?:(?:{_REGION}) )?{_COUNCILS}\b|\b{_SHARE} of (?:all )?(?:the )?{_COUNCILS}\b"
    r"|\b(?:among|one of) the (?:top|best|worst|leading|most \w+|\w+est)(?:[- ]\w+ing)? "
    rf"{_COUNCILS}\b"
    rf"|\b\d{{1,3}} {_COUNCILS} (?:in england|nationally|in the country)\b"
    rf"|\b(?:in|among|into|joins?) {_GROUP} of (?:(?:{_REGION}|\w+ern) )?{_COUNCILS}\b"
    rf"|\btop {NUMBER} ?(?:%|per ?cent)|\bfirst (?:{COUNCIL_WORD}|city)\b",
    re.I,
)
"""A count of councils, a share of them, the only one or the first of them: a standing
among councils ('the only council in London to ...', 'fewer than half of councils')."""
_SCOPE = (
    r"\bnational(?:ly)?\b(?!\s+(?:awards?|prizes?)\b)|\b(?:in|across) (?:the country|england)\b"
    r"|\b(?:in|across|of) the region\b|\bregional(?:ly)?\b(?!\s+(?:awards?|prizes?)\b)"
    rf"|\b(?:in|across|of) (?:the )?(?:{_REGION})\b|\b(?:{_REGION}) {_COUNCILS}\b"
)
"""Where a standing holds: the country or a region, or a region's councils ('among the
many London boroughs now rated good or better': drift40, read as the report's rating). Not
an award's ('which won a national award for Best Community Engagement': drift47, its
'Best' was read as a rank in the country, a national claim no archive settles)."""
_LIKE_COUNCILS = re.compile(
    rf"\b(?:like|as with|in common with)\s+(?:(?:many|most|other|all|some)\s+)*{_COUNCILS}"
    rf"\s+(?:{_SCOPE})",
    re.I,
)
"""The council set beside councils across the country or a region ('Like councils across
the country, Barset faces real challenges in recruiting social workers', drift25: no claim):
a claim about them, which no report settles."""
_RANK = (
    rf"\bone of (?:only|just|a handful|a few|a small (?:group|number))\b|\b(?:only|just) {_FEW}\b"
    r"|\bone of the (?:most|(?:\w+ )?\w+est)\b"
    r"|\b(?:top|best|highest|lowest|strongest|fastest|leading|among)\b"
    r"|\b(?:first|second|third|fourth|fifth)\b"
    r"(?!\s+(?:[\w-]+\s+)?(?:years?|weeks?|months?|days?|time)\b)"
)
"""A rank among councils; an ordinal of a time ('in their first year in the job', 'the
second supported year') is none, nor is a share ('93 per cent live in suitable
accommodation, well above the national figure', drift25: was national): a share of the
council's children or care leavers beside the country's is what the report measured, a
finding; a share of councils is ``_COUNT_OF_COUNCILS``'s. One of a few, the councils
left unsaid, is a rank too ('one of a handful in the North West to be rated good':
drift38, a rating of the report)."""
_RANK_IN_SCOPE = re.compile(
    rf"(?:{_RANK})[^.;:]{{0,60}}?(?:{_SCOPE})|(?:{_SCOPE})[^.;:]{{0,30}}?(?:{_RANK})", re.I
)
"""A rank placed in the country or a region ('one of the best in England', 'second
nationally'). A scope word alone ('the national body that inspects', 'a wider national
issue', 'the south London council') makes no claim about other councils."""
_FIRST_SINCE = re.compile(
    r"\bfirst (?:[\w-]+ ){0,3}inspection (?:of (?:[\w’'-]+ ){1,5})?since\b", re.I
)
"""'The first full inspection since 2010', 'the first full inspection of the council's
children's services since 2019' (drift27: no claim was read): a claim about the council's
run of inspections."""
_COMPARISON = re.compile(
    r"\b(?:previous|last|earlier) (?:ofsted )?(?:inspection|visit|rating|judgement)"
    r"|\bsince (?:the|its|our) (?:last|previous)\b|\bimprovement (?:from|since|on)\b"
    r"|\b(?:up|down) from\b"
    rf"|\b(?:{STEPS_UP}|{STEPS_DOWN})|\b{SAME_AS}"
    rf"|\blast inspected\b|{THAN_IN}(?:19|20)\d\d\b"
    r"|\bthe \d{4} inspection\b|\b(?:continued|clear|further) improvement\b"
    r"|\b(?:downgraded|upgraded)\b|\bfor the first time\b|"
    + _FIRST_SINCE.pattern
    + r"|\b(?:maintained|retained|kept)\b[^.;,]{0,40}?\b(?:ratings?|grades?|judgements?|"
    rf"{RELEASE_GRADE})\b|\b{KEPT_RATING}\b|\b{LOST_RATING}\b"
    r"|\b(?:has|have) (?:improved|declined|deteriorated|worsened|got worse)\b",
    re.I,
)
"""Words that make a sentence compare inspections; a decline as an improvement is
(grades10: 'Services for care leavers have declined since 2015' was no claim, or a finding
no passage says, while 'have improved since 2015' was a comparison); so is 'better' or
'worse than' a year ('no better than it was in 2022', compare18: a finding no passage
says)."""
_FACT = re.compile(
    r"\b(?:carried out|conducted|took place|took part|visited|happened|came into effect)\b"
    r"|\bpublished (?:today|yesterday|on|in|this|last)\b"
    r"|\b(?:ILACS|SIF)\b|\b(?:inspection|inspection\W{1,3}s?|ILACS|SIF) framework\b"
    r"|\binspection team\b|\b(?:inspectors|they|inspection|visit) (?:have |has |also )?"
    r"(?:looked|reviewed|considered|read|talked|spoke|met|tried|examined|sampled)\b"
    rf"|\b(?:visits?|inspections?|inspected) {IN_MONTH}"
    r"|\b(?:inspection|visit|report)\s+(?:came out|ran|lasted|began|started|ended)\b",
    re.I,
)
"""What the inspection did, or when it or its report happened: a fact the printed dates,
team or framework settle ('The report came out on 7 July', 'The inspection ran from 20-24
February': facts3, facts5, recall20, no claim till the visit's or report's own verbs)."""
_FINDING_VERB = re.compile(rf"\b(?:{FINDING_VERBS}|{FINDING_NOUNS})\b", re.I)
"""A verb giving an inspection's words or judgement, or a noun naming what it found."""
_SOURCE_THEN_VERB = re.compile(INSPECTORS_SOURCE + r"[^.;]{0,80}?" + _FINDING_VERB.pattern, re.I)
_REPORTED = re.compile(_SOURCE_THEN_VERB.pattern + r" that\b", re.I)
"""What Ofsted or its report is said to state: 'the report highlights that ...'."""
_ACCORDING_TO_SOURCE = re.compile(
    rf"\baccording to (?:the |its )?(?:(?:latest|new|education|ofsted['’]?s?) )?"
    rf"(?:{INSPECTORS_SOURCE})",
    re.I,
)
"""A finding told as Ofsted's by 'according to' ('According to the report, personal
advisers give care leavers excellent practical and emotional support'; session 13: read
as an official's opinion by its 'excellent', so left unchecked)."""
_VERB_BY_SOURCE = re.compile(
    _FINDING_VERB.pattern + r" (?:in|by) (?:the |ofsted )*(?:report|ofsted|inspectors)\b", re.I
)
_OPINION = re.compile(
    r"\b(?:vital|lifeline|proud|delighted|committed|commitment|fantastic|excellent|"
    r"priorit(?!y\s+(?:and\s+immediate\s+)?action)\w*|"
    r"brilliant|testament|achievement|determined|uncompromising|well-deserved|"
    r"thrilled|pleased|we will|will continue|aim to|ambition)\b",
    re.I,
)
"""Words of a speaker's feeling or intent: the sentence is theirs. Not Ofsted's term
'areas for priority (and immediate) action' (drift35: 'The report sets out nine areas for
priority and immediate action by the council' was left an opinion, its count unchecked)."""
_STATISTIC = re.compile(
    r"\b\d+(?:\.\d+)?\s*(?:%|per ?cent\b|weeks?\b|days?\b|months?\b)|\baverage\b", re.I
)
"""A figure about the services ('to 68%', 'an average of 39 weeks'): what the report
measured, a finding to check against it, never a comparison of grades."""
LIST_POINTS_BACK = re.compile(
    r"^(?:among (?:them|these|those) (?:are|were|is|was)|(?:these|they) (?:include|included))\b",
    re.I,
)
"""A list whose lead points back to the sentence before ('But problems remain. Among them are
A, B and C'; noticed23: no claim, though the list tells the report's findings): the
finding told last, even across one sentence making none that is not the speaker's own
(``claims.sentences._lists_back``), is what it lists."""
_CONNECTIVE = re.compile(
    rf"^(?:this meant|this means|as a result|they also|it also)\b|{LIST_POINTS_BACK.pattern}",
    re.I,
)
_NOT_A_CLAIM = re.compile(
    r"^(?:grade \d\s*:|\d+\.\s|(?:published|updated|posted|last updated|date)\s*:)|:$", re.I
)

_QUESTION = re.compile(r"\?[\s'\"’”)\]]*$")
"""A sentence that ends by asking ('Is the service inadequate in every area?'): it states
nothing to check, whatever grade or count it names (ratings14: was a rating, contradicted)."""


@dataclass(frozen=True)
class Context:
    """What the sentence's surroundings say: inside whose quotation (an official's, whose
    grades are theirs to tell), under an inspectors' list ("Ofsted highlighted that:"),
    after a finding."""

    quote_role: str | None = None
    official_quote: bool = False
    inspectors_list: bool = False
    after_finding: bool = False


def classify(sentence: str, values: ClaimValues, ctx: Context) -> ClaimKind | None:
    """The kind of claim ``sentence`` makes (its quoted words already blanked), or None."""
    if _NOT_A_CLAIM.search(sentence.strip()):
        return None
    if len(sentence.split()) < 3 and not _graded_entry(sentence, values):
        return None
    if _QUESTION.search(sentence):
        return None
    if ctx.quote_role == "inspectors":
        return None  # the quotation is the claim
    if _is_national(sentence, values):
        return "national"
    if ctx.official_quote and values.grades:
        return None  # an official's grades are theirs to tell, never the inspectors' rating
    if _COMPARISON.search(sentence) or _of_history(values) or values.counts_moved:
        return "comparison" if _comparable(sentence, values) else "finding"
    if RUN_ENDED.search(sentence) or best_since(sentence):
        return "comparison"  # 'the first time it has not been rated good since 2015'
    if values.grades:
        return "rating"
    if values.lead_inspector or (values.dates and _DATES_LABEL.match(sentence)):
        return "inspection_fact"  # 'Lead inspector: ...', 'Inspection dates: ...' in a list
    if ctx.inspectors_list:
        return "finding"
    if _visit_in_passing(sentence, ctx):
        return "finding"
    if stated_visit(values) or values.lead_inspector or _FACT.search(sentence):
        return what_was_done(sentence, values)
    if _is_finding(sentence, ctx) or (ctx.quote_role is None and _STATISTIC.search(sentence)):
        return "finding"
    if values.improvements is not None and ctx.quote_role is None:
        return "finding"  # 'Under the heading ‘...’, Ofsted lists four areas': the report's count
    if ctx.quote_role is None and sums_up_tone(sentence):
        return "finding"  # 'There were some positives.': the report's tone, summed up
    if ctx.quote_role is None and _OPINION.search(sentence):
        return "opinion"
    return None


def _graded_entry(sentence: str, values: ClaimValues) -> bool:
    """True for a list's entry giving a judgement named in one word its grade ('LSCB: good'
    under 'The judgements were:', drift29's brighton-and-hove_2015): a rating, though
    shorter than any sentence making a claim."""
    return ":" in sentence and any(m.judgement for m in values.grades)


def _dated(
    kind: ClaimKind, values: ClaimValues, release_years: set[int]
) -> tuple[ClaimKind, ClaimValues]:
    """``kind`` and ``values`` once the release's own time is known: a rating whose every
    grade is said of an earlier inspection ('judged inadequate in 2016', 'rated good at
    the last inspection') is a comparison with it, its grades that inspection's. The
    release's own time is the years it dates itself in (``verify.words.dates.own_years``).
    Decided here, once, so the checks route by kind alone."""
    earlier = values.grades and all(m.said_before(release_years) for m in values.grades)
    if kind == "rating" and earlier and not _dated_apart(values):
        return "comparison", values.as_earlier()
    if kind == "rating" and _one_undated_past(values):
        return "comparison", values
    return kind, values


def timed(
    kind: ClaimKind, values: ClaimValues, release_years: set[int]
) -> tuple[ClaimKind, ClaimValues]:
    """``_dated``, and a claim that is no comparison stripped of a comparison's values (its
    direction, earlier grade and year): a part of a sentence tells no change the sentence's
    other part tells."""
    kind, values = _dated(kind, values, release_years)
    if kind != "comparison":
        values.direction = None
        values.previous_grade = values.previous_year = None
    return kind, values


def _one_undated_past(values: ClaimValues) -> bool:
    """True when exactly one of a rating's grades is said of the past with no year
    ('Leadership, which was rated good last time, is now outstanding'): a comparison with
    the inspection it names, whose check reads that grade as the earlier one
    (``comparison.claimed._earlier_said``); as a rating the grade was judged by no report
    (compare22: a wrong grade of the last inspection was supported by today's)."""
    past = [m for m in values.grades if m.time_cue == "past"]
    return len(past) == 1 and not past[0].years_near and len(values.grades) > 1


def _dated_apart(values: ClaimValues) -> bool:
    """True when two grades are each dated to a year of their own ('rated requires
    improvement in 2014 and good in 2019'): a list of earlier ratings, each judged against
    its year's report, not one comparison."""
    years = [tuple(m.years_near) for m in values.grades]
    return len(years) > 1 and all(len(y) == 1 for y in years) and len(set(years)) > 1


def _is_national(sentence: str, values: ClaimValues) -> bool:
    """A claim about OTHER councils: a count, share or 'first' of councils, the council like
    those across the country, or a rank in the country or a region, unless that rank is
    what the report itself is said to state ('The Ofsted report highlights that the council
    is top in the region'): the report is then the evidence, and the claim a finding."""
    if values.national_count is not None or _COUNT_OF_COUNCILS.search(sentence):
        return True
    if _LIKE_COUNCILS.search(sentence):
        return True
    return bool(_RANK_IN_SCOPE.search(sentence)) and not _REPORTED.search(sentence)


_DATES_LABEL = re.compile(r"\W*(?:inspection|visit)\s+dates?\s*[:–—-]", re.I)
"""A label of the visit's dates, as the report's own first page prints it ('Inspection
dates: 22 April to 3 May 2024', drift28: a line of a background list, no claim was read)."""


def what_was_done(sentence: str, values: ClaimValues) -> ClaimKind:
    """The kind of a sentence telling what the inspection or its inspectors did: an
    inspection fact when it states a value the printed facts settle or dates the visit
    (``_told_when``), else a finding: what they did with no date, duration or team to
    compare ('Inspectors examined the experience of children in care', 'They blamed years
    of upheaval at the top of the service', 'Inspectors also point to the innovative early
    help ...') is the report's account of it, which its sentences can support (session 22,
    findings22: such a sentence told in the inspectors' voice was an inspection fact
    with nothing to compare, left not_checkable)."""
    return "inspection_fact" if _fact_values(values) or _told_when(sentence) else "finding"


def _told_when(sentence: str) -> bool:
    """The visit or the report dated relative to the release or by season ('visited
    earlier this year', 'published on Monday', 'over the summer'), which the printed
    dates settle, in a sentence that tells no finding: an inspection fact."""
    return bool(RELATIVE.search(sentence)) and not _FINDING_VERB.search(sentence)


def stated_visit(values: ClaimValues) -> bool:
    """A duration or team size: said only of a visit."""
    return bool(
        values.duration_days or values.duration_weeks or values.team_hmi or values.team_total
    )


def _fact_values(values: ClaimValues) -> bool:
    """A value the report's printed facts can settle: a date or month, a duration, the
    team's size or its lead, the framework."""
    return bool(
        values.dates
        or values.months
        or stated_visit(values)
        or values.team_other
        or values.lead_inspector
        or values.framework
    )


def _of_history(values: ClaimValues) -> bool:
    """An earlier inspection's year or grade, or a grade given for the first time."""
    return any(
        v is not None for v in (values.previous_year, values.previous_grade, values.first_grade)
    )


def _comparable(sentence: str, values: ClaimValues) -> bool:
    """A comparison states something the two inspections' grades can settle: a grade then
    or now, or a direction of the services. Without one ('Since its last Ofsted report in
    2018, the council has introduced a hub ...'), or when the direction is a figure's
    ('the time taken to match children has improved, to 39 weeks'), it says what the
    report found has changed: a finding.
    A direction the report itself is said to state ('The watchdog said early help has
    improved since the previous inspection') is its words, checked as a finding; unless
    it is told of the service as a whole or one judged area ('Ofsted found services have
    declined since the last inspection', ``words.changes.change_of_the_service``), or of
    the rating itself ('the rating is the same as in 2017'): that is the grades' direction
    then and now, and the report's own account of its change."""
    if values.previous_grade or values.first_grade or values.grades:
        return True
    if _FIRST_SINCE.search(sentence) or RUN_ENDED.search(sentence) or values.counts_moved:
        return True  # 'the first full inspection since 2010': the run of inspections
    if best_since(sentence):
        return True  # 'not rated this highly since 2014': the grades since
    if last_inspected_in(sentence) is not None and not _FINDING_VERB.search(sentence):
        # 'the service was last inspected in 2018': when that run's last was; not a finding
        # told beside it ('The report says leaders built on the work seen when Ofsted last
        # inspected in 2017', paraphrase: the finding is the claim).
        return True
    if not values.direction:
        return False
    changed = values.direction in ("improved", "declined")  # 'still' is said of too much
    if changed and change_of_the_service(sentence) == values.direction:
        return True  # a measure beside it ('pointing to the number of ...') is not what changed
    if _STATISTIC.search(sentence) or MEASURE.search(sentence):
        return False
    return not _SOURCE_THEN_VERB.search(sentence) or bool(OF_THE_RATING.search(sentence))


_ASIDE = re.compile(rf",\s*(?:who|which|when|{DONE_PARTICIPLES})\b[^,]{{1,80}},")
"""An aside about the subject: a relative clause ('Inspectors, who visited in October,
said ...') or the visit's participle ('The inspection, carried out in early July, found
...')."""


_REPORT_ON = (
    r"(?:ofsted(?:’|')s|the|its|their|an?)\s+(?:[\w-]+\s+){0,3}?report"
    r"(?:\s+(?:on|into)\s+[^,;()]{1,60}?)?"
)
_PUBLISHED_OBJECT = re.compile(
    rf"\b{_REPORT_ON},\s*published,?\s+(?:{RELATIVE.pattern})(?=\s*[,.;])", re.I
)
_PUBLICATION_OF = re.compile(
    rf"\bthe\s+publication,?\s+(?:{RELATIVE.pattern}),?\s+of\s+{_REPORT_ON}(?=\s*[,.;])", re.I
)
"""The report a speaker takes a stance on, its publication dated in an aside ('Southampton
City Council has welcomed Ofsted’s report on its children’s services, published today,
which finds that “…”': drift45, the day was left in the council's opinion, unchecked), or
its publication dated before it ('Hull City Council has welcomed the publication today of
Ofsted's report on the Hull Safeguarding Children Board, ...': drift52, likewise)."""


def welcomed_publication(sentence: str) -> tuple[int, int] | None:
    """The span from the sentence's start to the end of the dated publication of the report
    its speaker takes a stance on (``_PUBLISHED_OBJECT``, ``_PUBLICATION_OF``), or None."""
    if not stance_speaker(sentence):
        return None
    found = _PUBLISHED_OBJECT.search(sentence) or _PUBLICATION_OF.search(sentence)
    return (0, found.end()) if found else None


def visit_aside(sentence: str) -> tuple[int, int] | None:
    """The span of an aside telling the visit ('Inspectors, who visited the borough for a
    week in July, said: ...', 'The inspection, carried out over a fortnight in October,
    found ...', without its commas) or the report's publication after it as the subject
    ('The report, published on Monday, said ...', ``_PUBLISHED_ASIDE``), or None."""
    m = _ASIDE.search(sentence)
    if m is None or not _of_the_visit(sentence, m):
        published = _PUBLISHED_ASIDE.match(sentence)
        if published is None:
            return None
        return published.span("aside" if published["aside"] else "bare")
    start = m.start() + m.group().index(",") + 1
    return start + len(sentence[start:]) - len(sentence[start:].lstrip()), m.end() - 1


_PUBLISHED_ASIDE = re.compile(
    rf"\W*(?:(?:{SAYING_VERBS}|in)\s+)?"
    r"(?:(?:the|a|its|their|this|ofsted(?:’|')s|the\s+\w+(?:’|')s)\s+)?(?:[\w-]+\s+)?"
    r"(?:report,\s*(?P<aside>published\b[^,()]{1,40}?)(?:,|\.?\s*$)"
    rf"|report\s+(?P<bare>published\s+(?:today|yesterday|this\s+week|on\s+\w+day)"
    r"(?:\s*\(\w+day\))?)"
    rf"(?:\s+(?=(?:{SAYING_VERBS}|{FINDING_VERBS})\b)|\s*,))",
    re.I,
)
"""The report's publication told in an aside after it, the sentence's subject ('The report,
published on Monday, said ...', 'Ofsted's report, published today, rates the council as
follows:'), or the source of a quotation before it ('“…,” says the report, published on
Monday.'), whoever's report it is ('... in July, and their report, published today, says
the council has been ...': drift38, the day unchecked), or with no commas before a verb of
saying or finding ('A report published today said “…”': drift41, unchecked), or as where
what follows is said ('In their report, published today, inspectors said ...': drift47,
unread; 'In a report published today, inspectors said ...': drift50, unread; its day named
after it, 'published yesterday (Tuesday)': drift53, unread): a fact of its own beside what
the report says."""


_VISIT_TOLD = re.compile(
    r"\b(?:visited|spent|inspected|were\s+in|came|(?:returned|went)\b[^,]*\b(?:inspection|visit))\b",
    re.I,
)
"""What an aside about the inspectors tells of their visit: that they came, and for how
long or when ('who returned to the county for a two-week inspection in November': drift46,
the length was checked as the rating's)."""


_VISIT_PARTICIPLE = re.compile(rf",\s*(?:{DONE_PARTICIPLES})\b")
"""An aside opening on the participle of a thing done ('..., carried out in July, ...')."""

_THE_VISIT = re.compile(r"\b(?:inspection|visit)\b", re.I)


def _of_the_visit(sentence: str, aside: re.Match[str]) -> bool:
    """True when ``aside`` (an ``_ASIDE``) tells the visit: a relative clause saying the
    inspectors came ('who visited in March'), or a participle hung on the inspection or
    visit itself ('The inspection, carried out over a fortnight in October, ...'); not one
    hung on something else, whose time is its own ('The review, carried out by the council
    in March, ...')."""
    if _VISIT_PARTICIPLE.match(aside.group()):
        return bool(_THE_VISIT.search(sentence[: aside.start()]))
    return bool(_VISIT_TOLD.search(aside.group()))


def _visit_in_passing(sentence: str, ctx: Context) -> bool:
    """The visit told only in an aside of a sentence whose rest reports a finding
    ('Inspectors, who visited in October, said leaders have ...'): the claim is the
    finding; the aside says when, in passing."""
    main = _ASIDE.sub("", sentence)
    return main != sentence and not _FACT.search(main) and _is_finding(main, ctx)


def _is_finding(sentence: str, ctx: Context) -> bool:
    if JUDGED_PASSIVE.search(sentence):
        return True
    if _SOURCE_THEN_VERB.search(sentence) or _VERB_BY_SOURCE.search(sentence):
        return True
    if ctx.quote_role is None and _ACCORDING_TO_SOURCE.search(sentence):
        return True
    return ctx.after_finding and ctx.quote_role is None and bool(_CONNECTIVE.match(sentence))
