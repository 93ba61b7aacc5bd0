"""Parse the values a claim states (grades, counts, dates, team sizes...) from its words.

Checks compare these values with the report's, never the wording, so "rated
‘Outstanding’ in 50 per cent of the judgement areas" becomes a grade, a percent
and a quantifier the checker can count against the judgement table.
"""

from __future__ import annotations

import re

from verify.extract.kinds import stated_visit
from verify.types import GRADES, ClaimValues, Grade, GradeMention, JudgementName
from verify.words.changes import (
    AWAY_FROM,
    CHANGED,
    EARLIER_NOUN,
    LIKE,
    SAME_AS,
    THAN_IN,
    direction_of,
    grade_steps,
)
from verify.words.clauses import (
    CONTRAST_ASIDE,
    SET_APART,
    Break,
    clause_end,
    clause_spans,
    clause_start,
    joined_at,
)
from verify.words.councils import COUNCIL_WORD, COUNCILS_WORD
from verify.words.dates import (
    AT_EARLIER_VISIT,
    BEFORE_THEN,
    FOR_A_PURPOSE,
    IN_MONTH,
    SINCE_LAST,
    SINCE_YEAR,
    TIME_ALLOWED,
    YEAR,
    date_spans,
    parse_dates,
    years_listed_with,
)
from verify.words.grades import (
    ADEQUATE_RE,
    GRADE_AS_ADJECTIVE,
    GRADE_ENDS_CLAUSE,
    GRADE_OF_ABILITY,
    GRADE_OF_BOARD,
    GRADING_VERBS,
    HEADLINE_GRADE_ENDS,
    HEADLINE_SOURCE,
    RELEASE_GRADE,
    RELEASE_OR_ADEQUATE,
    RELEASE_OR_ADEQUATE_RE,
    SCALE_NAMED,
    TOP_GRADE_RE,
    VERDICT_BEFORE_COLON,
    grade_of,
)
from verify.words.grades import RELEASE_GRADE_RE as GRADE_RE
from verify.words.judgements import (
    AREAS_NOT_GRADED,
    FORMAL_TITLE,
    PART_OF_JUDGEMENT_RE,
    TITLE_OPENING,
)
from verify.words.judgements import RELEASE_JUDGEMENT_RE as JUDGEMENT_RE
from verify.words.numbers import (
    FRACTION,
    PERCENT_NUMBER,
    fraction,
    month_number,
    number,
    percent_number,
)
from verify.words.numbers import MONTH as _MONTH
from verify.words.numbers import NUMBER as _NUM
from verify.words.qualifiers import (
    EXCEPTIONS,
    WHOLE_SERVICE,
    heads_a_part,
    names_only_the_whole,
    names_part,
)
from verify.words.speakers import (
    FRAMING_PHRASE,
    INSPECTORS_NAMED,
    LEAD_NAMED,
    LED_BY,
    OTHER_INSPECTORATE,
    framing_blanked,
)

_RATING_CONTEXT = re.compile(r"\b(?:rat(?:ed|ing|ings)|judged|judgements?|graded?|grades)\b", re.I)
_GRADE_NAME = re.compile(r"improvement to be good$", re.I)
"""'Requires improvement to be good' in full: the grade's name, a rating wherever it stands."""
_RATED_BEFORE = re.compile(
    rf"\b(?:{GRADING_VERBS}|deemed|as|remains?|remained|stays?|stayed|was|were|is|are|been|"
    r"(?:received|achieved|awarded|handed|given)\s+(?:an?|the)\s+(?:grade|rating|judgement)"
    r"(?:\s+of)?|received|achieved|awarded|handed|found (?:\w+ )?to(?: be)?"
    rf"|(?:{GRADING_VERBS}|found) (?:every|each|all|both)(?: of (?:its|the))?(?: \w+){{1,3}}?"
    rf"|(?:{GRADING_VERBS}) {_NUM}(?: (?:of|out of) (?:its |the )?{_NUM})? (?:judgement )?"
    r"(?:areas|judgements|categories)"
    rf"|(?:{GRADING_VERBS}) (?:it|them|(?:the |its |their |[\w-]+['’]s )"
    r"(?:children['’]s )?(?:council|authority|services?))"
    r"|(?:the\s+)?(?:only|one|first|sole)\s+(?:areas?|judgements?)\s+to"
    r"|(?:improved|risen|rose|moved up|gone up|climbed|declined|fallen|fell|dropped|slipped"
    r"|deteriorated|gone down)(?: back)? to"
    r")(?: also| still| again| all)?(?: overall| now)?(?: as| to be)?(?: at least)?\W{0,2}$",
    re.I,
)
"""Words right before a grade that make it a rating: 'rated', 'judged to be', 'rated
at least' (grades17: 'rated at least good in three of the four areas' was no grade, so a
range not met was no claim), 'rated every area', 'judged three areas', 'judged Medway's
services', 'received the grade of', 'was also' (grades10: 'Help and protection was also
good in 2017' was no claim), 'were all' (grades17: 'were all good or outstanding' counted
the outstanding ones alone), the grade a change reached ('has improved to good', grades10:
was no grade, so today's requires improvement never met it), an area the only one to
have it ('the only area to require improvement': compare13, history20, was no claim)."""
_RATING_AFTER = re.compile(
    r"\W{0,2}(?:(?:ofsted\s+)?(?:ratings?|grade|judgements?|verdicts?)|overall|across the board"
    r"|(?<=-)rated"
    rf"|in (?:all|every|each|{_NUM})(?: (?:of|out of) (?:the |its )?{_NUM})?"
    r" (?:\w+ )?(?:areas?|judgements?|categor(?:y|ies)))\b",
    re.I,
)
"""Words after a grade that make it a rating: 'good overall', 'good across the board', a
'good Ofsted rating' (history20: was no grade, so 'held on to its good Ofsted rating' was
no claim), an 'outstanding verdict' (ratings21: a headline so worded was no claim),
'requires improvement in three areas' (or 'in three of the four areas'), a 'good-rated'
council."""
_AREAS = (
    r"(?:(?:key|main|principal|core|headline|graded|inspected) )?"
    rf"(?:judgement areas|areas|judgements|categories)(?!\s+{AREAS_NOT_GRADED})"
)
"""What a count of judgements counts: 'areas', 'judgements', 'categories', maybe with a
word of which ('four out of five graded areas', 'two of the three key judgements':
shares18, each was no count, so a count was checked as a bare grade); not areas a report
raises ('two areas for improvement', ``words.judgements.AREAS_NOT_GRADED``)."""
_OWNER = r"(?:(?:(?:the|its|our|their) )?[\w-]+['’]s|the|its)"
"""Whose judgements a count is of: 'four of the five', 'four of Medway's five judgements',
'three of the council's four areas' (grades17: the possessive made the total the count,
five of five, and a true share was contradicted)."""
_NONE = (
    rf"\b(?P<none>(?:(?:no(?: single)?|not (?:one|a single)) |none of (?:{_OWNER} )?"
    rf"(?:(?P<none_of>{_NUM}) )?)(?:{_AREAS}|(?:judgement )?(?:area|judgement|category)"
    rf"(?!\s+{AREAS_NOT_GRADED})))\b"
)
"""No judgement at a grade ('No area was inadequate', 'None of the four areas was judged
inadequate', 'not one area'): a count of none (grades19: the grade was read as denied, so
the claim was no rating and a false 'none' went unchecked)."""
_QUANTIFIER = re.compile(
    rf"{_NONE}"
    rf"|\b(?P<all_areas_but>(?:all|every) (?:(?:of )?(?:the |its ))?(?:{_AREAS}|area|judgement)"
    rf" (?:but|except|bar) (?P<areas_but>{_NUM}))\b"
    rf"|\b(?P<all>all (?:{_NUM}|(?:of (?:the|its) )?{_AREAS})\b"
    r"|(?:every|each) (?:judgement area|area|judgement|category)\b"
    rf"|(?:every one|each) of (?:the|its) (?:{_NUM} )?{_AREAS}\b"
    rf"|{RELEASE_GRADE}\W{{0,2}} across the board\b)"
    rf"|(?P<pct>(?P<pct_n>{PERCENT_NUMBER})\s*(?:%|per ?cent\b))"
    rf"(?!\s+of\s+(?!(?:the |its |their )?[“\"‘']?(?:{_NUM} )?{_AREAS}))"
    r"|\b(?P<most>(?:the (?:vast )?majority|most) of (?:the |its )?"
    rf"(?:(?P<most_of>{_NUM}) )?{_AREAS})\b"
    rf"|\b(?P<frac>(?P<frac_w>{FRACTION}) of (?:the |its )?(?:(?P<frac_of>{_NUM}) )?{_AREAS})\b"
    rf"|\b(?P<all_but>all but (?P<but>{_NUM})"
    rf"(?: (?:of (?:the |its )?)?(?:(?P<but_of>{_NUM}) )?{_AREAS}"
    r"|(?: judgement)? (?:area|judgement|category))?)\b"
    rf"|\b(?P<only>the only (?:one of (?:the |its )?(?:(?P<only_of>{_NUM}) )?{_AREAS}"
    r"|judgement area|area|judgement|category))\b(?![^,.;]*\b(?:not|never|no longer)\b)"
    rf"|\b(?P<count>{_NUM}) (?:(?:of|in|out of)(?: {_OWNER})? )?(?:(?P<of>{_NUM}) )?{_AREAS}\b"
    r"|\b(?P<one_area>(?<=\bin )one (?:judgement )?(?:area|judgement|category)\b"
    rf"(?!\s+{AREAS_NOT_GRADED})"
    r"|(?<!\bwith )(?<!\bthe )one (?:judgement )?(?:area|judgement|category)"
    r"(?= (?:was|is|has been) (?:\w+ )?(?:rated|judged|graded|found)\b))"
    r"|\b(?<!and a )(?P<half>half)\b(?![- ](?:an? )?(?:years?|months?|weeks?|days?|term)\b)"
    r"|\b(?P<overall>overall)\b",
    re.I,
)
"""A quantifier of judgements: 'all five areas', 'four of the five judgements', 60% (not a
percentage of something else: '90% of care leavers are in touch', shares18, was a share of
good areas, contradicted), 'half',
'the majority of the five judgements' (more than half of five: compare13, the five were
read as a count, five of five), a share in words of them ('half of the six judgements',
'two thirds of the areas': ratings14, the six were read as a count, six of six), one
area alone ('the only area rated inadequate', 'the only one of the six areas to be rated
good': one of them; not 'the only area not rated inadequate', whose grade is the others'),
all of them but some ('all but one of the judgements': ratings14, was read as one of them);
a half of a span of time ('four and a half years after', 'half a term') counts none."""
_DURATION = re.compile(
    rf"(?<!\bevery )(?<!\bwithin )\b(?P<n>{_NUM})[- ](?:working[- ])?(?P<unit>day|week)s?\b"
    r"(?!\s+(?:after|before|later|ago|since|until|between"
    r"|to\s+(?:publish|produce|release|issue|write|report))\b)"
    r"(?!\s+(?:a|per|each|every)\s+(?:day|week|fortnight|month|year)\b)"
    r"|\b(?:a |one )?(?P<fortnight>fortnight)\b"
    r"|\b(?P<week>week)[- ]long\b"
    r"|\b(?:for|over|spent|lasted|lasting) (?:a|one)(?: single)? (?P<a_week>week)\b",
    re.I,
)
"""'a two-week inspection', '10 days'; 'a fortnight' is two weeks, 'week-long', 'spent a
week' and 'over a single week' one ('once a week' is no duration, nor 'six weeks after the
inspection', 'seven weeks since the inspection' or 'six weeks to publish its findings', a
time between two events; nor a frequency or a time limit, 'visited every six weeks', 'seven
days a week', 'within 45 working days': each was the visit's, and contradicted)."""
_HMI = r"(?:(?:Her|His) Majesty(?:’|')s Inspectors|HMIs?|inspectors)"
"""The inspectors a team counts ('eight HMI', 'three of His Majesty's Inspectors')."""
_TEAM = re.compile(rf"\b(?P<n>{_NUM}) (?:of )?{_HMI}\b", re.I)
_TEAM_SIZE = re.compile(
    rf"\b(?P<n>{_NUM})[- ]strong (?:inspection |ofsted )?team\b"
    rf"|\b(?:inspection|ofsted) team of (?P<m>{_NUM})\b"
    rf"(?! (?:of )?{_HMI})",
    re.I,
)
"""The whole team's size: 'a 10-strong team from Ofsted', 'an inspection team of eight'."""
_OFSTED_NEAR = re.compile(r"\b(?:ofsted|inspect\w*)\b", re.I)
_FRAMEWORK = re.compile(
    r"\b(?P<ilacs>ILACS|inspections? of local authority children(?:’|')s services)\b"
    r"|\b(?P<sif>SIF|single inspection framework)\b",
    re.I,
)
_CHANGED_SINCE = re.compile(
    rf"(?:{CHANGED})[^.;]{{0,30}}?\bsince (?:(?:the|its|our|their) )?(?P<y>(?:19|20)\d{{2}})\b"
    rf"|\b{SAME_AS}\s+(?:(?:in|at) )?(?:(?:the|its) )?(?P<z>(?:19|20)\d{{2}})\b",
    re.I,
)
"""The year a change with no grade named is counted from: 'declined since 2012', 'the
rating is the same as in 2015' (its inspection of that year)."""
_PREVIOUS_YEAR = re.compile(
    r"\b(?:(?:the|its|our|their) (?P<a>(?:19|20)\d{2}) inspection"
    r"|(?:last|previous|earlier) (?:Ofsted |full )?(?:inspection|visit|rating)[^.;]*?"
    rf"(?:{_MONTH} )?(?P<b>(?:19|20)\d{{2}})"
    rf"|since (?:the|its|our|their) (?:[\w-]+ ){{0,2}}inspection (?:in |of )?(?:{_MONTH} )?"
    r"(?P<d>(?:19|20)\d{2})"
    rf"|previously (?:been )?(?:{GRADING_VERBS}|found)[^.;]*?(?P<c>(?:19|20)\d{{2}})"
    rf"|{LIKE}(?=[^.;]{{0,40}}?{EARLIER_NOUN})[^.;]{{0,60}}?(?P<e>(?:19|20)\d{{2}})"
    rf"|{AWAY_FROM}[^.;]{{0,100}}?(?P<f>(?:19|20)\d{{2}})"
    r"|\b(?:inspections|visits)\s+(?:in|of)\s+(?P<g>(?:19|20)\d{2})"
    r"(?=(?:\s*,\s*|\s+and\s+)(?:again\s+)?(?:in\s+)?(?:19|20)\d{2}\b)"
    rf"|{THAN_IN}(?P<h>(?:19|20)\d{{2}})\b"
    r"|,\s+as\s+(?:it|they)\s+(?:did|was|were|had\s+been)\s+in\s+(?P<i>(?:19|20)\d{2})\b)",
    re.I,
)
"""The year of the earlier inspection a claim compares with: 'the 2019 inspection', 'the
last inspection, in 2018', 'since its inspection in March 2017', 'previously rated ... in
2014', inspections in years listed, 'no better than it was in 2022', a grade kept 'as it
did in 2016' (compare18: no year was read, so the last inspection was compared, or none,
not that year's)."""
_FROM_TO = re.compile(
    rf"\bfrom\W+(?:an?\W+)?(?P<then>{RELEASE_OR_ADEQUATE})\W+(?:(?:overall|rating|judgement)\W+)?"
    r"(?:(?:in )?\(?(?P<y>(?:19|20)\d{2})\)?\W+)?to\b",
    re.I,
)
"""A change of grade: 'taken the service from ‘good’ overall to ‘outstanding’'."""
_MOVED_FROM = re.compile(
    r"\b(?:improv\w*|up|moved|moving|risen|rose|climbed|declin\w*|fallen|fell|dropped|down"
    r"|slipped)\s+(?:\w+\s+)?from\W+(?:(?:a|an|the|its|their)\W+)?"
    rf"(?P<then>{RELEASE_OR_ADEQUATE})\b[’”'\"]?(?:\W+(?:overall|rating|judgement))?"
    r"(?:\W+(?:in )?\(?(?P<y>(?:19|20)\d{2})\b)?",
    re.I,
)
"""The grade a move of grade left, with its year when one follows: 'has improved from
requires improvement in 2019', 'moved up from inadequate'. A grade after 'from' with no
move said ('still some way from good') is no earlier grade."""
_BETTERED = re.compile(
    r"\b(?:an?\s+)?(?:improvement|advance|step\s+up)\s+on\W+(?:the|its|their|an?)\W+"
    rf"(?P<then>{RELEASE_OR_ADEQUATE})\W+(?:rating|grade|judgement)\b"
    r"(?:[^.;,]{0,80}?\bin\s+(?P<y>(?:19|20)\d{2})\b)?",
    re.I,
)
"""An earlier rating a change is said to better, with the year it was given when the
clause names one: 'an improvement on the inadequate rating given to Northamptonshire
County Council's children's services in 2019' (compare18: the inadequate was read as
today's grade, and a true sentence contradicted). Only before a rating's noun: 'improving
on good practice' names no grade."""
_FIRST_GRADE = re.compile(
    rf"\bfirst(?:[\s-]+ever)?\W{{1,3}}"
    rf"(?:(?:{GRADING_VERBS}|achieved|gained|earned|won|became|received|awarded)\s+"
    r"(?:(?:as|an?|the|its)\s+)?\W?)?"
    rf"(?P<grade>{RELEASE_OR_ADEQUATE})\b"
    rf"(?!\W{{0,3}}(?:(?:london |metropolitan )?(?:{COUNCIL_WORD}|borough|city|county)))",
    re.I,
)
"""'its first “outstanding” rating', 'a first-ever good', 'first achieved outstanding in
2016' (history20: was read as that year's grade alone, so a first already given earlier
passed as supported); not 'the first outstanding
council in the region', a first among councils (a national claim)."""
_FIRST_TIME = re.compile(
    r"\b(?:for )?the first time\b(?! (?:in|since|for)\b)(?![^.;]*\bsince\b)", re.I
)
"""'for the first time', 'it is the first time the council has been rated', but not 'for
the first time in a decade' or '... has been rated good since 2010': a first within a
span is no first ever."""
_FROM = re.compile(r"\b(?:improvement from|up from|from (?:a|an|the|its)|previously)\b", re.I)
_NATIONAL_COUNT = re.compile(
    rf"\b(?:only|one of(?: only| just)?|just) (?P<n>\d{{1,3}}|{_NUM}) (?:other )?"
    rf"{COUNCILS_WORD}\b",
    re.I,
)
_NATIONAL_PCT = re.compile(r"\btop (?P<n>\d{1,3}) ?(?:%|per ?cent)", re.I)


