"""Rules that turn the spans found in a release into claims: the quotations and tweets
as they are, and each sentence that makes a checkable statement (or an opinion), with
its kind and parsed values. Pure functions over character offsets; the ``claims`` and
``claim_authorities`` stages (``verify.extract.nlp``) run them on a Doc.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from verify.extract.attribution import OPENING_ADVERBIAL, mask_spans, surname
from verify.extract.kinds import Context, classify, dated, stated_visit, visit_aside
from verify.extract.quotes import QuoteMatch
from verify.extract.text import Furniture, Paragraph, Sentence
from verify.extract.values import fact_clause, inherit_grades, parse_values
from verify.types import Attribution, ClaimKind, ClaimValues, GradeMention
from verify.words.clauses import (
    RELEASE_WORD,
    Break,
    clause_spans,
    has_verb,
    joined_at,
    needs_subject,
)
from verify.words.councils import COUNCIL_WORD, authorities_in, names_many_councils
from verify.words.dates import (
    IN_MONTH,
    OF_THE_VISIT,
    RELATIVE,
    VISIT_BEFORE,
    dateline,
    own_years,
    parse_dates,
)
from verify.words.grades import RELEASE_GRADE_RE
from verify.words.judgements import RELEASE_JUDGEMENT_RE
from verify.words.speakers import (
    ACCORDING_TO,
    COUNCIL_STAFF,
    COUNCIL_SUBJECT,
    FIRST_PERSON,
    INSPECTORS_NAMED,
    INSPECTORS_SOURCE,
    INSPECTORS_SUBJECT,
    JUDGED_PASSIVE,
    LEAD_CLAUSE,
    OWN_WORDS_ROLES,
    POINTS_BACK,
    REPORTING_VERB,
    REPORTING_VERBS,
    SAYING_VERBS,
    STANCE,
    council_as_subject,
    council_opens_as_subject,
    framed_speaker,
    in_council_voice,
    in_own_words,
    is_person,
    mentions_inspectors,
    names_person,
    plans_ahead,
    role_of,
    said_aside,
    speaks_for_themselves,
    stance_speaker,
)

_FINDING_TAIL_WORDS = 6
"""A sentence around an inspectors' quotation is a finding of its own only when
this many words follow the last quotation (a paraphrase going on past it), or when
``_FINDING_OUTSIDE_WORDS`` stand outside its quotations (a paraphrase around them)."""
_FINDING_OUTSIDE_WORDS = 16

Offsets = tuple[int, int]

_LABEL_GRADE = re.compile(
    rf"^(?P<label>.{{3,120}}?)(?:\s*:|\s+[–—-])\s+(?P<grade>(?:{RELEASE_GRADE_RE.pattern}))\.?$",
    re.I,
)
"""A table row pasted as a line: "Adoption performance – outstanding", "Leadership: Good"."""
_LABEL_WORDS = 8
"""Words at most in a table row's label (the longest judgement name has seven)."""
_PRONOUN_SUBJECT = re.compile(
    rf"^(?:{OPENING_ADVERBIAL.pattern[1:]})?(?:(?:however|but|and),?\s+)?(?P<pronoun>they|it)\b",
    re.I,
)
_SOURCE = rf"(?:the\s+|ofsted(?:’|')s\s+|lead\s+)*{INSPECTORS_SOURCE}"
_SOURCE_AT_END = re.compile(
    rf"(?:,?\s+(?:{REPORTING_VERBS}|according to)\s+(?P<source>{_SOURCE})"
    rf"|,\s+(?P<pronoun>it|they)\s+(?:{REPORTING_VERBS})"
    rf"|,\s+(?P<subject>{_SOURCE})\s+(?:{REPORTING_VERBS}))[.!]?$",
    re.I,
)
"""A sentence reported in the inspectors' voice at its end: "…, says Ofsted", "…, the
report states", or "…, it added" when the inspectors were the last to speak."""
_ENDS_IN_SOURCE = re.compile(rf"(?<!\S)(?:{REPORTING_VERBS}|{INSPECTORS_SOURCE})[.!]?$", re.I)
"""How every text ``_SOURCE_AT_END`` matches ends: a reporting verb or the inspectors, after
a space (each follows a space there). The look-behind fails at once inside a word, so the
alternation of ~100 verbs is tried at the tail's few word starts, not at every character."""
_TAIL = 64
"""Characters at the end that hold any ending of ``_ENDS_IN_SOURCE`` (the longest is
under 20)."""


def source_at_end(text: str) -> re.Match | None:
    """``_SOURCE_AT_END.search(text)`` in a fraction of the time. The pattern tries its
    ~90 reporting verbs at every space of the text, milliseconds a sentence; any text it
    matches ends in a verb or the inspectors (``_ENDS_IN_SOURCE``), which the last
    ``_TAIL`` characters show. That test is looser than the pattern, so only texts that
    cannot match skip the search, and the answer is the same."""
    if not _ENDS_IN_SOURCE.search(text[-_TAIL:]):
        return None
    return _SOURCE_AT_END.search(text)


