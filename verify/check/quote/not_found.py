"""A quotation the report does not hold as given: words given to an earlier visit,
reworded, from another report in the archive, given elsewhere in the release, or
misattributed to the inspectors.
"""

from __future__ import annotations

from verify.check.common import Context, content_words, nearest, verdict
from verify.check.quote.dated import _dated_earlier
from verify.check.quote.placing import _evidence, place
from verify.check.quote.segments import Segment, _abbreviations
from verify.check.quote.speakers import (
    _attributed_here,
    _given_elsewhere,
    _role,
    _speaker,
    _spoken_by_official,
    _unmarked_paragraph,
)
from verify.match import describe, normalise, substantive, tokens
from verify.types import CheckedClaim, Claim, Evidence, Report
from verify.words.speakers import FRAMING, OWN_WORDS_ROLES

# Words given to Ofsted but not placed are looked for reworded in this many report
# sentences (nearest by words); reordered, their content words must number at least this.
_REWORDED_SENTENCES, _REWORDED_MIN_WORDS = 3, 2

# Words given to Ofsted and found only in another archived report are from there when
# that report holds them nearly verbatim (0-1) and the report given is clearly further
# from them (by this many points of 0-100).
_ELSEWHERE_MIN, _ELSEWHERE_MARGIN = 0.95, 10.0
# Only a distinctive quotation says where it is from: one of this many words at least,
# held (nearly, as the archive lookup finds it) by at most this many councils' reports:
# Ofsted's stock phrases ("children and families receive the right help at the right
# time") stand in many, and are no evidence of a source.
_ELSEWHERE_MIN_WORDS, _ELSEWHERE_MAX_COUNCILS = 10, 2


def _not_found(
    claim: Claim, ctx: Context, report: Report, segs: list[Segment], context: str
) -> CheckedClaim:
    role = _role(claim)
    if role in OWN_WORDS_ROLES:
        return verdict(
            claim,
            "not_checkable",
            f"The words of {_speaker(claim)}, not the report's; nothing to check them against.",
        )
    near = nearest(ctx, report, claim.text)
    if role == "inspectors" and (earlier := _dated_earlier(claim, ctx, report)):
        why = (
            f"Not in {report.label}, but given to an earlier inspection ('{earlier}'), whose "
            "report is not the one checked: not flagged; nearest passage shown."
        )
        return verdict(claim, "not_checkable", why, near)
    if role == "inspectors" and (elsewhere := _from_elsewhere(claim, ctx, report)):
        return elsewhere
    found_some = any(s.alignment is not None for s in segs)
    where = "Part of the quotation is" if found_some else "The quotation is"
    if role == "inspectors" and _spoken_by_official(claim, ctx.release_index):
        why = (
            f"{where} not in {report.label}: words spoken (an Ofsted official to the press, "
            "inspectors telling someone) or posted, not the report's; nearest passage shown."
        )
        return verdict(claim, "not_checkable", why, near)
    if role == "inspectors" and _unmarked_paragraph(claim, ctx.release.text):
        why = (
            f"{where} not in {report.label}: a paragraph with no quotation mark of its own, "
            "read as the quotation going on, may be the release's own words; not flagged; "
            "nearest passage shown."
        )
        return verdict(claim, "not_checkable", why, near)
    if role == "inspectors" and not _attributed_here(claim, ctx.release_index):
        why = (
            f"{where} not in {report.label}; it is given to Ofsted only by a speaker named "
            "paragraphs before, so it is not flagged; nearest passage shown."
        )
        return verdict(claim, "not_checkable", why, near)
    if role == "inspectors" and (theirs := _given_elsewhere(claim, ctx.release_index)):
        return _misattributed_from_release(claim, theirs, near)
    if role == "inspectors" and (reworded := _reworded(claim, ctx, report, segs, context)):
        return reworded
    if role == "inspectors" and (
        changed := _changed_in_its_sentence(claim, ctx, report, segs, context)
    ):
        return changed
    if role == "inspectors":
        by = f" by {teller}" if (teller := _told_by(claim)) else ""
        return verdict(
            claim,
            "misattributed",
            f"{where} attributed to Ofsted{by} but not in {report.label}; nearest passage shown.",
            near,
        )
    # Not given to inspectors or the report: not finding the words is no evidence
    # of an error, so it is said, with the nearest passage, but not flagged.
    why = f"{where} not in {report.label} and not attributed to Ofsted; nearest passage shown."
    return verdict(claim, "not_checkable", why, near)


