"""A list whose lead points back to the sentence before ('But problems remain. Among them are
A, B and C'): the report's findings listed, a finding claim (lane noticed23, from
findings22: no claim was made, so its items were never looked for)."""

from __future__ import annotations

import pytest

from verify.extract import extract_claims
from verify.types import Release

FINDING = "Inspectors found that leaders have a realistic picture of frontline practice."
LIST = (
    "Among them are the number of children who still see their social worker change, "
    "planning for teenagers at risk of exploitation and caseloads that are too high"
)


def _kinds(text: str) -> dict[str, str]:
    release = Release(source="r.txt", sha256="d" * 64, media_type="text", text=text)
    return {c.text.rstrip("."): c.kind for c in extract_claims(release)}


@pytest.mark.parametrize("bridge", ["But problems remain. ", "", "There are weaknesses too.\n\n"])
def test_a_list_pointing_back_after_a_finding_is_a_finding(bridge):
    kinds = _kinds(f"{FINDING}\n\n{bridge}{LIST}.")
    assert kinds.get(LIST) == "finding", kinds


def test_a_list_pointing_back_after_no_finding_is_no_claim():
    """Nothing found before it: the list is the council's own."""
    kinds = _kinds(f"The council has a new director.\n\nBut problems remain. {LIST}.")
    assert LIST not in kinds, kinds


@pytest.mark.parametrize(
    "bridge",
    [
        "We thank everyone involved. ",  # the speaker's own: 'them' are those thanked
        "Staff worked hard. Partners helped too. ",  # more than one sentence between
    ],
)
def test_a_list_pointing_back_past_the_finding_is_no_claim(bridge):
    """The list reaches back over one sentence making no claim, not over the speaker's own
    words ('We thank everyone involved. Among them are ...' lists those thanked) nor over
    several sentences."""
    kinds = _kinds(f"Inspectors said leaders have a clear plan. {bridge}{LIST}.")
    assert LIST not in kinds, kinds
