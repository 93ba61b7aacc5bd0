"""Paths the archive tests share."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
HTML_SAVED_AS_PDF = "children's services inspection - 01 april 2019.pdf"


def _invented_folder() -> Path:
    """The invented reports (tests/data/archive) plus, made here rather than kept in git,
    a web page saved under a report's .pdf name, as the real archive has one."""
    folder = Path(tempfile.mkdtemp(prefix="verify-archive-")) / "archive"
    atexit.register(shutil.rmtree, folder.parent, ignore_errors=True)
    shutil.copytree(TESTS / "data" / "archive", folder)
    (folder / "wokingham" / HTML_SAVED_AS_PDF).write_text(
        "<!DOCTYPE html><html><body>Page not found</body></html>\n", encoding="utf-8"
    )
    return folder


INVENTED = _invented_folder()
"""Invented text reports of real councils, a page saved as .pdf and a non-report."""
SHARED = Path(os.environ.get("VERIFY_SHARED", TESTS.parent.parent / "shared"))
MANIFEST = SHARED / "dev" / "manifest.json"
