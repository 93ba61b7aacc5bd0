"""Document text as a terminal may show it, without rich: the command line's error lines
need it on every path, and importing rich for them cost `verify check --format json`
about 0.05 s of CPU at start-up (the table renderer, ``verify.render.terminal``, still
uses it)."""

from __future__ import annotations

import re

_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves, clear screen
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC: window title, hyperlinks
    r"|\x1b[P^_][^\x1b]*(?:\x1b\\)?"  # DCS, PM, APC strings
    r"|\x1b[ -~]?"  # any other escape
)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def plain(text: str) -> str:
    """``text`` without terminal escape sequences, control characters (tab and newline
    kept) or bidirectional overrides: what a document may show in a terminal."""
    return _CONTROL.sub("", _ESCAPE_SEQUENCE.sub("", text))
