"""How far a verdict can be trusted: its precision on the hand-labelled real articles.

``MEASURED`` holds, for each claim kind and verdict the checker gives, the share of
such verdicts that hand labels agreed with on the ``dev`` part of the real
development set (corpora/gold/dev, `python -m verify.evaluation --part dev` prints
the calibration table these come from). Pairs seen fewer than ``_MIN_SEEN`` times
there fall back to the verdict's figure over all kinds, shrunk towards a prior,
so a rare verdict never claims more certainty than the data gives.
"""

from __future__ import annotations

# (kind, verdict) -> (times given on the dev part, share that gold agreed with).
MEASURED: dict[tuple[str, str], tuple[int, float]] = {}
# verdict -> (times given on the dev part, share gold agreed with), all kinds together.
BY_VERDICT: dict[str, tuple[int, float]] = {}

_MIN_SEEN = 5
_PRIOR, _PRIOR_WEIGHT = 0.5, 4


def confidence(kind: str, verdict: str) -> float:
    """The dev-part precision of ``verdict`` for claims of ``kind``, shrunk when rarely seen."""
    seen, share = MEASURED.get((kind, verdict), (0, 0.0))
    if seen < _MIN_SEEN:
        seen, share = BY_VERDICT.get(verdict, (0, 0.0))
    return round((share * seen + _PRIOR * _PRIOR_WEIGHT) / (seen + _PRIOR_WEIGHT), 2)