def parse_values(sentence: str, year_hint: int | None = None) -> ClaimValues:
    """Every value the sentence states, parsed; missing ones stay None/empty."""
    prev_year, prev_grade, prev_at = _previous(sentence)
    scale = _scale_from(sentence)
    if scale < len(sentence) and not GRADE_RE.search(sentence, 0, scale):
        prev_grade = None  # 'range from outstanding to inadequate': the scale's two ends
    if prev_year in (_before_then(sentence) or ()):
        prev_year = None  # 'Before the 2021 inspection, ...': not 2021's inspection
    grades = [_timed(sentence, m, year_hint) for m in grade_mentions(sentence[:prev_at])]
    grades += [_timed(sentence, m, year_hint) for m in _graded_now_after(sentence, prev_at)]
    quantifier, count, of_total, percent, all_but = _quantifier(sentence)
    days, weeks = _durations(sentence)
    team = None if OTHER_INSPECTORATE.search(sentence) else _TEAM.search(sentence)
    framework = _FRAMEWORK.search(sentence)
    national = _NATIONAL_COUNT.search(sentence)
    national_pct = _NATIONAL_PCT.search(sentence)
    values = ClaimValues(
        grades=grades,
        quantifier=quantifier,
        count=count,
        of_total=of_total,
        all_but=all_but,
        percent=percent if percent is not None else _num(national_pct, "n"),
        dates=parse_dates(sentence, year_hint),
        months=bare_months(sentence),
        duration_days=days,
        duration_weeks=weeks,
        team_hmi=number(team.group("n")) if team else None,
        team_total=_team_size(sentence),
        lead_inspector=_lead_inspector(sentence),
        framework=("ILACS" if framework.group("ilacs") else "SIF") if framework else None,
        previous_year=prev_year,
        previous_grade=prev_grade,
        first_grade=first_grade(sentence),
        direction=direction_of(sentence),
        grade_steps=grade_steps(sentence),
        national_count=number(national.group("n")) if national else None,
        authority=None,
    )
    values.counts_moved = moved_count(sentence, values)
    return values


def _graded_now_after(sentence: str, at: int) -> list[GradeMention]:
    """Today's grades said after the words about an earlier inspection, in a clause of
    their own marked as now ('Up from requires improvement in 2018, help and protection is
    now good': was no grade today, so 'is now outstanding' passed unchecked). Only when
    the earlier words open the sentence (``at`` 0: nothing before them was read); none
    when no 'now' follows them in another clause."""
    if at != 0:
        return []
    now = _NOW.search(sentence, at)
    if now is None or "," not in sentence[at : now.start()]:
        return []
    start = sentence.rindex(",", at, now.start()) + 1
    return [
        m.model_copy(update={"start": m.start + start, "end": m.end + start})
        for m in grade_mentions(sentence[start:])
    ]


