"""The archive on disk: one SQLite file of every report, its facts and its passages.

Tables: ``councils`` (the shipped table of authorities, regions and aliases, for SQL
users), ``reports`` (one row per report: council, region, framework, dates, team, the
parsed report as compressed JSON), ``judgements``, ``improvements``, ``files`` (path,
size, mtime and sha256 of every file seen, so an unchanged folder costs no parsing),
``problems`` (files that are not readable reports, with the one-line reason) and
``passages``, an FTS5 index of every paragraph for quote search.

``Archive`` is the narrow read API the rest of `verify` uses: council lookup, a
council's reports, the latest report at a date, the previous report and quote search (the national
picture at a date is ``verify.archive.standing``).
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import zlib
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from rapidfuzz import fuzz

from verify.errors import ArchiveError
from verify.report.metadata import named_date
from verify.types import ArchivedReport, Judgement, Passage, Report
from verify.words.councils import Council, council_named

SCHEMA_VERSION = "2"
"""Bump when the tables change; an archive of another version is rebuilt from scratch."""

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS councils (
    name TEXT PRIMARY KEY,
    region TEXT NOT NULL,
    aliases TEXT NOT NULL,
    valid_from TEXT,
    valid_until TEXT
);
CREATE TABLE IF NOT EXISTS reports (
    sha256 TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    council TEXT NOT NULL,
    region TEXT,
    printed_authority TEXT NOT NULL,
    framework TEXT NOT NULL,
    inspection_type TEXT,
    inspection_start TEXT,
    inspection_end TEXT,
    published TEXT,
    dated TEXT NOT NULL,
    lead_inspector TEXT,
    team_hmi INTEGER,
    team_other INTEGER,
    team_names TEXT NOT NULL,
    parser_version TEXT NOT NULL,
    report BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS reports_by_council ON reports (council, dated);
CREATE TABLE IF NOT EXISTS judgements (
    sha256 TEXT NOT NULL REFERENCES reports ON DELETE CASCADE,
    name TEXT NOT NULL,
    grade TEXT NOT NULL,
    printed TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS judgements_by_report ON judgements (sha256);
CREATE TABLE IF NOT EXISTS improvements (
    sha256 TEXT NOT NULL REFERENCES reports ON DELETE CASCADE,
    number INTEGER,
    text TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha256 TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS problems (path TEXT PRIMARY KEY, sha256 TEXT, reason TEXT NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS passages USING fts5(
    text, sha256 UNINDEXED, passage UNINDEXED, number UNINDEXED, page UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);
"""

_FTS_WORD = re.compile(r"[^\W_]+")
_PHRASE_WORDS = 6
"""A quotation is looked up by runs of this many words: long enough to be one report's."""


