"""A limit the report puts on its praise, dropped or overridden by the claim.

'all' for 'most', 'always' for 'not always', 'varies' or 'when appropriate', 'fully' for
'broadly', a share above the report's (``generalised``); and a claim's 'always' the report
denies of the same word and subject in another sentence (``always_denied_elsewhere``).
"""

from __future__ import annotations

import re

from verify.check.common import content_words, shared
from verify.check.negation.hedges import _DENIED_WHOLE
from verify.check.negation.negations import _STANDS_BEFORE
from verify.check.negation.restated import (
    RESTATED_HALF,
    RESTATED_MIN,
    SHARED_WORDS_MIN,
    _clause_words,
    _restated_clauses,
    limits_itself,
    restated_clause,
    restated_parts,
    unquoted,
)
from verify.check.negation.subjects import subject_words
from verify.match import Hit, Sentence
from verify.words.clauses import clauses, without_conjunction
from verify.words.qualifiers import (
    ALWAYS,
    AS_NEEDED,
    IN_PART,
    UNIVERSAL,
    VARIES,
    WHOLLY,
    negated_before,
)
from verify.words.quantities import (
    CASES_LIMIT,
    LIMITED,
    LIMITED_SUBJECT,
    SUBJECT_LIMIT,
    generalises,
    share_of,
    shares,
)

_STANDS_FOR = re.compile(r"\s+(?:of\s+the(?:m|se)\s+)?(?:are|is|were|was|have|has|do|does)\b", re.I)
"""A limit used as a pronoun ('..., and most are well attended', 'some of them were'): it
stands for the subject the sentence has already named."""


def _denied_universal(claim: str, words: set[str], sentence: str) -> bool:
    """True when the report's sentence denies the very 'always' or 'all' the claim states
    plainly ('not always', 'not all'), in a clause the claim restates: the report says in
    so many words that it is not so. A claim denying it too ('aren't always') says what the
    report says; a denial in a clause about something else ('Social workers meet children
    regularly ..., but not all children have their own assessments', for 'social workers
    meet all children regularly') is no evidence. A clause is the claim's when it is the
    one holding most of the claim's content ``words``, or when the claim holds at least
    RESTATED_HALF of its own ('but not always', for 'always held on time')."""
    said = {
        m.group(0).lower()
        for m in UNIVERSAL.finditer(claim)
        if not negated_before(claim, m.start())
    }
    restated = restated_parts(words, sentence)
    for clause, own in _clause_words(sentence):
        if clause not in restated and len(words & own) < RESTATED_HALF * len(own):
            continue
        denied = re.finditer(rf"\bnot\s+({UNIVERSAL.pattern})", clause, re.I)
        if any(m.group(1).lower() in said for m in denied):
            return True
    return False


def _varies_where_consistent(claim: str, words: set[str], sentence: str) -> bool:
    """True when the claim says a thing holds 'always' or 'consistently' (``ALWAYS``) with
    no limit of its own and a clause of the report's ``sentence`` about the same thing
    says it varies (``VARIES``): the clause the claim restates, one holding RESTATED_HALF
    of its own words among the claim's, or one whose subject stands for what the sentence
    named before and that names a word of the claim ('Return home interviews are
    undertaken, although these vary in their effectiveness' for 'return home interviews
    ... are consistently effective', opposites18b: was supported with MiniLM). A clause
    varying about something else ('although the quality of recording varies') is none."""
    if not ALWAYS.search(unquoted(claim)) or limits_itself(claim):
        return False
    restated = restated_parts(words, sentence)
    for clause, own in _clause_words(sentence):
        about = (
            clause in restated
            or len(words & own) >= RESTATED_HALF * len(own)
            or bool(_STANDS_BEFORE.match(clause) and words & own)
        )
        if about and VARIES.search(clause):
            return True
    return False


DENIED_HOW_OFTEN = re.compile(
    r"\bnot\s+(?:yet\s+)?(?:always|consistently)\s+(?:been\s+|be\s+)?(?=\w)", re.I
)
"""A report's denial of how often ('is not consistently provided', 'are not yet always
seen'), up to the word it is said of."""


