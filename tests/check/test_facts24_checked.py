"""Inspection facts and findings the written set's tune half left unchecked (lane facts24):
a visit dated by months with their part ('late November'), and a finding whose nearest
report sentences were all a SIF paragraph's one-word tag. Each test whose docstring says
what it 'was' failed on the code before the fix it names; the others guard the fix."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_helpers import check_one_finding, make_report

from verify.extract.values import bare_months
from verify.extract.values.counts import improvement_count as parse
from verify.ingest.pdf import read_text_report
from verify.match import Encoder, PassageIndex
from verify.report import parse_report

_TAGGED = "\n".join(
    f"{n}. {finding} (Recommendation)"
    for n, finding in enumerate(
        [
            "Assessments of children's needs are not consistently thorough.",
            "Plans for children are not specific enough about what must change.",
            "Management oversight of frontline practice is inconsistent.",
            "Too many children wait too long for a permanent home.",
            "Personal education plans for children in care are of poor quality.",
            "Care leavers do not all know their entitlements.",
            "Caseloads in some teams are too high for social workers to do good work.",
            "Return home interviews are not offered to every child who goes missing.",
            "Strategy meetings rarely include partners other than the police.",
            "Chronologies are poorly collated in many cases.",
            "The local authority does not know its performance well enough.",
            "Supervision of social workers is not always reflective.",
        ],
        start=1,
    )
)
_REPORT = (
    "Inspection dates: 4 to 8 March 2024\n"
    f"{_TAGGED}\n"
    "13. Progress since the last inspection in 2014 has been too slow, and services for "
    "children remain inadequate.\n"
)


def test_a_finding_of_recommendations_is_ranked_past_the_tags(settings):
    """'(Recommendation)' closes each paragraph of a SIF report; a claim naming
    recommendations ranks every tag top, and the finding told beside them is still found."""
    claim = (
        "The report is clear that progress since 2014 has been too slow, and it makes 12 "
        "recommendations."
    )
    got = check_one_finding(claim, _REPORT, settings)
    assert got.verdict == "supported", got.explanation
    assert got.evidence[0].paragraph == 13


def test_a_claim_of_only_recommendations_still_finds_passages(settings):
    """The tags filled the pool of the claim's nearest sentences (was not_checkable: '...
    has no passages to compare', ``PassageIndex.rank`` with ``min_words``)."""
    got = check_one_finding("Inspectors made a dozen recommendations.", _REPORT, settings)
    assert "has no passages" not in got.explanation


def test_a_statement_of_hyphened_words_is_in_the_pool(settings):
    """'Decision-making is child-focused.' is five words as the index counts them, three
    by spaces: the ranking kept it and a second count by spaces left it out (lane aside25:
    the finding saying it was 'No report passage was found saying this')."""
    report = f"{_REPORT}14. Decision-making is child-focused.\n"
    got = check_one_finding(
        "Inspectors found that decision-making is child-focused.", report, settings
    )
    assert got.verdict == "supported", got.explanation
    assert got.evidence[0].paragraph == 14


def test_rank_with_min_words_leaves_out_short_sentences_only(settings):
    index = PassageIndex(make_report(text=_REPORT), Encoder(settings))
    query = "it makes twelve recommendations"
    every = index.rank(query, k=20)
    wordy = index.rank(query, k=5, min_words=4)
    assert any(s.text == "(Recommendation)" for s, _ in every[:5])
    assert len(wordy) == 5
    assert all(len(s.text.split()) >= 4 for s, _ in wordy)
    # The same order as the full ranking, short sentences taken out.
    long_ones = [s for s, _ in every if len(s.text.split()) >= 4]
    assert [s for s, _ in wordy] == long_ones[:5]


def test_a_visit_dated_by_parts_of_months_is_checked(report, settings):
    """'between late November and mid-December' names the visit's months (was none: 'States
    no date, duration, team or framework'); the report's visit ran 4 to 8 March 2024."""
    from test_values import run

    for text, expected in [
        ("Ofsted inspected the council in early March.", "supported"),
        ("Ofsted inspected the council between late February and mid-March.", "contradicted"),
    ]:
        got = run(report, text, text, settings, kind="inspection_fact", months=bare_months(text))
        assert got.verdict == expected, got.explanation


