"""Stress: which kind a sentence is read as, on invented releases about real reports of
councils outside the dev set.

Each fixture in ``tests/data/stress_kinds/`` is a release (council or local-news style,
with boilerplate, officials' comments, curly and straight quotes) beside a ``.json``
naming the report (folder/file under the shared reports) and, for each sentence under
test, words it holds, the kind the labelling conventions (../shared/dev/README.md) give
and its verdict, all written before the tool was run: national and regional standing in
many phrasings (counts, shares, 'the only', 'the first', 'one of the best ... in
London', 'top X per cent'), the visit told in passing, officials' sentences with and
without quote marks (opinion, whatever they tell), and the narrator restating the report
(a finding or a rating). The kinds need no report; the verdicts run the whole pipeline.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from verify.extract import extract_claims
from verify.types import CheckResult, Claim, Release

FIXTURES = Path(__file__).parents[1] / "data" / "stress_kinds"
SPECS = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(FIXTURES.glob("*.json"))}
FLAGS = {"contradicted", "misleading", "misquoted", "unsupported", "spliced", "misattributed"}

# Known misses, each a strict xfail with the mechanism that fails.
# (none now: 'Leadership was rated outstanding, and the other three areas were judged
# good' is counted with the grade printed nearest the count, check.grades._share_grade)
KNOWN_VERDICTS: dict[tuple[str, str], str] = {}


def _release(name: str) -> Path:
    return FIXTURES / f"{name}.txt"


def _claim(claims: list[Claim], words: str) -> Claim | None:
    """The claim holding ``words`` (None when none was extracted from them)."""
    return next((c for c in claims if words in c.text), None)


def _params(known: dict[tuple[str, str], str]):
    return [
        pytest.param(
            name,
            words,
            kind,
            verdict,
            id=f"{name}:{words[:40]}",
            marks=[pytest.mark.xfail(reason=known[name, words], strict=True)]
            if (name, words) in known
            else [],
        )
        for name, spec in SPECS.items()
        for words, kind, verdict in spec["claims"]
    ]


@pytest.fixture(scope="module")
def extracted() -> dict[str, list[Claim]]:
    out = {}
    for name in SPECS:
        text = _release(name).read_text(encoding="utf-8")
        digest = hashlib.sha256(text.encode()).hexdigest()
        release = Release(source=name, sha256=digest, media_type="text", text=text)
        out[name] = extract_claims(release)
    return out


@pytest.mark.parametrize(("name", "words", "kind", "verdict"), _params({}))
def test_each_sentence_is_read_as_its_kind(extracted, name, words, kind, verdict):
    claim = _claim(extracted[name], words)
    assert claim is not None, "not extracted"
    assert claim.kind == kind


@pytest.fixture(scope="module")
def checked(reports_dir: Path, tmp_path_factory) -> dict[str, CheckResult]:
    """Each invented release checked once, from its file, against its real report."""
    from verify.pipeline import check
    from verify.settings import TEST_MODEL, Settings

    root = tmp_path_factory.mktemp("stress-kinds")
    settings = Settings(cache_dir=str(root / "cache"), archive=str(root / "none"), model=TEST_MODEL)
    return {
        name: check(str(_release(name)), [str(reports_dir / spec["report"])], [], settings)
        for name, spec in SPECS.items()
    }


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize(("name", "words", "kind", "verdict"), _params(KNOWN_VERDICTS))
def test_each_sentence_is_flagged_only_when_wrong(checked, name, words, kind, verdict):
    """A correct sentence is never flagged and a wrong one always is; with no archive a
    standing among councils stays not_checkable, and an official's account is theirs."""
    claim = _claim(checked[name].claims, words)
    assert claim is not None, "not extracted"
    if verdict in FLAGS:
        assert claim.verdict in FLAGS, f"{claim.verdict}: {claim.explanation}"
    else:
        assert claim.verdict not in FLAGS, f"{claim.verdict}: {claim.explanation}"
    if verdict == "not_checkable":
        assert claim.verdict == "not_checkable", claim.explanation