def _told_by(claim: Claim) -> str | None:
    """The person who tells the inspectors' words ("Cllr Lee said inspectors found “…”",
    ``Attribution.teller``): the verdict names them, as the conventions ask a
    misattribution to say where the words come from (a council official)."""
    return claim.attribution.teller if claim.attribution is not None else None


def _misattributed_from_release(claim: Claim, theirs: str, evidence) -> CheckedClaim:
    """Words given to Ofsted that the report does not hold as given, and that the release
    itself gives to someone else: misattributed, saying whose they are."""
    return verdict(
        claim,
        "misattributed",
        f"Given to Ofsted, but the report does not say this, and the release gives these "
        f"words to someone else: '{theirs}'",
        evidence,
    )


def _reworded(
    claim: Claim, ctx: Context, report: Report, segs: list[Segment], context: str
) -> CheckedClaim | None:
    """Misquoted, not misattributed, when words given to Ofsted are a report passage's
    reworded: most of them in order in one of the report sentences nearest by words
    ("against a background of particular financial challenges" quoted as "a backdrop of
    significant challenges"), or every content word, in another form or order, close
    together in one sentence ("deteriorated significantly" for "significant
    deterioration"). Both are flags; the verdict says which error the words show."""
    index = ctx.index(report)
    for seg in segs:
        if seg.alignment is None:
            place(seg, ctx, report, context, sentences=_REWORDED_SENTENCES)
    if all(s.alignment is not None for s in segs):
        diff = [op for s in segs for op in (s.diff or [])]
        changed = _reworded_diff(diff) and substantive(diff, _abbreviations(report, claim.text))
        if changed:
            evidence = _evidence([[s] for s in segs], ctx, report)
            why = f"Words differ from the report: {describe(changed)}."
            return verdict(claim, "misquoted", why, evidence, diff)
    words = content_words(" ".join(s.text for s in segs))
    if len(words) < _REWORDED_MIN_WORDS:
        return None
    holder = next(
        (s for s in index.sentences if words <= content_words(s.text) and _together(words, s.text)),
        None,
    )
    if holder is None:
        return None
    why = (
        f"Not in these words in {report.label}; one sentence has every word in another form "
        f"or order: '{holder.text}'"
    )
    return verdict(claim, "misquoted", why, [index.evidence(holder.start, holder.end, 1.0)])


# A quotation this short (in words) is looked for with one word changed in the report
# sentence its release sentence is about: one sharing this many content words with it.
_IN_CONTEXT_MIN, _IN_CONTEXT_MAX = 2, 4
_FRAME_SHARED_MIN = 3


def _changed_in_its_sentence(
    claim: Claim, ctx: Context, report: Report, segs: list[Segment], context: str
) -> CheckedClaim | None:
    """Misquoted, not misattributed, when a short quotation given to Ofsted
    (2-4 words, one piece) is a report phrase with one word changed, in the report
    sentence that the release's own sentence around it is about (3 content words or more
    of it, its framing left out, in common): 'services for children who are privately
    fostered were “slightly underdeveloped”' for the report's 'Services and support to
    children who are privately fostered are significantly underdeveloped'. Too few of
    its words are kept to place it alone (60%), too few to find it reworded (quotes18:
    it was misattributed, words the report lacks, where it holds them but one). None
    otherwise."""
    words = tokens(segs[0].text) if len(segs) == 1 else []
    if not _IN_CONTEXT_MIN <= len(words) <= _IN_CONTEXT_MAX:
        return None
    quoted = content_words(segs[0].text)
    frame = content_words(FRAMING.sub(" ", context.replace(segs[0].text, " "))) - quoted
    index = ctx.index(report)
    best = max(
        (
            (len(frame & held), s)
            for s in index.sentences
            if len(quoted & (held := content_words(s.text))) == len(quoted) - 1 >= 1
        ),
        key=lambda pair: pair[0],
        default=(0, None),
    )
    if best[0] < _FRAME_SHARED_MIN:
        return None
    sentence = best[1]
    diff, _, _ = index.word_diff(*index.tokens_between(sentence.start, sentence.end), words)
    changed = substantive(diff)
    if len(changed) != 1 or changed[0].op != "replace" or len(changed[0].report.split()) != 1:
        return None
    why = f"Words differ from the report: {describe(changed)}."
    return verdict(
        claim, "misquoted", why, [index.evidence(sentence.start, sentence.end, 1.0)], diff
    )


