"""A self-contained HTML page: the release with claims highlighted by verdict,
beside their verdicts and evidence, flags first. Every piece of document text is
escaped by jinja2's autoescape; the page loads nothing from outside.
"""

from __future__ import annotations

from dataclasses import dataclass

from jinja2 import ChoiceLoader, Environment, PackageLoader, select_autoescape

from verify.types import FLAGS, CheckedClaim, CheckResult
from verify.words import framework_title, grade_title, judgement_title, verdict_title


@dataclass(frozen=True)
class Piece:
    """A run of release text, inside claim ``claim`` (its 1-based number) or none."""

    text: str
    claim: int | None = None
    verdict: str | None = None


def pieces(result: CheckResult) -> list[Piece]:
    """The release text cut at claim boundaries.

    Where claims overlap only one can be highlighted; flags win, so every flag a
    reader must look at is marked in the text.
    """
    text = result.release.text
    chosen: list[tuple[int, CheckedClaim]] = []
    by_priority = sorted(
        enumerate(result.claims, 1), key=lambda p: (p[1].verdict not in FLAGS, p[1].start)
    )
    for number, claim in by_priority:
        if claim.end > len(text) or any(
            claim.start < other.end and other.start < claim.end for _, other in chosen
        ):
            continue
        chosen.append((number, claim))
    out, at = [], 0
    for number, claim in sorted(chosen, key=lambda p: p[1].start):
        if claim.start > at:
            out.append(Piece(text[at : claim.start]))
        out.append(Piece(text[claim.start : claim.end], number, claim.verdict))
        at = claim.end
    if at < len(text):
        out.append(Piece(text[at:]))
    return out


def flags_first(result: CheckResult) -> list[tuple[int, CheckedClaim]]:
    """(number, claim) with flagged claims first, each group in release order."""
    return sorted(enumerate(result.claims, 1), key=lambda p: (p[1].verdict not in FLAGS, p[0]))


def environment(*packages: str) -> Environment:
    """A jinja2 environment over these packages' templates, with the domain's filters."""
    env = Environment(
        loader=ChoiceLoader([PackageLoader(p, "templates") for p in packages]),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        verdict=verdict_title,
        judgement=judgement_title,
        grade=grade_title,
        framework=framework_title,
    )
    return env


_ENV = environment("verify.render")


def render(result: CheckResult) -> str:
    return _ENV.get_template("check.html.j2").render(
        result=result, pieces=pieces(result), ordered=flags_first(result), flags=FLAGS
    )
