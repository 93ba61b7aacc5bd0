"""The words that tell a change between inspections: improved, kept, declined.

One home, so the claim extractor reads a release's direction and the comparison check
reads a report passage's with the same words ('has improved since', 'echoes its last
rating', 'a far cry from 2009'; 'has not improved' tells none).
"""

from __future__ import annotations

import re
from functools import lru_cache

from verify.words.clauses import clause_spans, has_verb, needs_subject
from verify.words.dates import PART_OF_MONTH
from verify.words.grades import RELEASE_GRADE
from verify.words.judgements import RELEASE_JUDGEMENT_RE
from verify.words.numbers import MONTH, number

LIKE = r"\b(?:echo|mirror|repeat)(?:s|es|ed|ing)?\s+"
EARLIER_NOUN = r"(?:report|rating|inspection|judgement|verdict|grade)s?\b"
LIKE_EARLIER = rf"{LIKE}(?:(?:a|an|the|its|their|that)\s+)?(?:[\w’'-]+\s+){{0,3}}?{EARLIER_NOUN}"
"""Today's grade said to be an earlier one's again: 'the rating echoes a report in April
2013', 'mirrors the verdict of its 2016 inspection'."""
AWAY_FROM = (
    r"\b(?:(?:a|the)\s+)?(?:\w+\s+)?(?:turn(?:ed)?[- ]?around|transformation|far cry|long way)"
    r"\s+from\b"
)
"""A change told as distance from an earlier time: 'a dramatic turnaround from the severe
criticisms levelled after ... in 2000', 'a far cry from 2009'."""

_UP_BY = r"(?:up|jump\w*|climb\w*|leap\w*|ris(?:e|es|en|ing)|rose|improv\w*)"
_DOWN_BY = r"(?:down|drop\w*|slip\w*|fall(?:s|en|ing)?|fell)"
_COUNT = r"(?:a|an|one|two|three|four|[1-4])"
_OF_STEPS = rf"\s+(?:of\s+|by\s+)?{_COUNT}\s+(?:whole\s+)?grades?\b"
_HIGHER = r"(?:higher|better|up)\b"
_LOWER = r"(?:lower|worse|down)\b"
STEPS_UP = rf"(?:{_UP_BY}{_OF_STEPS}|{_COUNT}\s+grades?\s+{_HIGHER})"
STEPS_DOWN = rf"(?:{_DOWN_BY}{_OF_STEPS}|{_COUNT}\s+grades?\s+{_LOWER})"
"""A move told as a count of grades ('moved up two grades', 'a leap of two grades', 'up one
grade', 'dropped a grade', 'two grades higher than'), up or down, inside another pattern:
its direction, and how many steps of the scale it crossed (``grade_steps``)."""

BACKWARDS = (
    r"(?:(?:go|goes|gone|going|went|slid|slipped|moved)\s+backwards?"
    r"|(?:a\s+)?(?:backward|retrograde)\s+step)"
)
"""A decline told as movement back ('the council has gone backwards', 'a backward step')."""
SAME_AS = (
    r"(?:ratings?|grades?|judgements?)\s+(?:is|are|was|were|remains?|stays?)\s+"
    r"(?:exactly\s+|still\s+)?(?:the\s+same\s+as|unchanged\s+(?:from|since))"
)
"""A rating said to be an earlier one's ('Surrey's rating is the same as in 2015'): kept.
Only of a rating: 'caseloads are the same as in 2018' is a measure, no grade's direction."""

IMPROVED = (
    r"(?<!capacity to )(?<!capacity for )"
    r"improv\w*(?!\s+(?:board|plan|panel|programme|group|partners?|notice|journey"
    r"|advis[eo]rs?|team|work|priorit\w+)s?\b)"
)
"""'Improved' and its kin, not naming a body or a plan ('an improvement board being in place
since 2019' tells no change), nor the 2012-2013 judgement 'capacity to improve' (grades17:
'judged the council's capacity to improve as adequate' was told as an improvement)."""
CHANGED = rf"\b(?:{IMPROVED}|declin\w*|deteriorat\w*|worse|better|{BACKWARDS})"
"""A change told in words, either way ('declined since 2012', 'gone backwards'), inside
another pattern."""