def grade_mentions(sentence: str) -> list[GradeMention]:
    """Grades stated as ratings (quoted, or beside 'rated', 'overall'...), each with the
    judgements it is given (see ``_grade_for``)."""
    found = []
    grade_hits = _given_hits(sentence)
    for m in grade_hits:
        found.append(
            GradeMention(
                grade=m.lastgroup, judgement=None, printed=m.group(), start=m.start(), end=m.end()
            )
        )
    for judgement in JUDGEMENT_RE.finditer(sentence):
        if _OPENING_OVERALL.match(sentence, judgement.start()) and not sentence[
            : judgement.start()
        ].strip(" “‘\"'"):
            continue  # "Overall, the inspection ...": a summing-up, not the judgement
        given = _grade_for(sentence, judgement, grade_hits)
        for grade in (given, _past_its_aside(sentence, judgement, grade_hits)):
            if grade is None:
                continue
            i = grade_hits.index(grade)
            if found[i].judgement is None:
                found[i] = found[i].model_copy(update={"judgement": judgement.lastgroup})
            elif found[i].judgement != judgement.lastgroup:
                found.append(found[i].model_copy(update={"judgement": judgement.lastgroup}))
    return _parts_graded(sentence, grade_hits, found)


def _parts_graded(sentence: str, hits: list[re.Match], found: list[GradeMention]) -> list:
    """``found`` with each grade given to no judgement named but to a part of one
    (``PART_OF_JUDGEMENT_RE``: 'Early help was rated good') given that judgement, by the
    rule a judgement's name takes its grade (``_grade_for``): the part is graded within
    it, so the whole service's grade is no evidence for it."""
    for part in PART_OF_JUDGEMENT_RE.finditer(sentence):
        grade = _grade_for(sentence, part, hits)
        if grade is not None and found[hits.index(grade)].judgement is None:
            i = hits.index(grade)
            found[i] = found[i].model_copy(update={"judgement": part.lastgroup})
    return found


_RELATIVE_ASIDE = re.compile(
    r"(?:\s+services?)?\s*,\s*(?:which|that|who|the\s+(?:only|one)\s+area)\b[^,;]*,", re.I
)
"""A relative clause set off by commas just after a judgement's name ('Adoption services,
which were judged good in 2011,'), or an apposition naming it the only area so graded
('Help and protection, the only area not rated outstanding, was judged good': shares18,
the grade was given to no judgement, so the claim was not checkable)."""


def _past_its_aside(sentence: str, judgement: re.Match, hits: list[re.Match]) -> re.Match | None:
    """The grade the main clause gives a judgement named as its subject, past a relative
    aside of its own: 'Adoption services, which were judged good in 2011, now require
    improvement' gives adoption both grades, the aside's (``_grade_for``) and this one (was
    none, so 'require improvement' was the whole service's, or a fostering passage's). Not
    across another judgement, grade or contrast."""
    aside = _RELATIVE_ASIDE.match(sentence, judgement.end())
    if aside and _excepted(sentence, judgement):
        return None  # 'every area except adoption, which ..., requires improvement'
    later = next((m for m in hits if aside and m.start() >= aside.end()), None)
    if later is None or later.start() - aside.end() > _MAX_GRADE_DISTANCE // 2:
        return None
    between = sentence[aside.end() : later.start()]
    crossed = (JUDGEMENT_RE, GRADE_RE, _CONTRAST)
    return None if any(p.search(between) for p in crossed) else later


_ASPIRED = re.compile(
    r"\b(?:goal|aims?|ambitions?|aspirations?|want(?:s|ed)?|striv\w+|journey|on track|"
    r"working towards?|become|becoming)\b[^.;:]{0,40}$",
    re.I,
)
"""Words before a grade that make it an aim, not a grade given: 'the goal of being rated
as ‘good’', 'our ambition to become outstanding'."""
_REFERENCE = re.compile(
    r"\b(?:below|above|beneath|short of|away from|better than|worse than|rather than|"
    r"instead of)(?:\s+(?:the|a|an))?\W{0,3}$",
    re.I,
)
"""Words before a grade that make it a point of the scale, not a grade given: 'two grades
below outstanding', 'one step away from good', 'good rather than outstanding', 'fell short
of the top grade'."""
_DENIED = re.compile(
    r"(?:\b(?:no|none|not|never|neither|nor|missed(?:\s+out\s+on)?|short\s+of)|n[’']t)\b"
    r"(?!\s+(?:only|fewer|less|more|longer|until)\b)[^.;,:]{0,40}$",
    re.I,
)
"""A negation shortly before a grade in its clause: the grade is denied, not given ('with
no area rated good or inadequate', 'has not been judged inadequate', 'None of Southwark's
areas was rated', 'missed out on an outstanding grade', 'stopped short of rating help and
protection outstanding')."""
_HYPOTHETICAL = re.compile(r"\b(?:would|could|might)\b[^.;:,]{0,40}$", re.I)
"""A modal shortly before a grade in its clause: the grade is supposed, not given
('services would have been rated outstanding', 'could regain an outstanding rating'; not
'which could have been rated outstanding, was rated good')."""
_LISTED_GRADE = re.compile(r"[\s’'\"”]*(?:,|or|nor|and)[\s‘'\"“]*$", re.I)
"""What joins a grade to the one before it in one list ('outstanding or inadequate')."""
_SCALE_JOIN = re.compile(r"[\s’'\"”]*(?:,\s*(?:or|and)?|or|and)[\s‘'\"“]*$", re.I)
"""The same, with a serial comma too ('good, requires improvement to be good, or
inadequate'): what joins the grades of a list naming the scale."""


def _given(before: str) -> bool:
    """False when the words ``before`` a grade make it an aim, a point of the scale, a
    denial or a supposition (``_ASPIRED``, ``_REFERENCE``, ``_DENIED``, ``_HYPOTHETICAL``),
    not a grade given."""
    said = (_ASPIRED, _REFERENCE, _DENIED, _HYPOTHETICAL)
    return not any(pattern.search(before) for pattern in said)


def _none_at(sentence: str, grade: re.Match) -> bool:
    """True when the only negation before the grade is a count of none of the areas ('No
    area was inadequate', ``_NONE``) and that count is the sentence's quantifier: the grade
    is counted (none at it), not denied. A 'no area' after another quantifier ('across the
    board, with no area rated good or inadequate') still denies its grades."""
    first = _QUANTIFIER.search(sentence)
    if first is None or not first.group("none") or first.end() > grade.start():
        return False
    q = first
    return _given(sentence[: q.start()] + "every area" + sentence[q.end() : grade.start()])


def _the_scale(sentence: str) -> set[int]:
    """Where the grade words of ``sentence`` that name Ofsted's scale begin: those listing
    the whole of today's scale in one list ('Judgements are graded outstanding, good,
    requires improvement to be good, or inadequate') and those after words naming the
    scale (``_scale_from``). A notes-to-editors line naming the scale grades nothing
    (fresh15: three of ten ordinary releases were flagged contradicted for the grades the
    report does not give)."""
    runs: list[list[re.Match]] = []
    for m in GRADE_RE.finditer(sentence):
        if runs and _SCALE_JOIN.fullmatch(sentence, runs[-1][-1].end(), m.start()):
            runs[-1].append(m)
        else:
            runs.append([m])
    whole, named = set(GRADES), _scale_from(sentence)
    listed = {m.start() for run in runs if {m.lastgroup for m in run} >= whole for m in run}
    return listed | {m.start() for run in runs for m in run if m.start() >= named}


def _scale_from(sentence: str) -> int:
    """Where ``sentence`` goes on to name Ofsted's scale (``SCALE_NAMED``: 'on a four-point
    scale: outstanding (grade 1), good (grade 2) ...', 'judgements range from outstanding
    to inadequate'), its length when it does not: the grades after it are the scale's
    points (fresh15 probe: each such notes-to-editors line was flagged contradicted)."""
    named = SCALE_NAMED.search(sentence)
    return named.start() if named else len(sentence)


def _given_hits(sentence: str) -> list[re.Match]:
    """The grade words of ``sentence`` stated as ratings and given (``_given``); a grade
    listed after one not given is not given either ('None of the areas was rated
    outstanding or inadequate'), one listed after a rating is a rating too ('Three of the
    four areas were good or outstanding': ratings14, the 'outstanding' was dropped and the
    count checked for good alone), unless it is an adjective ('good or outstanding
    support'); the grades of a list naming the whole scale are none (``_the_scale``)."""
    hits, last = [], None
    scale = _the_scale(sentence)
    for m in GRADE_RE.finditer(sentence):
        if m.start() in scale:
            continue
        listed = last is not None and _LISTED_GRADE.fullmatch(sentence, last[0].end(), m.start())
        given = last[1] if listed else _given(sentence[: m.start()]) or _none_at(sentence, m)
        rating = _is_rating(sentence, m) or (
            listed and last[0] in hits and not GRADE_AS_ADJECTIVE.match(sentence, m.end())
        )
        last = (m, given)
        if given and rating:
            hits.append(m)
    return hits


_ANAPHOR = re.compile(r"^(?:these|those|both|they|the two|the areas)\b", re.I)


def inherit_grades(sentence: str, previous: ClaimValues) -> list[GradeMention]:
    """Grades for a sentence that names judgements but refers back for the grade:
    "rated ‘Outstanding’ in 50 per cent of areas. These areas include ‘The experiences
    and progress of care leavers’ and ..." gives outstanding for each area named."""
    if not previous.grades or not _ANAPHOR.match(sentence.strip(" “‘\"'")):
        return []
    grade = previous.grades[0]
    return [
        GradeMention(grade=grade.grade, judgement=m.lastgroup, printed=grade.printed)
        for m in JUDGEMENT_RE.finditer(sentence)
    ]


# Words before a grade that put it in the past: "previously rated", "the first since
# the council was rated", "at the last inspection", "up from", "two years after its
# services were judged"; not a time after this very inspection ("The report, published
# more than six months after the inspection, rates ... as inadequate"). A grade shed just
# before it ("have shaken off their inadequate rating", "lost its outstanding grade") is
# one held no longer (news14: was today's, contradicted).
_HISTORY = re.compile(
    r"\b(?:previous(?:ly)?|last (?:full )?(?:time|rated|judged)|last time|earlier|"
    r"last (?:[\w’'-]+ ){0,4}?(?:inspect\w*|visit\w*)|"
    r"since|first time|had been|(?<!apart )(?<!separately )(?<!separate )(?<!distinct )from|"
    r"formerly|then|once|no longer|"
    rf"out of(?!\s+(?:(?:the|its)\s+)?{_NUM}\b)|ago|"
    r"(?:years?|months?) after(?!\s+(?:the|this|its)\s+(?:inspection|visit)\b)|"
    r"(?:sh(?:aken|ook|akes?|aking)\s+off|shed(?:s|ding)?|lost|los(?:es|ing)|left\s+behind)"
    r"(?=\s+(?:(?:its|their|the|an?|his|her|that|this)\s+)?[‘'\"“]?$))\b",
    re.I,
)
# Words after a grade that put it in the past: "rated inadequate for more than a
# decade", "rated good at the last full inspection", "the 'inadequate' judgement lifted".
_HISTORY_AFTER = re.compile(
    r"^\W*(?:\w+\W+){0,3}?(?:for (?:more than|over|the past|almost|nearly|\w+ years)|"
    r"at (?:the|its) (?:last|previous)|in the past|previously|before|being (?:lifted|removed)|"
    r"(?:an?|\w+) (?:years?|months?) (?:ago|earlier)|"
    r"(?:was|were|has been|have been) (?:lifted|removed))\b",
    re.I,
)
_NOW = re.compile(r"\b(?:now|today|this (?:time|inspection|report)|latest|newly)\b", re.I)
_NOW_JUST_BEFORE = re.compile(
    r"(?:\bfirst(?: ever)?|\bfrom\b(?!\s+(?:19|20)\d\d)[^.;]{0,60}?"
    r"\bto(?: (?:an?|be|become|achieve))?)\W{0,3}$",
    re.I,
)
"""Words just before a grade that make it today's: 'its first ‘outstanding’', 'from ‘good’
overall to ‘outstanding’'."""


