"""Parse the values a claim states (grades, counts, dates, team sizes...) from its words.

Checks compare these values with the report's, never the wording, so "rated
‘Outstanding’ in 50 per cent of the judgement areas" becomes a grade, a percent
and a quantifier the checker can count against the judgement table.
"""

from __future__ import annotations

import re
from datetime import date

from verify.extract.lexicon import ADEQUATE_RE, AUTHORITY_RE, GRADE_RE, JUDGEMENT_RE
from verify.types import ClaimValues, Grade, GradeMention

NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
_NUM = r"(?:\d{1,3}|" + "|".join(NUMBER_WORDS) + r")"
MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
_MONTH = r"(?:" + "|".join(m.capitalize() for m in MONTHS) + r")"

_RATING_CONTEXT = re.compile(r"\b(?:rat(?:ed|ing|ings)|judged|judgements?|graded?|grades)\b", re.I)
_RATED_BEFORE = re.compile(
    r"\b(?:rated|judged|graded|deemed|as|remains?|remained|was|were|is|are|"
    r"received|achieved|awarded|handed)(?: overall)?(?: as)?\W{0,2}$",
    re.I,
)
_RATING_AFTER = re.compile(r"\W{0,2}(?:ratings?|overall|grade|judgements?)\b", re.I)
_QUANTIFIER = re.compile(
    rf"\b(?P<all>all (?:{_NUM}|(?:of the )?(?:judgement areas|areas|judgements|categories))\b)"
    rf"|(?P<pct>(?P<pct_n>\d{{1,3}}(?:\.\d+)?)\s*(?:%|per ?cent\b))"
    rf"|\b(?P<count>{_NUM}) (?:of the |out of )?(?:(?P<of>{_NUM}) )?"
    r"(?:judgement areas|areas|judgements|categories)\b"
    r"|\b(?P<half>half)\b|\b(?P<overall>overall)\b",
    re.I,
)
_DATE_DMY = re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?P<m>{_MONTH})(?: (?P<y>\d{{4}}))?\b")
_DAY_RANGE = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)? ?(?:to|and|-|–) ?"
    rf"(?=\d{{1,2}}(?:st|nd|rd|th)? (?P<m>{_MONTH})\b)"
)
"""The first day of a range within one month: the 2 of '2 to 13 January 2023'."""
_DATE_MDY = re.compile(
    rf"\b(?P<m>{_MONTH}) (?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? (?P<y>\d{{4}})\b)?"
)
_DURATION = re.compile(rf"\b(?P<n>{_NUM})[- ](?P<unit>day|week)s?\b", re.I)
_TEAM = re.compile(
    rf"\b(?P<n>{_NUM}) (?:of )?(?:(?:Her|His) Majesty(?:’|')s Inspectors|HMIs?|inspectors)\b",
    re.I,
)
_FRAMEWORK = re.compile(
    r"\b(?P<ilacs>ILACS|inspections? of local authority children(?:’|')s services)\b"
    r"|\b(?P<sif>SIF|single inspection framework)\b",
    re.I,
)
_PREVIOUS_YEAR = re.compile(
    r"\b(?:(?:the|its|our|their) (?P<a>(?:19|20)\d{2}) inspection"
    r"|(?:last|previous|earlier) (?:Ofsted )?(?:inspection|visit|rating)[^.;]*?"
    rf"(?:{_MONTH} )?(?P<b>(?:19|20)\d{{2}})"
    r"|previously (?:been )?(?:rated|judged|graded|found)[^.;]*?(?P<c>(?:19|20)\d{2}))",
    re.I,
)
_FROM = re.compile(r"\b(?:improvement from|up from|from (?:a|an|the|its)|previously)\b", re.I)
_DIRECTION = (
    ("declined", re.compile(r"\b(?:declin\w*|downgraded|worse|fell|dropped|slipped)\b", re.I)),
    (
        "improved",
        re.compile(
            r"\b(?<!requires )(?<!require )(?:improv\w*|upgraded|up from|better than)\b", re.I
        ),
    ),
    ("maintained", re.compile(r"\b(?:maintain\w*|retain\w*|remains?|still|again)\b", re.I)),
)
_NATIONAL_COUNT = re.compile(
    rf"\b(?:only|one of(?: only| just)?|just) (?P<n>\d{{1,3}}|{_NUM}) (?:other )?"
    r"(?:councils|local authorities|authorities)\b",
    re.I,
)
_NATIONAL_PCT = re.compile(r"\btop (?P<n>\d{1,3}) ?(?:%|per ?cent)", re.I)
_MANY_COUNCILS = re.compile(
    r"\b(?:all|both|three|four|several|each|the) (?:councils|authorities)\b|\ball were\b", re.I
)


