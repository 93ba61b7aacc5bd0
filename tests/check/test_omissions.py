"""Omissions: what the report says needs to improve that the release leaves out."""

from __future__ import annotations

from check_helpers import REPORT_TEXT, make_release, make_report

from verify.check import check_claims
from verify.types import Passage

ITEMS = [
    "The timeliness of initial child protection conferences.",
    "The quality and depth of assessments for children in need.",
]
TEXT = REPORT_TEXT + "\n\nWhat needs to improve?\n\n" + "".join(f"- {i}\n" for i in ITEMS)


def report_with_improvements():
    items = []
    for n, item in enumerate(ITEMS):
        at = TEXT.index(item)
        items.append(
            Passage(id=f"i{n}", kind="improvement", page=2, start=at, end=at + len(item), text=item)
        )
    return make_report(text=TEXT, improvements=items)


def improvements_left_out(release_text: str, settings) -> list[str]:
    report = report_with_improvements()
    result = check_claims(make_release(release_text), [], [report], [], settings, None)
    for o in result.omissions:
        if o.kind == "improvement":
            assert o.report == report.label
            assert o.evidence and TEXT[o.evidence.start : o.evidence.end] in ITEMS
    return [o.text for o in result.omissions if o.kind == "improvement"]


def test_improvements_the_release_never_mentions_are_omissions(settings):
    text = "Ashbury's children's services have been rated good by Ofsted. We are very proud."
    assert improvements_left_out(text, settings) == ITEMS


def test_an_improvement_the_release_mentions_is_not_an_omission(settings):
    text = (
        "Ashbury's children's services have been rated good by Ofsted.\n\n"
        "Inspectors asked us to improve the timeliness of initial child protection "
        "conferences, and we have already recruited more chairs."
    )
    assert improvements_left_out(text, settings) == [ITEMS[1]]


def test_mentioning_both_improvements_leaves_none_out(settings):
    text = (
        "We will work on the timeliness of initial child protection conferences. "
        "We will also raise the quality and depth of our assessments for children in need."
    )
    assert improvements_left_out(text, settings) == []


def test_a_short_sentence_sharing_a_few_words_is_not_a_mention(settings):
    # "child protection" is in the first item, but this sentence does not mention it.
    text = "Child protection matters. Ashbury was rated good."
    assert improvements_left_out(text, settings) == ITEMS
