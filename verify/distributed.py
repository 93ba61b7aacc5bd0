"""Batches beyond one machine: the same pairs checked on a Dask distributed cluster.

The scheduler only moves pairs and results; each worker runs the same
``check_pair`` as a local batch, keeping one encoder per worker process for every
pair it is given (loading the model per pair would cost more than the check).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from verify.batch import BatchLine, Pair, check_pair
from verify.settings import Settings

_ENCODERS: dict[Settings, object] = {}


def _check_on_worker(pair: Pair, settings: Settings) -> BatchLine:
    from verify.match import Encoder

    encoder = _ENCODERS.get(settings)
    if encoder is None:
        encoder = _ENCODERS[settings] = Encoder(settings)
    return check_pair(pair, settings, encoder)


def cluster_lines(pairs: Sequence[Pair], settings: Settings, address: str) -> Iterable[BatchLine]:
    """Lines in the order the cluster at ``address`` finishes them.

    A task lost with its worker is reported as that pair's error line, so the run
    goes on and a rerun retries it.
    """
    from dask.distributed import Client, as_completed

    with Client(address, set_as_default=False) as client:
        futures = {
            client.submit(_check_on_worker, pair, settings, pure=False, key=f"verify-{pair.id}"):
            pair
            for pair in pairs
        }
        for future in as_completed(futures):
            pair = futures[future]
            try:
                yield future.result()
            except Exception as exc:  # noqa: BLE001 - a lost worker costs one line, not the run
                yield BatchLine(
                    id=pair.id, release=pair.release, reports=pair.reports, ok=False,
                    seconds=0.0, error=f"{pair.release}: the cluster lost this pair ({exc})",
                )