def parse_values(sentence: str, year_hint: int | None = None) -> ClaimValues:
    """Every value the sentence states, parsed; missing ones stay None/empty."""
    prev_year, prev_grade, prev_at = _previous(sentence)
    grades = grade_mentions(sentence[:prev_at])
    quantifier, count, of_total, percent = _quantifier(sentence)
    days, weeks = _durations(sentence)
    team = _TEAM.search(sentence)
    framework = _FRAMEWORK.search(sentence)
    national = _NATIONAL_COUNT.search(sentence)
    national_pct = _NATIONAL_PCT.search(sentence)
    return ClaimValues(
        grades=grades,
        quantifier=quantifier,
        count=count,
        of_total=of_total,
        percent=percent if percent is not None else _num(national_pct, "n"),
        dates=parse_dates(sentence, year_hint),
        months=bare_months(sentence),
        duration_days=days,
        duration_weeks=weeks,
        team_hmi=_number(team.group("n")) if team else None,
        framework=("ILACS" if framework.group("ilacs") else "SIF") if framework else None,
        previous_year=prev_year,
        previous_grade=prev_grade,
        direction=direction_of(sentence),
        national_count=_number(national.group("n")) if national else None,
        authority=None,
    )


def grade_mentions(sentence: str) -> list[GradeMention]:
    """Grades stated as ratings (quoted, or beside 'rated', 'overall'...), each with the
    judgement named nearest to it in the sentence."""
    found = []
    judgements = [(m.start(), m.lastgroup) for m in JUDGEMENT_RE.finditer(sentence)]
    grade_hits = [m for m in GRADE_RE.finditer(sentence) if _is_rating(sentence, m)]
    for m in grade_hits:
        found.append(GradeMention(grade=m.lastgroup, judgement=None, printed=m.group()))
    for pos, name in judgements:
        nearest = _nearest(sentence, pos, grade_hits)
        if nearest is not None:
            i = grade_hits.index(nearest)
            if found[i].judgement is None:
                found[i] = found[i].model_copy(update={"judgement": name})
            elif found[i].judgement != name:
                found.append(found[i].model_copy(update={"judgement": name}))
    return found


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


def _is_rating(sentence: str, m: re.Match) -> bool:
    """A grade word used as a rating: in quote marks, after 'rated as'/'judged', before
    'rating'/'overall', or (not for 'good', a common adjective) in a sentence about
    judgements or ratings."""
    before = sentence[max(0, m.start() - 1) : m.start()]
    after = sentence[m.end() : m.end() + 1]
    if before and after and before in "‘“'\"" and after in "’”'\"":
        return True
    if _RATED_BEFORE.search(sentence[: m.start()]) or _RATING_AFTER.match(sentence[m.end() :]):
        return True
    return m.lastgroup != "good" and bool(_RATING_CONTEXT.search(sentence))


_MAX_GRADE_DISTANCE = 120
"""Characters between a judgement's name and the grade it is given, at most."""
_CONTRAST = re.compile(r"\b(?:but|while|whereas|however|although|concerns?)\b", re.I)


def _nearest(sentence: str, pos: int, hits: list[re.Match]) -> re.Match | None:
    """The grade mention closest to a judgement's name, not across a contrast ('but')."""

    def cost(m: re.Match) -> int:
        lo, hi = sorted((pos, m.start()))
        return abs(pos - m.start()) + 1000 * bool(_CONTRAST.search(sentence[lo:hi]))

    best = min(hits, key=cost, default=None)
    return best if best is not None and cost(best) <= _MAX_GRADE_DISTANCE else None


