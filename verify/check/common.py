"""What every claim checker shares: the checking context, verdict building, a report's grade
for a judgement of any era (which visit a report or sentence is of: ``check.visits``)."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from types import FrameType
from typing import TYPE_CHECKING

from verify.check.confidence import confidence
from verify.check.release_index import LINE, ReleaseIndex
from verify.check.visits import _VISIT_WORDS, _dated_before, is_visit_letter, misnamed_visit
from verify.match import FUNCTION_WORDS, Encoder, PassageIndex, normalise, tokens
from verify.settings import Settings
from verify.types import (
    FLAGS,
    CheckedClaim,
    Claim,
    DiffOp,
    Evidence,
    Grade,
    JudgementName,
    Release,
    Report,
    VerdictLabel,
)
from verify.words.dates import TO_COME, dateline
from verify.words.judgements import EQUIVALENT
from verify.words.qualifiers import negated_before
from verify.words.sentences import sentence_spans
from verify.words.speakers import FRAMING_PHRASE
from verify.words.spellings import ABBREVIATED, SINGULARS
from verify.words.stems import stem

if TYPE_CHECKING:
    from verify.archive import Archive

# Words too common to show two sentences say the same thing (with the articles and
# prepositions); words are compared by their stems (``words.stems.stem``), so 'improved'
# meets 'improvement', 'child' 'children' and 'risk' 'risks'.
_COMMON = FUNCTION_WORDS | {"and", "or", "is", "are", "was", "were", "be", "been", "has"}
_COMMON |= {"have", "had", "that", "this", "these", "those", "it", "its", "their", "they"}
_COMMON |= {"there", "which", "who", "than", "but", "also", "very", "not"}

# "improved since the last inspection and focused visit", "the inspection follows a
# focused visit in 2020" look back at a visit; it is not what the release is about.
_EARLIER = re.compile(
    r"\b(?:since|after|previous|last|earlier|follow(?:s|ed|ing)?)\b[^.;:!?]*$", re.I
)


ABOUT_THE_VISIT = ("finding", "comparison", "inspection_fact")
"""Kinds that describe what the inspection found or did: not checkable against a report
that is not of the visit the release is about (``Context.about_other_visit``). The routing
table wraps exactly these in ``this_visit_only``; ``lookups`` skips them there."""


def judgement_grade(report: Report, name: JudgementName) -> tuple[JudgementName, Grade] | None:
    """The report's grade for ``name`` or its equivalent in the report's framework."""
    for candidate in EQUIVALENT.get(name, (name,)) + _whole_of_looked_after(report, name):
        grade = report.grade_of(candidate)
        if grade is not None:
            return candidate, grade
    return None


def _whole_of_looked_after(report: Report, name: JudgementName) -> tuple[JudgementName, ...]:
    """Overall effectiveness, for children in care in a 2012-2013 inspection of
    looked-after children's services (the one kind of report grading their outcomes): the
    whole of what it inspected is their care."""
    in_care = name in ("children_in_care", "looked_after_and_permanence")
    if in_care and report.grade_of("outcomes_for_looked_after_children") is not None:
        return ("overall_effectiveness",)
    return ()


@dataclass
class Context:
    """Everything a checker may consult: the release, the reports and their indexes."""

    release: Release
    reports: list[Report]
    previous: list[Report]
    settings: Settings
    encoder: Encoder | None
    indexes: dict[str, PassageIndex] = field(default_factory=dict)
    archive: Archive | None = None
    """Every archived report: national standing, and where a quote not in the report is
    from. None when no archive has been built."""
    _other_visit: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False)
    """``other_visit_at``'s answers, by report sha256."""
    fact_values: dict[tuple[int, str], tuple[Claim, tuple]] = field(
        default_factory=dict, repr=False
    )
    """``fact.compared_values``' answers, by the claim's id and report sha256, the claim
    kept beside them (its id is not reused while kept): ``lookups`` asks them to guess a
    fact's row, ``check_fact`` again to judge it."""
    placements: dict[tuple[int, str], object] = field(default_factory=dict, repr=False)
    """A quotation's pieces and their placement in a report
    (``quote.placing.Placements``), by the claim's id and report sha256: ``lookups`` asks
    them to guess a quotation's rows, ``check_quote`` again to judge it."""

    _report_words: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    """``report_words``' answers, by report sha256."""

    def report_words(self, report: Report) -> frozenset[str]:
        """Every content word (``content_words``) of the report's sentences, read once a
        report: what a claim must share some of for any sentence to say what it says
        (``finding.unrelated`` asks it claim after claim, before ranking anything)."""
        if report.sha256 not in self._report_words:
            sentences = self.index(report).sentences
            self._report_words[report.sha256] = frozenset().union(
                *(_content_words(s.text) for s in sentences)
            )
        return self._report_words[report.sha256]

    @cached_property
    def release_index(self) -> ReleaseIndex:
        """The release's text read once for the questions every claim asks of all of it
        (``check.release_index``): this check's own, never a cache keyed by the text."""
        return ReleaseIndex(self.release.text)

    def index(self, report: Report) -> PassageIndex:
        if report.sha256 not in self.indexes:
            self.indexes[report.sha256] = PassageIndex(report, self.encoder)
        return self.indexes[report.sha256]

    def about_other_visit(self, report: Report) -> bool:
        """True when the release is about a visit (focused, monitoring) the report is not.

        Its findings and quotes come from a letter we were not given, so they
        cannot be checked against this report.
        """
        return bool(self.other_visit_at(report))

    def other_visit_at(self, report: Report) -> tuple[int, ...]:
        """Where the release's opening names a visit (focused, monitoring) the report is not
        of and that it does not date before the report's: the start of each sentence naming
        one, none when the release is about the report's own visit. Read once a report
        (every claim asks)."""
        if report.sha256 not in self._other_visit:
            self._other_visit[report.sha256] = self._other_visit_sentences(report)
        return self._other_visit[report.sha256]

    def quote_of_other_visit(self, claim: Claim, report: Report) -> bool:
        """True when ``claim``'s quoted words may be that other visit's letter's: the visit
        is named in the release's lead (its headline to its first paragraph of prose: what
        the release reports), or in the quotation's own paragraph or the one before it.
        A release about an inspection that names a monitoring visit in passing ('Each
        monitoring visit that followed recorded steady improvement') had every quote flag
        withdrawn, though its quotations far from that sentence are the inspection's."""
        named = self.other_visit_at(report)
        if not named:
            return False
        release = self.release_index
        near = paragraph_before(release.text, line_around(release, claim)[0])
        return any(at < release.lead_end or near <= at < claim.end for at in named)

    def _other_visit_sentences(self, report: Report) -> tuple[int, ...]:
        if is_visit_letter(report):
            return ()
        text = self.release.text
        day = dateline(text)
        named = [
            m.start()
            for m in _VISIT_WORDS.finditer(text, 0, _OPENING)
            if not _EARLIER.search(text[max(0, m.start() - 40) : m.start()])
        ]
        opening = text[: _opening_end(text)]
        lines = [m.span() for m in LINE.finditer(opening)] if named else []
        spans = [span for a, b in lines for span in sentence_spans(opening, a, b)]
        sentences = [_sentence_at(opening, spans, at) for at in named]
        if any(misnamed_visit(said, report, day) for said in sentences):
            return ()  # the report's own inspection, misnamed ('a focused visit in February')
        # a visit to come ('The next focused visit is expected in the spring') is not one
        # the release reports
        return tuple(
            at
            for at, said in zip(named, sentences, strict=True)
            if not _dated_before(said, report, day) and not TO_COME.search(said)
        )

    def sentence_around(self, claim: Claim) -> str:
        return sentence_around(self.release_index, claim)


