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
from dataclasses import dataclass, replace
from functools import lru_cache

from verify.check.common import (
    Context,
    content_words,
    officials_account,
    provisional,
    shared,
    verdict,
)
from verify.check.negation import (
    DENIED_HOW_OFTEN,
    RESTATED_HALF,
    RESTATED_MIN,
    SHARED_MIN,
    SHARED_WORDS_MIN,
    always_denied_elsewhere,
    critical,
    criticised_nearer,
    denied_of_part,
    denies_claims_all,
    dropped_hedge,
    generalised,
    limits_itself,
    many_where_few,
    negated_restatement,
    negated_where_plain,
    none_where_some,
    only_denies_whole,
    only_varies,
    opposed_patterns,
    opposite_said,
    own_criticism,
    prefix_opposite,
    restated_clause,
    restated_critically,
    subject_words,
    varies_where_always,
)
from verify.match import Hit, PassageIndex, Sentence
from verify.types import CheckedClaim, Claim, Evidence, Report
from verify.words import judgement_title
from verify.words.changes import direction_of
from verify.words.clauses import RELEASE_WORD, clause_spans, has_verb, predicate
from verify.words.criticism import ASKED_TO_IMPROVE, CRITICAL, FAULT_DENIED, WHOSE_PLIGHT
from verify.words.dates import COVER_DATES, LOOKING_BACK
from verify.words.domain import about_the_service
from verify.words.judgements import EQUIVALENT, RELEASE_JUDGEMENT_RE
from verify.words.marks import MARKS
from verify.words.numbers import approximation, fits, ratios, spelled_numbers
from verify.words.qualifiers import (
    HEDGES,
    NEGATION,
    VARIES,
)
from verify.words.quantities import LIMITED, QUANTITY_WORDS, shares
from verify.words.referents import groups, named
from verify.words.speakers import (
    FRAMING_PHRASE,
    OWN_WORDS_ROLES,
    framed_speaker,
    role_of,
    visit_framed,
)

_TOLD_AS_LISTED = re.compile(
    r"\b(?:recommend(?:s|ed|ations?)?|areas? (?:for|of) (?:improvement|development)"
    r"|areas? to (?:improve|develop)|to (?:improve|strengthen|address|tackle)"
    r"|working (?:on|towards?)|to work on|under ?way|plans? to|must|should|ought to"
    r"|need(?:s|ed)? to|ha(?:s|ve|d) to|for improvement|critici[sz]\w*|critical of|flagged"
    r"|(?:want|call|ask|press|push)\w*\s+(?:for\s+)?(?:better|more|improved|stronger|greater"
    r"|further|faster|quicker|clearer|tighter)"
    r"|(?:is|are|was|were) (?:required|expected) to"
    r"|(?:want|call|ask|press|push)\w*\s+for\s+(?:some\s+|further\s+)?improvements?\s+(?:in|to)"
    r"|(?:ask|urg|tell|told|call|direct|instruct|want)\w*\s+(?:on\s+)?(?:[\w’'-]+\s+){0,3}?to"
    r"\s+(?!be\b)\w+)\b",
    re.I,
)
"""A claim that tells what it names as a recommendation, an area for improvement, work to
be done, what the council must do or what inspectors asked of it ('just one
recommendation: the consistency of ...', 'inspectors asked the council to update
assessments of need when circumstances change' for the item 'The updating of assessments
of need ...', 'the report was critical of the recording of ...', 'areas to work on,
including ...', 'Ofsted wants better management oversight so that ...', 'they did ask for
improvements in the timely identification of risk',
'work is already under way to improve the quality and timeliness of return home
interviews', 'the council must ensure that all caseloads are manageable' for a SIF
report's 'Ensure that all ...'; a reporter's indirect speech shifts 'has to' and 'needs
to' back: 'the report said care leavers had to be helped to understand their rights', for
the item 'Care leavers' understanding of their rights ...', was misleading, news14): it
gives the item as listed to improve, so it praises nothing. No criticism of the claim's
own either ('leaders understand every area for improvement' is about the list), so it only
keeps an item from being read as praised."""
# With no embedding model, a sentence must share this share of words to support a claim.
_LEXICAL_MIN = 0.8
# Report sentences read for each claim, and the fewest words of one worth comparing:
# a running head ("Council") or a lone heading matches any claim by its words.
_POOL, _SENTENCE_MIN_WORDS = 10, 4
# A sentence read as opinion this close to one report sentence is that sentence.
_OWN_WORDS_MIN = 0.8
# A critical claim is supported by a critical sentence this much below the floor.
_BOTH_CRITICAL_MARGIN = 0.1
# Praise the report says only critically is misleading when one 'What needs to improve'
# item holds this share of the claim's content words, and at least this many of them.
_LISTED_MIN, _LISTED_WORDS_MIN = 0.5, 2


_VAGUE = re.compile(
    r"\b(?:acknowledg\w*|recogni[sz]\w*|prais\w*|highlight\w*|not(?:e|ed|es))\s+"
    r"(?:this|these|that|it|them)(?:\s+(?:work|news|achievement|effort|progress))?\W*$",
    re.I,
)
"""'The report acknowledges this.': what 'this' is lies in earlier sentences, so the
sentence alone names nothing to look for."""


# The provisional checks of a finding (``common.provisional``): each reads the report as
# saying the opposite of the claim from word lists over a sentence matched by a share of
# words, and none has yet raised a correct flag on a real release.
_CRITICISM = "a criticism the restated sentence makes, left out"
_NEGATED = "a restated clause negating the claim's words"
_OPPOSITE = "a change the restated sentence tells the other way"
_HOW_MANY = "how many the restated sentence says it of"


def topic(text: str) -> str:
    """The finding itself, without its framing (or the text, if nothing is left): a
    visit that frames it ('Inspectors visited X and praised Y', ``visit_framed``) too."""
    left = FRAMING_PHRASE.sub("", visit_framed(text) or text).strip()
    return left if len(left.split()) >= 3 else text


_SHARE_WORDS = frozenset(content_words(" ".join(QUANTITY_WORDS)))


