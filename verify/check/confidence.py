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
# on the 37 dev-part articles after the issue-10 changes.
MEASURED: dict[tuple[str, str], tuple[int, float]] = {
    ("comparison", "contradicted"): (4, 0.00),
    ("comparison", "not_checkable"): (7, 0.00),
    ("comparison", "supported"): (9, 0.89),
    ("finding", "contradicted"): (1, 0.00),
    ("finding", "misleading"): (2, 0.00),
    ("finding", "not_checkable"): (27, 0.15),
    ("finding", "supported"): (43, 0.91),
    ("inspection_fact", "contradicted"): (6, 0.33),
    ("inspection_fact", "not_checkable"): (2, 0.00),
    ("inspection_fact", "supported"): (35, 0.86),
    ("national", "not_checkable"): (32, 0.28),
    ("opinion", "not_checkable"): (6, 0.50),
    ("quote", "minor_variation"): (17, 0.76),
    ("quote", "misattributed"): (9, 0.00),
    ("quote", "misquoted"): (10, 0.80),
    ("quote", "not_checkable"): (64, 0.88),
    ("quote", "spliced"): (2, 0.50),
    ("quote", "supported"): (66, 1.00),
    ("rating", "contradicted"): (8, 0.00),
    ("rating", "misleading"): (5, 0.00),
    ("rating", "not_checkable"): (20, 0.05),
    ("rating", "supported"): (68, 0.90),
    ("rating", "unsupported"): (2, 0.00),
}
# verdict -> the same, all kinds together.
BY_VERDICT: dict[str, tuple[int, float]] = {
    "contradicted": (19, 0.10),
    "minor_variation": (17, 0.76),
    "misattributed": (9, 0.00),
    "misleading": (7, 0.00),
    "misquoted": (10, 0.80),
    "not_checkable": (158, 0.46),
    "spliced": (2, 0.50),
    "supported": (221, 0.93),
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
