"""``check_finding``: the verdict for a paraphrased finding against one report, one step per path.

Each step builds its own verdict, so that ``decided_by`` names the step that decided
(``common.check_name`` labels them ``finding.<step>``): a criticism the claim leaves out of
the sentence it restates, an improvement item told as praise, a negation of its words, a
change told the other way, then the support found (``support``).
"""

from __future__ import annotations

from verify.check.common import (
    Context,
    content_words,
    officials_account,
    provisional,
    shared,
    verdict,
)
from verify.check.finding.figures import _figures, _told, _unmatched, with_what_follows
from verify.check.finding.items import item_by_item
from verify.check.finding.listed import (
    _listed_item,
    _listed_more_fully,
    _names_to_improve,
    _praises_item,
    _told_as_its_item,
)
from verify.check.finding.opposites import (
    _negated_alike,
    _opposed,
    _opposite_change,
    _other_direction,
    _restated_without_criticism,
    _varies_in_pool,
)
from verify.check.finding.others import (
    _said_beside_its_quotation,
    _said_of_others,
    figure_clause,
    figure_clauses,
    figures_beside_its_quotation,
    own_words,
)
from verify.check.finding.reading import (
    _agreement,
    _first,
    _measured,
    _pool,
    _Reading,
    _where,
    may_say_it,
)
from verify.check.finding.scope import (
    _unrelated,
    council_speaker,
    only_criticised,
    only_praised,
    says_only_noted,
    topic,
    unrelated,
)
from verify.check.finding.stretch import by_their_words
from verify.check.finding.support import (
    _CRITICISM,
    _NEGATED,
    _OPPOSITE,
    _against_support,
    _without_support,
    figure_told_otherwise,
)
from verify.check.negation import (
    RESTATED_HALF,
    SHARED_MIN,
    critical,
    criticised_nearer,
    denied_of_part,
    denies_claims_all,
    negated_restatement,
    negated_where_plain,
    only_denies_whole,
    only_varies,
    restated_critically,
)
from verify.match import Hit, PassageIndex, Sentence
from verify.types import CheckedClaim, Claim, Report
from verify.words.changes import direction_of
from verify.words.criticism import PRAISED, criticism_now
from verify.words.dates import COVER_DATES
from verify.words.qualifiers import HEDGES, NEGATION

# With no embedding model, a sentence must share this share of words to support a claim.
_LEXICAL_MIN = 0.8


# A critical claim is supported by a critical sentence this much below the floor.
_BOTH_CRITICAL_MARGIN = 0.1

# The claim's words beside its quotation are supported only by a sentence holding this
# share of them (``_own_words_supported``).
_OWN_SHARE_MIN = 0.5


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
    index = ctx.index(report)
    if only_criticised(claim.text) and report.improvements:
        return _improvements_listed(claim, report, index)
    if only_praised(claim.text) and (praise := _praising(index)):
        return _praise_found(claim, praise, index)
    if unrelated(claim, ctx, report):
        return _unrelated(claim, report)
    wanted = topic(claim.text)
    words = content_words(wanted)
    pool = _pool(wanted, words, index)
    if not pool:
        return verdict(claim, "not_checkable", f"{report.label} has no passages to compare.")
    floor = ctx.settings.semantic_min if pool[0][1].semantic is not None else _LEXICAL_MIN
    if not any(
        _agreement(h, sh, len(words), floor) >= 1 for s, h, sh in pool if may_say_it(s, sh, words)
    ):
        pool = by_their_words(wanted, words, pool, index, floor)
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


def _improvements_listed(claim: Claim, report: Report, index: PassageIndex) -> CheckedClaim:
    """Supported: a finding that says only that the inspection found something to criticise
    (``scope.only_criticised``: 'But the watchdog found gaps.') is what the report's 'What
    needs to improve' list says, its first item the evidence (written24: ranked by its
    words, which name nothing, it was left not_checkable)."""
    first, count = report.improvements[0], len(report.improvements)
    why = (
        f"The report lists what needs to improve ({count} item{'s' * (count > 1)}), the "
        f"first: '{first.text}'"
    )
    return verdict(claim, "supported", why, [index.evidence(first.start, first.end, 1.0)])


def _praising(index: PassageIndex) -> list[Sentence]:
    """The report's sentences with a word of praise (``PRAISED``) and no criticism."""
    return [s for s in index.sentences_matching(PRAISED) if not criticism_now(s.text)]


