"""Normalisation with offsets back, fuzzy alignment, and the model's pinning."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from verify.errors import ModelUnavailable
from verify.match import bundled, normalise, semantic
from verify.match.lexical import exact_occurrences, fuzzy_alignment, word_diff
from verify.match.normalise import light, tokens
from verify.settings import Settings


def test_normalise_folds_case_quotes_dashes_hyphens_and_spelling():
    a = normalise("The  Local Authority’s “judgment” – well-organized,\nlooked-after")
    b = normalise("the local authority's judgement - well organised looked after")
    assert a.text == b.text == "the local authority's judgement well organised looked after"


def test_size_is_not_respelt():
    assert normalise("size prize").text == "size prize"


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=80))
def test_offsets_point_back_at_the_original_words(text):
    n = normalise(text)
    assert len(n.offsets) == len(n.text) + 1
    for tok in n.tokens:
        assert text[tok.start : tok.end].strip()
    if n.tokens:
        start, end = n.span(0, len(n.text))
        assert (start, end) == (n.tokens[0].start, n.tokens[-1].end)


def test_exact_occurrences_respect_word_boundaries():
    hay = normalise("strong and effective; not headstrong and effective")
    found = exact_occurrences("strong and effective", hay)
    assert [(a.first, a.last) for a in found] == [(0, 3)]


def test_fuzzy_alignment_maps_back_to_report_offsets():
    report = (
        "Para 4. Partner agencies respond robustly to concerns about parental poor mental health."
    )
    hay = normalise(report)
    found = fuzzy_alignment(
        normalise("respond robustly to concerns about parental mental health").text, hay
    )
    assert found is not None and found.score > 85
    start = hay.tokens[found.first].start
    assert report[start:].startswith("respond robustly")
    diff, _, _ = word_diff(
        list(hay.tokens[found.first - 1 : found.last + 1]),
        tokens("respond robustly to concerns about parental mental health"),
    )
    assert [(op.op, op.report) for op in diff if op.op != "equal"] == [("delete", "poor")]


def test_light_keeps_case_and_words_but_not_typography():
    assert light("‘Good’ — “very”\n good") == "'Good' - \"very\" good"


@pytest.mark.model  # reads the bundled weights to check their sha256
def test_tampered_bundled_model_is_refused(monkeypatch):
    monkeypatch.setattr(bundled, "BUNDLED_MODEL_SHA256", "0" * 64)
    with pytest.raises(ModelUnavailable, match="not the pinned one"):
        semantic.resolve_model(semantic.BUNDLED_MODEL)


def test_named_model_passes_through_and_bad_path_fails_on_use(tmp_path):
    assert semantic.resolve_model("some/model") == "some/model"
    encoder = semantic.Encoder(Settings(model=str(tmp_path / "absent"), cache_dir=str(tmp_path)))
    with pytest.raises(ModelUnavailable):
        encoder.encode(["text"])


def test_a_check_ranks_a_text_once_and_a_shorter_ranking_is_the_longer_ones_head(
    settings, monkeypatch
):
    """Checkers rank the same text again (to place a quotation, then to show its nearest
    passage): the index ranks it once, and a shorter ranking after a longer one is the
    longer one's head, exactly what ranking it afresh gives."""
    from pathlib import Path

    from verify.match import Encoder, PassageIndex, ranking
    from verify.match.encoders import HashingEncoder
    from verify.report import load_report

    demo = Path(__file__).resolve().parents[2] / "corpora" / "demo" / "report.txt"
    report = load_report(demo, settings)
    encoder = Encoder(settings, HashingEncoder())
    text = "Leaders know their services well and have a clear vision."
    fresh = [
        PassageIndex(report, encoder).rank(text, k, semantic)
        for k, semantic in ((1, True), (1, False), (5, True))
    ]
    calls = []
    real_top = ranking.top
    monkeypatch.setattr(ranking, "top", lambda *a, **kw: calls.append(a[3]) or real_top(*a, **kw))
    index = PassageIndex(report, encoder)
    longer = index.rank(text, 5)
    assert longer == fresh[2] and len(longer) == 5
    assert index.rank(text, 1) == fresh[0] == longer[:1]
    assert index.rank(text, 5) == longer
    assert index.rank(text, 1, semantic=False) == fresh[1]
    assert calls == [5, 1]  # the lexical ranking is another ranking


def test_a_report_sentences_words_are_a_slice_of_the_reports(reports_dir, settings):
    """The index reads each sentence's normalised words off the report's (``within``):
    on a real report they are exactly what normalising the sentence alone gives, and a
    span cut inside a word is refused rather than read wrong."""
    from verify.match.index import _prepare
    from verify.report import load_report

    pdf = reports_dir / "80548_salford" / "children's services inspection - 12 january 2024.pdf"
    prepared = _prepare(load_report(pdf, settings))
    assert len(prepared.sentences) > 100
    for sentence, norm in zip(prepared.sentences, prepared.sentence_norms, strict=True):
        assert norm == normalise(sentence.text).text
        assert prepared.norm.within(sentence.start, sentence.end) == norm
    word = prepared.norm.tokens[10]
    assert prepared.norm.within(word.start + 1, word.end + 50) is None
    assert prepared.norm.within(word.start, word.end - 1) is None
    assert prepared.norm.within(word.start, word.end) == word.form
