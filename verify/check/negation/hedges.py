"""Hedges and variation of the report's clause that a claim drops.

'beginning to' or 'not fully' restated as done (``dropped_hedge``), 'not always' or 'varies'
restated as always (``only_varies``, ``varies_where_always``), 'not all' as the whole
(``only_denies_whole``).
"""

from __future__ import annotations

import re

from verify.check.common import content_words, shared
from verify.check.negation.negations import _prefix_negation
from verify.check.negation.restated import (
    _restated_clauses,
    criticises,
    limits_itself,
    restated_clause,
)
from verify.match import Hit, Sentence
from verify.words.qualifiers import ALWAYS, HEDGES, UNIVERSAL, VARIES, ended_by_until

# Praise told as always so ('consistently high') is contradicted by the clause it restates
# when that says it varies, holding this share of the claim's content words.
_OPPOSED_MIN = 0.6


def dropped_hedge(claim: str, words: set[str], sentence: str) -> str | None:
    """The hedge ('beginning to', 'not fully') of the clause of ``sentence`` that the
    claim restates (its content ``words``), when the claim has none: the claim states as
    done or whole what the report says is begun or partial. A claim with a limit of its
    own ('some children') or a negation does not state it done or whole. A claim may
    restate more than one clause ('Recent work is beginning to have some impact, with
    improvements in timeliness'): every clause it holds most of counts."""
    if limits_itself(claim):
        return None
    for clause in _restated_clauses(words, sentence):
        found = HEDGES.search(clause)
        if found and ended_by_until(clause, found.end()):
            continue  # 'not fully recognised until the director commissioned a review'
        if found and not (
            _of_another_subject(clause, found, words) or _beside(clause, found, words)
        ):
            return " ".join(found.group(0).split())
    return None


_WITH = re.compile(r"\bwith\b", re.I)


def _beside(clause: str, hedge: re.Match, words: set[str]) -> bool:
    """True when the claim (its content ``words``) restates only a 'with' phrase after the
    hedged predicate, which the hedge does not reach: '... is beginning to have an impact
    with five permanent social work appointments recently being made' for 'with five
    permanent social work appointments recently made' (drift34: called misleading for
    leaving out 'is beginning to', though it says nothing of the impact)."""
    beside = _WITH.search(clause, hedge.end())
    return beside is not None and not content_words(clause[: beside.start()]) & words


_AND = re.compile(r"\band\s+", re.I)
_SUBJECT_WORDS_MAX = 8


def _of_another_subject(clause: str, hedge: re.Match, words: set[str]) -> bool:
    """True when the ``hedge`` of ``clause`` follows 'and' and a subject of its own, and
    hedges what the claim (its content ``words``) does not say: the subject and what
    follows the hedge name none of its words, the text before 'and' some ('Early help
    services are effective and leaders are beginning to see the impact' hedges the leaders,
    not the services; the clause splitter keeps such a sentence whole: fresh17). A hedged
    predicate the claim restates is its own ('have stabilised and numbers are now beginning
    to reduce' for 'has steadily reduced')."""
    before = clause[: hedge.start()]
    joins = list(_AND.finditer(before))
    if not joins:
        return False
    subject = before[joins[-1].end() :]
    own = content_words(subject)
    return (
        0 < len(subject.split()) <= _SUBJECT_WORDS_MAX
        and bool(own)
        and not (own | content_words(clause[hedge.end() :])) & words
        and bool(words & content_words(before[: joins[-1].start()]))
    )


def only_varies(claim: str, words: set[str], sentence: str) -> str | None:
    """The 'not always' or 'varies' (``VARIES``) of the clause of ``sentence`` the claim
    restates, when that is its only
    criticism and the claim says 'always' or 'consistently' (``ALWAYS``): the claim
    generalises what the report says holds some of the time, misleading in every path
    that reads it (as ``negated_restatement`` reads 'not always' and ``generalised``
    'most'), not the opposite of it ('Supervision does not always help social workers
    understand complex problems' for 'supervision always helps ...'). A word of the claim
    the clause negates by its prefix is a criticism too ('Thresholds ... are unclear, which
    means children do not always receive the right help' for 'are clear, which means
    children always receive ...' says the opposite), in any clause the claim restates."""
    clause = restated_clause(words, sentence)
    found = VARIES.search(clause)
    if (
        not found
        or not ALWAYS.search(claim)
        or criticises(VARIES.sub(" ", clause))
        or any(_prefix_negation(claim, words, c) for c in _restated_clauses(words, sentence))
    ):
        return None
    return found.group(0)


def only_denies_whole(claim: str, words: set[str], sentence: str) -> str | None:
    """The 'not all' or 'not every' of a clause of ``sentence`` the claim restates, when
    the claim says the whole plainly with no word of how many ('Social workers have
    sufficient knowledge ...' for 'Not all social workers have ...', as
    ``denies_claims_all`` reads it) and that is the sentence's only criticism: the claim
    generalises a part, as 'always' does 'not always' (session 13: was contradicted). A
    claim saying 'all' in so many words ('all children have their own assessments' for
    'not all children have ...') says the opposite, and a clause negating a word of the
    claim by its prefix ('unclear') criticises beside it: neither is only a part."""
    if UNIVERSAL.search(claim) or criticises(_DENIED_WHOLE.sub(" ", sentence)):
        return None
    restated = _restated_clauses(words, sentence)
    if any(_prefix_negation(claim, words, c) for c in restated):
        return None
    found = next((m for c in restated if (m := _DENIED_WHOLE.search(c))), None)
    return found.group(0) if found else None


def varies_where_always(
    claim: str, words: set[str], scored: tuple[Sentence, Hit, float]
) -> str | None:
    """The words saying it varies ('varies', 'inconsistent', 'not always') in the clause
    of the nearest sentence the claim restates (at least _OPPOSED_MIN of its content
    ``words``), when the claim says it holds always or everywhere ('consistently high')
    with no limit of its own: the report says the other way what the claim says."""
    if not UNIVERSAL.search(claim) or limits_itself(claim):
        return None
    clause = restated_clause(words, scored[0].text)
    if shared(words, clause) < _OPPOSED_MIN:
        return None
    found = VARIES.search(clause)
    return found.group(0) if found else None


_DENIED_WHOLE = re.compile(rf"(?:\bnot|n[’']t)\s+(?:quite\s+)?{UNIVERSAL.pattern}", re.I)
"""'not every', 'not all', "isn't always": a claim's own limit on a 'whole'."""
