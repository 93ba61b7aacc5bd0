"""Quotations: verbatim, minor variation, misquoted, spliced, misattributed, unsupported.

A quotation is cut into segments at its release paragraph breaks, at marked
ellipses and brackets (allowed omissions) and at sentence ends. Each segment is
placed in the report (exact, then fuzzy on normalised words). Consecutive
segments not separated by an ellipsis must be adjacent in the report: if they
are not, the quote joins separate passages (spliced).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from verify.check.common import (
    Context,
    content_words,
    line_around,
    nearest,
    provisional,
    verdict,
)
from verify.match import (
    FUNCTION_WORDS,
    Alignment,
    PassageIndex,
    describe,
    light,
    normalise,
    substantive,
    tokens,
)
from verify.types import CheckedClaim, Claim, DiffOp, Evidence, Report
from verify.words.councils import COUNCIL_WORD, COUNCILS_WORD, unnamed
from verify.words.dates import AT_EARLIER_VISIT
from verify.words.grades import is_grade_phrase
from verify.words.qualifiers import DENIED_AFTER, LIMITED, NEGATION, NOT_ONLY, SUBJECT_SHARES
from verify.words.referents import CHILDREN, PRONOUNS, RELATIVES, STAFF, groups
from verify.words.sentences import LIST_MARKER, SENTENCE_END
from verify.words.speakers import (
    BE,
    BE_DONE,
    FINDING_VERBS,
    FIRST_PERSON,
    INSPECTORS_SOURCE,
    OFSTED_OFFICIAL,
    OWN_WORDS_ROLES,
    REPORTING_VERBS,
    SAYING_VERBS,
    is_person,
    mentions_inspectors,
    role_of,
)

_ELLIPSIS = re.compile(r"\s*(?:\.\s?\.\s?\.|…|\[[^\]]*\])\s*")
# An editorial insertion or replacement: "[the council] has ...". The quote is then
# not the report's words verbatim, even where no report word was skipped. A bracket
# holding only an ellipsis ("[...]", "[…]") marks an omission, not an insertion.
_BRACKET = re.compile(r"\[(?![\s.…]*\])[^\]]*\]")
_EDGE_PUNCT = " \t\n.,;:!?()'\"‘’“”-–—"
# Quotes shorter than this many words attributed to a council speaker are not
# called the report's words: short phrases recur by chance.
_MISATTRIBUTION_MIN_WORDS = 6
# A short quotation is negated in the report when a negation stands among the last
# _NEGATION_WORDS words (in _NEGATED_BEFORE characters) before it, in its own clause: 'not
# yet consistently', 'do not routinely receive', 'not all are'; not 'While this is not
# appropriate, substantive assessments ...', whose negation ends at the comma.
_NEGATION_WORDS, _NEGATED_BEFORE = 3, 60
# The report words after a quotation read for a denial of it ('but is not yet good enough').
_DENIED_AFTER_CHARS = 120
_CLAUSE_BREAK = re.compile(r"[,;:.!?()–—]")
# A limit cut from a quotation stands just before its first word ('Most', 'the majority
# of'), not on words before ('some professionals and delay in submitting referrals'). It
# limits the subject: an adverb's hedge ('generally comprehensive and up to date' quoted
# as 'comprehensive and up to date') is the words said of the same thing, as the
# conventions' short quoted words are.
_LIMIT_BEFORE = re.compile(rf"\b(?:{SUBJECT_SHARES})(?:\s+of(?:\s+the)?)?\s*$", re.I)
# A fuzzy placement is a misquote of that passage, not a different text, when at
# least this share of the release words are the report's words.
_SHARED_WORDS_MIN = 0.6
_FUZZY_MIN = 70.0
# Each part of a splice found inside one release sentence has at least this many words.
_JOIN_MIN_WORDS = 3
# A sentence this close (0-100) to one report span is that span misquoted, even when
# its words can also be cut into two runs found in different sentences.
_ONE_PASSAGE_MIN = 90.0
# Words given to Ofsted but not placed are looked for reworded in this many report
# sentences (nearest by words); reordered, their content words must number at least this.
_REWORDED_SENTENCES, _REWORDED_MIN_WORDS = 3, 2
# Report sentences too short to place a quotation (table cells, headings) passed over
# in the ranking, at most.
_SHORT_SENTENCES_PASSED = 8


@dataclass
class Segment:
    """A part of the quote, placed (or not) in the report."""

    text: str
    after_gap: bool  # an ellipsis or bracket sits before it: a gap is allowed
    alignment: Alignment | None = None
    diff: list[DiffOp] | None = None
    restyled: bool = False  # placed in a house style's spelling ('per cent' for '%')


# An abbreviation a report defines in brackets after the words it stands for: 'children's
# single point of access (C-SPA)', '(CAAS)', '(MASH)'; two capitals at least.
_DEFINED = re.compile(r"\((?=(?:[^()]*?[A-Z]){2})([A-Z][A-Za-z]*(?:-[A-Za-z]+)*)\)")


# An abbreviation a release prints: capitals only ('CSC', 'C-SPA'), three letters at least.
_PRINTED = re.compile(r"\b[A-Z](?:-?[A-Z]){2,}\b")


@lru_cache(maxsize=16)
def _defined(text: str) -> frozenset[str]:
    """The abbreviations a report's ``text`` defines in brackets, as their letters in lower
    case ('cspa')."""
    return frozenset("".join(t.form for t in tokens(m.group(1))) for m in _DEFINED.finditer(text))


def _abbreviations(report: Report, quotation: str) -> frozenset[str]:
    """The abbreviations a quotation may use for the report's words: those the report
    defines, and those the quotation prints in capitals ('CSC'). A quotation dropping one
    after its words, or giving it for them, spells the report's words otherwise (a minor
    variation), where any other word dropped or changed is a misquote."""
    printed = {m.group().replace("-", "").lower() for m in _PRINTED.finditer(quotation)}
    return _defined(report.text) | printed


def _pieces(claim: Claim) -> list[str]:
    return [p.text for p in claim.quote_pieces] or [claim.text]


# The last word of a quotation the text's end cuts, after the ellipsis a page or feed
# puts where it cut the text ("... the offer to care leav…", "... help and [...]").
_CUT_WORD = re.compile(r"\s*[^\s.!?…]+$")
_TRUNCATION = re.compile(r"\s*(?:…|\.\s?\.\s?\.|\[\s*(?:…|\.\s?\.\s?\.)\s*\])$")
# Letters an editor puts in square brackets inside a word ("[t]he", "recogni[z]ed")
# change the word's case or spelling, not the words: the word is read with them.
_BRACKETED_LETTERS = re.compile(r"\[([^\W\d_]{1,3})\](?=[^\W\d_])|(?<=[^\W\d_])\[([^\W\d_]{1,3})\]")
_RELAYS_REPORT = re.compile(
    r"^\s*(?:the|this|its|ofsted[’']s)?\s*(?:inspection\s+)?report\s+"
    r"(?:states|says|said|found|finds|notes|noted|highlights|concludes|adds)\s+(?:that\s+)?",
    re.I,
)
_CITED_FIRST = re.compile(
    r"^\s*(?:as\s+(?P<said_by>[^,.;:“”‘’\"]{2,40}?)"
    rf"\s+(?:{SAYING_VERBS}|{FINDING_VERBS}|puts?\s+it)"
    r"|(?:in the words of|according to|to quote)\s+(?P<source>[^,.;:“”‘’\"]{2,40}?)"
    r"|in\s+(?P<owner>[^,.;:“”‘’\"]{2,40}?)[’']s?\s+(?:own\s+)?words)\s*,\s*",
    re.I,
)
"""A speaker's frame opening their quotation with its source ("As the inspectors put it,
…", "In Ofsted's words, …", "As the report says, …", "To quote the report, …"); 'as'
only with a verb of saying ('As part of the inspection, …' is no frame)."""
_NESTED_QUOTATION = re.compile(
    r"(?<!\w)['‘“](?=\w)(?:[^'‘’“”]|(?<=\w)['’](?=\w)){3,}?['’”](?!\w)"
)
"""A quotation nested in a speaker's own ("The report says that ‘…’, and we ..."): the
speaker marks the words they take from the report, the rest are their own."""
# A release paragraph continuing a quotation, or an item of a list its speaker opened
# ("Inspectors found:" then "- '...'").
_OPENING_MARKS = "“\"‘'"
# A speaker passing on what they were told ("we were told", "inspectors told us"): the
# words may be the report's without being given as the speaker's own.
_TOLD = re.compile(r"\b(?:were|was|been|being)\s+told\b|\btold\s+(?:us|me|them)\b", re.I)
_TOLD_SOMEONE = re.compile(
    r"\btold\s+(?!inspectors\b)|\b(?:speaking|talking)\s+to\b|\bin an interview\b", re.I
)
"""Words spoken to someone ("told the board", "Speaking to the BBC")."""
_SOCIAL_POST = re.compile(r"\(@\w+\)|\b(?:tweet(?:ed|s)?|posted)\b", re.I)
"""A post on social media ("Ofsted (@Ofstednews) tweeted:"): a statement to the public,
never the report's words."""
_ONE_INSPECTOR = re.compile(r"\binspector\b|\bHMI\s+[A-Z]", re.I)
"""One inspector, not the team or the report ("the lead inspector", "HMI Jo Park")."""
_IN_PERSON = re.compile(r"\binspectors?\b|\bHMI\s+[A-Z]", re.I)
"""Inspectors in person, one or the team, not Ofsted or the report ("Inspectors told
managers ...")."""
_INSPECTORS_TOLD = re.compile(
    rf"(?:{_IN_PERSON.pattern})[^.;!?“”\"]{{0,40}}?"
    r"(?:\btold\s+(?!inspectors\b|(?:the\s+|its\s+)?(?:council|local\s+authority|authority)\b)"
    r"|\b(?:speaking|talking)\s+to\b|\bin an interview\b)",
    re.I,
)
"""Inspectors telling someone in person in the words before a quotation, whoever the
speaker is read as ("Inspectors told managers at the end of the inspection that they had
seen ..."); not the council, whom the report itself tells ("Inspectors told the council
that services were ‘…’" gives the words to the report)."""
# A run of this many words of a quotation found elsewhere in the release echoes words
# quoted there (a leader repeating what the inspectors were quoted as saying).
_ECHO_WORDS = 5
# Words given to Ofsted and found only in another archived report are from there when
# that report holds them nearly verbatim (0-1) and the report given is clearly further
# from them (by this many points of 0-100).
_ELSEWHERE_MIN, _ELSEWHERE_MARGIN = 0.95, 10.0
# Only a distinctive quotation says where it is from: one of this many words at least,
# held (nearly, as the archive lookup finds it) by at most this many councils' reports:
# Ofsted's stock phrases ("children and families receive the right help at the right
# time") stand in many, and are no evidence of a source.
_ELSEWHERE_MIN_WORDS, _ELSEWHERE_MAX_COUNCILS = 10, 2


