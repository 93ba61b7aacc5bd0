"""Quantifiers of judgements: how many areas a grade is said of, and whether a count moved.

``_quantifier`` reads a sentence's one quantifier ('all five areas', 'four of the five
judgements', 60%, 'half', 'none of the areas', 'all but one') into its words, count,
total, percentage and how many a quantifier of all leaves out; ``moved_count`` tells a
count of areas that improved or declined from a count of those at a grade. ``_AREAS``
(what a count of judgements counts) is read again by the modules after this one.
"""

from __future__ import annotations

import re

from verify.types import ClaimValues
from verify.words.changes import direction_of
from verify.words.clauses import Break, clause_spans
from verify.words.criticism import COUNTED_UNDER_HEADING, IMPROVE_HEADING, TO_IMPROVE_COUNTED
from verify.words.dates import LOOKING_BACK_RE, YEAR
from verify.words.grades import RELEASE_GRADE
from verify.words.judgements import AREAS_NOT_GRADED
from verify.words.numbers import FRACTION, PERCENT_NUMBER, fraction, number, percent_number
from verify.words.numbers import NUMBER as _NUM

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
    r"|(?<!\bat )(?<!\bof )(?<!\bto )(?<!\bagainst )(?<!\bcompared with )(?<![\d.,])"
    rf"(?P<pct>(?P<pct_n>{PERCENT_NUMBER})\s*(?:%|per ?cent\b))"
    rf"(?!\s+of\s+(?!(?:the |its |their )?[“\"‘']?(?:{_NUM} )?{_AREAS}))"
    r"(?!\s+(?:in\s+England|nationally|across\s+(?:England|the\s+country))\b)"
    r"|\b(?P<most>(?:the (?:vast )?majority|most) of (?:the |its )?"
    rf"(?:(?P<most_of>{_NUM}) )?{_AREAS})\b"
    rf"|\b(?P<frac>(?P<frac_w>{FRACTION}) of (?:the |its )?(?:(?P<frac_of>{_NUM}) )?{_AREAS})\b"
    rf"|\b(?P<all_but>all but (?P<but>{_NUM})"
    rf"(?: (?:of (?:the |its )?)?(?:(?P<but_of>{_NUM}) )?{_AREAS}"
    r"|(?: judgement)? (?:area|judgement|category))?)\b"
    rf"|\b(?P<only>the only (?:one of (?:the |its )?(?:(?P<only_of>{_NUM}) )?{_AREAS}"
    r"|judgement area|area|judgement|category))\b(?![^,.;]*\b(?:not|never|no longer)\b)"
    rf"|(?<!\bthe only )(?<!\bthe only one of the )(?<!\bthe only one of its )"
    rf"\b(?P<count>{_NUM}) (?:(?:of|in|out of)(?: {_OWNER})? )?"
    rf"(?:(?P<of>{_NUM}) )?{_AREAS}\b"
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
good areas, contradicted; nor a measure's level, 'school attendance ... was good at 96%',
'a rate of 85%', 'rose to 60%', drift31: a share of good areas, contradicted; nor a
figure set against another, 'against 55 per cent in England', drift53: likewise), 'half',
'the majority of the five judgements' (more than half of five: compare13, the five were
read as a count, five of five), a share in words of them ('half of the six judgements',
'two thirds of the areas': ratings14, the six were read as a count, six of six), one
area alone ('the only area rated inadequate', 'the only one of the six areas to be rated
good': one of them; not 'the only area not rated inadequate' nor 'the only one of the four
areas not rated inadequate', whose grade is the others', and whose 'four areas' is their
total, no count: session 23's derived sets, read as four areas at the grade),
all of them but some ('all but one of the judgements': ratings14, was read as one of them);
a half of a span of time ('four and a half years after', 'half a term') counts none."""


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


def improvement_count(sentence: str) -> int | None:
    """How many recommendations or areas to improve the sentence says the report makes
    (``TO_IMPROVE_COUNTED``: 'it makes 18 recommendations'), None when it says none or
    its clause looks back or names a year: 'the 15 recommendations made at the last
    inspection', 'all 12 recommendations of the 2014 report' are another report's."""
    for m in TO_IMPROVE_COUNTED.finditer(sentence):
        a, b = next((a, b) for a, b in clause_spans(sentence, Break.BOUND) if a <= m.start() < b)
        if not (LOOKING_BACK_RE.search(sentence, a, b) or YEAR.search(sentence, a, b)):
            return number(m["n"])
    return None


def items_under_heading(sentence: str, words: str) -> int | None:
    """How many items a sentence naming the report's 'What needs to improve' heading says it
    lists ('Under the heading ‘What needs to improve?’, the report lists three areas',
    drift28 and drift29: three articles, no claim read), counted in its ``words`` outside
    quotation marks (the heading is often quoted); None when it names no heading or counts
    nothing, or the count looks back or names a year."""
    if not IMPROVE_HEADING.search(sentence):
        return None
    m = COUNTED_UNDER_HEADING.search(words)
    if m is None or LOOKING_BACK_RE.search(words) or YEAR.search(words):
        return None
    return number(m["n"])
