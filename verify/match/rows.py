"""An encoder's rows by text, check by check: remembered, or on their way in the background.

A check's rows (``current``: made, or asked for, since ``begin_check``) are never
forgotten; at the bound (``_MEMO_MAX`` rows remembered or on their way) every row of
earlier checks is. So no row of a check is made twice in it (asked for again, a
batched model's row would move with the texts beside it; a queued one would be
encoded twice), and a long-lived process (batch, the web desk) stays bounded.

One lock guards the rows: the web desk runs checks on threads sharing one encoder, and
``begin_check`` moves rows between the dicts. Nobody waits for a row under it.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from concurrent.futures import Future

    import numpy as np

_MEMO_MAX = 20_000


class Rows:
    """Rows remembered (this check's, earlier checks') and futures of rows on their way."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._current: dict[str, np.ndarray] = {}
        self._earlier: dict[str, np.ndarray] = {}
        self._pending: dict[str, Future] = {}

    def recall(self, texts: list[str]) -> dict[str, np.ndarray]:
        """The remembered rows of ``texts``; those of earlier checks become this check's."""
        with self._lock:
            return self._recall(texts)

    def take(self, texts: list[str]) -> dict[str, Future]:
        """The futures of those ``texts`` on their way, handed to the caller to wait for."""
        with self._lock:
            return {t: self._pending.pop(t) for t in texts if t in self._pending}

    def unknown(self, texts: list[str]) -> list[str]:
        """Those ``texts`` neither remembered (earlier checks' become this check's) nor on
        their way."""
        with self._lock:
            known = self._recall(texts)
            return [t for t in texts if t not in known and t not in self._pending]

    def keep(self, rows: dict[str, np.ndarray]) -> None:
        """Remember ``rows`` as this check's."""
        with self._lock:
            self._make_room(len(rows))
            self._current.update(rows)

    def queue(self, texts: list[str], futures: list[Future]) -> None:
        """``texts``' rows are on their way, one future each."""
        with self._lock:
            self._make_room(len(texts))
            self._pending.update(zip(texts, futures, strict=True))

    def begin_check(self) -> None:
        """Every row made so far becomes an earlier check's (forgotten at the bound),
        background rows made included; rows still on their way stay so (the check that
        queued them may run on beside this one)."""
        with self._lock:
            for text, future in list(self._pending.items()):
                if future.done() and not future.cancelled() and future.exception() is None:
                    self._current[text] = future.result()[0]
                    del self._pending[text]
            older, newer = sorted((self._earlier, self._current), key=len, reverse=True)
            older.update(newer)  # the larger kept, the smaller added to it
            self._earlier, self._current = older, {}

    def clear(self) -> None:
        """Forget every row, and cancel those on their way not yet started."""
        with self._lock:
            self._current.clear()
            self._earlier.clear()
            for future in self._pending.values():
                future.cancel()
            self._pending.clear()

    def _recall(self, texts: list[str]) -> dict[str, np.ndarray]:
        out = {}
        for text in texts:
            row = self._current.get(text)
            if row is None:
                row = self._earlier.pop(text, None)
                if row is not None:
                    self._current[text] = row
            if row is not None:
                out[text] = row
        return out

    def _make_room(self, coming: int) -> None:
        """Forget every earlier check's row when ``coming`` more would pass the bound; a
        check's own rows may pass it, the next check frees them."""
        total = len(self._earlier) + len(self._current) + len(self._pending) + coming
        if total > _MEMO_MAX:
            self._earlier.clear()
