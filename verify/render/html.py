"""A self-contained HTML page: the release with claims highlighted by verdict,
beside their verdicts and evidence. Every piece of document text is escaped by
jinja2's autoescape; the page loads nothing from outside.
"""

from __future__ import annotations

from dataclasses import dataclass

from jinja2 import Environment, PackageLoader, select_autoescape

from verify.types import FLAGS, CheckResult


@dataclass(frozen=True)
class Piece:
    """A run of release text, inside claim ``claim`` (its 1-based number) or none."""

    text: str
    claim: int | None = None
    verdict: str | None = None


def pieces(result: CheckResult) -> list[Piece]:
    """The release text cut at claim boundaries; overlapping claims keep the first."""
    text, out, at = result.release.text, [], 0
    for number, claim in sorted(enumerate(result.claims, 1), key=lambda p: p[1].start):
        if claim.start < at or claim.end > len(text):
            continue
        if claim.start > at:
            out.append(Piece(text[at : claim.start]))
        out.append(Piece(text[claim.start : claim.end], number, claim.verdict))
        at = claim.end
    if at < len(text):
        out.append(Piece(text[at:]))
    return out


_ENV = Environment(
    loader=PackageLoader("verify.render", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def render(result: CheckResult) -> str:
    template = _ENV.get_template("check.html.j2")
    return template.render(
        result=result,
        pieces=pieces(result),
        flags=FLAGS,
        flagged=sum(c.verdict in FLAGS for c in result.claims),
    )
