"""Stopping a batch on SIGINT or SIGTERM, never in the middle of writing a line."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Stopped(BaseException):
    """SIGINT or SIGTERM arrived; a BaseException so no ``except Exception`` swallows it."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


class _Guard:
    """Turns SIGINT/SIGTERM into ``Stopped``, but never in the middle of writing a line."""

    def __init__(self) -> None:
        self.busy = False
        self.pending: int | None = None
        self.raised = False

    def handle(self, signum: int, frame: object) -> None:
        if self.raised:
            return  # already stopping; a second Ctrl-C must not cut the final writes
        if self.busy:
            self.pending = signum
            return
        self.raised = True
        raise Stopped(signum)

    @contextmanager
    def writing(self) -> Iterator[None]:
        self.busy = True
        try:
            yield
        finally:
            self.busy = False
        if self.pending is not None and not self.raised:
            self.raised = True
            raise Stopped(self.pending)


@contextmanager
def stop_on_signals() -> Iterator[_Guard]:
    guard = _Guard()
    if threading.current_thread() is not threading.main_thread():
        yield guard  # signals are only delivered to the main thread
        return
    previous = {s: signal.signal(s, guard.handle) for s in STOP_SIGNALS}
    try:
        yield guard
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
