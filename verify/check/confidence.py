"""How far a verdict can be trusted: its precision on the hand-labelled real articles.

``MEASURED`` holds, for each claim kind and verdict the checker gives, how often it was
given on the ``dev`` part of the real development set (corpora/gold/dev) and the share
of those that hand labels agreed with. It is data, not code: ``calibration.json`` beside
this module, written by `python -m verify.evaluation --part dev --calibrate` from the
calibration table that command prints (never from the test part). Pairs seen fewer than
``_MIN_SEEN`` times there fall back to the verdict's figure over all kinds, shrunk
towards a prior, so a rare verdict never claims more certainty than the data gives.
"""

from __future__ import annotations

import json
from importlib.resources import files

Figures = tuple[int, float]
"""(times given on the dev part, share that gold agreed with)"""

CALIBRATION = "calibration.json"
"""The measured figures, shipped with the package beside this module."""


def calibration_json(measured: dict[tuple[str, str], Figures]) -> str:
    """``measured`` as the text of ``calibration.json``: one row per kind and verdict,
    sorted, the share to two places as the calibration table prints it."""
    rows = [
        {"kind": kind, "verdict": verdict, "given": n, "agreed": round(share, 2)}
        for (kind, verdict), (n, share) in sorted(measured.items())
    ]
    return "[\n" + ",\n".join(f" {json.dumps(row)}" for row in rows) + "\n]\n"


def read_calibration(text: str) -> dict[tuple[str, str], Figures]:
    """The figures of a ``calibration.json`` text (``calibration_json`` read back)."""
    return {(r["kind"], r["verdict"]): (r["given"], r["agreed"]) for r in json.loads(text)}


MEASURED: dict[tuple[str, str], Figures] = read_calibration(
    files("verify.check").joinpath(CALIBRATION).read_text(encoding="utf-8")
)
"""(kind, verdict) -> (times given on the dev part, share that gold agreed with)."""


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
