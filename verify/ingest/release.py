"""Read a press release from a file, URL or stdin into a cleaned ``Release``.

Only whitespace and line endings are normalised in the cleaned text (quote marks
stay as written), because every claim's offsets point into this text and the
checker compares quoted words character by character.

The parts, each a module of ``verify.ingest``: ``sources`` (the bytes of a file, stream or
URL, within the limits), ``text`` (decoding, whitespace, hard wraps undone) and ``page``
(an HTML page's headline and main text, through trafilatura).
"""

from __future__ import annotations

import hashlib
import re
from html import unescape
from pathlib import Path
from typing import BinaryIO, Literal

from verify.errors import EmptyRelease, InputNotFound, ReleaseTooLong, UnreadableRelease
from verify.ingest.page import html_main_text
from verify.ingest.sources import fetch, read_limited
from verify.ingest.text import decode, normalise_whitespace, unwrap_lines
from verify.settings import Settings
from verify.types import Release

MediaType = Literal["text", "html", "markdown"]

_SUFFIX_TYPES: dict[str, MediaType] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<div|<article|<p[\s>])", re.I)
# An HTML character reference left in plain text copied from a page's source
# (&ldquo;, &#8217;, &amp;): read as the character it names, quote marks included.
_ENTITY = re.compile(r"&(?:#\d{1,6}|#x[0-9a-f]{1,5}|[a-z][a-z0-9]{1,30});", re.I)


def read_release(source: str, settings: Settings, stdin: BinaryIO | None = None) -> Release:
    """Read ``source`` (a path, an http(s) URL, or '-' for ``stdin``) into a Release."""
    if source == "-":
        if stdin is None:
            raise UnreadableRelease(source, "no input stream was given for '-'")
        raw = read_limited(stdin, source, settings.max_release_bytes)
        return release_from_bytes(raw, source, _sniff_type(raw, None), settings)
    if source.startswith(("http://", "https://")):
        raw, content_type = fetch(source, settings)
        media = "html" if "html" in content_type else _sniff_type(raw, source)
        return release_from_bytes(raw, source, media, settings)
    path = Path(source)
    if path.is_dir():
        raise UnreadableRelease(source, "it is a folder, not a file")
    if not path.is_file():
        raise InputNotFound(source)
    try:
        with open(path, "rb") as handle:
            raw = read_limited(handle, source, settings.max_release_bytes)
    except OSError as exc:
        raise UnreadableRelease(source, exc.strerror or str(exc)) from exc
    return release_from_bytes(raw, source, _sniff_type(raw, path.suffix), settings)


def release_from_bytes(raw: bytes, source: str, media: MediaType, settings: Settings) -> Release:
    """Decode, clean and wrap ``raw``; the one path every kind of source takes (each
    reader has already refused more than ``max_release_bytes``, as it read)."""
    decoded = decode(raw, source)
    title = None
    if media == "html":
        title, decoded = html_main_text(decoded, source)
    else:
        decoded = _ENTITY.sub(lambda m: unescape(m.group()), decoded)
    text = normalise_whitespace(decoded)
    if not text:
        raise EmptyRelease(source)
    if len(text) > settings.max_release_chars:
        # Claims, and so a check's time, memory and output, grow with the text.
        limit = settings.max_release_chars
        raise ReleaseTooLong(source, f"{len(text):,} characters of text (limit {limit:,})")
    if media != "html":
        text = unwrap_lines(text)
        title = text.split("\n", 1)[0]
    return Release(
        source=source,
        sha256=hashlib.sha256(raw).hexdigest(),
        media_type=media,
        title=title,
        text=text,
    )


def _sniff_type(raw: bytes, suffix: str | None) -> MediaType:
    if suffix and suffix.lower() in _SUFFIX_TYPES:
        return _SUFFIX_TYPES[suffix.lower()]
    return "html" if _HTML_START.match(raw[:2048]) else "text"
