"""A release's bytes from a file, a stream or a URL, within the size limit (and, for a
URL, the time limit)."""

from __future__ import annotations

import io
import os
import stat
import threading
import time
from typing import BinaryIO

from verify.errors import FetchFailed, ReleaseTooLarge, VerifyError
from verify.settings import Settings


def read_limited(stream: BinaryIO, source: str, limit: int) -> bytes:
    """At most ``limit`` bytes of a file or stream: the one size check for both (a URL's
    download checks as it goes). A file over it is named with its whole size."""
    raw = stream.read(limit + 1)
    if len(raw) > limit:
        size = _file_size(stream)
        detail = _size_detail(size, limit) if size else _size_detail(len(raw), limit, at_least=True)
        raise ReleaseTooLarge(source, detail)
    return raw


def _file_size(stream: BinaryIO) -> int | None:
    """The size of the regular file behind ``stream``; None for a pipe or a buffer."""
    try:
        status = os.fstat(stream.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        return None
    return status.st_size if stat.S_ISREG(status.st_mode) else None


def fetch(url: str, settings: Settings) -> tuple[bytes, str]:
    """GET ``url``, refusing bodies over the size limit, all within ``fetch_timeout``.

    httpx's timeouts bound each wait for the next bytes, so a server sending one
    byte every few seconds (headers or body) would never time out. The request
    therefore runs in a daemon thread that this one waits for ``fetch_timeout``
    seconds at most; the thread itself stops at its next chunk past the deadline.
    """
    allowed = settings.fetch_timeout
    outcome: dict[str, object] = {}
    worker = threading.Thread(
        target=_download,
        args=(url, settings.max_release_bytes, time.monotonic() + allowed, outcome),
        daemon=True,
    )
    worker.start()
    worker.join(allowed)
    if worker.is_alive():
        raise FetchFailed(url, _too_slow(allowed))
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["body"], outcome["type"]  # type: ignore[return-value]


def _download(url: str, limit: int, deadline: float, outcome: dict[str, object]) -> None:
    """Fetch into ``outcome`` (body and content type, or the project's error)."""
    import httpx  # 0.1 s to import; only a URL needs it

    timeout = max(deadline - time.monotonic(), 0.1)  # the whole allowance, at the start
    try:
        with (
            httpx.Client(timeout=timeout, follow_redirects=True) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise FetchFailed(url, f"HTTP {response.status_code}")
            chunks, total = [], 0
            for chunk in response.iter_bytes():
                total += len(chunk)
                if total > limit:
                    raise ReleaseTooLarge(url, _size_detail(total, limit, at_least=True))
                if time.monotonic() > deadline:
                    raise FetchFailed(url, _too_slow(timeout))
                chunks.append(chunk)
            outcome["body"] = b"".join(chunks)
            outcome["type"] = response.headers.get("content-type", "")
    except httpx.HTTPError as exc:
        outcome["error"] = FetchFailed(url, f"{type(exc).__name__}: {exc}")
    except VerifyError as exc:
        outcome["error"] = exc


def _too_slow(seconds: float) -> str:
    return f"no whole answer within {seconds:.0f} s"


def _size_detail(size: int, limit: int, at_least: bool = False) -> str:
    over = "over " if at_least else ""
    return f"{over}{size / 1e6:.1f} MB (limit {limit / 1e6:.1f} MB)"
