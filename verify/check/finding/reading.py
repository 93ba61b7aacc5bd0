"""One finding read against one report: the report sentences nearest it and how near each is.

The sentences nearest a claim are found by meaning (cosine of sentence embeddings) and by
words (``share_aside``: the share of the claim's content words a sentence holds); a long
sentence is read again over the stretch holding the claim's words (``stretch``).
``_Reading`` carries what every step of ``check_finding`` compares; ``_agreement`` says
how far a sentence reaches the bar, and ``_first``, ``_measured`` and ``_where`` cite the
chosen sentence in a verdict. ``in_report_words`` asks the same ranking whether a sentence
read as opinion is the report's own finding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from verify.check.common import Context, content_words, shared
from verify.check.finding.scope import council_speaker, topic
from verify.check.negation import SHARED_MIN, SHARED_WORDS_MIN
from verify.match import Hit, PassageIndex, Sentence
from verify.report.structure import BULLET
from verify.types import Claim, Evidence, Report
from verify.words.criticism import ASKED_TO_IMPROVE, CRITICAL, FAULT_DENIED, WHOSE_PLIGHT
from verify.words.quantities import QUANTITY_WORDS, shares

# Report sentences read for each claim, and the fewest words of one worth comparing:
# a running head ("Council") or a lone heading matches any claim by its words.
_POOL, _SENTENCE_MIN_WORDS = 10, 4
# A sentence read as opinion this close to one report sentence is that sentence.
_OWN_WORDS_MIN = 0.8


_SHARE_WORDS = frozenset(content_words(" ".join(QUANTITY_WORDS)))

_STOPPED = re.compile(r"[.!?:;)’”'\"]\s*$")
"""A sentence's end: a stop, or the quotation mark or bracket closing one."""


def a_line(sentence: Sentence) -> bool:
    """A report line that is no sentence: a title, a cover line ('Inspection of Nottingham
    City local', a date line) or a heading, ending with no stop and no bullet opening it,
    outside the numbered paragraphs, the improvement items and the judgement table (which
    the parse reads as such: a table row carries its judgement's grade, which may tell a
    finding's praise the other way). It names the report, never a finding, and matched
    findings by the council's name and the inspection's words alone (written24: an
    official's 'has accepted the findings of an Ofsted inspection' supported by the cover
    line; session 23's summaries set saw headings support 7 of 24 positives read)."""
    text = sentence.text.strip()
    return (
        sentence.passage.kind in ("other", "summary")
        and not _STOPPED.search(text)
        and not BULLET.match(text)
    )


def share_aside(words: set[str], sentence: str) -> float:
    """The share of a claim's content ``words`` that ``sentence`` holds, the words of the
    claim's share that the sentence does not say set aside (session 19, quantity19):
    'every' and 'most' tell how much of the same thing holds, so a claim's 'every' counted
    against the report's 'Most young people live in suitable accommodation' kept the
    sentence below the bar, and the two shares were never compared. Only against a
    sentence that tells a share of its own (``words.quantities.shares``): one telling none
    says the thing of all, or of no share a claim's could be compared with ('some children
    did not get help' beside a recommendation to consolidate improvements). A share word
    the sentence says too ('always' for 'not always') still counts."""
    if not shares(sentence):
        return shared(words, sentence)
    said = content_words(sentence)
    return shared(words - (_SHARE_WORDS - said), sentence)


def _strength(hit: Hit) -> float:
    return hit.semantic if hit.semantic is not None else hit.lexical


@dataclass(frozen=True)
class _Reading:
    """One finding read against one report: what every step of ``check_finding`` compares
    (the claim's topic and content words, the report sentences nearest it, best first, and
    the bar a sentence must reach to say the same)."""

    claim: Claim
    ctx: Context
    report: Report
    index: PassageIndex
    wanted: str
    words: set[str]
    pool: list[tuple[Sentence, Hit, float]]
    floor: float
    by_inspectors: bool

    @property
    def critical_claim(self) -> bool:
        """The claim criticises, or asks the council to improve, in words of its own."""
        text = FAULT_DENIED.sub(" ", WHOSE_PLIGHT.sub(" ", self.claim.text))
        return bool(CRITICAL.search(text) or ASKED_TO_IMPROVE.search(text))


def may_say_it(sentence: Sentence, share: float, words: set[str]) -> bool:
    """False for a sentence that cannot say what a claim says, however near its cosine: a
    line that is no sentence (``a_line``), or one sharing none of the claim's content
    ``words`` (its ``share``) when the claim names at least SHARED_WORDS_MIN of them."""
    if a_line(sentence):
        return False
    return len(words) < SHARED_WORDS_MIN or bool(share)


def _measured(scored: tuple[Sentence, Hit, float]) -> str:
    _, hit, share = scored
    return f"similarity {_strength(hit):.2f}, {share:.0%} of the claim's words"


def _first(chosen, pool, index) -> list[Evidence]:
    """Evidence for the chosen sentence, then the next nearest ones."""
    rest = [p for p in pool if p[1] is not chosen[1]][:2]
    return [index.evidence(h.start, h.end, h.score) for _, h, _ in [chosen, *rest]]


def _pool(wanted: str, words: set[str], index: PassageIndex) -> list[tuple[Sentence, Hit, float]]:
    """The report sentences nearest ``wanted`` (a claim's topic), each with the share of
    its content ``words`` they hold: the nearest of those long enough to say something
    (``_SENTENCE_MIN_WORDS`` words as the index counts them, so 'Decision-making is
    child-focused.' is five), ranked among themselves, so the short ones that rank top
    crowd none out ('(Recommendation)', a SIF paragraph's tag, filled the pool of 'it makes
    18 recommendations', left empty)."""
    return [
        (s, h, share_aside(words, s.text))
        for s, h in index.rank(wanted, k=_POOL, min_words=_SENTENCE_MIN_WORDS)
    ]


def in_report_words(claim: Claim, ctx: Context, report: Report) -> bool:
    """True when a sentence read as opinion is a report sentence nearly word for word
    (cosine or shared words at _OWN_WORDS_MIN): the report's finding, not a view."""
    if council_speaker(claim.text):
        return False
    wanted = topic(claim.text)
    enough_words = len(content_words(claim.text)) >= SHARED_WORDS_MIN
    return any(
        (h.semantic is not None and h.semantic >= _OWN_WORDS_MIN)
        or (share >= _OWN_WORDS_MIN and enough_words)
        for _, h, share in _pool(wanted, content_words(wanted), ctx.index(report))
    )


def _agreement(hit: Hit, share: float, n_words: int, floor: float) -> float:
    """How far a sentence says what the claim says, 1 at the bar: by meaning (cosine
    over the floor) or by words (share of the claim's content words over SHARED_MIN)."""
    by_words = share / SHARED_MIN if n_words >= SHARED_WORDS_MIN else 0.0
    return max(_strength(hit) / floor, by_words)


def _where(evidence: Evidence) -> str:
    if evidence.paragraph:
        return f"Paragraph {evidence.paragraph}"
    return f"The report (page {evidence.page})" if evidence.page else "The report"
