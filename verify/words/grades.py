"""Ofsted's grades: their order and every way reports and releases print them.

Reports print 'Requires improvement to be good' (or 'require improvement') in their
judgement tables and headings; releases write the same words in quote marks or prose;
the 2012-2013 inspections grade on a scale whose third step is 'Adequate'. One module,
so the report parser, the claim extractor and the checkers read a grade the same way.
"""

from __future__ import annotations

import re

from verify.types import GRADES, Grade
from verify.words.dates import YEAR
from verify.words.numbers import NUMBER, PERCENT_NUMBER

GRADE = r"(outstanding|good|requires? improvement(?: to be good)?|inadequate)"
"""A grade as printed: 'Requires improvement to be good', 'require improvement', 'Good'."""
PRE_2013_GRADE = r"(outstanding|good|adequate|inadequate)"
"""The 2012-2013 scale, whose third step is 'Adequate'."""

GRADE_ONLY = re.compile(rf"^{GRADE}\s*\.?$", re.IGNORECASE)
"""A line holding nothing but a grade (a judgement table's wrapped row)."""
GRADE_AT_END = re.compile(rf"[\s:|]+{GRADE}\s*\.?$", re.IGNORECASE)
"""A grade closing a line ('Overall effectiveness: Good')."""

_STEP = r"(?:step|grade|notch|rung|level)"
_BELOW = r"(?:below|beneath|under|short of)"
_ONE = r"(?:one|a|a single|just one)"


def _steps_below(steps: int, grade: str) -> str:
    """Regex: a grade told as ``steps`` steps below ``grade`` ('one step below outstanding',
    'two grades below outstanding', 'a notch short of good')."""
    count = {1: _ONE, 2: "two", 3: "three"}[steps]
    return rf"{count}[ -]{_STEP}s?[ -]{_BELOW} {grade}"


_PLACE = r"(?: possible)?(?: ofsted)? (?:rating|grade|judgement)"
RELEASE_GRADE_PATTERNS: tuple[tuple[Grade, str], ...] = (
    (
        "requires_improvement",
        r"requir(?:es?|ed|ing)[ -]improvement(?:[ -]to[ -]be[ -]good)?"
        rf"|{_steps_below(1, 'good')}|{_steps_below(2, 'outstanding')}"
        rf"|second[ -]lowest{_PLACE}",
    ),
    (
        "outstanding",
        r"outstanding|(?<!second[ -])(?<!third[ -])(?<!next[ -])"
        r"(?:highest|top)(?: possible)?(?: ofsted)? (?:accolade|rating|grade|judgement)",
    ),
    (
        "inadequate",
        rf"inadequate|{_steps_below(2, 'good')}|{_steps_below(3, 'outstanding')}",
    ),
    ("good", rf"good|{_steps_below(1, 'outstanding')}|(?:second|next)[ -](?:highest|best){_PLACE}"),
)
"""A grade as releases write it (hyphens too, and 'required improvement', said in the past
as reporters tell what inspectors found), each in a group named by its grade. Ofsted's
top grade is also written by its place ('the highest accolade', 'the top rating', 'top
Ofsted grade'), and so are the two between: 'the second-highest rating' is good, 'the
second-lowest' requires improvement (not 'the lowest grade', in notes defining the scale
and in 'escaped the lowest rating'); a grade told by its steps below another is the grade
that many steps down ('one step below outstanding' is good, 'two grades below outstanding'
requires improvement). Session 22 (ratings22): these were no grade ('a point of the scale'), so
'Help and protection was graded one step below outstanding' was a finding the stand-in
could not place."""
TOP_GRADE_RE = re.compile(r"(?:highest|top)\b", re.I)
GRADE_BY_PLACE = re.compile(
    rf"(?:highest|top|second|next)\b|\w+(?: \w+)?[ -]{_STEP}s?[ -]{_BELOW}\b", re.I
)
"""A grade named by its place on the scale or by its steps below another ('top grade', 'the
second-highest rating', 'one step below outstanding'), matched at a release grade's start:
a rating whatever its context, as no adjective is so worded."""
SCALE_NAMED = re.compile(r"\b(?:scale\s*(?::|,|from\b)|rang(?:e|es|ing)\s+from\b)", re.I)
"""Words that go on to name Ofsted's scale, whose grades are then its points, none given:
'graded on a four-point scale: outstanding (grade 1), good (grade 2) ...', 'on a scale
from outstanding to inadequate', 'judgements range from outstanding to inadequate'."""
"""The top grade named by its place, not its word: a rating whatever its context."""
RELEASE_GRADE_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<{g}>{p})" for g, p in RELEASE_GRADE_PATTERNS) + r")\b", re.I
)
RELEASE_GRADE = "(?:" + "|".join(p for _, p in RELEASE_GRADE_PATTERNS) + ")"
"""The same, with no named groups: for use inside another pattern."""
ADEQUATE_RE = re.compile(r"\badequate\b", re.I)
RELEASE_OR_ADEQUATE = rf"(?:{RELEASE_GRADE}|adequate)"
"""A grade as releases write it, or SIF's pre-2013 'adequate': the grade an earlier
inspection gave ('from adequate to good'), inside another pattern."""
RELEASE_OR_ADEQUATE_RE = re.compile(RELEASE_GRADE_RE.pattern + "|" + ADEQUATE_RE.pattern, re.I)
"""The same, each grade of today's scale in a group named by its grade ('adequate' in none)."""
EARLIER_GRADE_CUES = r"from|previously|no longer|was|were|had been"
"""Words a few words before a grade that make it an earlier one, not today's ('up from
requires improvement', 'no longer rated as inadequate', 'was good'): inside another pattern."""
GRADING_VERBS = r"rated|judged|graded"
"""Verbs that give a grade ('rated good', 'previously judged inadequate')."""
GRADING_VERBS_NOW = r"rates|judges|grades"
"""The grading verbs in the present, a report's ('the report, published today, judges
support for young people leaving care to be good')."""
NAMING_VERBS = r"branded|dubbed|labell?ed"
"""Verbs that give a grade by naming the service so ('branded inadequate', 'Ofsted has
labelled the council's services inadequate'): a rating when the grade follows them, as
after a grading verb (metamorph23: 'have been branded inadequate by Ofsted' was no claim,
'labelled inadequate' a finding)."""

