"""Paraphrased findings: supported, contradicted, misleading or not found.

The report sentences nearest a claim are found by meaning (cosine of sentence
embeddings) and by words (the share of the claim's content words a sentence holds);
a sentence that reaches either bar says the same thing, and the explanation names it.
Praise is supported only by a sentence that does not criticise; a criticism by any
that says it, a critical one at a slightly lower bar. Measured on the hand-labelled real
articles, a claim near a sentence of the other tone was nearly always another aspect
of the same topic, so only positive evidence flags: the report's own critical
sentence restated with its criticism gone (contradicted), praise the report limits
("Most children ...") told of all of the same thing (misleading), a finding told
without the hedge of the clause it restates ("numbers are now beginning to reduce" told
as "has reduced": misleading, the hedge named), or praise for what the report says only
critically and lists among what needs to improve (misleading). A 'What needs to improve'
item names a topic, so it supports no praise of it; a figure must be the report's (a
passage saying the same with another figure contradicts); a statement the report makes
of other children (in its section on children in care, told of care leavers) is no
support. A statement a council speaker makes is theirs: by the conventions an opinion,
not checked.
"""

from __future__ import annotations

import re
from functools import lru_cache

from verify.check.common import Context, content_words, officials_account, shared, verdict
from verify.match import Hit, PassageIndex, Sentence
from verify.types import CheckedClaim, Claim, Evidence, Report
from verify.words import judgement_title
from verify.words.changes import direction_of
from verify.words.clauses import clauses, has_verb, without_conjunction
from verify.words.dates import COVER_DATES, LOOKING_BACK
from verify.words.judgements import EQUIVALENT, RELEASE_JUDGEMENT_RE
from verify.words.marks import MARKS
from verify.words.qualifiers import (
    ALWAYS,
    CONDITION,
    EXCEPTION,
    HEDGES,
    IN_PROGRESS,
    LIMITED,
    LIMITED_SUBJECT,
    NEGATION,
    NEGATIVE_PREFIX,
    NOT_ONLY,
    PRIVATIVE,
    UNIVERSAL,
    VARIES,
)
from verify.words.speakers import (
    LINKING_OPENERS,
    OFSTED_NOUNS,
    OWN_WORDS_ROLES,
    framed_speaker,
    role_of,
)

_CRITICAL = re.compile(
    r"\b(not|no longer|requires? improvement|inadequate|variab(?:le|ility)|var(?:y|ies|ying)\b|"
    r"inconsisten(?:t|cy)|more to do|"
    r"weak(?:er|ness|nesses)?|fail\w*|risk of harm|declined?|deteriorat\w*|"
    r"limited|too (?:few|many|long|early)|slow(?:ly|er|ness)?|delay(?:s|ed)?|shortfalls?|patchy|"
    r"poor|insufficient|superficial|ineffective(?:ly)?|drift|"
    r"concerns?|wants? to see|needs? to (?:improve|ensure|be)|should|lack(?:s|ing|ed)?|rarely)\b"
    r"|\b\w+n[’']t\b",
    re.I,
)
"""Words that criticise, a negation contracted ('aren't always timely') among them: a
release writes 'isn't' where the report writes 'is not', and 'partners are slow to answer'
where it writes 'do not respond ... in a timely way'."""
_ASKED_TO_IMPROVE = re.compile(
    r"\b(?:(?:ask|urg|tell|told|call|direct|instruct)\w*\s+(?:on\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"to improve|must improve|improvements? (?:is|are) (?:needed|required))\b",
    re.I,
)
"""A release's request to improve ('Ofsted asked the council to improve ...'): it tells a
weakness the report lists to improve, not a strength, so the claim criticises in words of
its own. Claims only: a report sentence naming 'areas for improvement' is the topic."""
_TOLD_AS_LISTED = re.compile(
    r"\b(?:recommend(?:s|ed|ations?)?|areas? (?:for|of) (?:improvement|development)"
    r"|areas? to (?:improve|develop)|to (?:improve|strengthen|address|tackle)"
    r"|working (?:on|towards?)|to work on|under ?way|plans? to|must|should|ought to|needs? to"
    r"|ha(?:s|ve) to|for improvement|critici[sz]\w*|critical of|flagged"
    r"|(?:want|call|ask|press|push)\w*\s+(?:for\s+)?(?:better|more|improved|stronger|greater"
    r"|further|faster|quicker|clearer|tighter)"
    r"|(?:is|are|was|were) (?:required|expected) to"
    r"|(?:ask|urg|tell|told|call|direct|instruct|want)\w*\s+(?:on\s+)?(?:[\w’'-]+\s+){0,3}?to"
    r"\s+(?!be\b)\w+)\b",
    re.I,
)
"""A claim that tells what it names as a recommendation, an area for improvement, work to
be done, what the council must do or what inspectors asked of it ('just one
recommendation: the consistency of ...', 'inspectors asked the council to update
assessments of need when circumstances change' for the item 'The updating of assessments
of need ...', 'the report was critical of the recording of ...', 'areas to work on,
including ...', 'Ofsted wants better management oversight so that ...',
'work is already under way to improve the quality and timeliness of return home
interviews', 'the council must ensure that all caseloads are manageable' for a SIF
report's 'Ensure that all ...'): it gives the item as listed to improve, so it praises
nothing. No criticism of the claim's own either ('leaders understand every area for
improvement' is about the list), so it only keeps an item from being read as praised."""
# With no embedding model, a sentence must share this share of words to support a claim.
_LEXICAL_MIN = 0.8
# A sentence holding this share of the claim's content words says the same by its words
# alone, whatever the cosine (a claim cut by the end of the text has little meaning
# left to compare), when the claim has at least _SHARED_WORDS_MIN content words.
_SHARED_MIN, _SHARED_WORDS_MIN = 0.8, 4
# A claim restates a report clause, for reading the clause's negation of it ('do not
# receive a prompt assessment'), when the clause holds this share of its content words.
_NEGATED_MIN = 0.6
# Report sentences read for each claim, and the fewest words of one worth comparing:
# a running head ("Council") or a lone heading matches any claim by its words.
_POOL, _SENTENCE_MIN_WORDS = 10, 4
# A sentence read as opinion this close to one report sentence is that sentence.
_OWN_WORDS_MIN = 0.8
# A critical claim is supported by a critical sentence this much below the floor.
_BOTH_CRITICAL_MARGIN = 0.1
# A limited sentence restated without its limit must share this share of its words.
_RESTATED_MIN = 0.85
# A hedge counts in the clause of the report's sentence holding the most of the claim's
# content words, and at least this many: the clause the claim restates.
_HEDGED_CLAUSE_WORDS = 3
# A negation ('not had sufficient senior management oversight') negates the first of
# the claim's words within this many words after it.
_NEGATED_WITHIN = 4
# Another clause of the sentence is restated too when the claim holds this share of its
# content words.
_RESTATED_HALF = 0.5
# Praise told as always so ('consistently high') is contradicted by the clause it restates
# when that says it varies, holding this share of the claim's content words.
_OPPOSED_MIN = 0.6
# Praise the report says only critically is misleading when one 'What needs to improve'
# item holds this share of the claim's content words, and at least this many of them.
_LISTED_MIN, _LISTED_WORDS_MIN = 0.5, 2


