"""Run named report sections (`make bench`, `make eval`) from one small harness.

Each section is a module with ``run(shared: Path, console: Console)`` that prints
its own table. A section whose inputs are missing says so; the others still run.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console


def run_sections(package: str, sections: Sequence[str], argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog=f"python -m {package}")
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("sections", nargs="*", default=list(sections))
    args = parser.parse_args(argv)
    console = Console()
    for name in args.sections:
        console.rule(f"{package.rsplit('.', 1)[-1]}: {name}")
        importlib.import_module(f"{package}.{name}").run(args.shared, console)