def always_denied_elsewhere(
    claim: str, words: set[str], sentences: list[Sentence]
) -> Sentence | None:
    """The first of the report's ``sentences`` (those ``DENIED_HOW_OFTEN`` finds) with a
    clause denying the very 'always' or 'consistently' (``ALWAYS``) the claim states plainly
    of the same word and subject: the claim's own word after it ('provided') follows the
    report's 'not consistently', and every content word the claim names its subject by
    (before its 'consistently', framing left out) stands in that clause ('advocacy is
    consistently provided when ... first present as homeless' for 'However, advocacy is not
    consistently provided at the initial point of presentation', paraphrase17: MiniLM ranked
    another sentence first and found the claim supported). A subject of one word ('children')
    names too little alone: the clause must hold another word of the claim too ('at the
    first presentation'), so that 'children are consistently seen alone' is not denied by
    'children in care are not always seen within timescales'. A claim with a limit of its
    own, or naming no subject of its own, is none."""
    own = unquoted(claim)
    if limits_itself(claim):
        return None
    for said in ALWAYS.finditer(own):
        predicate = _stem_after(own, said.end())
        before = own[: said.start()]
        subject = subject_words(before, content_words(before)) - {predicate}
        if not predicate or not subject or negated_before(own, said.start()):
            continue
        for sentence in sentences:
            for clause, held in _clause_words(sentence.text):
                denied = DENIED_HOW_OFTEN.finditer(clause)
                named = held & words - subject - {predicate} - content_words(said.group(0))
                if (
                    subject <= held
                    and (len(subject) > 1 or named)
                    and any(_stem_after(clause, m.end()) == predicate for m in denied)
                ):
                    return sentence
    return None


def _always_where_as_needed(claim: str, words: set[str], sentence: str) -> bool:
    """True when the claim says a thing is done every time ('children are always seen
    alone') and the clause of the report's ``sentence`` it restates does it on a condition
    the claim drops ('Children are seen alone when appropriate', ``AS_NEEDED``): the
    report's limit, generalised (paraphrase17: was supported)."""
    if not ALWAYS.search(claim) or AS_NEEDED.search(claim):
        return False
    return bool(AS_NEEDED.search(restated_clause(words, sentence)))


_DENIES_ITS_WHOLE = re.compile(
    rf"{_DENIED_WHOLE.pattern}|\bnot\s+yet\s+(?:[a-z]+\s+){{1,3}}?{UNIVERSAL.pattern}", re.I
)
"""A claim's own limit on a 'whole' (``_DENIED_WHOLE``: 'not every', "isn't always"), or
one not yet reached a few words on ('children in care were not yet receiving a
consistently good service', faithful5: read as praise of 'consistently good' and called
misleading beside the report's 'not consistently robust')."""


def generalised(claim: str, words: set[str], sentence: str, hit: Hit) -> bool:
    """True when the claim drops or overrides the limit the report puts on its praise,
    about the same thing: 'all children' for 'most children'. A limited subject counts in
    a clause the claim restates (``_restated_clauses``: 'Not all children ..., although
    oversight is improving' does not limit the oversight). A claim denying a 'whole' of its
    own ('not every discussion includes all the relevant professionals') tells the
    report's limit."""
    if LIMITED.search(claim) or SUBJECT_LIMIT.search(claim) or _DENIES_ITS_WHOLE.search(claim):
        return False
    limited = LIMITED.search(sentence)
    if UNIVERSAL.search(claim):
        if _denied_universal(claim, words, sentence):
            return True  # 'always held on time' for 'generally, but not always, timely'
        if _always_where_as_needed(claim, words, sentence):
            return True  # 'always seen alone' for 'seen alone when appropriate'
        if _varies_where_consistent(claim, words, sentence):
            return True  # 'consistently effective' for 'these vary in their effectiveness'
        if not limited or UNIVERSAL.search(sentence):
            return False
        return any(_limit_overridden(claim, sentence, m) for m in LIMITED.finditer(sentence))
    if _degree_raised(claim, sentence):
        return True  # 'fully accurate' for 'broadly accurate'
    # The limit opens the own words of a clause the claim restates, after any conjunction
    # ('Although some early help services are making a difference', told as 'early help
    # services are ...'); the clause holding most of the claim's words may be a phrase
    # of the limited one ('Most children live in stable homes, close to the people ...').
    # Restated: the sentence, or (session 18) the limited clause itself, holds nearly
    # every word of the claim, so a limit in one clause of a long sentence is read too.
    # A claim naming too few words of its own ('Early help services', a bullet) restates
    # no clause by them.
    return any(
        _limited_clause(clause, sentence, words)
        and (
            hit.lexical >= RESTATED_MIN
            or (len(words) >= SHARED_WORDS_MIN and shared(words, clause) >= RESTATED_MIN)
        )
        for clause in _restated_clauses(words, sentence)
    )