_SOURCE = rf"(?:the )?(?:inspectors?|ofsted|the report|{OFSTED_NOUNS})"
"""Who a framed finding is told by ('inspectors', 'the report', 'the watchdog': the
conventions' names for inspectors)."""
_FRAME = re.compile(
    rf"^(?:{LINKING_OPENERS}|in addition)\b,?\s*"
    r"|\bin (?:(?-i:[A-Z])[\w’'-]+ ?){1,3},\s*"
    rf"|\b(?:{_SOURCE}|(?:the )?inspection)(?:’s|'s)?\s+(?:also\s+)?"
    r"(?:said|says|found|noted|praised|highlighted|added|wants? to see|wanted to see)\s+"
    r"(?:that\s+)?"
    r"|\bconcerns were raised (?:over|about|around)\s+"
    rf"|,\s+{_SOURCE}\s+(?:also\s+)?"
    r"(?:said|says|found|noted|added|concluded)(?=\W*$)"
    rf"|,?\s+according to {_SOURCE}(?=\W*$)"
    rf"|^according to {_SOURCE},\s*",
    re.I,
)
"""Words that frame a finding rather than state it: 'Meanwhile, in Harrow, inspectors
found that ...', '..., the report said.'. Ranking on what is left keeps the framing from
outweighing the topic."""


_VAGUE = re.compile(
    r"\b(?:acknowledg\w*|recogni[sz]\w*|prais\w*|highlight\w*|not(?:e|ed|es))\s+"
    r"(?:this|these|that|it|them)(?:\s+(?:work|news|achievement|effort|progress))?\W*$",
    re.I,
)
"""'The report acknowledges this.': what 'this' is lies in earlier sentences, so the
sentence alone names nothing to look for."""


def topic(text: str) -> str:
    """The finding itself, without its framing (or the text, if nothing is left)."""
    left = _FRAME.sub("", text).strip()
    return left if len(left.split()) >= 3 else text


def _strength(hit: Hit) -> float:
    return hit.semantic if hit.semantic is not None else hit.lexical


def _critical(sentence: Sentence, words: set[str] | None = None) -> bool:
    """A sentence that criticises: critical words, or an item of 'What needs to improve'.
    Given a claim's content ``words``, only the clause the claim restates counts: 'X are
    closely tracked, although Y are not completed' does not criticise X."""
    text = sentence.text if words is None else restated_clause(words, sentence.text)
    return sentence.passage.kind == "improvement" or _criticises(text)


@lru_cache(maxsize=4096)
def _criticises(text: str) -> bool:
    """``_CRITICAL`` found in a report sentence or clause, remembered: the pool of every
    finding asks it of the same report sentences, claim after claim."""
    return bool(_CRITICAL.search(text))


def restated_clause(words: set[str], sentence: str) -> str:
    """The clause of ``sentence`` holding the most of a claim's content ``words``: the one
    the claim restates (a sentence joins a strength and a limit by commas or 'although').
    Of clauses holding as many, one that states something: 'Supervision, although
    regular, is inconsistent in its quality' restates 'the quality of supervision' in
    'is inconsistent in its quality', not in its bare subject. (``has_verb`` is asked of the
    tied clauses only: it is the costly question, and most sentences have no tie.)"""
    parts = clauses(sentence)
    held = [len(words & content_words(c)) for c in parts]
    tied = [c for c, n in zip(parts, held, strict=True) if n == max(held)]
    return tied[0] if len(tied) == 1 else max(tied, key=has_verb)


def says_only_noted(text: str) -> bool:
    """'The report acknowledges this.': a finding the checker leaves unchecked at once,
    ranking nothing (so ``lookups`` encodes nothing for it)."""
    return bool(_VAGUE.search(text))


