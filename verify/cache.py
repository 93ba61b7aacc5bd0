"""A small on-disk cache keyed by content hash.

Parsing a report and embedding its passages are the slow steps; both depend
only on the file's bytes (and the parser or model version), so they are stored
under ``<cache_dir>/<namespace>/<sha256>-<version>`` and reused.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class DiskCache:
    """Pickled values under a namespace; a missing or unreadable entry is a miss."""

    def __init__(self, root: str | Path, namespace: str, version: str) -> None:
        self.folder = Path(root) / namespace
        self.version = version

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}-{self.version}.pickle"

    def get(self, key: str) -> Any | None:
        try:
            with open(self._path(key), "rb") as handle:
                return pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None

    def put(self, key: str, value: Any) -> None:
        """Write atomically, so parallel batch workers never read half a file."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self._path(key))
        except OSError:
            pass  # a cache that cannot be written only costs speed
