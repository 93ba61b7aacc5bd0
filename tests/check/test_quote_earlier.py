"""Quotations the release gives to an earlier inspection, judged against that inspection's
report when it is to hand (the archive, or ``--previous``): as any quotation, naming that
report; not flagged when it is not. Invented releases about York's 2022 report, quoting its
2017 report (real reports of ../shared, a council outside dev and test).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from verify.pipeline import check
from verify.settings import TEST_MODEL, Settings

pytestmark = [pytest.mark.shared, pytest.mark.slow]

YORK_2022 = "80453_york/children's services inspection - 04 may 2022.pdf"
YORK_2017 = "80453_york/children's services inspection - 07 february 2017.pdf"
# York's 2017 report, as printed; its 2022 report does not hold these words.
WORDS = (
    "highly effective mechanisms in place to respond to and safeguard children who go "
    "missing from home or education"
)


def _quote(reports_dir: Path, tmp_path: Path, sentence: str, previous: bool = True):
    """The one quotation of a release holding ``sentence``, checked against York's 2022
    report, with its 2017 report as the earlier one when ``previous``."""
    release = tmp_path / "york.txt"
    release.write_text(f"York children's services rated\n\n{sentence}\n", encoding="utf-8")
    settings = Settings(cache_dir=str(tmp_path / "cache"), model=TEST_MODEL)
    earlier = [str(reports_dir / YORK_2017)] if previous else []
    result = check(str(release), [str(reports_dir / YORK_2022)], earlier, settings)
    [quote] = [c for c in result.claims if c.kind == "quote"]
    return quote


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the year's report holds the words as given
        (f"York kept the rating it won in 2017, when inspectors found “{WORDS}”.", "supported"),
        # 'the last inspection', no year: the latest earlier report
        (f"At the last inspection, inspectors said there were “{WORDS}”.", "supported"),
        # a hyphen added: as the conventions allow
        (
            "In its 2017 report, Ofsted said there were "
            f"“{WORDS.replace('highly effective', 'highly-effective')}”.",
            "minor_variation",
        ),
        # a word changed: the earlier report's words misquoted
        (
            f"In 2017, inspectors found “{WORDS.replace('safeguard', 'protect')}”.",
            "misquoted",
        ),
    ],
    ids=["of-the-year", "last-inspection", "hyphen", "word-changed"],
)
def test_a_quotation_given_to_an_earlier_inspection_is_checked_against_its_report(
    reports_dir, tmp_path, sentence, expected
):
    quote = _quote(reports_dir, tmp_path, sentence)
    assert quote.verdict == expected, quote.explanation
    assert "York 2017-02-07" in quote.explanation


def test_without_the_earlier_report_it_is_not_flagged(reports_dir, tmp_path):
    sentence = f"York kept the rating it won in 2017, when inspectors found “{WORDS}”."
    quote = _quote(reports_dir, tmp_path, sentence, previous=False)
    assert quote.verdict == "not_checkable", quote.explanation


def test_words_the_earlier_report_lacks_too_are_not_flagged(reports_dir, tmp_path):
    sentence = "In 2017, inspectors found “a service transformed beyond recognition by leaders”."
    quote = _quote(reports_dir, tmp_path, sentence)
    assert quote.verdict == "not_checkable", quote.explanation
    assert "earlier inspection" in quote.explanation
