"""When a grade was given: today's, an earlier inspection's, or of a year named near it.

``_timed`` marks a grade mention now, earlier or past, with the years near it, from the
words around it (``_HISTORY``, ``_HISTORY_AFTER``, ``_NOW``), a year or time adverbial
opening its clause, a timeline's entry, a relative clause hung on a year, a span back
from the release's year ('three years ago') and the year opening a contrast.
``_before_then`` (a time before a year), ``_NOW`` and ``_FIRST_TIME`` are read again by
``earlier`` and ``parse``.
"""

from __future__ import annotations

import re

from verify.types import GradeMention
from verify.words.clauses import JOINING_WORDS, Break, clause_end, clause_start
from verify.words.dates import BEFORE_THEN, IN_MONTH, YEAR
from verify.words.grades import RELEASE_GRADE_RE as GRADE_RE
from verify.words.judgements import RELEASE_JUDGEMENT_RE as JUDGEMENT_RE
from verify.words.numbers import MONTH as _MONTH
from verify.words.numbers import NUMBER as _NUM
from verify.words.numbers import number

_FIRST_TIME = re.compile(
    r"\b(?:for )?the first time\b(?! (?:in|since|for)\b)(?![^.;]*\bsince\b)", re.I
)
"""'for the first time', 'it is the first time the council has been rated', but not 'for
the first time in a decade' or '... has been rated good since 2010': a first within a
span is no first ever."""


