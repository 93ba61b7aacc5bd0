"""A claim's words told the other way by a report clause about the same subject.

A claim's word negated by its prefix or said by its opposite, against the plain word the
report says ('unstable' for 'stable', ``prefix_opposite``), and a word of the praise against
its opposite or a fault the claim says is absent ('slow' for 'quickly', 'some delays' for
'without delay', ``opposite_said``, its words read once a claim by ``opposed_patterns``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from verify.check.common import content_words
from verify.check.negation.restated import criticises, unquoted
from verify.check.negation.subjects import _standing_clause, _with_antecedent, subject_words
from verify.words.clauses import clause_spans, clauses, opens_on_verb
from verify.words.criticism import FAULT, FAULT_DENIED, FAULT_LESSENED, PRIVATIVE
from verify.words.qualifiers import (
    NEGATION,
    NEGATIVE_PREFIX,
    OPPOSITES,
    UNIVERSAL,
    negated_before,
    plain_forms,
    words_before,
)
from verify.words.quantities import LIMITED


def prefix_opposite(claim: str, words: set[str], sentence: str) -> tuple[str, bool] | None:
    """The claim's word negated by its prefix ('an unstable workforce', ``NEGATIVE_PREFIX``)
    or said by its opposite ('poor progress', ``OPPOSITES``; session 13) whose plain word a
    clause of the supporting ``sentence`` says with no negation or criticism ('The
    workforce is increasingly stable', 'make good progress'), and that holds at least half
    the claim's other content words (the same subject): the opposite, no support. With
    whether it holds every one of them (the same subject in the same clause: strong enough
    to contradict; else support is only withheld). A clause saying the claim's own word
    too tells both, not the opposite ('reduced reliance on agency staff and increased the
    number of permanent staff' for 'has increased the number of permanent staff')."""
    for said, plain in _opposed_words(claim):
        others = words - content_words(said)
        own = _whole_word(re.escape(said))
        for clause in clauses(sentence):
            if not plain.search(clause) or NEGATIVE_PREFIX.search(clause) or own.search(clause):
                continue  # 'reduced reliance on agency staff and increased ...' says both
            if NEGATION.search(clause) or criticises(clause):
                continue
            shared = others & content_words(clause)
            if others and 2 * len(shared) >= len(others):
                return said, shared == others
    return None


def _opposed_words(claim: str) -> list[tuple[str, re.Pattern[str]]]:
    """Each word of the claim that has an opposite, with the pattern of it: a word its
    prefix negates with its plain word, and a word of ``OPPOSITES`` (``_opposites_of``)."""
    found = [
        (m.group(0), re.compile(rf"\b{plain_forms(m.group('stem'))}\b", re.I))
        for m in NEGATIVE_PREFIX.finditer(claim)
    ]
    return found + _opposites_of(claim)


def _opposites_of(claim: str) -> list[tuple[str, re.Pattern[str]]]:
    """Each word of ``OPPOSITES`` in the claim (not one the claim itself negates: 'not
    poor') with the pattern of its opposites, and each fault the claim says is absent
    ('provided without delay', ``FAULT_DENIED``) with the fault said plainly (session 18:
    the report's 'some delays to the provision of support'). Not a word whose opposite its
    clause says too: it tells two things, one each way (session 21: 'the drop in quality had
    been a huge increase in demand' was read against the report's decline in quality); an
    opposite in another clause is of another subject ('Caseloads have reduced ..., and more
    staff have increased their skills' keeps its 'reduced', review of session 21)."""
    found = []
    for m in re.finditer(r"[\w-]+", claim):
        opposite = OPPOSITES.get(m.group(0).lower())
        if not opposite or _kept_away_at(claim, m.start()):
            continue
        if opposite.search(_clause_at(claim, m.start())):
            continue  # the clause tells both ways itself: of two things, neither its subject
        if not negated_before(claim, m.start()):
            found.append((m.group(0), opposite))
    return found + [(m.group(0), FAULT) for m in FAULT_DENIED.finditer(claim)]


def _clause_at(text: str, at: int) -> str:
    """The clause of ``text`` holding ``text[at]`` (``clause_spans``), or the whole text
    when ``at`` falls in a break between two."""
    return next((text[a:b] for a, b in clause_spans(text) if a <= at < b), text)


def _kept_away_at(text: str, at: int) -> bool:
    """True when ``at`` falls where ``text`` says a fault is absent, kept away or lessened
    ('preventing drift and delay', 'reducing delays', ``FAULT_DENIED``,
    ``FAULT_LESSENED``): a claim's 'delay' there is no word of its praise to be told the
    other way, and a report's 'drift' there no fault said plainly (opposites18b:
    'preventing drift and delay' was contradicted by the report's 'preventing drift and
    ensuring timely decisions', by its 'timely' and by its 'drift')."""
    spans = (m.span() for p in (FAULT_DENIED, FAULT_LESSENED) for m in p.finditer(text))
    return any(start <= at < end for start, end in spans)


def opposite_said(claim: str, words: set[str], sentence: str) -> tuple[str, str, bool] | None:
    """A clause of the report's ``sentence`` saying the opposite of a word of the praise
    (``OPPOSITES``: 'underdeveloped' for 'a strength', 'slow' for 'quickly', 'a reduction'
    for 'increased'; or by a prefix, ``_prefix_opposites``: 'stable' for 'unstable',
    'inconsistent' for 'consistent'), that word not negated ('not slow') and the claim's
    own word not said beside it, the clause holding at least half the claim's other
    subject words (``subject_words``: the same subject): the report's own words on it are
    the other way, though its opposite word criticises, which ``prefix_opposite`` (reading
    a critical claim against plain praise) does not read. With the claim's word, the
    report's, and whether the clause holds every other subject word of the claim (the same
    subject in the same clause: strong enough to contradict; else support is only
    withheld). A clause is read as far as its break of equal standing for that
    (``_standing_clause``): 'High caseloads for many staff, particularly in locality teams,
    ... adversely affect' tells the locality teams' caseloads high."""
    subject = subject_words(claim, words)
    parts = clauses(sentence)
    for said, opposite in opposed_patterns(claim):
        others = _said_of(subject - _other_predicates(claim, said), said)
        own = _whole_word(re.escape(said))
        for n, clause in enumerate(parts):
            found = opposite.search(clause)
            if not found or own.search(clause):
                continue
            if _denied_before(clause, found.start()) or _kept_away_at(clause, found.start()):
                continue  # 'not slow', 'no reduction', 'preventing drift': told otherwise
            held = _with_antecedent(parts, n)
            if opens_on_verb(clause) and own.search(held):
                continue  # its subject's clause says the claim's word: told both ways
            shared = others & content_words(held)
            if others and 2 * len(shared) >= len(others):
                whole = _holds_all(others, own, parts, n, sentence)
                return (
                    said,
                    found.group(0),
                    whole and not _limited_against_all(claim, sentence, parts[n]),
                )
    return None


def _said_of(subject: set[str], said: str) -> set[str]:
    """The ``subject`` words but those of the word told (``said``): what it is told of."""
    return subject - content_words(said)


@lru_cache(maxsize=1024)
def _other_predicates(claim: str, said: str) -> frozenset[str]:
    """The content words of the claim's other predicates of its subject: its clauses opening
    on their verb (``opens_on_verb``) that do not say ``said``, less the words of the clause
    that does. What they tell is no part of what ``said`` is told of ('Staff turnover has
    worsened and is now more of an issue': what has worsened is staff turnover; session 21,
    polarity21: 'an issue' was read as the subject too, so the report's 'Staff turnover ...
    has improved' never held the whole subject). A clause of another shape ('including
    social workers knowing children well') may name the subject itself, and stays."""
    parts = clauses(claim)
    own = _whole_word(re.escape(said))
    saying = [p for p in parts if own.search(p)]
    if not saying:
        return frozenset()
    others = (p for p in parts if opens_on_verb(p) and not own.search(p))
    told = set().union(*(content_words(p) for p in others))
    return frozenset(told - content_words(" ".join(saying)))


@lru_cache(maxsize=1024)
def opposed_patterns(claim: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each word of the claim with an opposite (``OPPOSITES``, a fault it denies, a prefix
    either way), with the pattern of that opposite: what ``opposite_said`` reads, read once
    a claim though every candidate sentence asks."""
    return (*_opposites_of(claim), *_prefix_opposites(claim))


def _holds_all(
    others: set[str], own: re.Pattern[str], parts: list[str], n: int, sentence: str
) -> bool:
    """True when clause ``n`` of ``parts`` (with its antecedent), or the clause of equal
    standing holding it (``_standing_clause``) where that does not say the claim's ``own``
    word too, holds every one of the claim's ``others`` subject words."""
    if others <= content_words(_with_antecedent(parts, n)):
        return True
    wider = _standing_clause(sentence, parts[n])
    return not own.search(wider) and others <= content_words(wider)


def _limited_against_all(claim: str, sentence: str, clause: str) -> bool:
    """True when the claim says its praise of every one ('every child ... receives a timely
    response', ``UNIVERSAL``) and the clause of equal standing telling the opposite limits
    it to part ('for a small number of children, ... waiting too long', ``LIMITED``): the
    report's limit, generalised (misleading, as ``generalised`` reads it: fresh17), not the
    opposite said of all."""
    return bool(
        UNIVERSAL.search(unquoted(claim)) and LIMITED.search(_standing_clause(sentence, clause))
    )


@lru_cache(maxsize=4096)
def _whole_word(pattern: str) -> re.Pattern[str]:
    """``pattern`` as a whole word (not inside 'well-managed'), compiled once: the
    patterns are cache keys of ``PassageIndex.sentences_matching``, so the same word must
    give the same pattern object."""
    return re.compile(rf"(?<![\w-]){pattern}(?![\w-])", re.I)


def _prefix_opposites(claim: str) -> list[tuple[str, re.Pattern[str]]]:
    """Each word of the claim a prefix negates ('unstable', ``NEGATIVE_PREFIX``) with the
    pattern of its plain word ('stable'), and each plain word of the claim with the pattern
    of it so negated ('consistent': 'inconsistent'); not one the claim itself negates ('not
    consistent'), nor a word of how often ('consistently', ``UNIVERSAL``: 'consistently
    good' against 'inconsistent' generalises what varies, ``varies_where_always``)."""
    found = []
    for m in re.finditer(r"[\w-]+", claim):
        word = m.group(0)
        if UNIVERSAL.fullmatch(word) or negated_before(claim, m.start()):
            continue
        if negated := NEGATIVE_PREFIX.fullmatch(word):
            found.append((word, _whole_word(plain_forms(negated["stem"]))))
        elif len(word) >= 5 and any(NEGATIVE_PREFIX.fullmatch(p + word) for p in ("in", "un")):
            found.append((word, _whole_word(rf"(?:un|in|im|ir|il|non-?){re.escape(word)}")))
    return found


_PRIVATIVE = re.compile(rf"\b(?:{PRIVATIVE})\b", re.I)


def _denied_before(clause: str, at: int) -> bool:
    """A negation or a privative ('without', 'free of') among the two words before ``at``:
    the word there is denied ('not slow', 'acts without delay')."""
    before = " ".join(words_before(clause, at, 2))
    return bool(NEGATION.search(before) or _PRIVATIVE.search(before))
