"""`verify extract RELEASE`: the quotations and checkable claims found in a release."""

from __future__ import annotations

import sys

import click
from rich.table import Table
from rich.text import Text

from verify.extract import extract_claims
from verify.ingest.release import read_release
from verify.render.plain import plain
from verify.render.terminal import console
from verify.settings import from_environment
from verify.types import Claim, ExtractedRelease


@click.command("extract")
@click.argument("release")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="A readable table, or JSON with offsets into release.text.",
)
@click.option("--max-bytes", type=int, default=None, help="Largest release accepted, in bytes.")
def extract_command(release: str, fmt: str, max_bytes: int | None) -> None:
    """Find every quotation (with who said it) and every checkable claim in RELEASE.

    \b
    Examples:
      verify extract release.html
      curl -s https://example.org/news/ofsted | verify extract - --format json

    RELEASE is a .txt, .md or .html file, an http(s) URL, or '-' for stdin.
    """
    settings = from_environment(max_release_bytes=max_bytes)
    doc = read_release(release, settings, stdin=sys.stdin.buffer)
    result = ExtractedRelease(release=doc, claims=extract_claims(doc))
    if fmt == "json":
        click.echo(result.model_dump_json(indent=2))
    else:
        console().print(claims_table(result))


def claims_table(result: ExtractedRelease) -> Table:
    """One row per claim: id, kind, who (role and speaker), the words, the key values."""
    title = result.release.title or result.release.source
    table = Table("id", "kind", "who", "text", "values", title=Text(plain(title)), show_lines=True)
    for claim in result.claims:
        cells = (_who(claim), _words(claim), _values(claim))
        table.add_row(claim.id, claim.kind, *(Text(plain(cell)) for cell in cells))
    table.caption = Text(plain(f"{len(result.claims)} claims from {result.release.source}"))
    return table


def _who(claim: Claim) -> str:
    attr = claim.attribution
    if attr is None:
        return ""
    return f"{attr.role}: {attr.speaker}" if attr.speaker else attr.role


def _words(claim: Claim) -> str:
    if claim.kind == "quote":
        return " / ".join(f"“{p.text}”" for p in claim.quote_pieces)
    return claim.text


def _values(claim: Claim) -> str:
    values = claim.values.model_dump(exclude_defaults=True, exclude={"grades", "dates"})
    parts = [f"{g.judgement or 'unnamed'}={g.grade}" for g in claim.values.grades]
    parts += [f"{k}={v}" for k, v in values.items()]
    parts += [d.isoformat() for d in claim.values.dates]
    return "\n".join(parts)


COMMANDS = [extract_command]
