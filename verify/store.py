"""The results database: check results, and what people decided about them.

A newsroom keeps results for weeks and several people review them, so results
live in one SQLite file (through sqlite-utils, whose conventions the schema
follows: plain tables, JSON in text columns, foreign keys declared). The tool's
verdicts are never edited: every decision is a new row of ``decisions``, so the
history of who decided what stays, and the latest row per claim is the current
decision. ``docs/database.md`` documents every table and column.

A release's row id comes from its content (the release's sha256 and the reports'
labels), so checking the same pair again replaces its claims instead of adding a
second copy, and a batch killed half-way resumes with nothing lost or doubled.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

import sqlite_utils

from verify.errors import BadDatabase
from verify.types import FLAGS, CheckResult, VerdictLabel

Decision = Literal["confirmed", "dismissed", "corrected"]
DECISIONS: tuple[str, ...] = Decision.__args__
SCHEMA_VERSION = 2  # 2: claims.decided_by, the check that built each verdict


@dataclass(frozen=True)
class ReleaseRow:
    """One checked release as the desk lists it."""

    id: str
    source: str
    title: str | None
    checked_at: str
    reports: list[str]
    claims: int
    flags: int
    reviewed: int


@dataclass(frozen=True)
class DecisionRow:
    """One decision by one person on one claim."""

    release_id: str
    claim_id: str
    tool_verdict: str
    decision: Decision
    verdict: str | None
    note: str
    reviewer: str
    decided_at: str


def result_id(result: CheckResult) -> str:
    """A content id: the same release against the same reports is the same row."""
    key = "|".join([result.release.sha256, *sorted(r.label for r in result.reports)])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


class ResultsDB:
    """A results database at ``path`` (created, with its tables, on first use)."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            self.db = sqlite_utils.Database(self.path)
            self._create()
        except Exception as exc:  # sqlite3 raises DatabaseError for a non-database file
            raise BadDatabase(self.path, str(exc)) from exc

    def _create(self) -> None:
        db = self.db
        db.execute("PRAGMA journal_mode=WAL")  # a reader (the desk) never blocks a batch
        if "releases" not in db.table_names():
            db["releases"].create(
                {
                    "id": str,
                    "pair_id": str,
                    "source": str,
                    "title": str,
                    "release_sha256": str,
                    "checked_at": str,
                    "reports": str,
                    "claims": int,
                    "flags": int,
                    "omissions": int,
                    "result": str,
                },
                pk="id",
            )
            db["releases"].create_index(["pair_id"])
        if "claims" not in db.table_names():
            db["claims"].create(
                {
                    "id": str,
                    "release_id": str,
                    "claim_id": str,
                    "position": int,
                    "kind": str,
                    "text": str,
                    "start": int,
                    "end": int,
                    "verdict": str,
                    "flag": int,
                    "explanation": str,
                    "speaker": str,
                    "role": str,
                    "evidence": str,
                    "diff": str,
                    "decided_by": str,
                },
                pk="id",
                foreign_keys=[("release_id", "releases", "id")],
            )
            db["claims"].create_index(["release_id"])
            db["claims"].create_index(["verdict"])
        elif "decided_by" not in db["claims"].columns_dict:  # a version 1 database
            db["claims"].add_column("decided_by", str)
        if "omissions" not in db.table_names():
            db["omissions"].create(
                {
                    "id": str,
                    "release_id": str,
                    "position": int,
                    "kind": str,
                    "text": str,
                    "report": str,
                    "judgement": str,
                    "grade": str,
                },
                pk="id",
                foreign_keys=[("release_id", "releases", "id")],
            )
        if "decisions" not in db.table_names():
            db["decisions"].create(
                {
                    "id": int,
                    "release_id": str,
                    "claim_id": str,
                    "tool_verdict": str,
                    "decision": str,
                    "verdict": str,
                    "note": str,
                    "reviewer": str,
                    "decided_at": str,
                },
                pk="id",
                foreign_keys=[("release_id", "releases", "id")],
            )
            db["decisions"].create_index(["release_id", "claim_id"])
        db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    # ------------------------------------------------------------------ results

    def save(self, result: CheckResult, pair_id: str | None = None) -> str:
        """Store ``result`` (replacing an earlier check of the same pair) in one transaction."""
        rid = result_id(result)
        claims = [_claim_row(rid, i, c) for i, c in enumerate(result.claims)]
        omissions = [
            {
                "id": f"{rid}:o{i}",
                "release_id": rid,
                "position": i,
                "kind": o.kind,
                "text": o.text,
                "report": o.report,
                "judgement": o.judgement,
                "grade": o.grade,
            }
            for i, o in enumerate(result.omissions)
        ]
        row = {
            "id": rid,
            "pair_id": pair_id,
            "source": result.release.source,
            "title": result.release.title,
            "release_sha256": result.release.sha256,
            "checked_at": _now(),
            "reports": json.dumps([r.label for r in result.reports]),
            "claims": len(claims),
            "flags": sum(c["flag"] for c in claims),
            "omissions": len(omissions),
            "result": result.model_dump_json(),
        }
        with self.db.conn:
            self.db.execute("DELETE FROM claims WHERE release_id = ?", [rid])
            self.db.execute("DELETE FROM omissions WHERE release_id = ?", [rid])
            self.db["releases"].upsert(row, pk="id")
            self.db["claims"].insert_all(claims, pk="id")
            self.db["omissions"].insert_all(omissions, pk="id")
        return rid

    def result(self, release_id: str) -> CheckResult | None:
        rows = list(self.db.query("SELECT result FROM releases WHERE id = ?", [release_id]))
        return CheckResult.model_validate_json(rows[0]["result"]) if rows else None

    def releases(self) -> list[ReleaseRow]:
        """Every checked release, newest first, with its counts of flags and reviews."""
        sql = """
            SELECT r.id, r.source, r.title, r.checked_at, r.reports, r.claims, r.flags,
                   (SELECT COUNT(DISTINCT d.claim_id) FROM decisions d
                     WHERE d.release_id = r.id) AS reviewed
              FROM releases r ORDER BY r.checked_at DESC, r.id
        """
        return [
            ReleaseRow(**{**row, "reports": json.loads(row["reports"] or "[]")})
            for row in self.db.query(sql)
        ]

    def done_pairs(self) -> set[str]:
        """Pair ids already stored, so a batch resumes where it stopped."""
        return {
            row["pair_id"]
            for row in self.db.query("SELECT pair_id FROM releases WHERE pair_id IS NOT NULL")
        }

    # ---------------------------------------------------------------- decisions

    def decide(
        self,
        release_id: str,
        claim_id: str,
        decision: Decision,
        *,
        reviewer: str,
        note: str = "",
        verdict: VerdictLabel | None = None,
    ) -> DecisionRow:
        """Record one decision (a new row: earlier decisions stay as history)."""
        claim = self._claim(release_id, claim_id)
        if decision not in DECISIONS:
            raise ValueError(f"decision must be one of {', '.join(DECISIONS)}")
        if decision == "corrected" and not verdict:
            raise ValueError("a correction names the right verdict")
        final = {"confirmed": claim["verdict"], "dismissed": None, "corrected": verdict}
        row = DecisionRow(
            release_id=release_id,
            claim_id=claim_id,
            tool_verdict=claim["verdict"],
            decision=decision,
            verdict=final[decision],
            note=note,
            reviewer=reviewer,
            decided_at=_now(),
        )
        with self.db.conn:
            self.db["decisions"].insert(row.__dict__)
        return row

    def history(self, release_id: str | None = None) -> list[DecisionRow]:
        """Every decision, oldest first (for one release when ``release_id`` is given)."""
        where, args = ("WHERE release_id = ?", [release_id]) if release_id else ("", [])
        sql = f"SELECT * FROM decisions {where} ORDER BY id"
        return [
            DecisionRow(**{k: v for k, v in r.items() if k != "id"})
            for r in self.db.query(sql, args)
        ]

    def current(self, release_id: str | None = None) -> dict[tuple[str, str], DecisionRow]:
        """The latest decision per (release, claim)."""
        return {(d.release_id, d.claim_id): d for d in self.history(release_id)}

    def claims(self, release_id: str | None = None) -> Iterable[dict]:
        where, args = ("WHERE release_id = ?", [release_id]) if release_id else ("", [])
        return self.db.query(f"SELECT * FROM claims {where} ORDER BY release_id, position", args)

    def claim_number(self, release_id: str, claim_id: str) -> int:
        """The claim's 1-based number in its release, as every view numbers it."""
        return self._claim(release_id, claim_id)["position"] + 1

    def _claim(self, release_id: str, claim_id: str) -> dict:
        rows = list(
            self.db.query(
                "SELECT * FROM claims WHERE release_id = ? AND claim_id = ?", [release_id, claim_id]
            )
        )
        if not rows:
            raise KeyError(f"no claim {claim_id} in release {release_id}")
        return rows[0]


def _claim_row(release_id: str, position: int, claim) -> dict:
    attribution = claim.attribution
    return {
        "id": f"{release_id}:{claim.id}",
        "release_id": release_id,
        "claim_id": claim.id,
        "position": position,
        "kind": claim.kind,
        "text": claim.text,
        "start": claim.start,
        "end": claim.end,
        "verdict": claim.verdict,
        "flag": int(claim.verdict in FLAGS),
        "explanation": claim.explanation,
        "speaker": attribution.speaker if attribution else None,
        "role": attribution.role if attribution else None,
        "evidence": json.dumps([e.model_dump(mode="json") for e in claim.evidence]),
        "diff": json.dumps([d.model_dump() for d in claim.diff]) if claim.diff else None,
        "decided_by": claim.decided_by,
    }


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