_GIVEN_GRADE_FOLLOWERS = (
    r"and|or|but|nor|yet|so|for|in|across|at|with|to|by|as|on|of|from|since|after|before|"
    r"under|over|overall|now|again|too|also|still|already|throughout|when|while|whilst|"
    r"because|though|although|if|than|then|says?|said|according|this|that|these|last|"
    r"every|each|all|both|once|despite|following|during|until|among|within|ever|enough|"
    r"rather|instead|not|only|just|either|neither|apart|except|compared|unlike|like|twice|"
    r"it|its|they|their|we|our|which|who|whose|\w+ly|\w+ed|"
    r"inspectors|ofsted|ratings?|grades?|judge?ments?|verdicts?|rated|judged|graded|"
    r"children[’']s|services?|council|authority|borough|county|department|provision|"
    r"support|help|care|practice|work|offer|"
    r"\d+|one|two|three|four|five|six|seven|eight|nine|ten"
)
BOARD = r"safeguarding\s+children[’']?s?\s+board\b|\blscb\b|\bsscb\b"
"""The Local Safeguarding Children Board by name, the one board Ofsted grades (in a review
of its own), inside another pattern: the board a grade word names here, and in
``judgements`` the LSCB's mention and the subjects graded outside the table (its one home
is here, which ``judgements`` reads)."""
_BOARD_GRADED = rf"(?:local\s+)?{BOARD}"
"""The board Ofsted grades, named straight after a grade word: 'an outstanding safeguarding
children board' gives the board that grade (faithful5: read as an adjective, no grade, so
'the only London borough with an outstanding safeguarding children board' counted nothing)."""
GRADE_OF_BOARD = re.compile(rf"\s+(?:{_BOARD_GRADED})", re.I)
"""Read straight after a grade word: the graded board's name, so the grade is a rating."""
COUNT_BEFORE_GRADE = re.compile(
    r"(?:,\s*(?:and\s+|while\s+|with\s+)?|\s+(?:and|while|with)\s+)"
    rf"(?P<n>{NUMBER})\s+(?:(?:were|was|are|is)\s+)?(?:(?:rated|judged|graded|found)\s+)?"
    r"(?:(?:as|to\s+be)\s+)?[‘'\"“]?$",
    re.I,
)
"""A second count right before its grade, after an 'and' or a comma, which another count
and grade open: 'Two of the areas were good and two outstanding', '..., and one was
outstanding' (noticed23: read as no rating, and its count never checked)."""
GRADE_AS_ADJECTIVE = re.compile(
    rf"\s+(?!(?:{_GIVEN_GRADE_FOLLOWERS})\b)(?!(?i:{_BOARD_GRADED}))[a-z][a-z’'-]*\b"
)
"""Read straight after a grade word: a lowercase word that neither a grade given ('good
overall', 'outstanding for leaders', 'inadequate in 2016') nor the thing graded ('good
children's services', 'an outstanding rating', 'outstanding support for care leavers')
follows. The grade word is then an adjective of that noun ('good news', 'a good day', 'our
outstanding staff'), no grade."""

