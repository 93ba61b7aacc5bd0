"""Embedding arrays on disk as .npy, never pickled, each checked by a recorded sha256.

A report's sentence vectors are written once, beside a ``.sha256`` file holding
the digest of the .npy bytes; a read whose bytes do not match (a torn write, a
damaged disk, a file put there by someone else) is a miss, and the vectors are
made again. ``allow_pickle=False`` means a crafted file can at worst fail to load.
"""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np


def save_vectors(path: Path, vectors: np.ndarray) -> None:
    """Write ``vectors`` to ``path`` (.npy) and its digest beside it, each atomically."""
    import numpy as np

    buffer = io.BytesIO()
    np.save(buffer, np.ascontiguousarray(vectors), allow_pickle=False)
    data = buffer.getvalue()
    path.parent.mkdir(parents=True, exist_ok=True)
    _write_atomic(path, data)
    _write_atomic(_digest_path(path), hashlib.sha256(data).hexdigest().encode("ascii"))


def load_vectors(path: Path) -> np.ndarray | None:
    """The array at ``path`` if its bytes match the recorded sha256, else None."""
    import numpy as np

    try:
        data = path.read_bytes()
        recorded = _digest_path(path).read_text(encoding="ascii").strip()
    except OSError:
        return None
    if hashlib.sha256(data).hexdigest() != recorded:
        return None
    try:
        return np.load(io.BytesIO(data), allow_pickle=False)
    except ValueError:
        return None


def _digest_path(path: Path) -> Path:
    return path.with_name(path.name + ".sha256")


def _write_atomic(path: Path, data: bytes) -> None:
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    partial.write_bytes(data)
    os.replace(partial, path)