CHANGE_ON_YEAR = re.compile(
    r"\b(?:an?\s+(?:\w+\s+)?(?:improvement|step\s+up|step\s+down|decline|fall|rise)|up|down)"
    r"\s+(?:on|from|since)\s+(?:the\s+)?(?P<y>(?:19|20)\d{2})\b",
    re.I,
)
"""A change counted from a year's inspection, told as a noun or 'up/down from' ('an
improvement on 2017', 'a step up from 2012'): the change to whatever the clause before it
dates."""
THAN_IN = (
    r"\b(?:better|worse)\s+than\s+(?:(?:it|they|services|this)\s+(?:was|were|had\s+been)\s+)?"
    r"in\s+"
)
"""A comparison with a year's inspection, the year to follow: 'no better than it was in
2022', 'worse than in 2018' (a figure's 'better than the national average' is none)."""
OUTRANKS = r"(?:(?:one|two|three|a)\s+grades?\s+)?(?:higher|better|lower|worse)\s+than"
"""A grade said to stand above or below an earlier rating, which follows ('two grades higher
than the inadequate rating Surrey received in 2018'): that rating is the earlier one."""
NO_BETTER = r"no\s+better\s+than"
"""'Help and protection is no better than it was in 2018': not improved, read as declined,
the one direction whose every verdict it shares (a rise of grade contradicts both; a kept
grade, not opposed to a decline, leaves it unsettled; a fall bears it out), where 'better
than' was denied and the claim read no direction (history17, compare18)."""
NO_WORSE = r"no\s+worse\s+than"
"""'Services are no worse than they were in 2016': not declined, read as maintained, the
one direction whose every verdict it shares (a fall of grade contradicts both; a rise,
not opposed to 'maintained', leaves it unsettled), where 'worse' was denied and the claim
read no direction (compare18)."""

_KEPT = (
    r"(?:kept|keeps?|keeping|holds?|held|holding|hung|hangs?|hanging|clung|clings?|clinging)"
    r"\s+(?:on\s+to\s+|onto\s+)?(?:(?:its|their|our|the|his|her)\s+|(?=top\s))(?:[\w’'‘“”\"-]+\s+){0,2}?"
)
KEPT_RATING = _KEPT + r"(?:ratings?|grades?|judgements?)"
"""A rating kept: 'has kept its good rating', 'held on to its good Ofsted rating' (history20:
'held on to' was no comparison, so a true rating kept was left unchecked), 'clung on to
its grade'. Only a rating: 'kept children safe' tells no change."""

KEPT_EVERY_GRADE = re.compile(
    rf"\b{_KEPT}(?:ratings|grades|judgements)\b",
    re.I,
)
"""Every rating kept, told in the plural ('Sutton has held on to the grades it was given at
its last full inspection'): each grade itself is what was kept, not only the overall one."""

LOST_RATING = (
    r"(?:los(?:e|es|t|ing)|stripped\s+of|forfeit(?:s|ed|ing)?)\s+(?:(?:its|their|our|the|his|her|an?)\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?['‘\"“]?(?P<then>" + RELEASE_GRADE + r")['’\"”]?\s+"
    r"(?:ratings?|grades?|judgements?|badges?|status|labels?|tags?)"
)
"""A rating lost, the grade it had before: 'lose Ofsted ‘outstanding’ badge', 'lost its good
rating' (drift27: read as today's grade given to the whole service, and called misleading).
Only before a rating's noun: 'lost good staff' tells no change."""

DIRECTION = (
    (
        "declined",
        re.compile(
            r"\b(?:declin\w*|deteriorat\w*|downgraded|worse|fell|fallen|dropped|slipped"
            rf"|{BACKWARDS}|{STEPS_DOWN}|{NO_BETTER}|{LOST_RATING})\b",
            re.I,
        ),
    ),
    (
        "improved",
        re.compile(
            r"\b(?<!requires )(?<!require )(?<!required )(?<!requiring )(?<!for )(?<!for further )"
            rf"(?:{IMPROVED}|upgraded|up from|better than"
            rf"|{STEPS_UP})\b" + "|" + AWAY_FROM,
            re.I,
        ),
    ),
    (
        "maintained",
        re.compile(
            r"\b(?:maintain\w*|retain\w*|remain(?:s|ed)?|stay(?:s|ed)?|still|again|unchanged"
            rf"|{NO_WORSE}"
            rf"|(?:has|have)\s+been\s+(?:rated\s+|judged\s+)?{RELEASE_GRADE}\W{{0,2}}\s+since"
            r"|(?:the )?same (?:overall )?(?:rating|grade|judgement)|(?:rating|grade) is the same"
            rf"|{SAME_AS}"
            rf"|{KEPT_RATING})\b" + "|" + LIKE_EARLIER,
            re.I,
        ),
    ),
)
"""Each direction and the words that tell it, the first to match wins: 'worse than it was'
declines although 'than' compares; 'improvement' naming a body or a plan ('the council's
improvement board will meet', 'its improvement journey') tells no change, nor does what is
asked for ('areas for improvement', 'areas for further improvement': drift46, read as a
change and compared with the earlier grades). 'Kept' and 'held' keep only a rating ('has
kept the good rating it was given in 2010', 'held on to its grade'): 'kept children safe'
tells no change. 'The same overall grade as at the last inspection' keeps the overall grade
(history24: was no change, read as a finding)."""

