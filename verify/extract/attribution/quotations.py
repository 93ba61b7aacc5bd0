"""``attribute_quotes``: one attribution per quotation, the rules tried nearest first.

Quotations are blanked (``mask_spans``) so a verb inside one is never read as the release's
own. A quotation nested in a speaker's own is Ofsted's, as the speaker names them; any other
is given its speaker by its own sentence (``sentence``), the sentences and paragraph around
it (``context``), or a pronoun resolved to a speaker named before (``cues``). A speaker
carried over or guessed is dropped when it is Ofsted and the words speak in the first
person. Also ``resumes``: a quotation broken by its attribution on one line is one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import replace

from verify.extract.attribution.context import (
    _closes_paragraph,
    _ends_before,
    _from_previous_paragraph,
    _is_heading,
    _named_after_sentences,
    _named_next,
    _opens_paragraph,
    _opens_sentence,
    _previous_subject,
    _sentence_at,
)
from verify.extract.attribution.cues import (
    _Earlier,
    _known_speaker,
    _speaks_for_self,
    _stands_for,
    _surnames,
    _to_attribution,
)
from verify.extract.attribution.sentence import _cue_in_sentence
from verify.extract.attribution.subjects import _INSPECTORS_NP
from verify.extract.quotes import QuoteMatch
from verify.extract.text import Paragraph, Sentence
from verify.types import Attribution
from verify.words.clauses import JOINING_WORDS
from verify.words.marks import MARKS
from verify.words.speakers import (
    FIRST_PERSON,
    REPORTING_VERB,
)

_MARK = f"[{re.escape(MARKS)}]"
_RESUMING = re.compile(
    rf"{_MARK}[ \t]*(?P<comma>,?)[ \t]*(?P<frame>[^.;:!?\n{re.escape(MARKS)}]{{2,80}}?)"
    rf",[ \t]*{_MARK}"
)
"""What stands between a quotation's two parts when its attribution breaks it ('…,” the
report says, “…'): a closing mark, a frame with no stop, a comma and an opening mark."""


_JOINING = re.compile(rf"\s*(?:{JOINING_WORDS}|yet|or)\b", re.I)
"""A word joining a clause of the release's own to the quotation before: what follows is
no frame breaking one quotation ('Care leavers “…”, and the adoption service, rated
outstanding in 2016, “…”': drift42, two quotations read as one and called spliced)."""


def resumes(text: str, first: QuoteMatch, second: QuoteMatch) -> bool:
    """True when ``second`` is the rest of ``first``, one quotation broken by its
    attribution on one line ('“A. B,” the report says, “C. D.”'): the first part ends in a
    comma, and only a frame with a reporting verb and a comma stands between them, not
    opening on a joining word (``_JOINING``). The conventions judge one paragraph's
    quotation as one passage, so its parts are one claim whose report words must be
    adjacent (else spliced); read as two quotations, a splice across the break went unseen
    (lane extract18)."""
    if second.start <= first.end:
        return False
    m = _RESUMING.match(text, first.end, second.start)
    if m is None or m.end() != second.start or not REPORTING_VERB.search(m["frame"]):
        return False
    if _JOINING.match(m["frame"]):
        return False  # ', and the adoption service, rated outstanding in 2016, “…”': a clause
    return bool(m["comma"]) or text[first.end - 1 : first.end] == ","


_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
"""A web address: its words ('reports.ofsted.gov.uk') are no verb or speaker."""


def mask_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with the quoted words blanked (same length, so offsets hold), so that
    a verb or grade inside a quotation is never read as the release's own; but for a year
    closing a quotation that a relative clause of the release's own hangs on ('“... since
    the last inspection in 2021”, when every area was rated good': drift43, the clause was
    read as today's and contradicted by today's table), which dates that clause."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    for year in _YEAR_HUNG_ON.finditer(text):
        chars[year.start() : year.end()] = year.group()
    return "".join(chars)


_YEAR_HUNG_ON = re.compile(r"\b(?:19|20)\d\d(?=[’'\"”]+,?\s+(?:when|which)\b)")
"""A year closing a quotation, a relative clause after it."""


def _words(text: str, quote: QuoteMatch) -> str:
    """A quotation's words, its paragraphs joined by a space."""
    return " ".join(text[s:e] for s, e in quote.pieces)


def _nesting(earlier: Sequence[QuoteMatch], quote: QuoteMatch) -> tuple[int, int] | None:
    """The piece of an earlier quotation that ``quote`` is nested in, if any."""
    for before in reversed(earlier):
        for start, end in before.pieces:
            if start <= quote.start and quote.end <= end and (start, end) != quote.pieces[0]:
                return start, end
    return None


def _nested_attribution(text: str, outer: tuple[int, int], quote: QuoteMatch) -> Attribution:
    """A quotation nested in a speaker's own, which the speaker gives to Ofsted or its
    report (the scanner keeps no other): the last name for them before it, in the
    speaker's words ("I am pleased that inspectors recognised our ‘…’")."""
    lead = text[outer[0] : quote.start]
    named = list(_INSPECTORS_NP.finditer(lead))
    if not named:
        return Attribution(role="inspectors")
    start, end = outer[0] + named[-1].start(), outer[0] + named[-1].end()
    return Attribution(speaker=text[start:end], role="inspectors", start=start, end=end)