def _limit_overridden(claim: str, sentence: str, limited: re.Match[str]) -> bool:
    """True when the claim's 'all' or 'always' is said of what the ``limited`` share of the
    report's sentence limits, and tells more than that share. Every limit of the sentence
    is read, not only its first: in 'Although a few teams are very busy at times, most
    staff have manageable workloads' the 'few' is said of teams and the 'most' of the staff
    a claim that 'all staff have manageable workloads' generalises (opposites15: was
    supported with MiniLM)."""
    if not _told_more(claim, sentence, limited.start()):
        return False
    said_of = content_words(" ".join(sentence[limited.end() :].split()[:3]))
    if _STANDS_FOR.match(sentence, limited.end()):
        # 'most are well attended': the limit stands for what the sentence is about.
        said_of |= content_words(sentence[: limited.start()])
    own = unquoted(claim)
    return any(_scope(own, m) & said_of for m in UNIVERSAL.finditer(own))


def _degree_raised(claim: str, sentence: str) -> bool:
    """True when the claim says wholly (``WHOLLY``: 'fully', 'completely') what the
    report's sentence says only in part (``IN_PART``: 'broadly', 'largely') of the very
    same word: 'leaders' self-evaluation is fully accurate' for 'Leaders have a broadly
    accurate self-evaluation' (strength21: was supported with MiniLM). Only the word right
    after each counts, so a degree said of something else is no evidence; a claim's
    negated 'not fully' is a limit of its own."""
    own = unquoted(claim)
    raised = {
        _stem_after(own, m.end())
        for m in WHOLLY.finditer(own)
        if not negated_before(own, m.start())
    }
    raised.discard("")
    return any(_stem_after(sentence, m.end()) in raised for m in IN_PART.finditer(sentence))


def _stem_after(text: str, at: int) -> str:
    """The content word's stem just after ``at`` in ``text`` ('' when the next word is no
    content word)."""
    nxt = text[at:].split()[:1]
    return next(iter(content_words(nxt[0])), "") if nxt else ""


def _told_more(claim: str, sentence: str, at: int = 0) -> bool:
    """True when the claim's share is above the report's (``words.quantities``): 'every'
    or 'nearly all' for 'most'; not 'nearly all' or 'all' for 'the vast majority' (near
    enough, the convention), nor a claim telling no share on the scale. The report's share
    is the first of ``sentence`` ending after ``at`` (a limit's place): the one that limit
    is a word of ('the vast majority' for its 'majority'), not a share before it."""
    told = [rank for rank, m in shares(sentence) if m.end() > at]
    claimed, said = share_of(claim), (told[0] if told else None)
    return claimed is None or said is None or generalises(claimed, said)


def _scope(claim: str, universal: re.Match[str]) -> set[str]:
    """The content words a claim's universal word is said of: the words after 'all' or
    'every' ('every care leaver'), and for a how-often word ('always', 'consistently')
    the subject just before it too ('children in care always receive visits' is said of
    the children a report's 'Most children in care receive visits' limits)."""
    after = content_words(" ".join(claim[universal.end() :].split()[:3]))
    if not ALWAYS.fullmatch(universal.group(0)):
        return after
    return after | content_words(" ".join(claim[: universal.start()].split()[-3:]))


_WITH = re.compile(r"with\s+", re.I)


def _limited_clause(clause: str, sentence: str, words: set[str]) -> bool:
    """True when ``clause`` of ``sentence`` is told of part: its own words open on a limited
    subject, after any conjunction or an absolute 'with' ('..., with most staff receiving
    regular and reflective supervision'), or it limits the cases in its own words ('are
    mostly timely', the word it limits one of the claim's content ``words``: not 'is
    mostly effective' for a claim that the response 'is praised') or in a bare phrase just
    before it ('In most cases, IROs are ...', ``CASES_LIMIT``; session 18, findings18:
    each restated without the limit was supported)."""
    own = without_conjunction(clause.strip())
    own = own[m.end() :] if (m := _WITH.match(own)) else own
    if LIMITED_SUBJECT.search(own):
        return True
    if (m := CASES_LIMIT.search(clause)) and content_words(
        " ".join(clause[m.end() :].split()[:1])
    ) & words:
        return True
    parts = clauses(sentence)
    before = parts[parts.index(clause) - 1] if clause in parts[1:] else ""
    return bool(CASES_LIMIT.fullmatch(before.strip(" ,;")))
