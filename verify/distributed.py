"""Batches beyond one machine: the same pairs checked on a Dask distributed cluster.

The scheduler only moves pairs and results; each worker runs the same
``check_pair`` as a local batch, keeping one encoder per worker process for every
pair it is given (loading the model per pair would cost more than the check).
A runner here has the shape of the local ones in ``verify.batch``, so the batch's
output file, locking, resuming and stopping are the same whichever runs the pairs.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from verify.batch import BatchLine, Pair, Runner, batch_line, check_pair
from verify.settings import Settings

_ENCODERS: dict[Settings, object] = {}


def _check_on_worker(pair: Pair, key: str, settings: Settings) -> BatchLine:
    from verify.match import Encoder

    encoder = _ENCODERS.get(settings)
    if encoder is None:
        encoder = _ENCODERS[settings] = Encoder(settings)
    return check_pair(pair, settings, encoder, key)


def cluster_runner(address: str) -> Runner:
    """A batch runner that sends each pair to the Dask scheduler at ``address``."""

    def run(
        todo: Sequence[tuple[str, Pair]],
        settings: Settings,
        workers: int,
        write: Callable[[BatchLine], None],
    ) -> None:
        from dask.distributed import Client, as_completed

        with Client(address, set_as_default=False) as client:
            futures = {
                client.submit(_check_on_worker, pair, key, settings, pure=False): (key, pair)
                for key, pair in todo
            }
            try:
                for future in as_completed(futures, loop=client.loop):
                    key, pair = futures[future]
                    try:
                        line = future.result()
                    except Exception as exc:  # noqa: BLE001 - a lost worker costs one line
                        error = f"{pair.release}: the cluster lost this pair ({exc})"
                        line = batch_line(pair, key, time.perf_counter(), error=error)
                    write(line)
            finally:
                client.cancel(list(futures))

    return run
