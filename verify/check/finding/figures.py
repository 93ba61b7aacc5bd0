"""The figures a finding and a report sentence give, and which of the claim's the sentence lacks.

A figure must be the report's: a passage saying the same with another figure contradicts,
one with another value of the same measure withholds support. A figure is given by the
same figure, in words, as a ratio of the same share, or by one the claim's bound or round
number is true of (``words.numbers``); years are no figures.
"""

from __future__ import annotations

import re

from verify.check.common import content_words
from verify.match import Sentence
from verify.words.dates import SEASONS
from verify.words.numbers import (
    MONTH,
    NUMBER,
    SPELLED_NUMBER,
    approximation,
    fits,
    number,
    percent_number,
    ratios,
    spelled_numbers,
)
from verify.words.sentences import SENTENCE_END


def _figures(text: str) -> set[str]:
    """The figures a text gives ('33%', '12', 'doubled'), years left out (a year range's
    '-14' in '2013-14' too): a finding is
    contradicted by a passage that says the same in its words with other figures ('a 50%
    increase' for 'a 33% increase'), and not supported by one without the change it
    names ('doubled'). A number missing from a passage found by meaning is no evidence:
    releases add dates, times and counts from elsewhere."""
    return {figure for figure, _ in _figure_matches(text)}


def _figure_matches(text: str) -> list[tuple[str, re.Match]]:
    """Each figure ``_figures`` reads, with where the text gives it."""
    found = []
    for m in _FIGURE.finditer(text):
        if m["n"]:
            figure = f"{m['n']}%" if m["pct"] else m["n"]
        elif m["spelled"]:
            figure = f"{percent_number(m['spelled']):.0f}%"
        else:
            figure = m["times"].lower()
        if not _YEAR.fullmatch(figure):
            found.append((figure, m))
    return found


_POINTS_BACK = re.compile(
    r"\s*(?:this|that|it|these|which)\s+(?:is|was|are|were|represents?|represented|means?|meant)\b",
    re.I,
)
"""A sentence opening on what the one before said ('This is an increase of 38% on the
previous year'): its figures are that sentence's too."""


def with_what_follows(sentence: Sentence) -> str:
    """``sentence``'s text, and the next sentence of its passage when that one opens by
    pointing back at it (``_POINTS_BACK``): 'In 2013–2014, Adoption Orders were made for 44
    children. This is an increase of 38% on the previous year.' gives the increase of the
    orders (drift49: the first sentence alone supported 'up 45 per cent')."""
    passage = sentence.passage
    rest = passage.text[max(0, sentence.end - passage.start) :]
    if not _POINTS_BACK.match(rest):
        return sentence.text
    following = SENTENCE_END.split(rest.strip(), maxsplit=1)[0]
    return f"{sentence.text} {following}"


def _unmatched(claim: str, sentence: str) -> tuple[set[str], set[str]]:
    """The claim's figures the sentence does not give, and the sentence's the claim does
    not. A figure is given by the same figure, by the number written in words ('16 and
    17-year-olds' for 'Sixteen- and 17-year-old children'), by a ratio of the same share
    ('nine out of 10' for '90%'), or by one the claim's bound or round number is true of
    ('more than 100' for 102, 'almost 250' for 248, ``words.numbers.fits``). A claim gives
    the report's figure otherwise only when both sets hold one: a figure of its own beside
    all of the sentence's ('approved 48 adopters, just short of its target of 50' for 'just
    short of their target of 50') is one the report does not give, no other value of one
    it does."""
    said, printed = _told(claim), _told(sentence)
    in_words = {str(n) for n in spelled_numbers(sentence)} | _range_ends(sentence)
    in_claims_words = {str(n) for n in spelled_numbers(claim)}
    met: set[str] = set()
    missing = set()
    for figure, how in said:
        fitting = {p for p, rounded in printed if _fits(figure, how or rounded, p)}
        met |= fitting
        if not fitting and figure not in in_words:
            missing.add(figure)
    replaced = {p for p, _ in printed if p not in met and p not in in_claims_words}
    return missing, replaced


