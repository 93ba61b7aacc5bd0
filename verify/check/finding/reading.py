"""One finding read against one report: the report sentences nearest it and how near each is.

The sentences nearest a claim are found by meaning (cosine of sentence embeddings) and by
words (``share_aside``: the share of the claim's content words a sentence holds); a long
sentence is read again over the stretch holding the claim's words (``_by_its_words``).
``_Reading`` carries what every step of ``check_finding`` compares; ``_agreement`` says
how far a sentence reaches the bar, and ``_first``, ``_measured`` and ``_where`` cite the
chosen sentence in a verdict. ``in_report_words`` asks the same ranking whether a sentence
read as opinion is the report's own finding.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from verify.check.common import Context, content_words, shared
from verify.check.finding.scope import council_speaker, topic
from verify.check.negation import SHARED_MIN, SHARED_WORDS_MIN
from verify.match import Hit, PassageIndex, Sentence
from verify.types import Claim, Evidence, Report
from verify.words.clauses import RELEASE_WORD, predicate
from verify.words.criticism import ASKED_TO_IMPROVE, CRITICAL, FAULT_DENIED, WHOSE_PLIGHT
from verify.words.quantities import QUANTITY_WORDS, shares

# Report sentences read for each claim, and the fewest words of one worth comparing:
# a running head ("Council") or a lone heading matches any claim by its words.
_POOL, _SENTENCE_MIN_WORDS = 10, 4
# A sentence read as opinion this close to one report sentence is that sentence.
_OWN_WORDS_MIN = 0.8


_SHARE_WORDS = frozenset(content_words(" ".join(QUANTITY_WORDS)))


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


def _measured(scored: tuple[Sentence, Hit, float]) -> str:
    _, hit, share = scored
    return f"similarity {_strength(hit):.2f}, {share:.0%} of the claim's words"


def _first(chosen, pool, index) -> list[Evidence]:
    """Evidence for the chosen sentence, then the next nearest ones."""
    rest = [p for p in pool if p[1] is not chosen[1]][:2]
    return [index.evidence(h.start, h.end, h.score) for _, h, _ in [chosen, *rest]]


def _pool(wanted: str, words: set[str], index: PassageIndex) -> list[tuple[Sentence, Hit, float]]:
    """The report sentences nearest ``wanted`` (a claim's topic), each with the share of
    its content ``words`` they hold."""
    return [
        (s, h, share_aside(words, s.text))
        for s, h in index.rank(wanted, k=_POOL)
        if len(s.text.split()) >= _SENTENCE_MIN_WORDS
    ]


# A sentence is compared by meaning over the stretch holding the claim's words when it
# holds at least this share of them, and this many.
_STRETCH_SHARE_MIN, _STRETCH_WORDS_MIN = 0.4, 3


def _by_its_words(
    wanted: str,
    words: set[str],
    scored: tuple[Sentence, Hit, float],
    index: PassageIndex,
    floor: float,
) -> tuple[Sentence, Hit, float]:
    """``scored`` with its similarity read over the stretch of its sentence from the first
    to the last of the claim's words it holds, when that is nearer the claim than the
    whole sentence and the sentence holds at least _STRETCH_SHARE_MIN of the claim's words
    (_STRETCH_WORDS_MIN of them) yet stays under the ``floor``: a long sentence's framing
    of its own dilutes the embedding of what the claim restates (session 21, findings21:
    'staff turnover is low and the council seldom needs agency workers' scored 0.50 with
    'The positive work environment and culture are reflected in low turnover rates and
    low rates of use of agency workers.', 0.61 with its stretch from 'low' to 'workers').
    Read only when no sentence of the pool reaches the bar (``check_finding``), never for a
    'What needs to improve' item (a topic named: its stretch is the claim's words, and it
    outranked the criticism it lists, faithful5)."""
    sentence, hit, share = scored
    held = len(words & content_words(sentence.text))
    if (
        sentence.passage.kind == "improvement"
        or hit.semantic is None
        or hit.semantic >= floor
        or share < _STRETCH_SHARE_MIN
        or held < _STRETCH_WORDS_MIN
    ):
        return scored
    stretch = _stretch(words, sentence.text)
    if stretch is None or not _restates_predicate(wanted, stretch):
        return scored
    if (near := index.similarity(wanted, stretch)) is None:
        return scored
    if near <= hit.semantic:
        return scored
    return sentence, replace(hit, semantic=near), share


def _restates_predicate(wanted: str, stretch: str) -> bool:
    """True when ``stretch`` holds at least half the content words of what the claim says
    of its subject (``words.clauses.predicate``; none read, False): a stretch naming only
    the claim's subject ('Independent Reviewing Officers' for 'Caseloads for independent
    reviewing officers are manageable') says nothing of it, however near its words."""
    said = predicate(wanted)
    own = content_words(said) if said else set()
    return bool(own) and 2 * len(own & content_words(stretch)) >= len(own)


def _stretch(words: set[str], sentence: str) -> str | None:
    """The words of ``sentence`` from the first to the last that is one of the claim's
    content ``words``, or None when that is the whole sentence but a word or two."""
    spans = [m.span() for m in RELEASE_WORD.finditer(sentence) if content_words(m.group()) & words]
    if not spans:
        return None
    text = sentence[spans[0][0] : spans[-1][1]]
    return text if len(sentence.split()) - len(text.split()) > 2 else None


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