_TOLD_WHOM = r"\s+(?:the\s+|this\s+)?[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]*){0,4}"
"""Whom a speaker told their words: a newspaper or reporters ('told the Times', 'told
reporters', 'told the Local Democracy Reporting Service')."""
_SPEAKER_AT_END = re.compile(
    rf"(?:,[”’\"']?|[”\"])\s*(?P<who>[^,.;:!?\"“”‘]{{2,60}}?),?\s+"
    rf"(?:(?:{REPORTING_VERBS})|(?:told|tells){_TOLD_WHOM})[.!]?$",
    re.I,
)
"""A speaker named at a sentence's end: "…, Mr Hackett said.", "…,” she added.", "…,” the
cabinet member, Cllr Ann Lee, told the Gazette."."""
_SPEAKER_LAST = re.compile(
    rf",\s*(?:(?:{SAYING_VERBS})|according to)\s+"
    r"(?P<who>(?:(?!\b(?:had|has|have|was|were|is|are)\b)[^,.;:!?\"“”‘]){2,60}?)[.!]?$",
    re.I,
)
"""A speaker named last, after the verb: "…, said Cllr Lee.", "…, according to Ms Teasdale."
(Ofsted or its report there is the inspectors' voice, read first: ``_SOURCE_AT_END``). A
name holds no auxiliary: in "X, cabinet member, said Ofsted had rated ..." what follows
'said' is what was said."""
_FUTURE = re.compile(r"\b(?:will|would|shall)\b", re.I)
_OWN_WORDS = 5
"""Words at least in a release's own sentence read as carrying on the inspectors'
findings (shorter ones are captions, headings and asides)."""
_INTRO_WORDS = 12
"""Words at least in a sentence ending in a colon that still makes its own claim ("The
Good rating, following the inspection in January, applies across these areas:");
shorter ones only introduce a quote or list ("Councillor X, cabinet member, said:")."""
_DATED_VISIT = re.compile(rf"\b(?:inspection|visit)\b(?:\s+(?!in\b|on\b)\S+){{0,3}}?\s+{IN_MONTH}")
"""An inspection and the month it took place in ("an inspection by Ofsted in September")."""
_ACCORDING_OPENS = re.compile(r"^\W*according to (?P<who>[^,;:.]{2,100}),", re.I)
"""A speaker opening the sentence as its source: 'According to the council's director of
children's services, every area was judged good' is the director's account."""
_DOCUMENT = re.compile(r"(?:report|inspection)$", re.I)
_WEB_PAGE = re.compile(
    r"\b(?:click|read more|www\.|https?:|image source|caption|this (?:article|page|story)|"
    r"written by|contact (?:the|our|us)|press office|cookies)\b"
    r"|(?:\+44\s?(?:\(0\)\s?)?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b",
    re.I,
)
"""Words of a web page around a release, not a statement ("Click here to read ...",
"This article was written by the communications team", "Contact the press office on
01634 332736", "Cookies on the Bury Council website: we use ..."): a UK telephone number
in any grouping ('020 8274 4901', '0121 303 1234', '+44 (0)20 8545 3000') is a contact
line."""
_SENTENCE_FINAL = ".!?”’\"'"
_FINDINGS_WORD = re.compile(r"\bfindings?\b", re.I)
_LIST_HEADING_WORDS = 3
"""Words at most in a heading inside an inspectors' list ("Positives", "Areas to improve")."""


@dataclass(frozen=True)
class Found:
    """A claim before numbering: what the matchers and rules found."""

    kind: ClaimKind
    start: int
    end: int
    pieces: tuple[Offsets, ...] = ()
    attribution: Attribution | None = None
    values: ClaimValues = field(default_factory=ClaimValues)


def embedded(quotes: Sequence[QuoteMatch], paras: Sequence[Paragraph]) -> list[Offsets]:
    """Quotation pieces inside a sentence of their own paragraph: never split inside.
    A piece that opens its paragraph is the speaker's own sentences, split as usual."""
    starts = {p.start for p in paras}
    return [(s, e) for q in quotes for s, e in q.pieces if s - 1 not in starts]


def quote_claims(
    quotes: Sequence[tuple[Offsets, tuple[Offsets, ...], Attribution]],
) -> list[Found]:
    """A claim for each quotation: ``(offsets, pieces, attribution)``."""
    return [Found("quote", start, end, pieces, attr) for (start, end), pieces, attr in quotes]


def tweet_claims(tweets: Sequence[tuple[Offsets, Attribution]]) -> list[Found]:
    """A quote claim for each tweet: ``(offsets, attribution)``."""
    return [Found("quote", s, e, ((s, e),), attr) for (s, e), attr in tweets]


def _year_hint(text: str) -> int | None:
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
    year_hint = _year_hint(text)
    release_years = own_years(text)
    lists = _inspectors_lists(text, paras)
    pieces = _Pieces(quotes)
    found: list[Found] = []
    previous_kind: str | None = None
    graded: tuple[int, ClaimValues] | None = None  # the last graded claim's paragraph, values
    voices = _Voices(quotes)
    blocks = _blocks(paras)
    voiced: set[int] = set()  # ids of the unattributed quotes the inspectors' voice takes
    per_paragraph = Counter(sent.paragraph for sent in sents)  # one: the sentence is its line
    in_furniture = Furniture(text)
    for sent in sents:
        if in_furniture(sent.start):
            continue  # the page around it: a link's headline ('Read more: ...'), the notes
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
            after_finding=previous_kind == "finding",
        )
        row = _row_values(words, year_hint) if per_paragraph[sent.paragraph] == 1 else None
        values = row or parse_values(words, year_hint)
        if not values.grades and graded and graded[0] == sent.paragraph:
            values.grades = inherit_grades(words, graded[1])
        kind = _kind(heard, values, ctx) if inside is None else classify(words, values, ctx)
        if (councils := _in_councils_voice(heard, kind, inside)) is not heard:
            heard, kind = councils, "opinion"
        aside = None
        if (
            kind == "finding"
            and not inside
            and not _finding_beyond_quotes(text, sent, pieces, words)
        ):
            aside = _visit_told_aside(words, year_hint)
            kind = "inspection_fact" if aside else None
        if POINTS_BACK.match(words):
            kind = None  # 'That is what the report says.': it points back, restating nothing
        previous_kind = kind
        voices.classified(at, kind, words, heard.voice)
        if heard.voice in _FINDING_VOICES and kind != "opinion":
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
            part_kind, part_values = dated(part_kind, part_values, release_years)
            if part_kind != "comparison":
                part_values.direction = None
                part_values.previous_grade = part_values.previous_year = None
            speaks = part_kind != "opinion" or heard.voice == "official"
            attribution = heard.attribution if speaks else None
            if inside is not None and in_own_words(inside.attribution):
                attribution = inside.attribution  # the speaker's words: their account
            start, end = sent.start + start, sent.start + end
            found.append(Found(part_kind, start, end, (), attribution, part_values))
    inspectors = Attribution(role="inspectors")
    return found, [replace(q, attribution=inspectors) if id(q) in voiced else q for q in quotes]


def _quote_role(inside: Found | None, heard: _Heard) -> str | None:
    """The role of the speaker of the quotation a sentence lies in: as attributed, or, for
    one left unattributed, the official the sentence names ("“...,” she added")."""
    role = inside.attribution.role if inside and inside.attribution else None
    if inside is not None and role == "unattributed" and heard.voice == "official":
        return heard.role
    return role


