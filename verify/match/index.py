"""An index of one report's passages and sentences, for every kind of alignment.

Quotes are aligned exactly, then fuzzily, on normalised text; other claims are
ranked by lexical plus semantic similarity against report sentences. Every hit
carries report offsets, so evidence points at the printed text.
"""

from __future__ import annotations

import bisect
import re
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from verify.match import ranking
from verify.match.lexical import (
    Alignment,
    KeptWords,
    context_score,
    exact_occurrences,
    fuzzy_alignment,
    word_diff,
)
from verify.match.normalise import Normalised, Token, normalise
from verify.match.semantic import Encoder, texts_digest
from verify.types import DiffOp, Evidence, Passage, Report
from verify.words.sentences import sentence_spans


@dataclass(frozen=True)
class Sentence:
    """A sentence of a report passage, with report offsets."""

    passage: Passage
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Hit:
    """A report span that matches a claim, with its 0-1 score."""

    start: int
    end: int
    score: float
    passage: Passage | None
    lexical: float = 0.0
    semantic: float | None = None


def split_sentences(passage: Passage, text: str) -> list[Sentence]:
    """The sentences of ``passage`` (offsets into the report text)."""
    spans = sentence_spans(text, passage.start, passage.end)
    out = [Sentence(passage, a, b, text[a:b].strip()) for a, b in spans]
    return [s for s in out if s.text]


@dataclass(frozen=True)
class _Prepared:
    """What an index needs from a report's text, the same for every check of it."""

    norm: Normalised
    passages: list[Passage]
    starts: list[int]
    sentences: list[Sentence]
    sentence_norms: list[str]
    token_starts: list[int]
    lengths: np.ndarray
    """Each sentence's normalised length, bounding its lexical score (``ranking``)."""
    sentence_starts: list[int] | None
    """Each sentence's start, when the sentences follow one another without overlapping
    (then the one holding an offset is found by bisection); None when some overlap."""

    @cached_property
    def kept(self) -> KeptWords:
        """Bounds of the words a quotation's diff against each sentence keeps, made the
        first time a quotation is not found word for word."""

        def forms(sentence: Sentence) -> list[str]:
            first, last = self.tokens_between(sentence.start, sentence.end)
            return [t.form for t in self.norm.tokens[first:last]]

        return KeptWords([forms(s) for s in self.sentences])

    blocks: dict[int, ranking.Blocks] = field(default_factory=dict, compare=False)
    """The sentences' ``ranking.Blocks`` by size, made when a short query first asks."""
    matching: dict[re.Pattern, list[int]] = field(default_factory=dict, compare=False)
    """``PassageIndex.sentences_matching``'s answers, by pattern."""

    def blocks_for(self, query: str) -> ranking.Blocks | None:
        """The sentences' blocks that bound ``query``'s scores, None for a long query."""
        size = ranking.block_size(len(query))
        if size is None:
            return None
        if size not in self.blocks:
            self.blocks[size] = ranking.Blocks.of(self.sentence_norms, size)
        return self.blocks[size]

    @cached_property
    def sentence_texts(self) -> list[str]:
        return [s.text for s in self.sentences]

    @cached_property
    def sentence_digest(self) -> str:
        """``texts_digest`` of the sentences: hashed once a report, not once a check."""
        return texts_digest(self.sentence_texts)

    @cached_property
    def word_counts(self) -> np.ndarray:
        """How many of the report's words (tokens) each sentence holds."""
        spans = (self.tokens_between(s.start, s.end) for s in self.sentences)
        return np.array([last - first for first, last in spans])

    def tokens_between(self, start: int, end: int) -> tuple[int, int]:
        """Token range ``[first, last)`` of the words inside report offsets ``[start, end)``."""
        return (
            bisect.bisect_left(self.token_starts, start),
            bisect.bisect_left(self.token_starts, end),
        )


_PREPARED: OrderedDict[tuple, _Prepared] = OrderedDict()
_PREPARED_MAX = 16


