"""The cyclic collector's view of what a process loaded before a run that makes much more.

``frozen()`` moves every object the process holds out of the collector's sight
(``gc.freeze``) while a check or a forked pool runs, and back after (``gc.unfreeze``): a
full collection then scans only what the run made, not the modules, checkers and pipeline
loaded before it, and a forked worker leaves those pages shared (Python's documentation
advises it before a fork). Garbage made before the run is kept until it ends; nothing a
check returns depends on it. Not nested: the first to end unfreezes all.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def frozen(enabled: bool = True) -> Iterator[None]:
    """Everything held now frozen for the block (when ``enabled``), unfrozen after."""
    if not enabled:
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
