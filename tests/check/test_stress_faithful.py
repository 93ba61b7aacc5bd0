"""Faithful releases (issue 10, precision): invented council and local-news releases about
real reports of councils outside the dev set, every claim true by the report or an
official's opinion, in the varied wording real press officers and reporters use (grades
across the board, in headlines, 'RI', with a qualifier; history from the report's own
account; dates, fortnights and teams; loose paraphrases; officials naming grades in their
praise), with a few deliberately wrong claims in each (a grade, a month, a duration, a count).

Each claim's expected verdict was written in ``tests/data/stress_faithful/expected.json``
before the checker was run on it, by reading the report. A true claim flagged is the worst
failure (a fact-checker stops reading the flags); a wrong one supported the second. Checked
with no archive, so an earlier grade the report does not print is not_checkable.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import check_releases, claims_over, load_expected

from verify.types import FLAGS

pytestmark = [pytest.mark.shared, pytest.mark.model, pytest.mark.slow]

DATA = Path(__file__).parents[1] / "data" / "stress_faithful"
EXPECTED, _ = load_expected(DATA)
RIGHT = frozenset({"supported", "minor_variation", "not_checkable"})

KNOWN_MISSES = {
    # A direction told against a focused visit: the report's 'has deteriorated since the
    # focused visit' is not read as an account of that visit's grade or direction, and the
    # fact check does not compare another kind of visit.
    "Ofsted said practice had improved since the focused visit in October 2020",
    # A figure changed in a finding found by meaning only (67-75% of its words): the
    # passage's other value of the same measure ('380', '35%') withholds support
    # (not_checkable), but flags only a near word-for-word restatement, since releases
    # add figures from elsewhere.
    "Ofsted found that child protection cases had risen from 230 to over 500",
    "has fallen to around 25%",
    # 'good' before a noun is an adjective, not read as a grade: the whole service called
    # good where only four of five areas are is read as a finding and found by meaning.
    "Brighton and Hove's good children's services were praised by the watchdog",
    # A month of publication ('published in September'): only a month the inspection is
    # said to have taken place in is compared, and an ILACS report prints no publication
    # date (its file name's date is not compared with a month).
    "The BANES report was published in September",
    # A count in words changed in a finding found by meaning (60% of its words): number
    # words are no figures to compare ('two neighbouring boroughs').
    "The emergency duty service is run jointly with three neighbouring boroughs",
    # No passage near enough: the report's 'Areas for improvement are not always
    # understood by leaders' shares too few of its words.
    "Ofsted said that the council's leaders fully understand every area for improvement",
    # Praise of a listed item ('Foster carer recruitment.') supported by a sentence found
    # by meaning holding half its words ('Foster carers receive good-quality training'):
    # an item withholds support only from a sentence holding under half.
    "The report found that foster carer recruitment is a strength",
    # An antonym the criticism words do not hold ('unmanageable' for 'carefully managed'):
    # the claim reads as no criticism, so a sentence holding half its words supports it.
    "The report said caseloads were unmanageable for many staff",
    # A criticism where the report praises the same topic ('Early planning for unborn
    # babies is a particular strength'), found by meaning with half its words: support
    # is not withheld, since a release's 'not' often paraphrases a neutral report sentence.
    "Inspectors found practice for unborn babies was weak",
    # A decline where the report tells the same topic kept ('Services have remained good
    # for children looked after'): a comparison, children in care good in 2012 and now, and
    # a decline within a grade is not settled by it; a report's 'remained' is said of too
    # much to be read as the opposite of a decline (``comparison.told.OPPOSED``).
    "Services for children in care have declined since 2012",
    # No passage near enough ('does not effectively use the pre-proceedings process, and,
    # as a result, not all parents are provided with sufficient opportunity').
    "All parents were given enough opportunity to show they could improve",
}
SUPPORTED_ANYWAY = {
    "Brighton and Hove's good children's services were praised by the watchdog",
    "The emergency duty service is run jointly with three neighbouring boroughs",
    "The report found that foster carer recruitment is a strength",
    "The report said caseloads were unmanageable for many staff",
    "Inspectors found practice for unborn babies was weak",
}
"""Known misses that are supported, not merely unflagged (the second-worst failure)."""


@pytest.fixture(scope="module")
def verdicts(shared: Path, tmp_path_factory) -> dict[str, tuple[str, str | None, str]]:
    """Each expected claim's words -> (expected, the verdict speaking for them, its
    explanation): of the claims read over the words a flag first, then support."""
    reports = shared / "corpora" / "ofsted" / "reports"
    checked = check_releases(DATA, EXPECTED, reports, tmp_path_factory.mktemp("faithful"))
    out = {}
    for name, case in EXPECTED.items():
        text, claims = checked[name]
        for want, words in case["claims"]:
            mine = claims_over(text, claims, words)
            chosen = (
                [c for c in mine if c.verdict in FLAGS]
                or [c for c in mine if c.verdict == "supported"]
                or mine
            )
            got = chosen[0] if chosen else None
            out[words] = (want, got.verdict if got else None, got.explanation if got else "")
    return out


def test_the_fixtures_span_the_reports_and_kinds():
    reports = {case["report"] for case in EXPECTED.values()}
    assert len(reports) >= 8
    for name, case in EXPECTED.items():
        text = (DATA / name).read_text()
        # releases, and short digests of one council's facts
        assert 400 <= len(text) <= 2600, name
        for _, words in case["claims"]:
            assert text.count(words) == 1, (name, words)
    counts = {}
    for case in EXPECTED.values():
        counts[case["report"]] = counts.get(case["report"], 0) + len(case["claims"])
    assert min(counts.values()) >= 15
    wants = [want for case in EXPECTED.values() for want, _ in case["claims"]]
    assert wants.count("supported") >= 80 and wants.count("contradicted") >= 20
    assert {words for case in EXPECTED.values() for _, words in case["claims"]} >= KNOWN_MISSES


def test_no_true_claim_or_opinion_is_flagged(verdicts):
    wrong = [(w, v, why) for w, (want, v, why) in verdicts.items() if want in RIGHT and v in FLAGS]
    assert not wrong, wrong


def test_no_wrong_claim_is_supported(verdicts):
    wrong = [
        (w, v, why)
        for w, (want, v, why) in verdicts.items()
        if want not in RIGHT and v == "supported" and w not in SUPPORTED_ANYWAY
    ]
    assert not wrong, wrong


def test_every_wrong_claim_is_flagged(verdicts):
    missed = [
        (w, v, why)
        for w, (want, v, why) in verdicts.items()
        if want not in RIGHT and v not in FLAGS and w not in KNOWN_MISSES
    ]
    assert not missed, missed


@pytest.mark.parametrize("words", sorted(KNOWN_MISSES))
@pytest.mark.xfail(strict=True, reason="known miss (KNOWN_MISSES): a wrong claim left unflagged")
def test_the_known_misses(verdicts, words):
    want, verdict, why = verdicts[words]
    assert verdict in FLAGS, (verdict, why)