def check_finding(claim: Claim, ctx: Context, report: Report) -> CheckedClaim:
    """The verdict for a paraphrased finding against one report."""
    if says_only_noted(claim.text):
        why = "Says only that the report noted 'this'; the sentence names nothing to check."
        return verdict(claim, "not_checkable", why)
    by_inspectors = claim.attribution is not None and claim.attribution.role == "inspectors"
    if not by_inspectors and (speaker := council_speaker(claim.text)):
        return officials_account(claim, speaker)
    index = ctx.index(report)
    wanted = topic(claim.text)
    words = content_words(wanted)
    pool = _pool(wanted, words, index)
    if not pool:
        return verdict(claim, "not_checkable", f"{report.label} has no passages to compare.")
    floor = ctx.settings.semantic_min if pool[0][1].semantic is not None else _LEXICAL_MIN
    pool.sort(key=lambda shs: _agreement(shs[1], shs[2], len(words), floor), reverse=True)
    sentence, best, _ = pool[0]
    if COVER_DATES.search(sentence.text):
        why = (
            f"Nearest the report's own line '{sentence.text}': the claim states when the "
            "inspection was or was published, which the inspection's dates settle, not a finding."
        )
        return verdict(claim, "not_checkable", why, _first(pool[0], pool, index))
    if _restated_without_criticism(claim.text, words, sentence, best):
        evidence = _first(pool[0], pool, index)
        if varies := _only_varies(claim.text, words, sentence.text):
            why = (
                f"{_where(evidence[0])} says this holds only some of the time ('{varies}'), "
                f"where the claim says it always does ({_measured(pool[0])}): "
                f"'{sentence.text}'"
            )
            return verdict(claim, "misleading", why, evidence)
        why = (
            f"{_where(evidence[0])} says this with a criticism the claim leaves out "
            f"({_measured(pool[0])}): '{sentence.text}'"
        )
        return verdict(claim, "contradicted", why, evidence)
    if _praises_item(claim.text, sentence, best, _listed_item(sentence, report, by_inspectors)):
        evidence = _first(pool[0], pool, index)
        why = (
            f"The report lists this among what needs to improve ('{sentence.text}'); the "
            "release presents it as a strength."
        )
        return verdict(claim, "misleading", why, evidence)
    critical_claim = bool(_CRITICAL.search(claim.text) or _ASKED_TO_IMPROVE.search(claim.text))
    if negated := _negated_restatement(claim.text, words, pool):
        (sentence, hit, share), negation = negated
        evidence = _first((sentence, hit, share), pool, index)
        measured = _measured((sentence, hit, share))
        if HEDGES.search(negation) or _denies_claims_all(claim.text, negation):
            # 'not always', and 'not all' for the claim's 'all', limit what the claim says
            # of all: misleading, as ``_denied_universal`` judges them; 'not' alone says
            # the opposite.
            why = (
                f"{_where(evidence[0])} says this ({measured}) only with '{negation}', which "
                f"the claim leaves out: '{sentence.text}'"
            )
            return verdict(claim, "misleading", why, evidence)
        why = (
            f"{_where(evidence[0])} says the opposite ({measured}): '{negation}', where the "
            f"claim states it plainly: '{sentence.text}'"
        )
        return verdict(claim, "contradicted", why, evidence)

    def says_same(s: Sentence, h: Hit, share: float) -> bool:
        # A criticism the report makes is found at a lower bar: critical sentences
        # share the claim's tone, so their cosine runs lower for the same meaning.
        bar = floor - _BOTH_CRITICAL_MARGIN if critical_claim and _critical(s) else floor
        return _agreement(h, share, len(words), bar) >= 1

    same = [(s, h, sh) for s, h, sh in pool if says_same(s, h, sh)]
    if same and (told := _opposite_change(claim.text, words, same[0])):
        evidence = _first(same[0], pool, index)
        why = (
            f"{_where(evidence[0])} tells this change the other way ({_measured(same[0])}): "
            f"{told} where the claim says {direction_of(claim.text)}: '{same[0][0].text}'"
        )
        return verdict(claim, "contradicted", why, evidence)
    # Praise is supported only by a sentence that does not criticise: the nearest
    # critical sentence (or a "What needs to improve" item) may be the same topic
    # told the other way.
    support = [
        (s, h, sh)
        for s, h, sh in same
        if (critical_claim or not _critical(s, words))
        and not _names_to_improve(claim.text, s, report, by_inspectors)
    ]
    if support and _other_direction(claim.text, support[0][0], support[0][2], pool):
        support = []
    if not critical_claim and support and _restated_critically(words, same, support[0][2]):
        support = []
    if not critical_claim and support and _criticised_nearer(claim.text, words, same, support[0]):
        support = []
    if not critical_claim and support and _listed_more_fully(wanted, words, report, support[0][2]):
        support = []
    if (
        support
        and support[0][2] >= _LISTED_MIN
        and (elsewhere := _said_of_other_group(wanted, support[0][0], report))
    ):
        near = support[0]
        evidence = _first(near, pool, index)
        why = (
            f"{_where(evidence[0])} says this ({_measured(near)}) of "
            f"{judgement_title(elsewhere).lower()}, not of the children the claim names: "
            f"'{near[0].text}'"
        )
        return verdict(claim, "not_checkable", why, evidence)
    if not support:
        near = same[0] if same else pool[0]
        evidence = _first(near, pool, index)
        measured = _measured(near)
        if (
            same
            and not critical_claim
            and (varies := _varies_where_always(claim.text, words, near))
        ):
            # The report's limit on what the claim tells of every time or every case:
            # misleading, as 'not always' is wherever it is read (``_only_varies``).
            why = (
                f"{_where(evidence[0])} says this varies ({measured}): '{varies}', where the "
                f"claim says it always holds: '{near[0].text}'"
            )
            return verdict(claim, "misleading", why, evidence)
        if (
            same
            and not critical_claim
            and not _TOLD_AS_LISTED.search(claim.text)
            and (item := _listed_to_improve(words, report)) is not None
            and not _names_topic(claim.text, item.text)
        ):
            # The report says it only critically and lists it to improve: praise for
            # what the report calls a weakness (the conventions' misleading).
            why = (
                f"The report lists this among what needs to improve ('{item.text}'), and "
                f"the nearest passage saying it ({_where(evidence[0])}, {measured}) is "
                f"critical: '{near[0].text}'; the release presents it as a strength."
            )
            listed = index.evidence(item.start, item.end, 1.0)
            return verdict(claim, "misleading", why, [listed, *evidence])
        why = (
            f"The nearest passage saying this ({_where(evidence[0])}, {measured}) tells "
            "it the other way (critical where the claim is not, or another direction of "
            "change); read it beside the claim."
            if same
            else f"No report passage was found saying this (nearest: {_where(evidence[0])}, "
            f"{measured}; a passage needs similarity {floor:.2f} or "
            f"{_SHARED_MIN:.0%} of the words)."
        )
        # Not finding support is no evidence of an error: said, with the nearest
        # passages, not flagged.
        return verdict(claim, "not_checkable", why, evidence)
    sentence, best, share = support[0]
    evidence = _first(support[0], pool, index)
    measured = _measured(support[0])
    theirs = _figures(sentence.text)
    if missing := _figures(claim.text) - theirs:
        said = ", ".join(sorted(missing))
        other = (
            f"{_where(evidence[0])} says this ({measured}) with other figures "
            f"({', '.join(sorted(theirs))}), not {said}: '{sentence.text}'"
        )
        if theirs and share >= _SHARED_MIN:
            return verdict(claim, "contradicted", other, evidence)
        if share >= _FIGURES_MET_MIN and _same_measure(_figures(claim.text), missing, theirs):
            # The same statistic told with another value, too loosely matched to flag:
            # withheld, not supported.
            return verdict(claim, "not_checkable", other, evidence)
        if missing & _TIMES:
            where = _where(evidence[0])
            why = f"{where} says this ({measured}) but not '{said}': '{sentence.text}'"
            return verdict(claim, "not_checkable", why, evidence)
    if share >= _RESTATED_HALF and (few := _many_where_few(claim.text, words, sentence.text)):
        why = (
            f"{_where(evidence[0])} says this of '{few}' ({measured}), where the claim says "
            f"it of most or many: '{sentence.text}'"
        )
        return verdict(claim, "contradicted", why, evidence)
    if some := _none_where_some(claim.text, sentence.text):
        why = (
            f"{_where(evidence[0])} says this of '{some}' ({measured}), where the claim says "
            f"none: '{sentence.text}'"
        )
        return verdict(claim, "contradicted", why, evidence)
    if _generalised(claim.text, words, sentence.text, best):
        return verdict(
            claim,
            "misleading",
            f"{_where(evidence[0])} limits this praise ('{sentence.text}'); the release "
            "generalises it.",
            evidence,
        )
    if hedge := dropped_hedge(claim.text, words, sentence.text):
        why = (
            f"{_where(evidence[0])} says this ({measured}) only with '{hedge}', which the "
            f"claim leaves out: '{sentence.text}'"
        )
        return verdict(claim, "misleading", why, evidence)
    if opposite := _prefix_opposite(claim.text, words, sentence.text):
        word, whole = opposite
        why = (
            f"{_where(evidence[0])} says it plainly ({measured}), where the claim says "
            f"'{word}': '{sentence.text}'"
        )
        if whole:
            return verdict(claim, "contradicted", why, evidence)
        return verdict(claim, "not_checkable", why + "; read it beside the claim.", evidence)
    if negated := _negated_where_plain(claim.text, words, sentence.text):
        why = (
            f"{_where(evidence[0])} says this ({measured}) with no negation, where the claim "
            f"says '{negated}': '{sentence.text}'; read it beside the claim."
        )
        return verdict(claim, "not_checkable", why, evidence)
    if own := _said_beside_its_quotation(claim, sentence.text):
        why = (
            f"{_where(evidence[0])} holds the claim's quotation (checked as a quote), not "
            f"what it says beside it ('{own}'): '{sentence.text}'"
        )
        return verdict(claim, "not_checkable", why, evidence)
    return verdict(
        claim,
        "supported",
        f"{_where(evidence[0])} says the same ({measured}): '{sentence.text}'",
        evidence,
    )


