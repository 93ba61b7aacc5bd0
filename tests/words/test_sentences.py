"""The one sentence splitter, for report passages and release text alike."""

from __future__ import annotations

from verify.extract.text import paragraphs, sentences
from verify.words.sentences import split_sentences


def test_a_sentence_ends_after_its_closing_quote_marks_which_its_text_leaves_out():
    """The next sentence starts after the closing ” (``sentence_breaks``); the text of the
    sentence itself (``sentence_spans``) stops before the marks."""
    text = "One child said: “I feel safe here.” Another said she was happy. (See para 4.) Then"
    assert split_sentences(text) == [
        "One child said: “I feel safe here.",
        "Another said she was happy.",
        "(See para 4.",
        "Then",
    ]


def test_a_lower_case_word_after_a_full_stop_goes_on_the_same_sentence():
    assert split_sentences("It was rated good. pic.twitter.com/abc") == [
        "It was rated good. pic.twitter.com/abc"
    ]


def test_release_sentences_are_cut_where_the_splitter_cuts():
    text = "Inspectors praised leaders.” The council said so. Cllr. Smith agreed."
    cut = [text[s.start : s.end] for s in sentences(text, paragraphs(text))]
    assert cut == ["Inspectors praised leaders.”", "The council said so.", "Cllr. Smith agreed."]
