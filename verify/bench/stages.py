"""Where one check's time goes, timed around the calls ``verify.pipeline.check`` makes.

``stage_clock()`` wraps, while it is open, the three functions the pipeline calls
(``verify.report.load_report``, ``verify.pipeline.extract`` and
``verify.pipeline.check_claims``) and reads the encoder's own model-load and encode
clocks, so a benchmark times the pipeline as it is, not a copy of it. Stages:
``reports`` (loading every report), ``extract`` (reading the release, extracting
claims), ``model`` (loading the sentence model, with the torch import),
``encode`` (the model's work) and ``match`` (the rest of matching and checking).

Run as a module, this is the cold check of ``python -m verify.bench check``:
``python -m verify.bench.stages ARGS...`` runs ``verify check ARGS`` in this new
process under the clock and prints one JSON line, ``{"elapsed": s, "stages": {...}}``,
``elapsed`` counting from this module's first line (after Python's start-up).
"""

from __future__ import annotations

import time

_BEGAN = time.perf_counter()

import functools  # noqa: E402 - after the clock starts, like everything this process does
import inspect  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from contextlib import contextmanager  # noqa: E402

STAGES = ("reports", "extract", "model", "encode", "match")


@contextmanager
def stage_clock() -> Iterator[dict[str, float]]:
    """Seconds per stage of every ``verify.pipeline.check`` call made while this is open.

    The wrapped functions are put back on exit, so nothing outside the block is timed.
    """
    import verify.pipeline as pipeline
    import verify.report as report

    seconds = dict.fromkeys(STAGES, 0.0)
    originals = [
        (report, "load_report", "reports"),
        (pipeline, "extract", "extract"),
        (pipeline, "check_claims", None),
    ]
    check_claims = pipeline.check_claims
    signature = inspect.signature(check_claims)

    def timed(stage: str, fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            began = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                seconds[stage] += time.perf_counter() - began

        return wrapper

    @functools.wraps(check_claims)
    def checked(*args, **kwargs):
        encoder = signature.bind(*args, **kwargs).arguments.get("encoder")
        loaded = getattr(encoder, "load_seconds", 0.0)
        encoded = getattr(encoder, "encode_seconds", 0.0)
        began = time.perf_counter()
        try:
            return check_claims(*args, **kwargs)
        finally:
            elapsed = time.perf_counter() - began
            model = getattr(encoder, "load_seconds", 0.0) - loaded
            encode = getattr(encoder, "encode_seconds", 0.0) - encoded
            seconds["model"] += model
            seconds["encode"] += encode
            seconds["match"] += elapsed - model - encode

    saved = [(module, name, getattr(module, name)) for module, name, _ in originals]
    for module, name, stage in originals:
        setattr(module, name, checked if stage is None else timed(stage, getattr(module, name)))
    try:
        yield seconds
    finally:
        for module, name, fn in saved:
            setattr(module, name, fn)


def main(argv: list[str] | None = None) -> int:
    """``verify check ARGV`` in this process under the clock; the timings on stdout."""
    from verify import cli

    with stage_clock() as seconds:
        code = cli.main.main(
            ["check", *(sys.argv[1:] if argv is None else argv)],
            prog_name="verify",
            standalone_mode=False,
        )
    if code:
        return int(code)
    from verify.bench.floor import peak_mib

    elapsed = time.perf_counter() - _BEGAN
    print(json.dumps({"elapsed": elapsed, "stages": seconds, "peak_mib": peak_mib()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
