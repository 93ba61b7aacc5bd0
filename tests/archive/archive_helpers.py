"""Paths the archive tests share."""

from __future__ import annotations

import os
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
INVENTED = TESTS / "data" / "archive"
"""Invented text reports of real councils, a page saved as .pdf and a non-report."""
SHARED = Path(os.environ.get("VERIFY_SHARED", TESTS.parent.parent / "shared"))
MANIFEST = SHARED / "dev" / "manifest.json"
