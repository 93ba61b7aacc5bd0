"""Pairing a release with its report from the archive: every article of ../shared/dev
against the manifest's truth (authority_folder, report, previous_report)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from archive_helpers import MANIFEST
from click.testing import CliRunner

from verify.archive import Archive
from verify.archive.pairing import pair_release
from verify.cli import main
from verify.errors import NotPaired
from verify.pipeline import extract
from verify.types import Release

ARTICLES = json.loads(MANIFEST.read_text()) if MANIFEST.is_file() else []
pytestmark = [pytest.mark.shared, pytest.mark.slow]


@pytest.mark.parametrize("article", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_pairs_each_dev_article_with_its_report_and_previous(article, real_db, shared, settings):
    extracted = extract(str(shared / "dev" / "articles" / f"{article['id']}.txt"), settings)
    with Archive(real_db) as archive:
        report, previous, pairing = pair_release(extracted.release, extracted.claims, archive)
    folder = shared / "corpora" / "ofsted" / "reports" / article["authority_folder"]
    assert Path(report.path).resolve() == (folder / article["report"]).resolve()
    expected = (
        (folder / article["previous_report"]).resolve() if article["previous_report"] else None
    )
    assert (Path(previous.path).resolve() if previous else None) == expected
    assert pairing.report == report.path
    assert pairing.previous == (previous.path if previous else None)
    assert report.label in pairing.explanation


def test_a_release_naming_no_council_is_refused(real_db):
    release = Release(
        source="note.txt", sha256="0" * 64, media_type="text", text="Ofsted rated the service good."
    )
    with Archive(real_db) as archive, pytest.raises(NotPaired, match="names no English council"):
        pair_release(release, [], archive)


def test_check_without_a_report_explains_its_pairing_in_json(real_db, shared, tmp_path):
    article = shared / "dev" / "articles" / "york_2022.txt"
    result = CliRunner().invoke(
        main,
        ["check", str(article), "--archive", str(real_db), "--format", "json"],
        env={"VERIFY_CACHE_DIR": str(tmp_path)},
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["reports"][0]["source"].endswith(
        "80453_york/children's services inspection - 04 may 2022.pdf"
    )
    assert out["pairing"]["previous"].endswith("07 february 2017.pdf")
    assert "York" in out["pairing"]["explanation"]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # days of the visit, no year: the 2014 inspection ran 30 September to 22 October
        ("Ofsted inspected Bristol's services between September 30 and October 22.", 2014),
        # the same day named as a publication day: the 2018 report came out on 22 October
        ("A report on Bristol's services was published today (Monday, October 22).", 2018),
    ],
)
def test_a_day_and_month_count_as_days_on_site_only_in_a_sentence_about_the_visit(
    text, published, real_db
):
    release = Release(source="note.txt", sha256="0" * 64, media_type="text", text=text)
    with Archive(real_db) as archive:
        report, _, _ = pair_release(release, [], archive)
    assert (report.council, report.dated.year) == ("Bristol", published)
