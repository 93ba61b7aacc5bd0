"""The verdicts in one order of severity, for 'the worst one wins'.

``not_checkable`` ranks lowest: a value or a report that cannot settle a claim is no
evidence against it, so a claim that is checked and holds elsewhere stays supported
(its explanation still says what could not be checked). Flags rank by how much they
change what a reader takes away; a stated error (``contradicted``) is the worst.
"""

from __future__ import annotations

from verify.types import VerdictLabel

SEVERITY: tuple[VerdictLabel, ...] = (
    "not_checkable",
    "supported",
    "minor_variation",
    "unsupported",
    "misleading",
    "misquoted",
    "spliced",
    "misattributed",
    "contradicted",
)


def worst(labels) -> VerdictLabel:
    """The most severe of ``labels``."""
    return max(labels, key=SEVERITY.index)


HOLDS: tuple[VerdictLabel, ...] = ("supported", "minor_variation")
"""The verdicts that say a claim holds (its words differing at most in form)."""