_RANGE = re.compile(r"(?<![\d.])\d{1,3}\s*[–-]\s*(?P<end>\d{1,3})(?![\d.])")


def _range_ends(text: str) -> set[str]:
    """The second figures of ranges ('19–21-year olds'), which ``_FIGURE`` leaves out so
    that a year range's '-14' is none: a claim's 'aged 19 to 21' gives them (drift's
    west-berkshire_2017: 21 was read as missing, and support withheld)."""
    return {m["end"] for m in _RANGE.finditer(text)}


def _told(text: str) -> list[tuple[str, str | None]]:
    """Each figure ``_figures`` reads in ``text``, with how the words before it give it
    (``words.numbers.approximation``: 'more than', 'almost'); a ratio ('nine out of 10',
    ``words.numbers.ratios``) as its percentage, a round one."""
    shares = ratios(text)
    told: list[tuple[str, str | None]] = [(f"{pct:.0f}%", "near") for _, _, pct in shares]
    for figure, m in _figure_matches(text):
        if not any(a <= m.start() < b for a, b, _ in shares):
            told.append((figure, approximation(text[: m.start()])))
    return told


def _fits(said: str, how: str | None, printed: str) -> bool:
    """True when the claim's figure ``said`` (given ``how``) is true of the sentence's
    ``printed``: the same figure, or a bound or round number of the same kind (a
    percentage of a percentage)."""
    if said == printed:
        return True
    if how is None or said.endswith("%") != printed.endswith("%"):
        return False
    try:
        return fits(float(said.rstrip("%")), how, float(printed.rstrip("%")))
    except ValueError:  # 'doubled'
        return False


_FIGURES_MET_MIN = 0.6
"""A passage holding this share of a claim's words, with a figure of the same measure
that differs, withholds support: 'fallen to around 25%' is not 'to around 35%'."""


def given_by_its_passage(claim: str, sentence: Sentence, missing: set[str]) -> set[str]:
    """The claim's ``missing`` figures that the rest of the sentence's passage prints
    counting the same thing (``_unit``): a claim joining two sentences of a paragraph gives
    the report's figures ('467 of its 847 care leavers' where paragraph 125 opens 'The local
    authority has responsibility for 847 care leavers' and its sentence saying the claim
    gives the 467: drift50, support withheld for 'other figures')."""
    if not missing:
        return set()
    printed = {
        (f, _unit(sentence.passage.text, m)) for f, m in _figure_matches(sentence.passage.text)
    }
    counted = ((f, _unit(claim, m)) for f, m in _figure_matches(claim) if f in missing)
    return {f for f, unit in counted if unit and (f, unit) in printed}


def _same_measure(claim: str, sentence: str, missing: set[str]) -> bool:
    """True when the passage gives another value of what the claim's missing figures
    measure: a percentage where the claim's percentage is missing, a figure in common
    anchoring the same statistic ('from 230 to over 500' for 'from 230 to over 380'), or a
    figure of the same unit ('within 48 hours' for 'within 24 hours')."""
    said, theirs = _figures(claim), _figures(sentence)
    percent = any(f.endswith("%") for f in missing) and any(f.endswith("%") for f in theirs)
    units = {_unit(sentence, m) for _, m in _figure_matches(sentence)} - {None}
    missing_units = {_unit(claim, m) for f, m in _figure_matches(claim) if f in missing}
    return percent or bool(said & theirs) or bool(units & missing_units)


def _given_otherwise(claim: str, sentence: str, missing: set[str], replaced: set[str]) -> bool:
    """True when the sentence gives, beside figures the claim repeats, another value of
    the kind the claim's missing figure is: a percentage for its percentage ('5.5% ... and
    the national figure of 12%' for '5.5%, against a national figure of 15%'). A figure
    the claim only leaves out ('compared with 47% in 2015-16') is no other value."""
    if not _figures(claim) & _figures(sentence):
        return False
    return any(f.endswith("%") for f in missing) and any(f.endswith("%") for f in replaced)


