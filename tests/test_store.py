"""The results database: results stored once, decisions kept as history."""

from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils

from tests.newsroom_helpers import hand_result
from verify.errors import BadDatabase
from verify.store import ResultsDB


def test_saving_the_same_pair_twice_keeps_one_copy(tmp_path):
    db = ResultsDB(tmp_path / "r.db")
    first = db.save(hand_result(), pair_id="p1")
    again = db.save(hand_result(), pair_id="p1")
    assert first == again
    assert len(db.releases()) == 1
    assert len(list(db.claims(first))) == 4
    assert db.done_pairs() == {"p1"}
    assert db.result(first) == hand_result()


def test_release_list_counts_flags_and_reviews(tmp_path):
    db = ResultsDB(tmp_path / "r.db")
    rid = db.save(hand_result())
    db.decide(rid, "c3", "confirmed", reviewer="Ann")
    db.decide(rid, "c1", "corrected", reviewer="Bob", verdict="misleading", note="half true")
    (row,) = db.releases()
    assert (row.claims, row.flags, row.reviewed) == (4, 1, 2)


def test_decisions_keep_their_history_and_the_latest_wins(tmp_path):
    db = ResultsDB(tmp_path / "r.db")
    rid = db.save(hand_result())
    db.decide(rid, "c3", "confirmed", reviewer="Ann")
    db.decide(rid, "c3", "dismissed", reviewer="Bob", note="the report says this in para 9")
    assert [d.decision for d in db.history(rid)] == ["confirmed", "dismissed"]
    current = db.current(rid)[(rid, "c3")]
    assert (current.reviewer, current.verdict, current.tool_verdict) == ("Bob", None, "misquoted")
    # a re-check of the same pair keeps the decisions already made
    db.save(hand_result())
    assert len(db.history(rid)) == 2


def test_a_correction_needs_a_verdict_and_a_known_claim(tmp_path):
    db = ResultsDB(tmp_path / "r.db")
    rid = db.save(hand_result())
    with pytest.raises(ValueError):
        db.decide(rid, "c1", "corrected", reviewer="Ann")
    with pytest.raises(KeyError):
        db.decide(rid, "c99", "confirmed", reviewer="Ann")


def test_a_file_that_is_not_a_database_is_one_clear_error(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(BadDatabase, match="notes.db"):
        ResultsDB(bad)


def test_the_schema_is_plain_sqlite(tmp_path):
    path = tmp_path / "r.db"
    ResultsDB(path).save(hand_result())
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"releases", "claims", "omissions", "decisions"} <= tables
        assert conn.execute("SELECT COUNT(*) FROM claims WHERE flag = 1").fetchone() == (1,)


def test_a_version_1_database_gains_the_check_column(tmp_path):
    path = tmp_path / "old.db"
    ResultsDB(path).db["claims"].transform(drop={"decided_by"})  # the table version 1 made
    assert "decided_by" not in sqlite_utils.Database(path)["claims"].columns_dict
    db = ResultsDB(path)
    rid = db.save(hand_result())
    assert "decided_by" in db.db["claims"].columns_dict
    assert len(list(db.claims(rid))) == 4
