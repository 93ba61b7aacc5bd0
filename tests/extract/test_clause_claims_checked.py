# ruff: noqa: E501  (the invented sentences are data: one a line reads best)
"""Sentences joining statements of different kinds, in invented releases about real
reports of councils outside the dev set (Medway 2023: good overall, help and protection
requiring improvement; Westminster 2025: outstanding in every judgement), checked end to
end: each statement is its own claim with its own verdict, a correct one never flagged
and a wrong one flagged on its own words. Expected verdicts were written from the
reports' judgement tables and dates before the tool was run."""

from __future__ import annotations

from pathlib import Path

import pytest

from verify.match import Encoder
from verify.match.encoders import HashingEncoder
from verify.pipeline import run_check

pytestmark = [pytest.mark.shared, pytest.mark.slow]

FLAGS = {"contradicted", "misleading", "misquoted", "unsupported", "spliced", "misattributed"}

RELEASES = {
    "medway": (
        "80522_medway/children's services inspection - 11 september 2023.pdf",
        "Medway Council's children's services have been rated 'good' by Ofsted – making it one of the most improved councils in the country.\n\n"
        "Inspectors found that children in care are well supported by social workers who know them well, while the help and protection service was rated as requiring improvement.\n\n"
        "Medway's children's services have been rated 'outstanding' by Ofsted – making it one of the top performing councils in the South East.\n\n"
        "Ofsted rated care leavers' services as 'good', which means young people leaving care get the support they need.\n",
    ),
    "westminster": (
        "80519_westminster/children's services inspection - 13 january 2025.pdf",
        "Westminster City Council's children's services have been judged 'outstanding' in every area by Ofsted – making it one of the best councils in London.\n\n"
        "Leaders were praised by inspectors for their relentless focus on children, while help and protection was rated as 'requires improvement'.\n",
    ),
}

# (release, words of the claim, its kind, "ok" or "wrong")
EXPECTED = [
    (
        "medway",
        "Medway Council's children's services have been rated 'good' by Ofsted",
        "rating",
        "ok",
    ),
    ("medway", "making it one of the most improved councils in the country", "national", "ok"),
    (
        "medway",
        "while the help and protection service was rated as requiring improvement",
        "rating",
        "ok",
    ),
    (
        "medway",
        "Medway's children's services have been rated 'outstanding' by Ofsted",
        "rating",
        "wrong",
    ),
    ("medway", "making it one of the top performing councils in the South East", "national", "ok"),
    (  # a region by name makes no national claim the tool reads: one claim, the rating
        "westminster",
        "Westminster City Council's children's services have been judged 'outstanding' in every area by Ofsted",
        "rating",
        "ok",
    ),
    # a rank in a region as ``verify.words.councils`` names them is a standing of its own
    ("westminster", "making it one of the best councils in London", "national", "ok"),
    (
        "westminster",
        "while help and protection was rated as 'requires improvement'",
        "rating",
        "wrong",
    ),
]


@pytest.fixture(scope="module")
def checked(shared: Path, tmp_path_factory) -> dict[str, list]:
    from verify.settings import Settings

    root = tmp_path_factory.mktemp("clauses")
    settings = Settings(cache_dir=str(root / "cache"), archive=str(root / "no-archive"))
    encoder = Encoder(settings, backend=HashingEncoder())
    out = {}
    for name, (report, text) in RELEASES.items():
        release = root / f"{name}.txt"
        release.write_text(text, encoding="utf-8")
        pdf = shared / "corpora" / "ofsted" / "reports" / report
        out[name] = run_check(str(release), [str(pdf)], [], settings, encoder).result.claims
    return out


@pytest.mark.parametrize(("name", "words", "kind", "expected"), EXPECTED, ids=lambda v: str(v)[:30])
def test_each_statement_is_a_claim_with_its_own_verdict(checked, name, words, kind, expected):
    claim = next((c for c in checked[name] if c.text.strip(" .") == words), None)
    assert claim is not None, [c.text for c in checked[name]]
    assert claim.kind == kind
    assert (claim.verdict in FLAGS) == (expected == "wrong"), (
        f"{claim.verdict}: {claim.explanation}"
    )
