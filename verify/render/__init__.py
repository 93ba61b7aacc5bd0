"""Render a ``CheckResult`` for people and programs: text, json or html."""

from __future__ import annotations

from verify.types import CheckResult

FORMATS = ("text", "json", "html")


def render(result: CheckResult, fmt: str) -> str:
    """The result in format ``fmt`` (one of ``FORMATS``); only that renderer is imported
    (the HTML one brings jinja2: 0.4 s a `verify check --format json` need not pay)."""
    if fmt == "text":
        from verify.render.terminal import render as renderer
    elif fmt == "json":
        from verify.render.json import render as renderer
    elif fmt == "html":
        from verify.render.html import render as renderer
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return renderer(result)
