"""A sentence's parts told of an earlier inspection, each cut off as a claim of its own so
today's claim and the earlier one get a verdict each (``verify.extract.claims.parts`` asks
them in turn): a move from an earlier grade hung on today's rating (``change_parts``), the
last inspection dated by a relative clause after another claim (``last_dated_parts``), and
a dated aside about the subject's past (``past_aside_parts``). Spans are offsets into the
sentence's words.
"""

from __future__ import annotations

import re

from verify.extract.kinds import Context, classify
from verify.extract.values import parse_values
from verify.types import ClaimKind, ClaimValues
from verify.words.changes import LAST_DATED_AFTER
from verify.words.clauses import has_verb, trimmed
from verify.words.dates import YEAR, YEARS_EARLIER
from verify.words.grades import RELEASE_GRADE_RE
from verify.words.judgements import RELEASE_JUDGEMENT_RE
from verify.words.numbers import number

_CHANGE_HUNG = re.compile(
    r",\s+(?=(?:moving|moved|rising|climbing|jumping|going|improving|falling|dropping|slipping)"
    r"\s+(?:up|down|back)?\b|(?P<bare>(?:up|down)\s+from\b))",
    re.I,
)
"""A participle of moving between grades hung on the clause before it, after a comma
('..., moving up two grades since the last inspection in 2017', '..., dropping a grade'),
or a bare move from an earlier grade ('..., up from requires improvement two years
earlier', '..., down from good') when the clause before names no area: the bare move has
no subject of its own, so an area's earlier grade ('Services for children in care ... have
been rated good, up from requires improvement') stays in one comparison with it."""


def change_parts(
    words: str, kind: ClaimKind, ctx: Context, year_hint: int | None
) -> list[tuple[ClaimKind, int, int, ClaimValues]]:
    """The sentence as a rating and a comparison when a rating of today is followed by a
    participle telling the move from an earlier grade ("Children's services in Somerset
    have been rated good by Ofsted, moving up two grades since the watchdog's last
    inspection in 2017, when the service was rated inadequate"): today's grade is checked
    against today's table, the move and the earlier grade against the earlier report
    (history24: one comparison, contradicted for its earlier grade, flagged the true
    rating with it). Empty when the sentence is no comparison, the clause before is no
    rating of today's alone, or the participle's words make no comparison alone."""
    found = _CHANGE_HUNG.search(words) if kind == "comparison" else None
    if found is None:
        return []
    (ra, rb), (ca, cb) = trimmed(words, 0, found.start()), trimmed(words, found.end(), len(words))
    rated, change = parse_values(words[ra:rb], year_hint), parse_values(words[ca:cb], year_hint)
    if classify(words[ra:rb], rated, ctx) != "rating" or not has_verb(words[ra:rb]):
        return []
    if found["bare"] and RELEASE_JUDGEMENT_RE.search(words[ra:rb]):
        return []
    if classify(words[ca:cb], change, ctx) != "comparison":
        return []
    years = {y for m in rated.grades for y in m.years_near}
    later = YEARS_EARLIER.search(words, ca, cb)
    if change.previous_year is None and later and len(years) == 1:
        # '..., up from requires improvement two years earlier': earlier than the year
        # the rating before it is given in, not than today.
        change.previous_year = years.pop() - number(later["n"])
    return [("rating", ra, rb, rated), ("comparison", ca, cb, change)]


_OWN_CLAIM_KINDS = ("finding", "inspection_fact", "national")
"""Kinds of claim a clause can make beside the comparison dating the last inspection:
not a grade or a change of grades, which the year is part of, nor an opinion."""


def last_dated_parts(
    words: str, kind: ClaimKind, ctx: Context, year_hint: int | None
) -> list[tuple[ClaimKind, int, int, ClaimValues]]:
    """The sentence as a claim and a comparison when a clause ending on the council's last
    inspection has a relative clause dating it hung on it (``LAST_DATED_AFTER``: 'Inspectors
    said the council had not made sufficient progress since its last inspection, which
    took place in 2017 and also found the service required improvement'): the clause
    before the comma its own claim (a finding), the last inspection with the relative
    clause a comparison, judged for its year and grade (drift25: one comparison, its wrong
    year flagged the true finding with it; a sentence read as one finding left the year
    unchecked). The comparison keeps 'its last inspection', which the year is given to.
    Empty when the sentence is neither comparison nor finding, or the clause before makes
    no claim of its own or one of grades (``_OWN_CLAIM_KINDS``)."""
    found = LAST_DATED_AFTER.search(words) if kind in ("comparison", "finding") else None
    if found is None:
        return []
    (ma, mb), (ca, cb) = (
        trimmed(words, 0, found.start("comma")),
        trimmed(words, found.start(), len(words)),
    )
    main, dated = parse_values(words[ma:mb], year_hint), parse_values(words[ca:cb], year_hint)
    main_kind = classify(words[ma:mb], main, ctx)
    if main_kind not in _OWN_CLAIM_KINDS or classify(words[ca:cb], dated, ctx) != "comparison":
        return []
    return [(main_kind, ma, mb, main), ("comparison", ca, cb, dated)]


_PAST_ASIDE = re.compile(
    r"^[^,]{3,80}?,\s+(?P<aside>(?:(?:previously|formerly|once|long|already)\s+)?[a-z]+(?:ed|en)\b"
    rf"[^,]*?{YEAR.pattern}[^,]*?),\s+"
    r"(?P<rest>(?:has|have|had|is|are|was|were|now|will|today)\b.+)$"
)
"""A dated aside about the subject's past between it and its verb ('Haringey Council,
previously criticised for failures in the deaths of ... in 2007, has received ...')."""


def past_aside_parts(
    words: str, kind: ClaimKind, ctx: Context, year_hint: int | None
) -> list[tuple[ClaimKind, int, int, ClaimValues]]:
    """The sentence as two claims when an aside after its subject tells the subject's
    past with a year and no grade: the aside a comparison with the inspection of that
    (latest) year, the rest of the sentence its own claim. Empty when there is no such
    aside, it or the subject it dates gives a grade (the sentence is then one comparison of
    grades: 'The previous judgement of requires improvement, given in 2019, has been
    replaced', noticed23, lost its earlier grade, the subject in neither claim), the sentence
    is an opinion, or the rest makes no claim alone. Spans are offsets into ``words``."""
    found = _PAST_ASIDE.search(words) if kind != "opinion" else None
    if found is None or RELEASE_JUDGEMENT_RE.search(words[: found.start("aside")]):
        return []  # the rest would lose the judgement its grade is given to
    (aa, ab), (ra, rb) = (trimmed(words, *found.span(g)) for g in ("aside", "rest"))
    aside = parse_values(words[aa:ab], year_hint)
    if aside.grades or aside.previous_grade or RELEASE_GRADE_RE.search(words[:ab]):
        return []  # 'Children in care, rated good in 2023, are now outstanding': one comparison
    years = [int(y) for y in YEAR.findall(words[aa:ab])]
    if year_hint is not None and max(years) >= year_hint:
        return []  # 'The council, inspected in January 2026, ...': this inspection's time
    rest = parse_values(words[ra:rb], year_hint)
    rest_kind = classify(words[ra:rb], rest, ctx)
    if rest_kind is None:
        return []
    aside.previous_year = aside.previous_year or max(years)
    return [("comparison", aa, ab, aside), (rest_kind, ra, rb, rest)]
