"""Sentence embeddings for ranking paraphrased findings against report sentences.

The default model is the bundled all-MiniLM-L6-v2, run as an int8 ONNX graph
through onnxruntime (``verify.match.encoders.OnnxMiniLM``): no torch import on the
default path. Any sentence-transformers model name or local path can be set
instead. The model loads once per encoder, on first use (the pipeline's ``model``
stage asks for it first, so a bad setting fails before any slow work).

Each text is encoded once per encoder (remembered, ``rows``: past 20,000 rows those no
running check holds are forgotten, never one of a check under way; a check is its
thread's, begun by ``check_claims`` with ``begin_check``, so checks on the web desk's
threads never forget each other's rows). ``check_claims`` hands every text a check will look up
(``verify.check.lookups``) to ``prefetch_each`` before the checkers run, claim by claim as
they are guessed: the ONNX default encodes them on its pool's threads while the rest are
guessed and the checkers go on (onnxruntime runs without the GIL), and a checker asking
for a vector waits for that text's row only; other backends encode them in one call,
sorted by length. The ONNX default runs each row on its own, so
a text's vector is the same whatever it is encoded with, and whenever. A report's
sentence vectors are encoded once and kept on disk (``report_vectors``) under the
report's sha256 and the model's fingerprint.
"""

from __future__ import annotations

import hashlib
import time
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING

from verify.match.bundled import model_dir
from verify.match.rows import Rows
from verify.settings import BUNDLED_MODEL, TEST_MODEL, Settings

if TYPE_CHECKING:
    from collections.abc import Iterable
    from concurrent.futures import Future

    import numpy as np

    from verify.match.encoders import Backend

VECTORS_FOLDER = "vectors"
VECTORS_VERSION = "1"
_REPORTS_KEPT = 8
"""Reports whose sentence vectors stay in memory (about 1 MiB each)."""


def resolve_model(name: str) -> str:
    """The path or name sentence-transformers should load for setting ``name``.

    ``bundled:all-MiniLM-L6-v2`` is the package's copy, verified by sha256.
    """
    return str(model_dir()) if name == BUNDLED_MODEL else name


def texts_digest(texts: list[str]) -> str:
    """Names a report's sentences in the key of their cached vectors: a long report's
    take a millisecond or more to hash, so a warm process hashes them once a report."""
    return hashlib.sha256("\n".join(texts).encode("utf-8")).hexdigest()[:16]


def load_backend(settings: Settings) -> Backend:
    """The model the ``model`` setting names: the bundled one as ONNX, any other via torch."""
    from verify.match import encoders

    if settings.model == TEST_MODEL:
        return encoders.HashingEncoder()

    if settings.model == BUNDLED_MODEL:
        from verify.match.bundled import onnx_model

        return encoders.OnnxMiniLM(onnx_model(Path(settings.model_cache_dir)), settings.threads)
    return encoders.SentenceTransformerModel(settings.model, settings.threads)


