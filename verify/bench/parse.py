"""Parse speed over the real reports: every PDF cold (fresh cache), then again cached.

Cold time is PDF text extraction plus parsing; cached time is reading the pickled
``Report`` back, which is what the checker and the batch runner pay after the first run.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from verify.errors import VerifyError
from verify.report import load_report
from verify.settings import Settings


def run(shared: Path, console: Console) -> None:
    pdfs = sorted((shared / "corpora" / "ofsted" / "reports").glob("*/*.pdf"))
    if not pdfs:
        console.print(f"[yellow]no report PDFs under {shared}; skipped[/]")
        return
    with tempfile.TemporaryDirectory(prefix="verify-bench-") as cache:
        settings = Settings(cache_dir=cache)
        cold, pages, failed = _load_all(pdfs, settings)
        cached, _, _ = _load_all(pdfs, settings)
    table = Table(title=f"Parsing {len(pdfs)} report PDFs ({pages} pages; {failed} refused)")
    for column in ("pass", "total s", "ms / report", "pages / s"):
        table.add_column(column, justify="right")
    for name, seconds in (("cold (fresh cache)", cold), ("cached", cached)):
        table.add_row(
            name,
            f"{seconds:.2f}",
            f"{1000 * seconds / len(pdfs):.1f}",
            f"{pages / seconds:,.0f}",
        )
    console.print(table)


def _load_all(pdfs: list[Path], settings: Settings) -> tuple[float, int, int]:
    """Seconds to load every PDF, the pages read and how many were refused."""
    pages = failed = 0
    start = time.perf_counter()
    for path in pdfs:
        try:
            pages += len(load_report(path, settings).pages)
        except VerifyError:
            failed += 1
    return time.perf_counter() - start, pages, failed