def share_aside(words: set[str], sentence: str) -> float:
    """The share of a claim's content ``words`` that ``sentence`` holds, the words of the
    claim's share that the sentence does not say set aside (session 19, quantity19):
    'every' and 'most' tell how much of the same thing holds, so a claim's 'every' counted
    against the report's 'Most young people live in suitable accommodation' kept the
    sentence below the bar, and the two shares were never compared. Only against a
    sentence that tells a share of its own (``words.quantities.shares``): one telling none
    says the thing of all, or of no share a claim's could be compared with ('some children
    did not get help' beside a recommendation to consolidate improvements). A share word
    the sentence says too ('always' for 'not always') still counts."""
    if not shares(sentence):
        return shared(words, sentence)
    said = content_words(sentence)
    return shared(words - (_SHARE_WORDS - said), sentence)


def _strength(hit: Hit) -> float:
    return hit.semantic if hit.semantic is not None else hit.lexical


def says_only_noted(text: str) -> bool:
    """'The report acknowledges this.': a finding the checker leaves unchecked at once,
    ranking nothing (so ``lookups`` encodes nothing for it)."""
    return bool(_VAGUE.search(text))


def unrelated(claim: Claim, ctx: Context, report: Report) -> bool:
    """True for a finding in the release's own words (``_release_voice``) that tells nothing a
    report of children's services could say: no word of those services or their
    inspection, no grade, criticism or figure (``words.domain.about_the_service``), and
    fewer than half its content words anywhere in the report (``Context.report_words``).
    The finding check settles it not_checkable without ranking the report by meaning, and
    ``lookups`` encodes nothing for it: the local news a release or a hostile input is
    padded with ('The borough hosted its annual summer fair in the park') was ranked
    sentence by sentence, about 78 s a megabyte, to be judged not_checkable anyway."""
    if claim.kind != "finding" or not _release_voice(claim):
        return False
    if about_the_service(claim.text):
        return False
    words = content_words(claim.text)  # no framing to cut: it names no saying
    return 2 * len(words & ctx.report_words(report)) < len(words)


def _release_voice(claim: Claim) -> bool:
    """True when the release tells the finding in its own words: unattributed, or carrying
    the inspectors' findings on (given to them, no speaker named). A sentence telling
    their words itself names them or their saying ('Inspectors said', 'They noted', 'the
    watchdog added'), words of the inspection (``words.domain.DOMAIN``)."""
    attribution = claim.attribution
    return attribution is None or (attribution.role == "inspectors" and not attribution.speaker)


def _unrelated(claim: Claim, report: Report) -> CheckedClaim:
    """not_checkable, nothing ranked: the release's own statement of something else
    (``unrelated``)."""
    why = (
        "The release's own statement of something else: no word of children's services "
        f"or their inspection, no grade or figure, and most of its words nowhere in "
        f"{report.label}; not compared with the report."
    )
    return verdict(claim, "not_checkable", why)


@dataclass(frozen=True)
class _Reading:
    """One finding read against one report: what every step of ``check_finding`` compares
    (the claim's topic and content words, the report sentences nearest it, best first, and
    the bar a sentence must reach to say the same)."""

    claim: Claim
    ctx: Context
    report: Report
    index: PassageIndex
    wanted: str
    words: set[str]
    pool: list[tuple[Sentence, Hit, float]]
    floor: float
    by_inspectors: bool

    @property
    def critical_claim(self) -> bool:
        """The claim criticises, or asks the council to improve, in words of its own."""
        text = FAULT_DENIED.sub(" ", WHOSE_PLIGHT.sub(" ", self.claim.text))
        return bool(CRITICAL.search(text) or ASKED_TO_IMPROVE.search(text))


def check_finding(claim: Claim, ctx: Context, report: Report) -> CheckedClaim:
    """The verdict for a paraphrased finding against one report: unchecked when it names
    nothing, is an official's or tells nothing the report could say (``unrelated``: not
    ranked), else the first step that settles it, each a function of
    its own so that a verdict names the step that built it (``decided_by``): a criticism
    the claim leaves out of the sentence it restates, an improvement item told as praise,
    a negation of its words, a change told the other way, then the support it finds."""
    if says_only_noted(claim.text):
        why = "Says only that the report noted 'this'; the sentence names nothing to check."
        return verdict(claim, "not_checkable", why)
    by_inspectors = claim.attribution is not None and claim.attribution.role == "inspectors"
    if not by_inspectors and (speaker := council_speaker(claim.text)):
        return officials_account(claim, speaker)
    if unrelated(claim, ctx, report):
        return _unrelated(claim, report)
    index = ctx.index(report)
    wanted = topic(claim.text)
    words = content_words(wanted)
    pool = _pool(wanted, words, index)
    if not pool:
        return verdict(claim, "not_checkable", f"{report.label} has no passages to compare.")
    floor = ctx.settings.semantic_min if pool[0][1].semantic is not None else _LEXICAL_MIN
    if not any(_agreement(h, sh, len(words), floor) >= 1 for _, h, sh in pool):
        pool = [_by_its_words(wanted, words, scored, index, floor) for scored in pool]
    pool.sort(key=lambda shs: _agreement(shs[1], shs[2], len(words), floor), reverse=True)
    sentence = pool[0][0]
    if COVER_DATES.search(sentence.text):
        why = (
            f"Nearest the report's own line '{sentence.text}': the claim states when the "
            "inspection was or was published, which the inspection's dates settle, not a finding."
        )
        return verdict(claim, "not_checkable", why, _first(pool[0], pool, index))
    r = _Reading(claim, ctx, report, index, wanted, words, pool, floor, by_inspectors)
    return (
        _criticism_left_out(r)
        or _item_praised(r)
        or _negated(r)
        or _changed_the_other_way(r, same := _saying_the_same(r))
        or _judged_by_support(r, same)
    )


def _criticism_left_out(r: _Reading) -> CheckedClaim | None:
    """The nearest sentence is a criticism the claim restates without it: misleading when
    its only criticism is a limit the claim drops ('not always', 'not all'), else
    contradicted (provisional)."""
    claim, words, pool = r.claim, r.words, r.pool
    sentence, best, _ = pool[0]
    if not _restated_without_criticism(claim.text, words, sentence, best):
        return None
    evidence = _first(pool[0], pool, r.index)
    if varies := only_varies(claim.text, words, sentence.text):
        why = (
            f"{_where(evidence[0])} says this holds only some of the time ('{varies}'), "
            f"where the claim says it always does ({_measured(pool[0])}): "
            f"'{sentence.text}'"
        )
        return verdict(claim, "misleading", why, evidence)
    if part := only_denies_whole(claim.text, words, sentence.text):
        why = (
            f"{_where(evidence[0])} says this of only part ('{part}'), where the claim "
            f"says it of all ({_measured(pool[0])}): '{sentence.text}'"
        )
        return verdict(claim, "misleading", why, evidence)
    why = (
        f"{_where(evidence[0])} says this with a criticism the claim leaves out "
        f"({_measured(pool[0])}): '{sentence.text}'"
    )
    return provisional(verdict(claim, "contradicted", why, evidence), r.ctx, _CRITICISM)