class Encoder:
    """Embeds texts with the configured model (or ``backend``), loading it lazily once."""

    def __init__(self, settings: Settings, backend: Backend | None = None) -> None:
        self.settings = settings
        self._backend = backend
        self._rows = Rows()
        self._reports: OrderedDict[str, np.ndarray] = OrderedDict()
        self.load_seconds = 0.0
        self.encode_seconds = 0.0

    @property
    def loaded(self) -> bool:
        return self._backend is not None

    @property
    def backend(self) -> Backend:
        """The model, loaded (and for the bundled one, built) on first use."""
        if self._backend is None:
            began = time.perf_counter()
            self._backend = load_backend(self.settings)
            self.load_seconds += time.perf_counter() - began
        return self._backend

    def warm_up(self) -> None:
        """Load the model now (the pipeline's ``model`` stage): a bad ``model`` setting
        fails before any slow work, not at the first claim that needs a vector."""
        _ = self.backend

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit-length embeddings, one row per text (cosine = dot product).

        Each text's vector is remembered for this encoder's life; a text being
        encoded in the background (``prefetch``) is waited for, and the texts
        neither known nor on their way are encoded in one call.
        """
        import numpy as np

        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        distinct = list(dict.fromkeys(texts))
        vectors = self._rows.recall(distinct)
        made = self._collect(self._rows.take([t for t in distinct if t not in vectors]))
        missing = [t for t in distinct if t not in vectors and t not in made]
        if missing:
            made.update(zip(missing, self._run(missing), strict=True))
        self._rows.keep(made)
        vectors.update(made)
        return np.stack([vectors[t] for t in texts])

    def prefetch(self, texts: list[str]) -> None:
        """Start encoding the texts not yet known, so that ``encode`` finds them ready.

        With a backend that encodes in the background (``embed_later``) this returns
        at once, the rows being made in the order given (ask first for what is needed
        first); otherwise they are encoded now, in one call.
        """
        new = self._rows.unknown(list(dict.fromkeys(texts)))
        if not new:
            return
        later = getattr(self.backend, "embed_later", None)
        futures = later(new) if later is not None else None
        if futures is None:
            self.encode(new)
            return
        self._rows.queue(new, futures)

    def prefetch_each(self, chunks: Iterable[list[str]]) -> None:
        """``prefetch`` of each list of ``chunks`` as soon as it comes, when the backend
        encodes in the background (``background``): its rows are made while the next list
        is still being worked out (``check.lookups.each_claims``, claim by claim).
        Otherwise all of them, in one call, once all are known."""
        if not getattr(self.backend, "background", False):
            self.prefetch([text for chunk in chunks for text in chunk])
            return
        for chunk in chunks:
            self.prefetch(chunk)

    def _collect(self, futures: dict[str, Future]) -> dict[str, np.ndarray]:
        """The background rows of ``futures``' texts, waited for and timed as encoding: the
        time a check spent waiting on the model."""
        began = time.perf_counter()
        rows = {text: future.result()[0] for text, future in futures.items()}
        self.encode_seconds += time.perf_counter() - began
        return rows

    def begin_check(self) -> None:
        """A new check begins on this thread (``check_claims``): the rows of this thread's
        last check are forgotten at the bound unless a running check holds them (``Rows``);
        none of a running check's ever is."""
        self._rows.begin_check()

    def forget(self) -> None:
        """Drop remembered texts, and the background rows not yet started (benchmarks
        time a new release from scratch)."""
        self._rows.clear()

    def report_vectors(
        self, report_sha256: str, texts: list[str], digest: str | None = None
    ) -> np.ndarray:
        """Embeddings of a report's sentences, made once and kept in the cache.

        Keyed by the report's sha256, the model's fingerprint and a digest of the
        sentences themselves (``texts_digest``; ``digest`` when the caller kept it
        from an earlier check of the report), so a new model or a new sentence
        splitter never reads stale vectors. The cache stores them as .npy (never
        pickled) behind a sha256 of their bytes; the last few reports' are also
        kept in memory, so a batch or a warm process checking release after release
        against one report reads them once.
        """
        from verify.cache import ArrayCodec, DiskCache

        key = f"{report_sha256}-{self.backend.fingerprint}-{digest or texts_digest(texts)}"
        vectors = self._reports.get(key)
        if vectors is not None:
            self._reports.move_to_end(key)
            return vectors
        cache = DiskCache(self.settings.cache_path, VECTORS_FOLDER, VECTORS_VERSION, ArrayCodec())
        vectors = cache.get(key)
        if vectors is None or vectors.shape[0] != len(texts):
            vectors = self._run(texts)
            cache.put(key, vectors)
        vectors.flags.writeable = False  # shared by every check of the report
        self._reports[key] = vectors
        if len(self._reports) > _REPORTS_KEPT:
            self._reports.popitem(last=False)
        return vectors

    def _run(self, texts: list[str]) -> np.ndarray:
        """The model's vectors for ``texts``, in one call sorted by length, timed."""
        import numpy as np

        backend = self.backend
        began = time.perf_counter()
        # Sorting by length keeps padding small within a batch (see MEASUREMENTS.md).
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        vectors = backend.embed([texts[i] for i in order])
        self.encode_seconds += time.perf_counter() - began
        out = np.empty_like(vectors)
        out[order] = vectors
        return out
