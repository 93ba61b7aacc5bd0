"""Normalisation with offsets back, fuzzy alignment, and the model's pinning."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from verify.errors import ModelUnavailable
from verify.match import bundled, normalise, semantic
from verify.match.lexical import exact_occurrences, fuzzy_alignment, word_diff
from verify.match.normalise import Token, light, tokens
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


def _salford(reports_dir, settings):
    from verify.report import load_report

    pdf = reports_dir / "80548_salford" / "children's services inspection - 12 january 2024.pdf"
    return load_report(pdf, settings)


def _phrases(report, seeds_dir) -> list[str]:
    """Quotations of the two Salford seed releases (most not in the report: officials'
    words), and report sentences with a word dropped and a word changed."""
    import re

    quoted = re.compile(r"[“\"‘]([^”\"’]{12,400})[”\"’]")
    phrases = [
        normalise(m.group(1)).text
        for seed in ("000_2f49a2f69ef478c9.txt", "001_1f85a20f79f33039.txt")
        for m in quoted.finditer((seeds_dir / seed).read_text(encoding="utf-8"))
    ]
    from verify.match.index import _prepare

    for norm in _prepare(report).sentence_norms[10:200:6]:
        words = norm.split()
        if len(words) > 5:
            phrases.append(" ".join(words[:2] + words[3:]))
            phrases.append(" ".join(words[:-2] + ["services"] + words[-1:]))
    return phrases


def test_a_fuzzy_placement_with_a_cutoff_is_the_one_without_when_it_reaches_it(
    reports_dir, seeds_dir, settings
):
    """Callers that use a placement only from some score up pass that score as the
    cutoff (rapidfuzz then skips the windows below it): on a real report and real
    quotations, a cutoff changes no placement that reaches it, and drops the rest; the
    index answers every cutoff, in any order of asking, as a fresh search does."""
    from verify.match import PassageIndex

    report = _salford(reports_dir, settings)
    phrases = _phrases(report, seeds_dir)
    index = PassageIndex(report)
    norm = index.norm
    reached = 0
    for phrase in phrases:
        whole = fuzzy_alignment(phrase, norm)
        assert whole is not None
        for cutoff in (70.0, 90.0):
            expected = whole if whole.score >= cutoff else None
            assert fuzzy_alignment(phrase, norm, cutoff) == expected
            reached += expected is not None
    assert 10 < reached < 2 * len(phrases)  # both kinds: placements kept and dropped
    for order in ((90.0, 70.0, 0.0), (0.0, 90.0, 70.0), (70.0, 0.0, 90.0)):
        index = PassageIndex(report)
        for phrase in phrases:
            for cutoff in order:
                assert index.fuzzy(phrase, cutoff) == fuzzy_alignment(phrase, norm, cutoff)


def test_the_sentence_at_an_offset_is_found_by_bisection_as_by_a_scan(reports_dir, settings):
    """A real report's sentences follow one another, so the one holding an offset is found
    by bisection: the same sentence (or none, between sentences) as looking at each in
    turn, which is what an index whose sentences overlap still does."""
    from verify.match import PassageIndex

    index = PassageIndex(_salford(reports_dir, settings))
    assert index._prepared.sentence_starts is not None
    sentences = index.sentences

    def scanned(offset):
        return next((i for i, s in enumerate(sentences) if s.start <= offset < s.end), None)

    offsets = range(0, len(index.report.text) + 5, 7)
    found = [index._sentence_index_at(offset) for offset in offsets]
    assert found == [scanned(offset) for offset in offsets]
    assert None in found and len({f for f in found if f is not None}) > 100


def _kept(report_forms: list[str], release_forms: list[str]) -> int:
    """The release words a word diff keeps, as the quote checker counts them: in equal
    steps and in steps that are not substantive (inflections, one function word)."""
    from verify.match.lexical import substantive

    diff, _, _ = word_diff(
        [Token(f, 0, 0) for f in report_forms], [Token(f, 0, 0) for f in release_forms]
    )
    changed = substantive(diff)
    return sum(
        len(op.release.split())
        for op in diff
        if op.op == "equal" or all(op is not c for c in changed)
    )


@pytest.mark.parametrize(
    ("report", "release", "slack"),
    [
        ("the multi agency team meets weekly", "the multiagency team meets weekly", set()),
        ("a multiagency team meets every week", "a multi agency team meets each week", {2}),
        ("staff are kept in form daily", "staff are kept inform daily", {3}),
        # written open for closed, first words of other keys ('in', 'inform'): both unpaired
        ("staff are kept inform daily", "staff are kept in form daily", {3, 4}),
        ("leaders have improved the service", "the leaders improve services", set()),
        ("children are seen in a timely way", "children were seen in the timely ways", set()),
    ],
)
def test_kept_words_bound_what_a_diff_keeps(report, release, slack):
    """Words written closed for open ('multiagency' for 'multi agency'), inflections and
    a changed article are kept by the diff; the bound pairs words by their keys and
    counts as slack the words a closed or open writing leaves unpaired ('agency' in 'multi
    agency' for 'multiagency'; 'inform' for 'in form', whose first words differ), so it is
    never below what the diff keeps."""
    from verify.match.lexical import KeptWords

    window, forms = report.split(), release.split()
    kept = KeptWords([window, ["unrelated", "words"]])
    bounds = kept.bounds(forms)
    assert kept.slack(forms) == slack
    assert _kept(window, forms) <= bounds[0]
    assert bounds[1] < bounds[0]
    assert kept.could_keep(forms, bounds[0]) and not kept.could_keep(forms, bounds[0] + 1)


def test_no_report_sentence_keeps_more_of_a_quotation_than_the_bound(
    reports_dir, seeds_dir, settings
):
    """On a real report, for real quotations (mostly officials' words the report lacks)
    and report sentences with words dropped and changed, a word diff against every
    sentence keeps at most the bound's words; so when the bound says no sentence keeps
    enough, the quote checker's ranking would have found none to place the words."""
    from verify.match import PassageIndex

    report = _salford(reports_dir, settings)
    index = PassageIndex(report)
    kept = index._prepared.kept
    windows = [
        [t.form for t in index.norm.tokens[slice(*index.tokens_between(s.start, s.end))]]
        for s in index.sentences
    ]
    phrases = _phrases(report, seeds_dir)[::2]
    hopeless = 0
    for phrase in phrases:
        forms = phrase.split()
        bounds = kept.bounds(forms)
        assert all(
            _kept(window, forms) <= bound for window, bound in zip(windows, bounds, strict=True)
        )
        hopeless += not index.could_keep(forms, 0.6 * len(forms))
    assert 0 < hopeless < len(phrases)


def _scanned_occurrences(phrase, haystack):
    """The reference: a scan of the whole text with ``str.find``, as exact_occurrences
    once did (whole words only, each occurrence after the end of the one before)."""
    text, found, at = haystack.text, [], haystack.text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if (at == 0 or text[at - 1] == " ") and (end == len(text) or text[end] == " "):
            first = haystack.token_index(at)
            found.append((first, first + phrase.count(" ") + 1))
            at = text.find(phrase, end)
        else:
            at = text.find(phrase, at + 1)
    return found


def test_occurrences_found_by_the_word_index_are_those_a_scan_finds(reports_dir, settings):
    """On a real report: runs of 1-6 words (common ones with hundreds of places, a run
    repeating its own first word, pieces of words, absent phrases) are found at exactly
    the places a scan of the text finds them, before its words are indexed and after."""
    norm = normalise(_salford(reports_dir, settings).text)
    words = norm.text.split(" ")
    phrases = [" ".join(words[i : i + n]) for i in range(0, 3000, 37) for n in (1, 2, 3, 6)]
    phrases += ["the", "of the", "children", "the the", "hildren", "children s", "zzz", " the"]
    phrases += ["the ", "", norm.text[:200], norm.text[-120:], words[-1]]
    for indexed in (False, True):
        if indexed:
            norm.index_words()
        assert (norm.word_starts("the") is None) != indexed
        assert sum(len(exact_occurrences(p, norm)) for p in phrases) > 2000
        for phrase in phrases:
            found = [(a.first, a.last) for a in exact_occurrences(phrase, norm)]
            assert found == (_scanned_occurrences(phrase, norm) if phrase else [])
    repeated = normalise("good good good good good")
    for _ in range(2):
        assert [(a.first, a.last) for a in exact_occurrences("good good", repeated)] == [
            (0, 2),
            (2, 4),
        ]
        repeated.index_words()


def test_a_report_prepared_again_has_its_words_indexed(reports_dir, settings):
    """Checked once (a batch) its text is scanned; prepared again (checked again in a warm
    process) its words are indexed for the phrase lookups to come."""
    from verify.match.index import _PREPARED, _prepare

    report = _salford(reports_dir, settings)
    _PREPARED.clear()
    assert _prepare(report).norm.word_starts("children") is None
    assert _prepare(report).norm.word_starts("children")


def test_sentences_matching_is_a_search_of_every_sentence(reports_dir, settings):
    """Remembered per report and pattern: the sentences a search of each finds, in order."""
    import re

    from verify.match import PassageIndex

    report = _salford(reports_dir, settings)
    pattern = re.compile(r"\b(?:care leavers?|adoption)\b", re.I)
    every = [s for s in PassageIndex(report).sentences if pattern.search(s.text)]
    assert len(every) > 3
    assert PassageIndex(report).sentences_matching(pattern) == every
    assert PassageIndex(report).sentences_matching(pattern) == every  # from the memo
    assert PassageIndex(report).sentences_matching(re.compile("zzzq")) == []


def test_report_vectors_are_keyed_by_the_sentences_digest_kept_with_the_report(
    reports_dir, settings
):
    """The index hashes a report's sentences once (``sentence_digest``): the key is the
    one ``report_vectors`` makes from the texts themselves."""
    from verify.match import Encoder, PassageIndex

    index = PassageIndex(_salford(reports_dir, settings), Encoder(settings))
    prepared = index._prepared
    assert prepared.sentence_digest == semantic.texts_digest([s.text for s in index.sentences])
    from_texts = index.encoder.report_vectors(index.report.sha256, prepared.sentence_texts)
    assert index.sentence_vectors is from_texts  # the same vectors, found under the same key


def test_a_quoted_word_in_another_form_is_diffed_against_that_word_in_its_window():
    """'valued' quoted from a window holding 'value' and no word equal: the diff pairs
    it with 'value' (an inflection), not with the window's last word."""
    report = ["children", "value", "their", "iros", "they", "trust", "them"]
    diff, first, last = word_diff([Token(f, 0, 0) for f in report], [Token("valued", 0, 0)])
    assert [(op.op, op.report, op.release) for op in diff] == [("replace", "value", "valued")]
    assert (first, last) == (1, 2)


def test_an_article_opening_a_quotation_is_added_not_swapped_for_the_word_before():
    """'an area of significant strength' quoted from '... leavers are areas of significant
    strength': 'an' is added and 'areas' inflected, 'are' left outside the quotation; a
    quotation whose words after its article differ keeps its substitution."""
    from verify.match.lexical import substantive

    report = tokens("care leavers are areas of significant strength in this authority")
    diff, first, _ = word_diff(report, tokens("an area of significant strength"))
    assert substantive(diff) == [] and report[first].form == "areas"
    diff, _, _ = word_diff(report, tokens("an aspect of significant strength"))
    assert substantive(diff)


@pytest.mark.parametrize(
    ("printed", "quoted", "changed"),
    [
        ("section 47 enquiries are timely", "section 47 inquiries are timely", False),
        ("a proactive first assessment response", "a proactive 1st assessment response", False),
        ("a proactive first assessment response", "a proactive 2nd assessment response", True),
        ("meet their needs within 24 hours and", "meet their needs within 24hrs", False),
        ("within 24 hours of a referral", "within 24hrs of a referral", False),
        ("within 24 hours of a referral", "within 48hrs of a referral", True),
        ("twenty-four hours a day", "24 hours a day", False),
        ("beyond their 25th birthday if required", "beyond their twenty-fifth birthday", False),
        ("beyond their 25th birthday if required", "beyond their twenty-first birthday", True),
        (
            "an investment of £1.2 million in early help",
            "an investment of £1.2m in early help",
            False,
        ),
        (
            "16- and 17-year-olds who present as homeless",
            "16-17 year olds who present as homeless",
            False,
        ),
        (
            "children and families who present as homeless",
            "children families who present as homeless",
            True,
        ),
        (
            "children looked after are not achieving as well",
            "children looked after aren't achieving as well",
            False,
        ),
        (
            "children looked after are not achieving as well",
            "children looked after are achieving as well",
            True,
        ),
        (
            "children looked after are achieving as well",
            "children looked after aren't achieving as well",
            True,
        ),
        ("they cannot always say", "they can't always say", False),
        (
            "personal advisers provide excellent support",
            "personal advisors provide excellent support",
            False,
        ),
        ("seen by IROs between reviews and", "seen by IROs between reveiws and", False),
        ("seen by IROs between reviews and", "seen by IROs between visits and", True),
        ("the work is quite good", "the work is quiet good", True),
        ("support for families in need", "support for family in need", False),
        ("the children's views are recorded", "the child's views are recorded", False),
        ("people who are homeless", "person who is homeless", False),
        ("leaders know their services well", "leaders knew their services well", False),
        ("staff feel valued and supported", "staff felt valued and supported", False),
        ("children are seen alone", "children are left alone", True),
        ("the views of children are recorded", "the views of parents are recorded", True),
        ("the causal link is clear", "the casual link is clear", True),
    ],
)
def test_another_spelling_of_the_reports_words_is_no_changed_word(printed, quoted, changed):
    """A spelling another dictionary accepts, an ordinal in digits, a number in words or
    written onto its unit (at the quotation's end too), a range with a dash for 'and', a
    contraction ('aren't'), two neighbouring letters swapped in a long word after its first
    three ('reveiws') spell the report's words, as do a plural in '-ies', an irregular one
    ('families', 'children's') and an irregular past ('knew', 'felt'); another number is
    another word, 'and' dropped elsewhere a dropped word, a 'not' dropped or added a
    changed word, and a swap in a short word or near its start ('quiet', 'casual') another
    word."""
    from verify.match.lexical import substantive

    diff, _, _ = word_diff(tokens(printed), tokens(quoted))
    assert bool(substantive(diff)) == changed


def test_occurrences_are_searched_once_an_index_and_handed_out_anew(settings, monkeypatch):
    """The index (one check's) remembers each phrase's occurrences: lookups and the quote
    checker ask for the same quotation again. The answer is a fresh search's, both
    occurrences of a sentence the report prints twice, in a new list each time."""
    from pathlib import Path

    import verify.match.index as index_module
    from verify.match import PassageIndex
    from verify.report import load_report

    demo = Path(__file__).resolve().parents[2] / "corpora" / "demo" / "report.txt"
    index = PassageIndex(load_report(str(demo), settings))
    searched: list[str] = []
    search = index_module.exact_occurrences
    monkeypatch.setattr(
        index_module, "exact_occurrences", lambda p, n: searched.append(p) or search(p, n)
    )
    phrase = normalise("Senior leaders have a clear and ambitious vision").text
    first = index.occurrences(phrase)
    assert len(first) == 2 and first == search(phrase, index.norm)
    first.clear()
    again = index.occurrences(phrase)
    assert again == search(phrase, index.norm)
    assert index.align("Senior leaders have a clear and ambitious vision") == again[0]
    assert searched == [phrase]  # align asked the index's memo too
