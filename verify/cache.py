"""A small on-disk cache keyed by content hash, that stores data and never code.

Parsing a report and embedding its passages are the slow steps; both depend
only on the file's bytes (and the parser or model version), so they are stored
under ``<cache_dir>/<namespace>/<sha256>-<version>.<suffix>`` and reused.

Entries are plain data (JSON for models, ``.npy`` without pickles for arrays),
so a planted entry cannot run code, and each starts with the sha256 of its
payload, so a damaged one (a flipped byte, a cut-off write, a foreign file) is
found, deleted and rebuilt. That costs speed only; the one-line warning about it
goes to the ``verify`` logger, which the command line shows on stderr.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import tempfile
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from pydantic import BaseModel, ValidationError

log = logging.getLogger("verify.cache")

MAGIC = b"verify-cache 1 "
"""First bytes of every entry: the format, then the payload's sha256 and a newline."""

_HEADER = len(MAGIC) + 64 + 1

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class DamagedEntry(ValueError):
    """An entry whose bytes do not decode to what was stored."""


class Codec(Protocol[T]):
    """How one kind of value becomes bytes and back; ``decode`` raises ``DamagedEntry``."""

    suffix: str

    def encode(self, value: T) -> bytes: ...

    def decode(self, data: bytes) -> T: ...


class ModelCodec(Generic[M]):
    """A pydantic model as JSON, validated on the way back in."""

    suffix = "json"

    def __init__(self, model: type[M]) -> None:
        self.model = model

    def encode(self, value: M) -> bytes:
        return value.model_dump_json().encode("utf-8")

    def decode(self, data: bytes) -> M:
        try:
            return self.model.model_validate_json(data)
        except ValidationError as exc:
            raise DamagedEntry(f"not a {self.model.__name__}") from exc


class ArrayCodec:
    """A numpy array as ``.npy`` bytes, with object (pickled) arrays refused both ways."""

    suffix = "npy"

    def encode(self, value: Any) -> bytes:
        import numpy as np

        buffer = io.BytesIO()
        np.save(buffer, value, allow_pickle=False)
        return buffer.getvalue()

    def decode(self, data: bytes) -> Any:
        import numpy as np

        try:
            return np.load(io.BytesIO(data), allow_pickle=False)
        except (ValueError, OSError, EOFError) as exc:
            raise DamagedEntry("not an array") from exc


class DiskCache(Generic[T]):
    """Values of one kind under a namespace; a missing entry is a miss, a damaged one is
    deleted (and logged) and is a miss too."""

    def __init__(self, root: str | Path, namespace: str, version: str, codec: Codec[T]) -> None:
        self.folder = Path(root) / namespace
        self.version = version
        self.codec = codec

    def path(self, key: str) -> Path:
        return self.folder / f"{key}-{self.version}.{self.codec.suffix}"

    def get(self, key: str) -> T | None:
        path = self.path(key)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        try:
            return self.codec.decode(_payload(data))
        except DamagedEntry as exc:
            log.warning("cache entry %s was damaged (%s); deleted, it will be rebuilt", path, exc)
            path.unlink(missing_ok=True)
            return None

    def put(self, key: str, value: T) -> None:
        """Write atomically, so parallel batch workers never read half a file."""
        data = self.codec.encode(value)
        tmp = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                handle.write(MAGIC + sha256_bytes(data).encode("ascii") + b"\n" + data)
            os.replace(tmp, self.path(key))
        except OSError as exc:
            # A cache that cannot be written only costs speed.
            log.debug("cache entry %s not written: %s", self.path(key), exc)
            if tmp:
                Path(tmp).unlink(missing_ok=True)


def _payload(data: bytes) -> bytes:
    """The entry's payload, once its header and checksum agree with it."""
    if not data.startswith(MAGIC) or len(data) < _HEADER or data[_HEADER - 1 : _HEADER] != b"\n":
        raise DamagedEntry("no verify cache header")
    payload = data[_HEADER:]
    if sha256_bytes(payload).encode("ascii") != data[len(MAGIC) : _HEADER - 1]:
        raise DamagedEntry("checksum mismatch")
    return payload