def _official_quote(inside: Found | None, heard: _Heard) -> bool:
    """True when the sentence lies in a quotation of a person speaking for the council or
    another body (an official, or one left unattributed whose sentence names one): their
    grades are theirs to tell, the conventions' opinion. A council speaking as a body (its
    tweet: 'the service has been rated overall as ‘Good’ and ‘Outstanding’') states the
    grades as its release's own claim, checked as a rating."""
    if _quote_role(inside, heard) not in OWN_WORDS_ROLES:
        return False
    speaker = inside.attribution.speaker if inside and inside.attribution else None
    return speaker is None or (is_person(speaker) and not _A_BODY.search(speaker))


_A_BODY = re.compile(rf"\b{COUNCIL_WORD}$", re.I)
"""A speaker named as a body ('Tower Hamlets Council'), however its name reads."""


def _parts(
    words: str, kind: ClaimKind, values: ClaimValues, ctx: Context, year_hint: int | None
) -> list[tuple[ClaimKind, int, int, ClaimValues]]:
    """The sentence's claims when it makes more than one (``_fact_parts``, else
    ``_clause_parts``); empty when it is one claim. Each clause is read by its own
    words, not in the sentence's voice: a clause whose words make no claim alone
    ("..., but that the pace of improvement has quickened") stays in the sentence."""
    return (
        _fact_parts(words, kind, values, ctx, year_hint)
        or _aside_parts(words, kind, ctx, year_hint)
        or _clause_parts(words, kind, ctx, year_hint)
    )


_PAST_ASIDE = re.compile(
    r"^[^,]{3,80}?,\s+(?P<aside>(?:(?:previously|formerly|once|long|already)\s+)?[a-z]+(?:ed|en)\b"
    r"[^,]*?\b(?:19|20)\d\d\b[^,]*?),\s+"
    r"(?P<rest>(?:has|have|had|is|are|was|were|now|will|today)\b.+)$"
)
"""A dated aside about the subject's past between it and its verb ('Haringey Council,
previously criticised for failures in the deaths of ... in 2007, has received ...')."""


def _aside_parts(
    words: str, kind: ClaimKind, ctx: Context, year_hint: int | None
) -> list[tuple[ClaimKind, int, int, ClaimValues]]:
    """The sentence as two claims when an aside after its subject tells the subject's
    past with a year and no grade: the aside a comparison with the inspection of that
    (latest) year, the rest of the sentence its own claim. Empty when there is no such
    aside, it gives a grade (the sentence is then one comparison of grades), the sentence
    is an opinion, or the rest makes no claim alone. Spans are offsets into ``words``."""
    found = _PAST_ASIDE.search(words) if kind != "opinion" else None
    if found is None or RELEASE_JUDGEMENT_RE.search(words[: found.start("aside")]):
        return []  # the rest would lose the judgement its grade is given to
    (aa, ab), (ra, rb) = (_trimmed(words, *found.span(g)) for g in ("aside", "rest"))
    aside = parse_values(words[aa:ab], year_hint)
    if aside.grades or aside.previous_grade or RELEASE_GRADE_RE.search(words[aa:ab]):
        return []  # 'Children in care, rated good in 2023, are now outstanding': one comparison
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", words[aa:ab])]
    if year_hint is not None and max(years) >= year_hint:
        return []  # 'The council, inspected in January 2026, ...': this inspection's time
    rest = parse_values(words[ra:rb], year_hint)
    rest_kind = classify(words[ra:rb], rest, ctx)
    if rest_kind is None:
        return []
    aside.previous_year = aside.previous_year or max(years)
    return [("comparison", aa, ab, aside), (rest_kind, ra, rb, rest)]


def _clause_parts(
    words: str, kind: ClaimKind, ctx: Context, year_hint: int | None
) -> list[tuple[ClaimKind, int, int, ClaimValues]]:
    """One claim per checkable statement: the sentence's clauses of equal standing (its
    breaks at a dash or stronger, ``verify.words.clauses``) as claims of their own when
    each makes a claim alone and they are of different kinds ("rated ‘good’ by Ofsted –
    making it one of the top performing councils in the country": a rating and a
    national claim; a standing needs no verb: "... – one of only three in the country")
    or findings ("Inspectors found that leaders understand their
    services, while social workers were praised for their direct work"). A clause that
    makes no claim alone (a label with no verb, a fragment, or one whose subject is in
    the other: ``verify.words.clauses.needs_subject``) keeps the sentence whole; so does
    an official's opinion, whose every clause is theirs, and clauses of one other kind
    (two grades or two facts are judged together). Spans are offsets into ``words``."""
    if kind == "opinion":
        return []
    spans = clause_spans(words, Break.DASH)
    if len(spans) < 2 or any(needs_subject(words[a:b]) for a, b in spans):
        return []  # a clause whose subject is in the other ("..., which was graded ...")
    parts: list[tuple[ClaimKind, int, int, ClaimValues]] = []
    for a, b in (_trimmed(words, *span) for span in spans):
        part_values = parse_values(words[a:b], year_hint)
        part_kind = classify(words[a:b], part_values, ctx) or _said_too(words[a:b], parts)
        if part_kind is None or len(RELEASE_WORD.findall(words[a:b])) < _OWN_WORDS:
            return []
        if not has_verb(words[a:b]) and part_kind != "national":
            return []  # a label or a fragment ("Swift action taken: ..."): no statement
        parts.append((part_kind, a, b, part_values))
    kinds = {k for k, _, _, _ in parts}
    if not (len(kinds) > 1 or kinds == {"finding"}):
        return []
    for (kind_before, _, _, before), (_, a, _, values) in zip(parts, parts[1:], strict=False):
        if kind_before == "comparison" and _tells_then(before) and _ABSOLUTE.match(words, a):
            values.grades = [_then(g, before.previous_year) for g in values.grades]
    return parts


_SAID_TOO = re.compile(r"\W*(?:(?:and|but)\s+)?(?:also\s+)?that\s", re.I)
"""A second 'that' clause of the verb before ('The report said that A, and that B'), its
joining 'and' trimmed or not."""


def _said_too(
    clause: str, before: list[tuple[ClaimKind, int, int, ClaimValues]]
) -> ClaimKind | None:
    """'finding' for a second 'that' clause after a finding ("The report said that early
    help is effective, and that children are always seen alone"): the reporting verb of
    the clause before says it too, so it is the report's finding of its own, checked
    alone, rather than riding on the first one's support. None otherwise: after a clause
    of another kind (a rating: "rated good, and that ...") it keeps the sentence whole."""
    if before and before[-1][0] == "finding" and _SAID_TOO.match(clause):
        return "finding"
    return None


