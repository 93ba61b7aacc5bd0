"""A claim read as two, for a flag that may belong to one of its clauses.

Gold labels a sentence clause by clause where each clause states something of its own
("... rated outstanding in every area, keeping the outstanding overall rating it has held
since 2017"), yet extraction keeps most such sentences whole: cutting every one lost more
support than it gave (session 27), and labellers keep more of them whole than they cut. So the
cut is made only when it is asked for: the check asks for these readings of a sentence it
has flagged or left not checkable (``verify.check.clauses``), and keeps one only when the
halves' verdicts show where the sentence's belongs. Each half is read as extraction reads
a part of a sentence: its own values and kind, a relative clause timed by the clause it
hangs on. A half that states something but reads as no claim is kept in the cut, marked
(``Cut.unread``): a flag may stand beside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from verify.extract.attribution import mask_spans
from verify.extract.claims.parts import dated_by_antecedent
from verify.extract.claims.sentences import year_hint_of
from verify.extract.kinds import Context, classify, timed
from verify.extract.values import parse_values
from verify.types import Claim, Release
from verify.words.clauses import (
    EXAMPLE,
    Break,
    clause_breaks,
    has_any_verb,
    has_verb,
    needs_subject,
    opens_on_verb,
    opens_with_subject,
    plainly_told,
    trimmed,
)
from verify.words.dates import DONE_PARTICIPLES, own_years

_SOLE_KINDS = ("quote", "opinion")
"""Kinds never cut: a quotation's flags are placed word by word already, and an official's
every clause is their own."""


class Cut(NamedTuple):
    """A claim cut in two (ids the claim's with '.1' and '.2'). ``unread`` is the half (1
    or 2) whose words state something but read as no claim of their own ('..., and some
    social workers were responsible for as many as 55 children': no kind, or an opinion),
    kept with the whole's kind and checked by nothing; 0 when both read as claims."""

    one: Claim
    two: Claim
    unread: int = 0

    def read(self) -> list[Claim]:
        """The halves that read as claims: those a check judges."""
        return [h for k, h in enumerate((self.one, self.two), 1) if k != self.unread]


def halves(claim: Claim, release: Release) -> list[Cut]:
    """``claim`` cut in two at each of its clause breaks in turn, first break first, where
    each half states something alone (``_stands_alone``) and one at least reads as a
    claim. Nothing for a quotation or an opinion."""
    return halves_of([claim], release)[0]


def halves_of(claims: list[Claim], release: Release) -> list[list[Cut]]:
    """``halves`` of each of ``claims``, the release's dating (its year hint and own years)
    read once for them all: the check asks for the cuts of every claim it may place in
    one go, so their lookups are encoded in one batch."""
    hint, years = year_hint_of(release.text), own_years(release.text)
    return [list(_cuts(claim, release.text, hint, years)) for claim in claims]


def _cuts(claim: Claim, text: str, hint: int | None, years: set[int]) -> Iterator[Cut]:
    if claim.kind in _SOLE_KINDS:
        return
    words = mask_spans(
        text[claim.start : claim.end],
        (
            (max(q.start, claim.start) - claim.start, min(q.end, claim.end) - claim.start)
            for q in claim.quoted
        ),
    )
    for before, after, _ in clause_breaks(words, Break.BOUND):
        first, second = trimmed(words, 0, before), trimmed(words, after, len(words))
        said_first, said_second = words[slice(*first)], words[slice(*second)]
        examples = bool(EXAMPLE.match(said_second))
        if _ASIDE_OPENS.match(said_second) or _subject_cut_off(said_first, said_second):
            continue
        if not (_stands_alone(said_first) and (examples or _stands_alone(said_second))):
            continue
        one, read_one = _half(claim, 1, first, said_first, hint, years)
        two, read_two = _half(claim, 2, second, said_second, hint, years, said_first)
        if read_one and read_two:
            yield Cut(one, two)
        elif read_one != read_two and (
            _own_subject(said_second if read_one else said_first) or (read_one and examples)
        ):
            yield Cut(one, two, 2 if read_one else 1)


_ASIDE_OPENS = re.compile(
    rf"\W*(?:published|issued|released|{DONE_PARTICIPLES})\b[^,.;]{{0,60}},",
    re.I,
)
"""A participle's aside on the noun ending the words before ('at the council's last
inspection, published in 2014, when services for looked after children were judged
adequate'): no clause of its own, and a cut before it leaves that noun's date in the other
half (drift40: the year read as the second half's, flagged there, the first half supported)."""


def _subject_cut_off(first: str, second: str) -> bool:
    """True when the second half is the predicate of a subject the first half only names,
    with no finite verb of its own ('The tri-borough Local Safeguarding Children Board,
    shared with the two neighbouring councils, | was also judged good'); not a second
    predicate of a first half that has its own ('Redbridge has now been rated outstanding
    at two inspections in a row, | and is one of a small number of councils ...')."""
    return opens_on_verb(second) and not has_verb(first)


_COMPARED = re.compile(
    r"\W*(?:(?:\w+er|better|worse|(?:more|less|fewer)(?:\s+\w+)?)\s+than|against|compared\s+(?:with|to))"
    r"\s+(?:an?|the|its|their)\b",
    re.I,
)
"""A comparison set beside the clause it compares, with no verb of its own: 'quicker
than the 40-week average for similar councils', 'against a government target of 487
days', 'compared with 47% nationally'. It states something of that clause's figure."""
_OWN_RELATIVE = re.compile(r"\W*(?:when|where)\s+", re.I)
"""A relative word that a clause's own subject follows ('when it was rated ...', 'where
concerns are received'), unlike 'which' or 'who', which are the subject."""


def _stands_alone(said: str) -> bool:
    """True for words that state something of their own: a verb, and a subject, or a
    relative clause with its own subject after 'when' or 'where' ('when it was rated
    requires improvement in every area', timed by the clause before); or a comparison set
    beside its clause (``_COMPARED``). The verb may be one the clause grammar does not read
    (``words.clauses.has_any_verb``). A second predicate ('and also found the service
    required improvement') says nothing alone."""
    if _COMPARED.match(said):
        return True
    if not has_any_verb(said):
        return False
    if not needs_subject(said):
        return True
    opened = _OWN_RELATIVE.match(said)
    return bool(opened and opens_with_subject(said[opened.end() :]))


def _own_subject(said: str) -> bool:
    """True for words opened by a subject of their own: a half that reads as no claim is
    cut off only then, not a second predicate of the other's subject ('Inspectors said the
    council was rated good and praised its leaders')."""
    return opens_with_subject(said) or plainly_told(said)


def _half(
    claim: Claim,
    k: int,
    span: tuple[int, int],
    said: str,
    hint: int | None,
    years: set[int],
    before: str = "",
) -> tuple[Claim, bool]:
    """The half ``span`` (offsets into the claim) as a claim of its own, and whether its
    words read as one (a kind, not an opinion): one that does not keeps the whole's kind;
    a half after ``before`` takes its time when it is a relative clause
    (``dated_by_antecedent``)."""
    values = parse_values(said, hint)
    kind = classify(said, values, Context())
    start, end = claim.start + span[0], claim.start + span[1]
    half = claim.model_copy(
        update={
            "id": f"{claim.id}.{k}",
            "text": claim.text[span[0] : span[1]],
            "start": start,
            "end": end,
            "quoted": [q for q in claim.quoted if start <= q.start < end],
            "values": values,
        }
    )
    if kind is None or kind == "opinion":
        return half, False
    values.grades = dated_by_antecedent(before, said, values.grades, hint)
    kind, values = timed(kind, values, years)
    return half.model_copy(update={"kind": kind, "values": values}), True