Checker = Callable[[Claim, Context, Report], CheckedClaim]
"""A claim kind's checker, and the wrappers around it (``verify.check.CHECKERS``)."""


_OPENING = 1500
"""Characters of a release read for the visit it is about: its headline and first
paragraphs."""


def _opening_end(text: str) -> int:
    """Where the opening's last paragraph ends (at most a paragraph's length past
    ``_OPENING``): a visit named near the window's edge is read with its whole sentence
    ('flagged at a focused visit i' lost its '2022', so the visit was taken for one after
    the report, and a release's every finding went unchecked: drift48)."""
    end = text.find("\n", _OPENING)
    return min(len(text) if end == -1 else end, 2 * _OPENING)


def paragraph_before(text: str, start: int) -> int:
    """The start of the paragraph before the one starting at ``start`` (blank lines
    passed over), ``start`` itself when none comes before it."""
    end = start
    while end and text[end - 1].isspace():
        end -= 1  # walked back, never copied: a release may be one line of megabytes
    return text.rfind("\n", 0, end) + 1 if end else start


def _sentence_at(text: str, spans: list[tuple[int, int]], at: int) -> str:
    """The sentence of ``text`` (split once into ``spans``) holding offset ``at``."""
    return next((text[a:b] for a, b in spans if a <= at < b), "")


