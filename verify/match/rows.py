"""An encoder's rows by text, check by check: remembered, or on their way in the background.

A check's rows (made, asked for, or queued since its ``begin_check``) are never
forgotten while it runs; at the bound (``_MEMO_MAX`` rows remembered or on their way)
every row no running check holds is, looked for only once a check has ended since the last
look (until then every row is held: running checks past the bound cost no rebuild a call).
So no row of a check is made twice in it (asked for again, a batched model's row would
move with the texts beside it; a queued one would be encoded twice), and a long-lived
process (batch, the web desk) stays bounded.

The web desk runs checks on threads sharing one encoder, so a check is its thread's
(``threading.local``): one thread's ``begin_check`` ends its own last check only, never
another thread's; a thread that ends drops its check with it. A thread that never begins
one (the evaluation's MiniLM baseline, ``evaluation.baselines.cosine``, encoding outside any
check) holds its rows as one check for its life, past the bound if need be. One lock guards
the rows; nobody waits for a row under it.
"""

from __future__ import annotations

import threading
import weakref
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from concurrent.futures import Future

    import numpy as np

_MEMO_MAX = 20_000


class _Check:
    """The texts one check asked for, made or queued: their rows outlive the bound."""

    def __init__(self) -> None:
        self.texts: set[str] = set()


class Rows:
    """Rows remembered, futures of rows on their way, and each thread's running check."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._rows: dict[str, np.ndarray] = {}
        self._pending: dict[str, Future] = {}
        self._local = threading.local()
        self._checks: weakref.WeakSet[_Check] = weakref.WeakSet()
        self._begun = 0  # checks begun: those not in ``_checks`` have ended
        self._ended_at_look = 0  # checks ended at the last look for rows none holds

    def recall(self, texts: list[str]) -> dict[str, np.ndarray]:
        """The remembered rows of ``texts``, now held by this thread's check too."""
        with self._lock:
            return self._recall(texts)

    def take(self, texts: list[str]) -> dict[str, Future]:
        """The futures of those ``texts`` on their way, handed to the caller to wait for."""
        with self._lock:
            return {t: self._pending.pop(t) for t in texts if t in self._pending}

    def unknown(self, texts: list[str]) -> list[str]:
        """Those ``texts`` neither remembered nor on their way (all of them now held by
        this thread's check)."""
        with self._lock:
            known = self._recall(texts)
            return [t for t in texts if t not in known and t not in self._pending]

    def keep(self, rows: dict[str, np.ndarray]) -> None:
        """Remember ``rows`` as this thread's check's."""
        with self._lock:
            self._make_room(len(rows))
            self._rows.update(rows)
            self._check().texts.update(rows)

    def queue(self, texts: list[str], futures: list[Future]) -> None:
        """``texts``' rows are on their way, one future each, for this thread's check."""
        with self._lock:
            self._make_room(len(texts))
            self._pending.update(zip(texts, futures, strict=True))
            self._check().texts.update(texts)

    def begin_check(self) -> None:
        """This thread's new check: its last check's rows are held by it no more
        (forgotten at the bound unless another running check holds them). Background rows
        made are remembered; those still on their way stay so (the check that queued them
        may run on, on another thread)."""
        with self._lock:
            for text, future in list(self._pending.items()):
                if future.done() and not future.cancelled() and future.exception() is None:
                    self._rows[text] = future.result()[0]
                    del self._pending[text]
            self._local.check = self._new_check()

    def clear(self) -> None:
        """Forget every row, and cancel those on their way not yet started."""
        with self._lock:
            self._rows.clear()
            for future in self._pending.values():
                future.cancel()
            self._pending.clear()

    def _check(self) -> _Check:
        """This thread's running check (one begun now if the thread never began one)."""
        check = getattr(self._local, "check", None)
        if check is None:
            check = self._local.check = self._new_check()
        return check

    def _new_check(self) -> _Check:
        """A running check, counted: it ends with a new one on its thread, or the thread."""
        check = _Check()
        self._checks.add(check)
        self._begun += 1
        return check

    def _recall(self, texts: list[str]) -> dict[str, np.ndarray]:
        self._check().texts.update(texts)
        return {text: self._rows[text] for text in texts if text in self._rows}

    def _make_room(self, coming: int) -> None:
        """Forget every row no running check holds when ``coming`` more would pass the
        bound and a check has ended since the last look (until then every row is held);
        running checks' own rows may pass it."""
        ended = self._begun - len(self._checks)
        if not coming or ended == self._ended_at_look:
            return
        if len(self._rows) + len(self._pending) + coming > _MEMO_MAX:
            self._ended_at_look = ended  # one ending during the look is looked for next
            held = set().union(*(check.texts for check in self._checks))
            self._rows = {text: row for text, row in self._rows.items() if text in held}