def _reworded_diff(diff: list) -> bool:
    """True when a placement's report words are about as many as the quotation's (at most
    twice them and two more): a passage reworded ('against a background of particular
    financial challenges' as 'a backdrop of significant challenges'), not four words
    ('the happiest in London') laid over a long sentence sharing only 'the', 'in' and
    'London', which says nothing of where the words come from."""
    report = sum(len(op.report.split()) for op in diff if op.op != "insert")
    release = sum(len(op.release.split()) for op in diff if op.op != "delete")
    return report <= 2 * release + 2


def _together(words: set[str], sentence: str) -> bool:
    """True when the content ``words`` stand close together in ``sentence`` (within twice
    their number and two more words): one phrase reworded ('significant deterioration'),
    not words scattered over a long sentence ('well equipped ... developed' for 'well
    developed'), which any long sentence may hold."""
    forms = [t.form for t in tokens(sentence)]
    width = 2 * len(words) + 2
    return any(
        words <= content_words(" ".join(forms[i : i + width]))
        for i in range(max(1, len(forms) - width + 1))
    )


def _from_elsewhere(
    claim: Claim, ctx: Context, report: Report, changed: bool = False
) -> CheckedClaim | None:
    """Misattributed, naming the source, when another archived report (another council's,
    an older inspection) holds the words nearly verbatim and the report given is clearly
    further from them (``changed``: it holds them with words changed, and then only the
    council's own earlier report is a source: another council's wording is more likely
    Ofsted's stock phrase, varied, as 'there are no widespread or serious failures that
    leave children being harmed' of Sheffield's for Haringey's 'that create or leave',
    drift34); the council's own earlier reports are named first. Only a distinctive
    quotation is traced: a short one, or one that many councils' reports hold, says
    nothing of where it came from."""
    if ctx.archive is None or len(tokens(claim.text)) < _ELSEWHERE_MIN_WORDS:
        return None
    given = {r.sha256 for r in ctx.reports}
    found = ctx.archive.find_quote(claim.text, given, ctx.settings.quote_supported_min)
    here = ctx.index(report).fuzzy(normalise(claim.text).text)
    here_score = here.score if here is not None else 0.0
    sources = [
        s
        for s in found
        if s.score >= _ELSEWHERE_MIN and 100 * s.score - here_score >= _ELSEWHERE_MARGIN
    ]
    if not sources or len({s.report.council for s in found}) > _ELSEWHERE_MAX_COUNCILS:
        return None
    councils = {r.authority.lower() for r in ctx.reports}
    own = [s for s in sources if s.report.council.lower() in councils]
    if changed and not own:
        return None  # another council's wording of a stock phrase the report varies
    source = (own or sources)[0]
    passage = source.passage
    where = f"paragraph {passage.number}" if passage.number else f"page {passage.page}"
    others = f", and {len(sources) - 1} other archived reports" if len(sources) > 1 else ""
    evidence = Evidence(
        report=source.report.label,
        paragraph=passage.number,
        page=passage.page,
        section=passage.section,
        text=passage.text,
        score=source.score,
        start=passage.start,
        end=passage.end,
    )
    return verdict(
        claim,
        "misattributed",
        f"{'Only with words changed in' if changed else 'Not in'} "
        f"{', '.join(r.label for r in ctx.reports)}; these words are from "
        f"{source.report.label} ({where}){others}.",
        [evidence],
    )