def line_around(release: ReleaseIndex, claim: Claim) -> tuple[int, int]:
    """(start, end) of the release line (paragraph) holding the claim, newlines excluded
    (``ReleaseIndex.line_bounds``: bisected, not searched for from the claim)."""
    return release.line_bounds(claim.start, claim.end)


def sentence_around(release: ReleaseIndex, claim: Claim) -> str:
    """The release sentence (within its line) holding the claim: context for placing
    phrases."""
    line_start, line_end = line_around(release, claim)
    spans = release.line_sentences(line_start, line_end)
    start, end = spans.start_of(claim.start, line_start), spans.end_of(claim.end, line_end)
    return release.text[start:end].strip()


def last_sentence_before(release: ReleaseIndex, claim: Claim, in_paragraph: bool = False) -> str:
    """The release sentence before the one holding the claim (in the paragraph before,
    when the claim's opens its paragraph, unless ``in_paragraph``: then ""): the time words
    pointing back ('At that time', 'Back then') stand for."""
    line_start, line_end = line_around(release, claim)
    start = release.line_sentences(line_start, line_end).start_of(claim.start, line_start)
    if in_paragraph and not release.text[line_start:start].strip():
        return ""
    return release.last_sentence(start)


def sentence_before(release: ReleaseIndex, claim: Claim, at: int) -> str:
    """The release sentence's words before offset ``at`` of the claim's text: the subject a
    clause the claim was cut from names, with the claim's own words up to ``at``."""
    line_start, line_end = line_around(release, claim)
    spans = release.line_sentences(line_start, line_end)
    return release.text[spans.start_of(claim.start, line_start) : claim.start + at]


def verdict(
    claim: Claim,
    label: VerdictLabel,
    explanation: str,
    evidence: list[Evidence] | None = None,
    diff: list[DiffOp] | None = None,
) -> CheckedClaim:
    """A checked claim: the claim's fields plus its verdict, named by the check that built
    it (``decided_by``), which is the function calling this one. The name is read from the
    call stack rather than passed: each of some 140 call sites would otherwise spell its
    own name by hand, and a name kept by hand drifts from the code it names."""
    return CheckedClaim(
        **claim.model_dump(),
        verdict=label,
        explanation=explanation,
        confidence=confidence(claim.kind, label),
        evidence=evidence or [],
        diff=diff,
        decided_by=check_name(sys._getframe(1)),
    )


def check_name(frame: FrameType) -> str:
    """'finding.check_finding' for a frame of ``verify.check.finding.check_finding``: the
    checker's name, the module or package just below ``verify.check`` ('quote' for
    ``verify.check.quote.steps``, so that a label outlives a split into modules; the last
    name elsewhere, 'check' for the routing in ``verify.check`` itself) and the function, a
    nested one under its own name ('check.this_visit_only.checked')."""
    name = frame.f_globals["__name__"]
    below = name.removeprefix("verify.check.")
    module = below.split(".", 1)[0] if below != name else name.rsplit(".", 1)[-1]
    return f"{module}.{frame.f_code.co_qualname.replace('.<locals>', '')}"


REPEATED_MIN_WORDS = 6
"""Words a claim must hold, its framing left out, to count as the report's own words: a
shorter run ('children are safe') is said of many things."""
REPEATED_SENTENCE_SHARE = 0.9
"""How much of the report's sentence the claim's words must be: a part of it may have left
out what it was said of ('services were judged to be good' from '... good at the last
inspection in 2014'), which is the very misreading a flag should catch."""


