"""Which clause of a report sentence a claim restates, and whether it criticises.

Most readings of the package start here: the clause holding most of the claim's content
words (read with the clause its pronoun stands for), the shares of the claim's words that
count as restating it (``SHARED_MIN``, ``RESTATED_MIN``, ``RESTATED_HALF``), whether a
sentence or that clause criticises (remembered: every finding asks it of the same
sentences), and whether the claim has a limit, a negation or a criticism of its own, its
quoted words left out (``unquoted``). ``restated_critically`` and ``criticised_nearer``
withhold support where the report's own passage on the praise is critical.
"""

from __future__ import annotations

import re
from functools import lru_cache

from verify.check.common import content_words, shared
from verify.match import Hit, Sentence
from verify.words.clauses import EXAMPLE, clauses, has_verb
from verify.words.criticism import ASKED_TO_IMPROVE, CRITICAL, criticism_now
from verify.words.marks import (
    DOUBLE_BOTH,
    DOUBLE_CLOSE,
    DOUBLE_OPEN,
    SINGLE_BOTH,
    SINGLE_CLOSE,
    SINGLE_OPEN,
)
from verify.words.qualifiers import HEDGES, IN_PROGRESS, NEGATION, UNIVERSAL
from verify.words.quantities import LIMITED
from verify.words.referents import THING_PRONOUNS

# A sentence holding this share of the claim's content words says the same by its words
# alone, whatever the cosine (a claim cut by the end of the text has little meaning
# left to compare), when the claim has at least SHARED_WORDS_MIN content words.
SHARED_MIN, SHARED_WORDS_MIN = 0.8, 4
# A limited sentence restated without its limit must share this share of its words.
RESTATED_MIN = 0.85
# A hedge counts in the clause of the report's sentence holding the most of the claim's
# content words, and at least this many: the clause the claim restates.
_HEDGED_CLAUSE_WORDS = 3
# Another clause of the sentence is restated too when the claim holds this share of its
# content words.
RESTATED_HALF = 0.5


def critical(sentence: Sentence, words: set[str] | None = None) -> bool:
    """A sentence that criticises: critical words, or an item of 'What needs to improve'.
    Given a claim's content ``words``, only the clause the claim restates counts: 'X are
    closely tracked, although Y are not completed' does not criticise X."""
    text = sentence.text if words is None else _with_what_it_exemplifies(words, sentence.text)
    return sentence.passage.kind == "improvement" or criticises(text)


def _with_what_it_exemplifies(words: set[str], sentence: str) -> str:
    """The clause of ``sentence`` the claim restates (``restated_clause``), read with the
    clause before it when it opens as an example of that one (``EXAMPLE``): 'such as
    arrangements when children go missing from home and care' carries the criticism of
    'areas of the service where practice still requires improvement' (short20, Sheffield
    2019: the example alone read as no criticism, and supported 'arrangements for children
    who go missing ... highly effective' with MiniLM)."""
    parts = restated_parts(words, sentence)
    if len(parts) != 1 or not EXAMPLE.match(parts[0]):
        return " ".join(parts)
    before = [clause for clause, _ in _clause_words(sentence)]
    at = before.index(parts[0]) if parts[0] in before else 0
    return " ".join([before[at - 1], parts[0]]) if at else parts[0]


@lru_cache(maxsize=4096)
def criticises(text: str) -> bool:
    """``CRITICAL`` found in a report sentence or clause, remembered: the pool of every
    finding asks it of the same report sentences, claim after claim. What an earlier visit
    is said to have found is no criticism of now (``criticism_now``)."""
    return bool(criticism_now(text))


def restated_clause(words: set[str], sentence: str) -> str:
    """The words of ``sentence`` a claim's content ``words`` restate: its clause holding the
    most of them, or that clause read with the one before it that its pronoun stands for
    (``restated_parts``)."""
    return " ".join(restated_parts(words, sentence))


def restated_parts(words: set[str], sentence: str) -> tuple[str, ...]:
    """The clause of ``sentence`` holding the most of a claim's content ``words``: the one
    the claim restates (a sentence joins a strength and a limit by commas or 'although');
    two clauses when a pronoun opening the second stands for the first and the two hold
    more (``_held_with_antecedent``). Of clauses holding as many, one that states
    something: 'Supervision, although regular, is inconsistent in its quality' restates
    'the quality of supervision' in 'is inconsistent in its quality', not in its bare
    subject. (``has_verb`` is asked of the tied clauses only: it is the costly question,
    and most sentences have no tie.)"""
    parts = _clause_words(sentence)
    held = [len(words & own) for _, own in parts]
    most = max(held)
    if joined := _held_with_antecedent(words, parts, most):
        return joined
    tied = [c for (c, _), n in zip(parts, held, strict=True) if n == most]
    return (tied[0] if len(tied) == 1 else max(tied, key=has_verb),)


_STANDS_FOR_BEFORE = re.compile(
    rf"\W*(?:(?:and|but|yet|so)\s+)?(?:{THING_PRONOUNS}|its|their)\s", re.I
)
"""A clause opening on a pronoun or a possessive standing for the clause before ('they are
not yet consistently ...', 'its quality in driving practice improvement ... remains
variable')."""