_ABSOLUTE = re.compile(r"with\b", re.I)
"""An absolute phrase's opening ('..., with children in care rated good'): it tells what
held when the clause it hangs on says."""


def _tells_then(values: ClaimValues) -> bool:
    """True when a comparison's clause tells an earlier inspection's grade or year ('At its
    last inspection, in December 2022, Blackpool was judged requires improvement'), so an
    absolute phrase hung on it tells that inspection too. A clause that only says today's
    grade was kept ('services have kept their good rating, with care for looked-after
    children judged outstanding') tells today: the phrase's grade is today's."""
    return values.previous_grade is not None or values.previous_year is not None


def _then(grade: GradeMention, year: int | None) -> GradeMention:
    """A grade of an absolute phrase hung on a comparison's clause ('At its last inspection,
    in December 2022, Blackpool was judged requires improvement overall, with children in
    care rated good'): said of that earlier inspection, unless it has a time of its own."""
    if grade.time_cue is not None or grade.years_near:
        return grade
    years = [year] if year else []
    return grade.model_copy(update={"time_cue": "past", "years_near": years})


def _fact_parts(
    words: str, kind: ClaimKind, values: ClaimValues, ctx: Context, year_hint: int | None
) -> list[tuple[ClaimKind, int, int, ClaimValues]]:
    """The sentence as two claims when a clause of its own states the inspection's dates,
    duration or team (``verify.extract.values.fact_clause``): that clause an inspection
    fact, the rest of the sentence its own kind; the clause alone when the rest of an
    inspection fact makes no claim ("..., evaluating the experiences of children"). Empty
    when there is no such clause, the sentence is an opinion, or the rest of another kind
    of claim makes none alone. Spans are offsets into ``words``."""
    split = fact_clause(words, year_hint) if kind != "opinion" else ()
    if not split:
        return []
    (fa, fb), (ra, rb) = (_trimmed(words, *span) for span in split)
    parts: list[tuple[ClaimKind, int, int, ClaimValues]] = [
        ("inspection_fact", fa, fb, parse_values(words[fa:fb], year_hint))
    ]
    rest = parse_values(words[ra:rb], year_hint)
    carried = [g.shifted(ra, rb - ra) for g in values.grades] if kind == "rating" else []
    rest.grades = rest.grades or carried
    rest_kind = classify(words[ra:rb], rest, ctx)
    if rest_kind is None and _dates_the_visit(words, ra, rb, rest):
        return [*parts, ("inspection_fact", ra, rb, rest)]
    if rest_kind is None and _names_the_lead(words[ra:rb], values):
        rest.lead_inspector = values.lead_inspector
        return sorted([*parts, ("inspection_fact", ra, rb, rest)], key=lambda p: p[1])
    if rest_kind is None:
        # Words after the fact that make no claim alone ("..., evaluating ...") leave the
        # fact as the claim; before it they are its subject, and the sentence is the claim.
        return parts if kind == "inspection_fact" and fa < ra else []
    if kind != "inspection_fact":
        rest_kind = kind  # the sentence's kind, read with its speaker
    return sorted([*parts, (rest_kind, ra, rb, rest)], key=lambda p: p[1])


def _dates_the_visit(words: str, start: int, end: int, values: ClaimValues) -> bool:
    """True when ``words[start:end]`` is a relative clause hung on the visit that dates it
    ('A team of nine inspectors carried out the inspection, which began on 14 January and
    ended on 7 February'): a fact of its own, not words making no claim (stress_errors3:
    its dates were left unchecked)."""
    clause = words[start:end]
    hung = VISIT_BEFORE.search(words[:start]) and OF_THE_VISIT.match(clause)
    # Any year finds a day and month in an undated story, as the fact check reads them.
    return bool(hung) and bool(values.months or parse_dates(clause, 2000))


def _names_the_lead(clause: str, values: ClaimValues) -> bool:
    """True when ``clause``, split from the visit's dates, tells who led the visit the
    sentence names ('The inspection took place in March and was led by Christine
    Kennet'): the lead is a fact of its own to check, not words making no claim
    (direction15: the name was left in no claim, a wrong one unchecked)."""
    return values.lead_inspector is not None and bool(LEAD_CLAUSE.search(clause))


def _trimmed(words: str, start: int, end: int) -> tuple[int, int]:
    """The span without the spaces, joining 'and' and closing stop around it."""
    start = joined_at(words, start, end)
    while end > start and (words[end - 1].isspace() or words[end - 1] in ".,;"):
        end -= 1
    return start, end


def _unattributed(text: str, pieces: _Pieces, sent: Sentence, masked: str) -> set[int]:
    """Ids of the unattributed quotations in the sentence that are not in the first person,
    unless a passive judgement is about them (``masked``: the sentence, quotes blanked)."""
    if JUDGED_PASSIVE.search(masked):
        return set()
    return {
        id(quote)
        for s, e, quote in pieces.overlapping(sent.start, sent.end)
        if (quote.attribution is None or quote.attribution.role == "unattributed")
        and not FIRST_PERSON.search(text[s:e])
    }


def _kind(heard: _Heard, values: ClaimValues, ctx: Context) -> ClaimKind | None:
    """The kind of a sentence outside any quotation: as its words say, or else as its
    speaker makes it (the conventions of ../shared/dev/README.md): the inspectors'
    reported words or their findings carried on in the release's own voice are a
    finding, what the inspectors did an inspection fact, an official's account an
    opinion. A sentence ending in a colon introduces a quote or list; only a long one
    makes a claim of its own, and only by its words."""
    words = heard.words.rstrip()
    if words.endswith(":"):
        if len(words.split()) < _INTRO_WORDS:
            return None
        return classify(words[:-1], values, ctx)
    kind = classify(words, values, ctx)
    official = heard.voice == "official"
    if official and heard.speaker and kind is not None:
        # A named official's account is theirs, whatever it tells: a grade, a finding or
        # a standing ("Cllr Smith said inspectors had found services outstanding"), with
        # a quotation of theirs in it or not ("... said the inadequate grade for
        # leadership was 'a wake-up call'").
        return "opinion"
    if kind is not None or _is_heading(words) or _WEB_PAGE.search(words):
        return kind
    if official and (not heard.quoting or _says_beside_quotes(heard)):
        return "opinion"  # "The council has accepted the findings"
    if _DATED_VISIT.search(words):
        return "inspection_fact"  # "This follows an inspection by Ofsted in September."
    if heard.voice in ("inspectors", "carried", "own"):
        return classify(words, values, replace(ctx, inspectors_list=True))
    if heard.voice == "acting" and not _FUTURE.search(words):
        return "inspection_fact"
    return None


