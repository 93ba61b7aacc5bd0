"""The report's own words telling a finding the other way, or limiting it.

A sentence telling the claim's words by their opposite (``_opposed``, in the pool and then
across the report), one saying it varies where the claim says it always holds
(``_varies_in_pool``), one telling a change in the other direction (``_opposite_change``,
``_other_direction``), and the report's critical sentence restated with its criticism gone
(``_restated_without_criticism``). ``_negated_alike`` keeps a 'not' both say from reading as
criticism of praise. Each answers a question; the verdicts are built in ``support`` and
``steps``.
"""

from __future__ import annotations

import re

from verify.check.common import content_words, shared
from verify.check.finding.reading import _Reading
from verify.check.negation import (
    RESTATED_HALF,
    RESTATED_MIN,
    SHARED_MIN,
    critical,
    limits_itself,
    opposed_patterns,
    opposite_said,
    restated_clause,
    subject_words,
    varies_where_always,
)
from verify.match import Hit, Sentence
from verify.words.changes import direction_of
from verify.words.clauses import clauses
from verify.words.criticism import CRITICAL
from verify.words.dates import LOOKING_BACK
from verify.words.qualifiers import NEGATION, VARIES


def _opposed(
    r: _Reading, support: list[tuple[Sentence, Hit, float]], critical_claim: bool
) -> tuple[tuple[Sentence, Hit, float], tuple[str, str, bool]] | None:
    """The report's words telling the claim the other way (``_opposed_in_pool``). A
    criticism ('Early permanence was identified as a weakness') is read so only when
    nothing says it and a clause holds its whole subject told the other way ('Early
    permanence is a strength'): the report praises one aspect beside criticising another
    often enough that less is no evidence."""
    if not critical_claim:
        return _opposed_in_pool(r, support)
    if support or not (opposed := _opposed_in_pool(r, [])) or not opposed[1][2]:
        return None
    return opposed


def _opposed_in_pool(
    r: _Reading, support: list[tuple[Sentence, Hit, float]]
) -> tuple[tuple[Sentence, Hit, float], tuple[str, str, bool]] | None:
    """The first sentence of the pool holding at least as many of the claim's words as its
    best support (any, when it has none) whose clause says the opposite of a word of the praise
    (``negation.opposite_said``: 'The corporate parenting board is underdeveloped' for
    'praised the corporate parenting board as a strength', session 15: was supported by
    that very sentence; 'a reduction in the turnover of staff' for 'turnover has
    increased'), with what it says: the report's own words on it tell the other way. The
    best support itself is read too (paraphrase17: '..., these have been slow to develop'
    supported 'have been quick to develop'), and so is a sentence holding as many of its
    words (opposites18b: 'Completed assessments demonstrate careful consideration of
    children's needs' supported 'assessments of children's needs are completed quickly'
    beside 'Too many assessments take too long to complete', as near by words)."""
    bar = support[0][2] if support else 0.0
    first = None
    for scored in r.pool:
        if scored[2] < bar:
            continue
        if said := opposite_said(r.claim.text, r.words, scored[0].text):
            if said[2]:
                return scored, said
            first = first or (scored, said)
    weak = not support or support[0][2] < RESTATED_HALF or _off_subject(r, support[0][0])
    if first is None:
        return _opposed_whole(r, bar) if weak else None
    return _opposed_whole(r, bar) or first


def _off_subject(r: _Reading, sentence: Sentence) -> bool:
    """True when ``sentence`` holds under half the claim's subject words
    (``negation.subject_words``): what it shares with the claim is when or whose, not what
    (session 21, polarity21: 'Since the last inspection in 2016, there has been a decline in
    the overall effectiveness ...' held half the words of 'staff turnover had risen since
    the last inspection', none of its subject, and as support kept the report's 'staff
    turnover have reduced' from being read)."""
    subject = subject_words(r.claim.text, r.words)
    return 2 * len(subject & content_words(sentence.text)) < len(subject)


def _opposed_whole(
    r: _Reading, bar: float
) -> tuple[tuple[Sentence, Hit, float], tuple[str, str, bool]] | None:
    """A sentence telling the claim's whole subject the other way (``opposite_said``, whole),
    looked for once a sentence of the pool told part of it so and withheld its support, or
    the support is weak: among the pool's sentences holding fewer of the claim's words than
    its support (``bar``), then outside the pool (``_opposed_elsewhere``). Its words on the
    same subject are the evidence the part withheld (session 21, polarity21: 'far fewer
    children being looked after now than ... two years ago' withheld support from 'the
    number of children looked after has risen over the past two years', and 'The number of
    children looked after has been significantly reduced' was never read: it held fewer of
    the claim's words, the time it names among them)."""
    for scored in r.pool:
        if scored[2] >= bar:
            continue
        if (said := opposite_said(r.claim.text, r.words, scored[0].text)) and said[2]:
            return scored, said
    return _opposed_elsewhere(r)


