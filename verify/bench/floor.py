"""The Ctrl-F floor: the least a check can cost, for `make bench` to measure against.

A reader with the report open and a search box: the PDF's text (pypdfium2, as
`verify` reads it) and a substring search of every quotation in the release, both
normalised (case, quote marks, dashes, hyphens, spacing). No parsing, no claims,
no model: only the work no checker can skip.

``python -m verify.bench.floor RELEASE REPORT.pdf`` prints one JSON line: the
quotations found and searched, and this process's peak memory in MiB.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

_QUOTATION = re.compile(r"[“\"]([^”\"\n]{3,}?)[”\"]|‘([^’\n]{3,}?)’(?!\w)")
_NOT_WORD = re.compile(r"[^0-9a-z]+")


def normalise(text: str) -> str:
    """Lower-case words separated by single spaces (PDF hyphen marks read as hyphens)."""
    return _NOT_WORD.sub(" ", text.replace("\x02", "-").lower()).strip()


def report_text(path: str) -> str:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(path)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def search(release: str, report: str) -> tuple[int, int]:
    """(quotations found in the report, quotations searched)."""
    haystack = f" {normalise(report)} "
    quotations = [normalise(a or b) for a, b in _QUOTATION.findall(release)]
    quotations = [q for q in quotations if q]
    return sum(f" {q} " in haystack for q in quotations), len(quotations)


def peak_mib() -> float:
    """This process's peak resident memory in MiB: Linux's VmHWM, which starts afresh at exec.

    Not ``ru_maxrss`` of RUSAGE_SELF: Linux carries a parent's high-water mark across
    fork and exec, so a process started by a large benchmark would report the
    benchmark's peak, not its own.
    """
    import resource

    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main(argv: list[str]) -> int:
    release, report = argv
    found, searched = search(Path(release).read_text(encoding="utf-8"), report_text(report))
    print(json.dumps({"found": found, "searched": searched, "peak_mib": peak_mib()}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