def _item_praised(r: _Reading) -> CheckedClaim | None:
    """The nearest sentence is a 'What needs to improve' item the claim tells as praise:
    misleading."""
    sentence, best, _ = r.pool[0]
    listed = _listed_item(sentence, r.report, r.by_inspectors)
    if not _praises_item(r.claim.text, sentence, best, listed):
        return None
    evidence = _first(r.pool[0], r.pool, r.index)
    why = (
        f"The report lists this among what needs to improve ('{sentence.text}'); the "
        "release presents it as a strength."
    )
    return verdict(r.claim, "misleading", why, evidence)


def _negated(r: _Reading) -> CheckedClaim | None:
    """A clause restating the claim negates its words: misleading for a hedge or a
    denied whole, else contradicted (provisional)."""
    claim = r.claim
    if not (negated := negated_restatement(claim.text, r.words, r.pool)):
        return None
    (sentence, hit, share), negation = negated
    evidence = _first((sentence, hit, share), r.pool, r.index)
    measured = _measured((sentence, hit, share))
    if (
        HEDGES.search(negation)
        or denies_claims_all(claim.text, negation)
        or denied_of_part(claim.text, negation, sentence.text)
    ):
        # 'not always', and 'not all' for the claim's 'all', limit what the claim says
        # of all, as a 'not' said only of 'a minority of cases' does: misleading, as
        # ``_denied_universal`` judges them; 'not' alone says the opposite.
        why = (
            f"{_where(evidence[0])} says this ({measured}) only with '{negation}', which "
            f"the claim leaves out: '{sentence.text}'"
        )
        return verdict(claim, "misleading", why, evidence)
    why = (
        f"{_where(evidence[0])} says the opposite ({measured}): '{negation}', where the "
        f"claim states it plainly: '{sentence.text}'"
    )
    return provisional(verdict(claim, "contradicted", why, evidence), r.ctx, _NEGATED)


def _saying_the_same(r: _Reading) -> list[tuple[Sentence, Hit, float]]:
    """The sentences of the pool that reach the bar. A criticism the report makes is found
    at a lower bar: critical sentences share the claim's tone, so their cosine runs lower
    for the same meaning. A sentence sharing none of the content words of a claim that
    names at least SHARED_WORDS_MIN of them says something else, however near its
    cosine (paraphrase17: 'Social workers complete an updated assessment to inform the
    conference.' supported 'leaders are working to ensure that the pool of in-house
    foster carers increases')."""
    critical_claim = r.critical_claim

    def says_same(s: Sentence, h: Hit, share: float) -> bool:
        if share == 0 and len(r.words) >= SHARED_WORDS_MIN:
            return False  # shares no word of a claim that names enough of its own
        bar = r.floor - _BOTH_CRITICAL_MARGIN if critical_claim and critical(s) else r.floor
        return _agreement(h, share, len(r.words), bar) >= 1

    return [(s, h, sh) for s, h, sh in r.pool if says_same(s, h, sh)]


def _changed_the_other_way(
    r: _Reading, same: list[tuple[Sentence, Hit, float]]
) -> CheckedClaim | None:
    """The nearest sentence saying the same tells the claim's change the other way:
    contradicted (provisional)."""
    claim = r.claim
    if not same or not (told := _opposite_change(claim.text, r.words, same[0])):
        return None
    evidence = _first(same[0], r.pool, r.index)
    why = (
        f"{_where(evidence[0])} tells this change the other way ({_measured(same[0])}): "
        f"{told} where the claim says {direction_of(claim.text)}: '{same[0][0].text}'"
    )
    return provisional(verdict(claim, "contradicted", why, evidence), r.ctx, _OPPOSITE)


def _judged_by_support(r: _Reading, same: list[tuple[Sentence, Hit, float]]) -> CheckedClaim:
    """Praise is supported only by a sentence that does not criticise: the nearest
    critical sentence (or a "What needs to improve" item) may be the same topic told the
    other way. The support left is weighed (``_said_of_others``, ``_against_support``),
    or the claim judged with none (``_without_support``)."""
    claim, words, report = r.claim, r.words, r.report
    critical_claim = r.critical_claim
    support = [
        (s, h, sh)
        for s, h, sh in same
        if (
            critical_claim
            or not critical(s, words)
            or _told_as_its_item(claim.text, s)
            or _negated_alike(claim.text, words, s)
        )
        and not _names_to_improve(claim.text, s, report, r.by_inspectors)
    ]
    if support and _other_direction(claim.text, support[0][0], support[0][2], r.pool):
        support = []
    if opposed := _opposed(r, support, critical_claim):
        (sentence, hit, share), (said, theirs, whole) = opposed
        if whole:
            evidence = _first((sentence, hit, share), r.pool, r.index)
            why = (
                f"{_where(evidence[0])} says '{theirs}' ({_measured((sentence, hit, share))}), "
                f"the opposite of the claim's '{said}': '{sentence.text}'"
            )
            return provisional(verdict(claim, "contradicted", why, evidence), r.ctx, _NEGATED)
        support = []
    if not critical_claim and (varied := _varies_in_pool(r, support)):
        (sentence, hit, share), varies = varied
        evidence = _first((sentence, hit, share), r.pool, r.index)
        why = (
            f"{_where(evidence[0])} says this varies ({_measured((sentence, hit, share))}): "
            f"'{varies}', where the claim says it always holds: '{sentence.text}'"
        )
        return verdict(claim, "misleading", why, evidence)
    if not critical_claim and support and restated_critically(words, same, support[0][2]):
        support = []
    if not critical_claim and support and criticised_nearer(claim.text, words, same, support[0]):
        support = []
    if (
        not critical_claim
        and support
        and _listed_more_fully(r.wanted, words, report, support[0][2])
    ):
        support = []
    if not support:
        return _without_support(r, same)
    return _said_of_others(r, support[0]) or _against_support(r, support[0])


