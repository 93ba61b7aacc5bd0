"""How far a verdict can be trusted: its precision on the hand-labelled real articles.

``MEASURED`` holds, for each claim kind and verdict the checker gives, the share of
such verdicts that hand labels agreed with on the ``dev`` part of the real
development set (corpora/gold/dev, `python -m verify.evaluation --part dev` prints
the calibration table these come from). Pairs seen fewer than ``_MIN_SEEN`` times
there fall back to the verdict's figure over all kinds, shrunk towards a prior,
so a rare verdict never claims more certainty than the data gives.
"""

from __future__ import annotations

# (kind, verdict) -> (times given on the dev part, share that gold agreed with), measured
# on the 37 dev-part articles with the precision changes of issue 10 (judging side).
MEASURED: dict[tuple[str, str], tuple[int, float]] = {
    ("comparison", "contradicted"): (4, 0.00),
    ("comparison", "not_checkable"): (7, 0.00),
    ("comparison", "supported"): (9, 0.89),
    ("finding", "contradicted"): (3, 0.33),
    ("finding", "not_checkable"): (8, 0.75),
    ("finding", "supported"): (62, 0.98),
    ("inspection_fact", "contradicted"): (3, 0.67),
    ("inspection_fact", "supported"): (40, 0.88),
    ("national", "not_checkable"): (32, 0.28),
    ("opinion", "not_checkable"): (4, 0.75),
    ("opinion", "supported"): (2, 1.00),
    ("quote", "minor_variation"): (19, 0.79),
    ("quote", "misattributed"): (2, 0.00),
    ("quote", "misquoted"): (8, 1.00),
    ("quote", "not_checkable"): (64, 0.98),
    ("quote", "spliced"): (2, 0.50),
    ("quote", "supported"): (73, 1.00),
    ("rating", "contradicted"): (12, 0.17),
    ("rating", "misleading"): (5, 0.00),
    ("rating", "not_checkable"): (16, 0.06),
    ("rating", "supported"): (68, 0.93),
    ("rating", "unsupported"): (2, 0.00),
}
# verdict -> the same, all kinds together.
BY_VERDICT: dict[str, tuple[int, float]] = {
    "contradicted": (22, 0.23),
    "minor_variation": (19, 0.79),
    "misattributed": (2, 0.00),
    "misleading": (5, 0.00),
    "misquoted": (8, 1.00),
    "not_checkable": (131, 0.63),
    "spliced": (2, 0.50),
    "supported": (254, 0.95),
    "unsupported": (2, 0.00),
}

_MIN_SEEN = 5
_PRIOR, _PRIOR_WEIGHT = 0.5, 4


def confidence(kind: str, verdict: str) -> float:
    """The dev-part precision of ``verdict`` for claims of ``kind``, shrunk when rarely seen."""
    seen, share = MEASURED.get((kind, verdict), (0, 0.0))
    if seen < _MIN_SEEN:
        seen, share = BY_VERDICT.get(verdict, (0, 0.0))
    return round((share * seen + _PRIOR * _PRIOR_WEIGHT) / (seen + _PRIOR_WEIGHT), 2)