def _prepare(report: Report) -> _Prepared:
    """Normalised text and sentences of ``report``, remembered for the last few reports.

    A pure function of the report's text and passages (keyed by its sha256 and the
    passages' spans, so a report re-parsed or trimmed is never served stale), so a
    batch or a warm process normalises each report once, not once per release. A
    report prepared again has its words indexed (``Normalised.index_words``).
    """
    key = (report.sha256, len(report.text), tuple((p.start, p.end) for p in report.passages))
    if key in _PREPARED:
        _PREPARED.move_to_end(key)
        # Checked again: its text will be searched for phrase after phrase again.
        _PREPARED[key].norm.index_words()
        return _PREPARED[key]
    norm = normalise(report.text)
    passages = sorted(report.passages, key=lambda p: p.start)
    sentences = [s for p in passages for s in split_sentences(p, report.text)]
    # Each sentence's normalised words are a slice of the report's (``Normalised.within``);
    # only a sentence cut inside a word is read again on its own.
    sentence_norms = [_or_read(norm.within(s.start, s.end), s.text) for s in sentences]
    prepared = _Prepared(
        norm=norm,
        passages=passages,
        starts=[p.start for p in passages],
        sentences=sentences,
        sentence_norms=sentence_norms,
        token_starts=[t.start for t in norm.tokens],
        lengths=np.array([len(n) for n in sentence_norms]),
        sentence_starts=_starts_if_disjoint(sentences),
    )
    _PREPARED[key] = prepared
    if len(_PREPARED) > _PREPARED_MAX:
        _PREPARED.popitem(last=False)
    return prepared


def _starts_if_disjoint(sentences: list[Sentence]) -> list[int] | None:
    follow = all(a.end <= b.start for a, b in zip(sentences, sentences[1:], strict=False))
    return [s.start for s in sentences] if follow else None


def _or_read(found: str | None, text: str) -> str:
    return found if found is not None else normalise(text).text


