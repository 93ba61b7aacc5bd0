"""`make eval`: accuracy against gold annotations, printed beside simple baselines.

``--part dev`` or ``--part test`` scores only that part of the real development
set (fast, for iterating), only its history, comparison and national claims when
``history`` is named (``--part dev history``); ``--part all`` (the default) runs every
section (or those named) on both parts. The real articles are checked with the archive
of ../shared's reports, as the labelling conventions assume; ``--no-archive`` has the dev
section check them with the manifest's reports alone (the history section is about the
archive and always uses it). ``--cache`` keeps parsed reports and the archive
between runs, whatever the part. One run parses each report and loads the model once for
the sections that check seed and real articles (``verify.evaluation.run``).
The sets derived by a rule from the real reports of councils outside the test part run
with any ``--part`` (``--part dev quoteback``), scoring neither part: ``quoteback``
(quotations of report sentences), ``framings`` (the dev part's real quotations in other
articles' real framings), ``summaries`` (the reports' own summaries, as
paraphrased findings) and ``accounts`` (the reports' own accounts of earlier inspections,
as claims). ``metamorph`` varies the dev part's claims (``--part dev metamorph``; with
``--part test`` it says so and measures nothing). ``written`` checks articles written by
hand about reports of councils outside the dev set (``verify.evaluation.written``), with
any ``--part``: its tune half in full, its held-out half as totals; ``drift`` does the same
for its session-25 wave, written as real releases drift (``verify.evaluation.drift``).
``--part dev --calibrate`` writes the dev part's calibration to
verify/check/calibration.json, which confidences are read from.
"""

import argparse
import importlib
from pathlib import Path

from verify.evaluation.run import PARTS, EvalRun
from verify.sections import section_console

SECTIONS = (
    "extraction",
    "verdicts",
    "dev",
    "history",
    "agreement",
    "synthetic",
    "quoteback",
    "summaries",
    "accounts",
    "framings",
    "metamorph",
    "written",
    "drift",
)
ONE_PART = ("dev", "history", "metamorph")
"""The sections that score one part of the real development set."""
DERIVED = ("quoteback", "summaries", "accounts", "framings")
"""The sections that measure a set derived by a rule from the real reports, of councils
outside the test part: run with any ``--part`` (``--part dev quoteback``), scoring none."""
WRITTEN = ("written", "drift")
"""The sets written by hand, with halves of their own: run with any ``--part``."""


def options(argv: list[str] | None = None) -> tuple[argparse.Namespace, tuple[str, ...]]:
    """The command line and the sections it runs; options no run could honour are refused
    (a part scores only its sections; the calibration comes from the dev part alone, as
    `make eval` checks it, never from the test part)."""
    parser = argparse.ArgumentParser(prog="python -m verify.evaluation")
    parser.add_argument("--part", choices=("dev", "test", "all"), default="all")
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--cache", default=None, help="keep parsed reports here between runs")
    parser.add_argument("--no-archive", action="store_true", help="real articles without it")
    parser.add_argument(
        "--calibrate",
        action="store_true",
        help="with --part dev: write verify/check/calibration.json from the dev part",
    )
    parser.add_argument("sections", nargs="*", help=f"any of {', '.join(SECTIONS)}")
    args = parser.parse_args(argv)
    every = args.part == "all"
    sections = tuple(args.sections) or (SECTIONS if every else ONE_PART[:1])
    allowed = SECTIONS if every else ONE_PART + DERIVED + WRITTEN
    if set(sections) - set(allowed):
        parser.error(f"--part {args.part} runs only the sections {', '.join(allowed)}")
    if args.calibrate and (args.part != "dev" or "dev" not in sections or args.no_archive):
        parser.error("--calibrate measures the dev part as checked with the archive: --part dev")
    return args, sections


if __name__ == "__main__":
    args, sections = options()
    every = args.part == "all"
    console = section_console()
    parts = PARTS if every else (args.part,)
    ev = EvalRun(args.shared, console, args.cache, not args.no_archive, parts, args.calibrate)
    for name in sections:
        if every:
            console.rule(f"evaluation: {name}")
        importlib.import_module(f"verify.evaluation.{name}").run(ev)
