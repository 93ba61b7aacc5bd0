"""Each judging mechanism on the real dev-part claim it was drawn from, against its gold.

The articles are read from ../shared/dev and the claims located by the gold files'
offsets (corpora/gold/dev), so nothing of the articles is copied here. Only dev-part
articles: the test part is never tuned on, so never tested on one claim at a time.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from verify.evaluation.dev import dev_set, split
from verify.evaluation.verdicts import match
from verify.match import Encoder
from verify.pipeline import run_check
from verify.settings import Settings

pytestmark = [pytest.mark.shared, pytest.mark.model, pytest.mark.slow]

CASES = [
    # reworded words given to Ofsted: misquoted, not misattributed
    ("croydon_2017", "deteriorated significantly"),
    ("croydon_2024", "against a backdrop of significant"),
    # words left out inside one passage: misquoted, not spliced
    ("hillingdon_2023", "social workers are skilled"),
    # a marked omission: the report's words, supported
    ("bradford_2023", "the experience... of many"),
    # praise for what the report lists to improve: misleading
    ("kingston-upon-hull_2019", "Improving management oversight"),
    # a finding told without the report's hedge ('beginning to', 'not fully'): misleading
    ("haringey_2014", "Rates of children entering care"),
    ("havering_2024", "Inspectors acknowledged that the local"),
    # a grade given to the parts that have it: supported, not misleading
    ("harrow_2025", "Harrow rated good for safeguarding"),
]


@pytest.fixture(scope="module")
def checked(shared: Path, tmp_path_factory) -> dict[str, tuple[dict, list]]:
    """Each article of CASES checked once: its gold document and the claims paired with
    its gold rows."""
    root = tmp_path_factory.mktemp("cache")
    settings = Settings(cache_dir=str(root), archive=str(root / "no-archive"))
    encoder = Encoder(settings)
    gold_set = dev_set(shared, "dev")
    wanted = {article for article, _ in CASES}
    out = {}
    for doc in gold_set.documents(settings):
        article = doc["seed"].removesuffix(".txt")
        if article in wanted:
            result = run_check(*gold_set.paths(doc), settings, encoder).result
            out[article] = (doc, match(doc["claims"], result.claims, gold_set.reuse))
    return out


def test_every_case_is_of_the_dev_part():
    assert {article for article, _ in CASES} <= set(split()["dev"])


@pytest.mark.parametrize(("article", "locator"), CASES)
def test_the_mechanism_gives_the_gold_verdict(checked, article, locator):
    doc, paired = checked[article]
    row, claim = next(
        (r, c)
        for r, c in zip(doc["claims"], paired, strict=True)
        if r["locator"].startswith(locator)
    )
    assert claim is not None, f"{locator!r} was not extracted"
    assert claim.verdict == row["verdict"], claim.explanation
    assert claim.evidence, "a verdict on a located passage shows it"
