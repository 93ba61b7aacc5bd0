"""`misleading` only on positive evidence, on real reports of the dev part.

A rating is misleading when it gives a grade that only some areas have to the service as a
whole; a release that names what it gives the grade to is right about it. A paraphrased
finding is misleading when the report's passage says it only with a hedge ('beginning
to', 'not fully') that the claim leaves out.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from check_helpers import make_claim, make_release

from verify.check import check_claims
from verify.check.common import content_words
from verify.check.negation import dropped_hedge
from verify.evaluation.dev import split
from verify.extract.values import parse_values
from verify.report import load_report
from verify.types import GradeMention

pytestmark = pytest.mark.shared


def _report(shared: Path, article: str, settings):
    """The report the dev manifest pairs with ``article`` (a dev-part article only)."""
    assert article in split()["dev"]
    manifest = json.loads((shared / "dev" / "manifest.json").read_text("utf-8"))
    entry = next(m for m in manifest if m["id"] == article)
    folder = shared / "corpora" / "ofsted" / "reports" / entry["authority_folder"]
    return load_report(folder / entry["report"], settings)


@pytest.fixture()
def harrow(shared, settings):
    """Harrow 2025: inadequate overall; help and protection and children in care good."""
    return _report(shared, "harrow_2025", settings)


def _rating(report, text, settings, grades=None):
    release = make_release(text)
    values = {"grades": grades if grades is not None else parse_values(text).grades}
    claim = make_claim(release, text, kind="rating", **values)
    return check_claims(release, [claim], [report], [], settings, None).claims[0]


def test_a_grade_given_to_the_area_that_has_it_is_supported(harrow, settings):
    got = _rating(harrow, "Harrow rated good for help and protection.", settings)
    assert got.verdict == "supported", got.explanation


def test_a_grade_given_to_named_parts_is_not_misleading(harrow, settings):
    # No judgement is named 'safeguarding and supporting under 18s', but the release
    # says what it gives the grade to, and two areas are good.
    text = "Harrow rated good for safeguarding and supporting under 18s."
    got = _rating(harrow, text, settings)
    assert got.verdict == "supported", got.explanation
    assert "2 of 4" in got.explanation and "safeguarding" in got.explanation


def test_a_grade_only_some_areas_have_given_to_the_whole_service_is_misleading(harrow, settings):
    for text in (
        "Harrow children's services rated good by Ofsted.",
        "Harrow rated good by Ofsted.",
        "Harrow rated good for its work with children and young people.",
        "The council has been rated ‘Good’ by Ofsted for its services for children and families.",
    ):
        got = _rating(harrow, text, settings)
        assert got.verdict == "misleading", (text, got.explanation)
        assert "2 of 4" in got.explanation and "inadequate" in got.explanation


def test_a_grade_given_to_something_the_table_does_not_grade_is_not_flagged(harrow, settings):
    # Youth justice is no judgement of the table: nothing says the grade is the whole's.
    got = _rating(harrow, "Harrow’s youth justice work was rated good.", settings)
    assert got.verdict == "not_checkable", got.explanation


def test_a_grade_said_as_a_goal_is_not_flagged(harrow, settings):
    text = "Our aspiration is to see services move to a good rating."
    good = [GradeMention(grade="good", printed="good")]
    got = _rating(harrow, text, settings, grades=good)
    assert got.verdict == "not_checkable", got.explanation


def _sentence(report, words: str) -> str:
    """The report's sentence holding ``words`` (the test fails if the report lacks them)."""
    at = report.text.index(words)
    start = report.text.rfind(". ", 0, at) + 2
    return " ".join(report.text[start : report.text.index(".", at) + 1].split())