def _timed(sentence: str, mention: GradeMention, year_hint: int | None = None) -> GradeMention:
    """The mention with what its clause says of when it was given (see ``GradeMention``);
    ``year_hint``, the release's own year, dates a span back from it ('four years ago')."""
    at, end = mention.start, mention.end
    if at is None or end is None:
        return mention
    clause = sentence[clause_start(sentence, at, Break.JOIN) : at]
    before = clause[-80:]
    after = sentence[end : min(end + 50, clause_end(sentence, end))]
    today = bool(_NOW_JUST_BEFORE.search(sentence[:at])) or _given_first(sentence, at)
    if today:
        before = ""  # 'in 2007, has received its first ‘outstanding’': the year is not its
    years = {int(y) for y in YEAR.findall(_own_reach(before, after))}
    years |= _opening_years("" if today else clause, year_hint)
    years |= set() if today else _timeline_year(sentence, at)
    years |= _antecedent_years(sentence[max(0, at - 160) : at])
    if year_hint and (ago := _YEARS_AGO_AFTER.match(after)) and (back := number(ago["n"])):
        years.add(year_hint - back)  # 'rated good overall three years ago'
    # 'now', 'this time' count in the grade's own comma clause only: 'a good grade this
    # time, compared with good across the board in 2022' says the second 'good' of 2022.
    own_clause = sentence[max(0, at - 80, clause_start(sentence, at, Break.COMMA)) : at]
    cue = (
        "past"
        if _HISTORY_AFTER.search(after)
        else "now"
        if today or _NOW.search(own_clause)
        else "earlier"
        if _HISTORY.search(before)
        else None
    )
    if cue is None and (fronted := _fronted_time(clause)):
        # 'When Ofsted last inspected, in March 2022, services were judged good'
        cue = "earlier" if _HISTORY.search(fronted) else None
        years |= {int(y) for y in YEAR.findall(fronted)}
    if cue is None and not years and not today:
        # 'In 2018, the adoption service was rated good, but help and protection was
        # judged inadequate': the year opening the sentence dates its contrast too.
        years |= _contrast_then(sentence, mention, year_hint)
    if cue == "earlier" and not years and not GRADE_RE.search(before):
        # 'a turnaround from 2015, when Ofsted found services to be inadequate'
        years = {int(y) for y in YEAR.findall(before)}
    if (named := _before_then(clause)) is not None and cue != "now":
        # 'Before the 2021 inspection, care leavers' services were judged ...': a grade of
        # some earlier time, not 2021's.
        cue, years = "earlier", years - named
    return mention.model_copy(update={"time_cue": cue, "years_near": sorted(years)})


def _before_then(text: str) -> set[int] | None:
    """The years ``text`` says a time was before ('until 2021', 'prior to the last inspection
    in 2021'), or None when it says no time before a year or an inspection
    (``BEFORE_THEN``)."""
    found = list(BEFORE_THEN.finditer(text))
    if not found:
        return None
    return {int(y) for m in found for y in (m["year"], m["of"]) if y}


def _given_first(sentence: str, at: int) -> bool:
    """True when the grade at ``at`` comes after 'the first time' with no other grade
    between: the grade given for the first time ('It is the first time Blackpool has been
    rated outstanding'), today's, not an earlier one. Not a first within a span ('the first
    time since 2010', which ``_FIRST_TIME`` leaves out)."""
    time = _FIRST_TIME.search(sentence)
    return time is not None and time.end() <= at and not GRADE_RE.search(sentence, time.end(), at)


_FRONTED_TIME = re.compile(
    r"^\W*(?:(?:back\s+)?when|at|during|on|under|the\s+last\s+time|the\s+time)\b[^,;]{0,100},"
    r"(?:\s*(?:in|during)\s+[^,;]{0,30},)?",
    re.I,
)
"""A time adverbial opening the clause, then a comma: 'When Ofsted last carried out a full
inspection, in March 2022,', 'At Ofsted's last full visit in March 2022,', 'Under the
previous administration,' (grades10)."""


def _fronted_time(clause: str) -> str | None:
    """The time adverbial the clause before a grade opens with, when no other grade comes
    between: it dates the grade however far before it stands."""
    found = _FRONTED_TIME.match(clause)
    if found is None or GRADE_RE.search(clause):
        return None
    return found.group()


_RELATIVE_TO_YEAR = re.compile(
    r"\b(?P<y>(?:19|20)\d\d)\)?,?\s+(?:which|when)\b(?P<rest>[^.;]*)$", re.I
)
"""A relative clause hung on a year ('the inspection of 2012, which judged services to be
...', 'its visit in 2019, when it was rated ...'): what it says is of that year."""


def _antecedent_years(before: str) -> set[int]:
    """The year a grade's relative clause hangs on, however long the clause, when no other
    grade comes between: 'the inspection of 2012, which judged the council's child
    protection services to be inadequate' rates 2012, not today."""
    found = _RELATIVE_TO_YEAR.search(before)
    if found is None or GRADE_RE.search(found["rest"]):
        return set()
    return {int(found["y"])}


_YEARS_AGO_AFTER = re.compile(rf"^\W*(?:overall\W+)?(?P<n>{_NUM})\s+years?\s+ago\b", re.I)
"""A span back from the release's year right after a grade: 'rated good three years ago'."""
_OPENING_YEAR = re.compile(
    rf"^\W*(?:back\s+)?(?:in|during)\s+(?:{_MONTH}\s+)?(?P<y>(?:19|20)\d\d)\b"
    rf"|^\W*(?P<n>{_NUM})\s+years?\s+ago\b",
    re.I,
)
"""A year or span opening the clause of a grade: 'In 2019 inspectors judged ...', 'Back in
2017, the service was rated ...', 'Four years ago, Ofsted rated ...'."""
_TIMELINE_ENTRY = re.compile(r"^\W*(?P<y>(?:19|20)\d\d)\s*[:–—]\s")
"""A year heading a sentence as a timeline's entry ('2013: rated inadequate', '2015 – rated
inadequate, with adoption requiring improvement'): every grade of the entry is that year's
(news14: was today's, contradicted); the colon ends a clause, so the clause before the
grade does not hold it."""


def _timeline_year(sentence: str, at: int) -> set[int]:
    """The year of the timeline entry a grade at ``at`` stands in, when no other year comes
    between (``_TIMELINE_ENTRY``)."""
    entry = _TIMELINE_ENTRY.match(sentence)
    if entry is None or YEAR.search(sentence, entry.end(), at):
        return set()
    return {int(entry["y"])}


def _opening_years(before: str, year_hint: int | None) -> set[int]:
    """The year the clause before a grade opens with, when no other grade comes between,
    however long the clause ('In 2013 Ofsted judged the council's arrangements for
    protecting children and its services for looked after children to be inadequate')."""
    found = _OPENING_YEAR.search(before)
    if found is None or GRADE_RE.search(before):
        return set()
    if found["y"]:
        return {int(found["y"])}
    back = number(found["n"])
    return {year_hint - back} if year_hint and back else set()


_TOLD_NOW = re.compile(
    r"\b(?:is|are|has|have|remains?|still|continues?|currently|this|latest|newest|new|"
    r"recent(?:ly)?|next|since)\b",
    re.I,
)
"""Words of a grade's clause that tell it of the present or since: 'is', 'has been',
'remains', 'this time', 'the latest inspection', 'has since'."""
_IN_MONTH = re.compile(IN_MONTH, re.I)
"""A month of its own in a grade's clause ('but in January help and protection was judged
...'): the clause is dated apart from the year opening the sentence."""
_TOLD_THEN = re.compile(r"\b(?:was|were|required|needed)\b", re.I)
"""A grade's clause told in the simple past: 'was judged', 'were rated', 'required
improvement'."""


def _contrast_then(sentence: str, mention: GradeMention, year_hint: int | None) -> set[int]:
    """The year the sentence opens with ('In 2018, ...', 'Two years ago, ...') for a grade
    in a later clause of it (after 'but', 'while', 'although') that gives no time of its
    own, is told in the simple past and names an area, and follows a grade of the opening
    clause: 'In 2018, Surrey's adoption service was rated good, but help and protection was
    judged inadequate' grades both areas in 2018 (was: the second read as today's and
    contradicted by today's table). Not a clause telling now or since ('but this time help
    and protection was judged outstanding', 'and it has since been judged good')."""
    opening = _OPENING_YEAR.search(sentence)
    at, end = mention.start, mention.end
    if opening is None or at is None or end is None:
        return set()
    own = clause_start(sentence, at, Break.JOIN)
    told = sentence[own:end]
    if (
        own < opening.end()
        or not GRADE_RE.search(sentence, opening.end(), own)
        or YEAR.search(sentence, opening.end(), end)
        or _NOW.search(told)
        or _TOLD_NOW.search(told)
        or _IN_MONTH.search(told)
        or not _TOLD_THEN.search(told)
        or not JUDGEMENT_RE.search(told)
    ):
        return set()
    if opening["y"]:
        return {int(opening["y"])}
    back = number(opening["n"])
    return {year_hint - back} if year_hint and back else set()


def _own_reach(before: str, after: str) -> str:
    """The words around a grade whose years are its own: none after the next grade, and
    before it none that follow another grade's ('requires improvement in 2014 and good in
    2019' gives each its year; 'good, an improvement on 2015's inadequate' keeps 2015)."""
    last = max((g.end() for g in GRADE_RE.finditer(before)), default=None)
    if last is not None:
        tail = before[last:]
        before = "" if _YEAR_AFTER_GRADE.match(tail) else tail
    if next_grade := GRADE_RE.search(after):
        after = after[: next_grade.start()]
    return before[-30:] + " " + after


_YEAR_AFTER_GRADE = re.compile(
    rf"^\W*(?:overall\W+)?(?:(?:in|during)\s+(?:{_MONTH}\s+)?)?\(?(?:19|20)\d\d\b", re.I
)


