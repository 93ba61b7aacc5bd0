"""A quotation cut into the segments the quote checker places one by one.

A quotation is cut at its release paragraph breaks, at marked ellipses and brackets
(allowed omissions) and at sentence ends, after the speaker's frame relaying the report
('The report states that ...'); the abbreviations it may use for the report's words are
read here too. Punctuation every part of the checker reads is defined here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from verify.match import Alignment, tokens
from verify.types import Claim, DiffOp, Report, Span
from verify.words.sentences import SENTENCE_END
from verify.words.speakers import FINDING_VERBS, SAYING_VERBS, role_of

_ELLIPSIS = re.compile(r"\s*(?:\.\s?\.\s?\.|…|\[[^\]]*\])\s*")

_EDGE_PUNCT = " \t\n.,;:!?()'\"‘’“”-–—"

_CLAUSE_BREAK = re.compile(r"[,;:.!?()–—]")


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


def paragraph_pieces(claim: Claim) -> list[list[Span]]:
    """A quote claim's pieces grouped by the release paragraph each stands in: a line
    break between two pieces starts a new paragraph (``claim.text`` runs from the first
    piece to the last). One paragraph holds several when its quotation is broken by its
    attribution ('“A,” the report says, “B.”'): one passage, as the conventions judge it."""
    groups: list[list[Span]] = []
    for piece in claim.quote_pieces:
        if (
            groups
            and "\n" not in claim.text[groups[-1][-1].end - claim.start : piece.start - claim.start]
        ):
            groups[-1].append(piece)
        else:
            groups.append([piece])
    return groups


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
    opening = [k == 0 for group in paragraph_pieces(claim) for k in range(len(group))]
    for piece, opens_paragraph in zip(pieces, opening or [True] * len(pieces), strict=False):
        piece = _BRACKETED_LETTERS.sub(lambda m: m.group(1) or m.group(2), piece)
        for k, part in enumerate(_ELLIPSIS.split(piece)):
            for j, sentence in enumerate(SENTENCE_END.split(part)):
                if tokens(sentence):
                    opens = k == 0 and j == 0 and opens_paragraph
                    out.append(Segment(sentence, after_gap=(k > 0 or opens) and bool(out)))
    return out
