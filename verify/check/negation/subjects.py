"""What a claim or a report clause is said of.

A report's words count against a claim only when they are told of the same subject: the
claim's subject words, its framing, whose, where and when left out (``subject_words``,
read once a claim); a report clause read with the one its pronoun, 'there are' or bare verb
leans on (``_with_antecedent``), or as far as its break of equal standing
(``_standing_clause``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from verify.check.common import content_words
from verify.words.clauses import RELATIVE, Break, clauses, joined_at, opens_on_verb
from verify.words.councils import PLACE_NAMED
from verify.words.qualifiers import NOT_THE_SUBJECT, WHEN_AND_HOW_FAR, WHOLE_SERVICE
from verify.words.referents import THING_PRONOUNS
from verify.words.speakers import FRAMING


def _standing_clause(sentence: str, clause: str) -> str:
    """The clause of ``sentence`` split only at breaks between clauses of equal standing
    (``Break.JOIN``) that holds ``clause`` (split at commas too): the phrases a comma sets
    off within it ('High caseloads for many staff, particularly in locality teams, and
    limited administrative support, adversely affect ...') are of one statement."""
    return next((c for c in clauses(sentence, Break.JOIN) if clause in c), clause)


def subject_words(claim: str, words: set[str]) -> set[str]:
    """The claim's content ``words`` less those that frame it as Ofsted's ('inspectors
    found', 'described ... as', ``FRAMING``) or tell how much of it there is, that it came
    to be so, whose it is or where it is told (``NOT_THE_SUBJECT``, ``PLACE_NAMED``: 'the
    workforce in Stockton'), when or how far (``WHEN_AND_HOW_FAR``): what a report sentence
    must hold to tell the same subject. The whole service named ('across children's
    services', ``WHOLE_SERVICE``) is where, not what: 'an unstable workforce across
    children's services' is the workforce's."""
    return words - _not_the_subject(claim)


@lru_cache(maxsize=1024)
def _not_the_subject(claim: str) -> frozenset[str]:
    """The content words of the claim's framing, how much, whose and where
    (``subject_words``), read once a claim: the finding check asks of each report sentence
    of its pool, and three patterns over the claim were most of that time."""
    not_subject = (FRAMING, NOT_THE_SUBJECT, WHOLE_SERVICE, WHEN_AND_HOW_FAR, PLACE_NAMED)
    framing = " ".join(m.group(0) for p in not_subject for m in p.finditer(claim))
    return frozenset(content_words(framing))


_PRONOUN_SUBJECT = re.compile(rf"\W*(?:(?:and|but|yet|so)\s+)?(?:{THING_PRONOUNS})\s", re.I)


_THERE_IS = re.compile(
    r"\W*(?:(?:and|but|yet|although|though|while|whilst)\s+)?(?:in\s+[\w\s]{1,40}?\s+)?"
    r"there\s+(?:is|are|was|were|ha(?:s|ve)\s+been)\b",
    re.I,
)
"""A clause with no subject of its own, only 'there is'/'there are' ('although in a very
small number of cases there are delays'): what it tells is of the clause before."""


def _with_antecedent(parts: list[str], n: int) -> str:
    """Clause ``n`` of ``parts``, with the clause before when its subject is a pronoun
    standing for it ('While there are clear plans to improve support for independent
    living, these have been slow to develop': what is slow is the plans), or when it has
    none but 'there are' (session 18: 'Strategy meeting are well managed and timely,
    although in a very small number of cases there are delays ...': the delays are the
    meetings'), or when it opens on its verb, with the clause holding its subject
    (``_subject_clause``: 'The pace of progress ..., which found ..., has been slow')."""
    if n and (_PRONOUN_SUBJECT.match(parts[n]) or _THERE_IS.match(parts[n])):
        return f"{parts[n - 1]} {parts[n]}"
    if n and opens_on_verb(parts[n]) and (subject := _subject_clause(parts, n)) is not None:
        return f"{parts[subject]} {parts[n]}"
    return parts[n]


def _subject_clause(parts: list[str], n: int) -> int | None:
    """The clause before ``n`` holding the subject of clause ``n``, a predicate with none of
    its own (``opens_on_verb``): the nearest that neither opens on a verb itself nor is a
    relative clause ('which found children's services inadequate'), both of which are of
    the same subject (session 21, polarity21: 'The pace of progress following the inspection
    in 2016, which found ..., has been slow and inconsistent' was read at 'has been slow',
    with no word of the pace of progress, and supported 'the pace of progress ... has been
    swift')."""
    for k in range(n - 1, -1, -1):
        own = parts[k][joined_at(parts[k], 0) :]
        if not (opens_on_verb(parts[k]) or RELATIVE.match(own)):
            return k
    return None
