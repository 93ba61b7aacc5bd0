"""The two halves of a set derived by a rule from real text, by council.

A derived set (``quoteback_set``, ``framings_set``, ``summary_set``, ``accounts_set``,
``metamorph``) is tuned on one half and only measured on the other, as the dev and test
parts are: the council decides, so no council's wording is seen on both sides. Each set
hashes with the salt fixed before its first run: its own for ``quoteback_set``,
``framings_set``, ``summary_set`` and ``accounts_set``, none (``""``) for ``metamorph``,
whose halves were fixed so (a salt now would reshuffle its held-out half).
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path

HALVES = ("tune", "held-out")
SPLIT = Path(__file__).resolve().parents[2] / "corpora" / "gold" / "dev" / "split.json"


@cache
def split() -> dict[str, list[str]]:
    """The dev set's parts (``dev``, ``test``: article ids) and ``test_councils``, read once."""
    return json.loads(SPLIT.read_text(encoding="utf-8"))


@cache
def test_councils() -> frozenset[str]:
    """The councils of the dev set's test part: no derived set draws on them."""
    return frozenset(split()["test_councils"])


def pick(key: str, n: int) -> int:
    """A stable choice of one of ``n`` by ``key`` (a set's choices of sentences, forms and
    framings): the same on every machine and run."""
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:4], "big") % n


def half(council: str, salt: str) -> str:
    """``tune`` when the first byte of sha256(salt + council) is even, else ``held-out``."""
    return HALVES[hashlib.sha256(f"{salt}{council}".encode()).digest()[0] % 2]
