"""The generator: deterministic, every error type planted and labelled, spans exact."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from verify.match.normalise import normalise
from verify.synth import GOLD_VERDICT, INJECTED, synthesise
from verify.synth.edits import MINOR, MISQUOTES, americanise, elide

SEEDS = range(40)


@pytest.fixture()
def releases(report, others):
    return [synthesise(report, others, seed) for seed in SEEDS]


@pytest.fixture()
def late_releases(late_report, others):
    return [synthesise(late_report, others, seed) for seed in range(20)]


def words(text: str) -> str:
    return normalise(text).text


def test_same_seed_same_release(report, others):
    assert synthesise(report, others, 7) == synthesise(report, others, 7)
    assert synthesise(report, others, 7).text != synthesise(report, others, 8).text


def test_order_of_other_reports_does_not_matter(report, others):
    extra = others + [report.model_copy(update={"sha256": "c" * 64, "authority": "thirdshire"})]
    assert synthesise(report, extra, 3) == synthesise(report, extra[::-1], 3)


def test_no_global_random_state_used(report, others):
    random.seed(1)
    first = synthesise(report, others, 5)
    random.seed(2)
    assert synthesise(report, others, 5) == first


def test_every_error_type_is_planted_and_labelled(releases, late_releases):
    seen = Counter(c.error for r in releases + late_releases for c in r.claims)
    for error in ("clean", "minor_variation", *INJECTED):
        assert seen[error] > 0, f"{error} never planted"
    for r in releases + late_releases:
        for c in r.claims:
            if c.error in GOLD_VERDICT:
                assert c.verdict == GOLD_VERDICT[c.error]
            else:
                assert c.verdict in ("supported", "not_checkable")


def test_spans_point_at_the_claim_text(releases):
    for r in releases:
        for c in r.claims:
            assert r.text[c.start : c.end] == c.text
            if c.kind == "quote":
                assert r.text[c.start - 1] == "“" and r.text[c.end] == "”"


def test_clean_quotes_are_verbatim_and_misquotes_are_not(releases, report):
    """A clean quote is the report's words, each piece of it verbatim and in order when a
    marked ellipsis cuts it (supported, by the labelling conventions)."""
    flat = " ".join(report.text.split())
    report_words = words(report.text)
    cut = [c for r in releases for c in r.claims if c.detail.startswith("ellipsis")]
    assert cut and all(c.error == "clean" and c.verdict == "supported" for c in cut)
    for c in (c for r in releases for c in r.claims if c.kind == "quote"):
        if c in cut:
            pieces = [words(p) for p in re.split(r"\.\.\.|\[\.\.\.\]", c.text)]
            assert all(p in report_words for p in pieces)
            assert words(c.original).index(pieces[0]) < words(c.original).index(pieces[1])
        elif c.error == "clean" and c.role == "inspectors":
            assert c.text in flat
        if c.error in MISQUOTES or c.error == "splice":
            assert words(c.text) not in words(report.text), c


def test_minor_variations_keep_the_reports_words(releases):
    """Case, punctuation, hyphenation and spelling leave the normalised words equal."""
    minors = [c for r in releases for c in r.claims if c.error == "minor_variation"]
    assert {c.detail.split(":")[0] for c in minors} == set(MINOR)
    for c in minors:
        assert c.text != c.original
        assert words(c.text) == words(c.original), c.detail


def test_splices_join_passages_that_are_not_neighbours(releases, report):
    numbers = {p.id: p.number for p in report.passages}
    splices = [c for r in releases for c in r.claims if c.error == "splice"]
    assert splices
    for c in splices:
        a, b = (numbers[s] for s in c.sources)
        assert abs(a - b) >= 2
        assert "..." not in c.text


def test_misattributions(releases, report, others):
    own, other = words(report.text), words(others[0].text)
    claims = [c for r in releases for c in r.claims]
    for c in claims:
        if c.error == "other_report_quote":
            assert c.role == "inspectors" and c.text in " ".join(others[0].text.split())
            assert words(c.text) not in own and words(c.text) in other
        elif c.error == "inspectors_to_council":
            assert c.role == "council" and words(c.text) in own
        elif c.error == "council_to_inspectors":
            assert c.role == "inspectors" and words(c.text) not in own


def test_rating_claims_agree_with_the_table_exactly_when_clean(releases, report):
    """Clean ratings state the table; errors are wrong under either counting rule."""
    from verify.words.numbers import NUMBER_WORDS

    printed = {
        "outstanding": "outstanding",
        "good": "good",
        "inadequate": "inadequate",
        "requires improvement to be good": "requires_improvement",
    }
    table = {j.name: j.grade for j in report.judgements}
    areas = [g for n, g in table.items() if n != "overall_effectiveness"]
    for c in (c for r in releases for c in r.claims if c.kind == "rating"):
        grade = printed[re.search(r"‘([^’]+)’", c.text)[1]]
        k = areas.count(grade)
        k_overall = k + (table["overall_effectiveness"] == grade)
        if m := re.search(r"in (\w+) of the (\w+) judgement areas", c.text):
            right = NUMBER_WORDS[m[1]] == k and NUMBER_WORDS[m[2]] == len(areas)
            assert right == (c.error == "clean") and (right or NUMBER_WORDS[m[1]] != k_overall)
        elif m := re.search(r"in (\d+) per cent", c.text):
            percent = int(m[1])
            assert (percent == 100 * k / len(areas)) == (c.error == "clean")
            assert c.error == "clean" or percent != round(100 * k_overall / (len(areas) + 1))
        elif "overall" in c.text:
            assert (grade == table["overall_effectiveness"]) == (c.error == "clean")
        elif c.error == "generalised_praise":
            assert 0 < k < len(areas)
        else:
            named = [
                n
                for n, g in table.items()
                if n != "overall_effectiveness" and c.detail.startswith(n)
            ]
            assert (table[named[0]] == grade) == (c.error == "clean")


def test_overall_grade_on_a_2026_report_is_an_error(late_releases):
    planted = [
        c for r in late_releases for c in r.claims if "overall" in c.text and c.kind == "rating"
    ]
    assert planted and all(c.error == "overall_on_2026" for c in planted)


def test_fact_errors_are_wrong_and_clean_facts_right(releases):
    for c in (c for r in releases for c in r.claims if c.kind == "inspection_fact"):
        if "visited" in c.text:
            assert ("7 to 18 October 2024" in c.text) == (c.error == "clean")
        elif "-week" in c.text:
            assert ("two-week" in c.text) == (c.error == "clean")
        elif "Inspectors" in c.text:
            assert ("five of His" in c.text) == (c.error == "clean")


def test_generalised_praise_only_where_some_areas_fall_short(releases):
    praise = [c for r in releases for c in r.claims if c.error == "generalised_praise"]
    assert praise and all("‘outstanding’" in c.text for c in praise)


@pytest.mark.parametrize("edit", list(MISQUOTES.values()))
def test_misquote_edits_change_inner_words_only(edit):
    sentence = "Most social workers are skilled and effective in their work with some families."
    for seed in range(20):
        done = edit(sentence, random.Random(seed))
        assert done
        text, _ = done
        assert words(text) != words(sentence)
        assert text.split()[0] == "Most" and text.endswith("families.")


def test_spelling_variants_are_real_american_spellings():
    assert americanise("recognised") == "recognized"
    assert americanise("Programme") == "Program"
    assert americanise("analysed") == "analyzed"
    assert americanise("otherwise") is None
    assert americanise("size") is None


def test_an_elision_is_marked():
    text, _ = elide(
        "One two three four five six seven eight nine ten eleven twelve.", random.Random(0)
    )
    assert "..." in text
