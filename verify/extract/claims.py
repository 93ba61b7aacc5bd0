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
from dataclasses import dataclass, field

from verify.extract.attribution import mask_spans
from verify.extract.kinds import Context, classify
from verify.extract.quotes import QuoteMatch
from verify.extract.text import Paragraph, Sentence
from verify.extract.values import inherit_grades, parse_values
from verify.types import Attribution, ClaimKind, ClaimValues
from verify.words.councils import authorities_in, names_many_councils
from verify.words.dates import parse_dates
from verify.words.grades import RELEASE_GRADE_RE
from verify.words.speakers import INSPECTORS_SOURCE, mentions_inspectors

_WORD = re.compile(r"[\w’'-]+")
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
_INSPECTORS_SUBJECT = re.compile(
    r"^(?:[\w’',]+\s+){0,4}?(?:ofsted|inspectors|the (?:report|inspection|regulator|watchdog|"
    r"inspectorate))\b",
    re.I,
)
"""A sentence whose subject, in its first words, is the inspectors or their report."""
_PRONOUN_SUBJECT = re.compile(r"^(?:(?:however|but|and),?\s+)?(?P<pronoun>they|it)\b", re.I)
_SAYS_SOURCE = re.compile(
    rf",?\s+(?:says|said|according to)\s+(?P<source>(?:the\s+)?{INSPECTORS_SOURCE})[.!]?$",
    re.I,
)
"""A sentence reported in the inspectors' voice at its end: "…, says Ofsted"."""
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


def sentence_claims(
    text: str, paras: Sequence[Paragraph], sents: Sequence[Sentence], quotes: Sequence[Found]
) -> list[Found]:
    """A claim for every sentence that makes a checkable statement (or an opinion)."""
    masked = mask_spans(text, (p for q in quotes for p in q.pieces))
    year_hint = next((d.year for d in parse_dates(text[:2000])), None)
    lists = _inspectors_lists(text, paras)
    pieces = _Pieces(quotes)
    found: list[Found] = []
    previous_kind: str | None = None
    graded: tuple[int, ClaimValues] | None = None  # the last graded claim's paragraph, values
    voice = _InspectorsVoice()
    per_paragraph = Counter(sent.paragraph for sent in sents)  # one: the sentence is its line
    for sent in sents:
        inside = _enclosing(pieces, sent)
        words = text[sent.start : sent.end] if inside else masked[sent.start : sent.end]
        reported = voice.read(words, sent.paragraph)
        ctx = Context(
            quote_role=inside.attribution.role if inside and inside.attribution else None,
            inspectors_list=sent.paragraph in lists and inside is None,
            after_finding=previous_kind == "finding",
        )
        row = _as_rated(words) if per_paragraph[sent.paragraph] == 1 else words
        values = parse_values(row, year_hint)
        if not values.grades and graded and graded[0] == sent.paragraph:
            values.grades = inherit_grades(words, graded[1])
        kind = classify(reported, values, ctx)
        if kind == "finding" and not inside:
            kind = kind if _finding_beyond_quotes(text, sent, pieces, words) else None
        previous_kind = kind
        if kind is None:
            continue
        if kind != "comparison":
            values.direction = values.previous_grade = values.previous_year = None
        if values.grades:
            graded = (sent.paragraph, values)
        found.append(Found(kind, sent.start, sent.end, (), _sentence_attribution(ctx), values))
    return found


def _as_rated(line: str) -> str:
    """A line "Label – Grade" (a table row pasted as text) as "Label rated Grade", so its
    grade is read as a rating; any other line as it is."""
    m = _LABEL_GRADE.match(line.strip())
    if m is None or len(m.group("label").split()) > _LABEL_WORDS:
        return line
    return f"{m.group('label')} rated {m.group('grade')}"


class _InspectorsVoice:
    """Sentences that report the inspectors' words without naming them where a reporting
    verb can see it: a pronoun carrying on from a sentence whose subject was the
    inspectors or their report ("Inspectors visited … They praised …"), or a source
    given at the end ("…, says Ofsted"). Each is read with the source where it belongs,
    so it is classified as the finding it reports."""

    def __init__(self) -> None:
        self.subject_paragraph: int | None = None  # where the inspectors were last the subject

    def read(self, words: str, paragraph: int) -> str:
        """``words`` with the inspectors named as their subject when they are meant."""
        carried = self.subject_paragraph is not None and paragraph - self.subject_paragraph <= 1
        pronoun = _PRONOUN_SUBJECT.match(words)
        says = _SAYS_SOURCE.search(words)
        if pronoun and carried:
            reported = f"{words[: pronoun.start('pronoun')]}inspectors{words[pronoun.end() :]}"
        elif says:
            reported = f"{says.group('source')} says {words[: says.start()]}"
        else:
            reported = words
        inspectors = bool(_INSPECTORS_SUBJECT.match(reported)) or (pronoun and carried)
        self.subject_paragraph = paragraph if inspectors else None
        return reported


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


def _enclosing(pieces: _Pieces, sent: Sentence) -> Found | None:
    """The quotation that holds most of the sentence, if one does."""
    for s, e, quote in pieces.overlapping(sent.start, sent.end):
        if min(e, sent.end) - max(s, sent.start) > 0.8 * (sent.end - sent.start):
            return quote
    return None


def _finding_beyond_quotes(text: str, sent: Sentence, pieces: _Pieces, masked: str) -> bool:
    """False for a sentence whose findings are all inside its quotations; ``masked`` is
    the sentence with its quotations blanked."""
    ends = [e for s, e, _ in pieces.overlapping(sent.start, sent.end) if s >= sent.start]
    if not ends:
        return True
    if len(_WORD.findall(masked)) >= _FINDING_OUTSIDE_WORDS:
        return True
    return len(_WORD.findall(text[max(ends) : sent.end])) >= _FINDING_TAIL_WORDS


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
        intro = source and (line.endswith(":") or _is_heading(line))
    return inside


def _is_heading(line: str, most_words: int = 12) -> bool:
    """A short line with no sentence-final mark: a heading."""
    return bool(line) and line[-1] not in ".!?”’\"'" and len(line.split()) <= most_words


def _sentence_attribution(ctx: Context) -> Attribution | None:
    """Findings listed under "Ofsted highlighted that:" are the inspectors' words."""
    return Attribution(role="inspectors") if ctx.inspectors_list else None


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