def connect(path: str | Path) -> sqlite3.Connection:
    """An open archive database (created when absent), with foreign keys on."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    try:
        db = sqlite3.connect(path)
        db.execute("PRAGMA foreign_keys = ON")
        db.executescript(SCHEMA)
    except sqlite3.DatabaseError as exc:
        raise ArchiveError(str(path), f"not an archive database ({exc})") from exc
    return db


@dataclass(frozen=True)
class QuoteSource:
    """An archived report that holds a quotation, and where."""

    report: ArchivedReport
    passage: Passage
    score: float


class Archive:
    """Read access to a built archive."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        if not self.path.is_file():
            raise ArchiveError(str(path), "no archive here; build one with `verify archive build`")
        self.db = connect(self.path)
        self._loaded: dict[str, Report] = {}
        self._by_council: dict[str, list[ArchivedReport]] | None = None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # ------------------------------------------------------------------ reports

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM reports").fetchone()[0]

    def council(self, name: str) -> Council | None:
        """The authority a name, alias or folder name means (the shipped table)."""
        return council_named(name)

    def reports_of(self, council: str) -> list[ArchivedReport]:
        """Every report of ``council`` (canonical name), oldest first."""
        if self._by_council is not None:
            return list(self._by_council.get(council, []))
        return self._query("WHERE council = ? ORDER BY dated, sha256", (council,))

    def reports_by_council(self) -> dict[str, list[ArchivedReport]]:
        """Every report, by council (canonical name), each council's oldest first: read in
        one query for the national picture, which asks about every council (one query a
        council was most of a national claim's check), and kept for this archive's life."""
        if self._by_council is None:
            by_council: dict[str, list[ArchivedReport]] = {}
            for report in self._query("ORDER BY dated, sha256", ()):
                by_council.setdefault(report.council, []).append(report)
            self._by_council = by_council
        return self._by_council

    def latest_at(self, council: str, day: date) -> ArchivedReport | None:
        """The council's most recent report published on or before ``day``."""
        found = [r for r in self.reports_of(council) if r.dated <= day]
        return found[-1] if found else None

    def previous(self, report: ArchivedReport) -> ArchivedReport | None:
        """The council's inspection before ``report``: its latest earlier report that judges
        more than the safeguarding board (a review of the board alone, as SIF published
        for some councils weeks after the inspection, is not the previous inspection)."""
        earlier = [r for r in self.reports_of(report.council) if r.dated < report.dated]
        inspections = [r for r in earlier if _inspects(r)]
        return (inspections or earlier)[-1] if earlier else None

    def earlier_than(self, report: Report) -> list[Report]:
        """The council's reports before ``report``, latest first: the earlier inspections
        a release's history claims may be about. ``report`` need not be archived itself."""
        archived = self.get(report.sha256)
        if archived is not None:
            council, dated = archived.council, archived.dated
        else:
            found = council_named(report.authority)
            dated = report_date(report)
            if found is None or dated is None:
                return []
            council = found.name
        earlier = [r for r in self.reports_of(council) if r.dated < dated and _inspects(r)]
        return [self.load(r) for r in reversed(earlier)]

    def get(self, sha256: str) -> ArchivedReport | None:
        found = self._query("WHERE sha256 = ?", (sha256,))
        return found[0] if found else None

    def load(self, report: ArchivedReport) -> Report:
        """The full parsed report, as stored when the archive was built."""
        if report.sha256 not in self._loaded:
            row = self.db.execute(
                "SELECT report FROM reports WHERE sha256 = ?", (report.sha256,)
            ).fetchone()
            self._loaded[report.sha256] = _decoded(row[0])
        return self._loaded[report.sha256]

    def _query(self, where: str, args: tuple) -> list[ArchivedReport]:
        rows = self.db.execute(
            "SELECT sha256, path, council, region, framework, inspection_start, "
            f"inspection_end, dated FROM reports {where}",
            args,
        ).fetchall()
        grades: dict[str, list[Judgement]] = {}
        shas = [r[0] for r in rows]
        for chunk in range(0, len(shas), 500):
            part = shas[chunk : chunk + 500]
            for sha, name, grade, printed in self.db.execute(
                "SELECT sha256, name, grade, printed FROM judgements WHERE sha256 IN "
                f"({','.join('?' * len(part))}) ORDER BY rowid",
                part,
            ):
                grades.setdefault(sha, []).append(
                    Judgement(name=name, grade=grade, printed=printed)
                )
        return [
            ArchivedReport(
                sha256=sha,
                path=path,
                council=council,
                region=region,
                framework=framework,
                inspection_start=_day(start),
                inspection_end=_day(end),
                dated=date.fromisoformat(dated),
                judgements=grades.get(sha, []),
            )
            for sha, path, council, region, framework, start, end, dated in rows
        ]

    # ------------------------------------------------------------------ quotes

    def find_quote(
        self, quote: str, exclude: Iterable[str] = (), min_score: float = 90.0
    ) -> list[QuoteSource]:
        """Every archived report (but those in ``exclude``, by sha256) holding ``quote``,
        best match first. Runs of ``_PHRASE_WORDS`` words are looked up in the full-text
        index, then the whole quote is scored against each passage found, so a quote found
        by one phrase must still match as a whole."""
        words = tokens(quote)
        if len(words) < _PHRASE_WORDS:
            return []
        skip = set(exclude)
        wanted = " ".join(words)
        best: dict[str, tuple[float, str]] = {}
        for phrase in _phrases(words):
            for text, sha, passage in self.db.execute(
                "SELECT text, sha256, passage FROM passages WHERE passages MATCH ?", (phrase,)
            ):
                if sha in skip or (sha in best and best[sha][0] == 100):
                    continue
                score = fuzz.partial_ratio(wanted, " ".join(tokens(text)))
                if score >= min_score and score > best.get(sha, (0.0, ""))[0]:
                    best[sha] = (score, passage)
        found = []
        for sha, (score, passage_id) in sorted(best.items(), key=lambda kv: -kv[1][0]):
            report = self.get(sha)
            if report is not None:
                held = next(p for p in self.load(report).passages if p.id == passage_id)
                found.append(QuoteSource(report=report, passage=held, score=score / 100))
        return found


def _phrases(words: list[str]) -> list[str]:
    """FTS5 phrase queries for the first, middle and last runs of words in a quote."""
    n = _PHRASE_WORDS
    starts = sorted({0, max(0, (len(words) - n) // 2), len(words) - n})
    runs = [[w for w in words[s : s + n] if _FTS_WORD.fullmatch(w)] for s in starts]
    return ['"' + " ".join(run) + '"' for run in runs if len(run) >= n - 1]


_DECODED: OrderedDict[bytes, Report] = OrderedDict()
_DECODED_MAX = 16
"""The last reports decoded from any archive, by the digest of their stored bytes."""


def _decoded(stored: bytes) -> Report:
    """The report stored (compressed JSON) as ``stored``, decoded once a process while it
    is among the last few asked: each check opens the archive anew and takes the council's
    earlier reports from it, and unzipping and validating them was most of that (about
    3 ms a report). Keyed by the bytes, so a rebuilt archive's new parse is never served
    stale; shared, as ``load_report``'s are, since a report's models are frozen."""
    key = hashlib.blake2b(stored, digest_size=16).digest()
    if key in _DECODED:
        _DECODED.move_to_end(key)
        return _DECODED[key]
    report = _DECODED[key] = Report.model_validate_json(zlib.decompress(stored))
    if len(_DECODED) > _DECODED_MAX:
        _DECODED.popitem(last=False)
    return report


def _inspects(report: ArchivedReport) -> bool:
    """True unless the report reviews only the safeguarding board (SIF published some
    such reviews weeks after the inspection): it is not an earlier inspection."""
    return {j.name for j in report.judgements} != {"lscb"}


def report_date(report: Report) -> date | None:
    """When a report was published: printed (SIF and earlier), else the date in its file
    name (Ofsted's archive names ILACS reports so), else its last day on site."""
    return report.published or named_date(Path(report.source).name) or report.inspection_end


def tokens(text: str) -> list[str]:
    """The comparable words of ``text`` (lower case, British spelling); matching is
    imported here, not with the archive, so building and pairing do not load it."""
    from verify.match.normalise import tokens as normalised

    return [t.form for t in normalised(text)]


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