_NOT_RATED = (
    r"\b(?:not|never)\s+(?:been\s+)?(?:rated|judged|graded|found)\s+(?:as\s+|to\s+be\s+)?"
    rf"['‘\"“]?(?P<grade>{RELEASE_GRADE})['’\"”]?"
)
_NOT_RATED_AFTER = _NOT_RATED.replace("?P<grade>", "?P<g2>")
"""The same, after the year ('for the first time since 2016, ... not been rated ...')."""
RUN_ENDED = re.compile(
    rf"\bfirst time\b[^.;]{{0,60}}?{_NOT_RATED}[^.;]{{0,40}}?\bsince\s+(?P<y>(?:19|20)\d\d)\b"
    rf"|\bfirst time since\s+(?P<y2>(?:19|20)\d\d)\b[^.;]{{0,60}}?{_NOT_RATED_AFTER}",
    re.I,
)
"""A run of one grade said to end now: 'the first time the council has not been rated
inadequate since 2015', 'for the first time since 2016, Bury has not been rated
inadequate' (every inspection after that year's gave the grade, and today's does not);
was read as no grade at all, a finding no passage says (history17, compare18)."""


def run_ended(sentence: str) -> tuple[str, int] | None:
    """(the grade's words, the year) of a run of one grade said to end now (``RUN_ENDED``),
    or None."""
    m = RUN_ENDED.search(sentence)
    return (m["grade"] or m["g2"], int(m["y"] or m["y2"])) if m else None


BEST_SINCE = re.compile(
    r"\bnot\s+(?:been\s+)?(?:rated|judged|graded)\s+(?:this|so|as)\s+(?P<how>highly|well|high|low"
    r"|poorly|badly)\s+(?:[^.;]{0,30}?\s)?since\s+(?:at\s+least\s+)?(?P<y>(?:19|20)\d\d)\b"
    r"|\b(?<!out of the )(?<!escaped the )(?<!from the )(?<!left the )"
    r"(?P<most>highest|best|lowest|worst)\s+(?:(?:overall|ofsted)\s+)?"
    r"(?:rating|grade|judgement|result)\b[^.;]{0,40}?\bsince\s+(?:at\s+least\s+)?"
    r"(?P<y2>(?:19|20)\d\d)\b",
    re.I,
)
"""Today's grade told as the best (or worst) since a year: 'has not been rated this highly
since at least 2014', 'its best Ofsted rating since 2009' (noticed23: no grade was read,
so a finding no passage says): above (below) every grade given after that year's. Not a
rating left ('have climbed out of the lowest Ofsted rating for the first time since 2015',
drift31: read as today's grade the lowest since 2015, and contradicted)."""


def best_since(sentence: str) -> tuple[str, int] | None:
    """('higher' or 'lower', the year) of a grade told as the best or worst since a year
    (``BEST_SINCE``), or None."""
    m = BEST_SINCE.search(sentence)
    if m is None:
        return None
    word = (m["how"] or m["most"]).lower()
    way = "higher" if word in ("highly", "well", "high", "highest", "best") else "lower"
    return way, int(m["y"] or m["y2"])