def _opposed(
    r: _Reading, support: list[tuple[Sentence, Hit, float]], critical_claim: bool
) -> tuple[tuple[Sentence, Hit, float], tuple[str, str, bool]] | None:
    """The report's words telling the claim the other way (``_opposed_in_pool``). A
    criticism ('Early permanence was identified as a weakness') is read so only when
    nothing says it and a clause holds its whole subject told the other way ('Early
    permanence is a strength'): the report praises one aspect beside criticising another
    often enough that less is no evidence."""
    if not critical_claim:
        return _opposed_in_pool(r, support)
    if support or not (opposed := _opposed_in_pool(r, [])) or not opposed[1][2]:
        return None
    return opposed


def _opposed_in_pool(
    r: _Reading, support: list[tuple[Sentence, Hit, float]]
) -> tuple[tuple[Sentence, Hit, float], tuple[str, str, bool]] | None:
    """The first sentence of the pool holding at least as many of the claim's words as its
    best support (any, when it has none) whose clause says the opposite of a word of the praise
    (``negation.opposite_said``: 'The corporate parenting board is underdeveloped' for
    'praised the corporate parenting board as a strength', session 15: was supported by
    that very sentence; 'a reduction in the turnover of staff' for 'turnover has
    increased'), with what it says: the report's own words on it tell the other way. The
    best support itself is read too (paraphrase17: '..., these have been slow to develop'
    supported 'have been quick to develop'), and so is a sentence holding as many of its
    words (opposites18b: 'Completed assessments demonstrate careful consideration of
    children's needs' supported 'assessments of children's needs are completed quickly'
    beside 'Too many assessments take too long to complete', as near by words)."""
    bar = support[0][2] if support else 0.0
    first = None
    for scored in r.pool:
        if scored[2] < bar:
            continue
        if said := opposite_said(r.claim.text, r.words, scored[0].text):
            if said[2]:
                return scored, said
            first = first or (scored, said)
    weak = not support or support[0][2] < RESTATED_HALF or _off_subject(r, support[0][0])
    if first is None:
        return _opposed_whole(r, bar) if weak else None
    return _opposed_whole(r, bar) or first


def _off_subject(r: _Reading, sentence: Sentence) -> bool:
    """True when ``sentence`` holds under half the claim's subject words
    (``negation.subject_words``): what it shares with the claim is when or whose, not what
    (session 21, polarity21: 'Since the last inspection in 2016, there has been a decline in
    the overall effectiveness ...' held half the words of 'staff turnover had risen since
    the last inspection', none of its subject, and as support kept the report's 'staff
    turnover have reduced' from being read)."""
    subject = subject_words(r.claim.text, r.words)
    return 2 * len(subject & content_words(sentence.text)) < len(subject)


def _opposed_whole(
    r: _Reading, bar: float
) -> tuple[tuple[Sentence, Hit, float], tuple[str, str, bool]] | None:
    """A sentence telling the claim's whole subject the other way (``opposite_said``, whole),
    looked for once a sentence of the pool told part of it so and withheld its support, or
    the support is weak: among the pool's sentences holding fewer of the claim's words than
    its support (``bar``), then outside the pool (``_opposed_elsewhere``). Its words on the
    same subject are the evidence the part withheld (session 21, polarity21: 'far fewer
    children being looked after now than ... two years ago' withheld support from 'the
    number of children looked after has risen over the past two years', and 'The number of
    children looked after has been significantly reduced' was never read: it held fewer of
    the claim's words, the time it names among them)."""
    for scored in r.pool:
        if scored[2] >= bar:
            continue
        if (said := opposite_said(r.claim.text, r.words, scored[0].text)) and said[2]:
            return scored, said
    return _opposed_elsewhere(r)


# A claim's subject must hold this many words to be found told the other way outside the
# sentences ranked nearest it (``_opposed_elsewhere``): one word ('morale') names no subject.
_ELSEWHERE_SUBJECT_MIN = 2


def _opposed_elsewhere(
    r: _Reading,
) -> tuple[tuple[Sentence, Hit, float], tuple[str, str, bool]] | None:
    """The first report sentence outside the ranked pool that holds the opposite of a word
    of the claim (``negation.opposed_patterns``) and, in the clause saying it, every word of
    the claim's subject (``negation.subject_words``, at least _ELSEWHERE_SUBJECT_MIN of
    them), when nothing supports the claim or its support holds under half its words (found
    by meaning, another aspect): the report tells the same subject the other way in a
    sentence ranking missed, a long one or one worded otherwise ('providing an
    increasingly stable workforce, a specialist service ...' for 'the workforce has become
    increasingly unstable'; 'Early permanence is a strength due to ...' for 'Early
    permanence was identified as a weakness'). Only a clause holding the whole subject
    counts: a flag on positive evidence, never support withheld by a sentence found by a
    word alone. A 'What needs to improve' item names a topic, telling it no way."""
    claim = r.claim.text
    if len(subject_words(claim, r.words)) < _ELSEWHERE_SUBJECT_MIN:
        return None
    pooled = {s.start for s, _, _ in r.pool}
    for _, opposite in opposed_patterns(claim):
        for sentence in r.index.sentences_matching(opposite):
            if sentence.start in pooled or sentence.passage.kind == "improvement":
                continue
            said = opposite_said(claim, r.words, sentence.text)
            if said and said[2]:
                share = shared(r.words, sentence.text)
                hit = Hit(sentence.start, sentence.end, share, sentence.passage, share)
                return (sentence, hit, share), said
    return None


def _varies_in_pool(
    r: _Reading, support: list[tuple[Sentence, Hit, float]]
) -> tuple[tuple[Sentence, Hit, float], str] | None:
    """The first sentence of the pool holding more of the claim's words than its best
    support whose clause the claim restates says it varies ('Although the quality of
    referral information is variable, ...') where the claim says it always holds
    ('consistently high'), with its words (``negation.varies_where_always``): the
    report's own sentence on it limits it, whatever other sentence would support the
    claim by meaning (paraphrase17: 'Thresholds ... are consistently applied' supported
    'the quality of referral information is consistently high')."""
    if not support:
        return None  # judged with no support: ``_without_support`` reads the nearest
    for scored in r.pool:
        if scored[2] <= support[0][2]:
            continue
        if varies := varies_where_always(r.claim.text, r.words, scored):
            return scored, varies
    return None