def _held_with_antecedent(
    words: set[str], parts: tuple[tuple[str, frozenset[str]], ...], most: int
) -> tuple[str, str] | None:
    """A clause whose subject is a pronoun standing for the clause before
    (``_STANDS_FOR_BEFORE``), read with it, when the two hold more of the claim's ``words``
    than any clause alone (``most``): the claim restates both, its subject in the one and
    its predicate in the other (session 20, paraphrase20: 'While management oversight and
    supervision are
    evident, they are not yet consistently demonstrating ... practice improvement' was read
    at its first clause for 'management oversight and supervision consistently drive
    improvements in practice', so its 'not yet consistently' was never read, and it
    supported the claim)."""
    texts = [c for c, _ in parts]
    for n in range(1, len(parts)):
        if not _STANDS_FOR_BEFORE.match(texts[n]):
            continue
        if len(words & (parts[n - 1][1] | parts[n][1])) > most:
            return texts[n - 1], texts[n]
    return None


@lru_cache(maxsize=4096)
def _clause_words(sentence: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each clause of ``sentence`` with its content words, remembered: the finding checks
    ask which clause restates a claim of the same report sentences, claim after claim
    (about 2.4 times a sentence in a check), and splitting and reading it was most of
    ``restated_clause``'s time."""
    return tuple((c, frozenset(content_words(c))) for c in clauses(sentence))


_QUOTED = re.compile(
    rf"[{DOUBLE_OPEN}{DOUBLE_BOTH}][^{DOUBLE_CLOSE}{DOUBLE_BOTH}]*[{DOUBLE_CLOSE}{DOUBLE_BOTH}]"
    rf"|(?<!\w)[{SINGLE_OPEN}{SINGLE_BOTH}][^{SINGLE_CLOSE}{SINGLE_BOTH}]*"
    rf"[{SINGLE_CLOSE}{SINGLE_BOTH}](?!\w)"
)


def unquoted(claim: str) -> str:
    """The claim with the words inside its own quotation marks blanked (same length): those
    are the report's words, checked as a quotation, so an 'all' or 'consistently' there is
    no generalisation of the claim's own (fresh17: 'Inspectors said "all children" ...'
    was misleading beside a 'most' in another sentence)."""
    return _QUOTED.sub(lambda m: " " * len(m.group(0)), claim)


def own_criticism(claim: str, said: str) -> bool:
    """True when the claim criticises in words of its own, not ``said`` by the report
    ('social workers fail to recognise' for 'do not recognise'): it tells the report's
    negation in other words. A critical word the report uses too ('past concerns') is the
    topic, not the claim's tone."""
    found = [*CRITICAL.finditer(claim), *ASKED_TO_IMPROVE.finditer(claim)]
    return any(m.group(0).lower() not in said.lower() for m in found)


def _restated_clauses(words: set[str], sentence: str) -> list[str]:
    """The clauses of ``sentence`` a claim (its content ``words``) restates: the one
    holding the most of its words, and any other holding half of its own content words
    among them; each holding at least _HEDGED_CLAUSE_WORDS of them."""
    parts = _clause_words(sentence)
    restated = restated_parts(words, sentence)
    main = " ".join(restated)
    held = {c: len(words & own) for c, own in parts}
    held.setdefault(main, len(words & content_words(main)))  # a clause read with its antecedent
    others = [c for c, own in parts if c not in restated and held[c] >= RESTATED_HALF * len(own)]
    return [c for c in [main, *others] if held[c] >= _HEDGED_CLAUSE_WORDS]


def limits_itself(claim: str, said: str = "") -> bool:
    """A claim with a limit of its own ('some', 'not yet', 'most', 'in the main'), a change
    told as under way ('increasingly') or a negation: it does not state a begun, partial or
    negated thing as done, whole or so. A limit the report's clause ``said`` holds too is
    the report's, not the claim's ('typically thorough' for 'typically superficial')."""
    return any(
        m.group(0).lower() not in said.lower()
        for limit in (HEDGES, LIMITED, IN_PROGRESS, NEGATION)
        for m in limit.finditer(claim)
    )


def restated_critically(
    words: set[str], same: list[tuple[Sentence, Hit, float]], supporting_share: float
) -> bool:
    """True when a critical clause restates the praise's words (at least SHARED_MIN of
    them) more fully than the best sentence that would support it: the report's own
    passage on it is critical ('The capacity of the service ... is too limited'), and a
    weaker, uncritical sentence is another topic, no support. Only a support withheld,
    never a flag; and only at SHARED_MIN: at half the words, a critical clause nearer
    the praise than its support was mostly another aspect (3 dev claims lost support)."""
    return any(
        critical(s, words)
        and (share := shared(words, restated_clause(words, s.text))) >= SHARED_MIN
        and share > supporting_share
        for s, _, _ in same
    )


def criticised_nearer(
    claim: str,
    words: set[str],
    same: list[tuple[Sentence, Hit, float]],
    supporting: tuple[Sentence, Hit, float],
) -> bool:
    """True when praise told of every case or every time ('every child in care has their
    life-story work started promptly', 'consistently high') has, nearer it than the
    sentence that would support it and holding more of its words, a sentence saying the
    same thing critically in the clause it restates ('A very small minority of children
    ... wait too long for life-story work to start'): the report's own passage on it
    limits what the claim tells of all, and a farther sentence found by meaning, holding
    under half the claim's words, is another aspect ('Children in care ... receive a good
    service'). Only a support withheld, never a flag; a claim with a limit of its own tells
    no 'all'."""
    if supporting[2] >= RESTATED_HALF or not UNIVERSAL.search(claim) or limits_itself(claim):
        return False
    for scored in same:
        if scored is supporting:
            return False
        if critical(scored[0], words) and scored[2] > supporting[2]:
            return True
    return False
