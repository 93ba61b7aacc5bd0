"""``check_quote``: the verdict for one quotation against one report, one step per path.

Each step builds its own verdict, so that ``decided_by`` names the path that decided
(``common.check_name`` labels them ``quote.<step>``); a quotation with every segment
found is compared as ``Found``, one the report lacks goes to ``not_found``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from verify.check.common import Context, provisional, verdict
from verify.check.quote.dated import _dated_earlier, dated_report
from verify.check.quote.misleading import (
    _denied_after,
    _negated_in_report,
    _said_of_other,
    said_of_located,
)
from verify.check.quote.not_found import _from_elsewhere, _misattributed_from_release, _not_found
from verify.check.quote.placing import (
    _adjacent,
    _evidence,
    _left_out_inside,
    _place_together,
    _verbatim,
    placed,
)
from verify.check.quote.segments import Segment, _abbreviations, _pieces, _relayed
from verify.check.quote.speakers import (
    _MISATTRIBUTION_MIN_WORDS,
    _given_elsewhere,
    _own_words,
    _role,
    _speaker,
    _spoken,
    _spoken_by_official,
    _stands_alone,
)
from verify.match import describe, substantive, tokens
from verify.types import CheckedClaim, Claim, DiffOp, Evidence, Report
from verify.words.grades import is_grade_phrase
from verify.words.speakers import OWN_WORDS_ROLES

# An editorial insertion or replacement: "[the council] has ...". The quote is then
# not the report's words verbatim, even where no report word was skipped. A bracket
# holding only an ellipsis ("[...]", "[…]") marks an omission, not an insertion.
_BRACKET = re.compile(r"\[(?![\s.…]*\])[^\]]*\]")

_NESTED_QUOTATION = re.compile(r"(?<!\w)['‘“](?=\w)(?:[^'‘’“”]|(?<=\w)['’](?=\w)){3,}?['’”](?!\w)")
"""A quotation nested in a speaker's own ("The report says that ‘…’, and we ..."): the
speaker marks the words they take from the report, the rest are their own."""

# The provisional checks of a quotation found in the report (``common.provisional``): each
# rests on a reading of the release (who speaks) or of the report's words around it (a
# negation among the words before it, what the sentence gives them to), and none has yet
# raised a correct flag on a real release.
_GIVEN_TO_SPEAKER = "the report's words read as given to a council speaker"
_NEGATED = "the report's words found only negated or limited"
_OF_OTHER = "the report's words said there of something else"
_DENIED = "the report's sentence read as going on to deny the quoted words"
_LOCATED = "the release's subject located elsewhere in the report, the words said of another"


def check_quote(
    claim: Claim, ctx: Context, report: Report, *, look_back: bool = True
) -> CheckedClaim:
    """The verdict for one quotation against one report: each path a step of its own, so
    that a verdict names the one that built it (``decided_by``), tried in this order.
    ``look_back`` False when ``report`` is already the earlier inspection's the release
    gives the words to (``_in_earlier_report``), so its own dating is not followed again."""
    context = ctx.sentence_around(claim)
    segs = placed(claim, ctx, report, context)
    if not segs:
        return verdict(claim, "not_checkable", "The quotation has no words to check.")
    if is_grade_phrase(claim.text) and any(
        s.alignment is None or substantive(s.diff or []) for s in segs
    ):
        # "Good with outstanding features": a rating in quote marks, which the rating
        # claim checks; the report not printing these words is no misquotation.
        return verdict(
            claim,
            "not_checkable",
            "A grade put in quote marks, not words the report must print; the grades are "
            "checked as a rating.",
        )
    if any(s.alignment is None for s in segs):
        earlier = _in_earlier_report(claim, ctx, report) if look_back else None
        return earlier or _not_found(claim, ctx, report, segs, context)
    found = _found(claim, ctx, report, segs)
    return (
        _someone_elses_words(claim, ctx, found)
        or _given_to_speaker(claim, ctx, found)
        or _spliced(claim, found)
        or _given_elsewhere_in_release(claim, ctx, found)
        or _verbatim_elsewhere(claim, ctx, report, found)
        or _misquoted(claim, found)
        # What the report's words say where they stand is asked of a minor variation too:
        # a capital or an inflection ('Educational progress', 'instigates') changes no sense.
        or _negated(claim, ctx, report, found)
        or _of_other(claim, ctx, report, found)
        or _of_located_other(claim, ctx, report, found)
        or _as_printed(claim, ctx, report, found)
    )


_HELD_THERE = ("supported", "minor_variation", "misquoted")
"""Verdicts of a quotation against the earlier report it is given to that tell how that
report holds the words; any other leaves it as not found in the report checked."""


def _in_earlier_report(claim: Claim, ctx: Context, report: Report) -> CheckedClaim | None:
    """The quotation checked against the earlier inspection's report its sentence gives it
    to ('it achieved in 2019, when inspectors found services "much improved"'), when the
    archive holds that report (``dated_report``): supported, minor_variation or misquoted
    as any quotation, naming that report (drift25: not_checkable, 'whose report is not the
    one checked', with 2019's report to hand). None when the words are not given to an
    earlier inspection, its report is not held, or it does not hold them either (then
    ``not_found`` says so, unflagged)."""
    if _role(claim) != "inspectors" or not (words := _dated_earlier(claim, ctx, report)):
        return None
    if (earlier := dated_report(ctx, report, words)) is None:
        return None
    checked = check_quote(claim, ctx, earlier, look_back=False)
    if checked.verdict not in _HELD_THERE:
        return None
    why = (
        f"Given to an earlier inspection ('{words}'), so checked against its report, "
        f"{earlier.label}: {checked.explanation}"
    )
    return checked.model_copy(update={"explanation": why})


@dataclass
class Found:
    """A quotation placed in the report, every segment found: what its steps compare."""

    segs: list[Segment]
    groups: list[list[Segment]]  # runs of segments adjacent in the report
    joins: int  # places two report passages are joined with no ellipsis
    left_out: list[str]  # report words skipped inside one passage, no ellipsis
    evidence: list[Evidence]
    diff: list[DiffOp]
    changed: list[DiffOp]  # the diff's steps that change words (``substantive``)
    spoken: bool  # an official's words in their own voice (``_spoken``)
    short: bool  # too few words to say whose they are (``_MISATTRIBUTION_MIN_WORDS``)


def _found(claim: Claim, ctx: Context, report: Report, segs: list[Segment]) -> Found:
    """The placed segments grouped into runs the report prints together, with the joins
    and omissions between runs, the evidence and the word diff."""
    index = ctx.index(report)
    for a, b in zip(segs, segs[1:], strict=False):
        if not b.after_gap and not _adjacent(a, b, index, report):
            _place_together(a, b, index)
    groups: list[list[Segment]] = [[segs[0]]]
    joins = 0
    left_out: list[str] = []
    for a, b in zip(segs, segs[1:], strict=False):
        if _adjacent(a, b, index, report):
            groups[-1].append(b)
            continue
        groups.append([b])
        if b.after_gap:
            continue
        if (gap := _left_out_inside(a, b, index, report)) is not None:
            left_out.append(gap)
        else:
            joins += 1
    diff = [op for s in segs for op in (s.diff or [])]
    return Found(
        segs=segs,
        groups=groups,
        joins=joins,
        left_out=left_out,
        evidence=_evidence(groups, ctx, report),
        diff=diff,
        changed=substantive(diff, _abbreviations(report, claim.text)),
        spoken=_spoken(claim, ctx),
        short=len(tokens(claim.text)) < _MISATTRIBUTION_MIN_WORDS,
    )


def _someone_elses_words(claim: Claim, ctx: Context, found: Found) -> CheckedClaim | None:
    """not_checkable for words that are not the report's to compare: an official's with a
    quotation nested inside, an official's differing from the report or relaying it in
    their own voice ("As the report says, …": the conventions' opinion), a short phrase not
    given to Ofsted, a quotation standing alone with nobody named, a few words of an Ofsted
    official to the press. None otherwise."""
    changed, evidence = found.changed, found.evidence
    if _role(claim) in OWN_WORDS_ROLES and _NESTED_QUOTATION.search(claim.text):
        return verdict(
            claim,
            "not_checkable",
            f"The words of {_speaker(claim)}; the words they quote inside are checked on "
            "their own.",
            evidence,
        )
    relays = _role(claim) in OWN_WORDS_ROLES and _relayed(claim.text) != claim.text
    if (found.spoken or relays) and changed:
        # A council speaker's words that differ from the report are their own words.
        return verdict(
            claim,
            "not_checkable",
            f"The words of {_speaker(claim)}, not the report's (the nearest report passage "
            f"differs: {describe(changed)}).",
            evidence,
        )
    if found.short and (
        (found.spoken and _role(claim) == "council") or (changed and _role(claim) != "inspectors")
    ):
        # A few words not given to Ofsted recur by chance: no evidence they are the report's.
        given = f"given to {_speaker(claim)}" if found.spoken else "not given to Ofsted"
        return verdict(
            claim,
            "not_checkable",
            f"A short phrase {given}, too common to say whose words they are; the nearest "
            "report words are shown.",
            evidence,
        )
    if changed and _role(claim) == "unattributed" and _stands_alone(claim, ctx.release_index):
        return verdict(
            claim,
            "not_checkable",
            "A quotation standing alone with nobody named for it, differing from the report "
            f"({describe(changed)}): whose words they are is not said, so not flagged; "
            "nearest report words shown.",
            evidence,
        )
    if found.short and changed and _spoken_by_official(claim, ctx.release_index):
        # A few words an Ofsted official says to the press ("on the right track") that a
        # report passage resembles by chance are no evidence of a misquotation (a longer
        # statement reworking the report's words is judged against them).
        return verdict(
            claim,
            "not_checkable",
            "A short phrase of an Ofsted official to the press, not the report's; the "
            f"nearest report words differ ({describe(changed)}).",
            evidence,
        )
    return None


def _given_to_speaker(claim: Claim, ctx: Context, found: Found) -> CheckedClaim | None:
    """misattributed (provisional): the report's words, six or more, given to a council
    speaker as their own. None otherwise."""
    if not (found.spoken and not found.short and _own_words(claim, ctx.release_index)):
        return None
    why = f"These are the report's words, but the release gives them to {_speaker(claim)}."
    checked = verdict(claim, "misattributed", why, found.evidence, found.diff)
    return provisional(checked, ctx, _GIVEN_TO_SPEAKER)


def _spliced(claim: Claim, found: Found) -> CheckedClaim | None:
    """spliced: one quoted passage joining report passages that are not adjacent, with no
    ellipsis. None otherwise."""
    if not found.joins:
        return None
    extra = f"; the words also differ ({describe(found.changed)})" if found.changed else ""
    return verdict(
        claim,
        "spliced",
        f"Joins {len(found.groups)} separate report passages with no ellipsis{extra}.",
        found.evidence,
        found.diff,
    )


def _given_elsewhere_in_release(claim: Claim, ctx: Context, found: Found) -> CheckedClaim | None:
    """misattributed: words given to inspectors, differing from the report, that the
    release itself gives to someone else (``_given_elsewhere``). None otherwise."""
    if not (found.changed and _role(claim) == "inspectors"):
        return None
    if theirs := _given_elsewhere(claim, ctx.release_index):
        return _misattributed_from_release(claim, theirs, found.evidence)
    return None


def _verbatim_elsewhere(
    claim: Claim, ctx: Context, report: Report, found: Found
) -> CheckedClaim | None:
    """misattributed, naming the source: words given to this inspection that its report
    holds only with words changed, and another archived report (the council's older one
    first) holds verbatim (``_from_elsewhere``): an older report's words given to the new
    one, as the issue's archive asks ('found staff “positive and proud to work in Cheshire
    West and Chester”', 2016's summary, where 2019's says 'positive about working in':
    drift50, misquoted). Not where the release itself dates the words to an earlier visit.
    None otherwise."""
    if not (found.changed or found.left_out) or _role(claim) != "inspectors":
        return None
    if _dated_earlier(claim, ctx, report):
        return None
    return _from_elsewhere(claim, ctx, report, changed=True)


def _misquoted(claim: Claim, found: Found) -> CheckedClaim | None:
    """misquoted: words changed, or report words left out inside one passage with no
    ellipsis. None otherwise."""
    if not (found.changed or found.left_out):
        return None
    differ = [describe(found.changed)] if found.changed else []
    differ += [f"'{gap}' left out with no ellipsis" for gap in found.left_out]
    return verdict(
        claim,
        "misquoted",
        f"Words differ from the report: {'; '.join(differ)}.",
        found.evidence,
        found.diff,
    )


def _negated(claim: Claim, ctx: Context, report: Report, found: Found) -> CheckedClaim | None:
    """misleading (provisional): words given to inspectors that the report prints only
    negated or limited (``_negated_in_report``), or stops where its sentence goes on to deny
    them (``_denied_after``). None otherwise."""
    if _role(claim) != "inspectors":
        return None
    if negated := _negated_in_report(claim, found.segs, ctx, report):
        check = _NEGATED
        why = (
            f"The report uses these words only negated or limited ('{negated}'); the release "
            "gives them as what inspectors found."
        )
    elif denied := _denied_after(claim, found.segs, ctx, report):
        check = _DENIED
        why = (
            f"The report's sentence goes on to deny what these words say ('{denied}'); the "
            "release stops before it."
        )
    else:
        return None
    checked = verdict(claim, "misleading", why, found.evidence, found.diff)
    return provisional(checked, ctx, check)


def _of_other(claim: Claim, ctx: Context, report: Report, found: Found) -> CheckedClaim | None:
    """misleading (provisional): a few words the report says only of something else than
    what the release gives them to (``_said_of_other``). None otherwise."""
    if not (other := _said_of_other(claim, found.segs, ctx, report)):
        return None
    why = f"The report {other}; nowhere of what the release's sentence gives them to."
    checked = verdict(claim, "misleading", why, found.evidence, found.diff)
    return provisional(checked, ctx, _OF_OTHER)


def _of_located_other(
    claim: Claim, ctx: Context, report: Report, found: Found
) -> CheckedClaim | None:
    """misleading (provisional): a few words given to inspectors of a subject the report
    speaks of elsewhere, in a sentence without them, while every sentence holding them is
    about something else (``said_of_located``). None otherwise."""
    if not (said := said_of_located(claim, found.segs, ctx, report)):
        return None
    theirs, located = said
    why = (
        f"The report says these words of something else ('{theirs}'); of what the release "
        f"gives them to it says '{located}'."
    )
    checked = verdict(claim, "misleading", why, found.evidence, found.diff)
    return provisional(checked, ctx, _LOCATED)


def _as_printed(claim: Claim, ctx: Context, report: Report, found: Found) -> CheckedClaim:
    """minor_variation when the words differ from the report's only as the conventions
    allow (a bracket, a house style, case, punctuation, spelling, inflection); supported
    when verbatim, a marked omission ("the experience ... of many children") included:
    how a quotation leaves words out, the words given being the report's. A bracket the
    report prints itself is its words ('My PA [personal adviser] is like the mum ...',
    quoted from a care leaver in the report: drift46, a minor variation)."""
    segs, diff = found.segs, found.diff
    bracketed = any(
        b.group() not in report.text for piece in _pieces(claim) for b in _BRACKET.finditer(piece)
    )
    if (
        bracketed
        or not all(_verbatim(s, report, ctx) for s in segs)
        or any(op.op != "equal" for op in diff)
    ):
        why = (
            "words inserted in square brackets"
            if bracketed
            else "a house style ('per cent', '&', '(sic)')"
            if any(s.restyled for s in segs)
            else "case, punctuation, hyphenation, spelling or inflection"
        )
        return verdict(
            claim,
            "minor_variation",
            f"In the report, differing only by {why}.",
            found.evidence,
            diff,
        )
    marked = ", with a marked omission" if len(found.groups) > 1 else ""
    return verdict(claim, "supported", f"Verbatim in the report{marked}.", found.evidence, diff)