def report_words_at(claim: Claim, ctx: Context, report: Report) -> Evidence | None:
    """Where ``report`` says the claim's words exactly as a sentence of its own (whole words
    as the matcher normalises them: spelling, case, punctuation), the claim's framing left
    out ('Inspectors found that', ', the report said'); None when it does not, or the claim
    is too short to tell."""
    said = normalise(FRAMING_PHRASE.sub("", claim.text)).text.split()
    if len(said) < REPEATED_MIN_WORDS:
        return None
    index = ctx.index(report)
    for found in index.occurrences(" ".join(said)):
        sentence = index.sentence_of(found)
        whole = len(normalise(sentence.text).text.split()) if sentence else len(said)
        start, end = index.span(found)
        # The word just before may deny them: the report's 'Not all care leavers have
        # access to their health histories' holds a claim's 'all care leavers have access
        # to their health histories' as its denial, not as its words (findings18: the
        # contradiction was held back as the report's very words).
        if len(said) >= REPEATED_SENTENCE_SHARE * whole and not negated_before(
            report.text, start, 1
        ):
            return index.evidence(start, end, 1.0)
    return None


def provisional(checked: CheckedClaim, ctx: Context, check: str) -> CheckedClaim:
    """``checked`` from a provisional ``check``: one resting on medium evidence (a word list
    or a share of shared words decides) that has never raised a correct flag on a real
    release (the dev part's articles, the seeds; docs/FLAGS.md). Its flag is raised only
    with the ``provisional_flags`` setting; otherwise what it found is shown, not flagged:
    a flag a journalist cannot trust is worse than none, and each such check has so far
    been tuned on invented releases alone."""
    if checked.verdict not in FLAGS or ctx.settings.provisional_flags:
        return checked
    why = (
        f"Not flagged ({check}, a check not yet borne out on real releases; the "
        f"provisional_flags setting raises it as {checked.verdict}): {checked.explanation}"
    )
    return held_back(checked, why)


def held_back(
    checked: CheckedClaim, why: str, evidence: list[Evidence] | None = None
) -> CheckedClaim:
    """``checked`` with its flag held back (``CheckedClaim.held_back``): not_checkable, told
    ``why``, with ``evidence`` when given (else its own), so a journalist reads what was
    found without being asked to act on it."""
    update = {
        "verdict": "not_checkable",
        "confidence": confidence(checked.kind, "not_checkable"),
        "explanation": why,
        "held_back": checked.verdict,
    }
    return checked.model_copy(
        update=update if evidence is None else update | {"evidence": evidence}
    )


def officials_account(claim: Claim, speaker: str) -> CheckedClaim:
    """not_checkable: what an official tells of the report is their opinion (the
    conventions), whatever the report says."""
    why = (
        f"A statement by {speaker}, not by Ofsted: an official's account of the report "
        "is their opinion, not checked against it."
    )
    return verdict(claim, "not_checkable", why)


def nearest(ctx: Context, report: Report, text: str, k: int = 1) -> list[Evidence]:
    """Evidence for the report sentences most like ``text``."""
    index = ctx.index(report)
    return [index.evidence(h.start, h.end, h.score) for _, h in index.rank(text, k)]


def content_words(text: str) -> set[str]:
    """The claim's words that carry its content (normalised forms, common words left out)."""
    return set(_content_words(text))


@lru_cache(maxsize=4096)
def _content_words(text: str) -> frozenset[str]:
    """``content_words``, remembered: checkers read the same report sentences (and their
    clauses) for claim after claim, and a warm process for release after release. An
    abbreviation counts as the words it stands for ('IROs', ``words.spellings.ABBREVIATED``)."""
    forms = [
        SINGULARS.get(w, w) for t in tokens(text) for w in ABBREVIATED.get(t.form, t.form).split()
    ]
    return frozenset(stem(w) for w in forms if w not in _COMMON and len(w) > 2)


def shared(words: set[str], sentence: str) -> float:
    """The share of ``words`` that ``sentence`` holds."""
    return len(words & _content_words(sentence)) / len(words) if words else 0.0
