"""Where a report clause negates the claim's own words.

A 'not' reaching one of them within a few words, past words of degree and light verbs
(``_negation_of``); a prefix negating one ('insufficient', ``_prefix_negation``); a 'not' in
another clause of the sentence about the claim's subject (``_negation_in_own_clauses``,
``_negated_beside``); and the claim denying that word itself (``_denied_by_claim``). The
words that read a negation, for ``denials`` and ``hedges`` to weigh.
"""

from __future__ import annotations

import re
from functools import lru_cache

from verify.check.common import content_words, shared
from verify.check.negation.restated import RESTATED_HALF, _clause_words
from verify.words.criticism import PRIVATIVE
from verify.words.qualifiers import NEGATION, NEGATIVE_PREFIX, NOT_ONLY

# A negation ('not had sufficient senior management oversight') negates the first of
# the claim's words within this many words after it.
_NEGATED_WITHIN = 4


@lru_cache(maxsize=4096)
def _word_starting(text: str) -> re.Pattern[str]:
    """A word that starts with ``text``, compiled once: asked of each candidate sentence's
    negated words, claim after claim."""
    return re.compile(rf"\b{re.escape(text)}", re.I)


def _prefix_negation(claim: str, words: set[str], clause: str) -> str | None:
    """A word of ``clause`` that is one of the claim's words (its content ``words``)
    negated by its prefix ('cover arrangements are insufficient' for the claim's
    'sufficient', ``NEGATIVE_PREFIX``): it denies the word as 'not' would. The claim must
    hold the word itself, not one sharing its first letters ('unaccompanied' is no
    negation of 'accommodated'), and the clause must not say the plain word too ('clear in
    the east and unclear in the west' tells a variation, not the opposite), nor the claim
    the negated word itself ('When care leavers live in unsuitable accommodation, ... apply
    for somewhere suitable' restates the report's 'unsuitable' and 'suitable'; session 20:
    with its inflections read, it held enough of the sentence's words to be contradicted)."""
    for m in NEGATIVE_PREFIX.finditer(clause):
        if _word_starting(m.group(0)).search(claim):
            continue  # the claim says the negated word too
        stem = m.group("stem")
        whole = _word_starting(stem[: max(5, len(stem) - 2)])
        rest = content_words(clause[: m.start()] + clause[m.end() :])
        if content_words(stem) & (words - rest) and whole.search(claim):
            return m.group(0)  # not 'clear in the east and unclear in the west': it varies
    return None


def _negation_of(words: set[str], clause: str) -> str | None:
    """The negation in ``clause`` of words the claim holds: 'not' and the words up to
    the first of the claim's content ``words`` within _NEGATED_WITHIN words after it ('not
    always effective', 'not had sufficient senior management oversight' for a claim of
    close oversight by senior managers; 'do not respond to social workers' requests'
    negates 'respond', none of a claim's 'slow to answer social workers'); never 'not
    only', which affirms."""
    for m in NEGATION.finditer(clause):
        if NOT_ONLY.match(clause, m.start()):
            continue  # 'not only of the immediate concern, but ...' affirms it
        after = clause[m.end() :].split()[:_NEGATED_WITHIN]
        for n, word in enumerate(after):
            if content_words(word) & words:
                return " ".join([m.group(0), *after[: n + 1]]).strip(" ,.;:")
            if _another_word(word, words):
                break  # 'do not respond to social workers' negates 'respond', not 'social'
    return None


def _another_word(word: str, words: set[str]) -> bool:
    """True for a content word that is none of the claim's ``words`` in any inflection
    ('give' for 'gives' is the claim's) nor a word of degree (``_DEGREE``) nor a light
    verb (``_LIGHT_VERB``)."""
    own = content_words(word)
    bare = word.strip(" ,.;:")
    if not own or _DEGREE.fullmatch(bare) or _LIGHT_VERB.fullmatch(bare) or _BEING.fullmatch(bare):
        return False
    return not any(w[:4] == c[:4] for w in own for c in words)


_LIGHT_VERB = re.compile(r"(?:mak|tak|giv|get)(?:e|es|en|ing)?|made|took|gave|got", re.I)
"""A verb that carries no meaning of its own before the noun that does ('do not always
make effective use of the LADO service' negates a claim's 'used effectively'; 'not take
sufficient account of')."""


_BEING = re.compile(r"being", re.I)
"""The auxiliary of a continuous passive ('children are not being routinely offered access
to independent advocacy'): the negation reaches the verb after it (session 20,
paraphrase20: 'being' was read as a word of its own, so the negation reached none of the
claim's words and 'children are routinely offered access' was not contradicted)."""


_DEGREE = re.compile(
    r"always|consistently|sufficient(?:ly)?|fully|yet|enough|routinely|currently|really"
    r"|quite|entirely|wholly|altogether|necessarily|adequately|properly|effectively"
    r"|all|every|each|any|specific(?:ally)?|particular(?:ly)?",
    re.I,
)
"""Words between a 'not' and the word it negates that only say how far or how many ('not
consistently challenge', 'not had sufficient senior management oversight', 'not all
social workers'), or only narrow it ('there are no specific face to face support
services' denies a claim of access to face-to-face support); any other
content word is the word negated, and a claim that lacks it is not negated there."""


def _negated_beside(words: set[str], clause: str, sentence: str) -> str | None:
    """The negation, in another clause of ``sentence``, of a claim word the restated
    ``clause`` lacks: the claim runs over the clauses, and the report's predicate on its
    subject is negated ('Arrangements to track children subject to care proceedings, and
    the pre-proceedings stage, are not sufficiently robust' for 'arrangements to track
    children subject to care proceedings are robust')."""
    rest = words - content_words(clause)
    if clause == sentence or not rest or shared(words, sentence) <= shared(words, clause):
        return None
    return _negation_in_own_clauses(words, sentence, clause, rest)


def _negation_in_own_clauses(
    words: set[str], sentence: str, restated: str, negatable: set[str] | None = None
) -> str | None:
    """The negation (``_negation_of`` of ``negatable``, the claim's ``words`` unless
    given) in a clause of ``sentence`` other than ``restated`` that the claim restates too:
    one holding RESTATED_HALF of its own content words among the claim's, or whose subject
    stands for the sentence's ('but they are not always reviewed'). A negation in a
    clause about something else is none of the claim's ('Good management oversight is
    evident, but the rationale for management decisions is not always clear in children's
    records' does not negate 'good management oversight of children's cases')."""
    for clause, own in _clause_words(sentence):
        if clause == restated or (
            len(words & own) < RESTATED_HALF * len(own) and not _STANDS_BEFORE.match(clause)
        ):
            continue
        if found := _negation_of(words if negatable is None else negatable, clause):
            return found
    return None


_STANDS_BEFORE = re.compile(
    r"\W*(?:(?:but|and|although|though|while|whereas|yet)\s+)?(?:they|it|this|these|those|which)\b",
    re.I,
)
"""A clause whose subject stands for what the sentence named before ('Most pathway plans
are of good quality, but they are not always reviewed regularly', 'although this is not
always in their preferred localities'): it is about the claim's subject, however few of the
claim's words it holds."""


def _denied_by_claim(claim: str, negation: str) -> bool:
    """True when the claim denies the very word the report's ``negation`` reaches, in
    words of its own ('takes necessary action without delay' for 'there is no delay')."""
    word = re.escape(negation.split()[-1])
    return bool(re.search(rf"\b(?:{PRIVATIVE})\s+(?:\w+\s+){{0,2}}?{word}", claim, re.I))
