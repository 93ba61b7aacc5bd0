"""The review desk over HTTP: lists, release pages, decisions, exports, checking."""

from __future__ import annotations

import re

import pytest
from starlette.testclient import TestClient

from tests.newsroom_helpers import XSS, hand_result
from verify.settings import Settings
from verify.store import ResultsDB
from verify.web import create_app


@pytest.fixture()
def desk(tmp_path):
    db = ResultsDB(tmp_path / "desk.db")
    rid = db.save(hand_result(extra=f'Inspectors said "{XSS}". '))
    app = create_app(tmp_path / "desk.db", Settings(cache_dir=str(tmp_path / "cache")))
    return TestClient(app), db, rid


def test_list_shows_each_release_with_flag_and_review_counts(desk):
    client, db, rid = desk
    db.decide(rid, "c3", "confirmed", reviewer="Ann")
    page = client.get("/").text
    assert f'href="/release/{rid}"' in page
    row = re.search(r"<tr><td><a href=\"/release/.*?</tr>", page, re.S).group(0)
    assert ">2</td>" in row  # two flags
    assert "1 of 5" in row  # one claim of five reviewed


def test_release_page_puts_flags_first_and_filters_by_verdict(desk):
    client, _, rid = desk
    page = client.get(f"/release/{rid}").text
    cards = re.findall(r'<article class="card v-(\w+)"', page)
    assert cards[:2] == ["misquoted", "unsupported"]
    assert cards[2:] == ["supported", "supported", "not_checkable"]
    only = client.get(f"/release/{rid}?verdict=misquoted").text
    assert re.findall(r'<article class="card v-(\w+)"', only) == ["misquoted"]
    # the card quotes the claim it judges, and the header names judgements in Ofsted's words
    assert "every child lives in a stable home</blockquote>" in page
    assert "Help and protection: <strong>Requires improvement</strong>" in page


def test_document_text_is_escaped(desk):
    client, _, rid = desk
    page = client.get(f"/release/{rid}").text
    assert "<script>document" not in page and "<img src=x" not in page
    assert "&lt;script&gt;document" in page


def test_any_verdict_can_be_confirmed_dismissed_or_corrected_with_history(desk):
    client, db, rid = desk
    # a supported claim can be corrected too, not only flags
    response = client.post(
        f"/release/{rid}/claims/c1",
        data={
            "decision": "corrected",
            "verdict": "misleading",
            "note": "only overall",
            "reviewer": "Ann",
        },
        follow_redirects=False,
    )
    assert response.status_code == 303 and response.headers["location"].endswith("#c1")
    client.post(f"/release/{rid}/claims/c1", data={"decision": "confirmed", "reviewer": "Bob"})
    assert [(d.reviewer, d.decision) for d in db.history(rid)] == [
        ("Ann", "corrected"),
        ("Bob", "confirmed"),
    ]
    page = client.get(f"/release/{rid}").text
    assert "Confirmed by Bob" in page and "History (2)" in page


def test_a_decision_without_a_name_is_refused(desk):
    client, db, rid = desk
    response = client.post(f"/release/{rid}/claims/c3", data={"decision": "confirmed"})
    assert response.status_code == 400 and "your name" in response.text
    assert db.history(rid) == []


def test_exports_download(desk):
    client, db, rid = desk
    db.decide(rid, "c3", "confirmed", reviewer="Ann")
    reviews = client.get("/export/claimreview.json").json()
    assert [r["claimReviewed"] for r in reviews] == ["every child lives in a stable home"]
    assert len(client.get("/export/claimreview.json?all=1").json()) == 2
    # a hand-built claim names no check (a checked one does: tests/test_store.py)
    assert ",misquoted,,confirmed,misquoted,,Ann," in client.get("/export/decisions.csv").text


def test_unknown_release_is_a_404(desk):
    client, _, _ = desk
    assert client.get("/release/nope").status_code == 404


def test_checking_without_a_release_says_what_to_give(desk):
    client, _, _ = desk
    response = client.post("/check", data={"text": "", "reports": "x.pdf"})
    assert response.status_code == 400 and "paste a release" in response.text


@pytest.mark.model
@pytest.mark.slow
def test_a_pasted_release_is_checked_and_stored(tmp_path):
    from tests.conftest import ROOT

    demo = ROOT / "corpora" / "demo"
    app = create_app(tmp_path / "desk.db", Settings(cache_dir=str(tmp_path / "cache")))
    client = TestClient(app)
    text = (demo / "release.html").read_text()
    from verify.web import _SPOOL

    spooled = set(_SPOOL.glob("*")) if _SPOOL.exists() else set()
    response = client.post(
        "/check",
        data={"reports": str(demo / "report.txt")},
        files={"file": ("release.html", text.encode(), "text/html")},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert set(_SPOOL.glob("*")) == spooled  # the uploaded copy is not left behind
    page = client.get(response.headers["location"]).text
    assert "Misquoted" in page and "Ashbury" in page
