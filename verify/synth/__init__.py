"""Labelled synthetic releases built from real reports (FactCC-style rule-based edits).

``synthesise(report, others, seed)`` writes one council-style release about a
report with planted claims whose gold verdicts are known; ``build_set`` makes
the whole labelled set from a folder of reports for ``make eval`` and
``make bench``.
"""

from verify.synth.dataset import SetManifest, build_set, ensure_set, load_set, write_set
from verify.synth.generator import synthesise
from verify.synth.models import GOLD_VERDICT, INJECTED, GoldClaim, SyntheticRelease

__all__ = [
    "GOLD_VERDICT",
    "INJECTED",
    "GoldClaim",
    "SetManifest",
    "SyntheticRelease",
    "build_set",
    "ensure_set",
    "load_set",
    "synthesise",
    "write_set",
]
