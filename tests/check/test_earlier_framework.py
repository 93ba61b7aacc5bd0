"""A framework named of an earlier inspection is not this inspection's (accounts23: an ILACS
report's own 'Since the single inspection framework (SIF) inspection in 2014, a number of
changes ... have hindered progress' was read as saying this inspection was a SIF one, and
contradicted, saved only because the report prints those very words)."""

from __future__ import annotations

import pytest
from check_helpers import make_release, make_report

from verify.check import check_claims, restates_finding
from verify.extract import extract_claims
from verify.types import FLAGS
from verify.words.dates import LOOK_BACK


def _verdicts(said: str, settings) -> list[str]:
    release = make_release(said)
    claims = extract_claims(release)
    checked = check_claims(release, claims, [make_report()], [], settings, None)
    return [c.verdict for c in checked.claims if c.kind != "quote"]


@pytest.mark.parametrize(
    "said",
    [
        "Since the single inspection framework (SIF) inspection in 2014, changes in senior "
        "management have slowed progress.",
        "Leaders have improved practice since the previous SIF inspection.",
    ],
)
def test_a_framework_of_an_earlier_inspection_is_not_contradicted(said, settings):
    assert not set(_verdicts(said, settings)) & FLAGS


def test_this_inspections_framework_said_wrongly_is_still_contradicted(settings):
    said = "The inspection was carried out under the single inspection framework."
    assert "contradicted" in _verdicts(said, settings)


def test_a_fact_of_no_value_of_this_visit_is_the_finding_the_report_tells(settings):
    """Nothing of this inspection to compare, the sentence is the report's own finding
    about the time since the earlier one: supported by it, as a fact of another visit is."""
    said = (
        "Since the single inspection framework (SIF) inspection in 2014, changes in senior "
        "management have slowed progress."
    )
    report = make_report(text=f"1. {said}\n2. Children are seen regularly.")
    release = make_release(said)
    claims = extract_claims(release)
    assert [c.kind for c in claims] == ["inspection_fact"]
    checked = check_claims(release, claims, [report], [], settings, None)
    assert checked.claims[0].verdict == "supported"


_SIF = "Since the single inspection framework (SIF) inspection in 2014, "
_SLOWED = f"{_SIF}changes in senior management have slowed progress."
_SLOWLY = (
    f"{_SIF}leaders have responded slowly to weaknesses in social work practice for "
    "children in care."
)


@pytest.mark.parametrize(
    ("claimed", "said"),
    [
        (f"{_SIF}changes in senior management have helped progress.", _SLOWED),
        (f"{_SIF}changes in senior management have accelerated progress.", _SLOWED),
        (f"{_SIF}changes in senior management have not slowed progress.", _SLOWED),
        (_SLOWLY.replace("slowly", "quickly"), _SLOWLY),
    ],
)
def test_a_fact_of_no_value_of_this_visit_told_otherwise_is_not_supported(claimed, said, settings):
    """The words naming the earlier inspection are no part of the finding told: shared
    with the report, they made 'have helped progress' hold 80% of the words of 'have
    slowed progress' and supported it. The finding's own words are read, at the bar of a
    restatement, and its opposite ('quickly' for 'slowly') is never support."""
    report = make_report(text=f"1. {said}\n2. Children are seen regularly.")
    release = make_release(claimed)
    claims = extract_claims(release)
    assert [c.kind for c in claims] == ["inspection_fact"]
    checked = check_claims(release, claims, [report], [], settings, None)
    assert checked.claims[0].verdict != "supported"


@pytest.mark.parametrize(
    "claimed",
    [
        "Since the last inspection leaders have cut the number of home visits to children in care.",
        "Since the last inspection leaders cut the number of home visits to children in care.",
    ],
)
def test_the_phrase_looked_back_from_is_a_few_words_naming_the_inspection(claimed):
    """Only the words naming the inspection looked back from are set aside, not the
    finding up to the last 'visits' within reach ('Since the last inspection leaders have
    cut the number of home visits' left 'to children in care', which any finding about
    visits to children in care restated)."""
    said = "Leaders have increased the number of visits to children in care."
    assert not restates_finding(claimed, said)
    assert restates_finding(claimed, claimed.replace("Since the last inspection ", ""))


_SINCE_YEAR = "Since 2014, changes in senior management have {} progress for leavers."


@pytest.mark.parametrize(
    "claimed",
    [
        "Since 2014, changes in senior management have helped progress for leavers.",
        "Since March 2014 changes in senior management have helped progress for leavers.",
        "Changes in senior management since 2014 have helped progress for leavers.",
    ],
)
def test_a_bare_year_looked_back_from_is_no_part_of_the_finding(claimed):
    """'Since 2014' looks back to an earlier inspection as 'Since the last inspection in
    2014' does (``LOOK_BACK``): its year, shared with the report, is no word of the finding
    told (session 23's derived sets: it made 'have helped progress' hold 86% of the words
    of 'have slowed progress')."""
    said = _SINCE_YEAR.format("slowed")
    assert not restates_finding(claimed, said)
    assert restates_finding(claimed.replace("helped", "slowed"), said)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Since 2014, leaders have cut caseloads.", "leaders have cut caseloads."),
        ("Since early 2014 leaders have cut caseloads.", "leaders have cut caseloads."),
        # a year that is no look back stays a word of the finding
        ("In 2014, leaders cut caseloads.", "In 2014, leaders cut caseloads."),
        ("Caseloads fell from 2014 to 2016.", "Caseloads fell from 2014 to 2016."),
    ],
)
def test_look_back_reads_since_a_year_alone(text, kept):
    assert LOOK_BACK.sub(" ", text).strip(" ,") == kept