def _said_beside_its_quotation(claim: Claim, sentence: str) -> str | None:
    """The claim's own words beside a quotation it holds, when they say something
    (_SHARED_WORDS_MIN content words) and the supporting ``sentence`` holds none of them
    ('Ofsted has performed monitoring visits each year since, but found that “children's
    experiences remain poor”'): the sentence supports the quotation, which is checked as a
    quote of its own, and what the claim adds beside it is not found. Support withheld,
    never a flag."""
    if not claim.quoted:
        return None
    text, beside, last = claim.text, [], 0
    for piece in claim.quoted:
        start, end = piece.start - claim.start, piece.end - claim.start
        beside.append(text[last:start].rstrip(MARKS))
        last = end + (end < len(text) and text[end] in MARKS)
    own_text = " ".join(" ".join([*beside, text[last:]]).split())
    own = content_words(topic(own_text))
    if len(own) < _SHARED_WORDS_MIN or shared(own, sentence) > 0:
        return None
    return own_text


def _other_direction(
    claim: str, sentence: Sentence, share: float, pool: list[tuple[Sentence, Hit, float]]
) -> bool:
    """True when the best supporting sentence, found by meaning and fewer than _SHARED_MIN
    of the claim's words, tells a change in another direction than the claim's ('have
    declined since 2012' beside 'Services have remained good for children looked after
    and have improved for care leavers'; the clause restated first, else the sentence),
    or tells none where praise tells one since an earlier time and no sentence near it
    tells that change ('have got worse since the last inspection' beside 'This is a
    contributing factor to the high rate of children in care': a sentence about today
    says nothing of a change): no support for it. Withholds support only."""
    if share >= _SHARED_MIN:
        return False
    said = direction_of(claim)
    clause = restated_clause(content_words(claim), sentence.text)
    told = direction_of(clause) or direction_of(sentence.text)
    if said and told is None:
        return (
            bool(_SINCE_EARLIER.search(claim))
            and not _CRITICAL.search(claim)
            and not _SINCE_EARLIER.search(sentence.text)
            and not any(direction_of(s.text) == said for s, _, _ in pool)
        )
    return bool(said and told and said != told)


_OPPOSED_CHANGES = {"improved": "declined", "declined": "improved"}


def _opposite_change(
    claim: str, words: set[str], scored: tuple[Sentence, Hit, float]
) -> str | None:
    """The direction ('declined') the clause of the nearest sentence that says the claim
    (at least _SHARED_MIN of its content ``words``) tells, when the claim tells the other
    ('improved'): 'a focused visit in 2022 found that the quality of practice had improved'
    for '... found that the quality of practice had deteriorated'. A claim with a limit or
    negation of its own, or kept at 'maintained' either side, is not opposed."""
    sentence, _, share = scored
    if share < _SHARED_MIN or _limits_itself(claim):
        return None
    said = direction_of(claim)
    told = direction_of(restated_clause(words, sentence.text))
    return told if said and _OPPOSED_CHANGES.get(said) == told else None


