"""The speed bench's preparation: what it does before any process is timed."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

from rich.console import Console

import verify
from verify.bench.speed import _compiled


def test_the_bench_writes_the_package_bytecode_before_timing():
    """A cold row times a check, not the compiling of the package's sources, even where
    PYTHONDONTWRITEBYTECODE is set (every process would compile them again)."""
    _compiled(Console(file=io.StringIO()))
    source = Path(verify.__file__).parent / "pipeline.py"
    assert Path(importlib.util.cache_from_source(str(source))).is_file()
