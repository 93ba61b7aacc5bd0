"""Claims of the real development set (the dev part of ../shared/dev, never the test part)
stated in the frames extraction reads for who speaks: a reporting verb after the
inspectors, a pronoun carrying them on past a list, the release's own words right after
theirs, an official's reported speech, what the inspectors did, a sentence cut by the end
of the text. Each gold claim (corpora/gold/dev) must be extracted with its gold kind."""

from __future__ import annotations

import json

import pytest

from verify.evaluation.dev import DEV_GOLD, anchor, split
from verify.extract import extract_claims
from verify.ingest.release import read_release

CASES = [
    ("herefordshire_2014", "Ofsted commented that"),
    ("kingston-upon-hull_2019", "The report is clear that"),
    ("liverpool_2023", "They have listed 11 areas"),
    ("havering_2024", "As a result, they found that"),
    ("derby_2022", "Overall, children who need help"),
    ("herefordshire_2014", "Children in need of protection"),
    ("harrow_2025", "Social workers build good"),
    ("leicester_2025", "Deputy mayor Sarah Russell said"),
    ("sandwell_2015", "The council also said it had"),
    ("st-helens_2019", "This follows an inspection by"),
    ("torbay_2018", "The inspectors focussed on"),
    ("york_2022", "A lack of foster carers"),
    ("york_2017", "with planning starting when"),
]


@pytest.mark.parametrize(("article", "locator"), CASES)
def test_a_dev_claim_is_extracted_with_its_gold_kind(shared, settings, article, locator):
    assert article in split()["dev"]  # tuned on the dev part only
    gold = json.loads((DEV_GOLD / f"{article}.json").read_text(encoding="utf-8"))
    row = next(r for r in gold["claims"] if r["locator"].startswith(locator))
    path = shared / "dev" / "articles" / f"{article}.txt"
    release = read_release(str(path), settings)
    raw = path.read_text(encoding="utf-8")
    start, end = anchor(raw, release.text, row["start"], row["end"])
    overlapping = [c for c in extract_claims(release) if c.start < end and start < c.end]
    assert row["kind"] in {c.kind for c in overlapping}, (row["kind"], overlapping)