def visible_words(claim: Claim, release_text: str) -> list[str]:
    """The quote's pieces, the last without its final word when the quotation runs into
    the end of the text unclosed: that word may be cut (the conventions judge a cut
    quotation on its complete words; one cut in its first word has none)."""
    pieces = _pieces(claim)
    rest = release_text[claim.end :]
    if rest.strip() or not pieces:
        return pieces
    cut = _CUT_WORD.sub("", _TRUNCATION.sub("", pieces[-1]))
    return [*pieces[:-1], cut] if tokens(cut) else pieces[:-1]


def _relayed(words: str) -> str:
    """``words`` after a frame opening them that gives what follows to the report or its
    inspectors ("The report states that …", "As the inspectors put it, …", "In Ofsted's
    words, …"); ``words`` as they are when none does. The frame is the speaker's own, what
    follows it the report's to compare."""
    if m := _RELAYS_REPORT.match(words):
        return words[m.end() :]
    m = _CITED_FIRST.match(words)
    if m and role_of(m["said_by"] or m["source"] or m["owner"]) == "inspectors":
        return words[m.end() :]
    return words


def segments(claim: Claim, release_text: str = "") -> list[Segment]:
    """The quote's pieces, split at ellipses/brackets and sentence ends.

    Each release paragraph starts after an allowed gap: a quotation over several
    paragraphs is judged paragraph by paragraph, and only words spliced inside
    one paragraph count as a splice (the conventions).
    """
    out: list[Segment] = []
    pieces = visible_words(claim, release_text)
    if pieces:
        # "The report states that ...", "As the inspectors put it, ..." inside the marks:
        # the speaker relays the report, whose words are those after the frame.
        pieces = [_relayed(pieces[0]), *pieces[1:]]
    for piece in pieces:
        piece = _BRACKETED_LETTERS.sub(lambda m: m.group(1) or m.group(2), piece)
        for k, part in enumerate(_ELLIPSIS.split(piece)):
            for j, sentence in enumerate(SENTENCE_END.split(part)):
                if tokens(sentence):
                    opens_piece = k == 0 and j == 0
                    out.append(Segment(sentence, after_gap=(k > 0 or opens_piece) and bool(out)))
    return out


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


