"""The verdict for a finding against the sentence that supports it, or with none.

``_against_support`` weighs a supporting sentence: other figures, how many, a limit or
hedge dropped, a word told by its opposite or negated, a 'consistently' the report denies
elsewhere, a quotation's words beside it; else supported. ``_without_support`` judges a
claim no sentence supports: misleading for a limit or an item listed to improve, else
not_checkable (not finding support is no evidence of an error). The names of the
provisional checks (``common.provisional``) are kept here too.
"""

from __future__ import annotations

from verify.check.common import content_words, provisional, shared, verdict
from verify.check.finding.figures import (
    _FIGURES_MET_MIN,
    _TIMES,
    _figures,
    _given_otherwise,
    _same_measure,
    _unmatched,
    count_told_otherwise,
    given_by_its_passage,
    same_unit_otherwise,
    sums,
    with_what_follows,
    year_told_otherwise,
)
from verify.check.finding.listed import _TOLD_AS_LISTED, _listed_to_improve, _names_topic
from verify.check.finding.others import _place_unnamed, _said_beside_its_quotation
from verify.check.finding.reading import _first, _measured, _Reading, _where, a_line, share_aside
from verify.check.negation import (
    DENIED_HOW_OFTEN,
    RESTATED_HALF,
    SHARED_MIN,
    always_denied_elsewhere,
    dropped_hedge,
    generalised,
    many_where_few,
    negated_where_plain,
    none_where_some,
    prefix_opposite,
    varies_where_always,
)
from verify.match import Hit, Sentence
from verify.types import CheckedClaim, Evidence
from verify.words.changes import direction_of
from verify.words.clauses import clauses
from verify.words.criticism import ASKED_TO_IMPROVE
from verify.words.qualifiers import NEGATION
from verify.words.quantities import LIMITED

# The provisional checks of a finding (``common.provisional``): each reads the report as
# saying the opposite of the claim from word lists over a sentence matched by a share of
# words, and none has yet raised a correct flag on a real release.
_CRITICISM = "a criticism the restated sentence makes, left out"
_NEGATED = "a restated clause negating the claim's words"
_OPPOSITE = "a change the restated sentence tells the other way"
_HOW_MANY = "how many the restated sentence says it of"
_GENERALISED = "a limit the sentence puts on the praise, dropped"


