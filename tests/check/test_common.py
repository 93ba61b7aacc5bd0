"""Shared checker helpers."""

from __future__ import annotations

from verify.check import common
from verify.match.normalise import tokens


def test_content_words_are_remembered_and_each_caller_gets_its_own_set():
    """Remembered per text, as computed afresh, and a caller changing its set changes no
    other caller's."""
    text = "Leaders have a clear and accurate understanding of the quality of practice."
    fresh = {t.form[:5] for t in tokens(text) if t.form not in common._COMMON and len(t.form) > 2}
    first = common.content_words(text)
    assert first == fresh == {"leade", "clear", "accur", "under", "quali", "pract"}
    first.add("extra")
    assert common.content_words(text) == fresh
    assert common.shared({"clear", "zzzzz"}, text) == 0.5