def split_at_join(segment: Segment, index: PassageIndex) -> list[Segment]:
    """The segment as two when it is the head of one report sentence run on into the
    tail of another (a splice inside one release sentence), the release's own 'and'
    between them or none; else the segment alone.

    Each part must be found verbatim and hold at least ``_JOIN_MIN_WORDS`` words, one of
    them more than a share or a function word ('the vast majority of' is the release's
    limit on the words after it, a misquote of them, not report text of its own), and no
    cut of the words into two runs found may place both in one report sentence: a gap
    inside one sentence is dropped words (a misquote), not a splice ('there has been some
    improvement in ...' for 'There has been some, but not enough, improvement in ...',
    though 'there has been some improvement' stands in another sentence too).
    """
    toks = tokens(segment.text)
    forms = [t.form for t in toks]
    n = len(forms)

    @cache
    def occurrences(phrase: str) -> list[Alignment]:
        return index.occurrences(phrase)

    def found(words: list[str]) -> list[Alignment]:
        """Occurrences of ``words``; each phrase is searched once (the bisection and
        the sentence test ask again)."""
        return occurrences(" ".join(words))

    if n < 2 * _JOIN_MIN_WORDS or found(forms):
        return [segment]
    head = _longest(lambda k: bool(found(forms[:k])), n)
    tail = _longest(lambda k: bool(found(forms[n - k :])), n)
    joined = head + tail == n - 1 and forms[head] in _JOINING
    if min(head, tail) < _JOIN_MIN_WORDS or (head + tail < n and not joined):
        return [segment]
    if any(_only_a_share(part) for part in (forms[:head], forms[n - tail :])):
        return [segment]
    whole = index.fuzzy(" ".join(forms), _ONE_PASSAGE_MIN)
    if whole is not None:
        # Nearly one passage's words: a changed word ("not" for "now"), not two passages.
        return [segment]

    def sentences(words: list[str]) -> set[int]:
        """Report offsets of the sentences holding each occurrence of ``words``."""
        at = [index.sentence_of(a) for a in found(words)]
        return {s.start for s in at if s is not None}

    cuts = range(n - tail, head + 1)
    if any(sentences(forms[:k]) & sentences(forms[k:]) for k in cuts):
        return [segment]
    cut = toks[head].start
    return [
        Segment(segment.text[:cut].rstrip(" ,;"), segment.after_gap),
        Segment(segment.text[cut:], after_gap=False),
    ]


# A word the release may put between two report sentences it runs into one ('..., and
# social workers value group supervision'): its own join, not the report's words.
_JOINING = frozenset({"and", "but", "while", "whilst"})


def _only_a_share(words: list[str]) -> bool:
    """True when the words are no more than a share and function words ('the vast
    majority of', 'most of the'): words any sentence may hold, no report text of its own."""
    return not [w for w in words if w not in FUNCTION_WORDS and not _SHARE.fullmatch(w)]


_SHARE = re.compile(rf"{SUBJECT_SHARES}|vast|all|every|each|not|no", re.I)


