"""Property tests on arbitrary text: reading never raises anything but the project's
errors, every claim's offsets point at its text, and every renderer shows what it is
given as text (no markup obeyed, no terminal control sequence passed on)."""

from __future__ import annotations

import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verify.errors import VerifyError
from verify.extract import extract_claims
from verify.ingest.release import release_from_bytes
from verify.render import html, terminal
from verify.render import json as json_render
from verify.settings import Settings
from verify.types import CheckedClaim, CheckResult, DiffOp, Evidence, Omission, ReportSummary

SETTINGS = Settings(cache_dir="/nonexistent-cache-never-written")
QUICK = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

FRAGMENTS = [
    "Ofsted",
    "rated",
    "'Good'",
    "‘Outstanding’",
    "“",
    "”",
    '"',
    "'",
    "‘",
    "’",
    "said",
    "inspectors",
    "council",
    "Inspectors said:",
    "three of the four",
    "50 per cent",
    "requires improvement to be good",
    "inadequate",
    "in March 2024",
    "4 to 8 March",
    "[/]",
    "[bold]",
    "\x1b[2J",
    "\x1b]0;t\x07",
    "\u202e",
    "\x9b",
    "\n",
    "\n\n",
    ". ",
    ", ",
    "<p>",
    "</p>",
    "<script>x</script>",
    "&amp;",
    "Cllr Smith said",
    "—",
    "…",
    "2019",
]
release_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40
).map(" ".join)
hostile_text = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "[/]",
                "[bold]",
                "[/bold]",
                "[link=x]",
                "\\",
                ":warning:",
                "\x1b[31m",
                "\x1b]0;t\x07",
                "\x9b1m",
                "\u202e",
                "\u2066",
                "<x-probe>",
                "\r",
                "\x00",
            ]
        ),
        st.text(max_size=6),
    ),
    max_size=8,
).map("".join)

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SGR = re.compile(r"\x1b\[[0-9;]*m")


@QUICK
@given(raw=st.binary(max_size=3000), media=st.sampled_from(["text", "html", "markdown"]))
def test_reading_any_bytes_gives_a_release_or_the_projects_error(raw, media):
    try:
        release = release_from_bytes(raw, "x", media, SETTINGS)
    except VerifyError:
        return
    assert release.text and release.text == release.text.strip()
    assert not re.search("[\x00-\x08\x0e-\x1f\x7f-\x9f]", release.text)


@QUICK
@given(text=release_text)
def test_every_claim_points_at_its_own_text(text):
    try:
        release = release_from_bytes(text.encode("utf-8"), "x.txt", "text", SETTINGS)
    except VerifyError:
        return
    for claim in extract_claims(release):
        assert release.text[claim.start : claim.end] == claim.text
        for piece in claim.quote_pieces:
            assert release.text[piece.start : piece.end] == piece.text


def _result(release_words: str, words: str) -> CheckResult | None:
    try:
        release = release_from_bytes(f"{release_words} {words}".encode(), "x", "text", SETTINGS)
    except VerifyError:
        return None
    claims = [
        CheckedClaim(
            **claim.model_dump(),
            verdict="misquoted",
            confidence=0.9,
            explanation=f"why {words}",
            evidence=[Evidence(report=words, page=1, text=words, score=1, start=0, end=len(words))],
            diff=[DiffOp(op="replace", report=words, release=words)],
        )
        for claim in extract_claims(release)
    ]
    summary = ReportSummary(label=words, source=words, authority=words, framework="ilacs_2023")
    omission = Omission(kind="improvement", text=words, report=words)
    return CheckResult(release=release, reports=[summary], claims=claims, omissions=[omission])


@QUICK
@given(release_words=release_text, words=hostile_text)
def test_renderers_show_hostile_text_as_text(release_words, words):
    result = _result(release_words, words)
    if result is None:
        return
    for color in (False, True):
        out = terminal.render(result, color=color)
        assert not _CONTROL.search(_SGR.sub("", out)), "a control sequence reached the terminal"
        if not color:
            assert "\x1b" not in out
    if words and len(words) <= 20 and not re.search(r"\s", words) and not _CONTROL.search(words):
        assert words in terminal.render(result, width=400, color=False), "markup was obeyed"
    page = html.render(result)
    assert "<x-probe>" not in page
    assert CheckResult.model_validate(json.loads(json_render.render(result))) == result