def _says_beside_quotes(heard: _Heard) -> bool:
    """True when an official's sentence holding their quotation says words of its own
    beside it, past the speaker and their verb ('The council leader, Roger Croft, said the
    authority had “…” and would set out its plans within 70 working days', 'Cllr Ellis
    said it was a good day for the borough: “…”'): their account, a claim left
    not_checkable, not only the frame of the quotation ('Cllr Ellis said: “…”'). Only the
    words from the speaker on are theirs: a lead-in before the speaker ('In a statement
    issued on Friday, council leader Tom Brown said: “…”') tells when and where they spoke
    (``_from_speaker``)."""
    said = _from_speaker(heard)
    frame = len(RELEASE_WORD.findall(heard.speaker or "")) + 1  # the speaker and the verb
    return len(RELEASE_WORD.findall(said)) - frame >= _OWN_WORDS


def _from_speaker(heard: _Heard) -> str:
    """``heard.words`` from its speaker on when the speaker opens a clause after a comma
    and is followed by their verb ('Commenting on the report, Jane Smith said ...'): the
    words before are a frame of when, where or how they spoke, never their account. Else
    all of ``heard.words`` (the speaker opening the sentence, or closing it after their
    words: '... would set out its plans, Cllr Croft said.', ``_VERB_CLOSES``)."""
    speaker = heard.speaker or ""
    at = heard.words.find(speaker) if speaker else -1
    if at <= 0 or not heard.words[:at].rstrip().endswith(","):
        return heard.words
    closes = _VERB_CLOSES.fullmatch(heard.words, at + len(speaker))
    return heard.words if closes else heard.words[at:]


_VERB_CLOSES = re.compile(r"[\s,]*(?:[\w’'-]+\s+){0,2}[\w’'-]+[\s.!]*")
"""After a speaker: their verb ending the sentence ('..., Cllr Croft said.', 'has also
said'), so the words before the speaker are what they said."""


def _in_councils_voice(heard: _Heard, kind: ClaimKind | None, inside: Found | None) -> _Heard:
    """``heard`` spoken by the council when a sentence that makes no claim by its words, in
    no one's voice, tells the council's own doings, figures or plans (``_councils_own``):
    the council's statement, which the conventions leave not_checkable, so an opinion of
    the council's, never the release's own words to check against the report (findings2:
    'We are already working to make sure every child who goes missing is offered a return
    home interview', the report's words nearly, was judged as a finding and flagged)."""
    if kind is None and inside is None and heard.voice is None and _councils_own(heard.words):
        return replace(heard, voice="official", role="council")
    return heard


def _councils_own(words: str) -> bool:
    """True when the sentence, in no one's voice, tells the council's own doings, figures
    or plans with the council, its area or its name as the subject ('The council has opened
    three new children's homes', 'Barnet employs about 250 social workers', 'The council
    will present the report to its cabinet'), or its plan with no subject of its own ('An
    improvement plan will be agreed with the DfE', ``plans_ahead``): the council's
    statement, which the conventions leave not_checkable, shown as a claim rather than
    dropped (compare18, facts10, findings13: no claim, so a wrong one would have gone
    unseen)."""
    words = words.rstrip()
    return (
        len(RELEASE_WORD.findall(words)) >= _OWN_WORDS
        and words[-1:] in _SENTENCE_FINAL
        and not _WEB_PAGE.search(words)
        and (council_opens_as_subject(words) or plans_ahead(words))
    )


def _roles(pieces: _Pieces, sent: Sentence, inside: Found | None) -> set[str]:
    """The roles of the speakers quoted in the sentence (of the quotation it is in)."""
    quoted = [inside] if inside else [q for _, _, q in pieces.overlapping(sent.start, sent.end)]
    return {q.attribution.role for q in quoted if q.attribution}


def _row_values(line: str, year_hint: int | None) -> ClaimValues | None:
    """The values of a line "Label – Grade" (a table row pasted as text), read as "Label
    rated Grade" so its grade is a rating, each grade placed where ``line`` prints it;
    None for any other line."""
    m = _LABEL_GRADE.match(line.strip())
    if m is None or len(m.group("label").split()) > _LABEL_WORDS:
        return None
    label = m.group("label")
    values = parse_values(f"{label} rated {m.group('grade')}", year_hint)
    shift = len(label) + len(" rated ") - (len(line) - len(line.lstrip()) + m.start("grade"))
    values.grades = [g.shifted(shift, len(line)) for g in values.grades]
    return values


@dataclass(frozen=True)
class _Heard:
    """Who speaks a sentence. ``words``: the sentence with the inspectors named as its
    subject where a pronoun or a source at its end stood for them. ``voice``:
    ``inspectors`` (they report a finding), ``acting`` (what they did), ``carried`` (the
    release's own words carrying on their findings), ``citing`` (it quotes them: the
    quotation is the claim), ``official`` (a council or other speaker), ``own`` (the
    release's own statement where the inspectors' voice no longer reaches: the claim it
    would have been as theirs, in the release's own voice), or None.
    ``quoting``: the sentence holds the official's quotation, so its words are theirs
    already."""

    words: str
    voice: str | None = None
    speaker: str | None = None
    role: str | None = None
    quoting: bool = False  # the sentence holds its speaker's quotation

    @property
    def attribution(self) -> Attribution | None:
        if self.voice in (None, "own"):
            return None
        return Attribution(speaker=self.speaker, role=self.role or "inspectors")


_PERSONAL_PRONOUN = re.compile(r"(?:he|she)", re.I)
"""A speaker who is a person already named: 'He added ...'."""
_FINDING_VOICES = ("inspectors", "carried", "citing")
"""Voices that tell the inspectors' findings: the release's next words may carry them on."""
_INSPECTORS_VOICES = (*_FINDING_VOICES, "acting")