GOES_ON = re.compile(
    r"\b(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|still|continu\w*\s+to\s+be|retain\w*"
    r"|maintain\w*)\b",
    re.I,
)
"""A grade said to go on from an earlier year ('remains good, as it was in 2014', 'still
requires improvement, as it did in 2019'): kept at every inspection since then, not given
again that year alone ('good again, as in 2014' is no run: history19)."""
EVERY_INSPECTION = re.compile(r"\b(?:every|each|all)\s+(?:\w+\s+)?inspections?\b", re.I)
"""A grade said of each inspection over a span ('rated good at every inspection since
2014'): a run of the grade, as 'has remained good since 2014' is (history19)."""
EVERY_AREA = re.compile(
    r"\b(?:all|every|each)\s+(?:one\s+)?(?:of\s+)?(?:the\s+|its\s+|their\s+|our\s+)?"
    r"(?:\w+\s+)?(?:judgement\s+)?(?:areas?|judgements?|grades?|ratings?|categor(?:y|ies))\b",
    re.I,
)
"""Every area or judgement named ('every judgement', 'all four areas', 'each of the
grades'): in the clause telling a change, the change is said of each of them."""
EVERY_GRADE = re.compile(
    r"\b(?:all|every|each)\s+(?:one\s+)?(?:of\s+)?(?:the\s+|its\s+|their\s+|our\s+)?"
    r"(?:\w+\s+)?(?:judgements?|grades?|ratings?)\b(?!\s+areas?\b)",
    re.I,
)
"""Every judgement, grade or rating named ('every judgement has improved'): what is said
to have changed is each grade itself, not the work in each area ('has improved in every
area', where an area may improve within its grade: facts5)."""
SINCE_THE_LAST = re.compile(
    r"\bsince\s+(?:(?:it|they|the|its|their|ofsted|inspectors)\s+)?(?:was\s+|were\s+)?"
    r"(?:last|previous(?:ly)?)\b",
    re.I,
)
"""A span counted from the last inspection with no year ('has remained good since it was
last inspected', 'since the previous inspection'): from the earlier report's year."""
_MONTHS = rf"(?:{MONTH}\s+(?:(?:and|to)\s+|[-–]\s*))?{MONTH}\s+"
"""A month, or two spanned ('April and May', 'October to November'), before a year."""
LAST_INSPECTED_IN = re.compile(
    rf"\blast\s+inspected\b[^.;:,]{{0,60}}?\bin\s+(?:{_MONTHS})?(?P<y>(?:19|20)\d\d)\b"
    r"|\b(?:last|previous)\s+(?:full\s+|ofsted\s+|graded\s+)?inspection(?:\s+|,\s+which\s+)"
    rf"(?:was|took\s+place|came|happened)\s+(?:held\s+)?in\s+(?:{_MONTHS})?"
    r"(?P<z>(?:19|20)\d\d)\b",
    re.I,
)
"""When the council's last inspection was ('Ofsted last inspected the council's services
in 2018', 'the previous inspection took place in 2019', 'its last inspection, which took
place in 2017', 'in April and May 2016'): the year of its graded inspection
before this one (history20: was a finding no passage says, so a wrong year went
unflagged; drift45: two months before the year hid it)."""


def last_inspected_in(sentence: str) -> int | None:
    """The year ``sentence`` says the council was last inspected in (``LAST_INSPECTED_IN``)."""
    m = LAST_INSPECTED_IN.search(sentence)
    return int(m["y"] or m["z"]) if m else None


LAST_INSPECTION_OF = re.compile(
    r"\b(?:last|previous|most\s+recent)\s+(?:full\s+|graded\s+|standard\s+|ofsted\s+)?"
    rf"inspection\b\W{{0,3}}(?:in|of|during)\s+{PART_OF_MONTH}?"
    rf"(?:{MONTH}\s+)?(?P<y>(?:19|20)\d\d)\b",
    re.I,
)
"""The last inspection with its year beside it ('The last full inspection, in 2018, had
judged ...', 'at its previous inspection in March 2019', 'since the last inspection in
2017'): the year given to the council's graded inspection before this one. Not 'the last
two inspections, in 2014 and 2018', nor 'the inspection before last'."""


LAST_DATED_AFTER = re.compile(
    r"\b(?:its|the|their|\w+['’]s)\s+(?:last|previous|most\s+recent)\s+"
    r"(?:full\s+|graded\s+|standard\s+|ofsted\s+)?inspection(?P<comma>,)\s+which\s+"
    rf"(?:was|took\s+place|came|happened)\s+(?:held\s+)?in\s+(?:{MONTH}\s+)?"
    r"(?:19|20)\d\d\b",
    re.I,
)
"""The council's last inspection named at the end of a clause and dated by a relative
clause after a comma ('... had not made sufficient progress since its last inspection,
which took place in 2017 and also found ...'): the relative clause, with the inspection it
dates, is a comparison of its own, the clause before it the claim it makes alone."""