_GRADING_WORD = re.compile(
    rf"\b(?:{GRADING_VERBS}|deemed|ratings?|grades?|judgements?|found)\b", re.I
)
_PART_OF = re.compile(r"\b(?P<of>of|for|with|to|among|by)\s+(?:[\w’'-]+\s+){0,2}$", re.I)
_NARROWED_AFTER = re.compile(
    r"\s+(?:who|whom|whose|with|without|placed|living|aged|at|from|out)\b", re.I
)
"""Words after a judgement's name that narrow it to some of its children ('care leavers who
misuse drugs and alcohol', 'children in care placed out of area')."""


def _said_of_a_part(sentence: str, m: re.Match) -> bool:
    """True when a grade word is said, with no word of grading in its clause, of a subject
    headed by a part of the work that names a judgement only after a preposition and
    narrowed to some of its children ('The quality of direct work with disabled children
    in care requires improvement', 'Planning for care leavers who misuse drugs and alcohol
    is inadequate'): plain English of that part, not the judgement's grade (was: read as
    that judgement's and contradicted by the table). Not a subject the judgement heads
    ('Services for children in care are good'), nor the whole of its work ('the
    contribution made by the adoption service is good')."""
    clause = sentence[clause_start(sentence, m.start(), Break.COMMA) : m.start()]
    while framed := FRAMING_PHRASE.match(clause):
        if not framed.end():
            break
        clause = clause[framed.end() :]
    judgement = JUDGEMENT_RE.search(clause)
    if judgement is None or _GRADING_WORD.search(clause):
        return False
    before = clause[: judgement.start()]
    part = _PART_OF.search(before)
    if part is None or not heads_a_part(before):
        return False
    narrowed = heads_a_part(before[part.end("of") :]) or _NARROWED_AFTER.match(
        clause, judgement.end()
    )
    return bool(narrowed)


_COPULA_END = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:is|are|was|were|been|remains?|remained|stays?|stayed)"
    r"(?:\s+(?:now|still|also|again|consistently|generally|mostly|largely|overall))*\W{0,2}$",
    re.I,
)
_PRONOUN = re.compile(r"^\W*(?:it|they|this|these|that|those|all|both|each|everything)\b", re.I)
_PROPER_NAME = re.compile(r"(?:[A-Z][\w’'-]*\s*)+")
"""A subject of capitalised words only ('Ashbury', 'North Ashbury'): a place, the council
by a name the council table may lack."""


_AREA_WORD = re.compile(rf"\b{_AREAS}\b|\barea\b", re.I)
"""A subject counting the judgements ('Three of the four areas were good')."""


def _said_of_a_thing(sentence: str, m: re.Match) -> bool:
    """True when a grade word is the predicate ('is', 'are now', 'remains') of a subject
    that names no judgement, no council or service as a whole and is no pronoun, with no
    word of grading in its clause ('Social work practice is good', 'The quality of plans
    is now good'): praise of that work in plain English, a finding, not the service's grade
    (was a rating with no judgement, contradicted by a table with no good area). A
    judgement, its areas or the service as subject stays a grade ('Help and protection is
    now good', 'Three of the four areas were good', 'Children's services in Dudley remain
    good')."""
    clause = sentence[clause_start(sentence, m.start(), Break.COMMA) : m.start()]
    while (framed := FRAMING_PHRASE.match(clause)) and framed.end():
        clause = clause[framed.end() :]
    copula = _COPULA_END.search(clause)
    if copula is None or _GRADING_WORD.search(clause) or JUDGEMENT_RE.search(clause):
        return False
    subject = clause[: copula.start()].strip(" ,;:“‘\"'")
    if not subject or _PRONOUN.match(subject) or _PROPER_NAME.fullmatch(subject):
        return False
    if names_only_the_whole(subject):
        return False
    if _AREA_WORD.search(subject):
        return False  # 'Three of the four areas were good': the judgements, counted
    return names_part(subject) and not WHOLE_SERVICE.search(subject)


_RECEIVED_BEFORE = re.compile(
    r"\b(?:receiv(?:e|es|ed|ing)|get(?:s|ting)?|got|giv(?:e|es|en|ing)|provid(?:e|es|ed|ing))"
    r"\s+(?:(?:an?|the|some|very|consistently|mostly)\s+)*$",
    re.I,
)
_THING_AFTER = re.compile(
    r"\s+(?:support|help|care|practice|work|offer|services?|provision)\b(?!\s+(?:ratings?|grades?)\b)",
    re.I,
)
"""A grade word between a verb of receiving or giving and the thing given ('received good
support', 'get outstanding care', 'provide good help'): what is given, described in plain
English, no grade (a grade is 'rated', 'judged', or 'received a good rating')."""


_OF_AREAS = re.compile(
    r"\b(?:(?:other|remaining)\s+(?:areas?|judgements?)|rat(?:ed|ing|ings)|judged|judgements?"
    r"|grades?|graded)\b",
    re.I,
)


def _received(sentence: str, m: re.Match) -> bool:
    """True for a grade word between a verb of receiving or giving and the thing given
    (``_RECEIVED_BEFORE``, ``_THING_AFTER``) in a sentence that speaks of no areas or
    ratings: 'Care leavers told inspectors they received good support from their personal
    advisers'. Beside areas it is the area's grade ('Inspectors said care leavers received
    good support, although other areas lagged behind')."""
    return (
        bool(_RECEIVED_BEFORE.search(sentence, 0, m.start()))
        and bool(_THING_AFTER.match(sentence, m.end()))
        and not _OF_AREAS.search(sentence)
    )


def _is_rating(sentence: str, m: re.Match) -> bool:
    """A grade word used as a rating: in quote marks, after 'rated as'/'judged', before
    'rating'/'overall', or (not for 'good', a common adjective) in a sentence about
    judgements or ratings; never an adjective of a noun ('good news', ``GRADE_AS_ADJECTIVE``)."""
    before = sentence[max(0, m.start() - 1) : m.start()]
    after = sentence[m.end() : m.end() + 1]
    if before and after and before in "‘“'\"" and after in "’”'\"":
        return True
    if GRADE_OF_BOARD.match(sentence, m.end()):
        return True  # 'an outstanding safeguarding children board': the board's grade
    if GRADE_AS_ADJECTIVE.match(sentence, m.end()) or GRADE_OF_ABILITY.match(sentence, m.end()):
        return False  # 'good news', 'our outstanding staff', 'good at keeping': no grade
    if _received(sentence, m):
        return False  # 'care leavers received good support': what they get, no grade
    if _said_of_a_part(sentence, m) or _said_of_a_thing(sentence, m):
        return False  # 'Planning for care leavers who ... is inadequate': no grade
    if TOP_GRADE_RE.match(m.group()) or _GRADE_NAME.search(m.group()):
        return True
    if _RATED_BEFORE.search(sentence[: m.start()]) or _RATING_AFTER.match(sentence[m.end() :]):
        return True
    if _changed_to(sentence, m) or _LISTED_AFTER.search(sentence[: m.start()]):
        return True
    if _RATED_OBJECT_BEFORE.search(sentence[: m.start()]):
        return True
    if m.lastgroup == "requires_improvement" and (
        _judgement_requires(sentence, m) or _whole_requires(sentence, m)
    ):
        return True
    if _headline_grade(sentence, m) or _given_after_colon(sentence, m):
        return True
    if not _RATING_CONTEXT.search(sentence):
        return False
    return m.lastgroup != "good" or _names_judgement_after(sentence, m)


_HEADLINE_WORDS = 14
"""Words a headline holds at most."""


def _headline_grade(sentence: str, m: re.Match) -> bool:
    """True for a grade word that is a headline's predicate: a short line with no stop
    that names Ofsted, the grade ending it or its clause ('Westminster outstanding again,
    says Ofsted', 'Ofsted: children's services in Hammersmith and Fulham outstanding';
    history20: no grade was read, so the headline was no claim, or a finding no passage
    says). Not a grade before a noun ('Good news: Ofsted praises ...')."""
    line = sentence.rstrip()
    if not line or line[-1] in ".!?" or len(line.split()) > _HEADLINE_WORDS:
        return False
    return bool(HEADLINE_SOURCE.search(line)) and bool(HEADLINE_GRADE_ENDS.match(line, m.end()))


def _given_after_colon(sentence: str, m: re.Match) -> bool:
    """True for a grade word after a colon that a verdict, rating or grade, or a judgement's
    name, stands before in its clause, the grade ending the clause ('The regulator's
    verdict on the impact of leaders: outstanding', 'Care leavers: good'): the colon gives
    the grade as 'was rated' would (ratings21: no grade was read, so the rating was a fact
    or a finding left not_checkable). Not a grade before a noun ('The verdict: good
    progress')."""
    before = sentence[: m.start()]
    if not GRADE_ENDS_CLAUSE.match(sentence, m.end()):
        return False
    if VERDICT_BEFORE_COLON.search(before):
        return True
    head = _CLAUSE_BEFORE_COLON.search(before)
    return head is not None and JUDGEMENT_RE.search(head["clause"]) is not None


_CLAUSE_BEFORE_COLON = re.compile(r"(?:^|[.;!?])(?P<clause>[^.;:!?]*):\s*[‘'\"“]?$")
"""The clause a colon closes, right before a grade word ('Care leavers: good'): where a
judgement's name must stand for the colon to give it the grade."""


_JUDGEMENT_REQUIRES = re.compile(
    r"^[’']?(?:\s*,\s*which\s+(?:[\w’'-]+\s+){1,3}(?:said|says|found|judged|believes?)\s*,?"
    r"|(?:\s+services?)?\s*,\s*(?:which|that)\b[^,;]{0,80},|\s+services)?"
    r"\s+(?:(?:still|now|also|both|all|currently|continues? to|continued to)\s+"
    r"|(?:was|were|is|are)\s+the\s+(?:only|one|sole)\s+(?:area|judgement|service)s?"
    r"\s+(?:to|that|which)\s+(?:still\s+)?)?$",
    re.I,
)
"""The words a judgement's name and its 'requires improvement' may stand apart by when the
name is the verb's subject: none, 'still', ', which the watchdog said', or an aside of its
own (', which was inadequate in 2015,', grades10), 'both' after two names, or the name
singled out ('Help and protection was the only area to require improvement', compare13:
no claim); the name's 'services' first or not ('Help
and protection services require improvement', extract18; a singular 'service' after a name
is read with the name only in an aside: 'Bath's care leavers service required improvement
then' gave its grade to no judgement, grades10)."""


def _judgement_requires(sentence: str, m: re.Match) -> bool:
    """True when 'requires improvement' is said as a verb of a judgement named as its
    subject ('Help and protection still requires improvement', 'children in care, which
    Ofsted said requires improvement'): the judgement's grade, not a finding's plain
    English ('the quality of plans requires improvement' names no judgement)."""
    named = list(JUDGEMENT_RE.finditer(sentence[: m.start()]))
    return bool(named) and bool(_JUDGEMENT_REQUIRES.match(sentence[named[-1].end() : m.start()]))