_SINCE_EARLIER = re.compile(rf"\b(?:{LOOKING_BACK}|(?:19|20)\d\d)\b", re.I)
"""Words tying a change to an earlier time ('since the last inspection', 'than in 2019')."""


def _names_to_improve(claim: str, sentence: Sentence, report: Report, recommended: bool) -> bool:
    """True when ``sentence`` is an item the report lists to improve (``_listed_item``: with
    ``recommended``, a SIF report's numbered recommendation too) the claim does not
    criticise in words of its own: the item names what needs to improve ('The
    effectiveness of the response ... out of office hours'; 'Ensure that visits to
    children are undertaken in line with their plans'), so it supports only a claim that
    it needs to, never the claim that it is done or effective."""
    return _listed_item(sentence, report, recommended) and not _own_criticism(
        claim, sentence.text
    )


def _listed_item(sentence: Sentence, report: Report, recommended: bool) -> bool:
    """True when ``sentence`` is of an item the report lists to improve: a 'What needs to
    improve' passage, or (``recommended``) a numbered recommendation a SIF report lists
    ('Ensure that all social work caseloads are manageable ...'), which keeps its paragraph
    number among the passages and is an improvement item by the same id. A recommendation
    asks an action of the council, which a release may tell as done in its own account ('An
    urgent review has been carried out of all cases ...' for 'Urgently review all cases
    ...'): it shows praise restated from it only in a claim given to inspectors."""
    passage = sentence.passage
    return passage.kind == "improvement" or (
        recommended and any(i.id == passage.id for i in report.improvements)
    )


def _listed_more_fully(
    claim: str, words: set[str], report: Report, supporting_share: float
) -> bool:
    """True when a 'What needs to improve' item holds at least _LISTED_MIN of the praise's
    content ``words`` and the sentence that would support it fewer: the report names it to
    improve, and a sentence found by meaning alone is another aspect ('For a very small
    number of children ..., assessments are delayed' for praise of their assessments).
    The item must be about the claim's topic, holding at least as much of its own words in
    the ``claim``: a long item listing many topics is not."""
    if supporting_share >= _LISTED_MIN:
        return False
    return any(
        shared(words, item.text) >= _LISTED_MIN
        and shared(content_words(item.text), claim) >= _LISTED_MIN
        for item in report.improvements
    )


def _figures(text: str) -> set[str]:
    """The figures a text gives ('33%', '12', 'doubled'), years left out (a year range's
    '-14' in '2013-14' too): a finding is
    contradicted by a passage that says the same in its words with other figures ('a 50%
    increase' for 'a 33% increase'), and not supported by one without the change it
    names ('doubled'). A number missing from a passage found by meaning is no evidence:
    releases add dates, times and counts from elsewhere."""
    found = {f"{m['n']}%" if m["pct"] else m["n"] for m in _FIGURE.finditer(text) if m["n"]}
    found |= {m["times"].lower() for m in _FIGURE.finditer(text) if m["times"]}
    return {f for f in found if not _YEAR.fullmatch(f)}


_FIGURES_MET_MIN = 0.6
"""A passage holding this share of a claim's words, with a figure of the same measure
that differs, withholds support: 'fallen to around 25%' is not 'to around 35%'."""


def _same_measure(said: set[str], missing: set[str], theirs: set[str]) -> bool:
    """True when the passage gives another value of what the claim's missing figures
    measure: a percentage where the claim's percentage is missing, or a figure in common
    anchoring the same statistic ('from 230 to over 500' for 'from 230 to over 380')."""
    percent = any(f.endswith("%") for f in missing) and any(f.endswith("%") for f in theirs)
    return percent or bool(said & theirs)


