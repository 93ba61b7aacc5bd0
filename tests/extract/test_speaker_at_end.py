"""The search for a speaker named at a sentence's end, started where a match can first
start (``endings._speaker_from``), gives the whole search's answer: on sentences with
blanked quotations, as attribution reads them, and on built endings of every reporting
verb with any stops, marks and commas before them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verify.extract.claims import endings
from verify.words.speakers import REPORTING_VERBS

_VERBS = REPORTING_VERBS.split("|")
_BLANK = " " * 40


def _same(text: str) -> bool:
    full = endings._SPEAKER_AT_END.search(text)
    fast = endings._SPEAKER_AT_END.search(text, endings._speaker_from(text))
    if full is None:
        return fast is None
    return fast is not None and (fast.span(), fast.groupdict()) == (full.span(), full.groupdict())


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (f'Inspectors also found that "{_BLANK}', None),
        (f'"{_BLANK}", inspectors said.', "inspectors"),
        (f'"{_BLANK}" the report states.', "the report"),
        (f'"{_BLANK}," Cllr Ann Lee, cabinet member, told the Gazette.', "cabinet member"),
        (f"“{_BLANK},” she added!", "she"),
        (f'"{_BLANK}", Mr. Hackett said.\n', None),  # no name holds a stop
        (f"Mr Hackett said: “{_BLANK}”.", None),
    ],
)
def test_blanked_quotations(text, who):
    at_end = endings._speaker_at_end(text)
    assert _same(text)
    assert (at_end.group("who").strip() if at_end else None) == who


@settings(max_examples=400, deadline=None)
@given(
    lead=st.text(alphabet="ab ,.;:!?'’\"“”‘\n", max_size=80),
    who=st.text(alphabet="Ab ,.'’\"”", max_size=20),
    verb=st.sampled_from([*_VERBS, "told the Times", "tells Reporters Here"]),
    stop=st.sampled_from(["", ".", "!", "?", " ", "\n", ".\n", '"']),
)
def test_the_same_answer_on_built_endings(lead, who, verb, stop):
    assert _same(f"{lead}{who} {verb}{stop}")
    assert _same(f"{lead},{who}, {verb}{stop}")