def _whole_requires(sentence: str, m: re.Match) -> bool:
    """True when 'requires improvement' is said as a verb of the whole service named as
    its clause's subject, with nothing else before it but 'still', 'now' or 'remain'
    ('Children's services in Dudley still require improvement', 'The council's services
    require improvement'): the service's grade (was no claim at all, so a wrong grade said
    that way went unchecked); not a part's plain English ('the quality of plans requires
    improvement', 'practice still requires improvement': ``names_only_the_whole``)."""
    before = sentence[clause_start(sentence, m.start()) : m.start()]
    subject = _past_frame_dropped(before.strip(" ,;:“‘\"'"))
    return names_only_the_whole(subject) or bool(_AREAS_REQUIRE.search(subject))


_AREAS_REQUIRE = re.compile(
    rf"^(?:the\s+)?(?:majority|most|all|both|half|{_NUM})\b(?!.*\bin\b)"
    rf"(?:\s+[\w’'-]+){{0,4}}?\s+{_AREAS}(?:\s+(?:still|now|also|all|both))?$",
    re.I,
)
"""The judged areas counted as the subject of 'require improvement' ('The majority of the
areas required improvement', 'Two of the four judgements still require improvement':
ratings14, history20: no grade was read, so the share was a finding no passage says)."""


def _past_frame_dropped(subject: str) -> str:
    """``subject`` without an opening that dates it to an earlier visit ('Three years ago
    the services', 'At the last inspection the council': ``AT_EARLIER_VISIT``): the grade
    is still given to the whole, an earlier one (facts5, recall20: 'Three years ago the
    council required improvement' was no claim, a wrong earlier grade unchecked)."""
    frame = AT_EARLIER_VISIT.match(subject)
    return subject[frame.end() :].lstrip(" ,") if frame else subject


_TITLE = rf"(?i:{FORMAL_TITLE})[’']?(?:\s+(?i:services?))?"
_TITLES = rf"{_TITLE}(?:(?:\s*,\s*(?i:and\s+)?|\s+(?i:and)\s+){_TITLE})*"
"""One judgement's title, or several listed ('the impact of leaders, help and protection
and care leavers'), as the object of one rating verb."""
_RATED_OBJECT_BEFORE = re.compile(
    rf"\b(?i:{GRADING_VERBS}|deemed|found)\s+"
    r"(?:(?i:the|its|their|our)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?i:council|services?|authority|borough|county|department|trust|company)"
    rf"(?:\s+(?i:for|to)\s+(?i:{FORMAL_TITLE}))?"
    r"|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}(?:[’']s(?:\s+children[’']s)?\s+services?)?"
    rf"|{_TITLES}(?:\s+(?i:all|both))?)"
    r"\s+(?i:as\s+|to\s+be\s+)?\W?$"
)
"""A rating verb, the council or its service as its object, then the grade: 'graded the
council good', 'rated Surrey's services good', 'judged the service as good' ('good' too:
the verb makes it a grade; not 'rated the quality of visits good', a finding), or a
judgement by its title, its service or a possessive ('rated help and protection good',
'judged care leavers' services to be good', 'judged the council's services for children in
care to be good'), or several titles graded together ('rated the impact of leaders, help
and protection and care leavers all good': ratings21, the 'good' was read as an adjective,
so the rating was a finding). 'Found' is one of them here
only: 'found the council outstanding' grades the council itself."""


def _names_judgement_after(sentence: str, m: re.Match) -> bool:
    """True when a grade word, listed after another grade, gives itself to a judgement
    named just after it: 'outstanding for the impact of leaders, and good for help and
    protection' (the 'good' is the second area's grade, not an adjective)."""
    if not GRADE_RE.search(sentence[: m.start()]):
        return False
    judgement = JUDGEMENT_RE.search(sentence, m.end())
    if judgement is None or judgement.start() - m.end() > _MAX_GRADE_DISTANCE:
        return False
    between = sentence[m.end() : judgement.start()]
    return bool(_GIVEN_TO.match(between)) and not GRADE_RE.search(between)


_GIVEN_TO = re.compile(r"^[\s’'\"”]*(?:for|in)\b[^.;:,]*$", re.I)


_LISTED_AFTER = re.compile(
    rf"\b{RELEASE_GRADE}\W+(?:overall\W+)?(?:in (?:{_MONTH} )?(?:19|20)\d\d\W+)?"
    r"(?:and|then|but|before)\W+(?:(?:was|is|now|then)\W+)?$",
    re.I,
)
"""A grade listed after another, dated or not: 'rated requires improvement in 2014 and
good in 2019'."""


def _changed_to(sentence: str, m: re.Match) -> bool:
    """True for the grade a change of grade reaches ('improved from good to outstanding'):
    today's grade, however plainly said (the one it left is ``_previous``'s)."""
    change = _FROM_TO.search(sentence)
    if change is None or m.start() < change.end():
        return False
    return not sentence[change.end() : m.start()].strip(" ‘’“”'\"")


_MAX_GRADE_DISTANCE = 120
"""Characters between a judgement's name and the grade it is given, at most."""
_CONTRAST = re.compile(r"\b(?:but|while|whilst|whereas|however|(?:al)?though|concerns?)\b", re.I)


_ANOTHER_THAT = re.compile(r"\b(?:and|but|or)\s+that\b", re.I)
"""A second clause reported after the first ('found that A are adequate, and that placement
stability is good'): its own subject has its grade, not a judgement named in the first."""


_OPENING_OVERALL = re.compile(r"overall\s*,", re.I)
_LINK = re.compile(
    r"^[\s’'\"”]*(?:(?:ratings?|judgements?|grades?)\s+)?"
    rf"(?:(?:by|from) (?:the )?{INSPECTORS_NAMED.pattern}\s+)?"
    rf"(?:(?:in|for|across|around)\b(?:(?!\b(?:{EXCEPTIONS}|but)\b)[^;:])*"
    rf"|(?:overall\s*)?(?:(?:by|from) (?:the )?{INSPECTORS_NAMED.pattern}\s*)?"
    r",\s*as\s+(?:was|were|is|are|(?:has|have|had)\s+been)"
    r"\s+(?:(?:the|its|their)\s+)?(?:(?:services?|work)\s+(?:for|to|with)\s+(?:the\s+)?)?)?$",
    re.I,
)
"""What may stand between a grade and the judgement it names after it: nothing but marks
('‘Good’ overall') or a preposition, after who gave it or not ('good for care leavers',
'the highest accolade from Ofsted for the impact of its leaders', 'Good in the safeguarding
and children in care categories', 'good ratings for A, B and C'), never an exception
('good in every area apart from children in care': that one is not good); or ', as was' the
judgement named after it ('rated good overall, as was the leadership': fresh17, the
leadership was given no grade)."""


def _grade_for(sentence: str, judgement: re.Match, hits: list[re.Match]) -> re.Match | None:
    """The grade a judgement's name is given: the grade just before it when that grade
    names it ('rated good for care leavers'), else the first grade after it ('the overall
    services were rated inadequate', 'impact of leaders, judged requires improvement');
    never across a contrast ('but', 'while'), another grade word (rated or not: 'good for
    A and requires improvement for B' gives A nothing from the second grade; but 'A declined
    from good to requires improvement' gives A the grade it reached) or further than
    ``_MAX_GRADE_DISTANCE``; not the grade before when the name is the subject of its own
    grade after it (``_OWN_PREDICATE``). A contrast word set off by commas is no contrast
    between them ('Adoption and care leavers, though, were found to be good': faithful5,
    the grade went to no area, so the rating was left not_checkable).

    A grade before the name and joined to it by 'and' or a comma belongs to another
    judgement ('also judged to require improvement and [...] help and protection, which
    is judged inadequate')."""

    def reachable(m: re.Match) -> bool:
        lo, hi = sorted((judgement.start(), m.start()))
        near = abs(judgement.start() - m.start()) <= _MAX_GRADE_DISTANCE
        between = sentence[min(judgement.end(), m.end()) : max(judgement.start(), m.start())]
        crosses = GRADE_RE.search(between) and not _changed_to(sentence, m)
        span = CONTRAST_ASIDE.sub(" ", sentence[lo:hi])  # ', though,' joins, not parts
        apart = _CONTRAST.search(span) or _ANOTHER_THAT.search(span)
        return near and not apart and not crosses

    before = [m for m in hits if m.end() <= judgement.start() and reachable(m)]
    after = [m for m in hits if m.start() >= judgement.end() and reachable(m)]
    if after:  # the asides read once for all the grades after the name, not for each
        apart = _apart_from(sentence, judgement)
        after = [m for m in after if m.start() < apart]
    own = after and _OWN_PREDICATE.match(sentence[judgement.end() : after[0].start()])
    if before and not own and _linked_before(sentence, before[-1], judgement):
        return before[-1]
    if not after or _in_closed_aside(sentence, judgement, after[0]):
        return None
    if _excepted(sentence, judgement) and not _OWN_ASIDE.match(sentence, judgement.end()):
        return None  # 'every area apart from adoption was judged inadequate': not adoption
    return after[0] if _not_anothers(sentence, judgement, after[0]) else None


_AREAS_BEFORE_GRADE = re.compile(rf"\b{_AREAS}\b|\b(?:area|judgement|category)\b", re.I)
_LISTED_AFTER_COLON = re.compile(
    r"^[\s’'\"”]*:\s*(?:[^.;:]*?(?:,|\band\b)\s*)?(?:(?:the|its)\s+)?$", re.I
)
"""Between a grade and a judgement's name: a colon, then the name, first or later in the
list after it ('judged to require improvement: help and protection', 'rated outstanding:
the impact of leaders and care leavers')."""


def _linked_before(sentence: str, grade: re.Match, judgement: re.Match) -> bool:
    """True when the grade before a judgement's name is given to it: linked by a
    preposition or nothing (``_LINK``), or by a colon listing the areas a grade counts
    ('the one area judged to require improvement: help and protection': ratings18, the
    grade went to no area, so the rating was left not_checkable). The colon links only
    after words counting areas or judgements: after a grade of the whole ('rated good:
    help and protection has improved') what follows is a sentence of its own."""
    between = sentence[grade.end() : judgement.start()]
    if _LINK.match(between):
        return True
    if not _LISTED_AFTER_COLON.match(between):
        return False
    return bool(
        _AREAS_BEFORE_GRADE.search(sentence, clause_start(sentence, grade.start()), grade.start())
    )


def _apart_from(sentence: str, judgement: re.Match) -> int:
    """Where the first aside holding the judgement's name and setting it apart from the
    clause's subject closes (the sentence's end when none does): a grade from there on is the
    subject's ('Care leavers, unlike children in care, were rated good' gives children in
    care nothing)."""
    return min(
        (
            a.end()
            for a in _SET_APART_ASIDE.finditer(sentence)
            if a.start() < judgement.start() and judgement.end() <= a.end()
        ),
        default=len(sentence),
    )