_NTH_TIME = (
    r"for\s+(?:an?\s+|the\s+)?(?:second|third|fourth|fifth)\s+"
    r"(?:(?:consecutive|successive|straight)\s+)?(?:time|inspection)"
    r"(?:\s+running|\s+in\s+a\s+row)?"
)
HEADLINE_GRADE_ENDS = re.compile(
    rf"\W{{0,2}}(?:(?:again|once\s+more|overall|{_NTH_TIME})\b)?\s*(?:$|,|[-–—:])"
)
"""Read straight after a grade word in a headline: the line's end, a comma or a dash (its
source after it: 'Westminster outstanding again, says Ofsted', 'Ofsted rates Scilly
children's services good for second time running', drift49: no claim), 'Ofsted: children's
services in Hammersmith and Fulham outstanding'): the grade is the headline's predicate,
its 'is rated' left out."""
VERDICT_BEFORE_COLON = re.compile(
    r"\b(?:verdicts?|ratings?|grades?|judgements?|results?|outcomes?)\b[^.;:!?]*:\s*[‘'\"“]?$",
    re.I,
)
"""Read before a grade word: a verdict, rating or grade named in its clause, then a colon
('The regulator's verdict on the impact of leaders: outstanding', 'received the highest
grade: outstanding'): the colon gives the grade to what it names."""
GRADE_ENDS_CLAUSE = re.compile(r"[’'\"”]?\s*(?:$|[.;,!)]|[–—-]\s)")
"""Read straight after a grade word: its clause ends (a stop, a comma, a bracket, a dash):
the grade is said of something before it, not an adjective of a noun after it ('Good news',
'good progress')."""
HEADLINE_SOURCE = re.compile(r"\b(?:ofsted|inspectors|watchdog)\b", re.I)
"""A headline's teller of a grade: the inspectorate named in the line."""
HEADLINE_SUBJECT = re.compile(
    r"\bchildren['’]s (?:social )?(?:services|social care)\b|\bservices for (?:children|young)\b",
    re.I,
)
"""A headline's subject Ofsted grades, named before the grade: the council's children's
services ('Merton children's services outstanding again', 'Medway's services for children in
care branded inadequate'), a grade's teller as sure as Ofsted named."""

GRADE_OF_ABILITY = re.compile(rf"\s+at\s+(?:[a-z]+ing\b|{PERCENT_NUMBER}\s*(?:%|per ?cent\b))")
"""Read straight after a grade word: 'at' and a verb's '-ing' form, or 'at' and a
percentage. The grade word tells what someone does well ('good at keeping brothers and
sisters together', 'outstanding at recruiting foster carers'), or a measure's level ('school
attendance for children in care was good at 96%'), no grade (grades10: 'The council is
also good at recruiting foster carers' was a rating of the service; drift31: the
attendance was children in care's grade, contradicted)."""

PUBLISHED_MEASURE = re.compile(
    r"\b(?:scorecards?|(?:performance\s+)?indicators?|performance\s+(?:data|figures|tables?)"
    r"|league\s+tables?|timescales?|timeliness)\b",
    re.I,
)
"""A measure published of the services ('the adoption scorecard', 'three indicators',
'performance tables'): a grade word said of it tells the measure's level, no judgement's
grade (drift34: 'adoption performance on the government's scorecard that is good' and 'an
adoption scorecard that is good across all three indicators' were adoption's grade, which
the report gives as requires improvement, and contradicted), and the timescales such
measures time ('adoption timescales are good': drift51, read as adoption's grade)."""

