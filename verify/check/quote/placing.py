"""A quotation's segments placed in the report, and how placed segments lie together.

Each segment is placed exact, then fuzzy on normalised words (``place``), in a house
style's spelling when that places it with fewer changes, after a piece that joins two
report sentences inside one release sentence is cut in two (``joins.split_at_join``);
the placement is worked out once a check (``Placements``) for ``lookups`` and the
checker both. Consecutive segments are then read as adjacent in the report, placed
together, or with report words left out between them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from verify.check.common import Context
from verify.check.quote.joins import split_at_join
from verify.check.quote.segments import _EDGE_PUNCT, Segment, segments
from verify.match import (
    FUNCTION_WORDS,
    Alignment,
    PassageIndex,
    light,
    normalise,
    substantive,
    tokens,
)
from verify.types import Claim, Evidence, Report

# A fuzzy placement is a misquote of that passage, not a different text, when at
# least this share of the release words are the report's words.
_SHARED_WORDS_MIN = 0.6
_FUZZY_MIN = 70.0

# Report sentences too short to place a quotation (table cells, headings) passed over
# in the ranking, at most.
_SHORT_SENTENCES_PASSED = 8


def placed(claim: Claim, ctx: Context, report: Report, context: str = "") -> list[Segment]:
    """The quote's pieces (``pieces``), each placed in the report (``place``), in a house
    style's spelling when that places it with fewer changes.

    Whether a piece is placed never depends on ``context`` (the release sentence only
    chooses between verbatim occurrences), so ``lookups`` asks with none to learn, before
    any encode, whether the checker will show the quotation's nearest passage. The
    placement is remembered for the check (``Placements``) and answers a later ask for
    another context when no piece occurs more than once; each caller gets copies.
    """
    memo = Placements.of(claim, ctx, report)
    if memo.placed is None or not (memo.context == context or memo.context_free(ctx, report)):
        segs = memo.copies(memo.pieces)
        for seg in segs:
            place(seg, ctx, report, context)
            if seg.alignment is None or substantive(seg.diff or []):
                _place_restyled(seg, ctx, report, context)
        memo.context, memo.placed = context, segs
    return memo.copies(memo.placed)


def pieces(claim: Claim, ctx: Context, report: Report) -> list[Segment]:
    """The segments the quote checker places in the report: the quote's pieces
    (``segments``), each split where it joins two report sentences (``split_at_join``).
    ``lookups`` reads the same pieces to know which are found more than once (placed by
    the meaning of the release sentence); they are worked out once a check."""
    memo = Placements.of(claim, ctx, report)
    return memo.copies(memo.pieces)


@dataclass
class Placements:
    """A quotation's pieces and their placement in one report, worked out once a check
    (kept in ``Context.placements``): ``lookups`` and ``check_quote`` both ask. Segments
    are handed out as copies, since the checker places them again (``_place_together``)."""

    claim: Claim  # kept, so that its id is not reused while remembered
    pieces: list[Segment]
    context: str = ""
    """The release sentence the placement was made for."""
    placed: list[Segment] | None = None

    @staticmethod
    def of(claim: Claim, ctx: Context, report: Report) -> Placements:
        key = (id(claim), report.sha256)
        memo = ctx.placements.get(key)
        if not isinstance(memo, Placements) or memo.claim is not claim:
            index = ctx.index(report)
            segs = segments(claim, ctx.release.text)
            parts = [part for seg in segs for part in split_at_join(seg, index)]
            memo = ctx.placements[key] = Placements(claim, parts)
        return memo

    @staticmethod
    def copies(segs: list[Segment]) -> list[Segment]:
        return [replace(s, diff=None if s.diff is None else list(s.diff)) for s in segs]

    def context_free(self, ctx: Context, report: Report) -> bool:
        """True when no piece, in any spelling ``place`` tries, occurs more than once in
        the report: the context then chose nothing (``PassageIndex.align``)."""
        index = ctx.index(report)
        return all(
            len(index.occurrences(normalise(text).text)) <= 1
            for seg in self.pieces
            for text in (seg.text, *_styled(seg.text))
        )


def _holds_content(kept: list[str]) -> bool:
    """True when the words a placement keeps hold one that is no function word: 'on the
    ... of' kept from 'on the brink of collapse' places nothing of the quotation's own
    (words the report never printed, not a word changed)."""
    return any(w.lower() not in FUNCTION_WORDS for w in kept)


def _laid_over(diff: list, kept: list[str], words: list) -> bool:
    """True when a placement keeps at most half of the quotation's own words (those no
    function word) and report words were dropped between the ones it keeps, none of the
    quotation's in their place: words the report never printed laid over a sentence that
    shares a few of them ('a council in crisis' over 'the council on issues facing young
    people in the'), not a passage with words changed ('a backdrop of significant
    challenges' for 'a background of particular financial challenges': misquoted). So
    too when the report words dropped between them outnumber the quotation's own ('fully
    embedded' over 'fully addressed since the last inspection and some positive changes to
    practice are not embedded'): words scattered over a sentence, no passage left short."""
    equal = [i for i, op in enumerate(diff) if op.op == "equal"]
    between = diff[equal[0] + 1 : equal[-1]] if equal else []
    dropped = sum(len(op.report.split()) for op in between if op.op == "delete")
    if dropped > len(words):
        return True  # 'fully ... embedded' 13 words apart: scattered, not a passage
    own = [t.form for t in words if t.form.lower() not in FUNCTION_WORDS]
    kept_own = [w for w in kept if w.lower() not in FUNCTION_WORDS]
    return 2 * len(kept_own) <= len(own) and dropped > 0


def place(segment: Segment, ctx: Context, report: Report, context: str, sentences: int = 1) -> None:
    """Find the segment in the report and the word diff against the words there.

    The fuzzy placement is widened by half the quote's length on each side, so
    report words the release dropped still fall inside the diff; when fuzzy
    placement fails, the ``sentences`` report sentences sharing most words are tried.
    """
    index = ctx.index(report)
    release_tokens = tokens(segment.text)
    unbeatable = (len(release_tokens), 0)  # every word there, none changed
    best = None
    for lo, hi, score in _windows(index, segment.text, context, len(release_tokens), sentences):
        diff, first, last = index.word_diff(lo, hi, release_tokens)
        changed = substantive(diff)
        # Words in another inflection ("lacking" for "lacks") are the report's words too.
        kept = [
            word
            for op in diff
            if op.op == "equal" or all(op is not c for c in changed)
            for word in (op.release or "").split()
        ]
        shared = len(kept)
        rank = (shared, -len(changed))
        enough = (
            shared >= _SHARED_WORDS_MIN * len(release_tokens)
            and _holds_content(kept)
            and not _laid_over(diff, kept, release_tokens)
        )
        if enough and (best is None or rank > best[0]):
            best = (rank, Alignment(first, max(last, first + 1), score), diff)
        if best is not None and best[0] == unbeatable:
            break  # no other window can rank higher: skip ranking the report's sentences
    if best is not None:
        segment.alignment, segment.diff = best[1], best[2]


# A house style's spelling of the report's words: "per cent" for "%", "&" for "and",
# "(sic)" added after words quoted as printed. The report's text does not tokenise the
# symbols, so the words the release spells out would read as added or dropped.
_HOUSE_STYLE = (
    (re.compile(r"(?<=\d)\s?(?:per\s?cent|percent)\b", re.I), "%"),
    (re.compile(r"\s&\s"), " and "),
    (re.compile(r"\s*[(\[]sic[)\]]", re.I), ""),
)


# The report's own house style, spelled otherwise by the release: '50%' for '50 per cent'.
_REPORT_STYLE = ((re.compile(r"(?<=\d)\s?%"), " per cent"),)


def _place_restyled(seg: Segment, ctx: Context, report: Report, context: str) -> None:
    """Place the segment in the report's spelling when the release writes it in a house
    style (or the report in one: 'per cent' for the release's '%') and that spelling
    places it with fewer changed words."""
    for text in _styled(seg.text):
        other = Segment(text, seg.after_gap)
        place(other, ctx, report, context)
        if other.alignment is None:
            continue
        fewer = len(substantive(other.diff or [])) < len(substantive(seg.diff or []))
        if seg.alignment is None or fewer:
            seg.alignment, seg.diff, seg.restyled = other.alignment, other.diff, True


def _styled(text: str) -> list[str]:
    """``text`` in each style's spelling (``_HOUSE_STYLE``, ``_REPORT_STYLE``) that
    differs from it."""
    out = []
    for style in (_HOUSE_STYLE, _REPORT_STYLE):
        styled = text
        for pattern, report_form in style:
            styled = pattern.sub(report_form, styled)
        if styled != text:
            out.append(styled)
    return out


def _windows(index: PassageIndex, text: str, context: str, words: int, sentences: int):
    """Report token windows ``(first, last, score)`` to diff the segment against: around
    its placement, widened, then the report sentences most like it (ranked only if asked,
    and only if some sentence could keep enough of its words)."""
    spread = 3 + words // 2
    alignment = index.align(text, context=context, cutoff=_FUZZY_MIN)
    if alignment is not None:
        yield max(0, alignment.first - spread), alignment.last + spread, alignment.score
    if not index.could_keep([t.form for t in tokens(text)], _SHARED_WORDS_MIN * words):
        return
    # A sentence shorter than the words the segment must share cannot place it, yet
    # ranks top when all of it is in the quote (a table's 'Good' inside "receive good
    # support"): it is passed over, and the next ranked tried.
    wordy = index.rank_wordy(text, sentences, _SHARED_WORDS_MIN * words, _SHORT_SENTENCES_PASSED)
    for sentence, hit in wordy:
        first, last = index.tokens_between(sentence.start, sentence.end)
        yield first, last, 100 * hit.lexical


# A quotation nested in the quoted words takes the other kind of mark than the one
# around it, by house style (the report's ‘front door’ inside a release's single marks
# becomes “front door”): the kind of mark is not the report's words.
def _one_mark(text: str) -> str:
    return light(text).replace('"', "'")


def _verbatim(segment: Segment, report: Report, ctx: Context) -> bool:
    """Same words, case and punctuation, allowing only a different end stop: a capital
    changed at the start is a change of case, a minor variation by the conventions (the
    dev gold labels it so five times in eight). Words the report prints more than once
    are verbatim when it prints them so anywhere (the place their context fits best may
    start a sentence where the quotation does not)."""
    index = ctx.index(report)
    ours = _one_mark(segment.text).strip(_EDGE_PUNCT)

    def printed(at: Alignment) -> bool:
        start, end = _with_signs(report.text, *index.span(at))
        return _one_mark(report.text[start:end]).strip(_EDGE_PUNCT) == ours

    if printed(segment.alignment):
        return True
    return any(
        printed(at)
        for at in index.occurrences(normalise(segment.text).text)
        if at != segment.alignment
    )


def _with_signs(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` (whole words) widened over the signs of money or shares printed
    on its edge words (``_SIGNS``: '8%', '£2m'): a quotation holding them quotes the words
    as printed. No other mark against a word widens it ('children/young people', '€3m*')."""
    while start > 0 and text[start - 1] in _SIGNS:
        start -= 1
    while end < len(text) and text[end] in _SIGNS:
        end += 1
    return start, end


_SIGNS = frozenset("£$€¥%‰")
"""Currency and per cent signs, printed against a number's word."""


def _evidence(groups: list[list[Segment]], ctx: Context, report: Report) -> list[Evidence]:
    index = ctx.index(report)
    out = []
    for group in groups:
        start = index.span(group[0].alignment)[0]
        end = index.span(group[-1].alignment)[1]
        score = min(s.alignment.score for s in group) / 100
        out.append(index.evidence(start, end, score, whole_sentence=False))
    return out


def _place_together(a: Segment, b: Segment, index: PassageIndex) -> None:
    """Place two consecutive segments where one runs on into the other, when the report
    holds each word for word there too: a sentence the report prints twice (in its
    summary and again in its findings) is placed beside the sentence quoted after it,
    not where the release sentence's words alone fit best, which would make a splice
    of two sentences the report prints together."""
    words = [tokens(a.text), tokens(b.text)]
    found = [index.occurrences(normalise(s.text).text) for s in (a, b)]
    pair = next(((x, y) for x in found[0] for y in found[1] if y.first == x.last), None)
    if pair is None:
        return
    for seg, at, toks in zip((a, b), pair, words, strict=True):
        diff, first, last = index.word_diff(at.first, at.last, toks)
        seg.alignment, seg.diff = Alignment(first, max(last, first + 1), 100.0), diff


# What a report's layout puts between two runs of its prose, no words of it: a numbered
# paragraph's number ('4.'), a footnote the page set inside a paragraph ('1 The areas for
# improvement have been cross-referenced ...'), each a paragraph of its own.
_LAYOUT = re.compile(r"\d{1,3}\.|\d{1,2} [A-Z][^\n]*")


def _adjacent(a: Segment, b: Segment, index: PassageIndex, report: Report) -> bool:
    """True when ``b`` is placed right after ``a`` in the report, or after only its
    layout: the end of one numbered paragraph and the start of the next are adjacent
    text, as are a paragraph's two halves either side of a footnote (a quotation running
    on over them skips no words of the report's; was: spliced)."""
    if b.alignment.first == a.alignment.last:
        return True
    if b.alignment.first < a.alignment.last:
        return False
    between = report.text[index.span(a.alignment)[1] : index.span(b.alignment)[0]]
    paragraphs = [p for p in re.split(r"\n\s*\n", between.lstrip(_EDGE_PUNCT)) if p.strip()]
    paragraphs = [p.strip() for p in paragraphs]
    return bool(paragraphs) and all(_LAYOUT.fullmatch(p) for p in paragraphs)


def _left_out_inside(a: Segment, b: Segment, index: PassageIndex, report: Report) -> str | None:
    """The report words between two segments placed apart with no ellipsis, when they are
    words left out of one passage (no whole report sentence among them): an omission
    the conventions call misquoted, not a splice of separate passages. None otherwise."""
    end = index.span(a.alignment)[1]
    start = index.span(b.alignment)[0]
    if start <= end or index.passage_at(end - 1) != index.passage_at(start):
        return None
    if any(end <= s.start and s.end <= start for s in index.sentences):
        return None
    if _joins_inside_sentences(index, report, end, start):
        return None
    return " ".join(report.text[end:start].split()).strip(_EDGE_PUNCT) or None


# A next sentence's opening words a quotation may drop and still be that sentence with a
# word left out ('However,', 'In addition,'): more than these, and its start is another
# sentence's, joined on.
_OPENER_WORDS = 3


def _joins_inside_sentences(index: PassageIndex, report: Report, end: int, start: int) -> bool:
    """True when the words before a gap end inside one report sentence and the words after
    it start inside the next, not at its start: the start of one sentence joined to the
    end of another makes a sentence the report never printed (a splice), where a sentence's
    end dropped before the next sentence whole is words left out (hillingdon_2023's 'in
    line with their needs'), as are a few opening words of the next dropped ('However,')."""
    before, after = index.sentence_at(end - 1), index.sentence_at(start)
    if before is None or after is None or before.start == after.start:
        return False
    return len(report.text[after.start : start].split()) > _OPENER_WORDS
