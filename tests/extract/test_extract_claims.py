"""extract_claims on the seed articles and the invented fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from verify.extract import extract_claims
from verify.ingest.release import read_release
from verify.types import Claim, Release

RELEASES = Path(__file__).resolve().parent.parent / "data" / "releases"


def load(path: Path, settings) -> tuple[Release, list[Claim]]:
    release = read_release(str(path), settings)
    return release, extract_claims(release)


def seed(seeds_dir: Path, prefix: str, settings) -> tuple[Release, list[Claim]]:
    return load(next(seeds_dir.glob(f"{prefix}_*.txt")), settings)


def find(claims: list[Claim], kind: str, words: str) -> Claim:
    return next(c for c in claims if c.kind == kind and words in c.text)


def check_contract(release: Release, claims: list[Claim]) -> None:
    assert [c.id for c in claims] == [f"c{i}" for i in range(1, len(claims) + 1)]
    assert [c.start for c in claims] == sorted(c.start for c in claims)
    for c in claims:
        assert release.text[c.start : c.end] == c.text
        if c.kind == "quote":
            assert c.quote_pieces and c.attribution is not None
            assert (c.quote_pieces[0].start, c.quote_pieces[-1].end) == (c.start, c.end)
            for piece in c.quote_pieces:
                assert release.text[piece.start : piece.end] == piece.text
                assert "\n" not in piece.text
        else:
            assert not c.quote_pieces
        for piece in c.quoted:
            assert c.start <= piece.start < piece.end <= c.end
            assert release.text[piece.start : piece.end] == piece.text


@pytest.mark.parametrize("prefix", ["000", "001", "003", "004"])
def test_seed_claims_keep_the_offset_contract(seeds_dir, settings, prefix):
    check_contract(*seed(seeds_dir, prefix, settings))


@pytest.mark.parametrize(
    "name", sorted(p.name for p in RELEASES.iterdir() if p.name != "gold.json")
)
def test_fixture_claims_keep_the_offset_contract(settings, name):
    check_contract(*load(RELEASES / name, settings))


def test_salford_2024_article(seeds_dir, settings):
    _, claims = seed(seeds_dir, "000", settings)
    rating = find(claims, "rating", "50 per cent")
    assert rating.values.percent == 50.0
    assert [(g.grade, g.judgement) for g in rating.values.grades] == [("outstanding", None)]
    areas = find(claims, "rating", "These areas include")
    assert {(g.grade, g.judgement) for g in areas.values.grades} == {
        ("outstanding", "care_leavers"),
        ("outstanding", "impact_of_leaders"),
    }
    comparison = find(claims, "comparison", "2018 inspection")
    assert (comparison.values.previous_year, comparison.values.previous_grade) == (2018, "good")
    assert comparison.values.quantifier == "all four"
    fact = find(claims, "inspection_fact", "five-day")
    assert (fact.values.duration_days, fact.values.framework) == (5, "ILACS")
    tweet = find(claims, "quote", "Positive news this morning")
    assert tweet.attribution.role == "council"
    mayor = find(claims, "quote", "Supporting children and young people")
    assert len(mayor.quote_pieces) == 2 and mayor.text.endswith("is truly fantastic!")
    # ‘Good’, “judgement areas” and the judgement names are terms, not quotations
    assert not any(c.kind == "quote" and c.text in ("Good", "judgement areas") for c in claims)
    assert {c.values.authority for c in claims} == {"Salford"}


def test_salford_focused_visit_article(seeds_dir, settings):
    release, claims = seed(seeds_dir, "001", settings)
    cammell = find(claims, "quote", "This is a well-deserved achievement")
    assert len(cammell.quote_pieces) == 2
    assert cammell.attribution.speaker.startswith("Councillor Jim Cammell")
    carried = find(claims, "quote", "The outcome of this visit is testament")
    assert carried.attribution.role == "council"
    findings = [c for c in claims if c.kind == "finding"]
    text = release.text
    # Six bulleted lines of findings (one holds two: 'leaders have strong oversight of
    # this work and the progress for children is closely monitored')
    line_of = {c.id: text.rfind("\n", 0, c.start) for c in findings}
    lines = {line_of[c.id] for c in findings if text[line_of[c.id] + 1 : c.start].strip()}
    assert len(lines) == 6 and {c.attribution.role for c in findings} == {"inspectors"}
    assert not any("Cookie" in c.text or "Share this" in c.text for c in claims)
    # A standing told inside the councillor's quotation is the councillor's account
    national = find(claims, "national", "lowest rates")
    assert national.attribution.role == "council"


def test_shropshire_2017_article(seeds_dir, settings):
    _, claims = seed(seeds_dir, "003", settings)
    quotes = [c for c in claims if c.kind == "quote"]
    by_role = [c.attribution.role for c in quotes]
    assert by_role.count("inspectors") == 11
    assert [len(c.quote_pieces) for c in quotes if c.attribution.role != "inspectors"] == [3, 4, 4]
    assert find(claims, "quote", "thorough inspection").attribution.role == "other"
    assert find(claims, "national", "Only 46 councils").values.national_count == 46
    assert find(claims, "inspection_fact", "seven of Her Majesty").values.team_hmi == 7
    sscb = find(claims, "rating", "rated the SSCB")
    assert [(g.grade, g.judgement) for g in sscb.values.grades] == [("good", "lscb")]
    assert not any(c.text.startswith("Grade ") for c in claims)


def test_cyp_now_three_councils(seeds_dir, settings):
    _, claims = seed(seeds_dir, "004", settings)
    assert find(claims, "rating", "adoption work").values.authority == "Wigan"
    assert find(claims, "finding", "Inspectors said physical").values.authority == "Wigan"
    assert find(claims, "finding", "In Harrow, inspectors found").values.authority == "Harrow"
    assert find(claims, "quote", "With good links").values.authority == "Wolverhampton"
    assert find(claims, "finding", "patchy in Wigan").values.authority == "Wigan"
    everyone = find(claims, "rating", "But while all were handed")
    assert everyone.values.authority is None
    assert ("requires_improvement", "help_and_protection") in {
        (g.grade, g.judgement) for g in everyone.values.grades
    }
    multi = find(claims, "quote", "They use good direct work")
    assert len(multi.quote_pieces) == 2 and multi.attribution.role == "inspectors"


def test_html_fixture_ignores_the_related_news_quote(settings):
    _, claims = load(RELEASES / "council_news.html", settings)
    quotes = [c for c in claims if c.kind == "quote"]
    assert [c.attribution.role for c in quotes] == ["inspectors", "council", "inspectors"]
    assert not any("wonderful day" in c.text for c in claims)


def test_empty_of_claims_text_gives_no_claims():
    release = Release(
        source="x", sha256="0" * 64, media_type="text", text="Bins are collected on Monday."
    )
    assert extract_claims(release) == []


def test_a_finding_carries_the_quotation_it_holds():
    text = (
        "Ofsted has carried out monitoring visits each year since, but found that "
        "\u201cchildren\u2019s experiences remain poor\u201d in too many cases."
    )
    release = Release(source="x", sha256="0" * 64, media_type="text", text=text)
    claims = extract_claims(release)
    holder = next(c for c in claims if c.kind != "quote" and "monitoring" in c.text)
    assert [p.text for p in holder.quoted] == ["children\u2019s experiences remain poor"]
    check_contract(release, claims)


def test_each_claim_carries_only_the_quotations_inside_it_in_order():
    """Two quotations in one sentence are both its own, in the order printed; one in the
    next paragraph is the next claim's (``_QuotedPieces`` finds them by their starts)."""
    said = (
        "Ofsted has carried out monitoring visits each year since, but found that "
        "\u201c{}\u201d{} in too many cases."
    )
    text = (
        said.format(
            "children\u2019s experiences remain poor",
            " and that plans are \u201ctoo often vague\u201d",
        )
        + "\n\n"
        + said.format("supervision is not regular", "")
    )
    release = Release(source="x", sha256="0" * 64, media_type="text", text=text)
    claims = extract_claims(release)
    holders = [c for c in claims if c.kind != "quote"]
    assert [[p.text for p in c.quoted] for c in holders] == [
        ["children\u2019s experiences remain poor", "too often vague"],
        ["supervision is not regular"],
    ]
    check_contract(release, claims)


def test_a_yearless_date_takes_the_release_dateline_year_not_an_earlier_events():
    """'between 4 and 8 July' in a release dated 12 July 2023 is July 2023, though the
    first date of its opening is an event it recounts, of 2022."""
    text = (
        "12 July 2023\n\nThe council's new family hub opened on 3 April 2022.\n\n"
        "Ofsted inspectors visited the council between 4 and 8 July.\n"
    )
    release = Release(source="release.txt", sha256="b" * 64, media_type="text", text=text)
    visit = find(extract_claims(release), "inspection_fact", "between 4 and 8 July")
    assert [d.isoformat() for d in visit.values.dates] == ["2023-07-04", "2023-07-08"]
