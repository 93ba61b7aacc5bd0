"""A place the claim names that the report never does (session 22, findings22): a sentence
near the claim only in meaning says something else ('The trust recently opened a drop-in
centre for teenagers in Chalvey' was supported at 17% of its words by a sentence about
young people recruiting staff in Slough's report)."""

from __future__ import annotations

from verify.check.common import content_words
from verify.check.finding.others import _place_unnamed

REPORT = frozenset(
    content_words(
        "Children in Slough and in Brighton and Hove, in London and across the Slough "
        "Children's Services Trust, are helped by the children in care council."
    )
)


def test_a_place_the_report_never_names_withholds_support_found_by_meaning():
    claim = "The trust recently opened a drop-in centre for teenagers in Chalvey."
    assert _place_unnamed(claim, REPORT, 0.17) == "Chalvey"
    assert _place_unnamed("New family hubs in Mitcham and Morden opened.", REPORT, 0.2) == (
        "Mitcham and Morden"
    )


def test_the_reports_own_places_times_and_the_nation_name_nothing_new():
    for claim in (
        "Children in Slough get the help they need.",
        "Children in Brighton and Hove are safe.",
        "The Children in Care Council is very active.",
        "Inspectors visited in March and reported on Friday.",
        "It is one of the best services in England.",
    ):
        assert _place_unnamed(claim, REPORT, 0.2) is None, claim


def test_a_sentence_holding_half_the_claims_words_is_not_found_by_meaning_alone():
    claim = "The trust recently opened a drop-in centre for teenagers in Chalvey."
    assert _place_unnamed(claim, REPORT, 0.5) is None