# Words before a grade that put it in the past: "previously rated", "the first since
# the council was rated", "at the last inspection", "up from", "two years after its
# services were judged"; not a time after this very inspection ("The report, published
# more than six months after the inspection, rates ... as inadequate"). A grade shed just
# before it ("have shaken off their inadequate rating", "lost its outstanding grade") is
# one held no longer (news14: was today's, contradicted), a headline's 'lose' too
# ("Stockport children's services lose 'good' Ofsted rating": compare22, misleading). Not
# 'from' opening a span of
# days or months ('The inspection, which took place from 5 to 16 June, found that the impact
# of leaders ... is outstanding': compare22, today's grade was read as an earlier one's and
# contradicted by the last report's). A span of grades before today's ("rated good after
# years of 'inadequate' verdicts": drift36, read as today's and contradicted).
_HISTORY = re.compile(
    r"\b(?:previous(?:ly)?|last (?:full )?(?:time|rated|judged)|last time|earlier|"
    r"last (?:[\w’'-]+ ){0,4}?(?:inspect\w*|visit\w*)|"
    r"since|first time|had been|(?<!apart )(?<!separately )(?<!separate )(?<!distinct )from"
    rf"(?!\s+(?:\d{{1,2}}(?:st|nd|rd|th)?|{_MONTH})\b)|"
    r"formerly|then|once|no longer|"
    rf"out of(?!\s+(?:(?:the|its)\s+)?{_NUM}\b)|ago|"
    r"(?:years?|months?) after(?!\s+(?:the|this|its)\s+(?:inspection|visit)\b)|"
    r"after\s+(?:[\w-]+\s+){0,2}?(?:years?|decades?|months?)\s+(?:of|as)|"
    r"(?:sh(?:aken|ook|akes?|aking)\s+off|shed(?:s|ding)?|lost|los(?:e|es|ing)|left\s+behind)"
    r"(?=\s+(?:(?:its|their|the|an?|his|her|that|this)\s+)?[‘'\"“]?$))\b",
    re.I,
)
# Words after a grade that put it in the past: "rated inadequate for more than a
# decade", "rated good at the last full inspection", "at the council's last inspection"
# (drift42: read as today's and contradicted), "the 'inadequate' judgement lifted",
# "rated requires improvement last time", "required improvement at its two previous
# inspections" (compare22: both read as today's grades and contradicted by today's table),
# "which was rated good then" ('then' closing the grade's clause points back to the earlier
# inspection named before: history24, was today's and contradicted; 'rated requires
# improvement to be good at that inspection', drift46, likewise; not 'then' going on
# to what came next, "rated good, then outstanding", "judged good, then inspectors ...").
_HISTORY_AFTER = re.compile(
    r"^\W*(?:\w+\W+){0,3}?(?:for (?:more than|over|the past|almost|nearly|\w+ years)|"
    r"at (?:(?:the|its|their|both)(?: \w+(?:[’']s)?)?|\w+[’']s) (?:last|previous)|"
    r"at (?:that|the same) (?:inspection|visit)|"
    r"(?:the )?last time|"
    rf"(?<![,;:–—-] )(?<![,;:–—-])(?:back )?then(?=\s*(?:[^\w\s]|$|(?:{JOINING_WORDS})\b))|"
    r"in the past|previously|before|being (?:lifted|removed)|"
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
    clause = sentence[_shared_subject_start(sentence, at) : at]
    before = clause[-80:]
    after = sentence[end : min(end + 50, clause_end(sentence, end))]
    today = bool(_NOW_JUST_BEFORE.search(sentence[:at])) or _given_first(sentence, at)
    if today:
        before = ""  # 'in 2007, has received its first ‘outstanding’': the year is not its
    dated_after = bool(_YEAR_AFTER_GRADE.match(after))
    years = (
        {int(y) for y in YEAR.findall(_own_reach("", after))}
        if dated_after  # 'the inadequate rating given in 2019': that year's, whatever before
        else _years_around(sentence, at, before, after, year_hint, today)
    )
    # 'now', 'this time' count in the grade's own comma clause only: 'a good grade this
    # time, compared with good across the board in 2022' says the second 'good' of 2022.
    own_clause = sentence[max(0, at - 80, clause_start(sentence, at, Break.COMMA)) : at]
    cue = (
        "past"
        if _HISTORY_AFTER.search(after) or _HISTORY_AFTER.search(_past_areas(sentence, end))
        else "now"
        if today or _NOW.search(own_clause)
        else "earlier"
        if _past_of_this_grade(before)
        else None
    )
    if cue is None and not dated_after and (fronted := _fronted_time(clause)):
        # 'When Ofsted last inspected, in March 2022, services were judged good'
        cue = "earlier" if _HISTORY.search(fronted) else None
        years |= {int(y) for y in YEAR.findall(fronted)}
    if cue is None and not years and not today:
        # 'In 2018, the adoption service was rated good, but help and protection was
        # judged inadequate': the year opening the sentence dates its contrast too.
        then = _contrast_then(sentence, mention, year_hint)
        years |= then or set()
        if (
            then is not None
            and (fronted := _FRONTED_TIME.match(sentence))
            and _HISTORY.search(fronted[0])
        ):
            cue = "earlier"  # 'When Ofsted last inspected ... in 2017, ..., but ...'
    if cue == "earlier" and not years and not GRADE_RE.search(before):
        # 'a turnaround from 2015, when Ofsted found services to be inadequate'
        years = {int(y) for y in YEAR.findall(before)}
    if (named := _before_then(clause)) is not None and cue != "now":
        # 'Before the 2021 inspection, care leavers' services were judged ...': a grade of
        # some earlier time, not 2021's.
        cue, years = "earlier", years - named
    return mention.model_copy(update={"time_cue": cue, "years_near": sorted(years)})


_SHED = re.compile(r"\bno longer\b", re.I)


def _past_of_this_grade(before: str) -> bool:
    """True when ``before`` (the words before a grade) holds a cue putting it in the past
    (``_HISTORY``) that is not another grade's: 'no longer' says only the grade just after
    it is shed ('no longer rated inadequate after Ofsted judged them to require improvement
    to be good': drift47, today's grade was read as an earlier one's too)."""
    found = list(_HISTORY.finditer(before))
    if not found:
        return False
    last = found[-1]
    return not (_SHED.fullmatch(last.group()) and GRADE_RE.search(before, last.end()))


SUBJECTLESS = re.compile(r"\W*(?:(?:and|but)\s+)?(?:was|were|had\s+been)\b", re.I)
"""A clause with no subject of its own, its verb told in the past ('and was rated'): joined
to the clause before, it goes on with that one's subject, and its time."""
_TELLS_INSPECTION = re.compile(r"\b(?:inspect\w*|visit\w*)", re.I)


def tells_earlier_inspection(clause: str) -> bool:
    """True when ``clause`` tells an earlier inspection and gives no grade ('Bury was last
    inspected in October and November 2021'): a subjectless clause after it is of that
    inspection."""
    return bool(
        _HISTORY.search(clause) and _TELLS_INSPECTION.search(clause) and not GRADE_RE.search(clause)
    )


def _shared_subject_start(sentence: str, at: int) -> int:
    """Where the clause of the grade at ``at`` begins, read with the clause before it when
    it goes on with that one's subject and that one tells an earlier inspection and prints
    no grade: 'Bury was last inspected in October and November 2021 and was rated
    inadequate overall' grades 2021 (drift44: the 'and' cut the time off, so the grade was
    read as today's and contradicted by today's table)."""
    start = clause_start(sentence, at, Break.JOIN)
    if start == 0 or not SUBJECTLESS.match(sentence, start):
        return start
    before = clause_start(sentence, start - 1, Break.JOIN)
    return before if tells_earlier_inspection(sentence[before:start]) else start


def _past_areas(sentence: str, end: int) -> str:
    """The words after a grade past the areas it is given to ('rated good for both child
    protection and children in care at the last inspections in 2012': drift32, the areas
    took the earlier visit beyond the words read after the grade, so the grades were read
    as today's and contradicted)."""
    at = _FOR_AREAS.match(sentence, end)
    if at is None:
        return ""
    at = past = at.end()
    while (listed := _AREA_LISTED.match(sentence, at)) and (
        named := JUDGEMENT_RE.match(sentence, listed.start("name"))
    ):
        at = named.end()
    return sentence[at : min(at + 50, clause_end(sentence, at))] if at > past else ""


_FOR_AREAS = re.compile(r"\s+(?:for|in)\s+(?:both\s+|each\s+of\s+)?", re.I)
_AREA_LISTED = re.compile(r"(?:\s*,\s*|\s+and\s+|\s*)(?:the\s+)?(?P<name>\w)", re.I)


def _years_around(
    sentence: str, at: int, before: str, after: str, year_hint: int | None, today: bool
) -> set[int]:
    """The years printed around the grade at ``at`` that date it, when none is printed
    right after it as the year it was given (``_YEAR_AFTER_GRADE``: then that one alone;
    'The inspection in March 2024 followed the inadequate grade given in 2019' grades 2019,
    not 2024: session 23's derived sets, read as today's and contradicted): its own words'
    (``before`` and ``after``), the year its clause or timeline entry opens with (not for a
    grade given ``today``), a year a relative clause hangs on, a span back from the
    release's year."""
    years = {int(y) for y in YEAR.findall(_own_reach(before, after))}
    if not today:
        years |= _opening_years(sentence[clause_start(sentence, at, Break.JOIN) : at], year_hint)
        years |= _timeline_year(sentence, at)
    years |= _antecedent_years(sentence[max(0, at - 160) : at])
    if year_hint and (ago := _YEARS_AGO_AFTER.match(after)) and (back := number(ago["n"])):
        years.add(year_hint - back)  # 'rated good overall three years ago'
    return years


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
    r"(?:\s*(?:in|during)\s+[^,;]{0,30},)?"
    r"|^\W*when\b[^,;]{0,80}?\b(?:19|20)\d\d(?=\s+(?:it|they|the\s+(?:council|service|authority))"
    r"\s+(?:was|were|had)\b)",
    re.I,
)
"""A time adverbial opening the clause, then a comma: 'When Ofsted last carried out a full
inspection, in March 2022,', 'At Ofsted's last full visit in March 2022,', 'Under the
previous administration,' (grades10); or a 'when' clause ending on its year, no comma before
the subject after it ('When the service was last inspected in September 2018 it was rated
inadequate overall and for help and protection, and children in care were also judged
inadequate': drift53, the last two read as today's)."""


