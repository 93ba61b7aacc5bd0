"""One table of settings: name, default, help.

The table is the ``Settings`` dataclass itself (each field's ``help`` lives in
its metadata), so a default can never disagree with its documentation.
Environment variables (``VERIFY_<NAME>``) and CLI options override defaults at
the shell edge; the core receives a ``Settings`` and never reads the
environment itself.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from platformdirs import user_cache_dir, user_data_dir

from verify.errors import BadSetting

BUNDLED_MODEL = "bundled:all-MiniLM-L6-v2"
BUNDLED_MODEL_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
TEST_MODEL = "test:hashing"
"""A deterministic stand-in for the model (hashed words, no meaning): what unit tests run with."""


def _setting(default: object, help: str) -> object:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    """Resolved settings; build with ``Settings.load()`` or ``from_environment()``."""

    model: str = _setting(
        BUNDLED_MODEL,
        "Sentence-embedding model: 'bundled:all-MiniLM-L6-v2' (offline, sha256-pinned), "
        "a sentence-transformers model name, a local path, or 'test:hashing' (a stand-in "
        "for tests: hashed words, no meaning).",
    )
    cache_dir: str = _setting(
        user_cache_dir("verify"),
        "Where parsed reports and their embeddings are cached, keyed by the file's sha256.",
    )
    model_cache_dir: str = _setting(
        user_cache_dir("verify") + "/models",
        "Where the bundled model's int8 ONNX graph is built once and kept, keyed by the "
        "weights' sha256 (apart from cache_dir, so a fresh cache_dir does not rebuild it).",
    )
    archive: str = _setting(
        str(Path(user_data_dir("verify")) / "archive.sqlite"),
        "The archive of every report (`verify archive build`): where a release given "
        "without its report finds it, its previous report and the national picture.",
    )
    max_release_bytes: int = _setting(25_000_000, "Largest release accepted, in bytes.")
    max_release_chars: int = _setting(
        200_000,
        "Most characters of text a release may have once read (the longest real ones "
        "have about 30,000); bounds the time, memory and output of a check.",
    )
    fetch_timeout: float = _setting(20.0, "Seconds to wait for a release given as a URL.")
    quote_supported_min: float = _setting(
        90.0,
        "Lowest fuzzy score (0-100, words normalised) at which a quotation missing from the "
        "reports given counts as found in another archived report (then it is misattributed, "
        "naming that report).",
    )
    semantic_min: float = _setting(
        0.55, "Lowest cosine similarity at which a paraphrased finding counts as supported."
    )
    provisional_flags: bool = _setting(
        False,
        "Raise the flags of the provisional checks (docs/FLAGS.md): those resting on medium "
        "evidence (a word list or a share of shared words decides) that no real release has "
        "yet borne out. Off, such a check's finding is shown as not_checkable, with what it "
        "found and its evidence, and no flag is raised.",
    )
    threads: int = _setting(
        0, "Threads for embedding, onnxruntime's or torch's (0: the library's default)."
    )

    @classmethod
    def load(cls, env: dict[str, str] | None = None, **overrides: object) -> Settings:
        """Defaults, then ``VERIFY_*`` variables from ``env``, then non-None ``overrides``."""
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = (env or {}).get(f"VERIFY_{f.name.upper()}")
            if raw is not None:
                values[f.name] = _coerce(f.name, raw, type(f.default))
        values.update({k: v for k, v in overrides.items() if v is not None})
        return replace(cls(), **values)

    @property
    def cache_path(self) -> Path:
        return Path(self.cache_dir)

    @property
    def archive_path(self) -> Path:
        return Path(self.archive)


def table() -> list[tuple[str, object, str]]:
    """(name, default, help) for every setting, for `verify settings` and the docs test."""
    return [(f.name, f.default, f.metadata["help"]) for f in fields(Settings)]


_BOOLEANS = {word: True for word in ("1", "true", "yes", "on")} | {
    word: False for word in ("0", "false", "no", "off")
}
"""How a yes-or-no setting may be written in the environment (``bool('false')`` is True)."""


def _coerce(name: str, raw: str, kind: type) -> object:
    if kind is bool:
        if raw.strip().lower() not in _BOOLEANS:
            raise BadSetting(f"VERIFY_{name.upper()}", f"expected true or false, got {raw!r}")
        return _BOOLEANS[raw.strip().lower()]
    try:
        return kind(raw)
    except ValueError as exc:
        raise BadSetting(
            f"VERIFY_{name.upper()}", f"expected {kind.__name__}, got {raw!r}"
        ) from exc


def from_environment(**overrides: object) -> Settings:
    """Settings for a shell (CLI, batch, web): the only place the environment is read."""
    return Settings.load(dict(os.environ), **overrides)
