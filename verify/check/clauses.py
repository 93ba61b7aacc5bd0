"""A flag placed on the clause it is about.

A sentence stating two things ('... now take 29 weeks, quicker than the 40-week average')
is one claim, and a flag on it flagged both: the right half beside the wrong one (five of
the seven wrong flags left on the read sets in session 31, each on a sentence gold labels
clause by clause). When a sentence is flagged, its halves (``verify.extract.claims.halves``)
are checked on their own, and the first cut where the report bears one half out and the
other keeps the flag replaces it: the flag then stands on the words it is about, and the
journalist sees the rest supported. Nothing changes where no cut does both: a flag that
needs the whole sentence stays on the whole sentence, and a sentence not flagged is never
cut. Flags are few, so their halves are encoded when asked for; cutting every sentence
left not checkable too (tried in session 32: three more agreements on the read sets)
encoded texts one claim at a time, outside the check's one batch.
"""

from __future__ import annotations

from collections.abc import Callable

from verify.extract.claims.halves import halves
from verify.types import FLAGS, CheckedClaim, Claim, Release


def on_its_clause(
    claim: Claim,
    checked: CheckedClaim,
    release: Release,
    judge: Callable[[Claim], CheckedClaim],
) -> list[CheckedClaim]:
    """``checked`` (the verdict on ``claim``), or, when it is a flag, the two halves of
    the first cut whose one half ``judge`` supports and whose other it flags alike."""
    if checked.verdict not in FLAGS:
        return [checked]
    for one, two in halves(claim, release):
        pair = [judge(one), judge(two)]
        if {c.verdict for c in pair} == {"supported", checked.verdict}:
            return pair
    return [checked]
