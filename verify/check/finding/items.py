"""A finding that lists several things, looked for item by item.

Real releases sum up several of the report's findings in one sentence ('Among the
strengths singled out are A, B and C', 'These include A, and B'): ranked whole, such a
sentence is near no one report sentence (on dev, similarity 0.45-0.52 with its best),
though the report says each thing in a sentence of its own. ``item_by_item`` looks for
each item the list names (``words.lists.listed_items``) on its own: supported when the
report says every one, each in a plain sentence of the claim's tone that reaches the
similarity bar holding at least half the item's words, or holds three in four of them;
when only some are found, not_checkable naming them. Never a flag: an item told the other
way needs the checks a whole finding has, so a list with an item that denies ('no waiting
for early help', ``words.lists.DENYING``) is left as it was, and an item is found only in
a plain sentence limiting it no more than the item does ('Most return home interviews are
completed promptly' finds no 'every return home interview').
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from verify.check.common import content_words, verdict
from verify.check.finding.reading import _Reading, _strength, _where, share_aside
from verify.check.finding.stretch import _stretch
from verify.check.negation import critical
from verify.match import Hit, Sentence
from verify.types import CheckedClaim, Evidence
from verify.words.lists import DENYING, listed_items
from verify.words.qualifiers import NEGATION
from verify.words.quantities import LIMITED

ITEM_SHARE_MIN = 0.5
"""The least share of an item's content words its sentence must hold: an item is a few
words ('a strong team of foster carers'), and a short phrase finds some sentence by
meaning alone ('a youth club for care leavers' reached 0.69 with the heading 'The
experiences and progress of care leavers')."""
ITEM_STRETCH_SHARE_MIN = 2 / 3
"""The least share of an item's words a sentence must hold to be read over the stretch
holding them (``_over_its_words``): half would let two words of four ('care leavers' of
'a youth club for care leavers') carry an item the report never names."""
ITEM_WORDS_SHARE_MIN, ITEM_WORDS_HELD_MIN = 0.75, 4
"""An item is found by its words alone in a sentence holding this share of them, of an
item naming at least this many ('the very low use of temporary staff' in 'there are
exceptionally low levels of temporary or short-term staff'), as a whole finding is at
80% of its words."""
_ITEM_WORDS_MIN = 2
_RANKED = 3
_SENTENCE_MIN_WORDS = 5


@dataclass(frozen=True)
class _Found:
    """An item of the list and the report sentence that says it (None: not found)."""

    item: str
    sentence: Sentence | None = None
    hit: Hit | None = None
    share: float = 0.0


def item_by_item(r: _Reading) -> CheckedClaim | None:
    """The claim's verdict from its listed items, each looked for on its own
    (``_found``): supported when every item is found, not_checkable naming those found
    when some are; None when the claim lists nothing, an item negates or limits, or no
    item is found (the caller's verdict stands)."""
    items = _items(r.wanted)
    if not items:
        return None
    found = [_found(r, item) for item in items]
    said = [f for f in found if f.sentence is not None]
    if not said:
        return None
    evidence = [_evidence(r, f) for f in said]
    told = "; ".join(
        f"'{f.item}' ({_where(e)}, similarity {_strength(f.hit):.2f}, "
        f"{f.share:.0%} of its words): '{f.sentence.text}'"
        for f, e in zip(said, evidence, strict=True)
    )
    if len(said) == len(found):
        why = f"The report says each of the {len(found)} things the claim lists: {told}"
        return verdict(r.claim, "supported", why, evidence)
    missing = ", ".join(f"'{f.item}'" for f in found if f.sentence is None)
    why = (
        f"The report says {len(said)} of the {len(found)} things the claim lists ({told}); "
        f"no passage was found saying {missing}."
    )
    return verdict(r.claim, "not_checkable", why, evidence)


def items_ranked(wanted: str) -> list[str]:
    """The items of ``wanted`` (a finding's topic) that ``item_by_item`` would rank by
    meaning, for ``verify.check.lookups`` to guess into the check's batch: a list with no
    denying item, each item of at least _ITEM_WORDS_MIN content words. Ranked only when
    nothing supports the whole claim, but a list is rare and its items few."""
    return [i for i in _items(wanted) if len(content_words(i)) >= _ITEM_WORDS_MIN]


def _items(wanted: str) -> list[str]:
    """The items of the list ``wanted`` names, or none when an item denies what it names
    (``words.lists.DENYING``): such a list is judged whole."""
    items = listed_items(wanted)
    return [] if any(DENYING.search(i) for i in items) else items


def _found(r: _Reading, item: str) -> _Found:
    """``item`` with the report sentence that says it: the nearest by meaning that reaches
    the bar, holds ITEM_SHARE_MIN of the item's content words, says nothing negated or
    limited, and criticises where the claim does and only there (praise is not found in a
    criticism, nor a criticism in praise: session 22 review)."""
    words = content_words(item)
    if len(words) < _ITEM_WORDS_MIN:
        return _Found(item)
    for sentence, hit in r.index.rank(item, k=_RANKED):
        share = share_aside(words, sentence.text)
        hit = _over_its_words(r, item, words, sentence, hit, share)
        if (
            len(sentence.text.split()) >= _SENTENCE_MIN_WORDS
            and sentence.passage.kind != "improvement"
            and (
                (_strength(hit) >= r.floor and share >= ITEM_SHARE_MIN)
                or (share >= ITEM_WORDS_SHARE_MIN and len(words) >= ITEM_WORDS_HELD_MIN)
            )
            and not NEGATION.search(sentence.text)
            and _limits(sentence.text) <= _limits(item)
            and critical(sentence, words) == r.critical_claim
        ):
            return _Found(item, sentence, hit, share)
    return _Found(item)


def _over_its_words(
    r: _Reading, item: str, words: set[str], sentence: Sentence, hit: Hit, share: float
) -> Hit:
    """``hit`` with its similarity read over the stretch of ``sentence`` holding the
    item's words, when that is nearer and the sentence holds ITEM_STRETCH_SHARE_MIN of
    them: a few words in a long sentence are diluted by the rest ('financial
    difficulties' scored 0.35 with 'Children's services have experienced significant
    challenges with a high turnover of staff, financial difficulties, increased demand
    and ...'), as a whole finding's are (``stretch.by_their_words``)."""
    if hit.semantic is None or share < ITEM_STRETCH_SHARE_MIN or hit.semantic >= r.floor:
        return hit
    stretch = _stretch(words, sentence.text)
    nears = r.index.similarities(item, [stretch]) if stretch else None
    near = nears[0] if nears else None
    return hit if near is None or near <= hit.semantic else replace(hit, semantic=near)


def _limits(text: str) -> set[str]:
    """The words limiting what ``text`` says to part ('most', 'largely', ``LIMITED``)."""
    return {m.group().lower() for m in LIMITED.finditer(text)}


def _evidence(r: _Reading, found: _Found) -> Evidence:
    hit = found.hit
    return r.index.evidence(hit.start, hit.end, hit.score)