ANY_GRADE_RE = re.compile(
    r"\b(outstanding|good|requir(?:es?|ed|ing) improvement(?: to be good)?|inadequate|adequate)\b",
    re.I,
)
"""Any grade word, 'adequate' included (pre-2013 reports and their earlier grades); one
grade in 'required improvement to be good' (its 'good' is the goal, not a grade)."""

RELEASE_WORDING: dict[Grade, str] = {
    "outstanding": "outstanding",
    "good": "good",
    "requires_improvement": "requires improvement to be good",
    "inadequate": "inadequate",
}
"""How a release writes each grade in full (the synthetic releases use it)."""

BELOW_GOOD_MENTIONS: dict[Grade, str] = {
    "requires_improvement": r"requires? improvement|not yet good|improvement is needed",
    "inadequate": r"inadequate",
}
"""Regex: how a release sentence speaks of a grade below good, loosely (for omissions)."""


OR_BETTER_AFTER = re.compile(r"\W{0,3}(?:or|and)\s+(?:better|above|higher)\b", re.I)
OR_BETTER_BEFORE = re.compile(r"\bat\s+least\W{0,3}$", re.I)
"""Words after or before a grade that make it that grade or any above it ('good or
better', 'good and above', 'at least good')."""


def at_or_above(grade: Grade) -> frozenset[Grade]:
    """``grade`` and every grade above it on today's scale."""
    return frozenset(g for g in GRADES if grade_rank(g) <= grade_rank(grade))


def grades_allowed(text: str) -> set[str]:
    """Every grade a piece of report text allows: each grade word (``grades_in``), and
    every grade above one said 'or better', 'and above' or 'at least' ('Four were judged to
    be good or better' allows outstanding, so no claim of an outstanding one is against it)."""
    found: set[str] = set()
    for m in ANY_GRADE_RE.finditer(text):
        grade = grade_of(m.group(1))
        wider = OR_BETTER_AFTER.match(text, m.end()) or OR_BETTER_BEFORE.search(text, 0, m.start())
        found |= at_or_above(grade) if wider and grade in GRADES else {grade}
    return found


def grade_of(printed: str) -> Grade:
    """The canonical grade for printed wording such as 'Requires improvement to be good';
    the top grade named by its place ('top grade', 'highest rating': ``TOP_GRADE_RE``) is
    outstanding (ratings18b: 'the borough's first top grade' was passed on as the grade
    'top grade', and the whole release failed to check)."""
    word = printed.strip().lower()
    placed = RELEASE_GRADE_RE.fullmatch(word)
    if placed and placed.lastgroup:
        return placed.lastgroup  # type: ignore[return-value]  # 'one step below outstanding'
    if word.startswith("requir"):
        return "requires_improvement"
    if TOP_GRADE_RE.match(word):
        return "outstanding"
    return word  # type: ignore[return-value]  # outstanding | good | adequate | inadequate


def grades_in(text: str) -> set[str]:
    """Every grade word in a piece of text ('adequate' kept: pre-2013 reports use it)."""
    return {grade_of(m.group(1)) for m in ANY_GRADE_RE.finditer(text)}


def told_grades_in(text: str) -> set[str]:
    """Every grade a release's words give, by its word or by its place ('fallen from the top
    grade', 'one step below outstanding'; ``grades_in`` reads grade words alone, as a
    report prints them)."""
    return {grade_of(m.group()) for m in RELEASE_OR_ADEQUATE_RE.finditer(text)}


def grade_rank(grade: Grade) -> int:
    """0 for outstanding ... 3 for inadequate; pre-2013 'adequate' (grade 3 of 4) ranks 2."""
    return 2 if grade == "adequate" else GRADES.index(grade)


def step_of(grade: str) -> str:
    """The step of today's scale a grade stands on: the 2012-2013 inspections' 'adequate'
    is the step 'requires improvement' took over (SIF, November 2013), so an earlier grade
    told in either name is the same grade."""
    return "requires_improvement" if grade == "adequate" else grade


