"""How a claim's words stand against the report clause that restates them: negations
(a prefix, a 'not' within a few words, one in the claim's own clause), limits and hedges
('most', 'typically', 'beginning to'), 'always' against 'varies', none against some, many
against few, and criticism restated or dropped. The finding checks ask these of the
sentence they found; each answers one question and says what it compared.
"""

from __future__ import annotations

import re
from functools import lru_cache

from verify.check.common import content_words, shared
from verify.match import Hit, Sentence
from verify.words.clauses import (
    EXAMPLE,
    RELATIVE,
    Break,
    clause_spans,
    clauses,
    has_verb,
    joined_at,
    opens_on_verb,
    without_conjunction,
)
from verify.words.councils import PLACE_NAMED
from verify.words.criticism import (
    ASKED_TO_IMPROVE,
    CRITICAL,
    FAULT,
    FAULT_DENIED,
    FAULT_LESSENED,
    PRIVATIVE,
    criticism_now,
)
from verify.words.marks import (
    DOUBLE_BOTH,
    DOUBLE_CLOSE,
    DOUBLE_OPEN,
    SINGLE_BOTH,
    SINGLE_CLOSE,
    SINGLE_OPEN,
)
from verify.words.qualifiers import (
    ALWAYS,
    AS_NEEDED,
    CONDITION,
    EXCEPTION,
    HEDGES,
    IN_PART,
    IN_PROGRESS,
    NEGATION,
    NEGATIVE_PREFIX,
    NOT_ONLY,
    NOT_THE_SUBJECT,
    OPPOSITES,
    UNIVERSAL,
    VARIES,
    WHEN_AND_HOW_FAR,
    WHOLE_SERVICE,
    WHOLLY,
    negated_before,
    plain_forms,
    words_before,
)
from verify.words.quantities import (
    CASES_LIMIT,
    LIMITED,
    LIMITED_SUBJECT,
    generalises,
    share_of,
    shares,
)
from verify.words.referents import THING_PRONOUNS
from verify.words.speakers import FRAMING

# A sentence holding this share of the claim's content words says the same by its words
# alone, whatever the cosine (a claim cut by the end of the text has little meaning
# left to compare), when the claim has at least SHARED_WORDS_MIN content words.
SHARED_MIN, SHARED_WORDS_MIN = 0.8, 4
# A claim restates a report clause, for reading the clause's negation of it ('do not
# receive a prompt assessment'), when the clause holds this share of its content words.
_NEGATED_MIN = 0.6
# A limited sentence restated without its limit must share this share of its words.
RESTATED_MIN = 0.85
# A hedge counts in the clause of the report's sentence holding the most of the claim's
# content words, and at least this many: the clause the claim restates.
_HEDGED_CLAUSE_WORDS = 3
# A negation ('not had sufficient senior management oversight') negates the first of
# the claim's words within this many words after it.
_NEGATED_WITHIN = 4
# Another clause of the sentence is restated too when the claim holds this share of its
# content words.
RESTATED_HALF = 0.5
# Praise told as always so ('consistently high') is contradicted by the clause it restates
# when that says it varies, holding this share of the claim's content words.
_OPPOSED_MIN = 0.6


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
        if found and not _of_another_subject(clause, found, words):
            return " ".join(found.group(0).split())
    return None


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
    said = content_words(negation.split()[-1])
    for clause in clauses(sentence):
        if said & content_words(clause) and not (NEGATION.search(clause) or criticises(clause)):
            return negation
    return None


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


def _standing_clause(sentence: str, clause: str) -> str:
    """The clause of ``sentence`` split only at breaks between clauses of equal standing
    (``Break.JOIN``) that holds ``clause`` (split at commas too): the phrases a comma sets
    off within it ('High caseloads for many staff, particularly in locality teams, and
    limited administrative support, adversely affect ...') are of one statement."""
    return next((c for c in clauses(sentence, Break.JOIN) if clause in c), clause)


@lru_cache(maxsize=4096)
def _word_starting(text: str) -> re.Pattern[str]:
    """A word that starts with ``text``, compiled once: asked of each candidate sentence's
    negated words, claim after claim."""
    return re.compile(rf"\b{re.escape(text)}", re.I)


@lru_cache(maxsize=4096)
def _whole_word(pattern: str) -> re.Pattern[str]:
    """``pattern`` as a whole word (not inside 'well-managed'), compiled once: the
    patterns are cache keys of ``PassageIndex.sentences_matching``, so the same word must
    give the same pattern object."""
    return re.compile(rf"(?<![\w-]){pattern}(?![\w-])", re.I)


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


def denies_claims_all(claim: str, negation: str) -> bool:
    """True when the report's ``negation`` denies the very 'all' or 'every' the claim says
    ('Not all social workers have sufficient knowledge' for 'all social workers know'), or
    denies a whole the claim says of its subject with no word of how many ('social workers
    have sufficient knowledge ...': session 13, was contradicted): a limit on the claim,
    dropped as 'Most' is (``generalised``), not its opposite."""
    denied = re.match(rf"not\s+({UNIVERSAL.pattern})", negation, re.I)
    said = {m.group(0).lower() for m in UNIVERSAL.finditer(claim)}
    return bool(denied) and (not said or denied.group(1).lower() in said)


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


_STANDS_FOR = re.compile(r"\s+(?:of\s+the(?:m|se)\s+)?(?:are|is|were|was|have|has|do|does)\b", re.I)
"""A limit used as a pronoun ('..., and most are well attended', 'some of them were'): it
stands for the subject the sentence has already named."""


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
    the report's after its own: 'no families experience too many changes of social
    worker' for 'a small number of families experience too many changes'). A none on a
    condition ('no children are placed there unless every other effort has failed') is the
    report's 'a small number ..., but only when ...' told the other way round. The same noun
    alone is no evidence: 'no children were placed in unregistered homes' is not
    contradicted by 'Most children live in stable homes'."""
    for none in _NONE_OF.finditer(claim):
        if CONDITION.search(claim, none.end()) or EXCEPTION.search(claim, none.end()):
            continue  # 'no children ... unless every other effort has failed': not none
        noun = re.escape(none.group("noun"))
        some = re.search(rf"{_SOME_OF}(?:\w+\s+){{0,2}}?{noun}\b", sentence, re.I)
        said = content_words(claim[none.end() :])
        if some and shared(said, sentence[some.end() :]) >= _SAID_OF_SOME:
            return some.group(0)
    return None


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


_DENIED_WHOLE = re.compile(rf"(?:\bnot|n[’']t)\s+(?:quite\s+)?{UNIVERSAL.pattern}", re.I)
"""'not every', 'not all', "isn't always": a claim's own limit on a 'whole'."""


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


def generalised(claim: str, words: set[str], sentence: str, hit: Hit) -> bool:
    """True when the claim drops or overrides the limit the report puts on its praise,
    about the same thing: 'all children' for 'most children'. A limited subject counts in
    a clause the claim restates (``_restated_clauses``: 'Not all children ..., although
    oversight is improving' does not limit the oversight). A claim denying a 'whole' of its
    own ('not every discussion includes all the relevant professionals') tells the
    report's limit."""
    if LIMITED.search(claim) or _DENIED_WHOLE.search(claim):
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