def adequate_given(sentence: str) -> JudgementName | None:
    """The judgement a pre-2013 'adequate' is given to ('Outcomes for looked after children
    were judged adequate', 'judged the council's capacity to improve as adequate'), by the
    rule today's grades are given by (``_grade_for``); None when it is given to none named.
    Extraction cannot tell that scale's grade from an earlier inspection's (none since 2013
    gives it: ``_previous``), so the check reads this only of a report on that scale
    (``check.grades.adequate_of_its_time``; grades17: the grade was checked against the
    whole service, and an 'adequate' given to a judgement graded inadequate was not
    flagged)."""
    if not _RATED_ADEQUATE.search(sentence):
        return None
    hits = list(ADEQUATE_RE.finditer(sentence))
    for judgement in JUDGEMENT_RE.finditer(sentence):
        if _grade_for(sentence, judgement, hits) is not None:
            return judgement.lastgroup  # type: ignore[return-value]  # a JudgementName
    return None


_EXCEPTED = re.compile(rf"\b(?:{EXCEPTIONS})\s+(?:(?:the|its|their|for|of)\s+)*$", re.I)
_LISTED_BEFORE = re.compile(r"^(?:\s*,)?\s*(?:and|or)?\s*(?:the\s+|its\s+)?$", re.I)
_OWN_ASIDE = re.compile(r"(?:\s+services?)?\s*,\s*(?:which|that|who)\b", re.I)
"""A relative clause opened just after a judgement's name: its grade is the judgement's
own ('every area except adoption, which was judged good')."""


def _excepted(sentence: str, judgement: re.Match) -> bool:
    """True when the judgement is named as an exception to what is said of all, alone or
    listed with others ('every area apart from adoption', 'every area but adoption and care
    leavers'): the grade said of all after it is not its grade (compare13: 'Every area
    apart from adoption was judged inadequate, and adoption services retained their
    requires improvement rating' gave adoption inadequate, contradicted against 2013)."""
    end = judgement.start()
    while True:
        before = sentence[:end]
        if _EXCEPTED.search(before):
            return True
        listed = [
            m for m in JUDGEMENT_RE.finditer(before) if _LISTED_BEFORE.match(before[m.end() :])
        ]
        if not listed:
            return False
        end = listed[-1].start()


_OWN_PREDICATE = re.compile(
    r"^[\s’'\"”]*(?:(?:was|were|is|are|has|have|had|been|being|now|also|both|each|all"
    r"|judged|rated|graded|deemed|found|assessed|as|to be)\s+){1,5}[‘'\"“]?$",
    re.I,
)
"""Nothing but its own grading verb between a judgement and the grade after it ('with
services for children in care judged outstanding'): the judgement is that grade's subject,
whatever grade a preposition before it might link it to ('rated good for the second time
in a row, with services for children in care ...')."""


_OPENED_AFTER_GRADE = re.compile(rf"\b{RELEASE_GRADE}[’'\"”]?\s*(?:\(|[–—-]\s)[^()–—]*$", re.I)
"""An aside opened just after a grade word, still open ('three areas good – leadership, ...',
'three areas good (leadership, ...')."""


def _in_closed_aside(sentence: str, judgement: re.Match, grade: re.Match) -> bool:
    """True when the judgement's name stands in an aside (between spaced dashes, or in
    brackets) opened just after a grade word and closed before the grade after it: the
    aside names what that first grade was given ('judged three areas good – leadership,
    help and protection, and children in care – and care leavers outstanding': the three
    are not outstanding). An aside naming the subject ('Two areas – help and protection
    and care leavers – were rated good') opens after no grade, and keeps the grade after."""
    if not _OPENED_AFTER_GRADE.search(sentence[: judgement.start()]):
        return False
    return bool(re.search(r"\)|\s[–—-]\s", sentence[judgement.end() : grade.start()]))


_LISTED_WITH = re.compile(
    r"[\s,]*(?:(?:and|or|plus|as well as|along with|together with|&)\s+)?"
    rf"(?:the\s+|its\s+)?(?:{TITLE_OPENING})?",
    re.I,
)


_SET_APART_ASIDE = re.compile(rf"(?:\s+services?)?\s*,\s*{SET_APART}[^,;]*,", re.I)
"""An aside set off by commas that sets another judgement apart from the one named before it
('Services for care leavers, graded separately from those for children in care, were ...')."""


def _not_anothers(sentence: str, judgement: re.Match, grade: re.Match) -> bool:
    """False when another judgement, not listed with this one, is named between this one and
    the grade after it: that one is given the grade ('Council leaders were told help and
    protection was good' grades help and protection, not leaders); 'help and protection
    and children in care were good' lists both. One named in an aside that sets it apart
    (``SET_APART``) is not the grade's subject: this one, before the aside, is."""
    start = judgement.end()
    aside = _SET_APART_ASIDE.match(sentence, start)
    if aside and aside.end() <= grade.start():
        start = aside.end()
    between = sentence[start : grade.start()]
    other = JUDGEMENT_RE.search(between)
    return other is None or _LISTED_WITH.fullmatch(between[: other.start()]) is not None


_QUANTIFIER_NEEDS = re.compile(
    r"area|judgement|categor|\ball\b|\bhalf\b|\boverall\b|%|per ?cent|across the board", re.I
)
"""A word every reading of ``_QUANTIFIER`` holds (what it counts, 'all', 'half', 'overall',
a percentage or 'across the board'): a sentence with none has no quantifier, read at a
glance, not by the whole pattern (about a millisecond a sentence, tried at every place
of it: a fifth of reading a hostile release of filler lines)."""


def _quantifier(
    sentence: str,
) -> tuple[str | None, int | None, int | None, float | None, int | None]:
    """The sentence's quantifier of judgements, its count, total, percentage and how many
    a quantifier of all leaves out ('all but one of the judgements': the one parse of it,
    which the checks read, never the quantifier's words again): a count, share or 'all'
    before a bare 'half' or 'overall' ('Overall, the borough was rated good or outstanding
    in four of the five areas' counts four of five)."""
    if not _QUANTIFIER_NEEDS.search(sentence):
        return None, None, None, None, None
    found = list(_QUANTIFIER.finditer(sentence))
    m = next((q for q in found if not (q.group("half") or q.group("overall"))), None)
    m = m or (found[0] if found else None)
    if not m:
        return None, None, None, None, None
    if m.group("all_areas_but"):
        # 'all areas but two': every reading's total less two
        return m.group(), None, None, None, number(m.group("areas_but"))
    if m.group("all_but"):
        return m.group(), None, number(m.group("but_of") or ""), None, number(m.group("but"))
    return (*_counted(m), None)


def _counted(m: re.Match[str]) -> tuple[str | None, int | None, int | None, float | None]:
    """A quantifier not of all but some: its words, count, total and percentage."""
    if m.group("pct"):
        return m.group("pct"), None, None, percent_number(m.group("pct_n"))
    if m.group("all"):
        # "all four areas" and "every one of the five judgements" count them (the last
        # number); "all areas", "every area", "each of the areas" and a grade "across the
        # board" say all without a number.
        total = next((number(w) for w in reversed(m.group("all").split()) if number(w)), None)
        return (m.group("all"), total, total, None) if total else ("all", None, None, None)
    if m.group("most"):
        return m.group(), None, number(m.group("most_of") or ""), None
    if m.group("count"):
        return m.group().strip(), number(m.group("count")), number(m.group("of") or ""), None
    if m.group("one_area"):
        return m.group(), 1, None, None  # 'inadequate in one area': a count of one
    if m.group("none"):
        return m.group(), 0, number(m.group("none_of") or ""), None
    if m.group("only"):
        return m.group(), 1, number(m.group("only_of") or ""), None
    if m.group("frac"):
        return m.group(), None, number(m.group("frac_of") or ""), fraction(m.group("frac_w"))
    return m.group(), None, None, (50.0 if m.group("half") else None)


def _lead_inspector(sentence: str) -> str | None:
    """Who the sentence says led the inspection: by 'led by' or with the lead as subject."""
    if led := LED_BY.search(sentence):
        return led.group("name")
    if led := LEAD_NAMED.search(sentence):
        return next(name for name in led.groups() if name)
    return None


def _team_size(sentence: str) -> int | None:
    """The whole team's size, when the sentence is about Ofsted's team: not a team of
    others a finding names ('A 12-strong team of social workers supports care leavers,
    Ofsted found': Ofsted frames the finding; the team is the council's), nor one with
    another inspectorate ('Three inspectors from the Care Quality Commission'). Each was
    compared with the printed team and contradicted."""
    m = _TEAM_SIZE.search(sentence)
    if m is None or not _OFSTED_NEAR.search(framing_blanked(sentence)):
        return None
    if _TEAM_OF_OTHERS.match(sentence, m.end()) or OTHER_INSPECTORATE.search(sentence):
        return None
    return number(m.group("n") or m.group("m"))


_TEAM_OF_OTHERS = re.compile(
    r"\s+of\s+(?!(?:(?:her|his)\s+majesty|ofsted|inspectors?|hmis?|social\s+care\s+regulatory)\b)",
    re.I,
)
"""'a 12-strong team of social workers': a team the words after it say is not inspectors."""


_VISIT = re.compile(
    r"\b(?:inspect\w*|visit\w*|took place|carried out|conducted|on site|spent|team|ofsted)\b",
    re.I,
)
"""Words of the visit or its team: a duration or date is the inspection's only in a clause
that speaks of them ('conferences held within 15 days' is a duration of something else)."""


_A_STAY = re.compile(r"-(?:day|week)s?(?:\s+long)?\s+(?:period|stint|spell|stay)\b", re.I)
"""A duration written onto a span of time ('for a two-week period'): the visit's, in a
clause speaking of it."""
_OF_ANOTHER_NOUN = re.compile(r"-(?:day|week)s?(?:\s+[a-z][\w’'-]*){1,3}", re.I)
"""A duration written onto the noun it measures ('a 12-week recruitment drive')."""


def _durations(sentence: str) -> tuple[int | None, int | None]:
    """The days and weeks a clause speaking of the visit gives it ('a two-week inspection',
    'spent five days'; inspectors framing a finding, 'inspectors found', speak of no visit);
    not a duration written onto another noun ('The five-day inspection
    came at the end of a 12-week recruitment drive': the drive's, was contradicted)."""
    days = weeks = None
    if not _VISIT.search(framing_blanked(sentence)):
        return days, weeks  # 'Children wait up to 12 weeks ..., inspectors found
    for m in _DURATION.finditer(sentence):
        if _measures_another_noun(sentence, m) or _time_allowed(sentence, m):
            continue
        if m["fortnight"] or m["week"] or m["a_week"]:
            weeks = weeks or (2 if m["fortnight"] else 1)
        elif m.group("unit").lower() == "day":
            days = days or number(m.group("n"))
        else:
            weeks = weeks or number(m.group("n"))
    return days, weeks