def _quantifier(sentence: str) -> tuple[str | None, int | None, int | None, float | None]:
    m = _QUANTIFIER.search(sentence)
    if not m:
        return None, None, None, None
    if m.group("pct"):
        return m.group("pct"), None, None, float(m.group("pct_n"))
    if m.group("all"):
        words = m.group("all").split()
        total = _number(words[1]) if len(words) > 1 else None
        return m.group("all"), total, total, None
    if m.group("count"):
        return m.group().strip(), _number(m.group("count")), _number(m.group("of") or ""), None
    return m.group(), None, None, (50.0 if m.group("half") else None)


def _durations(sentence: str) -> tuple[int | None, int | None]:
    days = weeks = None
    for m in _DURATION.finditer(sentence):
        if m.group("unit").lower() == "day":
            days = days or _number(m.group("n"))
        else:
            weeks = weeks or _number(m.group("n"))
    return days, weeks


def parse_dates(sentence: str, year_hint: int | None = None) -> list[date]:
    """Full dates ('11 September 2017', 'January 12, 2024'); a day and month without a
    year borrow the next date's year ('between 11 September and 5 October 2017')."""
    hits = []
    for rx in (_DATE_DMY, _DATE_MDY, _DAY_RANGE):
        for m in rx.finditer(sentence):
            year = m.groupdict().get("y")
            hits.append((m.start(), int(m.group("d")), MONTHS[m.group("m").lower()], year))
    hits.sort()
    found, next_year = [], year_hint
    for _, day, month, year in reversed(hits):
        y = int(year) if year else next_year
        if y is None:
            continue
        next_year = y
        try:
            found.append(date(y, month, day))
        except ValueError:
            continue
    return sorted(set(found))


_BARE_MONTH = re.compile(
    rf"\b(?:in|during|between|and|from|to|until|over|of|last) (?P<m>{_MONTH})\b(?! \d{{1,2}}\b)"
)


def bare_months(sentence: str) -> list[int]:
    """Months named without a day ('a five-day inspection in March', 'during January
    and February'), as 1-12; months of full dates are in ``parse_dates``."""
    taken = [m.span() for rx in (_DATE_DMY, _DATE_MDY) for m in rx.finditer(sentence)]
    return sorted(
        {
            MONTHS[m.group("m").lower()]
            for m in _BARE_MONTH.finditer(sentence)
            if not any(a <= m.start("m") < b for a, b in taken)
        }
    )


def _previous(sentence: str) -> tuple[int | None, Grade | None, int]:
    """The earlier inspection's year and grade, and where its mention begins (so that
    grade is not taken for the current one). SIF's pre-2013 'adequate' is no grade."""
    m = _PREVIOUS_YEAR.search(sentence)
    if not m:
        return None, None, len(sentence)
    since = _FROM.search(sentence)
    anchor = min(m.start(), since.start() if since else m.start())
    year = int(m.group("a") or m.group("b") or m.group("c"))
    for g in re.finditer(GRADE_RE.pattern + "|" + ADEQUATE_RE.pattern, sentence[anchor:], re.I):
        return year, g.lastgroup, anchor
    return year, None, anchor


def direction_of(sentence: str) -> str | None:
    """improved / maintained / declined, when the sentence says which."""
    return next((name for name, rx in _DIRECTION if rx.search(sentence)), None)


_NAME_BEFORE = re.compile(r"\b(?P<w>[A-Z][a-z]+) $")
_NOT_A_NAME = {
    "In",
    "At",
    "For",
    "By",
    "From",
    "Across",
    "Meanwhile",
    "And",
    "But",
    "With",
    "Both",
    "Of",
    "To",
    "The",
    "Neighbouring",
    "While",
    "Whereas",
    "Like",
    "Unlike",
    "Today",
}


def authorities_in(sentence: str) -> list[str]:
    """The councils the sentence names, in order, without repeats; a place name that
    ends a person's name ('Sarah Kent') is not a council."""
    names: list[str] = []
    for m in AUTHORITY_RE.finditer(sentence):
        before = _NAME_BEFORE.search(sentence[: m.start()])
        if before and before.group("w") not in _NOT_A_NAME:
            continue
        if m.group() not in names:
            names.append(m.group())
    return names


def names_many_councils(sentence: str) -> bool:
    return bool(_MANY_COUNCILS.search(sentence))


def _number(word: str) -> int | None:
    word = word.lower().strip()
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def _num(m: re.Match | None, group: str) -> float | None:
    return float(m.group(group)) if m else None
