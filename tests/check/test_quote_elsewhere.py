"""Quotations not in the report given, traced to another archived report.

Only a distinctive quotation says where it came from: a short one, or Ofsted's stock
wording that many councils' reports hold, is no evidence of a source, and an official's
own words are never traced at all. Real reports of ../shared, the archive of all of them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from verify.pipeline import check
from verify.settings import TEST_MODEL, Settings

pytestmark = [pytest.mark.shared, pytest.mark.slow]

WESTMINSTER = "80519_westminster/children's services inspection - 29 march 2016.pdf"


@pytest.fixture(scope="module")
def quotes(reports_dir: Path, archive_db: Path, tmp_path_factory):
    """The quotations of one invented release about Westminster 2016, checked with the
    archive: quote text -> checked claim."""
    root = tmp_path_factory.mktemp("elsewhere")
    release = root / "westminster.txt"
    release.write_text(
        "Westminster welcomes Ofsted report\n\n"
        # stock wording: held by many councils' reports, not by Westminster's
        'Inspectors said "children and families receive the right help at the right time".\n\n'
        # short: in other reports (Sutton's, Reading's), too few words to trace
        'The report found that "senior leaders know their services well".\n\n'
        # distinctive: Newcastle's 2022 report, word for word
        "Inspectors said: “There is strong corporate and political investment and "
        "prioritisation of services to children that extends beyond the council itself.”\n\n"
        # an official's own words that another report holds
        "Councillor Jo Reed said: “Strategic partnerships are strong and there is good "
        "communication across both corporate and operational management.”\n",
        encoding="utf-8",
    )
    settings = Settings(cache_dir=str(root / "cache"), archive=str(archive_db), model=TEST_MODEL)
    result = check(str(release), [str(reports_dir / WESTMINSTER)], [], settings)
    return {c.text: c for c in result.claims if c.kind == "quote"}


@pytest.mark.parametrize(
    "words",
    [
        "children and families receive the right help at the right time",
        "senior leaders know their services well",
    ],
)
def test_a_common_or_short_quotation_is_not_traced_to_another_report(quotes, words):
    claim = quotes[words]
    assert "these words are from" not in claim.explanation, claim.explanation


def test_a_distinctive_quotation_is_traced_to_the_report_it_is_from(quotes):
    claim = next(c for t, c in quotes.items() if t.startswith("There is strong corporate"))
    assert claim.verdict == "misattributed"
    assert "these words are from Newcastle upon Tyne 2022-02-01" in claim.explanation


def test_an_officials_own_words_are_not_traced_even_when_another_report_holds_them(quotes):
    claim = next(c for t, c in quotes.items() if t.startswith("Strategic partnerships"))
    assert claim.verdict == "not_checkable", claim.explanation


CHESHIRE_WEST = "80448_cheshire west and chester/children's services inspection - 08 may 2019.pdf"
HARINGEY = "80498_haringey/children's services inspection - 18 july 2014.pdf"


@pytest.mark.parametrize(
    ("report", "quoted", "verdict", "said"),
    [
        # 2016's summary word for word; 2019's report says 'positive about working in'.
        (
            CHESHIRE_WEST,
            "positive and proud to work in Cheshire West and Chester",
            "misattributed",
            "Cheshire West and Chester 2016",
        ),
        # Changed from 2019's own words, and no other report holds them: misquoted.
        (
            CHESHIRE_WEST,
            "positive and happy about working in Cheshire West and Chester",
            "misquoted",
            None,
        ),
        # Ofsted's stock phrase as another council's report words it ('that leave', where
        # Haringey's says 'that create or leave'): no source, the words changed.
        (
            HARINGEY,
            "there are no widespread or serious failures that leave children being harmed or "
            "at risk of harm",
            "misquoted",
            None,
        ),
    ],
)
def test_an_older_reports_words_the_report_holds_changed_are_traced_to_it(
    reports_dir: Path, archive_db: Path, tmp_path, report, quoted, verdict, said
):
    """'found staff “positive and proud to work in Cheshire West and Chester”' (drift50):
    2019's report holds the words only changed, so it was misquoted; they are 2016's. Only
    the council's own earlier report is a source of words the report holds changed."""
    release = tmp_path / "release.txt"
    release.write_text(
        f"Children's services are good, Ofsted says\n\nThe report found “{quoted}”.\n",
        encoding="utf-8",
    )
    settings = Settings(
        cache_dir=str(tmp_path / "cache"), archive=str(archive_db), model=TEST_MODEL
    )
    result = check(str(release), [str(reports_dir / report)], [], settings)
    claim = next(c for c in result.claims if c.kind == "quote")
    assert claim.verdict == verdict, claim.explanation
    if said:
        assert f"these words are from {said}" in claim.explanation
