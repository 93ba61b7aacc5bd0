"""Run named report sections (`make bench`) from one small harness, and the console every
section (`make bench`, `make eval`) prints to.

Each bench section is a module with ``run(shared: Path, console: Console)`` that prints
its own table. A section whose inputs are missing says so; the others still run.
(`make eval`'s sections share more than this: ``verify.evaluation.run.EvalRun``.)
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console

WIDTH_WHEN_PIPED = 160


def section_console() -> Console:
    """The console sections print to; piped to a file or a CI log, rich would wrap the
    wide tables at 80 columns."""
    return Console() if sys.stdout.isatty() else Console(width=WIDTH_WHEN_PIPED)


def run_sections(package: str, sections: Sequence[str], argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog=f"python -m {package}")
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("sections", nargs="*", default=list(sections))
    args = parser.parse_args(argv)
    console = section_console()
    for name in args.sections:
        console.rule(f"{package.rsplit('.', 1)[-1]}: {name}")
        importlib.import_module(f"{package}.{name}").run(args.shared, console)
