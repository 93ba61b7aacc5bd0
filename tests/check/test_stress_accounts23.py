"""Stress: Ofsted's own accounts of earlier inspections as release claims (session 23,
accounts23): the accounts set (``verify.evaluation.accounts_set``, its rule and truth in
its docstring) on a bounded sample, the tune half's councils below, each sentence checked
alone with the archive of every report in ../shared, as the evaluation section does.

Ofsted's account is true: no item may be flagged, and an earlier grade the archive's
report gives overall must come out supported. The shares asserted are those reached with
each encoder (the whole set's figures are the evaluation section's, `python -m
verify.evaluation --part dev accounts`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import ENCODERS, bundled

from verify.evaluation.accounts import Outcome, outcome
from verify.evaluation.accounts_set import SALT, derive
from verify.evaluation.halves import half
from verify.types import FLAGS

pytestmark = [pytest.mark.shared, pytest.mark.slow]

SAMPLE = (
    "80459_derby",
    "80464_dudley",
    "80489_brent",
    "80540_reading",
    "80446_central bedfordshire",
    "80501_hillingdon",
)
"""Councils of the tune half: every one holding an item the rule says is supported, and
two whose look backs the comparison checker left not_checkable before session 23."""
VOICED = ("80464_dudley", "80489_brent", "80540_reading")
"""Councils whose items are checked in Ofsted's voice too ('Ofsted said that ...'), the
rest alone only, to keep the module near a minute an encoder."""
LEFT_OPEN = {"stand-in": 1, "minilm": 1}
"""Items left not_checkable or unread, at most, with each encoder."""


@pytest.fixture(scope="module", params=ENCODERS)
def outcomes(shared: Path, archive_db: Path, tmp_path_factory, request) -> list[Outcome]:
    from verify.match import Encoder
    from verify.pipeline import run_check
    from verify.settings import Settings

    root = tmp_path_factory.mktemp("accounts23")
    settings = Settings(cache_dir=str(root / "cache"), archive=str(archive_db), model=request.param)
    encoder = Encoder(settings)

    def check(release: str, reports: list[str], previous: list[str]):
        return run_check(release, reports, previous, settings, encoder)

    items = derive(shared, settings, SAMPLE)
    chosen = [i for i in items if not i.voiced or i.council in VOICED]
    return [outcome(item, root, check) for item in chosen]


def test_the_sample_is_the_tune_halfs():
    assert {half(council, SALT) for council in SAMPLE} == {"tune"}


def test_no_account_of_an_earlier_inspection_is_flagged(outcomes):
    flagged = [(o.item.sentence[:60], o.verdict, o.why) for o in outcomes if o.verdict in FLAGS]
    assert flagged == []


def test_an_earlier_grade_the_archive_gives_is_supported(outcomes):
    graded = [o for o in outcomes if o.item.supported]
    assert len(graded) == 4 + 3  # Derby's alone, Dudley's, Brent's and Reading's both ways
    assert [(o.item.sentence[:60], o.verdict) for o in graded if o.verdict != "supported"] == []


def test_few_accounts_are_left_unread(outcomes, request):
    open_ = [o for o in outcomes if o.verdict in ("not_checkable", "missed")]
    most = LEFT_OPEN["minilm" if bundled(request, "outcomes") else "stand-in"]
    assert len(open_) <= most, [(o.item.sentence[:60], o.verdict, o.why[:80]) for o in open_]