def _listed(*numbers):
    """A report whose parse lists an item to improve for each of ``numbers``."""
    from verify.types import Passage

    items = tuple(
        Passage(id=f"i{k}", kind="improvement", number=n, page=1, start=0, end=5, text="Plans.")
        for k, n in enumerate(numbers)
    )
    return make_report(improvements=items)


@pytest.mark.parametrize(
    ("numbers", "said", "expected"),
    [
        ((None, None, None, None), "four areas to improve", "supported"),
        ((None, None, None, None), "three areas for improvement", "contradicted"),
        # drift26: neither was read as a count
        ((None, None, None, None), "four areas for the council to work on", "supported"),
        ((None, None, None, None), "three areas for further work", "contradicted"),
        (tuple(range(1, 19)), "18 recommendations", "supported"),
        (tuple(range(1, 19)), "12 recommendations", "contradicted"),
        # drift38: the council's list then the board's, either or both counted
        ((1, 2, 3, 4, 5, 103, 104, 105, 106), "nine recommendations", "supported"),
        ((1, 2, 3, 4, 5, 103, 104, 105, 106), "five recommendations", "supported"),
        ((1, 2, 3, 4, 5, 103, 104, 105, 106), "seven recommendations", "contradicted"),
        ((13, 14, 15, 129, 130), "five recommendations", None),
        ((), "four areas to improve", None),
    ],
)
def test_a_count_of_items_to_improve_against_the_reports_list(settings, numbers, said, expected):
    """'The report sets out four areas to improve' is settled by the items the report lists
    (was not read: no value to compare); so is a SIF report's count of its council's
    recommendations, its safeguarding board's after them, or both. A list of another shape
    (numbered on from the paragraphs, none from 1: items may be missing) or none read
    settles nothing, and the claim is checked as the finding it tells."""
    from test_values import run

    text = f"The report sets out {said}."
    report = _listed(*numbers)
    got = run(report, text, text, settings, kind="inspection_fact", improvements=parse(text))
    if expected is None:  # no count settled: no verdict from it
        assert got.verdict == "not_checkable"
        assert "the report lists" not in got.explanation
    else:
        assert got.verdict == expected, got.explanation


def test_a_wrong_count_told_in_a_finding_is_contradicted(settings):
    """A finding that gives the count in passing ('..., and it makes 12 recommendations') is
    contradicted by a list of 18, whatever the rest finds."""
    from test_values import run

    text = "The report says progress has been too slow, and it makes 12 recommendations."
    report = _listed(*range(1, 19))
    got = run(report, text, text, settings, kind="finding", improvements=parse(text))
    assert got.verdict == "contradicted", got.explanation
    assert "12 does not match: the report lists 18 items" in got.explanation


DEMO = Path(__file__).parents[2] / "corpora" / "demo" / "report.txt"


@pytest.mark.parametrize(
    ("said", "expected"),
    [("two areas to improve", "supported"), ("three areas to improve", "contradicted")],
)
def test_a_page_number_under_the_heading_is_no_item(settings, tmp_path, said, expected):
    """An ILACS report's first page ends under 'What needs to improve' with its page
    number ('1', in 25 of ../shared's reports): the parse reads it as no item, so the
    demo report's two items are two areas to improve (was contradicted as three), and
    three are still too many."""
    from test_values import run

    text = DEMO.read_text(encoding="utf-8").replace(
        "What needs to improve?\n\n", "What needs to improve?\n\n1\n\n", 1
    )
    assert "improve?\n\n1\n" in text
    (tmp_path / "report.txt").write_text(text, encoding="utf-8")
    report = parse_report(read_text_report(tmp_path / "report.txt"))
    assert [p.text for p in report.improvements] == [
        "The timeliness of initial child protection conferences.",
        "The quality and depth of assessments for children in need.",
    ]
    claim = f"Ofsted identified {said}."
    got = run(report, claim, claim, settings, kind="inspection_fact", improvements=parse(claim))
    assert got.verdict == expected, got.explanation