def _longest(holds, n: int) -> int:
    """The largest k <= n for which ``holds(k)`` is true, for a ``holds`` true up to some k."""
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        lo, hi = (mid, hi) if holds(mid) else (lo, mid - 1)
    return lo


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
        shared = sum(
            len((op.release or "").split())
            for op in diff
            if op.op == "equal" or all(op is not c for c in changed)
        )
        rank = (shared, -len(changed))
        if shared >= _SHARED_WORDS_MIN * len(release_tokens) and (best is None or rank > best[0]):
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
        start, end = index.span(at)
        return _one_mark(report.text[start:end]).strip(_EDGE_PUNCT) == ours

    if printed(segment.alignment):
        return True
    return any(
        printed(at)
        for at in index.occurrences(normalise(segment.text).text)
        if at != segment.alignment
    )


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


def _role(claim: Claim) -> str:
    return claim.attribution.role if claim.attribution else "unattributed"


def _speaker(claim: Claim) -> str:
    if claim.attribution and claim.attribution.speaker:
        return claim.attribution.speaker
    return {"council": "the council", "other": "someone other than Ofsted"}.get(_role(claim), "")


def _cites_report(claim: Claim, ctx: Context) -> bool:
    """True when the release paragraph holding the quote names the report or Ofsted: a
    council speaker there is relaying the report's words ("The report states that
    ..."), not passing them off as their own. A speaker in their own first person ("Our
    staff have worked relentlessly ...") is speaking for themselves, whatever the
    paragraph names."""
    text = ctx.release.text
    start, end = line_around(text, claim)
    para = text[start:end]
    relayed = _relayed(claim.text)
    if relayed != claim.text:
        return not FIRST_PERSON.search(relayed)  # "As the report says, our staff …": theirs
    if FIRST_PERSON.search(claim.text):
        return False
    return mentions_inspectors(para.replace(claim.text, " ")) or bool(_TOLD.search(para))


_SIGNATURE_LEAD = " \n—–-"
"""What may stand between a quotation's line and the name signing it below."""


def _attributed_here(claim: Claim, text: str) -> bool:
    """True when the speaker is named beside the quotation: in its own release paragraph,
    or in the paragraph opening a quotation or list it continues (every paragraph after
    the speaker's opens with a quotation mark or a list marker). A speaker carried over
    from further back ("He said:", "It added:" between) is a guess, not evidence for a
    flag. A speaker opening the line below signs the quotation (a tweet's "— Barnet
    Council (@BarnetCouncil)")."""
    a = claim.attribution
    if a is None:
        return False
    if a.start is None:
        return True  # placed by the extractor without a span (a passive): nothing to weigh
    own, end = line_around(text, claim)
    if a.start >= own:
        return a.start < end or not text[end : a.start].strip(_SIGNATURE_LEAD)
    following = text[text.find("\n", a.start) + 1 : claim.start].split("\n")
    return all(_continues(p.lstrip()) for p in following if p.strip())


def _continues(line: str) -> bool:
    """True when a release line goes on with a quotation or a list: it opens with a
    quotation mark or a list marker ('•', '»', '1.')."""
    return line[:1] in _OPENING_MARKS or bool(LIST_MARKER.match(line))


def _own_words(claim: Claim, text: str) -> bool:
    """True when the quotation is clearly a person's own words: a person named in the
    release speaks them (not a body, a document or a guess from a passive or a pronoun),
    and they do not echo words quoted elsewhere in the release."""
    a = claim.attribution
    named = a is not None and bool(a.speaker) and a.start is not None and is_person(a.speaker)
    return named and not _echoes(claim, text)


def _echoes(claim: Claim, text: str) -> bool:
    """True when a run of ``_ECHO_WORDS`` of the quotation's words is also in the release
    outside it: a speaker repeating words quoted before ('as inspectors said, ...')."""
    words = [t.form for t in tokens(claim.text)]
    rest = " " + " ".join(t.form for t in tokens(text[: claim.start] + " " + text[claim.end :]))
    return any(
        f" {' '.join(words[i : i + _ECHO_WORDS])} " in rest + " "
        for i in range(len(words) - _ECHO_WORDS + 1)
    )


def _given_elsewhere(claim: Claim, text: str) -> str | None:
    """The release paragraph that gives the quotation's very words to someone other than
    Ofsted (an official, the council's self-assessment: a paragraph not naming inspectors
    or the report), when there is one outside the quotation; None otherwise. Positive
    evidence of where words the report lacks come from."""
    words = [re.escape(t.form) for t in tokens(claim.text)]
    if len(words) < 2:
        return None
    pattern = re.compile(r"\b" + r"\W+".join(words) + r"\b", re.IGNORECASE)
    for m in pattern.finditer(text):
        if claim.start <= m.start() < claim.end:
            continue
        start = text.rfind("\n", 0, m.start()) + 1
        end = len(text) if (e := text.find("\n", m.end())) < 0 else e
        para = text[start : m.start()] + " " + text[m.end() : end]
        if not mentions_inspectors(para):
            return " ".join(text[start:end].split())
    return None


def _lead_in(claim: Claim, text: str) -> str:
    """The release paragraph's words before the quotation."""
    return text[text.rfind("\n", 0, claim.start) + 1 : claim.start]


# The provisional checks of a quotation found in the report (``common.provisional``): each
# rests on a reading of the release (who speaks) or of the report's words around it (a
# negation among the words before it, what the sentence gives them to), and none has yet
# raised a correct flag on a real release.
_GIVEN_TO_SPEAKER = "the report's words read as given to a council speaker"
_NEGATED = "the report's words found only negated or limited"
_OF_OTHER = "the report's words said there of something else"
_DENIED = "the report's sentence read as going on to deny the quoted words"