def _said_of_others(r: _Reading, near: tuple[Sentence, Hit, float]) -> CheckedClaim | None:
    """The supporting sentence (holding at least _LISTED_MIN of the claim's words) says it
    of other children (another graded section) or of other people: not_checkable."""
    if near[2] < _LISTED_MIN:
        return None
    evidence = _first(near, r.pool, r.index)
    if elsewhere := _said_of_other_group(r.wanted, near[0], r.report):
        why = (
            f"{_where(evidence[0])} says this ({_measured(near)}) of "
            f"{judgement_title(elsewhere).lower()}, not of the children the claim names: "
            f"'{near[0].text}'"
        )
        return verdict(r.claim, "not_checkable", why, evidence)
    if theirs := _said_of_other_referents(r.wanted, near[0]):
        why = (
            f"{_where(evidence[0])} says this ({_measured(near)}) of {theirs}, not of the "
            f"{', '.join(sorted(groups(r.wanted)))} the claim names: '{near[0].text}'"
        )
        return verdict(r.claim, "not_checkable", why, evidence)
    return None


def _without_support(r: _Reading, same: list[tuple[Sentence, Hit, float]]) -> CheckedClaim:
    """No sentence supports the claim: misleading when the nearest saying it limits its
    'always' or the report lists it to improve, else not_checkable with the nearest
    passages (not finding support is no evidence of an error)."""
    claim, words, report = r.claim, r.words, r.report
    critical_claim = r.critical_claim
    near = same[0] if same else r.pool[0]
    evidence = _first(near, r.pool, r.index)
    measured = _measured(near)
    if same and (none := _none_said_of_some(r, near, evidence)):
        # The report's criticism of some ('a very small number of care-experienced young
        # people are being moved into bed and breakfast accommodation') withheld support
        # from the claim that none are: it says the opposite share (quantity19).
        return none
    if same and not critical_claim and (varies := varies_where_always(claim.text, words, near)):
        # The report's limit on what the claim tells of every time or every case:
        # misleading, as 'not always' is wherever it is read (``only_varies``).
        why = (
            f"{_where(evidence[0])} says this varies ({measured}): '{varies}', where the "
            f"claim says it always holds: '{near[0].text}'"
        )
        return verdict(claim, "misleading", why, evidence)
    if same and not critical_claim and (limited := _limits_the_praise(r, near, evidence)):
        return limited
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
        listed = r.index.evidence(item.start, item.end, 1.0)
        return verdict(claim, "misleading", why, [listed, *evidence])
    why = (
        f"The nearest passage saying this ({_where(evidence[0])}, {measured}) tells "
        "it the other way (critical where the claim is not, or another direction of "
        "change); read it beside the claim."
        if same
        else f"No report passage was found saying this (nearest: {_where(evidence[0])}, "
        f"{measured}; a passage needs similarity {r.floor:.2f} or "
        f"{SHARED_MIN:.0%} of the words)."
    )
    # Not finding support is no evidence of an error: said, with the nearest
    # passages, not flagged.
    return verdict(claim, "not_checkable", why, evidence)


def _limits_the_praise(
    r: _Reading, chosen: tuple[Sentence, Hit, float], evidence: list
) -> CheckedClaim | None:
    """Misleading when the claim's praise of every one drops the limit the ``chosen``
    sentence puts on the same thing (``negation.generalised``: 'caseloads are manageable
    in every locality' for 'caseloads in some localities are too high'), whether that
    sentence supports it or, critical, withheld support (session 15: 'too high' made it
    critical, and the limit was no longer read)."""
    sentence, hit, _ = chosen
    if not generalised(r.claim.text, r.words, sentence.text, hit):
        return None
    why = (
        f"{_where(evidence[0])} limits this praise ('{sentence.text}'); the release generalises it."
    )
    return verdict(r.claim, "misleading", why, evidence)


def _against_support(r: _Reading, chosen: tuple[Sentence, Hit, float]) -> CheckedClaim:
    """The claim against its supporting sentence: other figures, how many, a limit or
    hedge dropped, a word told by its opposite or negated, a quotation's words beside
    it; else supported."""
    claim, ctx, words = r.claim, r.ctx, r.words
    sentence, _, share = chosen
    evidence = _first(chosen, r.pool, r.index)
    measured = _measured(chosen)
    theirs = _figures(sentence.text)
    missing, replaced = _unmatched(claim.text, sentence.text)
    if missing:
        said = ", ".join(sorted(missing))
        other = (
            f"{_where(evidence[0])} says this ({measured}) with other figures "
            f"({', '.join(sorted(theirs))}), not {said}: '{sentence.text}'"
        )
        if replaced and share >= SHARED_MIN:
            return verdict(claim, "contradicted", other, evidence)
        if share >= _FIGURES_MET_MIN and _same_measure(claim.text, sentence.text, missing):
            # The same statistic told with another value, too loosely matched to flag:
            # withheld, not supported.
            return verdict(claim, "not_checkable", other, evidence)
        if missing & _TIMES:
            where = _where(evidence[0])
            why = f"{where} says this ({measured}) but not '{said}': '{sentence.text}'"
            return verdict(claim, "not_checkable", why, evidence)
    if share >= RESTATED_HALF and (few := many_where_few(claim.text, words, sentence.text)):
        why = (
            f"{_where(evidence[0])} says this of '{few}' ({measured}), where the claim says "
            f"it of most or many: '{sentence.text}'"
        )
        return provisional(verdict(claim, "contradicted", why, evidence), ctx, _HOW_MANY)
    if none := _none_said_of_some(r, chosen, evidence):
        return none
    if limited := _limits_the_praise(r, chosen, evidence):
        return limited
    if hedge := dropped_hedge(claim.text, words, sentence.text):
        why = (
            f"{_where(evidence[0])} says this ({measured}) only with '{hedge}', which the "
            f"claim leaves out: '{sentence.text}'"
        )
        return verdict(claim, "misleading", why, evidence)
    if opposite := prefix_opposite(claim.text, words, sentence.text):
        word, whole = opposite
        why = (
            f"{_where(evidence[0])} says it plainly ({measured}), where the claim says "
            f"'{word}': '{sentence.text}'"
        )
        if whole:
            return provisional(verdict(claim, "contradicted", why, evidence), ctx, _NEGATED)
        return verdict(claim, "not_checkable", why + "; read it beside the claim.", evidence)
    if negated := negated_where_plain(claim.text, words, sentence.text):
        why = (
            f"{_where(evidence[0])} says this ({measured}) with no negation, where the claim "
            f"says '{negated}': '{sentence.text}'"
        )
        plain = not (NEGATION.search(sentence.text) or LIMITED.search(sentence.text))
        if share >= SHARED_MIN and plain:
            # Nearly every word of the claim, told with no negation anywhere: the claim's
            # 'not' is the only difference ('recruitment of new foster carers is not a
            # challenge' for '... is a challenge for the local authority'; paraphrase17: was
            # not_checkable). A sentence negating in another clause may say what the claim
            # says ('does not yet have a sufficiently robust system to track and monitor'),
            # and one limiting it may say it in other words ('few care leavers move on to
            # higher education' for 'most care leavers do not go on to').
            return provisional(verdict(claim, "contradicted", why, evidence), ctx, _NEGATED)
        return verdict(claim, "not_checkable", why + "; read it beside the claim.", evidence)
    if denied := _always_denied(r):
        return denied
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