def _not_the_reports(text: str, quote: QuoteMatch, attr: Attribution) -> bool:
    """True when a speaker carried over from the quotation before, or guessed from the
    sentence before's subject, is Ofsted or its report, but the quotation speaks in the
    first person ("We are pleased ...", "our staff"): a report never does, so the words
    are someone else's, their speaker unnamed (an official's quotation placed after the
    inspectors', named only further on)."""
    return attr.role == "inspectors" and bool(FIRST_PERSON.search(_words(text, quote)))


def attribute_quotes(
    text: str,
    paras: Sequence[Paragraph],
    sents: Sequence[Sentence],
    quotes: Sequence[QuoteMatch],
) -> list[Attribution]:
    """One attribution per quotation, in the order given (sorted by start)."""
    para_of = {p.index: p for p in paras}
    masked = mask_spans(text, [m.span() for m in _URL.finditer(text)])
    masked = mask_spans(masked, (p for q in quotes for p in q.pieces))
    found: list[Attribution] = []
    earlier = _Earlier()
    previous: tuple[QuoteMatch, Attribution] | None = None
    quote_para_attr: dict[int, Attribution] = {}
    speaking: dict[int, Attribution] = {}  # a person whose words close the paragraph
    roles: dict[str, str] = {}  # the role of each speaker named in full, by surname
    starts = [s.start for s in sents]
    quoting = {bisect_right(starts, at) - 1 for q in quotes for at in (q.start, q.end - 1)}
    read = 0  # sentences before this quotation whose framed speaker has been read
    reaching: list[QuoteMatch] = []  # the earlier quotations that end after this one opens
    for quote in quotes:
        # One ending before this quotation opens holds no later one either (sorted by start):
        # a long release is not scanned whole again for each of its quotations.
        reaching = [before for before in reaching if before.end >= quote.start]
        outer = _nesting(reaching, quote)
        reaching.append(quote)
        if outer is not None:
            found.append(_nested_attribution(text, outer, quote))
            continue
        while read < len(sents) and sents[read].end <= quote.start:
            if read not in quoting:  # a quotation's sentence is read with the quotation
                said = earlier.framed(masked[sents[read].start : sents[read].end])
                if said is not None and _closes_paragraph(sents, starts, sents[read]):
                    speaking[sents[read].paragraph] = said
            read += 1
        sent = _sentence_at(sents, starts, quote.start)
        para = para_of[sent.paragraph] if sent else None
        cue = _cue_in_sentence(masked, sent, quote, _words(text, quote)) if sent else None
        if cue is None and sent is not None:
            cue = _named_after_sentences(masked, sents, starts, sent, quote)
        alone = cue is None and sent is not None and _opens_sentence(masked, sent, quote)
        guessed = False
        if cue is not None and cue.role == "pronoun":
            before = _previous_subject(masked, sents, starts, sent, pronoun=True)
            if before is not None and _stands_for(cue.speaker, before):
                cue = before
            elif not _opens_paragraph(sents, starts, sent):
                # "Councillors discussed it. They said …": 'they' may be the sentence
                # before's subject, unread, so the last speaker it is taken for is a guess.
                cue = replace(cue, start=None, end=None)
        elif alone:
            cue = _named_next(masked, sents, starts, quote)
            guessed = cue is None  # the sentence before's subject, if any, is a guess
            cue = cue or _previous_subject(masked, sents, starts, sent, active_only=True)
        attr = _to_attribution(cue, earlier) if cue else None
        carried = attr is None or (alone and guessed)
        if attr is None and alone and previous and _ends_before(sents, starts, sent, previous[0]):
            attr = previous[1].model_copy()  # “…,” he added. “…”: the same speaker goes on
        if attr is None and para is not None:
            before = paras[para.index - 1] if para.index else None
            carried = before is not None and (
                before.index in quote_para_attr or _is_heading(masked[before.start : before.end])
            )
            going_on = {**speaking, **quote_para_attr}
            attr = _from_previous_paragraph(masked, paras, para, quote, going_on, earlier)
        if carried and attr is not None and _not_the_reports(text, quote, attr):
            attr = None
        attr = _known_speaker(attr or Attribution(), roles)
        found.append(attr)
        previous = (quote, attr)
        if attr.speaker and attr.role in ("inspectors", "council"):
            roles.update(dict.fromkeys(_surnames(attr.speaker), attr.role))
        earlier.heard(attr, cue)
        if para is not None and quote.start - 1 <= para.start:
            last_para = _sentence_at(sents, starts, quote.end - 1)
            quote_para_attr[last_para.paragraph if last_para else para.index] = attr
        elif sent is not None and _speaks_for_self(attr) and _closes_paragraph(sents, starts, sent):
            speaking[sent.paragraph] = attr
    return found
