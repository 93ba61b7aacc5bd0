"""A release's text: its bytes decoded, its whitespace normalised and the lines of a
hard-wrapped text joined (the same length, so offsets hold)."""

from __future__ import annotations

import re

from verify.errors import EmptyRelease, UnreadableRelease
from verify.words.sentences import LIST_MARKER

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_HSPACE = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\ufeff]")


def decode(raw: bytes, source: str) -> str:
    """UTF-8 when it is, else Windows-1252 when it fits, else what charset-normalizer
    finds (UTF-16, Latin-2...); binary is refused."""
    if not raw.strip():
        raise EmptyRelease(source)
    if b"\x00" in raw[:8192] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableRelease(source, "it looks binary, not text or HTML")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            # English releases that are not UTF-8 are nearly always Windows-1252;
            # on short texts charset-normalizer often guesses cp1250 (£ becomes Ł).
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes  # 0.1 s to import; most releases never need it

    best = from_bytes(raw).best()
    if best is None:
        raise UnreadableRelease(source, "it looks binary, not text or HTML")
    text = str(best)
    if len(_CONTROL.findall(text[:8192])) > 8:
        raise UnreadableRelease(source, "it looks binary, not text or HTML")
    return text


def normalise_whitespace(text: str) -> str:
    """One space for runs of spaces, ``\\n`` line ends, at most one blank line, no edges."""
    text = _ZERO_WIDTH.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub("", text)
    lines = [_HSPACE.sub(" ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# A hard-wrapped plain text (an e-mailed release) breaks its lines at a width this
# many characters or less (and no less than the least); longer lines are paragraphs
# left whole, and short lines alike (dates, names) are no wrapped text.
_WRAP_WIDTH_MIN, _WRAP_WIDTH_MAX = 40, 100
_FIRST_WORD = re.compile(r"\S+")
# A wrapped text has at least this many lines within this many characters of its width.
_WRAPPED_LINES_MIN, _WRAP_SLACK = 3, 12
# Lines left longer than the wrap width (a headline, a URL, a signature typed in whole):
# this many, or this share of the lines, whichever is more.
_LONGER_LINES_MAX, _LONGER_SHARE_MAX = 2, 0.1


def unwrap_lines(text: str) -> str:
    """``text`` with the lines of each hard-wrapped paragraph joined by spaces (the
    same length, so offsets hold).

    Every line is a paragraph to extraction, so a wrapped release cuts its sentences
    and quotations at each line end. A break is a wrap when the next line's first
    word would not have fitted on the line within the text's wrap width, as a
    wrapping editor leaves it; a short line before another (a date, an address, a
    heading), a line longer than the width (a headline typed whole) or a list item is a
    break kept. In any text, a break between a word and a lower-case one is a wrap.
    """
    lines = text.split("\n")
    wraps = max((_wraps(lines, width) for width in _wrap_widths(lines)), key=len, default=[])
    out = list(text)
    for pos in [*wraps, *_broken_sentences(text)]:
        out[pos] = " "
    return "".join(out)


_BROKEN_SENTENCE = re.compile(r"(?<=[^\W\d_,])\n(?=[^\W\d_A-Z])")
"""A line break inside a sentence: after a word and before a lower-case one."""


def _broken_sentences(text: str) -> list[int]:
    """The offsets of single line breaks that cut a sentence in two, in a text that is
    not wrapped throughout (a stray break a copy left, "receive a swift\nresponse"):
    no paragraph ends on a bare word and the next opens in lower case."""
    return [m.start() for m in _BROKEN_SENTENCE.finditer(text)]


def _wrap_widths(lines: list[str]) -> list[int]:
    """The widths a hard-wrapped text may have been wrapped at: line lengths that at
    least ``_WRAPPED_LINES_MIN`` lines come within ``_WRAP_SLACK`` characters of, with
    only a few lines longer (a headline or a URL is typed past the width; a text whose
    paragraphs run long is not wrapped at all). Empty when the text is not wrapped."""
    lengths = sorted((len(line) for line in lines if line.strip()), reverse=True)
    longer_max = max(_LONGER_LINES_MAX, int(len(lengths) * _LONGER_SHARE_MAX))
    return [
        width
        for width in sorted(set(lengths[: longer_max + 1]))
        if _WRAP_WIDTH_MIN <= width <= _WRAP_WIDTH_MAX
        and sum(width - _WRAP_SLACK <= n <= width for n in lengths) >= _WRAPPED_LINES_MIN
    ]


def _wraps(lines: list[str], width: int) -> list[int]:
    """The offsets of the line breaks that are wraps at ``width``: the next line's first
    word would not have fitted. Of the widths a text may have, the one that explains
    the most breaks as wraps is the editor's (a headline typed past it explains none)."""
    wraps = []
    pos = 0
    for line, below in zip(lines, lines[1:], strict=False):
        pos += len(line)
        word = _FIRST_WORD.match(below)
        if (
            line
            and len(line) <= width
            and word
            and not LIST_MARKER.match(below)
            and len(line) + 1 + len(word.group()) > width
        ):
            wraps.append(pos)
        pos += 1
    return wraps
