"""Paragraphs and sentences: markers, abbreviations, quotes never split inside."""

from __future__ import annotations

from verify.extract.text import paragraphs, sentences


def split(text: str, protected=()) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text, paragraphs(text), protected)]


def test_list_markers_are_not_part_of_the_paragraph():
    text = "1. There are four grades:\n• Leaders are strong.\n- Plans are clear.\n# Heading here"
    paras = paragraphs(text)
    assert [p.marker for p in paras] == ["1.", "•", "-", "#"]
    assert [text[p.start : p.end] for p in paras] == [
        "There are four grades:",
        "Leaders are strong.",
        "Plans are clear.",
        "Heading here",
    ]


def test_each_line_is_a_paragraph_and_blank_lines_are_skipped():
    text = "First line\n\n\nSecond line.\nThird line."
    assert [p.index for p in paragraphs(text)] == [0, 1, 2]
    assert split(text) == ["First line", "Second line.", "Third line."]


def test_abbreviations_do_not_end_sentences():
    text = "Cllr. Wilson praised staff. Dr. Lee agreed (see para. 3 of the report). It was good."
    assert split(text) == [
        "Cllr. Wilson praised staff.",
        "Dr. Lee agreed (see para. 3 of the report).",
        "It was good.",
    ]


def test_a_protected_quote_is_not_split_inside():
    text = "Inspectors said: “Adoption is a strength. Children are matched well.” Next sentence."
    quote = (text.index("Adoption"), text.index("well.") + len("well."))
    assert split(text, [quote]) == [
        "Inspectors said: “Adoption is a strength. Children are matched well.”",
        "Next sentence.",
    ]


def test_opening_mark_goes_with_the_sentence_it_opens():
    text = "The report praised the workforce. “Social workers know children well,” it said."
    assert split(text) == [
        "The report praised the workforce.",
        "“Social workers know children well,” it said.",
    ]
