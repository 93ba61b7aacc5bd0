"""ClaimReview and CSV exports: what a newsroom publishes is what a person decided."""

from __future__ import annotations

import csv
import io
import json

from click.testing import CliRunner

from tests.newsroom_helpers import hand_result
from verify.cli import main
from verify.export import (
    CLAIMREVIEW_RECOMMENDED,
    CLAIMREVIEW_REQUIRED,
    claim_reviews,
    decisions_csv,
)
from verify.store import ResultsDB


def reviewed_db(tmp_path) -> tuple[ResultsDB, str]:
    db = ResultsDB(tmp_path / "r.db")
    rid = db.save(hand_result())
    db.decide(rid, "c3", "confirmed", reviewer="Ann", note="'most' dropped")
    db.decide(rid, "c2", "corrected", reviewer="Bob", verdict="misleading")
    db.decide(rid, "c4", "dismissed", reviewer="Bob")
    return db, rid


def assert_valid_claim_review(review: dict) -> None:
    """Google's required and recommended ClaimReview fields, with the right types."""
    for field in CLAIMREVIEW_REQUIRED + CLAIMREVIEW_RECOMMENDED:
        assert review.get(field), f"missing {field}"
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    rating = review["reviewRating"]
    assert rating["@type"] == "Rating" and rating["alternateName"]
    assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    item = review["itemReviewed"]
    assert item["@type"] == "Claim" and item["author"]["name"]
    assert item["appearance"].get("url") or item["appearance"].get("name")
    assert review["url"].startswith("http")
    assert len(review["datePublished"]) == 10  # an ISO date


def test_only_reviewed_claims_are_exported_with_the_persons_verdict(tmp_path):
    db, rid = reviewed_db(tmp_path)
    reviews = claim_reviews(db, publisher="The Echo", base_url="https://desk.example")
    for review in reviews:
        assert_valid_claim_review(review)
    by_claim = {r["claimReviewed"]: r for r in reviews}
    # confirmed -> tool's verdict; corrected -> the reviewer's; dismissed -> not published
    assert set(by_claim) == {
        "every child lives in a stable home",
        "leaders know their services well",
    }
    assert by_claim["every child lives in a stable home"]["reviewRating"]["alternateName"] == (
        "Misquoted"
    )
    assert by_claim["leaders know their services well"]["reviewRating"]["alternateName"] == (
        "Misleading"
    )
    assert by_claim["every child lives in a stable home"]["itemReviewed"]["appearance"]["url"] == (
        "https://council.example/news/ofsted"
    )
    assert reviews[0]["author"]["name"] == "The Echo"
    assert reviews[0]["url"].startswith(f"https://desk.example/release/{rid}#")


def test_all_adds_unreviewed_flags(tmp_path):
    db = ResultsDB(tmp_path / "r.db")
    db.save(hand_result(extra='Inspectors said "invented praise". '))
    assert claim_reviews(db, publisher="x", base_url="http://h") == []
    reviews = claim_reviews(db, publisher="x", base_url="http://h", everything=True)
    assert sorted(r["claimReviewed"] for r in reviews) == [
        'Inspectors said "invented praise".',
        "every child lives in a stable home",
    ]


def test_csv_lists_every_decision_in_order(tmp_path):
    db, _ = reviewed_db(tmp_path)
    rows = list(csv.DictReader(io.StringIO(decisions_csv(db))))
    assert [(r["claim_id"], r["decision"], r["reviewer"]) for r in rows] == [
        ("c3", "confirmed", "Ann"),
        ("c2", "corrected", "Bob"),
        ("c4", "dismissed", "Bob"),
    ]
    assert rows[1]["verdict"] == "misleading" and rows[1]["tool_verdict"] == "supported"


def test_csv_names_the_check_behind_each_verdict(tmp_path):
    db = ResultsDB(tmp_path / "r.db")
    result = hand_result()
    named = [c.model_copy(update={"decided_by": f"quote.check_{c.id}"}) for c in result.claims]
    rid = db.save(result.model_copy(update={"claims": named}))
    db.decide(rid, "c3", "dismissed", reviewer="Ann")
    (row,) = csv.DictReader(io.StringIO(decisions_csv(db)))
    assert (row["claim_id"], row["tool_check"], row["decision"]) == (
        "c3",
        "quote.check_c3",
        "dismissed",
    )


def test_export_command_writes_claimreview_json(tmp_path):
    reviewed_db(tmp_path)
    out = tmp_path / "reviews.json"
    result = CliRunner().invoke(
        main, ["export", "--db", str(tmp_path / "r.db"), "--publisher", "The Echo", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert len(data) == 2
    for review in data:
        assert_valid_claim_review(review)
