"""A claim the report denies, and denials that are limits rather than opposites.

The report sentence whose restated clause is negated (``negated_restatement``), the claim's
own negation of what the report says plainly (``negated_where_plain``), a denial the report
says of part only ('in a minority of cases is not timely', ``denied_of_part``) and a 'not
all' against the claim's whole (``denies_claims_all``).
"""

from __future__ import annotations

import re

from verify.check.common import content_words, shared
from verify.check.negation.negations import (
    _denied_by_claim,
    _negated_beside,
    _negation_in_own_clauses,
    _negation_of,
    _prefix_negation,
)
from verify.check.negation.restated import (
    SHARED_MIN,
    SHARED_WORDS_MIN,
    critical,
    criticises,
    limits_itself,
    own_criticism,
    restated_clause,
)
from verify.match import Hit, Sentence
from verify.words.clauses import clauses
from verify.words.qualifiers import (
    HEDGES,
    NEGATION,
    NEGATIVE_PREFIX,
    UNIVERSAL,
    ended_by_until,
    negations_written_out,
)
from verify.words.quantities import LIMITED
from verify.words.referents import GROUPS

# A claim restates a report clause, for reading the clause's negation of it ('do not
# receive a prompt assessment'), when the clause holds this share of its content words.
_NEGATED_MIN = 0.6


def negated_restatement(
    claim: str, words: set[str], pool: list[tuple[Sentence, Hit, float]]
) -> tuple[tuple[Sentence, Hit, float], str] | None:
    """The report sentence whose clause the claim restates (at least _NEGATED_MIN of its
    content ``words``) but negated, with the negation ('not strongly', 'not always
    effective', 'do not receive'): the claim states plainly what the report says is not
    so, or not always so. Only when no other sentence holds as many of the claim's words
    unnegated (or SHARED_MIN of them: the report may say it plainly elsewhere), and
    never for a claim with a limit or a criticism of its own ('social workers fail to
    recognise' for 'do not recognise' says the same)."""
    if len(words) < SHARED_WORDS_MIN or limits_itself(claim):
        return None
    # A negation must reach a word the claim says something with, not its 'all' or
    # 'always': 'social workers meet all children regularly' is not negated by '..., but not
    # all children have their own assessments'.
    negatable = words - content_words(" ".join(m.group(0) for m in UNIVERSAL.finditer(claim)))
    found, plain = None, 0.0
    for scored in pool:
        clause = restated_clause(words, scored[0].text)
        over_clauses = shared(words, clause) < _NEGATED_MIN
        if over_clauses:
            # The claim may restate a sentence over its clauses ('When concerns are raised
            # out of office hours, the response is not always effective').
            clause = scored[0].text
        if (share := shared(words, clause)) < _NEGATED_MIN:
            continue
        if over_clauses:
            negation = _negation_in_own_clauses(negatable, clause, restated="")
        else:
            negation = _negation_of(negatable, clause) or _negated_beside(
                negatable, clause, scored[0].text
            )
        negation = negation or _prefix_negation(claim, negatable, clause)
        at = clause.find(negation) if negation else -1
        if at >= 0 and ended_by_until(clause, at + len(negation)):
            negation = None  # 'not fully recognised until ...': when, not whether
        if negation and _denied_by_claim(claim, negation):
            negation = None  # 'acts without delay' for 'there is no delay': as the claim says
        if negation is None and scored[0].passage.kind == "improvement":
            continue  # an item to improve names the topic; it says nothing plainly
        if negation is None and critical(scored[0], words):
            continue  # said critically in other words ('a lack of'): not as the claim says it
        if negation is None:
            plain = max(plain, share)  # said plainly, as the claim says it
        elif _firmer(negation, found) and not own_criticism(claim, clause):
            found = (scored, negation, share)
    if found is None or plain >= min(found[2], SHARED_MIN):
        # Said plainly as fully elsewhere (or nearly word for word): no contradiction.
        return None
    return found[0], found[1]


def denied_of_part(claim: str, negation: str, sentence: str) -> str | None:
    """The limit ('in a minority of cases', 'for a small number', ``LIMITED``) standing
    before ``negation`` in its clause of ``sentence``: the report denies the claim's words
    of part only ('the implementation of management action plans, in a minority of cases
    is not timely or robust'), so a claim stating them plainly drops a limit (misleading),
    it does not say the opposite (session 18, findings18: was contradicted). A claim
    saying it of all or every one ('consistently effective in every team' for 'in some
    teams are not effective') says the opposite, as 'all' against 'not all' does."""
    if UNIVERSAL.search(claim):
        return None
    for clause in clauses(sentence):
        if (at := clause.find(negation)) <= 0:
            continue
        before = clause[:at]
        if _attributive(negation, clause[at + len(negation) :], claim):
            before = " ".join(before.split()[-_LIMIT_BEFORE_WORD:])
        if limit := LIMITED.search(before):
            return limit.group(0)
    return None


