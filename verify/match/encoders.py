"""The models behind ``Encoder``: each turns a list of texts into unit-length rows.

* ``OnnxMiniLM``: the bundled all-MiniLM-L6-v2 as an int8 ONNX graph, run by
  onnxruntime with the bundled tokenizer, pooled like sentence-transformers
  (mean over the attention mask, then L2-normalised). No torch import; mean
  cosine 0.993 to torch's vectors.
* ``SentenceTransformerModel``: any other model name or local path, through
  sentence-transformers and torch.
* ``HashingEncoder``: a deterministic stand-in for tests (hashed words), so a
  unit test of ranking or caching needs no model.

``Encoder`` sorts texts by length before calling ``embed``, so each batch pads
little. A backend that can also encode in the background has ``embed_later``
(one future per text): ``Encoder.prefetch`` uses it to let a check go on while its
texts are encoded.
"""

from __future__ import annotations

import hashlib
import os
from concurrent.futures import Future, ThreadPoolExecutor
from functools import cached_property
from typing import TYPE_CHECKING, Protocol

from verify.errors import ModelUnavailable

if TYPE_CHECKING:
    import numpy as np

    from verify.match.bundled import OnnxModel

BATCH = 16
"""Texts per torch call: larger batches pad more and ran slower on 2 cores."""


class Backend(Protocol):
    fingerprint: str
    """Names the exact model in cache keys, so other vectors are never read back."""

    def embed(self, texts: list[str]) -> np.ndarray: ...


class OnnxMiniLM:
    """The bundled model through onnxruntime and tokenizers, one text per run.

    The graph quantises activations per run, over every row of the batch, so in
    a batch a text's vector moved with its companions (mean cosine 0.991 to the
    same text run alone, on a real report's sentences): the same claim could
    score differently beside other claims. Run alone, a text's vector depends on
    the text only, needs no padding, and agrees best with torch (0.993); on 2
    loaded cores it cost 10-20% of the batched speed.
    """

    def __init__(self, model: OnnxModel, threads: int = 0) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        from verify.match.bundled import MAX_TOKENS

        options = ort.SessionOptions()
        # One thread a run, and as many runs at once as there are threads to use: one
        # sentence is too small to share among cores (two concurrent single-thread runs
        # encoded a report 2x faster than one two-thread run on 2 cores, and the
        # vectors are bit for bit the same whatever the threads).
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        self.workers = threads or os.cpu_count() or 1
        options.log_severity_level = 3  # errors only: the core writes nothing to the terminal
        try:
            self.session = ort.InferenceSession(
                str(model.graph), options, providers=["CPUExecutionProvider"]
            )
            self.tokenizer = Tokenizer.from_file(str(model.tokenizer))
        except Exception as exc:  # a damaged graph or tokenizer is one problem to a user
            raise ModelUnavailable(str(model.graph), f"{type(exc).__name__}: {exc}") from exc
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()  # one text per run: nothing to pad
        self.fingerprint = f"onnx-{model.sha256[:16]}"

    def embed(self, texts: list[str]) -> np.ndarray:
        import numpy as np

        ids = [e.ids for e in self.tokenizer.encode_batch(texts)]
        if len(ids) > 1 and self.workers > 1:
            rows = self._on_pool(ids)
        else:
            rows = [self._one(i) for i in ids]
        return np.concatenate(rows) if rows else np.zeros((0, 384), dtype=np.float32)

    @property
    def background(self) -> bool:
        """True when ``embed_later`` encodes in the background (a thread to spare)."""
        return self.workers > 1

    def embed_later(self, texts: list[str]) -> list[Future] | None:
        """One future per text, each resolving to that text's (1, 384) row, encoded by
        the pool in the order given while the caller goes on; None when there is no
        thread to spare (``threads`` 1, as in a batch's worker: the caller then encodes
        in its own thread). Each row runs alone, so its vector is the one ``embed``
        gives."""
        if not self.background:
            return None
        # Each text tokenised on its own: ``encode_batch`` hands a few texts to the
        # tokenizer's own thread pool, which here waits on cores the ONNX pool holds
        # (20 ms a warm seed check against 1-3 ms; the same ids).
        ids = [self.tokenizer.encode(text).ids for text in texts]
        return [self._pool.submit(self._one, i) for i in ids]

    def _on_pool(self, ids: list[list[int]]) -> list[np.ndarray]:
        """Each text's row, run on the pool's threads (onnxruntime runs without the GIL)
        longest first, so no thread is left with a long text to run alone while the others
        wait: a run's time grows with its tokens, and the texts come shortest first
        (``Encoder`` sorts them for the batched backends). Rows come back in the order
        given, each the same whatever ran beside it."""
        order = sorted(range(len(ids)), key=lambda i: -len(ids[i]))
        futures = {i: self._pool.submit(self._one, ids[i]) for i in order}
        return [futures[i].result() for i in range(len(ids))]

    @cached_property
    def _pool(self) -> ThreadPoolExecutor:
        return ThreadPoolExecutor(self.workers, thread_name_prefix="onnx")

    def _one(self, token_ids: list[int]) -> np.ndarray:
        import numpy as np

        ids = np.array([token_ids], dtype=np.int64)
        mask = np.ones_like(ids)
        (hidden,) = self.session.run(
            None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        )
        return mean_pool(hidden, mask)


def mean_pool(hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """sentence-transformers' mean pooling and normalisation, in numpy."""
    import numpy as np

    weights = mask[..., None].astype(np.float32)
    summed = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
    norms = np.clip(np.linalg.norm(summed, axis=1, keepdims=True), 1e-12, None)
    return (summed / norms).astype(np.float32)


class SentenceTransformerModel:
    """Any sentence-transformers model name or local path (imports torch)."""

    def __init__(self, name: str, threads: int = 0) -> None:
        try:
            import torch
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()  # the core never writes to the terminal
            if threads:
                torch.set_num_threads(threads)
            self.model = SentenceTransformer(name, device="cpu")
        except Exception as exc:  # any load failure is the same problem to a user
            raise ModelUnavailable(name, f"{type(exc).__name__}: {exc}") from exc
        self.fingerprint = "st-" + name.replace("/", "_").replace(":", "_")

    def embed(self, texts: list[str]) -> np.ndarray:
        import numpy as np

        vectors = self.model.encode(
            texts, batch_size=BATCH, normalize_embeddings=True, convert_to_numpy=True
        )
        return np.asarray(vectors, dtype=np.float32)


class HashingEncoder:
    """Deterministic vectors from hashed word forms: texts sharing words point alike.

    For tests only: no model, no randomness, the same vector for the same text on
    every machine. Not a measure of meaning.
    """

    fingerprint = "hashing-1"
    dimensions = 64

    def embed(self, texts: list[str]) -> np.ndarray:
        import numpy as np

        from verify.match.normalise import tokens

        out = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        for row, text in enumerate(texts):
            for token in tokens(text):
                digest = hashlib.blake2b(token.form.encode("utf-8"), digest_size=8).digest()
                value = int.from_bytes(digest, "little")
                out[row, value % self.dimensions] += 1.0 if value & (1 << 63) else -1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1.0, norms)