_FIGURE = re.compile(
    r"(?<![\w.,])(?<!\d[–-])(?P<n>\d+(?:\.\d+)?)(?P<pct>\s*(?:%|per ?cent\b))?(?![\w.,]\d)"
    r"|\b(?P<times>doubled|tripled|trebled|quadrupled|halved)\b",
    re.I,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_TIMES = {"doubled", "tripled", "trebled", "quadrupled", "halved"}


def _said_of_other_group(claim: str, sentence: Sentence, report: Report) -> str | None:
    """The group of children (help and protection, children in care, care leavers) whose
    section of the report holds ``sentence``, when the claim names another group and the
    sentence does not name the claim's: the report says it of other children ('the
    virtual school has a tangible impact for children in care' told of care leavers).
    Asked only of a sentence holding at least _LISTED_MIN of the claim's words: the same
    statement, told of other children; a sentence found by meaning alone may be any. Care
    leavers are other children than those in care only where the report grades them apart."""
    section = sentence.passage.judgement
    named = {m.lastgroup for m in RELEASE_JUDGEMENT_RE.finditer(claim)} & set(_GROUPS)
    if section not in _GROUPS or not named:
        return None
    same = {alike for name in named for alike in EQUIVALENT.get(name, (name,))}
    if report.grade_of("care_leavers") is not None and "children_in_care" not in named:
        same.discard("children_in_care")
    in_sentence = {m.lastgroup for m in RELEASE_JUDGEMENT_RE.finditer(sentence.text)}
    return None if section in same or named & in_sentence else section


_GROUPS = ("help_and_protection", "children_in_care", "looked_after_and_permanence", "care_leavers")


def _listed_to_improve(words: set[str], report: Report):
    """The report's 'What needs to improve' item holding most of the claim's content
    ``words`` (at least _LISTED_MIN of them and _LISTED_WORDS_MIN words), if any."""
    best, best_share = None, 0.0
    for item in report.improvements:
        share = shared(words, item.text)
        held = len(words & content_words(item.text))
        if held >= _LISTED_WORDS_MIN and share >= _LISTED_MIN and share > best_share:
            best, best_share = item, share
    return best


def _measured(scored: tuple[Sentence, Hit, float]) -> str:
    _, hit, share = scored
    return f"similarity {_strength(hit):.2f}, {share:.0%} of the claim's words"


def _first(chosen, pool, index) -> list[Evidence]:
    """Evidence for the chosen sentence, then the next nearest ones."""
    rest = [p for p in pool if p[1] is not chosen[1]][:2]
    return [index.evidence(h.start, h.end, h.score) for _, h, _ in [chosen, *rest]]


def _pool(wanted: str, words: set[str], index: PassageIndex) -> list[tuple[Sentence, Hit, float]]:
    """The report sentences nearest ``wanted`` (a claim's topic), each with the share of
    its content ``words`` they hold."""
    return [
        (s, h, shared(words, s.text))
        for s, h in index.rank(wanted, k=_POOL)
        if len(s.text.split()) >= _SENTENCE_MIN_WORDS
    ]


def in_report_words(claim: Claim, ctx: Context, report: Report) -> bool:
    """True when a sentence read as opinion is a report sentence nearly word for word
    (cosine or shared words at _OWN_WORDS_MIN): the report's finding, not a view."""
    if council_speaker(claim.text):
        return False
    wanted = topic(claim.text)
    enough_words = len(content_words(claim.text)) >= _SHARED_WORDS_MIN
    return any(
        (h.semantic is not None and h.semantic >= _OWN_WORDS_MIN)
        or (share >= _OWN_WORDS_MIN and enough_words)
        for _, h, share in _pool(wanted, content_words(wanted), ctx.index(report))
    )


def _agreement(hit: Hit, share: float, n_words: int, floor: float) -> float:
    """How far a sentence says what the claim says, 1 at the bar: by meaning (cosine
    over the floor) or by words (share of the claim's content words over _SHARED_MIN)."""
    by_words = share / _SHARED_MIN if n_words >= _SHARED_WORDS_MIN else 0.0
    return max(_strength(hit) / floor, by_words)


def _where(evidence: Evidence) -> str:
    if evidence.paragraph:
        return f"Paragraph {evidence.paragraph}"
    return f"The report (page {evidence.page})" if evidence.page else "The report"


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
        and _critical(sentence, words)
        and not _CRITICAL.search(claim)
        and not _limits_itself(claim, restated_clause(words, sentence.text))
        and hit.lexical >= _RESTATED_MIN
        and not _same_decline(claim, restated_clause(words, sentence.text))
    )


def _same_decline(claim: str, clause: str) -> bool:
    """True when the claim tells the decline the report's clause criticises, in words of
    its own ('had fallen from 63% ... to 47%' for 'had declined from 63% ... to 47%'): the
    criticism is kept, not left out."""
    return direction_of(claim) == direction_of(clause) == "declined"


def _praises_item(claim: str, sentence: Sentence, hit: Hit, listed: bool) -> bool:
    """True when the claim restates a 'What needs to improve' item (lexical >= _RESTATED_MIN)
    with no criticism or limit of its own ('the council identifies, assesses and supports
    children in private fostering arrangements well' for 'The identification, assessment and
    support of children in private fostering arrangements'): praise for what the report
    lists to improve, the conventions' misleading. The item names a topic, so it is no
    criticism restated (contradicted). ``listed``: the sentence is of such an item
    (``_listed_item``). A claim that only names the topic, as the item does
    (``_names_topic``), praises nothing."""
    return (
        listed
        and not _names_topic(claim, sentence.text)
        and not _CRITICAL.search(claim)
        and not _TOLD_AS_LISTED.search(claim)
        and not _limits_itself(claim)
        and hit.lexical >= _RESTATED_MIN
    )


def _names_topic(claim: str, item: str) -> bool:
    """True when the claim names a topic, as a 'What needs to improve' ``item`` does, and
    says nothing of it: no verb ('the quality and timeliness of return home interviews'),
    an indirect question ('how quickly the hub responds to children's needs'), or no
    word beyond the item's ('placement sufficiency for children in care and those with
    complex needs'): a bullet under 'the council needs to improve:' praises nothing."""
    return (
        not has_verb(claim)
        or bool(_INDIRECT.match(claim))
        or content_words(claim) <= content_words(item)
    )


_INDIRECT = re.compile(r"\W*(?:how|whether|what|why|where)\b", re.I)
"""An indirect question ('how quickly ...'): it names what is asked, it states nothing."""


def council_speaker(text: str) -> str | None:
    """Who speaks in a sentence opening '<speaker> said ...', when that is the council or
    another person ('he', 'she': Ofsted speaks as inspectors, the report or 'it')."""
    who = framed_speaker(text)
    if who is None:
        return None
    if who.lower() in ("he", "she"):
        return who
    return who if role_of(who) in OWN_WORDS_ROLES else None


def dropped_hedge(claim: str, words: set[str], sentence: str) -> str | None:
    """The hedge ('beginning to', 'not fully') of the clause of ``sentence`` that the
    claim restates (its content ``words``), when the claim has none: the claim states as
    done or whole what the report says is begun or partial. A claim with a limit of its
    own ('some children') or a negation does not state it done or whole. A claim may
    restate more than one clause ('Recent work is beginning to have some impact, with
    improvements in timeliness'): every clause it holds most of counts."""
    if _limits_itself(claim):
        return None
    for clause in _restated_clauses(words, sentence):
        if found := HEDGES.search(clause):
            return " ".join(found.group(0).split())
    return None


def _own_criticism(claim: str, said: str) -> bool:
    """True when the claim criticises in words of its own, not ``said`` by the report
    ('social workers fail to recognise' for 'do not recognise'): it tells the report's
    negation in other words. A critical word the report uses too ('past concerns') is the
    topic, not the claim's tone."""
    found = [*_CRITICAL.finditer(claim), *_ASKED_TO_IMPROVE.finditer(claim)]
    return any(m.group(0).lower() not in said.lower() for m in found)


