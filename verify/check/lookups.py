"""What the checkers will look up by meaning, known before any claim is checked.

``check_claims`` hands these texts to ``Encoder.prefetch_each`` before the checkers run,
claim by claim as they are guessed (``each_claims``: encoded in the background while the
rest are guessed and the checkers run, or in one batch when the model has no thread to
spare), so no claim waits on an encode of its own. The guess is made per claim kind from what its
checker ranks (``PassageIndex.rank`` through ``nearest`` or a finding's pool) and,
for a quotation, from where its words occur in the reports: a quotation found
word for word once is never looked up. A text guessed but never asked for costs a
row of the batch; one asked for but not guessed is still encoded when asked, in a
call of its own. Each text's vector depends on that text alone (the encoder runs
rows one by one), so the guess changes the time a check takes, never a verdict. The
stretches of report sentences a finding's pool short of the bar is read over
(``finding.stretch``) are not guessed: any sentence holding enough of a claim's words
could be read, and few are (dev part, MiniLM: 4 of the 99 such a guess names), so a
pool's are encoded in one call when read. A finding that lists several things guesses its
items too (``finding.items_ranked``), ranked each on its own when nothing supports the whole.
"""

from __future__ import annotations

from collections.abc import Iterator

from verify.check.common import ABOUT_THE_VISIT, Context, sentence_around
from verify.check.fact import evidence_query, looks_up_evidence, told_as_finding
from verify.check.finding import (
    council_speaker,
    figure_clause,
    figure_clauses,
    items_ranked,
    own_words,
    says_only_noted,
    topic,
    unrelated,
)
from verify.check.grades import grade_path, naming_other_subject
from verify.check.quote import pieces, placed, said_of_others, segments
from verify.check.standing import no_count_of_grades
from verify.match import PassageIndex, normalise
from verify.types import Claim, Report
from verify.words.speakers import in_own_words

_TOPIC_KINDS = ("finding", "opinion")
"""Kinds whose checker ranks the claim's topic: findings, and opinions told in the
report's words. An inspection fact ranks it too when it is checked as the finding it tells
(``fact.told_as_finding``: no value of this visit to compare, or another kind of visit)."""


def lookups(ctx: Context, routed: list[tuple[Claim, list[Report]]]) -> list[str]:
    """The texts checking each claim (a quotation's paragraph: ``per_paragraph``) against
    the reports it is routed to will rank by meaning, each once, in claim order
    (``each_claims``, joined): the whole guess at once, which the tests read;
    ``check_claims`` hands them on claim by claim."""
    return list(dict.fromkeys(t for texts in each_claims(ctx, routed) for t in texts))


def each_claims(ctx: Context, routed: list[tuple[Claim, list[Report]]]) -> Iterator[list[str]]:
    """``lookups`` one claim at a time, in claim order, each list as soon as it is known:
    ``check_claims`` hands each to the encoder's background pool at once, so the first
    claims' rows are made while the rest are guessed (a check's guessing took about a
    fifth of the time it then waited on the model, session 22).

    A claim about what the inspection found or did is not checked against a report of
    another visit (``ABOUT_THE_VISIT``): when every report it goes to is one, it looks
    nothing up. A quotation is looked up only in the reports it goes to.
    """
    for claim, reports in routed:
        yield [t for t in _claims(ctx, claim, reports) if t]


def _claims(ctx: Context, claim: Claim, reports: list[Report]) -> list[str]:
    """The texts checking ``claim`` against ``reports`` will rank by meaning."""
    if claim.kind == "quote":
        return _quote_lookups(ctx, claim, reports)
    if claim.kind in ABOUT_THE_VISIT and all(ctx.about_other_visit(r) for r in reports):
        return []
    if claim.kind == "inspection_fact":
        compares = any(looks_up_evidence(claim, ctx, r) for r in reports)
        texts = [evidence_query(claim)] if compares else []
        if _ranks_topic(claim) and any(told_as_finding(claim, ctx, r) for r in reports):
            texts += _topic_lookups(claim, ctx, reports)  # checked as the finding it tells
        return texts
    if claim.kind in _TOPIC_KINDS and _ranks_topic(claim):
        return _topic_lookups(claim, ctx, reports)
    if (
        claim.kind == "national"
        and _ranks_topic(claim)
        and any(no_count_of_grades(claim, ctx, r) for r in reports)
    ):
        return _topic_lookups(claim, ctx, reports)  # checked as the finding it tells
    if claim.kind in _TOPIC_KINDS:
        return []
    if claim.kind == "comparison":
        # Its nearest passage, or the report's own account of the change, which the
        # finding check finds by the claim's topic (``comparison._as_told``).
        return [claim.text, topic(claim.text)]
    return [claim.text] if _rating_of_nothing_given(claim, ctx, reports) else []