def _praise_found(claim: Claim, praise: list[Sentence], index: PassageIndex) -> CheckedClaim:
    """Supported: a finding that says only that the inspection found something to praise
    (``scope.only_praised``: 'There were some positives.') is what any sentence of the
    report praising the services says (``words.criticism.PRAISED``), its first the evidence
    (drift50 and drift51: ranked by its words, which name nothing, it was left not
    checkable). A report praising nothing leaves it to the ranking."""
    first = praise[0]
    why = f"The report praises the services in {len(praise)} sentences, the first: '{first.text}'"
    return verdict(claim, "supported", why, [index.evidence(first.start, first.end, 1.0)])


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
    foster carers increases'). Nor does a line that is no sentence (``a_line``: a title,
    a cover line, a heading), which stays in the pool to be read as what it is (a cover's
    dates, ``COVER_DATES``): ``may_say_it``."""
    critical_claim = r.critical_claim

    def says_same(s: Sentence, h: Hit, share: float) -> bool:
        if not may_say_it(s, share, r.words):
            return False
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


def _listed_or_without(r: _Reading, same: list[tuple[Sentence, Hit, float]]) -> CheckedClaim:
    """A claim no sentence supports whole (``_without_support``), looked for item by item
    when that leaves it not_checkable and it lists several things (``item_by_item``), or
    by its own words beside the quotation it holds (``_own_words_supported``)."""
    unsupported = _without_support(r, same)
    if unsupported.verdict != "not_checkable":
        return unsupported
    if listed := item_by_item(r):
        return listed
    own = own_words(r.claim)
    return (own and _own_words_supported(r, own)) or unsupported


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
            or _its_statistic(claim.text, s, sh)
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
        return _listed_or_without(r, same)
    if said_of_others := _said_of_others(r, support[0]):
        return said_of_others
    chosen = _negated_as_told(
        claim.text, r.words, support, _holding_its_figures(claim.text, support)
    )
    checked = _against_support(r, chosen)
    if checked.verdict == "not_checkable" and (
        own := _said_beside_its_quotation(claim, support[0][0].text)
        or figures_beside_its_quotation(claim, support[0][0].text)
    ):
        return _own_words_supported(r, own) or checked
    if checked.verdict == "supported" and (own := own_words(claim)):
        return _own_figures_told_otherwise(r, own) or checked
    if checked.verdict == "supported" and not claim.quoted:
        return _clause_figures_told_otherwise(r, chosen[0].text) or checked
    return checked


def _clause_figures_told_otherwise(r: _Reading, sentence: str) -> CheckedClaim | None:
    """Contradicted when a clause of the claim giving figures that the sentence supporting
    the whole gives none of is, checked alone, a sentence of the report with other figures
    ('They found that 97% of initial child protection conferences now take place within 15
    days ..., up from 78%, and that the council's vacancy rate had fallen from 50% at the
    last inspection to 15%': drift41, supported by the conferences' sentence; the report's
    vacancy rate fell to 10%). Only figures told otherwise, positive evidence; the flag is
    then placed on its clause (``check.clauses``)."""
    for clause in figure_clauses(r.claim.text):
        told = {figure for figure, _ in _told(clause)}
        if _unmatched(clause, sentence)[0] != told:
            continue  # the supporting sentence gives one of its figures: it is about it
        alone, said = _checked_alone(r, clause)
        if alone.verdict != "contradicted" or not said:
            continue
        missing, replaced = _unmatched(clause, said)
        if (missing and replaced) or figure_told_otherwise(clause, said):
            why = f"Its clause '{clause}', checked alone: {alone.explanation}"
            return verdict(r.claim, "contradicted", why, alone.evidence)
    return None


def _own_figures_told_otherwise(r: _Reading, own: str) -> CheckedClaim | None:
    """Contradicted when the clause of the claim's ``own`` words (beside the quotation
    that supports it) holding a figure counts or dates something otherwise than the
    sentence nearest it ('Leaders had “…”, Ofsted said, and the council has agreed to
    recruit 20 supernumerary newly qualified social workers': drift40, supported by the
    quotation's sentence, where the report has 15). Only a figure told otherwise, which
    is positive evidence: a fragment's other readings say little
    (``_own_words_supported``)."""
    counted = figure_clause(own)
    if counted is None:
        return None
    alone, said = _checked_alone(r, counted)
    if not said:
        return None
    found = figure_told_otherwise(counted, said)
    if not found or shared(content_words(counted), said) < found[1]:
        return None
    told = found[0]
    why = (
        f"The claim's words beside its quotation (checked as a quote) tell {told[0]}; "
        f"{_where(alone.evidence[0])} has {told[1]}: '{said}'"
    )
    return verdict(r.claim, "contradicted", why, alone.evidence)


def _checked_alone(r: _Reading, clause: str) -> tuple[CheckedClaim, str]:
    """The claim's ``clause`` checked as a finding of its own, and the text of the sentence
    its verdict rests on ('' when none): where a clause's figures are read against their
    own sentence, apart from the sentence supporting the whole."""
    alone = check_finding(
        r.claim.model_copy(update={"text": clause, "quoted": []}), r.ctx, r.report
    )
    return alone, alone.evidence[0].text if alone.evidence else ""


def _its_statistic(claim: str, sentence: Sentence, share: float) -> bool:
    """True when the claim restates nearly every word of it from ``sentence`` and each
    figure it gives is printed there ('It also found that care proceedings were taking an
    average of 44 weeks' for '... more to do to reduce the average length of care
    proceedings, which was 44 weeks at the time of the inspection': drift47, the criticism
    around the figure withheld support): a measure told as the report gives it, whatever
    the tone of the clause around it."""
    return share >= SHARED_MIN and bool(_figures(claim)) and not _unmatched(claim, sentence.text)[0]


def _holding_its_figures(
    claim: str, support: list[tuple[Sentence, Hit, float]]
) -> tuple[Sentence, Hit, float]:
    """Of the sentences saying the same, the nearest, unless it lacks figures the claim
    gives that another holds: then the first holding the most of them. Sentences alike in
    meaning may give different measures, and the claim's figures tell which it restates
    (drift34: 'Use of agency social workers is just 5.5%, against a national figure of
    15%' was supported by the turnover's '9%, with national levels at 15%'; the report's
    5.5% is set against a national 12%). A sentence's figures include the next one's when
    it points back (``with_what_follows``)."""
    missing, _ = _unmatched(claim, with_what_follows(support[0][0]))
    if not missing:
        return support[0]
    held = [len(missing - _unmatched(claim, with_what_follows(s))[0]) for s, _, _ in support]
    best = max(range(len(support)), key=lambda i: (held[i], -i))
    return support[best]


def _negated_as_told(
    claim: str,
    words: set[str],
    support: list[tuple[Sentence, Hit, float]],
    chosen: tuple[Sentence, Hit, float],
) -> tuple[Sentence, Hit, float]:
    """``chosen``, unless it says plainly what the claim negates and another sentence saying
    the same negates it too: then the first such. A recommendation asks for what the claim
    says is not done ('Collate information from return home interviews ...' beside 'Return
    home interviews ... are not collated to identify patterns', drift46: the nearest, the
    request, was read as the report saying it plainly, and support withheld). The other
    must restate half the claim's words or more (``RESTATED_HALF``): a 'not' in a sentence
    near in meaning only ('some children are not receiving the right support') is no
    support for a claim that none are living in unregistered settings."""
    if not negated_where_plain(claim, words, chosen[0].text):
        return chosen
    alike = (s for s in support if not negated_where_plain(claim, words, s[0].text))
    return next((s for s in alike if s[2] >= RESTATED_HALF and NEGATION.search(s[0].text)), chosen)


def _own_words_supported(r: _Reading, own: str) -> CheckedClaim | None:
    """Supported when the claim's ``own`` words beside the quotation it holds, which the
    quotation's sentence does not say, are a finding the report supports checked alone
    ("'Children are at the heart of practice,' inspectors said, adding that most workers
    have manageable caseloads": the quotation is checked as a quote of its own, and the
    words added beside it are found in a sentence of their own). None when they are not
    supported, or only by a sentence holding under _OWN_SHARE_MIN of their words: words
    beside a quotation are a fragment, often a history or a frame ('Ofsted has performed
    monitoring visits each year since, but found ... that'), whose meaning alone finds
    a sentence of the same subject (dev's devon_2025: the report's account of its deferred
    visit). The claim then keeps its withheld support (written24: such claims stayed
    not_checkable, the quotation's sentence alone ranked)."""
    alone = check_finding(r.claim.model_copy(update={"text": own, "quoted": []}), r.ctx, r.report)
    if alone.verdict != "supported" or not alone.evidence:
        return None
    if shared(content_words(topic(own)), alone.evidence[0].text) < _OWN_SHARE_MIN:
        return None  # found by meaning alone: a fragment's embedding says little
    why = f"The claim's words beside its quotation (checked as a quote): {alone.explanation}"
    return verdict(r.claim, "supported", why, alone.evidence)