def last_inspection_year(sentence: str) -> int | None:
    """The year ``sentence`` gives the council's last inspection, told as when it was
    (``LAST_INSPECTED_IN``) or beside its name (``LAST_INSPECTION_OF``)."""
    m = LAST_INSPECTION_OF.search(sentence)
    return int(m["y"]) if m else last_inspected_in(sentence)


BEFORE_NOW = re.compile(r"\bhad\s+(?:been|remained|stayed)\b", re.I)
"""A run told in the past perfect ('had been rated inadequate at every inspection since
2013'): the inspections before today's, which may have ended it (history19)."""

OF_THE_RATING = re.compile(
    r"\b(?:improv\w*|raised|lifted|maintain\w*|retain\w*)\s+"
    r"(?:its|their|our|the|his|her)\s+(?:[\w’'‘“”\"-]+\s+){0,2}?(?:ratings?|grades?|judgements?)\b"
    rf"|\b{KEPT_RATING}\b|\b{SAME_AS}\b",
    re.I,
)
"""A change told of the rating itself ('has improved its rating', 'maintained its rating of
adequate', 'retains its "good" grade', 'the rating is the same as in 2015'): the grades are
what it says changed or stayed, so they settle it, where 'services have improved' may have
improved within a grade."""

LOOKS_BACK = re.compile(
    r"\b(?:since|previous(?:ly)?|last inspection|at the time of"
    r"|than (?:they|it) (?:did|was|were))\b",
    re.I,
)
"""A report sentence telling a change from an earlier time: 'since the previous
inspection', 'much better support than they did at the time of the inspection in 2019'."""

DENIED_DIRECTION = re.compile(r"(?:\b(?:not|never|no)|n[’']t)\W+(?:\w+\W+)?$", re.I)
"""A negation just before a direction word ('not improved', "hasn't yet improved")."""


@lru_cache(maxsize=4096)
def direction_of(sentence: str) -> str | None:
    """improved / maintained / declined, when the sentence says which; a direction denied
    ('has not improved enough') says none. Remembered: the finding check asks it of the
    same report sentences and clauses claim after claim."""
    for name, rx in DIRECTION:
        if any(not DENIED_DIRECTION.search(sentence[: m.start()]) for m in rx.finditer(sentence)):
            return name
    return None


_STEPS = re.compile(
    rf"\b(?:(?P<up>{_UP_BY})|{_DOWN_BY}){_OF_STEPS.replace(_COUNT, f'(?P<n>{_COUNT})')}"
    rf"|\b(?P<n2>{_COUNT})\s+grades?\s+(?:(?P<higher>{_HIGHER})|{_LOWER})",
    re.I,
)


def grade_steps(sentence: str) -> int | None:
    """The grades a move is told to have crossed, up positive and down negative ('moved up
    two grades' 2, 'dropped a grade' -1, 'two grades higher' 2), or None when no count of
    grades is told."""
    found = _STEPS.search(sentence)
    if found is None:
        return None
    word = (found["n"] or found["n2"]).lower()
    steps = 1 if word in ("a", "an") else number(word) or 0
    up = found["up"] is not None or found["higher"] is not None
    return (steps if up else -steps) or None


