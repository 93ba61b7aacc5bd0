"""`make eval`: accuracy against gold annotations, printed beside simple baselines.

``--part dev`` or ``--part test`` scores only that part of the real development
set (fast, for iterating), only its history, comparison and national claims when
``history`` is named (``--part dev history``); ``--part all`` (the default) runs every
section. The real articles are checked with the archive of ../shared's reports, as the
labelling conventions assume; ``--no-archive`` checks them with the manifest's reports
alone.
"""

import argparse

from verify.sections import run_sections, section_console

SECTIONS = ("extraction", "verdicts", "dev", "history", "agreement", "synthetic")

if __name__ == "__main__":
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--part", choices=("dev", "test", "all"), default="all")
    parser.add_argument("--cache", default=None, help="keep parsed reports here between runs")
    parser.add_argument("--no-archive", action="store_true", help="real articles without it")
    known, rest = parser.parse_known_args()
    if known.part == "all":
        run_sections("verify.evaluation", SECTIONS, rest)
    else:
        from pathlib import Path

        from verify.evaluation import dev, history

        shared = Path("../shared")
        if "--shared" in rest:
            shared = Path(rest[rest.index("--shared") + 1])
        console = section_console()
        if "history" in rest:
            history.run(shared, console, (known.part,), known.cache)
        else:
            dev.run(shared, console, (known.part,), known.cache, not known.no_archive)