def _restated_clauses(words: set[str], sentence: str) -> list[str]:
    """The clauses of ``sentence`` a claim (its content ``words``) restates: the one
    holding the most of its words, and any other holding half of its own content words
    among them; each holding at least _HEDGED_CLAUSE_WORDS of them."""
    parts = [(c, content_words(c)) for c in clauses(sentence)]
    main = restated_clause(words, sentence)
    held = {c: len(words & own) for c, own in parts}
    others = [c for c, own in parts if c != main and held[c] >= _RESTATED_HALF * len(own)]
    return [c for c in [main, *others] if held[c] >= _HEDGED_CLAUSE_WORDS]


def _limits_itself(claim: str, said: str = "") -> bool:
    """A claim with a limit of its own ('some', 'not yet', 'most', 'in the main'), a change
    told as under way ('increasingly') or a negation: it does not state a begun, partial or
    negated thing as done, whole or so. A limit the report's clause ``said`` holds too is
    the report's, not the claim's ('typically thorough' for 'typically superficial')."""
    return any(
        m.group(0).lower() not in said.lower()
        for limit in (HEDGES, LIMITED, IN_PROGRESS, NEGATION)
        for m in limit.finditer(claim)
    )


def _only_varies(claim: str, words: set[str], sentence: str) -> str | None:
    """The 'not always' or 'varies' (``VARIES``) of the clause of ``sentence`` the claim
    restates, when that is its only
    criticism and the claim says 'always' or 'consistently' (``ALWAYS``): the claim
    generalises what the report says holds some of the time, misleading in every path
    that reads it (as ``_negated_restatement`` reads 'not always' and ``_generalised``
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
        or _criticises(VARIES.sub(" ", clause))
        or any(_prefix_negation(claim, words, c) for c in _restated_clauses(words, sentence))
    ):
        return None
    return found.group(0)


def _negated_restatement(
    claim: str, words: set[str], pool: list[tuple[Sentence, Hit, float]]
) -> tuple[tuple[Sentence, Hit, float], str] | None:
    """The report sentence whose clause the claim restates (at least _NEGATED_MIN of its
    content ``words``) but negated, with the negation ('not strongly', 'not always
    effective', 'do not receive'): the claim states plainly what the report says is not
    so, or not always so. Only when no other sentence holds as many of the claim's words
    unnegated (or _SHARED_MIN of them: the report may say it plainly elsewhere), and
    never for a claim with a limit or a criticism of its own ('social workers fail to
    recognise' for 'do not recognise' says the same)."""
    if len(words) < _SHARED_WORDS_MIN or _limits_itself(claim):
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
        if negation is None and _critical(scored[0], words):
            continue  # said critically in other words ('a lack of'): not as the claim says it
        if negation is None:
            plain = max(plain, share)  # said plainly, as the claim says it
        elif found is None and not _own_criticism(claim, clause):
            found = (scored, negation, share)
    if found is None or plain >= min(found[2], _SHARED_MIN):
        # Said plainly as fully elsewhere (or nearly word for word): no contradiction.
        return None
    return found[0], found[1]


def _negated_where_plain(claim: str, words: set[str], sentence: str) -> str | None:
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
        if said & content_words(clause) and not (NEGATION.search(clause) or _criticises(clause)):
            return negation
    return None


def _prefix_opposite(claim: str, words: set[str], sentence: str) -> tuple[str, bool] | None:
    """The claim's word negated by its prefix ('an unstable workforce', ``NEGATIVE_PREFIX``)
    whose plain word a clause of the supporting ``sentence`` says with no negation or
    criticism ('The workforce is increasingly stable'), and that holds at least half the
    claim's other content words (the same subject): the opposite, no support. With whether
    it holds every one of them (the same subject in the same clause: strong enough to
    contradict; else support is only withheld)."""
    for m in NEGATIVE_PREFIX.finditer(claim):
        plain = re.compile(rf"\b{re.escape(m.group('stem'))}\b", re.I)
        others = words - content_words(m.group(0))
        for clause in clauses(sentence):
            if not plain.search(clause) or NEGATIVE_PREFIX.search(clause):
                continue
            if NEGATION.search(clause) or _criticises(clause):
                continue
            shared = others & content_words(clause)
            if others and 2 * len(shared) >= len(others):
                return m.group(0), shared == others
    return None


def _prefix_negation(claim: str, words: set[str], clause: str) -> str | None:
    """A word of ``clause`` that is one of the claim's words (its content ``words``)
    negated by its prefix ('cover arrangements are insufficient' for the claim's
    'sufficient', ``NEGATIVE_PREFIX``): it denies the word as 'not' would. The claim must
    hold the word itself, not one sharing its first letters ('unaccompanied' is no
    negation of 'accommodated'), and the clause must not say the plain word too ('clear in
    the east and unclear in the west' tells a variation, not the opposite)."""
    for m in NEGATIVE_PREFIX.finditer(clause):
        stem = m.group("stem")
        whole = re.escape(stem[: max(5, len(stem) - 2)])
        rest = content_words(clause[: m.start()] + clause[m.end() :])
        if content_words(stem) & (words - rest) and re.search(rf"\b{whole}", claim, re.I):
            return m.group(0)  # not 'clear in the east and unclear in the west': it varies
    return None


def _denies_claims_all(claim: str, negation: str) -> bool:
    """True when the report's ``negation`` denies the very 'all' or 'every' the claim says
    ('Not all social workers have sufficient knowledge' for 'all social workers know'): a
    limit on the claim, not its opposite."""
    denied = re.match(rf"not\s+({UNIVERSAL.pattern})", negation, re.I)
    said = {m.group(0).lower() for m in UNIVERSAL.finditer(claim)}
    return bool(denied) and denied.group(1).lower() in said


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
    if not own or _DEGREE.fullmatch(bare) or _LIGHT_VERB.fullmatch(bare):
        return False
    return not any(w[:4] == c[:4] for w in own for c in words)


_LIGHT_VERB = re.compile(r"(?:mak|tak|giv|get)(?:e|es|en|ing)?|made|took|gave|got", re.I)
"""A verb that carries no meaning of its own before the noun that does ('do not always
make effective use of the LADO service' negates a claim's 'used effectively'; 'not take
sufficient account of')."""


_DEGREE = re.compile(
    r"always|consistently|sufficient(?:ly)?|fully|yet|enough|routinely|currently|really"
    r"|quite|entirely|wholly|altogether|necessarily|adequately|properly|effectively"
    r"|all|every|each|any",
    re.I,
)
"""Words between a 'not' and the word it negates that only say how far or how many ('not
consistently challenge', 'not had sufficient senior management oversight', 'not all
social workers'); any other
content word is the word negated, and a claim that lacks it is not negated there."""


def _varies_where_always(
    claim: str, words: set[str], scored: tuple[Sentence, Hit, float]
) -> str | None:
    """The words saying it varies ('varies', 'inconsistent', 'not always') in the clause
    of the nearest sentence the claim restates (at least _OPPOSED_MIN of its content
    ``words``), when the claim says it holds always or everywhere ('consistently high')
    with no limit of its own: the report says the other way what the claim says."""
    if not UNIVERSAL.search(claim) or _limits_itself(claim):
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
    one holding _RESTATED_HALF of its own content words among the claim's, or whose subject
    stands for the sentence's ('but they are not always reviewed'). A negation in a
    clause about something else is none of the claim's ('Good management oversight is
    evident, but the rationale for management decisions is not always clear in children's
    records' does not negate 'good management oversight of children's cases')."""
    for clause in clauses(sentence):
        own = content_words(clause)
        if clause == restated or (
            len(words & own) < _RESTATED_HALF * len(own) and not _STANDS_BEFORE.match(clause)
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


def _restated_critically(
    words: set[str], same: list[tuple[Sentence, Hit, float]], supporting_share: float
) -> bool:
    """True when a critical clause restates the praise's words (at least _SHARED_MIN of
    them) more fully than the best sentence that would support it: the report's own
    passage on it is critical ('The capacity of the service ... is too limited'), and a
    weaker, uncritical sentence is another topic, no support. Only a support withheld,
    never a flag; and only at _SHARED_MIN: at half the words, a critical clause nearer
    the praise than its support was mostly another aspect (3 dev claims lost support)."""
    return any(
        _critical(s, words)
        and (share := shared(words, restated_clause(words, s.text))) >= _SHARED_MIN
        and share > supporting_share
        for s, _, _ in same
    )


def _criticised_nearer(
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
    if supporting[2] >= _RESTATED_HALF or not UNIVERSAL.search(claim) or _limits_itself(claim):
        return False
    for scored in same:
        if scored is supporting:
            return False
        if _critical(scored[0], words) and scored[2] > supporting[2]:
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
    r"|some|a few|several|many|most)\s+"
)
"""A subject of none ('no children were living in ...') and one of some ('A very small
number of children live in ...')."""


_SAID_OF_SOME = 0.5
"""Share of the claim's words after its subject the report must say of its own 'some'."""


def _none_where_some(claim: str, sentence: str) -> str | None:
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


def _many_where_few(claim: str, words: set[str], sentence: str) -> str | None:
    """The report's 'a small number' in the very clause the claim restates, where the claim
    says 'most' or 'many' ('most children remain too long in neglectful situations' for 'a
    small number remain in situations of neglect for too long'): the same finding told of
    the opposite share, positive evidence. None when the clause says 'most' too, or the
    claim names a few of its own; 'too many' is a criticism, not a share."""
    if not _MANY.search(claim) or _FEW.search(claim):
        return None
    clause = restated_clause(words, sentence)
    if _MANY.search(clause) or UNIVERSAL.search(clause):
        return None
    few = _FEW.search(clause)
    return few.group(0) if few else None


def _denied_universal(claim: str, words: set[str], sentence: str) -> bool:
    """True when the report's sentence denies the very 'always' or 'all' the claim states
    plainly ('not always', 'not all'), in a clause the claim restates: the report says in
    so many words that it is not so. A claim denying it too ('aren't always') says what the
    report says; a denial in a clause about something else ('Social workers meet children
    regularly ..., but not all children have their own assessments', for 'social workers
    meet all children regularly') is no evidence. A clause is the claim's when it is the
    one holding most of the claim's content ``words``, or when the claim holds at least
    _RESTATED_HALF of its own ('but not always', for 'always held on time')."""
    said = {
        m.group(0).lower()
        for m in UNIVERSAL.finditer(claim)
        if not NEGATION.search(" ".join(claim[: m.start()].split()[-2:]))
    }
    main = restated_clause(words, sentence)
    for clause in clauses(sentence):
        own = content_words(clause)
        if clause != main and len(words & own) < _RESTATED_HALF * len(own):
            continue
        denied = re.finditer(rf"\bnot\s+({UNIVERSAL.pattern})", clause, re.I)
        if any(m.group(1).lower() in said for m in denied):
            return True
    return False


_DENIED_WHOLE = re.compile(rf"(?:\bnot|n[’']t)\s+(?:quite\s+)?{UNIVERSAL.pattern}", re.I)
"""'not every', 'not all', "isn't always": a claim's own limit on a 'whole'."""


def _generalised(claim: str, words: set[str], sentence: str, hit: Hit) -> bool:
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
        if not limited or UNIVERSAL.search(sentence):
            return False
        said_of = content_words(" ".join(sentence[limited.end() :].split()[:3]))
        if _STANDS_FOR.match(sentence, limited.end()):
            # 'most are well attended': the limit stands for what the sentence is about.
            said_of |= content_words(sentence[: limited.start()])
        return any(
            content_words(" ".join(claim[m.end() :].split()[:3])) & said_of
            for m in UNIVERSAL.finditer(claim)
        )
    # The limit opens the own words of a clause the claim restates, after any conjunction
    # ('Although some early help services are making a difference', told as 'early help
    # services are ...'); the clause holding most of the claim's words may be a phrase
    # of the limited one ('Most children live in stable homes, close to the people ...').
    return hit.lexical >= _RESTATED_MIN and any(
        LIMITED_SUBJECT.search(without_conjunction(clause.strip()))
        for clause in _restated_clauses(words, sentence)
    )