def _topic_lookups(claim: Claim, ctx: Context, reports: list[Report]) -> list[str]:
    """What a finding's checker ranks: the claim's topic and, for a list, its items
    (``items_ranked``), and the same of its own words beside a quotation it holds
    (``own_words``, which ``finding._own_words_supported`` checks alone) and of the clause of
    those words holding a figure (``figure_clause``), or else of each clause of a claim
    of several that gives figures (``figure_clauses``); nothing when
    every report is unrelated to it."""
    if all(unrelated(claim, ctx, r) for r in reports):
        return []
    wanted = [topic(claim.text)]
    if own := own_words(claim):
        wanted.append(topic(own))
        if counted := figure_clause(own):
            wanted.append(topic(counted))  # its figures against their own sentence
    elif not claim.quoted:
        wanted += [topic(c) for c in figure_clauses(claim.text)]  # each clause's figures
    return [text for told in wanted for text in (told, *items_ranked(told))]


def _rating_of_nothing_given(claim: Claim, ctx: Context, reports: list[Report]) -> bool:
    """A rating whose every grade is a goal ('to reach the top rating'), another body's
    ('secondary schools rated outstanding') or a subject's the report never names ('our
    children's homes'): nothing given to compare, so its nearest passage is shown
    (``grade_path``, ``naming_other_subject``)."""
    return claim.kind == "rating" and any(
        _nothing_given(grade_path(claim, r, ctx.release_index).path, claim, ctx.index(r))
        for r in reports
    )


def _nothing_given(path: str, claim: Claim, index: PassageIndex) -> bool:
    if path == "other subject":
        return not naming_other_subject(claim, index)
    return path in ("goals", "other body")


def _ranks_topic(claim: Claim) -> bool:
    """False when a finding's or opinion's checker settles it before ranking its topic:
    a finding that says only that the report noted 'this' (``says_only_noted``), or one
    an official tells in their own words (``officials_own``, ``council_speaker``); an
    opinion so told stays theirs (``report_words_first``)."""
    own_words = in_own_words(claim.attribution)
    if claim.kind == "opinion":
        return not own_words and not council_speaker(claim.text)
    by_inspectors = claim.attribution is not None and claim.attribution.role == "inspectors"
    spoken = bool(claim.attribution and claim.attribution.speaker) and own_words
    return not (
        says_only_noted(claim.text) or spoken or (not by_inspectors and council_speaker(claim.text))
    )


def _quote_lookups(ctx: Context, claim: Claim, reports: list[Report]) -> list[str]:
    """For a quotation's paragraph (``per_paragraph``): its words, when some piece of it
    is not placed in a report and the quotation is not a council's or another speaker's
    (the nearest sentence is then shown); the release sentence around it, when a report
    has a piece more than once (the occurrence whose sentence fits it best is chosen);
    and, for a short one the report has only of other subjects, the release's words it is
    said of and those subjects (``said_of_others``: the encoder compares them)."""
    texts = []
    words = normalise(claim.text).text
    # An official's quotation the report lacks is their own words: the quote checker then
    # shows no nearest passage, so those words are never looked up.
    if not in_own_words(claim.attribution) and any(
        not ctx.index(r).occurrences(words) and _unplaced(claim, ctx, r) for r in reports
    ):
        texts.append(claim.text)
    if any(_found_twice(claim, ctx, r) for r in reports):
        texts.append(sentence_around(ctx.release_index, claim))
    pieces = segments(claim, ctx.release.text)  # a short quotation is never split further
    for report in reports:
        if said := said_of_others(claim, pieces, ctx, report):
            texts += [said[0], *(subject for _, subject in said[1])]
    return texts


def _unplaced(claim: Claim, ctx: Context, report: Report) -> bool:
    """True when the quote checker places some piece of the quotation nowhere in the
    report (the placement is remembered for the check, ``quote.placing.Placements``: the
    checker does not place the quotation again unless the release sentence chooses where)."""
    return any(seg.alignment is None for seg in placed(claim, ctx, report))


def _found_twice(claim: Claim, ctx: Context, report: Report) -> bool:
    """True when a piece the quote checker places (the whole quotation or one sentence of
    it) occurs more than once in the report: the occurrence is chosen by the meaning of
    the release sentence around the quotation."""
    index = ctx.index(report)
    return any(
        len(index.occurrences(normalise(piece.text).text)) > 1
        for piece in pieces(claim, ctx, report)
    )