# A claim's subject must hold this many words to be found told the other way outside the
# sentences ranked nearest it (``_opposed_elsewhere``): one word ('morale') names no subject.
_ELSEWHERE_SUBJECT_MIN = 2


def _opposed_elsewhere(
    r: _Reading,
) -> tuple[tuple[Sentence, Hit, float], tuple[str, str, bool]] | None:
    """The first report sentence outside the ranked pool that holds the opposite of a word
    of the claim (``negation.opposed_patterns``) and, in the clause saying it, every word of
    the claim's subject (``negation.subject_words``, at least _ELSEWHERE_SUBJECT_MIN of
    them), when nothing supports the claim or its support holds under half its words (found
    by meaning, another aspect): the report tells the same subject the other way in a
    sentence ranking missed, a long one or one worded otherwise ('providing an
    increasingly stable workforce, a specialist service ...' for 'the workforce has become
    increasingly unstable'; 'Early permanence is a strength due to ...' for 'Early
    permanence was identified as a weakness'). Only a clause holding the whole subject
    counts: a flag on positive evidence, never support withheld by a sentence found by a
    word alone. A 'What needs to improve' item names a topic, telling it no way."""
    claim = r.claim.text
    if len(subject_words(claim, r.words)) < _ELSEWHERE_SUBJECT_MIN:
        return None
    pooled = {s.start for s, _, _ in r.pool}
    for _, opposite in opposed_patterns(claim):
        for sentence in r.index.sentences_matching(opposite):
            if sentence.start in pooled or sentence.passage.kind == "improvement":
                continue
            said = opposite_said(claim, r.words, sentence.text)
            if said and said[2]:
                share = shared(r.words, sentence.text)
                hit = Hit(sentence.start, sentence.end, share, sentence.passage, share)
                return (sentence, hit, share), said
    return None


def _varies_in_pool(
    r: _Reading, support: list[tuple[Sentence, Hit, float]]
) -> tuple[tuple[Sentence, Hit, float], str] | None:
    """The first sentence of the pool holding more of the claim's words than its best
    support whose clause the claim restates says it varies ('Although the quality of
    referral information is variable, ...') where the claim says it always holds
    ('consistently high'), with its words (``negation.varies_where_always``): the
    report's own sentence on it limits it, whatever other sentence would support the
    claim by meaning (paraphrase17: 'Thresholds ... are consistently applied' supported
    'the quality of referral information is consistently high')."""
    if not support:
        return None  # judged with no support: ``_without_support`` reads the nearest
    for scored in r.pool:
        if scored[2] <= support[0][2]:
            continue
        if varies := varies_where_always(r.claim.text, r.words, scored):
            return scored, varies
    return None


def _other_direction(
    claim: str, sentence: Sentence, share: float, pool: list[tuple[Sentence, Hit, float]]
) -> bool:
    """True when the best supporting sentence, found by meaning and fewer than SHARED_MIN
    of the claim's words, tells a change in another direction than the claim's ('have
    declined since 2012' beside 'Services have remained good for children looked after
    and have improved for care leavers'; the clause restated first, else the sentence),
    or tells none where praise tells one since an earlier time and no sentence near it
    tells that change ('have got worse since the last inspection' beside 'This is a
    contributing factor to the high rate of children in care': a sentence about today
    says nothing of a change): no support for it. Not a criticism said to hold still ('the
    pace of change was still too slow' beside 'some recent improvement but the pace of
    change has been too slow'). Withholds support only."""
    if share >= SHARED_MIN:
        return False
    said = direction_of(claim)
    clause = restated_clause(content_words(claim), sentence.text)
    told = direction_of(clause) or direction_of(sentence.text)
    if said and told is None:
        return (
            bool(_SINCE_EARLIER.search(claim))
            and not CRITICAL.search(claim)
            and not _SINCE_EARLIER.search(sentence.text)
            and not any(direction_of(s.text) == said for s, _, _ in pool)
        )
    if said == "maintained" and CRITICAL.search(claim):
        return False  # 'the pace of change was still too slow': a weakness kept, no rating
    return bool(said and told and said != told)