def _time_allowed(sentence: str, m: re.Match) -> bool:
    """True when the duration at ``m`` is a time allowed to do something ('has 70 working
    days to send Ofsted a plan'): words of allowing before it, a purpose after it."""
    return bool(TIME_ALLOWED.search(sentence, 0, m.start())) and bool(
        FOR_A_PURPOSE.match(sentence, m.end())
    )


def _measures_another_noun(sentence: str, m: re.Match) -> bool:
    """True when the duration at ``m`` is written onto a noun ('12-week recruitment drive')
    and no word of the visit stands in the few words it measures."""
    start = m.start("unit") - 1 if m["unit"] else m.start()
    onto = _OF_ANOTHER_NOUN.match(sentence, start)
    if onto is None or sentence[start] != "-":
        return False
    return not _VISIT.search(sentence, onto.start(), onto.end()) and not _A_STAY.match(
        sentence, onto.start()
    )


_LOOKING_BACK = re.compile(
    r"\b(?:previous\w*|earlier|former|prior|last (?:\w+ )?(?:inspection|visit|report)"
    r"|(?:last|previously) (?:inspected|visited|came)|last time)\b",
    re.I,
)
"""Words that put a clause's date on an earlier inspection ('its previous inspection
report published in March 2020', 'Ofsted last inspected ... in December 2010'), not this
one."""


def fact_clause(sentence: str, year_hint: int | None = None) -> tuple[tuple[int, int], ...]:
    """``(fact, rest)`` spans when the sentence states the inspection's dates, months,
    duration, team or the years since the last one in a clause of its own at its start or
    its end, and something else in the rest ("Following a four-week inspection in
    February, inspectors found ...", "... rated good in its latest inspection, which took
    place between 11 and 21 July"); empty otherwise, and when the rest dates it to an
    earlier visit ('At the last inspection in 2017, a team of four inspectors spent three
    weeks': split off, the team and weeks were this visit's and contradicted). Each part is
    its own claim, so a wrong date is flagged on the words that state it, and the rest is
    judged on its own.
    """
    spans = clause_spans(sentence, Break.BOUND)
    if len(spans) < 2:
        return ()
    starts, ends = [joined_at(sentence, a, b) for a, b in spans], [b for _, b in spans]
    stating = [
        i
        for i, (a, b) in enumerate(zip(starts, ends, strict=True))
        if _states_visit(sentence[a:b], year_hint)
    ]
    if not stating:
        return ()
    framed = (
        not (m["y"] or m["z"])  # a year is weighed against the visit's when checked
        for i, (a, b) in enumerate(zip(starts, ends, strict=True))
        if i not in stating
        for m in AT_EARLIER_VISIT.finditer(sentence, a, b)
    )
    if any(framed):
        return ()  # 'At the last inspection in 2017, a team of four ...': that visit's team
    lo, hi, last = stating[0], stating[-1], len(starts) - 1
    if lo == 0 and hi < last:
        return (0, ends[hi]), (starts[hi + 1], len(sentence))
    if hi == last and lo > 0:
        return (starts[lo], len(sentence)), (0, ends[lo - 1])
    return ()


def _states_visit(clause: str, year_hint: int | None) -> bool:
    """A clause about the visit stating a value its printed facts settle."""
    if SINCE_LAST.search(clause):
        return True
    if not _VISIT.search(clause) or _LOOKING_BACK.search(clause):
        return False
    v = parse_values(clause, year_hint)
    if v.grades or v.previous_grade:
        return False  # a clause that grades is a rating's ('an inspection in 2015 found
        # them to be inadequate'), not the visit's account of itself
    return bool(v.dates or v.months or stated_visit(v))


_BARE_MONTH = re.compile(
    rf"\b(?:in|during|between|and|from|to|until|over|of|last|across|through|throughout|into)"
    rf" (?P<m>{_MONTH})\b(?! \d{{1,2}}\b)"
)


def bare_months(sentence: str) -> list[int]:
    """Months named without a day ('a five-day inspection in March', 'during January
    and February', 'over seven days across July and August': was August alone, and a
    visit begun in July was contradicted), as 1-12; months of full dates are in
    ``parse_dates``."""
    taken = date_spans(sentence)
    return sorted(
        {
            month_number(m.group("m"))
            for m in _BARE_MONTH.finditer(sentence)
            if not any(a <= m.start("m") < b for a, b in taken)
        }
    )


def first_grade(sentence: str) -> Grade | None:
    """The grade the sentence says was given for the first time, if any: the one 'first'
    comes right before ('its first “outstanding” rating'), else, when it says 'for the first
    time', the rating named last before that ('rated outstanding by Ofsted for the first
    time'), else the first one after it ('for the first time, rated outstanding'); only a
    rating in the clause saying it: in another ('judges care leavers separately for the
    first time, and Oxfordshire's were rated good') the first is of something else."""
    if m := _FIRST_GRADE.search(sentence):
        return grade_of(m["grade"])
    time = _FIRST_TIME.search(sentence)
    if time is None:
        return None
    ratings = [
        m
        for m in GRADE_RE.finditer(sentence)
        if _is_rating(sentence, m) and _one_clause(sentence, m.start(), time.start())
    ]
    before = [m for m in ratings if m.end() <= time.start()]
    after = [m for m in ratings if m.start() >= time.end()]
    chosen = before[-1] if before else after[0] if after else None
    return chosen.lastgroup if chosen else None


_COMMA_JOIN = re.compile(r",\s*(?:and|but|while|whilst|whereas|(?:al)?though|yet)\b", re.I)
"""A comma and a conjunction: the words after it are another clause, whatever its subject
('..., and Oxfordshire's were rated good')."""


def _one_clause(sentence: str, a: int, b: int) -> bool:
    """True when no conjunction between clauses (nor a stop) stands between ``a`` and ``b``."""
    a, b = min(a, b), max(a, b)
    return clause_start(sentence, b, Break.JOIN) <= a and not _COMMA_JOIN.search(sentence, a, b)


def _previous(sentence: str) -> tuple[int | None, Grade | None, int]:
    """The earlier inspection's year and grade, and where its mention begins (so that
    grade is not taken for the current one). The pre-2013 scale's 'adequate' is a grade
    of an earlier inspection (no inspection since 2013 gives it): 'rated adequate in
    2011' states one. A change of grade ('from good to outstanding') gives the earlier
    grade only: both grades stay in the sentence's grades, the first one timed as
    earlier."""
    m = _PREVIOUS_YEAR.search(sentence)
    if not m:
        change = _FROM_TO.search(sentence)
        since = SINCE_YEAR.search(sentence)  # the year a change of grade is counted from
        if change:
            year = change.group("y") or (since and since.group("y"))
            return int(year) if year else None, grade_of(change.group("then")), len(sentence)
        left = _MOVED_FROM.search(sentence) or _BETTERED.search(sentence)
        if left:
            year = left.group("y") or (since and since.group("y"))
            return int(year) if year else None, grade_of(left.group("then")), left.start()
        if adequate := _RATED_ADEQUATE.search(sentence):
            year = YEAR.search(sentence, adequate.end()) or YEAR.search(sentence)
            return int(year.group()) if year else None, "adequate", adequate.start()
        if (counted := _CHANGED_SINCE.search(sentence)) and not grade_mentions(sentence):
            return int(counted["y"] or counted["z"]), None, len(sentence)
        return None, None, len(sentence)
    year = int(next(y for y in m.group("a", "b", "c", "d", "e", "f", "g", "h", "i") if y))
    left = _MOVED_FROM.search(sentence)
    if left and left.start() < m.start():
        # 'improved from requires improvement at its last inspection in 2018'
        return year, grade_of(left.group("then")), left.start()
    since = _FROM.search(sentence)
    anchor = min(m.start(), since.start() if since else m.start())
    now = _NOW.search(sentence, anchor)
    grade = RELEASE_OR_ADEQUATE_RE.search(
        sentence[anchor : _then_ends(sentence, m.end(), year, now.start() if now else None)]
    )
    if grade is None and (held := _HELD_AT.search(sentence[:anchor])):
        # 'which was rated requires improvement at its last inspection in 2022, is now good'
        return year, grade_of(held.group("then")), held.start()
    return year, grade_of(grade.group(0)) if grade else None, anchor


def _then_ends(sentence: str, after: int, year: int, now: int | None) -> int:
    """Where the words about the earlier inspection of ``year`` end: at 'now' or another
    year, whichever comes first ('At the last full inspection, in 2022, Blackpool required
    improvement, and in 2018 it was judged inadequate': 2018's grade is not 2022's)."""
    listed = years_listed_with(sentence, year)  # 'in 2015 and 2018': one grade for both
    other = next((y for y in YEAR.finditer(sentence, after) if int(y.group()) not in listed), None)
    ends = [e for e in (now, other.start() if other else None) if e is not None]
    return min(ends, default=len(sentence))


_RATED_ADEQUATE = re.compile(
    rf"\b(?:{GRADING_VERBS}|found|assessed|deemed)\b"
    r"(?: (?!(?:good|outstanding|inadequate|requires?)\b)[\w’'-]+){0,6}?"
    r" ['‘\"“]?adequate\b|['‘\"“]adequate['’\"”]",
    re.I,
)
"""'Adequate' given as a grade: 'rated adequate in 2011', 'found services adequate', an
‘adequate’ rating; not 'adequate support'."""


_HELD_AT = re.compile(
    rf"(?P<then>{RELEASE_OR_ADEQUATE})\b[’”'\"]?(?:\W+overall)?\W+(?:at|in|during)\W+"
    r"(?:(?:the|its|our|their)\W+)?$",
    re.I,
)
"""A grade said just before the earlier inspection it was given at: 'rated requires
improvement at its last inspection'."""


_MOVED_WITHIN = 5
"""Words between a count of areas and the direction they moved in: 'three out of five areas
rated by Ofsted improved'."""


def moved_count(sentence: str, values: ClaimValues) -> bool:
    """True when the sentence's count of areas counts those that moved ('three out of five
    areas rated by Ofsted improved', 'all three areas were unchanged'): a direction follows
    the counted areas within a few words, with no punctuation between. 'Two of the four
    areas were rated good, an improvement' counts the grade, not the move."""
    if values.count is None or not values.quantifier or values.direction is None:
        return False
    at = sentence.lower().find(values.quantifier.lower())
    if at < 0:
        return False
    after = re.match(r"(?:\s+[\w’'-]+)*", sentence[at + len(values.quantifier) :]).group()
    words = after.split()[:_MOVED_WITHIN]
    if words and _QUALIFIED.match(words[0]):
        return False  # 'eleven areas of improvement', 'two areas for development'
    return direction_of(" ".join(words)) is not None


_QUALIFIED = re.compile(r"(?:of|for|in|to|with|where|that|which)$", re.I)
"""A word that carries a count of areas on into a noun phrase, not a verb."""


def _num(m: re.Match | None, group: str) -> float | None:
    return float(m.group(group)) if m else None
