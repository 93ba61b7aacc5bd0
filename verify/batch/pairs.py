"""A batch's pairs: read from a pairs file or a folder of releases, and keyed by their
files' contents."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

from verify.cache import sha256_bytes, sha256_file
from verify.errors import BadPairsFile
from verify.types import Pair


def pair_key(pair: Pair, digest: Callable[[str], str]) -> str:
    """The pair's identity: the sha256 of its release's and reports' digests, in order."""
    parts = [
        digest(pair.release),
        [digest(r) for r in pair.reports],
        [digest(p) for p in pair.previous],
    ]
    return sha256_bytes(json.dumps(parts).encode("utf-8"))


def file_digest() -> Callable[[str], str]:
    """A memoised digest of a source: its bytes' sha256 when it is a readable file; a URL
    or an unreadable path stands for itself (so the pair is checked once it is readable)."""
    memo: dict[str, str] = {}

    def digest(source: str) -> str:
        if source not in memo:
            try:
                memo[source] = sha256_file(source)
            except OSError:
                memo[source] = f"source:{source}"
        return memo[source]

    return digest


RELEASE_SUFFIXES = {".txt", ".md", ".html", ".htm"}


def folder_pairs(folder: str | Path) -> list[Pair]:
    """Every release in ``folder`` with no report: each is paired with its report (and
    the previous one) from the archive when checked."""
    try:
        releases = sorted(
            p
            for p in Path(folder).iterdir()
            if p.is_file() and p.suffix.lower() in RELEASE_SUFFIXES
        )
    except OSError as exc:
        raise BadPairsFile(str(folder), exc.strerror or str(exc)) from exc
    if not releases:
        raise BadPairsFile(
            str(folder), f"a folder with no releases ({', '.join(sorted(RELEASE_SUFFIXES))})"
        )
    return [Pair(id=p.stem, release=str(p), reports=[]) for p in releases]


def read_pairs(path: str | Path) -> list[Pair]:
    """Pairs from a .jsonl file ({"release", "reports", "previous"?, "id"?} per line) or a
    .csv with columns release and report (several reports separated by ';')."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise BadPairsFile(str(path), "it is not UTF-8 text") from exc
    except OSError as exc:
        raise BadPairsFile(str(path), exc.strerror or str(exc)) from exc
    try:
        if path.suffix.lower() == ".csv":
            rows = [
                {"release": r["release"], "reports": (r["report"] or "").split(";")}
                for r in csv.DictReader(raw.splitlines())
            ]
        else:
            numbered = enumerate(raw.splitlines(), 1)
            rows = [_json_row(line, n) for n, line in numbered if line.strip()]
        pairs = [
            Pair(
                id=str(row.get("id", row["release"])),
                release=row["release"],
                reports=[r for r in _strings(row["reports"]) if r],
                previous=_strings(row.get("previous", [])),
            )
            for row in rows
        ]
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise BadPairsFile(str(path), f"{type(exc).__name__}: {exc}") from exc
    if not pairs:
        raise BadPairsFile(str(path), "it lists no pairs")
    return pairs


def _json_row(line: str, number: int) -> dict:
    try:
        row = json.loads(line)
    except ValueError as exc:
        raise ValueError(f"line {number} is not JSON") from exc
    if not isinstance(row, dict):
        raise ValueError(f"line {number} is not a JSON object")
    return row


def _strings(value: object) -> list[str]:
    """A list of paths; one path given as a bare string is a list of one."""
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"expected a list of paths, got {value!r:.60}")
    return value