def _always_denied(r: _Reading) -> CheckedClaim | None:
    """Misleading when a report sentence denies the very 'always' or 'consistently' the
    claim states, of its subject and word (``negation.always_denied_elsewhere``), wherever
    ranking put it: the report says in so many words that it is not so every time, and a
    sentence found by meaning (MiniLM ranks paraphrases first) need not be that one."""
    claim = r.claim
    found = always_denied_elsewhere(
        claim.text, r.words, r.index.sentences_matching(DENIED_HOW_OFTEN)
    )
    if found is None:
        return None
    share = shared(r.words, found.text)
    hit = Hit(found.start, found.end, share, found.passage, share)
    evidence = _first((found, hit, share), r.pool, r.index)
    why = (
        f"{_where(evidence[0])} says this is not so every time, where the claim says it "
        f"always is: '{found.text}'"
    )
    return verdict(claim, "misleading", why, evidence)


def _none_said_of_some(
    r: _Reading, chosen: tuple[Sentence, Hit, float], evidence: list[Evidence]
) -> CheckedClaim | None:
    """Contradicted (provisional) when the claim says none of what the ``chosen`` sentence
    says of some (``negation.none_where_some``: 'no families experience ...' for 'a small
    number of families experience ...'), whether that sentence supports the claim or,
    critical, withheld support."""
    sentence = chosen[0].text
    if not (some := none_where_some(r.claim.text, sentence)):
        return None
    why = (
        f"{_where(evidence[0])} says this of '{some}' ({_measured(chosen)}), where the claim "
        f"says none: '{sentence}'"
    )
    return provisional(verdict(r.claim, "contradicted", why, evidence), r.ctx, _HOW_MANY)


