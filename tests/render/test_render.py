"""Rendering: JSON that round-trips, HTML that escapes hostile text, a readable table."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from verify.render import render
from verify.render.html import pieces
from verify.types import CheckedClaim, CheckResult, DiffOp, Evidence, Omission, Release

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def result(text: str = f'Intro. {HOSTILE} said "quoted words" end.') -> CheckResult:
    start = text.index("quoted words")
    claim = CheckedClaim(
        id="c1",
        kind="quote",
        text="quoted words",
        start=start,
        end=start + len("quoted words"),
        verdict="misquoted",
        confidence=0.9,
        explanation=f"Words differ: {HOSTILE}",
        evidence=[
            Evidence(
                report="Ashbury 2024-03-08",
                paragraph=3,
                page=2,
                section=HOSTILE,
                text=f"quoted {HOSTILE} words",
                score=0.9,
                start=10,
                end=40,
            )
        ],
        diff=[
            DiffOp(op="equal", report="quoted", release="quoted"),
            DiffOp(op="replace", report=HOSTILE, release="words"),
        ],
    )
    whole = CheckedClaim(
        id="c2",
        kind="opinion",
        text=text[:6],
        start=0,
        end=6,
        verdict="not_checkable",
        confidence=0.9,
        explanation="An opinion.",
    )
    return CheckResult(
        release=Release(
            source="r.html", sha256="0" * 64, media_type="html", title=HOSTILE, text=text
        ),
        reports=[],
        claims=[claim, whole],
        omissions=[Omission(kind="improvement", text=HOSTILE, report="Ashbury 2024-03-08")],
    )


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)


def test_html_escapes_every_piece_of_document_text():
    page = render(result(), "html")
    parser = _Tags()
    parser.feed(page)
    assert "script" not in parser.tags and "img" not in parser.tags
    assert page.count("&lt;script&gt;") >= 5  # title, release, explanation, evidence, omission
    assert "onerror=alert(1)>" not in page


def test_html_is_self_contained_and_highlights_claims_by_verdict():
    page = render(result(), "html")
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert '<mark class="v-misquoted flag" id="t1">' in page
    assert 'id="c1"' in page and "<del>" in page and "<ins>words</ins>" in page


def test_pieces_cover_the_release_text_exactly():
    r = result()
    assert "".join(p.text for p in pieces(r)) == r.release.text
    assert [p.claim for p in pieces(r) if p.claim] == [2, 1]


def test_json_round_trips_with_offsets_into_release_text():
    r = result()
    data = json.loads(render(r, "json"))
    assert CheckResult.model_validate(data) == r
    for c in data["claims"]:
        assert data["release"]["text"][c["start"] : c["end"]] == c["text"]


def test_text_table_shows_verdict_and_diff_without_markup_injection():
    out = render(result(), "text")
    assert "Misquoted" in out and "[-" in out and "{+words+}" in out
    assert "1 flagged" in out


def test_unknown_format_is_refused():
    with pytest.raises(ValueError, match="unknown format"):
        render(result(), "pdf")


def test_the_json_path_imports_no_rich():
    """`verify check --format json` pays for no table renderer: the command line's error
    lines make text safe with ``verify.render.plain``, which needs no rich."""
    code = (
        "import sys, verify.cli, verify.cli.check\n"
        "from verify.render import render\n"
        "render(__import__('tests.render.test_render', fromlist=['result']).result(), 'json')\n"
        "print('rich' in sys.modules)\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        check=True,
    )
    assert done.stdout.strip() == "False"