# A limit on an attributive negation ('some inconsistent practice') stands this near it.
_LIMIT_BEFORE_WORD = 2


def _attributive(negation: str, after: str, claim: str) -> bool:
    """True when ``negation`` is one word negated by its prefix standing before a noun of the
    claim ('impacted by the inconsistent practice of out-of-hours services' for 'practice in
    out-of-hours services is consistent'): it tells that thing itself the other way, so a
    limit farther back limits something else ('Some children's experiences are impacted
    by ...'; session 19: was misleading)."""
    following = after.split()[:1]
    return (
        " " not in negation.strip()
        and bool(NEGATIVE_PREFIX.fullmatch(negation.strip()))
        and bool(following)
        and bool(content_words(following[0]) & content_words(claim))
    )


def _firmer(negation: str, found: tuple | None) -> bool:
    """True when ``negation`` is the first found, or a plain denial where the first found
    was a hedge ('not sufficiently robust' in the report's summary where the nearer
    paragraph says 'not yet sufficiently robust'): the report saying plainly, somewhere,
    that it is not so is the evidence to weigh (session 15: was misleading)."""
    return found is None or bool(HEDGES.search(found[1]) and not HEDGES.search(negation))


_NO_ONE = re.compile(
    rf"no\s+(?:one|young|{GROUPS['children']}|{GROUPS['staff']}|{GROUPS['carers']})\b", re.I
)
"""'No' before the people a claim is about ('no child was waiting', 'no young person'):
it says none of them does what follows, and denies no word the report says of them
(written24: 'no child was waiting' was withheld beside 'Children who have a plan for
adoption are matched quickly', which says the same), unless the report says all of what
follows of them plainly (``_denies_predicate``)."""


def _denies_predicate(claim: str, negation: str, sentence: str) -> bool:
    """True when every content word of what the claim says after its 'no' and the people
    (``negation``: 'No children are seen quickly by social workers') is said in one clause
    of ``sentence`` that neither negates nor criticises ('Children are seen quickly by
    social workers'): none of them doing what the report says they do is its opposite."""
    at = claim.lower().find(negation.lower())
    predicate = content_words(claim[at + len(negation) :]) if at >= 0 else set()
    return bool(predicate) and any(
        predicate <= content_words(clause) and not (NEGATION.search(clause) or criticises(clause))
        for clause in clauses(sentence)
    )


def negated_where_plain(claim: str, words: set[str], sentence: str) -> str | None:
    """The claim's own negation of a word the report's ``sentence`` says plainly ('the
    out of hours service is not responsive' for '... is responsive, and there is no delay'
    has a 'no' of its own, but not before 'responsive'), when the clause saying that word
    neither negates nor criticises: the same words told the other way are no support.
    Support withheld, never a flag: the claim may deny it in words the sentence words
    otherwise."""
    negation = _negation_of(words, claim)
    if negation is None:
        return None
    if _NO_ONE.match(negation):
        return negation if _denies_predicate(claim, negation, sentence) else None
    if negation.lower() in negations_written_out(sentence).lower():
        return None  # 'who are NEET' for 'not in education': the same negation
    said = content_words(negation.split()[-1])
    for clause in clauses(sentence):
        if said & content_words(clause) and not (NEGATION.search(clause) or criticises(clause)):
            return negation
    return None


def denies_claims_all(claim: str, negation: str) -> bool:
    """True when the report's ``negation`` denies the very 'all' or 'every' the claim says
    ('Not all social workers have sufficient knowledge' for 'all social workers know'), or
    denies a whole the claim says of its subject with no word of how many ('social workers
    have sufficient knowledge ...': session 13, was contradicted): a limit on the claim,
    dropped as 'Most' is (``generalised``), not its opposite."""
    denied = re.match(rf"not\s+({UNIVERSAL.pattern})", negation, re.I)
    said = {m.group(0).lower() for m in UNIVERSAL.finditer(claim)}
    return bool(denied) and (not said or denied.group(1).lower() in said)
