"""How far a verdict can be trusted: its precision on the hand-labelled real articles.

``MEASURED`` holds, for each claim kind and verdict the checker gives, the share of
such verdicts that hand labels agreed with on the ``dev`` part of the real
development set (corpora/gold/dev, `python -m verify.evaluation --part dev` prints
the calibration table these come from). Pairs seen fewer than ``_MIN_SEEN`` times
there fall back to the verdict's figure over all kinds, shrunk towards a prior,
so a rare verdict never claims more certainty than the data gives.
"""

from __future__ import annotations

# (kind, verdict) -> (times given on the dev part, share that gold agreed with): the
# calibration table of `python -m verify.evaluation --part dev` on the 37 dev-part
# articles, after the judging-side changes of issue 10's third session.
Figures = tuple[int, float]
"""(times given on the dev part, share that gold agreed with)"""

MEASURED: dict[tuple[str, str], Figures] = {
    ("comparison", "contradicted"): (1, 0.00),
    ("comparison", "not_checkable"): (5, 0.00),
    ("comparison", "supported"): (14, 0.93),
    ("finding", "contradicted"): (3, 0.33),
    ("finding", "misleading"): (1, 1.00),
    ("finding", "not_checkable"): (6, 0.83),
    ("finding", "supported"): (92, 0.97),
    ("inspection_fact", "contradicted"): (3, 0.67),
    ("inspection_fact", "supported"): (40, 0.88),
    ("national", "not_checkable"): (32, 0.28),
    ("opinion", "not_checkable"): (3, 1.00),
    ("opinion", "supported"): (1, 1.00),
    ("quote", "minor_variation"): (18, 0.83),
    ("quote", "misquoted"): (11, 1.00),
    ("quote", "not_checkable"): (68, 0.99),
    ("quote", "spliced"): (1, 1.00),
    ("quote", "supported"): (80, 1.00),
    ("rating", "contradicted"): (7, 0.29),
    ("rating", "misleading"): (2, 0.00),
    ("rating", "supported"): (106, 0.94),
    ("rating", "unsupported"): (1, 0.00),
}


def _by_verdict(measured: dict[tuple[str, str], Figures]) -> dict[str, Figures]:
    """Each verdict's figures over all kinds: the times given summed, the share agreed
    weighted by them (derived from ``MEASURED``, so the two cannot drift apart)."""
    seen: dict[str, int] = {}
    agreed: dict[str, float] = {}
    for (_, verdict), (n, share) in measured.items():
        seen[verdict] = seen.get(verdict, 0) + n
        agreed[verdict] = agreed.get(verdict, 0.00) + n * share
    return {v: (n, agreed[v] / n if n else 0.0) for v, n in seen.items()}


BY_VERDICT = _by_verdict(MEASURED)
"""verdict -> (times given, share agreed), all kinds together: the fallback for a kind
that rarely gives the verdict."""

_MIN_SEEN = 5
_PRIOR, _PRIOR_WEIGHT = 0.5, 4


def confidence(kind: str, verdict: str) -> float:
    """The dev-part precision of ``verdict`` for claims of ``kind``, shrunk when rarely seen."""
    seen, share = MEASURED.get((kind, verdict), (0, 0.00))
    if seen < _MIN_SEEN:
        seen, share = BY_VERDICT.get(verdict, (0, 0.00))
    return round((share * seen + _PRIOR * _PRIOR_WEIGHT) / (seen + _PRIOR_WEIGHT), 2)
