"""The archive: every Ofsted report of every council, indexed once, so a release's report,
the council's previous report, quotes from other reports and the national picture at a
date are lookups rather than hours of searching.

``build_archive`` indexes folders of reports into one SQLite file; ``Archive`` reads it.
"""

from verify.archive.build import BuildSummary, build_archive
from verify.archive.store import Archive

__all__ = [
    "Archive",
    "BuildSummary",
    "build_archive",
]