def _fronted_time(clause: str) -> str | None:
    """The time adverbial the clause before a grade opens with, when no other grade comes
    between: it dates the grade however far before it stands."""
    found = _FRONTED_TIME.match(clause)
    if found is None or GRADE_RE.search(clause):
        return None
    return found.group()


_RELATIVE_TO_YEAR = re.compile(
    r"\b(?P<y>(?:19|20)\d\d)[)’'\"”]*,?\s+(?:which|when)\b(?P<rest>[^.;]*)$", re.I
)
"""A relative clause hung on a year ('the inspection of 2012, which judged services to be
...', 'its visit in 2019, when it was rated ...', the year closing a quotation: '“... since
the last inspection in 2021”, when every area was rated good'): what it says is of that
year."""


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
_JOINED = r"^\W*(?:(?:although|though|while|whereas|but|and|yet)\s+)?"
"""The word joining a clause to the one before, if any, at the clause's start."""
_OPENING_YEAR = re.compile(
    rf"{_JOINED}"
    rf"(?:back\s+)?(?:in|during)\s+(?:{_MONTH}\s+)?(?P<y>(?:19|20)\d\d)\b"
    rf"|^\W*(?P<n>{_NUM})\s+years?\s+ago\b",
    re.I,
)
"""A year or span opening the clause of a grade: 'In 2019 inspectors judged ...', 'Back in
2017, the service was rated ...', 'Four years ago, Ofsted rated ...'; after the word joining
the clause to the one before ('..., although in 2017 its services for children looked after
were judged to require improvement': drift25, was undated and read as of the last year the
sentence named before it)."""
_OPENING_INSPECTION = re.compile(
    rf"{_JOINED}(?:an?|the|its|their)\s+"
    rf"(?:(?P<y>(?:19|20)\d\d)\s+(?:[\w-]+\s+)?(?:inspection|visit)"
    rf"|(?:[\w-]+\s+)?(?:inspection|visit)\s+(?:in|of|during)\s+(?:{_MONTH}\s+)?"
    r"(?P<y2>(?:19|20)\d\d))\b",
    re.I,
)
"""An inspection dated by its year opening the clause of a grade, as its subject: 'An
inspection in 2018 had judged all services as requiring improvement' (drift36: undated,
so read as today's), 'The 2014 Ofsted inspection rated ...'."""
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
    protecting children and its services for looked after children to be inadequate'), or
    the year of the inspection its subject names (``_OPENING_INSPECTION``)."""
    if GRADE_RE.search(before):
        return set()
    if inspection := _OPENING_INSPECTION.search(before):
        return {int(inspection["y"] or inspection["y2"])}
    found = _OPENING_YEAR.search(before)
    if found is None:
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


def told_in_past(clause: str) -> bool:
    """True when ``clause`` is told in the simple past with no word of the present, of since
    or of a year ('but services for children looked after were rated requires
    improvement'): joined to a clause telling an earlier inspection, it tells that one."""
    return bool(_TOLD_THEN.search(clause)) and not (
        _TOLD_NOW.search(clause) or _NOW.search(clause) or YEAR.search(clause)
    )


_RELATIVE_OPENS = re.compile(
    r",\s*(?:(?P<which>which|who)\b(?P<told>[^,;.]*)|with\b(?P<listed>[^;.]*))$", re.I
)
"""A clause hung on the grade before, up to the next grade: a relative one (', which
required') or a 'with' one, which may list the areas it grades (', with help and
protection, leadership and services for children looked after all graded requires
improvement')."""


def relative_times(sentence: str, mentions: list[GradeMention]) -> list[GradeMention]:
    """``mentions`` with a grade told in a clause hung on the grade before it that gives
    no time of its own timed as that grade, when that one is dated earlier: a relative
    clause told in the simple past ('When Ofsted last inspected in early 2016, the
    council's services were judged inadequate in every area except the experiences of care
    leavers, which required improvement' grades care leavers in 2016; drift27: read as
    today's grade, and contradicted by today's table), or a 'with' clause, whose
    participle has no tense of its own ('In 2017 the city was rated requires improvement to
    be good overall, with help and protection and children looked after both requiring
    improvement': drift27, the two read as today's and the sentence held back), unless the
    clause it hangs on is told of the present ('have once again been judged good, with the
    inspectorate awarding a good grade in all four'). Not a clause telling now or since
    ('..., which is now good', '..., with adoption now outstanding'). Mentions are read in
    the order they are printed (one grade given to several areas is a mention for each,
    listed together)."""
    timed = list(mentions)
    for i in sorted(range(len(timed)), key=lambda k: timed[k].start or 0):
        mention = timed[i]
        if mention.time_cue or mention.years_near or mention.start is None:
            continue
        before = _printed_before(timed, mention.start)
        if before is None or (before.time_cue not in ("earlier", "past") and not before.years_near):
            continue
        opens = _RELATIVE_OPENS.search(sentence, before.end, mention.start)
        if opens is None:
            continue
        told = (opens["told"] or opens["listed"] or "") + sentence[mention.start : mention.end]
        if _TOLD_NOW.search(told) or _NOW.search(told):
            continue
        if opens["which"] and not _TOLD_THEN.search(told):
            continue
        if not opens["which"] and _TOLD_NOW.search(_head(sentence, before)):
            continue  # 'have once again been judged good, with ... a good grade in all four'
        timed[i] = mention.model_copy(
            update={"time_cue": before.time_cue, "years_near": list(before.years_near)}
        )
    return timed


def _head(sentence: str, grade: GradeMention) -> str:
    """The words of ``grade``'s clause before it: whether the clause a 'with' clause hangs
    on is told of the present ('have once again been judged good')."""
    at = grade.start or 0
    return sentence[clause_start(sentence, at, Break.JOIN) : at]


def _printed_before(mentions: list[GradeMention], at: int) -> GradeMention | None:
    """The mention printed last before ``at``, if any."""
    earlier = [m for m in mentions if m.end is not None and m.end <= at]
    return max(earlier, key=lambda m: m.end or 0, default=None)


def _contrast_then(sentence: str, mention: GradeMention, year_hint: int | None) -> set[int] | None:
    """The year the sentence opens with ('In 2018, ...', 'Two years ago, ...') for a grade
    in a later clause of it (after 'but', 'while', 'although') that gives no time of its
    own, is told in the simple past and names an area, and follows a grade of the opening
    clause: 'In 2018, Surrey's adoption service was rated good, but help and protection was
    judged inadequate' grades both areas in 2018 (was: the second read as today's and
    contradicted by today's table). The area may follow the grade ('..., although services
    were judged good overall': drift52). The opening may be a time adverbial naming the year
    ('When Ofsted last inspected the council's children's services in 2017, they were judged
    outstanding overall, but help and protection for vulnerable children was rated good':
    drift38, the good read as today's and contradicted by today's outstanding). The later clause
    may be joined by 'and' right after the grade before ('At the previous inspection, help
    and protection and leadership were both found to be inadequate and children in care
    required improvement': drift42, the last read as today's and contradicted by today's
    table). Not a clause telling now or since ('but this time help and protection was
    judged outstanding', 'and it has since been judged good'). None when the opening does
    not reach the grade; the empty set when it does and names no year ('At the previous
    inspection, ...')."""
    opening = _OPENING_YEAR.search(sentence) or _FRONTED_TIME.match(sentence)
    at, end = mention.start, mention.end
    if opening is None or at is None or end is None:
        return None
    own = max(clause_start(sentence, at, Break.JOIN), _joined_after_grade(sentence, at))
    told = sentence[own:end]
    if (
        own < opening.end()
        or not GRADE_RE.search(sentence, opening.end(), own)
        or YEAR.search(sentence, opening.end(), end)
        or not told_in_past(told)
        or _IN_MONTH.search(told)
        or not JUDGEMENT_RE.search(sentence[own : clause_end(sentence, end)])
    ):
        return None
    if opening.re is _FRONTED_TIME:
        return {int(y) for y in YEAR.findall(opening.group())}
    if opening["y"]:
        return {int(opening["y"])}
    back = number(opening["n"])
    return {year_hint - back} if year_hint and back else set()


_JOINED_AFTER_GRADE = re.compile(rf"[’'\"”]?\s*(?:overall\s+)?(?:{JOINING_WORDS})\s+", re.I)
"""A clause joined right after a grade ('... to be inadequate and children in care
required improvement')."""


def _joined_after_grade(sentence: str, at: int) -> int:
    """Where the clause of the grade at ``at`` starts when it is joined right after the
    grade printed last before it (0 when it is not): an 'and' between clauses, which
    ``clause_start`` cannot tell from one between areas."""
    last = max((g.end() for g in GRADE_RE.finditer(sentence, 0, at)), default=None)
    if last is None or (joined := _JOINED_AFTER_GRADE.match(sentence, last)) is None:
        return 0
    return joined.end() if joined.end() <= at else 0


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
    r"^\W*(?:overall\W+)?(?:(?:ofsted\s+)?(?:ratings?|grades?|judge?ments?|verdicts?)\W+)?"
    r"(?:(?:(?:that|which)\s+)?(?:(?:it|they|the\s+council)\s+(?:was|were|had\s+been)\s+)?"
    r"(?:given|awarded|received|handed(?:\s+down)?|achieved|earned|gained)\s+)?"
    rf"(?:(?:in|during)\s+(?:{_MONTH}\s+)?)?\(?(?:19|20)\d\d\b",
    re.I,
)
"""A year right after a grade, the year it was given: 'inadequate in 2019', 'good
(2019)', 'the inadequate rating given in 2019', 'an inadequate grade awarded in May
2019', 'the inadequate rating it was given in 2019'."""
