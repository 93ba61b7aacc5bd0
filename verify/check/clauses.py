"""A verdict placed on the clause it is about.

A sentence stating two things ('... now take 29 weeks, quicker than the 40-week average')
is one claim, and a flag on it flagged both: the right half beside the wrong one (five of
the seven wrong flags left on the read sets in session 31, each on a sentence gold labels
clause by clause). Likewise a sentence the report bears out in part ('Children wait an
average of 547 days ..., and Lewisham's adoption service is among the best performing in
London', read whole as a vague standing) was left not checkable whole. When a sentence is
flagged, or left not checkable with no flag held back, its halves
(``verify.extract.claims.halves``) are checked on their own, and the first cut where the
report bears one half out and the other keeps the sentence's verdict replaces it: the flag
stands on the words it is about, and the journalist sees the rest supported. Nothing
changes where no cut does both: a flag that needs the whole sentence stays on the whole
sentence, and a supported sentence is never cut.
"""

from __future__ import annotations

from collections.abc import Callable

from verify.types import FLAGS, CheckedClaim, Claim


def placeable(checked: CheckedClaim) -> bool:
    """True for a flag, or a not checkable that holds none back (a flag held back stays on
    the sentence its check read)."""
    if checked.verdict == "not_checkable":
        return checked.held_back is None
    return checked.verdict in FLAGS


def on_its_clause(
    checked: CheckedClaim,
    cuts: list[tuple[Claim, Claim]],
    judge: Callable[[Claim], CheckedClaim],
) -> list[CheckedClaim]:
    """``checked``, or the two halves of the first of ``cuts`` (the sentence's, when it is
    ``placeable``) whose one half ``judge`` supports and whose other it judges alike."""
    for one, two in cuts:
        pair = [judge(one), judge(two)]
        if {c.verdict for c in pair} == {"supported", checked.verdict}:
            return pair
    return [checked]
