"""The metamorphic set's sentences written from a report's judgement table, not varied
from a claim: how many of its areas (``JudgementWords.area``) have a grade, counted, as a
percentage or as 'all but one', true, and one with a count one higher, false.
"""

from __future__ import annotations

from verify.evaluation.variants import FLAG, Variant
from verify.types import GRADES, Judgement
from verify.words.judgements import JUDGEMENTS
from verify.words.numbers import NUMBER_WORDS


def share_sentences(table: list[Judgement]) -> list[Variant]:
    """Sentences on how many of a report's areas have each grade, with their truth: for
    each grade some area has, 'K of the N areas inspected were judged G' and 'judged G in K
    out of N areas' (true; 'all' when K is N, 'all but one' when one area lacks it), the
    first with a count one higher when there is one (false), '75 per cent of ...' when the
    share is a whole number, 'Half of ...' when it is half."""
    areas = [j.grade for j in table if JUDGEMENTS[j.name].area and j.grade in GRADES]
    n = len(areas)
    out: list[Variant] = []
    if n < 2:
        return out
    for grade in sorted(set(areas)):
        k, said = areas.count(grade), _said(grade)
        out.extend(_counted(k, n, said))
        if k < n:
            out.append((_counted(k + 1, n, said)[0][0], FLAG))
        if 100 * k % n == 0:
            out.append((f"{100 * k // n} per cent of the areas were judged {said}.", "supported"))
        if 2 * k == n:
            out.append((f"Half of the areas inspected were judged {said}.", "supported"))
    return out


def _counted(k: int, n: int, said: str) -> list[Variant]:
    """True sentences that ``k`` of ``n`` areas were judged ``said``, subject first
    ('Three of the four areas ...') and grade first ('... good in three out of four')."""
    total = _word(n)
    if k == n:
        return [
            (f"All {total} areas inspected were judged {said}.", "supported"),
            (f"Services were judged {said} in all {total} areas.", "supported"),
        ]
    verb = "was" if k == 1 else "were"
    out = [
        (
            f"{_word(k).capitalize()} of the {total} areas inspected {verb} judged {said}.",
            "supported",
        ),
        (f"Services were judged {said} in {_word(k)} out of {total} areas.", "supported"),
    ]
    if k == n - 1:
        out.append(
            (f"Services were judged {said} in all but one of the {total} areas.", "supported")
        )
    return out


def _word(n: int) -> str:
    return next((w for w, v in NUMBER_WORDS.items() if v == n), str(n))


def _said(grade: str) -> str:
    return "to require improvement" if grade == "requires_improvement" else grade
