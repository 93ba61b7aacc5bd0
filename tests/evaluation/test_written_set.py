"""The written set (corpora/written, corpora/gold/written): its gold points into its own
articles, names the reports of councils outside the dev set (three later waves: reports
of the dev set's tune part's councils no article is about; the last: reports the dev
part's own articles are about), and is split by council."""

from __future__ import annotations

import json

import pytest

from verify.evaluation.dev import anchor
from verify.evaluation.drift import DEV_COUNCIL_WAVES
from verify.evaluation.drift import WAVE as DRIFT
from verify.evaluation.drift import WAVE26 as DRIFT26
from verify.evaluation.drift import WAVE27 as DRIFT27
from verify.evaluation.drift import WAVE28 as DRIFT28
from verify.evaluation.drift import WAVE29 as DRIFT29
from verify.evaluation.drift import WAVE30 as DRIFT30
from verify.evaluation.drift import WAVE31 as DRIFT31
from verify.evaluation.drift import WAVE32 as DRIFT32
from verify.evaluation.drift import WAVE33 as DRIFT33
from verify.evaluation.drift import WAVE34 as DRIFT34
from verify.evaluation.drift import WAVE35 as DRIFT35
from verify.evaluation.drift import WAVE36 as DRIFT36
from verify.evaluation.drift import WAVE37 as DRIFT37
from verify.evaluation.drift import WAVE38 as DRIFT38
from verify.evaluation.drift import WAVE39 as DRIFT39
from verify.evaluation.drift import WAVE40 as DRIFT40
from verify.evaluation.drift import WAVE41 as DRIFT41
from verify.evaluation.drift import WAVE42 as DRIFT42
from verify.evaluation.drift import WAVE43 as DRIFT43
from verify.evaluation.drift import WAVE44 as DRIFT44
from verify.evaluation.drift import WAVE45 as DRIFT45
from verify.evaluation.drift import WAVE46 as DRIFT46
from verify.evaluation.drift import WAVE47 as DRIFT47
from verify.evaluation.drift import WAVE48 as DRIFT48
from verify.evaluation.drift import WAVE49 as DRIFT49
from verify.evaluation.drift import WAVE50 as DRIFT50
from verify.evaluation.drift import WAVE51 as DRIFT51
from verify.evaluation.drift import WAVE52 as DRIFT52
from verify.evaluation.drift import WAVE53 as DRIFT53
from verify.evaluation.drift import WAVE54 as DRIFT54
from verify.evaluation.halves import HALVES, split
from verify.evaluation.verdicts import VERDICTS
from verify.evaluation.written import (
    FIRST_WAVES,
    WRITTEN,
    WRITTEN_GOLD,
    WrittenSet,
    written_set,
)
from verify.ingest.release import read_release
from verify.settings import Settings
from verify.types import ClaimKind

KINDS = ClaimKind.__args__
GOLD = sorted(WRITTEN_GOLD.glob("*.json"))
SECOND = sorted(WRITTEN_GOLD.glob("second*/*.json"))
"""Every article a second labeller labelled again (the first waves' and each drift wave's)."""
MANIFEST = WrittenSet("", WRITTEN_GOLD, WRITTEN, WRITTEN).manifest()
REUSED = (
    DRIFT41,
    DRIFT42,
    DRIFT43,
    DRIFT44,
    DRIFT45,
    DRIFT46,
    DRIFT47,
    DRIFT48,
    DRIFT49,
    DRIFT50,
    DRIFT51,
    DRIFT52,
    DRIFT53,
    DRIFT54,
)
"""The waves written once every report outside the test part had an article: about reports
of the earlier waves again."""


def test_every_article_has_gold_and_an_entry():
    """Each article, gold file and manifest entry names the same ids: none is left out of
    the measurement silently."""
    articles = {p.stem for p in (WRITTEN / "articles").glob("*.txt")}
    assert articles
    assert articles == {p.stem for p in GOLD} == set(MANIFEST)


