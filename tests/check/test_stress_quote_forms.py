"""Stress: invented releases, plain text and hostile HTML pages, quoting real reports of
councils outside the dev set in every form releases use.

Each fixture in ``tests/data/stress_quotes/`` is a release (``.txt`` or
``.html``: cookie banners, navigation, share buttons, related links, ``<br>`` inside
paragraphs, entities, ``<q>``, ``<blockquote>``, ``<em>``, embedded tweets) beside a
``.json`` naming the report (folder/file under the shared reports) and, for every
quotation, its exact extent (the quoted words without their marks, whitespace as one
space), the speaker's role and the verdict the labelling conventions
(../shared/dev/README.md) give, all written before the tool was run; with
``"archive": true``, it is checked with the archive of every report, and ``elsewhere``
names, for a quotation from another report, the report its explanation must name. The
whole pipeline runs on each, from the file, with both encoders (the hashing stand-in,
then the bundled model real articles are checked with).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from check_helpers import ENCODERS, mark_encoder_miss

from verify.pipeline import check
from verify.types import CheckResult

pytestmark = [pytest.mark.shared, pytest.mark.slow]

FIXTURES = Path(__file__).parents[1] / "data" / "stress_quotes"
SPECS = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(FIXTURES.glob("*.json"))}


def _words(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module", params=ENCODERS)
def checked(reports_dir: Path, archive_db: Path, tmp_path_factory, request) -> dict:
    """Each invented release checked once, from its file, against its real report; with
    the archive of every report in ../shared when its spec says ``"archive": true`` (a
    quotation from another report is then misattributed, naming it), once per encoder."""
    from verify.settings import Settings

    root = tmp_path_factory.mktemp("stress-forms")
    out = {}
    for name, spec in SPECS.items():
        archive = archive_db if spec.get("archive") else root / "none"
        settings = Settings(
            cache_dir=str(root / "cache"), archive=str(archive), model=request.param
        )
        release = next(p for p in FIXTURES.glob(f"{name}.*") if p.suffix != ".json")
        out[name] = check(str(release), [str(reports_dir / spec["report"])], [], settings)
    return out


def _quotes(result: CheckResult) -> list:
    return [c for c in result.claims if c.kind == "quote"]


def _extents(result: CheckResult, claim) -> set[str]:
    """The quoted words a quote claim stands for: its text, and each of its pieces, since a
    quotation broken by its attribution ('"A," the report added, "B."') is one claim whose
    pieces are the parts the specs list one by one."""
    text = result.release.text
    pieces = {_words(text[p.start : p.end]).strip(" '\"‘’“”") for p in claim.quote_pieces}
    return {_words(claim.text), *pieces}


# Known misses, each a strict xfail with the mechanism that fails: (name, extent) -> why,
# with the stand-in and with the bundled model.
KNOWN: dict[tuple[str, str], str] = {}
MINILM_MISSES: dict[tuple[str, str], str] = {}

CASES = [
    pytest.param(name, k, extent, verdict, id=f"{name}-{k}")
    for name, spec in SPECS.items()
    for k, (extent, _role, verdict) in enumerate(spec["quotes"])
]


@pytest.mark.parametrize(("name", "k", "extent", "verdict"), CASES)
def test_each_quotation_is_found_whole_and_judged_by_the_conventions(
    checked, name, k, extent, verdict, request
):
    mark_encoder_miss(request, (name, extent), KNOWN, MINILM_MISSES)
    quotes = _quotes(checked[name])
    same = [c for c in quotes if _words(extent) in _extents(checked[name], c)]
    # A quotation given twice (a headline's words quoted again below) is found twice.
    twice = [e for e, _, _ in SPECS[name]["quotes"][:k]].count(extent)
    assert len(same) > twice, f"{extent!r} not found whole: {[c.text for c in quotes]}"
    got = same[twice]
    assert got.verdict == verdict, f"{got.text!r}: {got.explanation}"


@pytest.mark.parametrize("name", sorted(SPECS))
def test_no_quotation_comes_from_the_page_around_the_release(checked, name):
    """Cookie banners, navigation, related links and share buttons hold quote marks too;
    none of them is a quotation of the release."""
    expected = [_words(e) for e, _, _ in SPECS[name]["quotes"]]
    result = checked[name]
    extra = [c.text for c in _quotes(result) if not _extents(result, c) & set(expected)]
    assert not extra


ELSEWHERE = [
    pytest.param(name, extent, source, id=f"{name}-{source}")
    for name, spec in SPECS.items()
    for extent, source in spec.get("elsewhere", {}).items()
]


@pytest.mark.parametrize(("name", "extent", "source"), ELSEWHERE)
def test_a_quotation_from_another_report_names_that_report(checked, name, extent, source):
    (got,) = [c for c in _quotes(checked[name]) if _words(extent) in _extents(checked[name], c)]
    assert got.verdict == "misattributed"
    assert f"these words are from {source}" in got.explanation, got.explanation