def grade_text(grade: str | None) -> str:
    """A grade in an explanation: 'requires improvement', 'ungraded'."""
    return (grade or "ungraded").replace("_", " ")


_GRADE_PHRASE_WORDS = 5
"""Words at most beside the grades in a phrase that only restates them."""
_GRADE_COMPANIONS = re.compile(
    r"(?:a|an|the|with|but|not|yet|and|or|in|for|of|at|across|all|every|its|their|our|"
    r"overall|throughout|board|areas?|features?|leadership|leaders|ratings?|"
    r"grades?|judgements?|to|be|very|still|getting|improving|better|declining)",
    re.I,
)
"""Words that go with a grade in a phrase that only restates the rating ("good with
outstanding features", "outstanding leadership", "good across the board", a grade with
its trend: "good and improving")."""


def is_grade_phrase(words: str) -> bool:
    """True for words holding a grade and, beside the grades, only a few of the words
    that go with one (``_GRADE_COMPANIONS``): a rating put in quote marks, which says
    nothing a report must print word for word."""
    if not RELEASE_GRADE_RE.search(words):
        return False
    rest = [w.strip(".,;:!?'‘’\"“”()–—-") for w in RELEASE_GRADE_RE.sub(" ", words).split()]
    rest = [w for w in rest if w]
    return len(rest) <= _GRADE_PHRASE_WORDS and all(_GRADE_COMPANIONS.fullmatch(w) for w in rest)


_GIVEN_BEFORE = re.compile(
    r"\b(?:judged|rated|graded|found|deemed|identified|was|were|is|are|be|been|as"
    r"|remains?|remained|stays?|stayed)\s+(?:(?:to\s+be|as|overall|still|also|now|then|both)\s+)?$",
    re.I,
)
"""Words just before a grade that give it ('were judged to be good', 'identified as
inadequate', 'was inadequate')."""
_GRADE_NOUN_AFTER = re.compile(r"\s+(?:judge?ments?|ratings?)\b", re.I)
"""A grade naming a grade ('the inadequate judgement', 'its good rating')."""
_NOUN_AFTER = re.compile(
    r"-\w|\s+(?!(?:in|at|for|by|of|overall|and|but|or|nor|with|when|since|to|across|as|on"
    r"|from|after|before|while|although|though|because|then|again|under|which|who|whereas"
    r"|yet|so|until|during|following|this|that|there|it|they|its|their|the|a|an)\b)[a-z]",
    re.I,
)
"""A word after a grade that makes it an adjective of a noun ('good practice',
'good-quality work', 'outstanding schools'), not a grade given."""


def grades_given(text: str) -> list[Grade]:
    """The grades a text gives, in order: each grade word said as a grade ('were judged to
    be good, but', 'identified as inadequate', 'the inadequate judgement', 'services
    required improvement to be good': that grade is a verb), not as an
    adjective of something else ('good practice was seen at the last inspection',
    'good-quality work', 'good or outstanding schools'). A report's account of an earlier
    inspection is read with it: only its grades given are that inspection's."""
    found = []
    for m in ANY_GRADE_RE.finditer(text):
        after = text[m.end() :]
        said = m.group(1).lower().startswith("requir") or _GRADE_NOUN_AFTER.match(after)
        if said or (_GIVEN_BEFORE.search(text[: m.start()]) and not _NOUN_AFTER.match(after)):
            found.append(grade_of(m.group(1)))
    return found


def grades_by_year(text: str) -> list[tuple[str, int]]:
    """(grade, year) for each year a sentence gives its own grade, the grade told before
    the year and after the year before it ('judged inadequate at its inspection in 2015,
    and requires improvement in 2018': inadequate 2015, requires improvement 2018), when
    it gives more than one year a grade and not all the same. Empty when a year has no
    grade of its own, or more than one, before it: which grade is whose is then unsure,
    and a grade said once of years listed together is ``years_listed_with``'s."""
    said, after = [], 0
    for year in YEAR.finditer(text):
        grades = grades_in(text[after : year.start()])
        if len(grades) != 1:
            return []
        said.append((grades.pop(), int(year.group())))
        after = year.end()
    if len(said) < 2 or len({step_of(g) for g, _ in said}) < 2:
        return []
    return said
