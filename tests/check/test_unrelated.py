"""A release's own sentence that shares nothing with the report is settled without ranking
(``finding.unrelated``): a hostile release padded with local news cost about 78 s a
megabyte, each sentence ranked against the report by meaning to be judged not_checkable
anyway. The mechanism is asserted, never a time: such a sentence is not ranked, and the
encoder is never asked for it; a finding about the service, with a figure or grade, with
most of its words in the report, or given to a named speaker goes the whole way."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import make_claim, make_release, make_report

from verify.check.common import Context
from verify.check.finding import check_finding, unrelated
from verify.match import PassageIndex
from verify.types import Attribution

REPORT = make_report(
    "Ashbury children's services\n"
    "1. Early help services are well established across the borough.\n"
    "2. Residents of the borough enjoyed the summer fair in the park with their families.\n"
)

NEWS = "The council's new cycle lanes along the seafront have been welcomed by shopkeepers."


def _ctx(settings, text: str) -> Context:
    return Context(make_release(text), [REPORT], [], settings, None)


def _finding(ctx: Context, words: str, attribution: Attribution | None = None):
    claim = make_claim(ctx.release, words, kind="finding")
    return claim.model_copy(update={"attribution": attribution})


@pytest.fixture
def ranked(monkeypatch) -> list[str]:
    """The texts any index ranks by meaning, as they are asked."""
    asked: list[str] = []
    rank = PassageIndex.rank

    def counting(self, text, k=3, semantic=True):
        asked.append(text)
        return rank(self, text, k, semantic)

    monkeypatch.setattr(PassageIndex, "rank", counting)
    return asked


def test_own_local_news_is_settled_without_ranking(settings, ranked):
    ctx = _ctx(settings, NEWS)
    claim = _finding(ctx, NEWS)
    assert unrelated(claim, ctx, REPORT)
    checked = check_finding(claim, ctx, REPORT)
    assert checked.verdict == "not_checkable"
    assert checked.decided_by == "finding._unrelated"
    assert checked.evidence == [] and ranked == []


def test_the_inspectors_voice_carried_on_is_the_release_s_own_words(settings):
    """A sentence given to the inspectors with no speaker named, carried on from their
    paragraph, is the release's own words: it names neither them nor their saying."""
    ctx = _ctx(settings, NEWS)
    carried = _finding(ctx, NEWS, Attribution(role="inspectors"))
    assert unrelated(carried, ctx, REPORT)
    named = _finding(ctx, NEWS, Attribution(role="other", speaker="Ann Lee"))
    assert not unrelated(named, ctx, REPORT)


@pytest.mark.parametrize(
    "text",
    [
        "Inspectors welcomed the new cycle lanes along the seafront.",  # names them
        "The new cycle lanes along the seafront have been welcomed, the paper wrote.",
        "Shopkeepers welcomed the new cycle lanes along the seafront for families.",
        "Shopkeepers welcomed the two new cycle lanes along the seafront.",  # a figure
        "Shopkeepers welcomed the good new cycle lanes along the seafront.",  # a grade
        "Shopkeepers welcomed the new cycle lanes, which are too narrow.",  # criticism
        "Residents enjoyed the summer fair in the park, the borough said on Monday.",
        "Residents of the borough enjoyed the summer fair in the park.",  # the report's
    ],
)
def test_a_finding_that_could_be_the_report_s_goes_the_whole_way(settings, text):
    ctx = _ctx(settings, text)
    claim = _finding(ctx, text)
    assert not unrelated(claim, ctx, REPORT)
    assert check_finding(claim, ctx, REPORT).decided_by != "finding._unrelated"


def test_a_check_asks_the_encoder_for_none_of_its_own_local_news(tmp_path, settings):
    """Whole pipeline, counting the encoder's rows: the local news padding a release is
    neither guessed for the background batch (``lookups``) nor asked for by the checker;
    the release's own finding about the service is."""
    from encoder_helpers import Counting

    from verify.match import Encoder
    from verify.pipeline import run_check

    report = Path(__file__).resolve().parents[2] / "corpora" / "demo" / "report.txt"
    news = [
        "The market square hosted a vintage fair on Saturday afternoon, and the sun shone.",
        "Shopkeepers on the high street have welcomed the new cycle lanes.",
        "The theatre's season of silent films with live organ music opens next week.",
    ]
    finding = "Inspectors found that early help services are well established across the borough."
    text = (
        "Ashbury children's services rated Good by Ofsted\n\n"
        "Inspectors said care leavers are supported by “a committed team of personal "
        "advisers”.\n" + "\n".join(news) + "\n\n" + finding
    )
    release = tmp_path / "release.txt"
    release.write_text(text + "\n", encoding="utf-8")
    backend = Counting()
    run = run_check(str(release), [str(report)], [], settings, Encoder(settings, backend))
    rows = {row.lower() for call in backend.calls for row in call}
    by_text = {c.text: c for c in run.result.claims}
    for sentence in news:
        assert by_text[sentence].decided_by == "finding._unrelated"
        assert not any(sentence[:30].lower() in row for row in rows)
    assert by_text[finding].decided_by != "finding._unrelated"
    assert any("early help services are well established" in row for row in rows)
