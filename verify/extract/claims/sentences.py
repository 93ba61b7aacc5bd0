"""``sentence_claims``, the ``claims`` stage's reading of a release sentence by sentence: who
speaks it (``voices``), its kind (``kind``), its values and parts (``parts``), each part dated
against the release's own years; and the inspectors' voice given to the unattributed
quotations in their sentences.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from verify.extract.attribution import mask_spans
from verify.extract.claims.found import (
    Found,
    _enclosing,
    _own_words_from,
    _Pieces,
    _roles,
    _unattributed,
)
from verify.extract.claims.kind import (
    _finding_beyond_quotes,
    _in_councils_voice,
    _kind,
    _official_quote,
    _quote_role,
    told_before_quoting,
)
from verify.extract.claims.lines import _blocks, _inspectors_lists, _row_values
from verify.extract.claims.parts import _parts, _said_beside_quotes, _visit_told_aside, frame_told
from verify.extract.claims.voices import _FINDING_VOICES, _Voices
from verify.extract.kinds import LIST_POINTS_BACK, Context, classify, timed
from verify.extract.text import Furniture, Paragraph, Sentence
from verify.extract.values import (
    inherit_grades,
    items_under_heading,
    judgement_pointed_back,
    list_introduced,
    listed_grades,
    parse_values,
    states_visit,
)
from verify.types import Attribution, ClaimValues, GradeMention
from verify.words.dates import dateline, own_years, parse_dates
from verify.words.speakers import FIRST_PERSON, POINTS_BACK, in_own_words, mentions_inspectors


def year_hint_of(text: str) -> int | None:
    """The year a date printed without one is read in: the release's own date (its
    dateline), else the first date of its opening, which may be an event's it recounts
    ('opened on 3 April 2022' in a release of 2023)."""
    if day := dateline(text):
        return day.year
    return next((d.year for d in parse_dates(text[:2000])), None)


def sentence_claims(
    text: str, paras: Sequence[Paragraph], sents: Sequence[Sentence], quotes: Sequence[Found]
) -> tuple[list[Found], list[Found]]:
    """A claim for every sentence that makes a checkable statement (or an opinion), and
    ``quotes`` with the inspectors as the speaker of each unattributed one that stands in
    a sentence in their voice ("Services for care leavers have ‘significantly improved’"
    after "Ofsted highlighted ..."), as the conventions say attribution follows the
    sentence and its neighbours. A quotation in the first person is a speaker's, never
    the report's; a quoted name a passive judgement is about ("the ‘It’s not OK’ campaign
    was praised by Ofsted") is no quotation of theirs."""
    masked = mask_spans(text, (p for q in quotes for p in q.pieces))
    year_hint = year_hint_of(text)
    release_years = own_years(text)
    lists = _inspectors_lists(text, paras)
    pieces = _Pieces(quotes)
    found: list[Found] = []
    previous_kind: str | None = None
    last_kind: str | None = None
    since_last: list[str] = []  # the sentences making no claim since the last claim
    graded: tuple[int, ClaimValues] | None = None  # the last graded claim's paragraph, values
    introduced: tuple[int, GradeMention] | None = None  # a list's block, and the grade it takes
    before = ""  # the sentence before, outside the page's furniture
    voices = _Voices(quotes)
    blocks = _blocks(paras)
    markers = {para.index: para.marker for para in paras}
    voiced: set[int] = set()  # ids of the unattributed quotes the inspectors' voice takes
    per_paragraph = Counter(sent.paragraph for sent in sents)  # one: the sentence is its line
    in_furniture = Furniture(text)
    for sent in sents:
        at_foot = in_furniture(sent.start)
        if at_foot and not in_furniture.at_foot(sent.start):
            continue  # the page around it: a link's headline ('Read more: ...')
        inside = _enclosing(pieces, sent)
        words = text[sent.start : sent.end] if inside else masked[sent.start : sent.end]
        listed = sent.paragraph in lists and inside is None
        cut = sent is sents[-1]
        at = (sent.paragraph, blocks.get(sent.paragraph, sent.paragraph))
        heard = voices.read(words, at, _roles(pieces, sent, inside), listed, cut)
        ctx = Context(
            quote_role=_quote_role(inside, heard),
            official_quote=_official_quote(inside, heard),
            inspectors_list=listed,
            after_finding=previous_kind == "finding"
            or (last_kind == "finding" and _lists_back(words, since_last)),
        )
        row = _row_values(words, year_hint) if per_paragraph[sent.paragraph] == 1 else None
        values = row or parse_values(words, year_hint)
        if values.improvements is None:
            values.improvements = items_under_heading(text[sent.start : sent.end], words)
        if not values.grades and graded and graded[0] == sent.paragraph:
            values.grades = inherit_grades(words, graded[1])
        block = blocks.get(sent.paragraph, sent.paragraph)
        if introduced and not (markers.get(sent.paragraph) and block == introduced[0]):
            introduced = None  # the list under the introduction has ended
        if introduced and not values.grades:
            values.grades = listed_grades(words, introduced[1])
        if (intro := list_introduced(words, values)) is not None:
            introduced = (block + 1, intro)  # its items are the next block
        values.grades, before = judgement_pointed_back(words, before, values.grades), words
        kind = _kind(heard, values, ctx) if inside is None else classify(words, values, ctx)
        if (councils := _in_councils_voice(heard, kind, inside)) is not heard:
            heard, kind = councils, "opinion"
        aside = None
        if not inside and (
            (
                kind == "finding"
                and values.improvements is None
                and not _finding_beyond_quotes(text, sent, pieces, words)
            )
            or (kind is None and words.rstrip().endswith(":"))  # a list's introduction
        ):
            aside = _visit_told_aside(words, year_hint) or (
                _said_beside_quotes(words, _quoted_at(pieces, sent), year_hint)
                if kind == "finding"
                else None  # a list's introduction quotes nothing: its words are no finding
            )
            if aside is None and kind == "finding" and told_before_quoting(sent, pieces, words):
                aside = (kind, 0, len(words), values)  # the release's own words, quoted after
            kind = aside[0] if aside else None
        elif inside is not None and kind is None and (quoted_at := _quoted_at(pieces, sent)):
            # A quotation holding most of its sentence after a frame telling the report's
            # publication or the visit ('The report, published today, said: "…"': drift41,
            # the day unchecked): the frame's fact is a claim of its own.
            aside = frame_told(words[:quoted_at], year_hint)
            kind = aside[0] if aside else None
        if POINTS_BACK.match(words):
            kind = None  # 'That is what the report says.': it points back, restating nothing
        if at_foot and not _read_at_foot(kind, words, values, year_hint):
            continue  # the publisher's notes, of the council or the framework in general
        previous_kind = kind
        if kind:
            last_kind, since_last = kind, []
        else:
            since_last.append(words)  # the last claim's kind holds across sentences making none
        voices.classified(at, kind, words, heard.voice)
        if heard.voice in _FINDING_VOICES and kind != "opinion" and not _of_them(inside, words):
            voiced.update(_unattributed(text, pieces, sent, words))
        if kind is None:
            continue
        if values.grades:
            graded = (sent.paragraph, values)
        parts = (
            [aside]
            if aside
            else []
            if inside or row
            else _parts(words, kind, values, ctx, year_hint)
        )
        own = 0 if inside else _own_words_from(text, pieces, sent)
        for part_kind, start, end, part_values in parts or [(kind, 0, len(words), values)]:
            start = max(start, own)
            if start >= end:
                continue
            # A rating whose every grade is earlier is a comparison and keeps its direction
            # ('services have remained good since 2010' says they are good now too).
            part_kind, part_values = timed(part_kind, part_values, release_years)
            speaks = part_kind != "opinion" or heard.voice == "official"
            attribution = heard.attribution if speaks else None
            if inside is not None and in_own_words(inside.attribution):
                attribution = inside.attribution  # the speaker's words: their account
            start, end = sent.start + start, sent.start + end
            found.append(Found(part_kind, start, end, (), attribution, part_values))
    inspectors = Attribution(role="inspectors")
    return found, [replace(q, attribution=inspectors) if id(q) in voiced else q for q in quotes]