def same_unit_otherwise(claim: str, sentence: str, missing: set[str], replaced: set[str]) -> bool:
    """True when the claim shares a figure with the sentence (the same statistic, anchored)
    and gives, where the sentence has a figure of the same unit, another value ('61
    adoption orders ..., a 53 per cent increase' where the report has '61 adoption orders
    were granted, which is a 35% increase': drift34's staffordshire_2014_news, left not
    checkable at 62% of its words): a printed figure told otherwise."""
    if not _figures(claim) & _figures(sentence):
        return False
    said = {_measure(claim, f, m) for f, m in _figure_matches(claim) if f in missing}
    printed = {_measure(sentence, f, m) for f, m in _figure_matches(sentence) if f in replaced}
    return any(unit for _, unit in said & printed)


def _measure(text: str, figure: str, m: re.Match) -> tuple[bool, str | None]:
    """A figure's kind (a percentage or not) and the word it counts (``_unit``)."""
    return figure.endswith("%"), _unit(text, m)


_WHEN_IN = rf"\s+in\s+(?:(?:early|mid|late)[- ]|(?:{MONTH}|{'|'.join(SEASONS)})\s+(?:of\s+)?)?"
"""'in' and any month, season or part of a year before the year ('visit in October 2021')."""
_DATED_NOUN = re.compile(rf"\b(?P<noun>[a-z]{{4,}}){_WHEN_IN}(?P<year>(?:19|20)\d\d)\b", re.I)


def year_told_otherwise(claim: str, sentence: str) -> tuple[str, str] | None:
    """The claim's dated thing ('a focused visit in 2022', 'in October 2021') and the
    sentence's date of it ('the focused visit in 2021', drift41's 'in October 2020'), when
    the sentence gives it another year and not the claim's: a printed date, which a finding
    restating the sentence gets wrong (drift35: supported, years being no figures). None
    when the sentence dates it as the claim does or not at all."""
    for m in _DATED_NOUN.finditer(claim):
        if m["year"] in sentence or not content_words(m["noun"]):
            continue
        dated = re.search(rf"\b{re.escape(m['noun'])}{_WHEN_IN}((?:19|20)\d\d)\b", sentence, re.I)
        if dated:
            return m.group(0), dated.group(0)
    return None


def _unit(text: str, m: re.Match) -> str | None:
    """The word a figure counts ('hours' in 'within 24 hours', normalised), if a content
    word follows it ('and' in '230 and 500' is none)."""
    after = _UNIT.match(text, m.end())
    unit = content_words(after["unit"]) if after else set()
    return next(iter(unit), None)