@pytest.mark.parametrize(
    ("article", "words", "claim", "hedge"),
    [
        (
            "haringey_2014",
            "beginning to reduce",
            "Rates of children entering care or being subject to child protection plans "
            "has steadily reduced from the very high levels in 2009-10.",
            "beginning to",
        ),
        (
            "havering_2024",
            "not fully aware",
            "Inspectors acknowledged that the local authority have a good understanding of "
            "the areas for improvement.",
            "not fully",
        ),
    ],
)
def test_a_hedge_the_claim_drops_is_named(shared, settings, article, words, claim, hedge):
    sentence = _sentence(_report(shared, article, settings), words)
    found = dropped_hedge(claim, content_words(claim), sentence)
    assert found is not None and hedge in found, (sentence, found)
    # The same claim keeping the hedge, with a limit of its own or negated drops nothing.
    kept = f"{claim[:-1]}, and is only now beginning to change; not fully so."
    limited = f"Some {claim[0].lower()}{claim[1:]}"
    negated = f"It is not so that {claim[0].lower()}{claim[1:]}"
    for other in (kept, limited, negated):
        assert dropped_hedge(other, content_words(other), sentence) is None, other


def test_a_hedge_in_another_clause_than_the_claims_is_not_dropped(shared, settings):
    # Havering para 43: the claim restates the main clause ('the immediate response has
    # been decisive and robust'), not the hedged 'Although ...' clause.
    sentence = _sentence(_report(shared, "havering_2024", settings), "not fully aware")
    claim = "Inspectors said the immediate response was decisive and robust."
    assert dropped_hedge(claim, content_words(claim), sentence) is None


@pytest.mark.parametrize(
    ("claim", "sentence", "hedge"),
    [
        # A hedge of another subject after 'and' is not the claim's (fresh17).
        (
            "Early help services are effective.",
            "Early help services are effective and leaders are beginning to see the impact "
            "of the new edge of care team.",
            None,
        ),
        # The claim's own subject, or no subject of its own after 'and': the claim's hedge.
        (
            "Leaders see the impact of the new edge of care team.",
            "Early help services are effective and leaders are beginning to see the impact "
            "of the new edge of care team.",
            "are beginning to",
        ),
        (
            "Child protection plans are clear and reduce risk for disabled children.",
            "Child protection plans are clear and are beginning to reduce risk for disabled "
            "children.",
            "are beginning to",
        ),
    ],
)
def test_a_hedge_of_another_subject_after_and_is_not_dropped(claim, sentence, hedge):
    assert dropped_hedge(claim, content_words(claim), sentence) == hedge


@pytest.mark.parametrize(
    ("claim", "hedge"),
    [
        ("Five permanent social work appointments have recently been made.", None),
        (
            "The recruitment strategy has had an impact, with five appointments made.",
            "is beginning to",
        ),
    ],
    ids=["only-the-with-phrase", "the-hedged-predicate-too"],
)
def test_a_hedge_does_not_reach_a_with_phrase_after_its_predicate(claim, hedge):
    """'... is beginning to have an impact with five permanent social work appointments
    recently being made' hedges the impact, not the appointments (drift34: 'with five
    permanent social work appointments recently made' was called misleading). A claim
    that tells the impact too drops the hedge."""
    sentence = (
        "There are positive signs that the recruitment strategy is beginning to have an "
        "impact with five permanent social work appointments recently being made."
    )
    assert dropped_hedge(claim, content_words(claim), sentence) == hedge


@pytest.mark.parametrize(
    ("claim", "critical"),
    [
        # A relative clause of people's plight names the group, not the claim's tone.
        (
            "Inspectors said all children whose circumstances are not improving are escalated "
            "quickly.",
            False,
        ),
        ("Young people who are not in education get strong support from personal advisers.", False),
        # The claim's own criticism still counts.
        ("Inspectors said children whose plans end are not escalated quickly.", True),
        ("Leaders do not escalate the cases of children who are not improving.", True),
    ],
)
def test_a_criticism_in_a_relative_clause_of_people_is_not_the_claims_tone(claim, critical):
    """fresh17: 'children whose circumstances are not improving' made the praise critical,
    so the 'What needs to improve' item on their escalation limited nothing."""
    from types import SimpleNamespace

    from verify.check.finding.reading import _Reading

    reading = SimpleNamespace(claim=SimpleNamespace(text=claim))
    assert _Reading.critical_claim.fget(reading) is critical
