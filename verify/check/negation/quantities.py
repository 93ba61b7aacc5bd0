"""Shares told the other way: none against some, many against few.

The claim's 'no children' where the report says 'a small number' of the same thing
(``none_where_some``), and its 'most' or 'many' where the clause it restates says 'a few'
(``many_where_few``), a phrase before that clause limiting whom it tells of read with it.
"""

from __future__ import annotations

import re

from verify.check.common import content_words, shared
from verify.check.negation.restated import restated_clause
from verify.words.clauses import clauses, has_verb
from verify.words.qualifiers import CONDITION, EXCEPTION, NEGATION, UNIVERSAL

_NONE_OF = re.compile(
    r"\b(?:no|none of the|not (?:a single|one|any))\s+"
    r"(?!(?:longer|more|less|matter|doubt|one)\b)(?P<noun>[a-z]+)",
    re.I,
)
_SOME_OF = (
    r"\b(?:an?\s+(?:very\s+)?(?:small\s+|few\s+|large\s+)?(?:number|minority|handful)\s+of"
    r"|some|a\s+(?:very\s+)?few|several|many|most)\s+"
)
"""A subject of none ('no children were living in ...') and one of some ('A very small
number of children live in ...', 'A very few children live in unregistered children's
homes': session 15, was read as no share)."""


_SAID_OF_SOME = 0.5
"""Share of the claim's words after its subject the report must say of its own 'some'."""


def none_where_some(claim: str, sentence: str) -> str | None:
    """The report's 'a very small number of children' where the claim says 'no children':
    the same subject, of some in the report and of none in the claim, and the same thing
    said of them (at least _SAID_OF_SOME of the claim's content words after its subject are
    the report's sentence's beside its own: 'no families experience too many changes of
    social worker' for 'a small number of families experience too many changes', 'no family
    has to wait for early help' for 'waiting times for early help for some families are too
    long', the noun singular or plural: noticed23, was read only after the report's subject
    and in the claim's number). A none on a
    condition ('no children are placed there unless every other effort has failed') is the
    report's 'a small number ..., but only when ...' told the other way round. The same noun
    alone is no evidence: 'no children were placed in unregistered homes' is not
    contradicted by 'Most children live in stable homes'."""
    for none in _NONE_OF.finditer(claim):
        if CONDITION.search(claim, none.end()) or EXCEPTION.search(claim, none.end()):
            continue  # 'no children ... unless every other effort has failed': not none
        noun = content_words(none.group("noun"))
        said = content_words(claim[none.end() :])
        for some in _SOME_NOUN.finditer(sentence):
            words = _WORD.finditer(sentence, some.start("words"), some.end())
            end = next((m.end() for m in words if noun & content_words(m.group())), None)
            if end is None:
                continue
            rest = f"{sentence[: some.start()]} {sentence[end:]}"
            if shared(said, rest) >= _SAID_OF_SOME:
                return sentence[some.start() : end]
    return None


_WORD = re.compile(r"[\w’'-]+")
_SOME_NOUN = re.compile(rf"{_SOME_OF}(?P<words>[\w’'-]+(?:\s+[\w’'-]+){{0,2}})", re.I)
"""A subject of some and the words its noun is among, up to three after the share ('some
families', 'a very small number of children', 'several young carers')."""


_MANY = re.compile(
    r"\b(?:most|(?<!too\s)(?<!so\s)(?<!how\s)many|(?:the\s+)?(?:large\s+|vast\s+)?majority\s+of|"
    r"(?:nearly|almost)\s+all)\b",
    re.I,
)
_FEW = re.compile(
    r"\b(?:an?\s+(?:very\s+)?small\s+(?:number|minority)|a\s+few|a\s+minority|a\s+handful|"
    r"(?<!\ba\s)few)\b",
    re.I,
)


def many_where_few(claim: str, words: set[str], sentence: str) -> str | None:
    """The report's 'a small number' in the very clause the claim restates, where the claim
    says 'most' or 'many' ('most children remain too long in neglectful situations' for 'a
    small number remain in situations of neglect for too long'): the same finding told of
    the opposite share, positive evidence. None when the clause says 'most' too, or the
    claim names a few of its own; 'too many' is a criticism, not a share."""
    if not _MANY.search(claim) or _FEW.search(claim):
        return None
    clause = _with_bare_phrase(restated_clause(words, sentence), sentence)
    if _MANY.search(clause) or UNIVERSAL.search(clause):
        return None
    if bool(NEGATION.search(claim)) != bool(NEGATION.search(clause)):
        # 'most care leavers do not go on to higher education' for 'few care leavers move
        # on to higher education': the share of the other side, told the same.
        return None
    few = _FEW.search(clause)
    return few.group(0) if few else None


def _with_bare_phrase(clause: str, sentence: str) -> str:
    """``clause`` of ``sentence`` with the phrase before it when that phrase has no verb of
    its own ('For a small minority of children, plans do not contain sufficient detail'):
    a phrase on a preposition limiting whom the clause is told of belongs to it (session 19,
    quantity19: the claim's 'most children's plans do not contain sufficient detail' was
    supported by the clause alone)."""
    parts = clauses(sentence)
    if clause not in parts[1:]:
        return clause
    before = parts[parts.index(clause) - 1]
    if has_verb(before) or not _LIMIT_PHRASE.match(before):
        return clause  # 'and many benefit as a result' tells its own, not whom
    return f"{before} {clause}"


_LIMIT_PHRASE = re.compile(r"\s*(?:for|in|among|amongst|of)\s", re.I)
"""A phrase opening on a preposition ('For a small minority of children', 'In a small
number of cases'): one that can limit whom or which cases the clause after it tells of."""