def _read_at_foot(kind: str | None, words: str, values: ClaimValues, year_hint: int | None) -> bool:
    """True for what the notes at a release's foot claim of the inspection, under 'ENDS'
    too (``text.Furniture.at_foot``): its grades (the judgement table 'Notes to editors'
    sets out, an earlier inspection's), its dates ('The inspection took place from 11
    to 22 September 2023'), its lead inspector ('The lead inspector was Monique Lindsay,
    His Majesty's Inspector', drift26: unread) and the count of what its report asks to
    improve ('Ofsted made 10 recommendations', drift25: unread), the framework a note on the
    inspection itself names (``_THIS_VISIT``), the council's standing among councils ('North
    Somerset is one of many councils nationally whose children's services are rated
    requires improvement to be good', drift32: unread once read as a standing); not what they
    say of the council, the press office or the framework in general ('Brighter Futures for Children
    is a not-for-profit company', 'Ofsted's framework grades services as outstanding, good,
    ...')."""
    return (
        kind in ("rating", "comparison", "national")
        or (
            kind == "inspection_fact"
            and (
                states_visit(words, year_hint)
                or values.lead_inspector is not None
                or (values.framework is not None and _THIS_VISIT.match(words) is not None)
            )
        )
        or (kind == "finding" and values.improvements is not None)
    )


_THIS_VISIT = re.compile(r"\W*(?:\d+[.)]\s*)?(?:the|this)\s+(?:inspection|visit)\b", re.I)
"""A note whose subject is the inspection itself ('1. The inspection was carried out under
Ofsted's framework for the inspection of local authority children's services (ILACS)',
drift27: unread), so the framework it names is this visit's, not the framework in general."""


def _quoted_at(pieces: _Pieces, sent: Sentence) -> int:
    """Where the sentence's first quotation starts, as an offset into it (its opening mark
    before the piece)."""
    starts = [s for s, _, _ in pieces.overlapping(sent.start, sent.end)]
    return max(0, min(starts, default=sent.end) - 1 - sent.start)


def _lists_back(words: str, between: list[str]) -> bool:
    """A list pointing back to the last claim (``LIST_POINTS_BACK``) over at most one
    sentence making none ('But problems remain. Among them are ...'), and not over a
    speaker's own words: in 'We thank everyone involved. Among them are ...' the list is of
    those thanked."""
    return (
        bool(LIST_POINTS_BACK.match(words))
        and len(between) <= 1
        and not any(FIRST_PERSON.search(sent) for sent in between)
    )


def _of_them(inside: Found | None, words: str) -> bool:
    """True when a sentence inside a quotation speaks of Ofsted or its inspectors ('“To
    hear inspectors refer to …”'): the voice its own words are heard in says what the
    speaker said, not who speaks, so it gives the quotation no speaker (a voice carried
    on from the inspectors' words before still does)."""
    return inside is not None and mentions_inspectors(words)