_WHOLE = re.compile(
    r"\b(?:services|practice|(?:the|this|our|its)\s+(?:local\s+)?(?:council|authority|service)(?![’']s)"
    r"|(?:most|all|every|each)\s+(?:of\s+the\s+)?(?:judgement\s+)?areas"
    r"|experiences\s+(?:and\s+progress\s+)?of\s+children(?:,\s+young\s+people)?"
    r"(?:\s+and\s+(?:young\s+people|families))?(?!\s+(?:who|in\s+care|looked)))\b",
    re.I,
)
"""What stands for the service as a whole in a clause telling a change: its services, its
practice, the council (not a thing of the council's, 'the council's vacancy rate has
fallen'), most or all of its areas, the experiences of its children ('The
experiences of children, young people and families ... have significantly improved since
the previous inspection in 2022'; not of the children an area is of)."""
_WHOLE_AFTER = re.compile(
    r"^\s*$|(?:^|\W)(?:the|its|their|our|of|overall|most|all|that|said|found|children['’]s|council['’]s"
    r"|authority['’]s|social\s+(?:care|work)|[A-Z][\w-]*['’]s?)\s+$"
)
"""The words before 'services' or 'practice' that keep them whole ('Dudley's children's
services', 'the quality of practice', 'Ofsted found that services'); any other ('early
help services', 'fostering practice') makes them a part."""
A_PART_OF = re.compile(
    r"\b(?:some|a\s+few|several|parts?|aspects?|elements?)\s+(?:\w+\s+)?of\b", re.I
)
"""'Some aspects of services', 'parts of the service': a part of the whole."""
MEASURE = re.compile(
    r"\b(?:number|proportion|percentage|rate|amount|level)s?\s+of\b|\bcaseloads?\b"
    r"|\b(?:time|times)\s+taken\b|\bwaiting\s+times?\b",
    re.I,
)
"""A measure of the services ('the number of care leavers in education has declined',
'caseloads have improved'): its change is a figure the report may give, a finding, never
the grades' direction (grades10)."""
_PART_AFTER = re.compile(
    r"^\s+(?:for|to|with|around|in\s+relation\s+to)\s+"
    r"(?!children(?:\s+and\s+(?:young\s+people|families))?(?:\s+(?:in|across)\s+[A-Z]|[,.;)]|$))",
)
"""'Services for disabled children', 'practice for unborn babies': a part; 'services for
children in Southend' are the whole."""


def names_the_service(clause: str) -> bool:
    """True when ``clause`` names the service as a whole ('services', 'practice overall',
    'the council', 'most areas') or one of its judged areas (help and protection, children
    in care): what a change since an earlier inspection told of it is the grades'
    direction, not a topic's ('the quality of personal education plans')."""
    if A_PART_OF.search(clause) or MEASURE.search(clause):
        return False
    areas = RELEASE_JUDGEMENT_RE.finditer(clause)
    return any(not _MODIFIER.match(clause, m.end()) for m in areas) or names_the_whole(clause)


_MODIFIER = re.compile(
    r"\s+(?!(?:services?|practice|work|has|have|had|is|are|was|were|and|or|in|for|at|across"
    r"|since|now|overall|remains?|remained|continues?|continued|been|being|who|which|that|to"
    r"|with|from|under|rated|judged|graded|got|gone|gets?|the|its|their|improv\w*|declin\w*"
    r"|deteriorat\w*)\b)[a-z]"
)
"""A word after a judgement's name that makes the name a modifier of another noun ('the
quality of child protection strategy discussions'): a part of the work, not the area."""


def names_the_whole(clause: str) -> bool:
    """True when ``clause`` names the service as a whole: its services or practice (not a
    part, 'early help services', 'practice for unborn babies', 'some aspects of services'),
    the council, most or all of its areas."""
    if A_PART_OF.search(clause) or MEASURE.search(clause):
        return False
    for m in _WHOLE.finditer(clause):
        before, after = clause[: m.start()], clause[m.end() :]
        opens = m.group()[0].isupper()  # a sentence's first word, however introduced
        if m.group().lower() in ("services", "practice") and (
            not (opens or _WHOLE_AFTER.search(before)) or _PART_AFTER.match(after)
        ):
            continue
        return True
    return False


def change_of_the_service(text: str) -> str | None:
    """The direction ``text`` tells of the service as a whole or one judged area, or None:
    'Services for children in Southend have declined', 'Practice overall has improved
    significantly since the last inspection', 'Most areas have deteriorated since 2015'."""
    return next((way for way, _ in changes_of_the_service(text)), None)


def changes_of_the_service(text: str) -> list[tuple[str, str]]:
    """(direction, the words telling it) for each clause of ``text`` telling a change of
    the service as a whole or one judged area (``names_the_service``); a clause whose
    subject is in the clause before ('Services ... are of good quality and have improved
    since the last inspection in 2017'), or a clause after one with no verb ('The
    experiences of children, young people and families ... have improved'), is read with
    it."""
    out, begin, before = [], 0, ""
    for start, end in clause_spans(text):
        clause = text[start:end]
        if not (needs_subject(clause) or (before and not has_verb(before))):
            begin = start  # a clause with a subject of its own
        subject = text[begin:end]
        if (told := direction_of(clause)) and names_the_service(subject):
            out.append((told, subject))
        before = clause
    return out