@pytest.mark.parametrize("gold_file", GOLD + SECOND, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_gold_points_into_its_article(gold_file):
    """Every claim's offsets hold its locator, its kind and verdict are the conventions',
    and its span is found again in the text as the tool cleans it (the second labeller's
    too)."""
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    path = WRITTEN / "articles" / f"{gold['article']}.txt"
    raw = path.read_text(encoding="utf-8")
    cleaned = read_release(str(path), Settings()).text
    assert gold["claims"]
    for row in gold["claims"]:
        assert raw[row["start"] : row["end"]].startswith(row["locator"]), row
        assert row["kind"] in KINDS and row["verdict"] in VERDICTS, row
        assert anchor(raw, cleaned, row["start"], row["end"]) is not None, row


def test_councils_are_outside_the_dev_set(shared):
    """The writers drew on councils of neither part of ../shared/dev, so no article of it
    is about a council the dev gold or the test part is about; their reports exist. The
    waves of sessions 30 and 31 written once every other council's reports had articles
    (``DEV_COUNCIL_WAVES``) draw on the dev set's tune-part councils, never a test-part
    council, and on reports no dev article is about; sessions 34's and 35's (``DRIFT38`` to
    ``DRIFT40``), written once those were used too, on reports the dev part's own articles
    are about; sessions 36's to 43's (``DRIFT41`` to ``DRIFT54``), once every report had an
    article, on reports of the earlier waves again, never a test-part council's."""
    dev = json.loads((shared / "dev" / "manifest.json").read_text(encoding="utf-8"))
    assert split()["test_councils"]
    dev_councils = {entry["authority_folder"] for entry in dev}
    dev_reports = {(e["authority_folder"], e["report"]) for e in dev}
    reports = shared / "corpora" / "ofsted" / "reports"
    for entry in MANIFEST.values():
        if entry.get("wave") in (DRIFT38, DRIFT39, DRIFT40):
            assert (entry["authority_folder"], entry["report"]) in dev_reports, entry["id"]
            assert entry["authority_folder"] not in split()["test_councils"], entry["id"]
        elif entry.get("wave") in REUSED:
            assert entry["authority_folder"] not in split()["test_councils"], entry["id"]
        elif entry.get("wave") in DEV_COUNCIL_WAVES:
            assert entry["authority_folder"] not in split()["test_councils"], entry["id"]
            assert (entry["authority_folder"], entry["report"]) not in dev_reports, entry["id"]
        else:
            assert entry["authority_folder"] not in dev_councils, entry["id"]
        folder = reports / entry["authority_folder"]
        assert (folder / entry["report"]).is_file(), entry["id"]
        if entry.get("previous_report"):
            assert (folder / entry["previous_report"]).is_file(), entry["id"]


def test_both_halves_of_each_wave_hold_articles(shared):
    """Each half of each wave holds articles and together they hold every one: a salt or
    manifest that put a wave on one side would leave nothing held out (or nothing to tune
    on), and an entry of no known wave would be measured nowhere."""
    sizes = {
        (wave, part): len(written_set(shared, part, wave=wave).files())
        for wave in (FIRST_WAVES, DRIFT)
        for part in HALVES
    }
    whole = {
        (wave, part): len(written_set(shared, part, wave=wave, whole_in=kept).files())
        for wave, kept in (
            (DRIFT26, "tune"),
            (DRIFT27, "tune"),
            (DRIFT28, "tune"),
            (DRIFT29, "tune"),
            (DRIFT30, "tune"),
            (DRIFT31, "tune"),
            (DRIFT32, "tune"),
            (DRIFT33, "tune"),
            (DRIFT34, "tune"),
            (DRIFT35, "tune"),
            (DRIFT36, "tune"),
            (DRIFT37, "tune"),
            (DRIFT38, "tune"),
            (DRIFT39, "tune"),
            (DRIFT40, "tune"),
            (DRIFT41, "tune"),
            (DRIFT42, "tune"),
            (DRIFT43, "tune"),
            (DRIFT44, "tune"),
            (DRIFT45, "tune"),
            (DRIFT46, "tune"),
            (DRIFT47, "tune"),
            (DRIFT48, "tune"),
            (DRIFT49, "tune"),
            (DRIFT50, "tune"),
            (DRIFT51, "tune"),
            (DRIFT52, "tune"),
            (DRIFT53, "tune"),
            (DRIFT54, "held-out"),
        )
        for part in HALVES
    }
    assert all(sizes.values()), sizes
    assert whole == {
        (DRIFT26, "tune"): 12,
        (DRIFT26, "held-out"): 0,
        (DRIFT27, "tune"): 12,
        (DRIFT27, "held-out"): 0,
        (DRIFT28, "tune"): 12,
        (DRIFT28, "held-out"): 0,
        (DRIFT29, "tune"): 12,
        (DRIFT29, "held-out"): 0,
        (DRIFT30, "tune"): 12,
        (DRIFT30, "held-out"): 0,
        (DRIFT31, "tune"): 12,
        (DRIFT31, "held-out"): 0,
        (DRIFT32, "tune"): 12,
        (DRIFT32, "held-out"): 0,
        (DRIFT33, "tune"): 12,
        (DRIFT33, "held-out"): 0,
        (DRIFT34, "tune"): 12,
        (DRIFT34, "held-out"): 0,
        (DRIFT35, "tune"): 12,
        (DRIFT35, "held-out"): 0,
        (DRIFT36, "tune"): 12,
        (DRIFT36, "held-out"): 0,
        (DRIFT37, "tune"): 12,
        (DRIFT37, "held-out"): 0,
        (DRIFT38, "tune"): 12,
        (DRIFT38, "held-out"): 0,
        (DRIFT39, "tune"): 12,
        (DRIFT39, "held-out"): 0,
        (DRIFT40, "tune"): 12,
        (DRIFT40, "held-out"): 0,
        (DRIFT41, "tune"): 12,
        (DRIFT41, "held-out"): 0,
        (DRIFT42, "tune"): 12,
        (DRIFT42, "held-out"): 0,
        (DRIFT43, "tune"): 12,
        (DRIFT43, "held-out"): 0,
        (DRIFT44, "tune"): 12,
        (DRIFT44, "held-out"): 0,
        (DRIFT45, "tune"): 12,
        (DRIFT45, "held-out"): 0,
        (DRIFT46, "tune"): 12,
        (DRIFT46, "held-out"): 0,
        (DRIFT47, "tune"): 12,
        (DRIFT47, "held-out"): 0,
        (DRIFT48, "tune"): 12,
        (DRIFT48, "held-out"): 0,
        (DRIFT49, "tune"): 12,
        (DRIFT49, "held-out"): 0,
        (DRIFT50, "tune"): 12,
        (DRIFT50, "held-out"): 0,
        (DRIFT51, "tune"): 12,
        (DRIFT51, "held-out"): 0,
        (DRIFT52, "tune"): 12,
        (DRIFT52, "held-out"): 0,
        (DRIFT53, "tune"): 12,
        (DRIFT53, "held-out"): 0,
        (DRIFT54, "tune"): 0,
        (DRIFT54, "held-out"): 12,
    }, whole
    assert sum(sizes.values()) + sum(whole.values()) == len(GOLD)


def test_each_drift_wave_is_about_councils_of_no_earlier_wave():
    """Each drift wave's councils are new to the written set, so what it holds out was
    never tuned on through an earlier article about the same reports."""
    councils = {
        wave: {
            e["authority_folder"] for e in MANIFEST.values() if e.get("wave", FIRST_WAVES) == wave
        }
        for wave in (FIRST_WAVES, DRIFT, DRIFT26)
    }
    assert councils[DRIFT] and not councils[DRIFT] & councils[FIRST_WAVES]
    assert councils[DRIFT26] and not councils[DRIFT26] & (councils[DRIFT] | councils[FIRST_WAVES])


@pytest.mark.parametrize(
    "wave",
    [
        DRIFT27,
        DRIFT28,
        DRIFT29,
        DRIFT30,
        DRIFT31,
        DRIFT32,
        DRIFT33,
        DRIFT34,
        DRIFT35,
        DRIFT36,
        DRIFT37,
        DRIFT38,
        DRIFT39,
        DRIFT40,
    ],
)
def test_the_later_drift_waves_are_about_reports_no_other_article_is_about(wave):
    """The waves of sessions 27 to 35 are about reports no other written article is about
    (every council outside the dev set had an article by session 27, so their councils are
    earlier waves'; drift35 to drift37 are the dev set's tune-part councils'; drift38's to
    drift40's are the dev part's own articles' reports): their wordings were never tuned on
    through a written article."""
    others = {
        (e["authority_folder"], e["report"])
        for e in MANIFEST.values()
        if e.get("wave", FIRST_WAVES) not in (wave, *REUSED)
    }
    own = [e for e in MANIFEST.values() if e.get("wave") == wave]
    assert len(own) == 12
    assert not {(e["authority_folder"], e["report"]) for e in own} & others


@pytest.mark.parametrize(
    ("wave", "read_long_before"),
    [
        (DRIFT41, (DRIFT29, DRIFT30, DRIFT31, DRIFT32)),
        (DRIFT42, (DRIFT29, DRIFT30, DRIFT31, DRIFT32, DRIFT34)),
        (DRIFT43, (DRIFT32,)),
        (DRIFT44, (DRIFT29, DRIFT32, DRIFT33)),
        (DRIFT45, (DRIFT28, DRIFT29, DRIFT30, DRIFT31, DRIFT32, DRIFT33)),
        (DRIFT46, (DRIFT26, DRIFT28, DRIFT30, DRIFT31, DRIFT33)),
        (DRIFT47, (DRIFT29, DRIFT30, DRIFT31)),
        (DRIFT48, (DRIFT29, DRIFT30, DRIFT31, DRIFT32, DRIFT33)),
        (DRIFT49, (DRIFT32, DRIFT33, DRIFT34)),
        (DRIFT50, (DRIFT32, DRIFT34, DRIFT35)),
        (DRIFT51, (DRIFT34, DRIFT35, DRIFT36, DRIFT37)),
        (DRIFT52, (DRIFT36, DRIFT37)),
        (DRIFT53, (DRIFT37, DRIFT38, DRIFT39, DRIFT40)),
        (DRIFT54, (DRIFT37, DRIFT38, DRIFT39, DRIFT40)),
    ],
)
def test_the_reused_waves_are_about_reports_last_written_on_long_before(wave, read_long_before):
    """Sessions 36's to 43's waves (``DRIFT41`` to ``DRIFT54``) came when every report
    outside the test part had an article, so they are about reports again: each one's other
    articles are of waves read sessions before (or none: Wigan's 2025 report), so no recent
    mend was made on a wording of the same report; new wordings all the same. No report is
    in two of them."""
    early = (FIRST_WAVES, DRIFT, DRIFT26, DRIFT27, DRIFT28, *read_long_before, wave)
    late = {
        (e["authority_folder"], e["report"])
        for e in MANIFEST.values()
        if e.get("wave", FIRST_WAVES) not in early
    }
    own = [e for e in MANIFEST.values() if e.get("wave") == wave]
    assert len(own) == 12
    assert not {(e["authority_folder"], e["report"]) for e in own} & late
