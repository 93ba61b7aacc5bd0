"""Where one check's time goes: ``verify check`` in a new process, its stages' own clocks.

``python -m verify.bench.stages RELEASE REPORT... [--previous P] [--format F]
[--output FILE]`` runs the check as `verify check` does (the same pipeline, the same
renderer) and prints one JSON line: ``{"elapsed": s, "stages": {...}, "peak_mib": m}``.
The stages are the pipeline's own (``verify.pipeline.STAGES``, timed by its runner,
with the model's loading and encoding apart as ``model`` and ``encode``); ``elapsed``
counts from this module's first line (after Python's start-up), so imports count.
"""

from __future__ import annotations

import time

_BEGAN = time.perf_counter()

import argparse  # noqa: E402 - after the clock starts, like everything this process does
import json  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Check, write the rendered result where asked, and print the timings on stdout."""
    parser = argparse.ArgumentParser(prog="python -m verify.bench.stages")
    parser.add_argument("release")
    parser.add_argument("reports", nargs="*")
    parser.add_argument("--previous", action="append", default=[])
    parser.add_argument("--format", default="json", choices=("json", "html", "text"))
    parser.add_argument("--output", "-o")
    args = parser.parse_args(argv)

    import verify.cli  # noqa: F401 - the command's own imports, paid as a user pays them
    from verify.heap import frozen
    from verify.pipeline import run_check
    from verify.render import render
    from verify.settings import from_environment

    with frozen():  # as `verify check` runs it
        run = run_check(args.release, args.reports, args.previous, from_environment())
    text = render(run.result, args.format)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    from verify.bench.floor import peak_mib

    elapsed = time.perf_counter() - _BEGAN
    print(json.dumps({"elapsed": elapsed, "stages": run.seconds, "peak_mib": peak_mib()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