_UNIT = re.compile(r"[\s-]+(?P<unit>[a-z]{3,})\b", re.I)
_FIGURE = re.compile(
    r"(?<![\w.,])(?<!\d[–-])(?P<n>\d+(?:\.\d+)?)(?P<pct>\s*(?:%|per ?cent\b))?(?![\w.,]\d)"
    rf"|\b(?P<spelled>{SPELLED_NUMBER}|(?:a|one)[- ]hundred)\s+per ?cent\b"
    r"|\b(?P<times>doubled|tripled|trebled|quadrupled|halved)\b",
    re.I,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_TIMES = {"doubled", "tripled", "trebled", "quadrupled", "halved"}
_POUNDS = re.compile(r"£\s?$")


def sums(text: str) -> set[str]:
    """The figures a text gives as sums of money ('£8.3 million', '£120,000'): a sum is what
    a claim of spending says, so a passage found by meaning that does not print it, and
    restates less than half the claim's words, bears out none of it (drift46: 'The council
    put an extra £8.3 million into children's services ...' was supported by a sentence on
    plans, sharing a fifth of its words). One restating most of it bears out the rest ('It
    notes that caseloads remain too high in some teams; the council has already secured
    funding for five extra posts, part of the £3.2 million ...')."""
    return {f for f, m in _figure_matches(text) if _POUNDS.search(text, 0, m.start())}


_COUNTED_NOUN = re.compile(
    rf"(?<![\w%.,-])(?P<n>{NUMBER})\s+(?P<what>(?:[a-z][a-z-]+\s+){{0,4}}?[a-z][a-z-]+s)\b", re.I
)
"""A count of a thing named by a plural and up to four words before it, the fewest that
reach a plural ('five monitoring visits', '20 supernumerary newly qualified social
workers')."""
_TIME_UNIT = re.compile(r"(?:days|weeks|months|years|quarters|hours|minutes)$", re.I)
"""Counts of time are a measure's values, which the figures weigh (``_unmatched``): a
sentence gives several ('a reduction from 505 days ... to 386 days')."""


def count_told_otherwise(claim: str, sentence: str) -> tuple[str, str] | None:
    """The claim's count of a thing ('the three monitoring visits') and the sentence's
    count of the same thing ('the subsequent four monitoring visits'), when the sentence
    counts it otherwise and never as the claim does: a printed count, in words or digits,
    which a finding restating the sentence gets wrong (drift37: supported, a number in
    words being no figure). So too a share of a number ('in eight of the 10 cases tracked'
    where the sentence has 'In nine of 10 children's cases tracked') and the span a finding
    holds over ('in the last three years' where 'in the last two years'): drift38, both
    supported. None when the sentence counts it as the claim does (any of the claim's
    counts of it, a bound or round number true of it: 'almost 250 parents' for 248) or not
    at all; other spans of time are a measure's values (``_TIME_UNIT``)."""
    for m in _COUNTED_NOUN.finditer(claim):
        if _TIME_UNIT.search(m["what"]) or not content_words(m["what"]):
            continue
        if told := _counted_otherwise(claim, sentence, "", rf"\s+{re.escape(m['what'])}\b"):
            return told
    for m in _SHARE_OF.finditer(claim):
        of = rf"\s+(?:out\s+)?of\s+(?:the\s+)?{re.escape(m['of'])}(?![\w%.,-])"
        if told := _counted_otherwise(claim, sentence, "", of):
            return told
    for m in _LAST_SPAN.finditer(claim):
        unit = rf"\s+{m['unit'].rstrip('s')}s?\b"
        if told := _counted_otherwise(claim, sentence, r"\b(?:last|past)\s+", unit):
            return told
    return None


_SHARE_OF = re.compile(
    rf"(?<![\w%.,-])(?:{NUMBER})\s+(?:out\s+)?of\s+(?:the\s+)?(?P<of>{NUMBER})(?![\w%.,-])", re.I
)
"""A share of a number of cases ('eight of the 10 cases', 'nine out of 10')."""
_LAST_SPAN = re.compile(
    rf"\b(?:last|past)\s+(?:{NUMBER})\s+(?P<unit>years?|months?|weeks?)\b", re.I
)
"""The span back from now a finding holds over ('in the last two years')."""


def _counted_otherwise(
    claim: str, sentence: str, before: str, after: str
) -> tuple[str, str] | None:
    """The claim's count in the frame ``before`` NUMBER ``after`` and the sentence's in the
    same frame, when the sentence's never fits the claim's (``_fits``)."""
    pattern = rf"{before}(?<![\w%.,-])({NUMBER}){after}"
    said = [
        (c.group(0), str(number(c.group(1))), approximation(claim[: c.start()]))
        for c in re.finditer(pattern, claim, re.I)
    ]
    counts = [(c.group(0), str(number(c.group(1)))) for c in re.finditer(pattern, sentence, re.I)]
    if said and counts and not any(_fits(n, how, p) for _, n, how in said for _, p in counts):
        return said[0][0], counts[0][0]
    return None