@dataclass(frozen=True)
class _Reach:
    """How far the inspectors' voice reaches a sentence of ``paragraph`` (in ``block``: a
    paragraph, or a whole list). ``spoke``: the block where they last spoke (a finding of
    theirs, a pronoun or source for them, a sentence telling of them); ``chain``: the
    paragraph where their words or the release's statements going on from them were last.
    A pronoun or a source at the end stands for them all along the chain; the release's own
    statement carries their findings on only through the rest of the block where they
    spoke and the next one (a 20 MB release of filler after one inspectors' paragraph made
    every later line, the borough's fair, a finding of theirs: 246,913 of them)."""

    spoke: int | None  # a block
    chain: int | None
    paragraph: int
    block: int  # the paragraph's block: a list's items are one

    @property
    def chained(self) -> bool:
        """The chain of their words reaches this paragraph (or the one before it)."""
        return self.chain is not None and self.paragraph - self.chain <= 1

    @property
    def carried(self) -> bool:
        """The release's own statement here still carries on what they said."""
        return self.spoke is not None and self.block - self.spoke <= 1

    @property
    def across(self) -> bool:
        """The sentence lies in the block after theirs."""
        return self.carried and self.block != self.spoke


def _tells_of_them(words: str) -> bool:
    """The release's own sentence names the inspectors, or has them or their report as its
    subject ('The report is full of praise for ...'): it goes on telling what they said, so
    their voice reaches as far from it as from their own words."""
    return bool(INSPECTORS_NAMED.search(words) or INSPECTORS_SUBJECT.match(words.strip()))


def _blocks(paras: Sequence[Paragraph]) -> dict[int, int]:
    """Each paragraph's block, counted as a reader counts them: a paragraph is one, and so
    is a list, its items one after another (a list of the inspectors' findings is one
    step on from them, however many items it holds)."""
    blocks: dict[int, int] = {}
    block = -1
    for i, para in enumerate(paras):
        listed_on = bool(para.marker) and i > 0 and bool(paras[i - 1].marker)
        block = block if listed_on else block + 1
        blocks[para.index] = block
    return blocks


class _Voices:
    """Who speaks each sentence, read from its frame and its neighbours, as the
    conventions say attribution works: a subject or a source at the end ("Ofsted
    commented that …", "…, the report states"), a pronoun carrying on from the
    inspectors ("Inspectors visited … They praised …"), a named speaker ("Deputy mayor
    X said the council had …"), or, with none of these, the sentence before: a
    statement right after the inspectors' words carries on their findings
    ("The report found: … Children in need of protection are identified quickly.")."""

    def __init__(self, quotes: Sequence[Found]) -> None:
        self.paragraph: int | None = None  # where the inspectors last spoke
        self.chain: int | None = None  # where they spoke or the release's words went on
        self.finding = False  # telling what they found (not only what they did)
        self.last_speaker: _Heard | None = None  # the person last named as a speaker
        self.inspectors = {  # surnames of inspectors quoted by name ("Mr Reed said ...")
            surname(a.speaker)
            for q in quotes
            if (a := q.attribution) and a.role == "inspectors" and a.speaker
        }

    def read(
        self,
        words: str,
        at: tuple[int, int],
        quoted: set[str],
        listed: bool,
        cut: bool = False,
    ) -> _Heard:
        """How ``words`` (the sentence, its quotations blanked) is reported; ``at``: its
        paragraph and block (a list's items are one block); ``quoted``: the roles of the
        speakers quoted in it; ``listed``: under an inspectors' list; ``cut``: the
        sentence the text ends in, perhaps mid-word.
        A heading between the inspectors' words and what carries them on is passed over.
        The release's own words carry the inspectors' on through the rest of their paragraph
        and the next (``_Reach``); a statement beyond, in a chain of such statements, is
        the release's own (``own``): the claim it was as theirs, in no voice of theirs."""
        paragraph, block = at
        reach = _Reach(self.paragraph, self.chain, paragraph, block)
        heard = _Heard(words, "inspectors") if listed else self._hear(words, reach, quoted, cut)
        if heard.voice == "own":
            self.chain, self.paragraph = paragraph, None  # the release's own: theirs ends
        elif heard.voice == "carried":
            self.chain = paragraph  # their words' echo: no new word of theirs, unless named
            self.paragraph = block if _tells_of_them(words) else self.paragraph
        elif heard.voice in _INSPECTORS_VOICES or reach.chained and _is_heading(words.strip()):
            self.paragraph, self.chain = block, paragraph
            self.finding = heard.voice in _FINDING_VOICES or (self.finding and heard.voice is None)
        else:
            self.paragraph = self.chain = None
            self.finding = False
        return heard

    def classified(
        self, at: tuple[int, int], kind: str | None, words: str, voice: str | None
    ) -> None:
        """What the sentence's words made of it: a finding, or what the inspectors did,
        means the inspectors spoke there; an opinion in the release's own ``voice`` is its
        view, which nothing after carries on as theirs. A finding in the release's own words
        (carried on, or its own) keeps the chain going but is no new word of theirs."""
        paragraph, block = at
        named = INSPECTORS_NAMED.search(words)
        if kind == "finding" or (kind == "inspection_fact" and named):
            self.chain = paragraph
            if voice not in ("carried", "own") or _tells_of_them(words):
                self.paragraph = block
            self.finding = self.finding or kind == "finding"
        elif kind == "opinion" and voice in (None, "carried", "own"):
            self.paragraph = self.chain = None
            self.finding = False

    def _hear(self, words: str, reach: _Reach, quoted: set[str], cut: bool) -> _Heard:
        """Who speaks ``words``: a pronoun or a source at the end stands for the inspectors
        as far as the chain of their words goes (``reach.chained``); a statement of the
        release's own carries them on only as far as ``reach.carried``."""
        carried = reach.chained
        stripped = words.strip()
        speakers = quoted - {"unattributed"}  # an unattributed quotation is the voice's own
        if _report_told_by_person(stripped):
            # 'The report, he said, was “fair”': the person speaks of the report.
            return self._speaker(stripped, quoting=bool(speakers)) or _Heard(words)
        pronoun = _PRONOUN_SUBJECT.match(stripped)
        if pronoun and carried:
            named = f"{stripped[: pronoun.start('pronoun')]}inspectors{stripped[pronoun.end() :]}"
            people = pronoun.group("pronoun").lower() == "they"  # 'it', the report, acts not
            return _Heard(named, _doing(named[pronoun.start("pronoun") :], people))
        if (at_end := source_at_end(stripped)) and not stance_speaker(stripped):
            source = at_end.group("source") or at_end.group("subject")
            if source or carried:
                reported = f"{source or 'inspectors'} says {stripped[: at_end.start()]}"
                return _Heard(reported, "inspectors")
        speaker = self._speaker(stripped, quoting=bool(speakers))
        if speaker is not None and speaker.voice == "official":
            return speaker  # "Cllr Smith said Ofsted had ...": the councillor speaks
        subject = INSPECTORS_SUBJECT.match(stripped)
        if subject and (doing := _doing(stripped, not _DOCUMENT.search(subject.group()))):
            return _Heard(words, doing)
        if speaker is not None:
            return speaker
        if JUDGED_PASSIVE.search(stripped):
            return _Heard(words, "inspectors")
        if "inspectors" in speakers:
            return _Heard(words, "citing")
        if carried and self.finding and not speakers and _own_statement(stripped, cut):
            if COUNCIL_SUBJECT.match(stripped) and STANCE.search(stripped):
                return _Heard(words, "official", None, "council")  # "has accepted the findings"
            own = reach.across and not quoted and council_as_subject(stripped)
            if reach.carried and not own:
                return _Heard(words, "carried")
            return _Heard(words, "own")  # the council's doings, figures, the borough's fair
        return _Heard(words)

    def _speaker(self, words: str, quoting: bool) -> _Heard | None:
        """A named speaker opening the sentence ("X said ...") or closing it ("…, X said.");
        ``quoting``: the sentence holds a quotation of theirs."""
        at_end = _at_end_past_the_frame(words)
        opening = _ACCORDING_OPENS.match(words)
        who = (
            at_end.group("who").strip()
            if at_end
            else framed_speaker(words)
            or (opening.group("who") if opening else None)
            or stance_speaker(words)
        )
        if who is None:
            return None
        who = OPENING_ADVERBIAL.sub("", who)
        if _PERSONAL_PRONOUN.fullmatch(who):
            # "He said ...": the person last named as a speaker goes on speaking; 'he' or
            # 'she' never stands for a body ("..., Ofsted has said. The report, he said, ...").
            last = self.last_speaker
            if last and not (last.speaker and is_person(last.speaker)):
                return None
            return replace(last, words=words, quoting=quoting) if last else None
        heard = self._named(words, who, quoting)
        self.last_speaker = heard
        return heard

    def _named(self, words: str, who: str, quoting: bool) -> _Heard | None:
        """How a speaker named or titled as ``who`` speaks ``words``."""
        if surname(who) in self.inspectors:
            return _Heard(words, "inspectors", who, "inspectors")
        role = role_of(who)
        if role == "inspectors":
            self.inspectors.add(surname(who))
            return _Heard(words, "inspectors", who, role)
        if _PUBLICATION.search(who):
            return None  # the council's claim in print, checked as the release's own
        if role == "other" and COUNCIL_STAFF.match(who):
            role = "council"  # 'Leaders believe ...': the council's own officials
        if role == "council" or (
            role == "other" and speaks_for_themselves(who) and not _told_inspectors(words)
        ):
            return _Heard(words, "official", who, role, quoting)
        return None


