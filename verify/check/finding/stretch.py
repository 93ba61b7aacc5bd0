"""A long report sentence read over the stretch holding a finding's words.

A long sentence's framing of its own dilutes the embedding of what a claim restates, so
the finding check reads the sentences of a pool short of the bar again over the stretch
from the first to the last of the claim's words each holds (``by_their_words``). Which
stretch is read is asked of words only (``stretch_read``), but whether any is read is
known only once the pool is ranked by cosine, and few are (on the dev part, MiniLM, 4
of the 99 stretches a guess before ranking could name): a pool's are encoded together,
in one call, when read, not guessed into the check's batch (``verify.check.lookups``),
where the 95 never read cost each release about a tenth more encoding (session 22).
"""

from __future__ import annotations

from dataclasses import replace

from verify.check.common import content_words
from verify.match import Hit, PassageIndex, Sentence
from verify.words.clauses import RELEASE_WORD, predicate

# A sentence is compared by meaning over the stretch holding the claim's words when it
# holds at least this share of them, and this many.
_STRETCH_SHARE_MIN, _STRETCH_WORDS_MIN = 0.4, 3


def by_their_words(
    wanted: str,
    words: set[str],
    pool: list[tuple[Sentence, Hit, float]],
    index: PassageIndex,
    floor: float,
) -> list[tuple[Sentence, Hit, float]]:
    """``pool`` with each sentence's similarity read over its stretch (``stretch_read``)
    when that is nearer the claim than the whole sentence and the sentence stays under the
    ``floor``: a long sentence's framing of its own dilutes the embedding of what the
    claim restates (session 21, findings21: 'staff turnover is low and the council seldom
    needs agency workers' scored 0.50 with 'The positive work environment and culture are
    reflected in low turnover rates and low rates of use of agency workers.', 0.61 with
    its stretch from 'low' to 'workers'). Read only when no sentence of the pool reaches
    the bar (``check_finding``); the pool's stretches are encoded in one call."""
    read = [
        (i, stretch)
        for i, (sentence, hit, share) in enumerate(pool)
        if hit.semantic is not None
        and hit.semantic < floor
        and (stretch := stretch_read(wanted, words, sentence, share))
    ]
    if not read or (nears := index.similarities(wanted, [s for _, s in read])) is None:
        return pool
    pool = list(pool)
    for (i, _), near in zip(read, nears, strict=True):
        sentence, hit, share = pool[i]
        if near > hit.semantic:
            pool[i] = sentence, replace(hit, semantic=near), share
    return pool


def stretch_read(wanted: str, words: set[str], sentence: Sentence, share: float) -> str | None:
    """The stretch of ``sentence`` that ``by_their_words`` compares with ``wanted`` (the
    claim's topic, whose content ``words`` the sentence holds a ``share`` of), or None.
    Read when the sentence holds at least
    _STRETCH_SHARE_MIN of the claim's words (_STRETCH_WORDS_MIN of them) and the stretch
    restates what the claim says of its subject; never for a 'What needs to improve' item
    (a topic named: its stretch is the claim's words, and it outranked the criticism it
    lists, faithful5)."""
    if (
        sentence.passage.kind == "improvement"
        or share < _STRETCH_SHARE_MIN
        or len(words & content_words(sentence.text)) < _STRETCH_WORDS_MIN
    ):
        return None
    stretch = _stretch(words, sentence.text)
    if stretch is None or not _restates_predicate(wanted, stretch):
        return None
    return stretch


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
