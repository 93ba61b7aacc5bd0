"""Render a ``CheckResult`` for people and programs: text, json or html."""

from __future__ import annotations

from collections.abc import Callable

from verify.types import CheckResult

FORMATS = ("text", "json", "html")


def render(result: CheckResult, fmt: str) -> str:
    """The result in format ``fmt`` (one of ``FORMATS``)."""
    renderers: dict[str, Callable[[CheckResult], str]]
    from verify.render import html, json, terminal

    renderers = {"text": terminal.render, "json": json.render, "html": html.render}
    if fmt not in renderers:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return renderers[fmt](result)