def check_quote(claim: Claim, ctx: Context, report: Report) -> CheckedClaim:
    """The verdict for one quotation against one report: each path a step of its own, so
    that a verdict names the one that built it (``decided_by``), tried in this order."""
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
        return _not_found(claim, ctx, report, segs, context)
    found = _found(claim, ctx, report, segs)
    return (
        _someone_elses_words(claim, ctx, found)
        or _given_to_speaker(claim, ctx, found)
        or _spliced(claim, found)
        or _given_elsewhere_in_release(claim, ctx, found)
        or _misquoted(claim, found)
        # What the report's words say where they stand is asked of a minor variation too:
        # a capital or an inflection ('Educational progress', 'instigates') changes no sense.
        or _negated(claim, ctx, report, found)
        or _of_other(claim, ctx, report, found)
        or _as_printed(claim, ctx, report, found)
    )


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


def _spoken(claim: Claim, ctx: Context) -> bool:
    """True for an official's words in their own voice: given to them here or in their own
    first person, even when their name was carried from paragraphs before ("She added:
    “Our social workers …”": never the report's, which speaks of the council in the third
    person), and not relaying the report its paragraph names."""
    return (
        _role(claim) in OWN_WORDS_ROLES
        and (_attributed_here(claim, ctx.release.text) or bool(FIRST_PERSON.search(claim.text)))
        and not _cites_report(claim, ctx)
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
    if changed and _role(claim) == "unattributed" and _stands_alone(claim, ctx.release.text):
        return verdict(
            claim,
            "not_checkable",
            "A quotation standing alone with nobody named for it, differing from the report "
            f"({describe(changed)}): whose words they are is not said, so not flagged; "
            "nearest report words shown.",
            evidence,
        )
    if found.short and changed and _spoken_by_official(claim, ctx.release.text):
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
    if not (found.spoken and not found.short and _own_words(claim, ctx.release.text)):
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
    if theirs := _given_elsewhere(claim, ctx.release.text):
        return _misattributed_from_release(claim, theirs, found.evidence)
    return None


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


def _as_printed(claim: Claim, ctx: Context, report: Report, found: Found) -> CheckedClaim:
    """minor_variation when the words differ from the report's only as the conventions
    allow (a bracket, a house style, case, punctuation, spelling, inflection); supported
    when verbatim, a marked omission ("the experience ... of many children") included:
    how a quotation leaves words out, the words given being the report's."""
    segs, diff = found.segs, found.diff
    bracketed = any(_BRACKET.search(piece) for piece in _pieces(claim))
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


def _negated_in_report(
    claim: Claim, segs: list[Segment], ctx: Context, report: Report
) -> str | None:
    """The report's words 'not yet consistently sharp' when a quotation ('inspectors
    found recording "consistently sharp"') stands in the report only just after a
    negation, and the release's sentence does not negate it itself: the report's words
    given with the opposite sense (the conventions' misleading). A longer quotation cut
    just after the negation ('assessments are "consistently informed by a detailed
    chronology"' for 'not consistently informed by ...') is the same cut, surer the more
    words it holds. A limit just before the words ('Most children in Southend's care live in
    stable homes' quoted from 'children ...') is cut the same way, unless the release's
    sentence limits them itself ('most children "live in stable homes"'). None otherwise."""
    if len(segs) != 1:
        return None
    own = ctx.sentence_around(claim).replace(claim.text, " ")
    if NEGATION.search(own):
        return None
    negated = []
    for start, end in _report_places(segs[0], ctx, report):
        before = _CLAUSE_BREAK.split(report.text[max(0, start - _NEGATED_BEFORE) : start])[-1]
        said = " ".join(before.split()[-_NEGATION_WORDS:])
        limited = _LIMIT_BEFORE.search(said) and not LIMITED.search(own)
        negation = NEGATION.search(said) and not _negated_in_subject(said, report.text[start:end])
        if not (negation or limited) or NOT_ONLY.search(said):
            return None
        negated.append(f"{said} {report.text[start:end]}")
    return negated[0] if negated else None


def _report_places(seg: Segment, ctx: Context, report: Report) -> list[tuple[int, int]]:
    """Every place the report prints a quotation's words, or, when it prints them only
    in another case or inflection ('instigate' for the release's 'instigates'), the
    place the quotation was put: the report's words whose sense the release gives."""
    index = ctx.index(report)
    found = index.occurrences(normalise(seg.text).text) or [seg.alignment]
    return [index.span(alignment) for alignment in found]


def _denied_after(claim: Claim, segs: list[Segment], ctx: Context, report: Report) -> str | None:
    """The report's words 'is improving but is not yet good enough' when a quotation
    ('educational progress ... "is improving"') stops where the report's sentence goes on
    to deny the very predicate it quotes, with the same subject and no word of its own
    (``words.qualifiers.DENIED_AFTER``: 'but is not', 'but are not yet'), at every place
    the report prints the words, and the release's sentence neither negates nor limits
    them itself. A clause with a subject of its own ('..., although practice is not yet
    consistent', '..., but it is not always recorded') says something else, which the
    quotation need not carry. None otherwise."""
    if len(segs) != 1:
        return None
    own = ctx.sentence_around(claim).replace(claim.text, " ")
    if NEGATION.search(own) or LIMITED.search(own):
        return None
    denied = []
    for start, end in _report_places(segs[0], ctx, report):
        after = report.text[end : end + _DENIED_AFTER_CHARS]
        match = DENIED_AFTER.match(after)
        if match is None:
            return None
        rest = SENTENCE_END.split(after[match.end() :], maxsplit=1)[0]
        denied.append(" ".join(f"{report.text[start:end]}{after[: match.end()]}{rest}".split()))
    return denied[0] if denied else None


_FINITE_START = re.compile(rf"(?:{BE_DONE}|has|have|had)\b", re.I)


def _negated_in_subject(said: str, quoted: str) -> bool:
    """True when the negation before a quotation negates a word of its subject's clause,
    not the quotation: the quotation opens on its own verb after a word that is no
    negation or adverb ('areas that are not progressing are identified and actions
    agreed', 'those who do not attend school ... are known'); 'do not routinely receive',
    'not yet consistently' reach the words after them."""
    last = said.split()[-1] if said.split() else ""
    return (
        bool(_FINITE_START.match(quoted))
        and not NEGATION.search(last)
        and not last.lower().endswith("ly")
    )


def _said_of_other(
    claim: Claim, segs: list[Segment], ctx: Context, report: Report
) -> str | None:
    """Where the report puts a short quotation given to inspectors when it stands there
    only in sentences about something else (``said_of_others``), and the bundled encoder,
    where there is one, finds the release's words and each report subject not close.
    None otherwise."""
    said = said_of_others(claim, segs, ctx, report)
    if said is None:
        return None
    ours, theirs = said
    if ctx.encoder is not None and _close(ctx, ours, [subject for _, subject in theirs]):
        return None
    sentence, subject = theirs[0]
    return f"says them of '{subject}': '{sentence}'"


def said_of_others(
    claim: Claim, segs: list[Segment], ctx: Context, report: Report
) -> tuple[str, list[tuple[str, str]]] | None:
    """For a short quotation given to inspectors ('inspectors found leadership "strong and
    effective"') that the report has only in sentences about something else ('Partnership
    working is strong and effective'), read by words alone: the release's words it is said
    of (``_said_before``) and each report sentence holding it with that sentence's subject.
    ``_said_of_other`` then asks the encoder whether the two are far apart, and
    ``lookups`` asks this first, to encode them before any claim is checked.

    Each report sentence must give the words as the predicate of a subject of its own,
    and the release's own words around them (its speaker, reporting verb, council, council
    name, staff, children and families left out) share no content word with any report
    sentence holding them (outside the quotation). Positive evidence only (session 9, lane
    quotes6: it raised one false flag on the test part): a release naming the thing only by
    a pronoun ('it is "safe and suitable"'), or by words the report never uses (the report
    would name it so if it meant it: 'our emergency duty service' for its 'out of hours'),
    a release subject and a report subject of one group of referents ('the director and her
    team' and 'Leaders', `words.referents`), a quotation the report says of several
    subjects (about none in particular), a release sentence naming nothing but the council,
    its staff or children, a report sentence whose subject is only those or a pronoun,
    words used attributively, or a quotation found in many places, is no flag. None
    otherwise."""
    words = len(tokens(claim.text))
    if _role(claim) != "inspectors" or len(segs) != 1:
        return None
    if not _SAID_OF_MIN_WORDS <= words < _MISATTRIBUTION_MIN_WORDS:
        return None
    own = ctx.sentence_around(claim)
    ours = _subject_words(own.replace(claim.text, " "))
    before = _CLAUSE_BREAK.split(own.split(claim.text)[0])[-1].rstrip(_EDGE_PUNCT)
    if not ours or _SAID_OF_PRONOUN.search(before):
        return None
    said_of = _release_subject(before)
    if not _named_in(report, said_of, ours):
        return None
    index = ctx.index(report)
    found = index.occurrences(normalise(claim.text).text)
    if not found or len(found) > _SAID_OF_MAX_PLACES:
        return None
    theirs = []
    for alignment in found:
        sentence = index.sentence_of(alignment)
        if sentence is None:
            return None
        start, end = index.span(alignment)
        subject = _subject_of(report.text[sentence.start : start])
        around = report.text[sentence.start : start] + " " + report.text[end : sentence.end]
        if not subject or ours & (content_words(around) - content_words(claim.text)):
            return None
        theirs.append((" ".join(report.text[sentence.start : sentence.end].split()), subject))
    subjects = [subject for _, subject in theirs]
    if any(_same_referent(said_of, subject) for subject in subjects) or not all(
        _same_referent(subjects[0], subject) for subject in subjects[1:]
    ):
        return None
    return _said_before(own, claim.text), theirs


# A release clause giving the quotation to a pronoun ('the report says it is', 'they
# were described as'): what the words are said of is not named, so nothing to compare.
_SAID_OF_PRONOUN = re.compile(
    rf"\b(?:{PRONOUNS}|{RELATIVES})(?:\s+(?:{BE}|has|have|had))*(?:\s+\w+ly)?"
    rf"(?:\s+(?:{REPORTING_VERBS}))?(?:\s+as)?\s*$",
    re.I,
)


# Where the release's frame stands in the clause before a quotation: its source and
# reporting verb ('Council bosses claim the watchdog judged', 'were described as').
_SAID_OF_FRAME = re.compile(
    rf"\b(?:{INSPECTORS_SOURCE}|{REPORTING_VERBS}|{FINDING_VERBS}|claim\w*)\b", re.I
)


def _release_subject(before: str) -> str:
    """What the release's clause before a quotation gives it to, its frame left out: the
    last stretch between frame words naming something ('the authority's financial planning'
    of 'Council bosses claim the watchdog judged the authority's financial planning', 'The
    director and her team' of 'The director and her team were described as'); '' when
    none does."""
    pieces = _SAID_OF_FRAME.split(before)
    return next((p for p in reversed(pieces) if _subject_words(p) or groups(p)), "")


def _named_in(report: Report, subject: str, ours: set[str]) -> bool:
    """True when the report uses at least half the content words the release names the
    thing by (its subject, else its sentence's own words): only then would the report,
    meaning that thing, have named it, so that a sentence of its about another subject
    tells of something else, not of the same thing in other words ('our emergency duty
    service' for the report's 'out of hours' responses)."""
    named = _subject_words(subject) or ours
    return 2 * len(named & content_words(report.text)) >= len(named)


def _same_referent(a: str, b: str) -> bool:
    """True when two subjects are one referent in other words: the same group
    ('Managers' and 'the director and her team') or a content word in common."""
    return bool(groups(a) & groups(b) or _subject_words(a) & _subject_words(b))


_SAID_OF_SPEAKERS = re.compile(
    rf"\b(?:{INSPECTORS_SOURCE}|{REPORTING_VERBS}|{FINDING_VERBS}|{COUNCIL_WORD}|"
    rf"{COUNCILS_WORD}|children['’]?s services|services?|work|inspect\w*|{STAFF}|{CHILDREN})\b",
    re.I,
)
# The words before a quotation that make it a predicate: 'is', 'are consistently'.
_SAID_OF_PREDICATE = re.compile(rf"\b(?:{BE})(?:\s+\w+ly)?\s*$", re.I)
# A subject that is a pronoun ('They have a tangible impact ... and are impressive
# champions'), or one a relative or a second predicate leaves further back ('It offers a
# service that is flexible'): what the words describe is not in the clause.
_SAID_OF_ELSEWHERE = re.compile(
    rf"^(?:{PRONOUNS}|we|there|{RELATIVES})\b|\b(?:and|but|or|that|{RELATIVES})$",
    re.I,
)
# An aside in brackets ('Personal advisers (PAs) are ...') is no clause break.
_PARENTHESIS = re.compile(r"\([^()]*\)")
# A quotation said of something else needs at least this many words (one word recurs
# everywhere), in at most this many report places.
_SAID_OF_MIN_WORDS, _SAID_OF_MAX_PLACES = 2, 3
# The encoder finds the release's words and a report sentence's about the same thing at
# this cosine or above.
_SAID_OF_CLOSE = 0.4


def _subject_of(before: str) -> str | None:
    """The subject a report clause gives a quotation's words as its predicate ('Partnership
    working' of 'Partnership working is strong and effective'), None when the words stand
    otherwise (attributive: 'from passionate, dedicated and committed PAs'), or its subject
    is only the council, its staff or a pronoun, or stands further back (after 'and', 'that'):
    only there is what they describe plain."""
    clause = _CLAUSE_BREAK.split(_PARENTHESIS.sub(" ", before))[-1]
    if not (predicate := _SAID_OF_PREDICATE.search(clause)):
        return None
    subject = clause[: predicate.start()].strip()
    if _SAID_OF_ELSEWHERE.search(subject):
        return None
    return subject if _subject_words(subject) else None


def _subject_words(own: str) -> set[str]:
    """The content words a release sentence gives of its own beside a quotation: not its
    speaker or reporting verb, not the council or its name, not first-person words."""
    text = FIRST_PERSON.sub(" ", _SAID_OF_SPEAKERS.sub(" ", unnamed(own)))
    return content_words(text)


# The release's frame and the council: what a release sentence says beside the thing it
# gives a quotation to, left out of the words the encoder reads.
_SAID_OF_TELLER = re.compile(
    rf"\b(?:{INSPECTORS_SOURCE}|{REPORTING_VERBS}|{FINDING_VERBS}|{COUNCIL_WORD}|"
    rf"{COUNCILS_WORD}|children['’]?s services)\b",
    re.I,
)


def _said_before(own: str, quotation: str) -> str:
    """The release's words the quotation is said of, for the encoder: its clause before
    the quotation, speaker and council left out ('the leadership was' of 'Inspectors said
    the council's leadership was "strong and effective"'); the whole sentence so when
    that clause names nothing. Function words are left out: an encoder that counts words
    would find 'its work with care leavers' close to 'relationships with social workers'.
    Words of staff, children and families stay: they are what the thing is ('work to hear
    children's views' is the report's 'the promotion of the voice of the child' at 0.62;
    'hear views' alone was at 0.26, and flagged)."""
    before = _CLAUSE_BREAK.split(own.split(quotation)[0])[-1]
    text = before if _subject_words(before) else own.replace(quotation, " ")
    text = FIRST_PERSON.sub(" ", _SAID_OF_TELLER.sub(" ", unnamed(text)))
    return " ".join(w for w in text.split() if w.lower() not in FUNCTION_WORDS).strip(_EDGE_PUNCT)


def _close(ctx: Context, ours: str, theirs: list[str]) -> bool:
    """True when the encoder finds the release's words close to any report sentence's."""
    vectors = ctx.encoder.encode([ours, *theirs])
    return bool((vectors[1:] @ vectors[0] >= _SAID_OF_CLOSE).any())


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
    return " ".join(report.text[end:start].split()).strip(_EDGE_PUNCT) or None


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
    if role == "inspectors" and _spoken_by_official(claim, ctx.release.text):
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
    if role == "inspectors" and not _attributed_here(claim, ctx.release.text):
        why = (
            f"{where} not in {report.label}; it is given to Ofsted only by a speaker named "
            "paragraphs before, so it is not flagged; nearest passage shown."
        )
        return verdict(claim, "not_checkable", why, near)
    if role == "inspectors" and (theirs := _given_elsewhere(claim, ctx.release.text)):
        return _misattributed_from_release(claim, theirs, near)
    if role == "inspectors" and (reworded := _reworded(claim, ctx, report, segs, context)):
        return reworded
    if role == "inspectors":
        return verdict(
            claim,
            "misattributed",
            f"{where} attributed to Ofsted but not in {report.label}; nearest passage shown.",
            near,
        )
    # Not given to inspectors or the report: not finding the words is no evidence
    # of an error, so it is said, with the nearest passage, but not flagged.
    why = f"{where} not in {report.label} and not attributed to Ofsted; nearest passage shown."
    return verdict(claim, "not_checkable", why, near)


_SINCE = re.compile(r"\bsince\b[^,;.]{0,40}$", re.I)
_VISIT_NAMED = re.compile(r"\b(?:inspection|visit|report|letter)\b", re.I)


def _dated_earlier(claim: Claim, ctx: Context, report: Report) -> str | None:
    """The words of the quotation's own sentence before it that give it to an earlier
    inspection than the report's ('At the last inspection in 2017, inspectors said', 'In
    2017, the report found'): that visit's report holds the words, if any does, so not
    finding them here is no evidence they were misattributed (was: misattributed, or with
    the archive 'these words are from' the very report the release named). None when the
    sentence dates nothing, or dates the visit at hand, or a year or 'two years ago' names
    no visit and no inspectors follow it ('the team, set up two years ago, was')."""
    own = ctx.sentence_around(claim)
    before = own[: max(own.find(_pieces(claim)[0]), 0)]
    visit = report.inspection_start or report.inspection_end
    for m in AT_EARLIER_VISIT.finditer(before):
        year = m["y"] or m["z"]
        if _SINCE.search(before, 0, m.start()):
            continue  # 'since the last inspection in 2017, leaders have': a change told now
        if not _VISIT_NAMED.search(m.group()) and not mentions_inspectors(before[m.end() :]):
            continue  # 'the team, set up two years ago, was': dates the team, not a visit
        if year is None or (visit is not None and int(year) < visit.year):
            return m.group().strip()
    return None


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
    significant challenges"), or every content word, in another form or order, in one
    sentence ("deteriorated significantly" for "significant deterioration"). Both are
    flags; the verdict says which error the words show."""
    index = ctx.index(report)
    for seg in segs:
        if seg.alignment is None:
            place(seg, ctx, report, context, sentences=_REWORDED_SENTENCES)
    if all(s.alignment is not None for s in segs):
        diff = [op for s in segs for op in (s.diff or [])]
        if changed := substantive(diff, _abbreviations(report, claim.text)):
            evidence = _evidence([[s] for s in segs], ctx, report)
            why = f"Words differ from the report: {describe(changed)}."
            return verdict(claim, "misquoted", why, evidence, diff)
    words = content_words(" ".join(s.text for s in segs))
    if len(words) < _REWORDED_MIN_WORDS:
        return None
    holder = next((s for s in index.sentences if words <= content_words(s.text)), None)
    if holder is None:
        return None
    why = (
        f"Not in these words in {report.label}; one sentence has every word in another form "
        f"or order: '{holder.text}'"
    )
    return verdict(claim, "misquoted", why, [index.evidence(holder.start, holder.end, 1.0)])


def _stands_alone(claim: Claim, text: str) -> bool:
    """True when the quotation is the whole of its paragraphs, marks aside: a statement
    set apart (a block quotation, a pull quote) whose speaker no words give, unlike a
    phrase quoted inside the release's own sentence."""
    start, end = line_around(text, claim)
    return not (text[start : claim.start] + text[claim.end : end]).strip(_EDGE_PUNCT)


def _unmarked_paragraph(claim: Claim, text: str) -> bool:
    """True when the quotation (one paragraph of a longer one) opens its paragraph with
    no quotation mark of its own: read as the quotation going on, it may be the release's
    own words, so not finding it in the report is no evidence of a misattribution."""
    return text[: claim.start].rstrip(" \t").endswith("\n")


def _spoken_by_official(claim: Claim, text: str) -> bool:
    """True when the speaker, or the paragraph's words before the quotation, name an
    Ofsted official speaking to the press, a post on social media ("Ofsted (@Ofstednews)
    tweeted:"), or inspectors telling someone, in the paragraph before or after the words
    ("Lead inspector Jo Park told the board that ...", '"...," the lead inspector said in an
    interview', "Inspectors told managers at the end of the inspection that ..."): spoken
    words, not the report's."""
    speaker = claim.attribution.speaker if claim.attribution else None
    lead = _lead_in(claim, text)
    # The frame may follow the words too: '"...," the lead inspector said in an interview'.
    frame = lead + " " + text[claim.end : line_around(text, claim)[1]]
    return bool(
        OFSTED_OFFICIAL.search(speaker or "")
        or OFSTED_OFFICIAL.search(lead)
        or _SOCIAL_POST.search(lead)
        or (speaker and _ONE_INSPECTOR.search(speaker) and _TOLD_SOMEONE.search(frame))
        or _INSPECTORS_TOLD.search(lead)
    )


def _from_elsewhere(claim: Claim, ctx: Context, report: Report) -> CheckedClaim | None:
    """Misattributed, naming the source, when another archived report (another council's,
    an older inspection) holds the words nearly verbatim and the report given is clearly
    further from them; the council's own earlier reports are named first. Only a
    distinctive quotation is traced: a short one, or one that many councils' reports
    hold, says nothing of where it came from."""
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
        f"Not in {', '.join(r.label for r in ctx.reports)}; these words are from "
        f"{source.report.label} ({where}){others}.",
        [evidence],
    )