_PUBLICATION = re.compile(r"\b(?:newsletter|website|leaflet|magazine|bulletin)s?\b", re.I)
"""'..., the council's newsletter claimed': a publication tells no opinion of a person; what
it claims of the report is checked as the release's own claims are."""
_TOLD = re.compile(r"\b(?:told|said to)\s+(?:the\s+)?", re.I)


def _told_inspectors(words: str) -> bool:
    """'Care leavers told inspectors they ...', 'told the watchdog': what people told the
    inspection (``INSPECTORS_NAMED``) is the report's record of them, a finding to check,
    not their own account to the release."""
    return any(INSPECTORS_NAMED.match(words, m.end()) for m in _TOLD.finditer(words))


_NOT_IN_WHO = frozenset('.;:!?"“”‘')
"""The stops and marks ``_SPEAKER_AT_END`` lets through after its opening comma or mark only
as the mark that follows that comma or as the final '.' or '!' (a name, reporting verb or
newspaper holds none; its one other comma is left out of the set)."""


def _speaker_from(words: str) -> int:
    """The first offset where ``_SPEAKER_AT_END`` can start to match ``words``: the last
    ``_NOT_IN_WHO`` character that is not the final stop (or the comma just before it, when
    it is a mark the pattern allows after a comma). Searching from there gives the whole
    search's answer, since no match starts before it; the search never retries a name of up
    to 60 characters at every space of a blanked quotation ('Inspectors found that "   ",
    inspectors said.': up to 0.35 s a sentence; 27% of a profiled warm check of the demo,
    five dev articles and the seeds, 2% of the seeds' alone; ~30 µs a sentence now)."""
    last = len(words) - 1
    for at in range(last, -1, -1):
        char = words[at]
        if char in _NOT_IN_WHO and not (char in ".!" and at >= last - 1):
            return at - 1 if char in '"”' and words[at - 1 : at] == "," else at
    return 0


@lru_cache(maxsize=64)
def _speaker_at_end(words: str) -> re.Match | None:
    """The speaker named at the sentence's end (``_SPEAKER_AT_END``, else ``_SPEAKER_LAST``).
    Remembered for the last few sentences: ``_report_told_by_person`` and
    ``_Voices._speaker`` both ask it of the same sentence."""
    return _SPEAKER_AT_END.search(words, _speaker_from(words)) or _SPEAKER_LAST.search(words)


def _at_end_past_the_frame(words: str) -> re.Match | None:
    """The speaker named at the sentence's end (``_speaker_at_end``), unless its match is
    the verb of a speaker opening the sentence in apposition ('Councillor Tanya Burch, lead
    member for children's services, said the result reflected ...': the words after 'said'
    are what was said, not a speaker named last; recall20: no one spoke, so no claim)."""
    at_end = _speaker_at_end(words)
    framed = framed_speaker(words) if at_end else None
    if framed and at_end.start() >= words.find(framed) + len(framed):
        return None  # the match begins past the speaker who opens the sentence
    return at_end