def _said_beside_its_quotation(claim: Claim, sentence: str) -> str | None:
    """The claim's own words beside a quotation it holds, when they say something
    (SHARED_WORDS_MIN content words) and the supporting ``sentence`` holds none of them
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
    if len(own) < SHARED_WORDS_MIN or shared(own, sentence) > 0:
        return None
    return own_text


def _other_direction(
    claim: str, sentence: Sentence, share: float, pool: list[tuple[Sentence, Hit, float]]
) -> bool:
    """True when the best supporting sentence, found by meaning and fewer than SHARED_MIN
    of the claim's words, tells a change in another direction than the claim's ('have
    declined since 2012' beside 'Services have remained good for children looked after
    and have improved for care leavers'; the clause restated first, else the sentence),
    or tells none where praise tells one since an earlier time and no sentence near it
    tells that change ('have got worse since the last inspection' beside 'This is a
    contributing factor to the high rate of children in care': a sentence about today
    says nothing of a change): no support for it. Not a criticism said to hold still ('the
    pace of change was still too slow' beside 'some recent improvement but the pace of
    change has been too slow'). Withholds support only."""
    if share >= SHARED_MIN:
        return False
    said = direction_of(claim)
    clause = restated_clause(content_words(claim), sentence.text)
    told = direction_of(clause) or direction_of(sentence.text)
    if said and told is None:
        return (
            bool(_SINCE_EARLIER.search(claim))
            and not CRITICAL.search(claim)
            and not _SINCE_EARLIER.search(sentence.text)
            and not any(direction_of(s.text) == said for s, _, _ in pool)
        )
    if said == "maintained" and CRITICAL.search(claim):
        return False  # 'the pace of change was still too slow': a weakness kept, no rating
    return bool(said and told and said != told)


_OPPOSED_CHANGES = {"improved": "declined", "declined": "improved"}


def _opposite_change(
    claim: str, words: set[str], scored: tuple[Sentence, Hit, float]
) -> str | None:
    """The direction ('declined') the clause of the nearest sentence that says the claim
    (at least SHARED_MIN of its content ``words``) tells, when the claim tells the other
    ('improved'): 'a focused visit in 2022 found that the quality of practice had improved'
    for '... found that the quality of practice had deteriorated'. A claim with a limit or
    negation of its own, or kept at 'maintained' either side, is not opposed."""
    sentence, _, share = scored
    if share < SHARED_MIN or limits_itself(claim):
        return None
    said = direction_of(claim)
    told = direction_of(restated_clause(words, sentence.text))
    return told if said and _OPPOSED_CHANGES.get(said) == told else None


_SINCE_EARLIER = re.compile(rf"\b(?:{LOOKING_BACK}|(?:19|20)\d\d)\b", re.I)
"""Words tying a change to an earlier time ('since the last inspection', 'than in 2019')."""


_NEGATING_ONLY = re.compile(r"not|\w+n[’']t", re.I)


def _negated_alike(claim: str, words: set[str], sentence: Sentence) -> bool:
    """True when the clause of ``sentence`` the claim restates criticises only by a 'not'
    and the claim negates too ('bed and breakfast accommodation is never used for care
    leavers' for 'Bed and breakfast accommodation is not used.'; session 21, findings21:
    the report's 'not' was read as a criticism of the claim's praise, and support
    withheld). Both say what is not so: the same statement, not another tone. Whether the
    claim negates what the sentence does is for the negation checks that come after. Not a
    'not always' or 'not consistently' (``VARIES``): that 'not' limits, it does not negate
    ('Care leavers are never helped to find suitable accommodation' is not what 'not always
    helped' says)."""
    if not NEGATION.search(claim) or sentence.passage.kind == "improvement":
        return False
    clause = restated_clause(words, sentence.text)
    said = [m.group() for m in CRITICAL.finditer(clause)]
    return (
        bool(said) and all(_NEGATING_ONLY.fullmatch(w) for w in said) and not VARIES.search(clause)
    )


def _told_as_its_item(claim: str, sentence: Sentence) -> bool:
    """True when ``sentence`` is a 'What needs to improve' item and the claim tells what it
    names as listed to improve (``_TOLD_AS_LISTED``: 'the report said care leavers had to
    be helped to understand their rights', 'only one area for improvement: the matching of
    adolescents ...', 'highlighted ... as an area to improve'): the item says what the
    claim says (session 20, paraphrase20: it was read as a criticism of praise, and the
    claim left not_checkable)."""
    return sentence.passage.kind == "improvement" and _told_as_listed(claim, sentence.text)


@lru_cache(maxsize=4096)
def _told_as_listed(claim: str, item: str) -> bool:
    """True when a clause of the claim holds both the words that tell something as listed
    to improve (``_TOLD_AS_LISTED``) and a word of ``item``, or the listing words end their
    clause and the clause a colon brings in names it ('only one area for improvement: the
    matching of adolescents ...'). Listing words said of something else ('Staff must be
    proud: the updating of assessments is strong') do not make praise of the item its
    listing (review of session 20: such praise was supported by the item itself).
    Remembered: asked of each candidate sentence, claim after claim."""
    own = content_words(item)
    spans = clause_spans(claim)
    for n, (a, b) in enumerate(spans):
        if not (m := _TOLD_AS_LISTED.search(claim, a, b)):
            continue
        introduces = not claim[m.end() : b].strip() and claim[b : b + 2].strip().startswith(":")
        end = spans[n + 1][1] if introduces and n + 1 < len(spans) else b
        if own & content_words(claim[a:end]):
            return True
    return False


def _names_to_improve(claim: str, sentence: Sentence, report: Report, recommended: bool) -> bool:
    """True when ``sentence`` is an item the report lists to improve (``_listed_item``: with
    ``recommended``, a SIF report's numbered recommendation too) the claim does not
    criticise in words of its own: the item names what needs to improve ('The
    effectiveness of the response ... out of office hours'; 'Ensure that visits to
    children are undertaken in line with their plans'), so it supports only a claim that
    it needs to, never the claim that it is done or effective."""
    if _told_as_listed(claim, sentence.text):
        return False  # told as listed to improve: the item says so (``_told_as_its_item``)
    return _listed_item(sentence, report, recommended) and not own_criticism(claim, sentence.text)


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
    return {figure for figure, _ in _figure_matches(text)}


def _figure_matches(text: str) -> list[tuple[str, re.Match]]:
    """Each figure ``_figures`` reads, with where the text gives it."""
    found = []
    for m in _FIGURE.finditer(text):
        figure = (f"{m['n']}%" if m["pct"] else m["n"]) if m["n"] else m["times"].lower()
        if not _YEAR.fullmatch(figure):
            found.append((figure, m))
    return found


def _unmatched(claim: str, sentence: str) -> tuple[set[str], set[str]]:
    """The claim's figures the sentence does not give, and the sentence's the claim does
    not. A figure is given by the same figure, by the number written in words ('16 and
    17-year-olds' for 'Sixteen- and 17-year-old children'), by a ratio of the same share
    ('nine out of 10' for '90%'), or by one the claim's bound or round number is true of
    ('more than 100' for 102, 'almost 250' for 248, ``words.numbers.fits``). A claim gives
    the report's figure otherwise only when both sets hold one: a figure of its own beside
    all of the sentence's ('approved 48 adopters, just short of its target of 50' for 'just
    short of their target of 50') is one the report does not give, no other value of one
    it does."""
    said, printed = _told(claim), _told(sentence)
    in_words = {str(n) for n in spelled_numbers(sentence)}
    in_claims_words = {str(n) for n in spelled_numbers(claim)}
    met: set[str] = set()
    missing = set()
    for figure, how in said:
        fitting = {p for p, rounded in printed if _fits(figure, how or rounded, p)}
        met |= fitting
        if not fitting and figure not in in_words:
            missing.add(figure)
    replaced = {p for p, _ in printed if p not in met and p not in in_claims_words}
    return missing, replaced


def _told(text: str) -> list[tuple[str, str | None]]:
    """Each figure ``_figures`` reads in ``text``, with how the words before it give it
    (``words.numbers.approximation``: 'more than', 'almost'); a ratio ('nine out of 10',
    ``words.numbers.ratios``) as its percentage, a round one."""
    shares = ratios(text)
    told: list[tuple[str, str | None]] = [(f"{pct:.0f}%", "near") for _, _, pct in shares]
    for figure, m in _figure_matches(text):
        if not any(a <= m.start() < b for a, b, _ in shares):
            told.append((figure, approximation(text[: m.start()])))
    return told


def _fits(said: str, how: str | None, printed: str) -> bool:
    """True when the claim's figure ``said`` (given ``how``) is true of the sentence's
    ``printed``: the same figure, or a bound or round number of the same kind (a
    percentage of a percentage)."""
    if said == printed:
        return True
    if how is None or said.endswith("%") != printed.endswith("%"):
        return False
    try:
        return fits(float(said.rstrip("%")), how, float(printed.rstrip("%")))
    except ValueError:  # 'doubled'
        return False


_FIGURES_MET_MIN = 0.6
"""A passage holding this share of a claim's words, with a figure of the same measure
that differs, withholds support: 'fallen to around 25%' is not 'to around 35%'."""


def _same_measure(claim: str, sentence: str, missing: set[str]) -> bool:
    """True when the passage gives another value of what the claim's missing figures
    measure: a percentage where the claim's percentage is missing, a figure in common
    anchoring the same statistic ('from 230 to over 500' for 'from 230 to over 380'), or a
    figure of the same unit ('within 48 hours' for 'within 24 hours')."""
    said, theirs = _figures(claim), _figures(sentence)
    percent = any(f.endswith("%") for f in missing) and any(f.endswith("%") for f in theirs)
    units = {_unit(sentence, m) for _, m in _figure_matches(sentence)} - {None}
    missing_units = {_unit(claim, m) for f, m in _figure_matches(claim) if f in missing}
    return percent or bool(said & theirs) or bool(units & missing_units)


def _unit(text: str, m: re.Match) -> str | None:
    """The word a figure counts ('hours' in 'within 24 hours', normalised), if a content
    word follows it ('and' in '230 and 500' is none)."""
    after = _UNIT.match(text, m.end())
    unit = content_words(after["unit"]) if after else set()
    return next(iter(unit), None)


_UNIT = re.compile(r"[\s-]+(?P<unit>[a-z]{3,})\b", re.I)
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
    if named & in_sentence:
        return None
    if section in same:
        return _names_others_only(in_sentence, same)
    return section


def _names_others_only(in_sentence: set[str], same: set[str]) -> str | None:
    """The group of children a sentence of the claim's own section names, when it names
    only others: a section grading children in care and care leavers together tells of
    each by name ('Children leaving care in Shropshire receive excellent help and guidance
    from ... personal advisers' told of children in care; session 18, findings18: was
    supported at 90% of the words)."""
    others = (in_sentence & set(_GROUPS)) - same
    return min(others) if others and not in_sentence & same else None


def _said_of_other_referents(wanted: str, sentence: Sentence) -> str | None:
    """The groups of referents (``words.referents``: leaders, staff, children and
    families, carers, partners) the supporting ``sentence`` opens on, when the claim
    (its finding, ``wanted``) opens on others only: the report says it of someone else
    ('Social workers build meaningful relationships with children in care' told of foster
    carers; 'Care leavers are helping to improve services' told of foster carers; session
    13: each was supported), and names the claim's nowhere ('Caseworkers for young people
    leaving care' is the report's 'Care leavers benefit from a committed team of personal
    advisers'). Asked, as ``_said_of_other_group`` is, only of a sentence holding at least
    _LISTED_MIN of the claim's words: the same statement told of others; a sentence found
    by meaning alone may tell another (a dev article's 'When children are in need of help
    and protection, ...' was supported by 'There are some teams that offer effective
    services ...' at 43% of its words). Support withheld, never a flag: the claim tells a
    finding the report does not make of its subject."""
    ours, theirs = groups(wanted), groups(sentence.text)
    if ours and theirs and not ours & named(sentence.text):
        return " and ".join(sorted(theirs))
    return None


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
        (s, h, share_aside(words, s.text))
        for s, h in index.rank(wanted, k=_POOL)
        if len(s.text.split()) >= _SENTENCE_MIN_WORDS
    ]


# A sentence is compared by meaning over the stretch holding the claim's words when it
# holds at least this share of them, and this many.
_STRETCH_SHARE_MIN, _STRETCH_WORDS_MIN = 0.4, 3


def _by_its_words(
    wanted: str,
    words: set[str],
    scored: tuple[Sentence, Hit, float],
    index: PassageIndex,
    floor: float,
) -> tuple[Sentence, Hit, float]:
    """``scored`` with its similarity read over the stretch of its sentence from the first
    to the last of the claim's words it holds, when that is nearer the claim than the
    whole sentence and the sentence holds at least _STRETCH_SHARE_MIN of the claim's words
    (_STRETCH_WORDS_MIN of them) yet stays under the ``floor``: a long sentence's framing
    of its own dilutes the embedding of what the claim restates (session 21, findings21:
    'staff turnover is low and the council seldom needs agency workers' scored 0.50 with
    'The positive work environment and culture are reflected in low turnover rates and
    low rates of use of agency workers.', 0.61 with its stretch from 'low' to 'workers').
    Read only when no sentence of the pool reaches the bar (``check_finding``), never for a
    'What needs to improve' item (a topic named: its stretch is the claim's words, and it
    outranked the criticism it lists, faithful5)."""
    sentence, hit, share = scored
    held = len(words & content_words(sentence.text))
    if (
        sentence.passage.kind == "improvement"
        or hit.semantic is None
        or hit.semantic >= floor
        or share < _STRETCH_SHARE_MIN
        or held < _STRETCH_WORDS_MIN
    ):
        return scored
    stretch = _stretch(words, sentence.text)
    if stretch is None or not _restates_predicate(wanted, stretch):
        return scored
    if (near := index.similarity(wanted, stretch)) is None:
        return scored
    if near <= hit.semantic:
        return scored
    return sentence, replace(hit, semantic=near), share


def _restates_predicate(wanted: str, stretch: str) -> bool:
    """True when ``stretch`` holds at least half the content words of what the claim says
    of its subject (``words.clauses.predicate``; none read, False): a stretch naming only
    the claim's subject ('Independent Reviewing Officers' for 'Caseloads for independent
    reviewing officers are manageable') says nothing of it, however near its words."""
    said = predicate(wanted)
    own = content_words(said) if said else set()
    return bool(own) and 2 * len(own & content_words(stretch)) >= len(own)


def _stretch(words: set[str], sentence: str) -> str | None:
    """The words of ``sentence`` from the first to the last that is one of the claim's
    content ``words``, or None when that is the whole sentence but a word or two."""
    spans = [m.span() for m in RELEASE_WORD.finditer(sentence) if content_words(m.group()) & words]
    if not spans:
        return None
    text = sentence[spans[0][0] : spans[-1][1]]
    return text if len(sentence.split()) - len(text.split()) > 2 else None


def in_report_words(claim: Claim, ctx: Context, report: Report) -> bool:
    """True when a sentence read as opinion is a report sentence nearly word for word
    (cosine or shared words at _OWN_WORDS_MIN): the report's finding, not a view."""
    if council_speaker(claim.text):
        return False
    wanted = topic(claim.text)
    enough_words = len(content_words(claim.text)) >= SHARED_WORDS_MIN
    return any(
        (h.semantic is not None and h.semantic >= _OWN_WORDS_MIN)
        or (share >= _OWN_WORDS_MIN and enough_words)
        for _, h, share in _pool(wanted, content_words(wanted), ctx.index(report))
    )


def _agreement(hit: Hit, share: float, n_words: int, floor: float) -> float:
    """How far a sentence says what the claim says, 1 at the bar: by meaning (cosine
    over the floor) or by words (share of the claim's content words over SHARED_MIN)."""
    by_words = share / SHARED_MIN if n_words >= SHARED_WORDS_MIN else 0.0
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
        and critical(sentence, words)
        and not CRITICAL.search(claim)
        and not limits_itself(claim, restated_clause(words, sentence.text))
        and hit.lexical >= RESTATED_MIN
        and not _same_decline(claim, restated_clause(words, sentence.text))
    )


def _same_decline(claim: str, clause: str) -> bool:
    """True when the claim tells the decline the report's clause criticises, in words of
    its own ('had fallen from 63% ... to 47%' for 'had declined from 63% ... to 47%'): the
    criticism is kept, not left out."""
    return direction_of(claim) == direction_of(clause) == "declined"


def _praises_item(claim: str, sentence: Sentence, hit: Hit, listed: bool) -> bool:
    """True when the claim restates a 'What needs to improve' item (lexical >= RESTATED_MIN)
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
        and not CRITICAL.search(claim)
        and not _TOLD_AS_LISTED.search(claim)
        and not limits_itself(claim)
        and hit.lexical >= RESTATED_MIN
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