def _without_support(r: _Reading, same: list[tuple[Sentence, Hit, float]]) -> CheckedClaim:
    """No sentence supports the claim: misleading when the nearest saying it limits its
    'always' or the report lists it to improve, else not_checkable with the nearest
    passages (not finding support is no evidence of an error)."""
    claim, words, report = r.claim, r.words, r.report
    critical_claim = r.critical_claim
    near = same[0] if same else next((p for p in r.pool if not a_line(p[0])), r.pool[0])
    evidence = _first(near, r.pool, r.index)
    measured = _measured(near)
    if same and (none := _none_said_of_some(r, near, evidence)):
        # The report's criticism of some ('a very small number of care-experienced young
        # people are being moved into bed and breakfast accommodation') withheld support
        # from the claim that none are: it says the opposite share (quantity19).
        return none
    if same and (told := _told_otherwise(claim.text, near, evidence)):
        return verdict(claim, *told, evidence)
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
        and direction_of(claim.text) != "declined"
        and not _TOLD_AS_LISTED.search(claim.text)
        and (item := _listed_to_improve(words, report)) is not None
        and not _names_topic(claim.text, item.text)
    ):
        # The report says it only critically and lists it to improve: praise for
        # what the report calls a weakness (the conventions' misleading). A decline the
        # claim tells is no praise ('Some previously good performance has slipped.':
        # drift38, read as praise of previously good performance).
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
    critical, and the limit was no longer read). Provisional (session 34): built on
    invented releases, it has never raised a correct flag on a real one (the dev part, the
    seeds), and its only flags on unseen articles were false alarms."""
    sentence, hit, _ = chosen
    if not generalised(r.claim.text, r.words, sentence.text, hit):
        return None
    why = (
        f"{_where(evidence[0])} limits this praise ('{sentence.text}'); the release generalises it."
    )
    return provisional(verdict(r.claim, "misleading", why, evidence), r.ctx, _GENERALISED)


def _count_bar(counted: str) -> float:
    """The share of the claim's words a sentence counting the same thing otherwise must
    hold for a flag (a year told otherwise still needs most of them): half for a count
    whose frame is more than the number and one word, which few sentences give but the
    one saying it: a thing named in two words ('five monitoring visits' where the report
    has 'four monitoring visits', drift38: 50% of the words, held back), a share of a
    number ('eight of the 10') or a span back from now ('last three years'); most of them
    for a number and one word ('12 children')."""
    return RESTATED_HALF if len(counted.split()) > 2 else SHARED_MIN


def _count_clause_share(claim: str, counted: str, sentence: Sentence) -> float:
    """The share of the words of the claim's clause holding a count that ``sentence``
    holds: the clause is what restates the sentence, whatever else the claim's sentence
    goes on to say ('Ofsted has made eight monitoring visits since the 2018 judgement, and
    the watchdog found that while some progress had been made, ...': drift40, 47% of the
    whole sentence's words, 62% of its first clause's, beside 'Ofsted has completed seven
    monitoring visits since the inadequate judgement')."""
    held = [c for c in clauses(claim) if counted in c]
    return max((shared(content_words(c), sentence.text) for c in held), default=0.0)


def figure_told_otherwise(claim: str, sentence: str) -> tuple[tuple[str, str], float, bool] | None:
    """The claim's year, else its count, that ``sentence`` tells otherwise (the claim's
    words for it and the sentence's), the share of the claim's words a flag then needs
    (``_count_bar``; a year's, most of them), and whether it is a count; None when the
    sentence tells each as the claim does, or not at all."""
    if dated := year_told_otherwise(claim, sentence):
        return dated, SHARED_MIN, False
    if counted := count_told_otherwise(claim, sentence):
        return counted, _count_bar(counted[0]), True
    return None


def _told_otherwise(
    claim: str, chosen: tuple[Sentence, Hit, float], evidence: list[Evidence]
) -> tuple[str, str] | None:
    """The verdict and explanation when the sentence saying the claim dates or counts it
    otherwise (``figure_told_otherwise``): contradicted when the claim restates enough of
    it (for a count, the words of its own clause may), else not checkable with the
    difference told. A printed figure is positive evidence whatever else the sentence
    says, critical or not."""
    sentence, _, share = chosen
    if not (found := figure_told_otherwise(claim, sentence.text)):
        return None
    told, bar, counted = found
    clause = _count_clause_share(claim, told[0], sentence) if counted else 0.0
    of_clause = f", {clause:.0%} of its clause's" if clause > share else ""
    why = (
        f"{_where(evidence[0])} says this ({_measured(chosen)}{of_clause}) of the {told[1]}, "
        f"not the {told[0]}: '{sentence.text}'"
    )
    return ("contradicted" if max(share, clause) >= bar else "not_checkable"), why


def _against_support(r: _Reading, chosen: tuple[Sentence, Hit, float]) -> CheckedClaim:
    """The claim against its supporting sentence: other figures, how many, a limit or
    hedge dropped, a word told by its opposite or negated, a quotation's words beside
    it; else supported."""
    claim, ctx, words = r.claim, r.ctx, r.words
    sentence, _, share = chosen
    evidence = _first(chosen, r.pool, r.index)
    measured = _measured(chosen)
    told = with_what_follows(sentence)  # and the sentence after, when it points back
    if told != sentence.text:
        share = max(share, share_aside(words, told))
    theirs = _figures(told)
    missing, replaced = _unmatched(claim.text, told)
    missing -= given_by_its_passage(claim.text, sentence, missing)
    if missing:
        said = ", ".join(sorted(missing))
        other = (
            f"{_where(evidence[0])} says this ({measured}) with other figures "
            f"({', '.join(sorted(theirs))}), not {said}: '{told}'"
        )
        if replaced and (
            share >= SHARED_MIN
            or share >= _FIGURES_MET_MIN
            and same_unit_otherwise(claim.text, told, missing, replaced)
        ):
            return verdict(claim, "contradicted", other, evidence)
        if (
            share >= _FIGURES_MET_MIN and _same_measure(claim.text, told, missing)
        ) or _given_otherwise(claim.text, told, missing, replaced):
            # The same statistic told with another value, too loosely matched to flag:
            # withheld, not supported; so is a percentage the sentence gives another of,
            # however few words it shares (drift34: '5.5%, against a national figure of
            # 15%' for '5.5% ... and the national figure of 12%' was supported).
            return verdict(claim, "not_checkable", other, evidence)
        if missing & _TIMES or (share < RESTATED_HALF and missing & sums(claim.text)):
            where = _where(evidence[0])
            why = f"{where} says this ({measured}) but not '{said}': '{sentence.text}'"
            return verdict(claim, "not_checkable", why, evidence)
    if told := _told_otherwise(claim.text, chosen, evidence):
        return verdict(claim, *told, evidence)
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
    # A claim telling what the council must improve states nothing as done or whole ('The
    # report also sets out where the council must do better, including ...', drift30:
    # misleading beside a report sentence praising with 'early signs').
    if not ASKED_TO_IMPROVE.search(claim.text) and (
        hedge := dropped_hedge(claim.text, words, sentence.text)
    ):
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
    if place := _place_unnamed(claim.text, ctx.report_words(r.report), share):
        why = (
            f"{_where(evidence[0])} is nearest in meaning ({measured}), but the report never "
            f"names {place}, where the claim places it: '{sentence.text}'"
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