def _report_told_by_person(words: str) -> bool:
    """True when a person tells the sentence whose subject is Ofsted or its report ('The
    report, he said, was “fair”', 'The report was “fair”, he said'): the report is what
    they speak of, not the source of the words."""
    at_end = _speaker_at_end(words)
    return said_aside(words) or bool(
        at_end and _PERSONAL_PRONOUN.fullmatch(at_end.group("who").strip())
    )


def _doing(words: str, people: bool) -> str | None:
    """``inspectors`` when the inspectors' sentence reports what they found; ``acting``
    when ``people`` (Ofsted, its inspectors; not the report) tell what they did ("The
    inspectors focussed on ..."); None otherwise."""
    if REPORTING_VERB.search(words) or ACCORDING_TO.search(words):
        return "inspectors"
    return "acting" if people else None


def _own_statement(words: str, cut: bool) -> bool:
    """A statement in the release's own third-person voice, long enough to be a claim
    (ending as a sentence does, unless the text was ``cut`` in it)."""
    return (
        len(RELEASE_WORD.findall(words)) >= _OWN_WORDS
        and not FIRST_PERSON.search(words)
        and (cut or (words[-1] in _SENTENCE_FINAL and not _is_heading(words)))
        and not _FUTURE.search(words)
        and not names_person(words)
        and not _WEB_PAGE.search(words)
    )


class _Pieces:
    """Quote pieces sorted by start, to find those near a sentence by bisection
    (a release can hold thousands of quotes; a scan per sentence is quadratic)."""

    def __init__(self, quotes: Sequence[Found]) -> None:
        self.items = sorted(((s, e, q) for q in quotes for s, e in q.pieces), key=lambda x: x[:2])
        self.starts = [s for s, _, _ in self.items]
        self.longest = max((e - s for s, e, _ in self.items), default=0)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, Found]]:
        """Pieces that overlap [start, end), in order of their start."""
        lo = bisect_left(self.starts, start - self.longest)
        hi = bisect_left(self.starts, end)
        return [item for item in self.items[lo:hi] if item[1] > start]


def _own_words_from(text: str, pieces: _Pieces, sent: Sentence) -> int:
    """Where the sentence's own words begin, as an offset into it: past the end of a
    quotation opened in an earlier sentence and closed in this one (its last sentence,
    '... services well,” the report says, adding that ...'), whose words are the quote
    claim's only; 0 when no quotation runs into the sentence."""
    ends = [e for s, e, _ in pieces.overlapping(sent.start, sent.end) if s < sent.start]
    if not ends:
        return 0
    own = min(max(ends), sent.end)
    while own < sent.end and not (text[own].isalnum()):
        own += 1
    return own - sent.start


def _enclosing(pieces: _Pieces, sent: Sentence) -> Found | None:
    """The quotation that holds most of the sentence, if one does."""
    for s, e, quote in pieces.overlapping(sent.start, sent.end):
        if min(e, sent.end) - max(s, sent.start) > 0.8 * (sent.end - sent.start):
            return quote
    return None


def _visit_told_aside(
    words: str, year_hint: int | None
) -> tuple[ClaimKind, int, int, ClaimValues] | None:
    """The inspection fact of an aside telling when or how long the inspectors visited, in
    a sentence whose finding is all its quotation ('Inspectors, who visited the borough for
    a week in July, said families "receive consistently good services"'): the quotation is
    checked as a quote, and the visit the aside tells is a fact of its own (faithful6,
    faithful7: the sentence was dropped, a wrong month or length unchecked)."""
    span = visit_aside(words)
    if span is None:
        return None
    told = words[span[0] : span[1]]
    values = parse_values(told, year_hint)
    if not (values.dates or values.months or stated_visit(values) or RELATIVE.search(told)):
        return None
    return ("inspection_fact", *span, values)


def _finding_beyond_quotes(text: str, sent: Sentence, pieces: _Pieces, masked: str) -> bool:
    """False for a sentence whose findings are all inside its quotations; ``masked`` is
    the sentence with its quotations blanked. A quotation opened in an earlier sentence
    counts too: the last of its sentences, closed before its source ('... services
    well," the report says.'), is the quote claim's, not a finding of its own."""
    ends = [e for _, e, _ in pieces.overlapping(sent.start, sent.end)]
    if not ends:
        return True
    if len(RELEASE_WORD.findall(masked)) >= _FINDING_OUTSIDE_WORDS:
        return True
    return len(RELEASE_WORD.findall(text[max(ends) : sent.end])) >= _FINDING_TAIL_WORDS


def _inspectors_lists(text: str, paras: Sequence[Paragraph]) -> set[int]:
    """Paragraphs of a bulleted list introduced by the inspectors or their findings
    ("Ofsted highlighted that:", "Other key findings include:", a heading "Three positives
    and three negatives from the report"), short headings inside it ("Positives") included."""
    inside: set[int] = set()
    intro = False
    for para in paras:
        if para.marker and intro:
            inside.add(para.index)
            continue
        line = text[para.start : para.end].rstrip()
        if intro and _is_heading(line, _LIST_HEADING_WORDS):
            continue
        source = mentions_inspectors(line) or bool(_FINDINGS_WORD.search(line))
        intro = source and (line.endswith(":") or _is_heading(line)) and not in_council_voice(line)
    return inside


def _is_heading(line: str, most_words: int = 12) -> bool:
    """A short line with no sentence-final mark: a heading."""
    return bool(line) and line[-1] not in _SENTENCE_FINAL and len(line.split()) <= most_words


def authorities(text: str, sents: Sequence[Sentence], starts: Sequence[int]) -> list[str | None]:
    """For each claim start, the council its sentence names, or the one named last
    before it (the subject carries on until another council, or several, are named)."""
    councils: list[str | None] = []
    council: str | None = None
    for sent in sents:
        words = text[sent.start : sent.end]
        names = authorities_in(words)
        many = len(names) > 1 or names_many_councils(words)
        council = None if many else (names[0] if names else council)
        councils.append(council)
    sent_starts = [sent.start for sent in sents]
    found = []
    for start in starts:
        i = bisect_right(sent_starts, start) - 1
        found.append(councils[i] if i >= 0 else None)
    return found