class PassageIndex:
    """Alignment and ranking over one report."""

    def __init__(self, report: Report, encoder: Encoder | None = None) -> None:
        self.report = report
        self.encoder = encoder
        prepared = _prepare(report)
        self.norm: Normalised = prepared.norm
        self.passages = prepared.passages
        self._starts = prepared.starts
        self.sentences = prepared.sentences
        self._prepared = prepared
        self._fuzzy: dict[str, tuple[float, Alignment | None]] = {}
        self._occurrences: dict[str, list[Alignment]] = {}
        self._ranked: dict[tuple[str, bool, int], tuple[int, list[tuple[Sentence, Hit]]]] = {}
        self._ranked_wordy: dict[tuple[str, int, float, int], list[tuple[Sentence, Hit]]] = {}

    # ------------------------------------------------------------------ lookup

    def passage_at(self, offset: int) -> Passage | None:
        """The passage holding report offset ``offset``, if any."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self.passages[i].start <= offset < self.passages[i].end:
            return self.passages[i]
        return None

    def sentence_at(self, offset: int) -> Sentence | None:
        found = self._sentence_index_at(offset)
        return self.sentences[found] if found is not None else None

    def _sentence_index_at(self, offset: int) -> int | None:
        """The first sentence holding ``offset``: by bisection when they do not overlap
        (a long report has hundreds), else by looking at each in turn."""
        starts = self._prepared.sentence_starts
        if starts is None:
            found = (i for i, s in enumerate(self.sentences) if s.start <= offset < s.end)
            return next(found, None)
        i = bisect.bisect_right(starts, offset) - 1
        return i if i >= 0 and offset < self.sentences[i].end else None

    def tokens_between(self, start: int, end: int) -> tuple[int, int]:
        """Token range ``[first, last)`` of the words inside report offsets ``[start, end)``."""
        return self._prepared.tokens_between(start, end)

    def sentences_matching(self, pattern: re.Pattern) -> list[Sentence]:
        """The sentences ``pattern`` finds something in (``search``), in report order.
        Searched once per report and pattern: a checker asks for every claim it checks,
        and a warm process for every release."""
        prepared = self._prepared
        found = prepared.matching.get(pattern)
        if found is None:
            found = [i for i, text in enumerate(prepared.sentence_texts) if pattern.search(text)]
            prepared.matching[pattern] = found
        return [self.sentences[i] for i in found]

    def span(self, alignment: Alignment) -> tuple[int, int]:
        """Report offsets of an alignment's tokens."""
        toks = self.norm.tokens
        return toks[alignment.first].start, toks[alignment.last - 1].end

    def sentence_of(self, alignment: Alignment) -> Sentence | None:
        """The report sentence an alignment starts in."""
        return self.sentence_at(self.span(alignment)[0])

    # ------------------------------------------------------------------ quotes

    def occurrences(self, phrase: str) -> list[Alignment]:
        """Every whole-word occurrence of ``phrase`` (normalised words, space-joined).

        Remembered for this index's life (one check): lookups and the quote checker ask
        for the same quotations and pieces again (four asks in ten repeat one), and a
        report whose words are not indexed (checked once, in a batch) is scanned whole
        for each. A new list each call: callers may change theirs."""
        found = self._occurrences.get(phrase)
        if found is None:
            found = self._occurrences[phrase] = exact_occurrences(phrase, self.norm)
        return list(found)

    def fuzzy(self, phrase: str, cutoff: float = 0.0) -> Alignment | None:
        """The best fuzzy placement of ``phrase`` (normalised words), snapped to words;
        None when it scores below ``cutoff`` (0-100).

        A caller that uses a placement only from some score up passes that score as
        ``cutoff``: rapidfuzz then skips the windows below it (2-3 times faster for a
        quotation the report lacks), and a placement reaching it is the one found with
        no cutoff. Remembered for this index's life (one check): guessing a check's
        lookups and placing its quotes ask for the same placements, and a placement
        found answers any cutoff, as a None does any cutoff at least its own.
        """
        known = self._fuzzy.get(phrase)
        if known is not None:
            floor, found = known
            if found is not None:
                return found if found.score >= cutoff else None
            if cutoff >= floor:
                return None
        found = fuzzy_alignment(phrase, self.norm, cutoff)
        self._fuzzy[phrase] = (cutoff, found)
        return found

    def word_diff(
        self, first: int, last: int, release: list[Token]
    ) -> tuple[list[DiffOp], int, int]:
        """Word diff from the report's words ``[first, last)`` (token indices) to the
        release's, with the report-token range ``[first, last)`` the diff covers
        (words at either end of the window the release does not have are dropped)."""
        first = max(0, first)
        diff, start, end = word_diff(list(self.norm.tokens[first:last]), release)
        return diff, first + start, first + end

    def align(
        self, phrase: str, context: str | None = None, cutoff: float = 0.0
    ) -> Alignment | None:
        """Where ``phrase`` occurs: exactly if it does, else its best fuzzy placement
        (None below ``cutoff``, as ``fuzzy``).

        A phrase found more than once is placed where the report sentence around
        it best fits ``context`` (the release sentence the phrase was quoted in).
        """
        target = normalise(phrase).text
        found = self.occurrences(target)
        if len(found) > 1 and context:
            return max(found, key=lambda a: self._fit(a, context))
        if found:
            return found[0]
        return self.fuzzy(target, cutoff)

    def _fit(self, alignment: Alignment, context: str) -> float:
        start, _ = self.span(alignment)
        found = self._sentence_index_at(start)
        sentence = self.sentences[found] if found is not None else None
        text = sentence.text if sentence else self.report.text[max(0, start - 200) : start + 200]
        score = context_score(context, text)
        if self.encoder is not None:
            # A report sentence's vector is already on disk; only the context is new.
            there = (
                self.sentence_vectors[found]
                if found is not None
                else self.encoder.encode([text])[0]
            )
            score += 100 * float(self.encoder.encode([context])[0] @ there)
        return score

    # ------------------------------------------------------------------ ranking

    def could_keep(self, forms: list[str], minimum: float) -> bool:
        """False when a word diff of ``forms`` (a quotation's word forms) against every
        report sentence keeps fewer than ``minimum`` of them (``KeptWords``, an upper
        bound): no sentence is then worth ranking to diff against."""
        return self._prepared.kept.could_keep(forms, minimum)

    @cached_property
    def sentence_vectors(self):
        """Embeddings of every sentence, encoded once and kept on disk with the report."""
        assert self.encoder is not None
        prepared = self._prepared
        return self.encoder.report_vectors(
            self.report.sha256, prepared.sentence_texts, prepared.sentence_digest
        )

    def rank(
        self, text: str, k: int = 3, semantic: bool = True, min_words: int = 0
    ) -> list[tuple[Sentence, Hit]]:
        """The ``k`` report sentences most like ``text``: partial_ratio plus cosine
        (partial_ratio alone when ``semantic`` is false or there is no encoder), of
        those of at least ``min_words`` words (tokens) when given: a short one all of
        whose words are in the text ranks top yet says nothing ('(Recommendation)', the
        tag closing a SIF paragraph, scores 1 against any claim of recommendations), and
        the k best of all could be all such (a finding's pool was then empty).

        Ties keep report order. Only the sentences that can still reach the top ``k``
        are aligned with partial_ratio (``ranking.top``), which was most of a
        check's time when every sentence is aligned. Remembered for this index's
        life (one check): checkers rank the same text again (a quote's words to
        place it, then to show the nearest passage), and the top ``k`` of a longer
        ranking are the ranking of ``k`` (it is exact, ties in report order).
        """
        if not self.sentences:
            return []
        key = (text, semantic, min_words)
        known = self._ranked.get(key)
        if known is None or known[0] < k:
            eligible = self._prepared.word_counts >= min_words if min_words else None
            known = self._ranked[key] = (k, self._rank(text, k, semantic, eligible, None))
        return known[1][:k]

    def rank_wordy(
        self, text: str, k: int, min_words: float, passed: int
    ) -> list[tuple[Sentence, Hit]]:
        """``rank(text, k + passed, semantic=False)`` less its sentences of fewer than
        ``min_words`` words, at most ``k`` kept, found without ranking ``k + passed``
        (``ranking.top``'s ``eligible``): a short sentence all of whose words are in the
        text ranks top yet cannot place it. Remembered for this index's life."""
        if not self.sentences:
            return []
        key = (text, k, min_words, passed)
        if key not in self._ranked_wordy:
            eligible = self._prepared.word_counts >= min_words
            self._ranked_wordy[key] = self._rank(text, k, False, eligible, passed)
        return self._ranked_wordy[key]

    def _rank(
        self,
        text: str,
        k: int,
        semantic: bool,
        eligible: np.ndarray | None = None,
        passed: int | None = 0,
    ) -> list[tuple[Sentence, Hit]]:
        query = normalise(text).text
        cosines = None
        if semantic and self.encoder is not None:
            cosines = self.sentence_vectors @ self.encoder.encode([text])[0]
        prepared = self._prepared
        blocks = prepared.blocks_for(query)
        found = ranking.top(
            query, prepared.sentence_norms, prepared.lengths, k, cosines, blocks, eligible, passed
        )
        return [
            (self.sentences[i], self._hit(self.sentences[i], score, lexical, sem))
            for i, score, lexical, sem in found
        ]

    def similarities(self, text: str, others: list[str]) -> list[float] | None:
        """The cosine of ``text`` with each of ``others`` (parts of report sentences a
        checker chose), or None without an encoder: all encoded in one call by the encoder
        that ranks, so a checker comparing several waits on the model once."""
        if self.encoder is None:
            return None
        vectors = self.encoder.encode([text, *others])
        return [float(vectors[0] @ row) for row in vectors[1:]]

    @staticmethod
    def _hit(sentence: Sentence, score: float, lexical: float, semantic: float | None) -> Hit:
        return Hit(sentence.start, sentence.end, score, sentence.passage, lexical, semantic)

    # ------------------------------------------------------------------ evidence

    def evidence(self, start: int, end: int, score: float, whole_sentence: bool = True) -> Evidence:
        """Evidence for report span ``[start, end)``, widened to its sentence if asked."""
        passage = self.passage_at(start)
        if whole_sentence:
            sentence = self.sentence_at(start)
            if sentence is not None:
                start, end = min(start, sentence.start), max(end, sentence.end)
        return Evidence(
            report=self.report.label,
            paragraph=passage.number if passage else None,
            page=self.report.page_at(start),
            section=passage.section if passage else None,
            text=re.sub(r"\s+", " ", self.report.text[start:end]).strip(),
            score=round(min(max(score, 0.0), 1.0), 3),
            start=start,
            end=end,
        )