_OPPOSED_CHANGES = {"improved": "declined", "declined": "improved"}


def _opposite_change(
    claim: str, words: set[str], scored: tuple[Sentence, Hit, float]
) -> str | None:
    """The direction ('declined') the clause of the nearest sentence that says the claim
    (at least SHARED_MIN of its content ``words``) tells, when the claim tells the other
    ('improved'): 'a focused visit in 2022 found that the quality of practice had improved'
    for '... found that the quality of practice had deteriorated'. A claim with a limit or
    negation of its own, or kept at 'maintained' either side, is not opposed."""
    sentence, _, share = scored
    if share < SHARED_MIN or limits_itself(claim):
        return None
    said = direction_of(claim)
    told = direction_of(restated_clause(words, sentence.text))
    if not said or _OPPOSED_CHANGES.get(said) != told:
        return None
    return None if _told_alike_as_nearly(words, sentence.text, said) else told


def _told_alike_as_nearly(words: set[str], sentence: str, said: str) -> bool:
    """True when a clause of ``sentence`` holding as many of the claim's content ``words``
    as the one read as restated tells the claim's own change: the sentence tells both
    ('Improvement to the quality of the council's children's homes is now being
    prioritised, following a period where the quality of care had deteriorated' for 'the
    quality of care in the council's own children's homes had deteriorated for a period',
    written24: the first clause was read, and the change told the other way)."""
    parts = [(c, len(words & content_words(c))) for c in clauses(sentence)]
    most = max((n for _, n in parts), default=0)
    return any(n == most and direction_of(c) == said for c, n in parts)


_SINCE_EARLIER = re.compile(rf"\b(?:{LOOKING_BACK}|(?:19|20)\d\d)\b", re.I)
"""Words tying a change to an earlier time ('since the last inspection', 'than in 2019')."""


_NEGATING_ONLY = re.compile(r"not|\w+n[’']t", re.I)


def _negated_alike(claim: str, words: set[str], sentence: Sentence) -> bool:
    """True when the clause of ``sentence`` the claim restates criticises only by a 'not'
    and the claim negates too ('bed and breakfast accommodation is never used for care
    leavers' for 'Bed and breakfast accommodation is not used.'; session 21, findings21:
    the report's 'not' was read as a criticism of the claim's praise, and support
    withheld). Both say what is not so: the same statement, not another tone. Whether the
    claim negates what the sentence does is for the negation checks that come after. Not a
    'not always' or 'not consistently' (``VARIES``): that 'not' limits, it does not negate
    ('Care leavers are never helped to find suitable accommodation' is not what 'not always
    helped' says)."""
    if not NEGATION.search(claim) or sentence.passage.kind == "improvement":
        return False
    clause = restated_clause(words, sentence.text)
    said = [m.group() for m in CRITICAL.finditer(clause)]
    return (
        bool(said) and all(_NEGATING_ONLY.fullmatch(w) for w in said) and not VARIES.search(clause)
    )


def _restated_without_criticism(claim: str, words: set[str], sentence: Sentence, hit: Hit) -> bool:
    """True when the claim is a critical prose sentence of the report in its own words
    with the criticism gone ("Children wait for a conference" for "Too many children
    wait too long for a conference"); a heading, a table row or a 'What needs to improve'
    item (a topic named, not a criticism told: ``_listed_to_improve`` weighs it) is no
    such sentence, and a criticism in another clause than the one the claim restates is
    not left out, nor one the claim keeps in words of its own ('sometimes effective' for
    'not always effective', 'had fallen' for 'had declined'); a limit both say is no
    criticism kept ('typically thorough' for 'typically superficial')."""
    listed = sentence.passage.kind in ("table", "improvement")
    prose = not listed and sentence.text.rstrip().endswith((".", "!", "?"))
    return (
        prose
        and critical(sentence, words)
        and not CRITICAL.search(claim)
        and not limits_itself(claim, restated_clause(words, sentence.text))
        and hit.lexical >= RESTATED_MIN
        and not _same_decline(claim, restated_clause(words, sentence.text))
    )


def _same_decline(claim: str, clause: str) -> bool:
    """True when the claim tells the decline the report's clause criticises, in words of
    its own ('had fallen from 63% ... to 47%' for 'had declined from 63% ... to 47%'): the
    criticism is kept, not left out."""
    return direction_of(claim) == direction_of(clause) == "declined"
