"""The three baselines of `make eval`, on an invented report; the invented gold's anchors."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from verify.evaluation import baselines
from verify.evaluation.verdicts import INVENTED_SET, VERDICTS
from verify.ingest.release import read_release
from verify.match import Encoder, PassageIndex
from verify.report import load_report

REPORT = INVENTED_SET.reports / "bramford_report.txt"
VERBATIM = "Morale is high, and staff feel valued."
SHORT_CHANGE = "Morale is low, and staff feel valued."  # partial ratio about 89
LONG_CHANGE = (  # one word of 17 changed: partial ratio about 92
    "Leaders have a thorough understanding of the service, and they have focused on the "
    "right priorities."
)
UNRELATED = "The council's parks won a national gardening award."


@pytest.fixture()
def report(settings):
    return load_report(REPORT, settings)


@pytest.fixture()
def index(report):
    return PassageIndex(report)


def test_exact_finds_verbatim_text_and_misses_a_changed_word(index):
    assert baselines.exact([VERBATIM, SHORT_CHANGE, LONG_CHANGE], index) == [False, True, True]


def test_exact_ignores_case_and_punctuation(index):
    assert baselines.exact(["MORALE is high and staff feel valued"], index) == [False]


def test_fuzzy_passes_verbatim_and_flags_unrelated_text(index):
    assert baselines.fuzzy([VERBATIM, UNRELATED], index) == [False, True]


def test_fuzzy_lets_one_changed_word_through_in_a_long_quote_but_not_a_short_one(index):
    assert baselines.fuzzy([LONG_CHANGE, SHORT_CHANGE], index) == [False, True]


def test_fuzzy_threshold_decides(index, monkeypatch):
    monkeypatch.setattr(baselines, "FUZZY_MIN", 85.0)
    assert baselines.fuzzy([SHORT_CHANGE], index) == [False]
    monkeypatch.setattr(baselines, "FUZZY_MIN", 95.0)
    assert baselines.fuzzy([LONG_CHANGE, VERBATIM], index) == [True, False]


def test_cosine_flags_everything_against_a_report_without_sentences(report):
    empty = PassageIndex(report.model_copy(update={"passages": []}))
    assert baselines.cosine([VERBATIM, UNRELATED], empty) == [True, True]
    assert baselines.cosine([], empty) == []


@pytest.mark.model
def test_cosine_passes_a_report_sentence_and_flags_unrelated_text(report, settings, monkeypatch):
    index = PassageIndex(report, Encoder(settings))
    assert baselines.cosine([VERBATIM, UNRELATED], index) == [False, True]
    monkeypatch.setattr(baselines, "COSINE_MIN", 1.01)  # nothing can reach it
    assert baselines.cosine([VERBATIM], index) == [True]


@pytest.mark.model
def test_flags_runs_every_baseline(report, settings):
    got = baselines.flags([VERBATIM, UNRELATED], PassageIndex(report, Encoder(settings)))
    assert list(got) == list(baselines.BASELINES) and len(got) == 3
    assert all(flags == [False, True] for flags in got.values())


# ------------------------------------------------------------------ the invented gold set


def _golds():
    return [json.loads(f.read_text(encoding="utf-8")) for f in INVENTED_SET.files()]


def test_invented_gold_offsets_point_at_their_snippets(settings):
    golds = _golds()
    assert len(golds) >= 2
    for gold in golds:
        text = read_release(str(INVENTED_SET.releases / gold["seed"]), settings).text
        for row in gold["claims"]:
            assert row["snippet"], row
            assert text[row["start"] : row["end"]].startswith(row["snippet"]), row["snippet"]
            assert row["verdict"] in VERDICTS and row["note"]


def test_invented_reports_parse_as_ofsted_reports(settings):
    for gold in _golds():
        for name in gold["reports"] + gold["previous"]:
            report = load_report(INVENTED_SET.reports / name, settings)
            assert report.judgements and report.passages
            assert report.authority.lower() in gold["seed"]


def test_invented_gold_covers_every_verdict_at_least_twice():
    counts = Counter(row["verdict"] for gold in _golds() for row in gold["claims"])
    assert {v: counts[v] for v in VERDICTS if counts[v] < 2} == {}


def test_invented_gold_errors_name_claims_or_omissions():
    for gold in _golds():
        ids = {row["error"] for row in gold["claims"] if "error" in row}
        ids |= {o["error"] for o in gold["omissions"]}
        assert {e["id"] for e in gold["errors"]} == ids
