"""Session 34: what drift37's held-out half taught once read, each as the general mechanism
mended. An account of one service's inspection is not a safeguarding claim's; a report
printing a day of its own and a later one in its file name was published on either; weeks
told to inspectors by others are not the visit's. Every sentence here is invented."""

from __future__ import annotations

from datetime import date

import pytest
from check_helpers import GOOD_ALL, REPORT_TEXT, check_text, claim_over, make_report

from verify.types import PreviousInspection

_ACCOUNTS = (
    "The previous inspection of the local authority’s arrangements for the protection of "
    "children was in March 2013. The local authority was judged to be adequate.",
    "The previous inspection of the local authority’s services for children looked after "
    "was in September 2010. The local authority was judged to be adequate.",
)


def _with_accounts() -> object:
    """A SIF report printing two accounts: 2013's protection inspection and 2010's of
    services for children looked after, each judged adequate."""
    text = REPORT_TEXT + "\n" + "\n".join(_ACCOUNTS) + "\n"
    previous = []
    for account, year in zip(_ACCOUNTS, (2013, 2010), strict=True):
        start = text.index(account)
        previous.append(
            PreviousInspection(
                text=account,
                year=year,
                kind="inspection",
                grade="adequate",
                start=start,
                end=start + len(account),
            )
        )
    return make_report(
        text=text,
        table=GOOD_ALL,
        framework="sif",
        inspection_start=date(2015, 10, 5),
        inspection_end=date(2015, 10, 29),
        published=date(2016, 1, 5),
        previous=previous,
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ashbury was judged inadequate for safeguarding in 2010 and adequate in 2013.",
            "not_checkable",
        ),
        ("Ashbury's services were judged adequate in 2010 and 2013.", "supported"),
    ],
    ids=["safeguarding-is-not-the-looked-after-inspection", "the-service-unnamed"],
)
def test_an_account_of_the_looked_after_inspection_is_not_a_safeguarding_claims(
    settings, sentence, expected
):
    """'Torbay was judged inadequate for safeguarding in 2010 ...' (drift37): the report's
    only account of 2010 is of the inspection of services for children looked after,
    adequate, and the sentence was contradicted by it. An account of one service's
    inspection tells nothing of a claim naming safeguarding and not that service, so 2010
    is left unchecked; a claim naming no service is still judged by it."""
    text = f"Ashbury's children's services are now rated good.\n\n{sentence}"
    got = claim_over(check_text(text, _with_accounts(), [], settings), "in 2010")
    assert got.verdict == expected, got.explanation


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("10 February 2026", "supported"),
        ("3 February 2026", "supported"),
        ("2 March 2026", "contradicted"),
    ],
    ids=["the-day-in-its-file-name", "the-day-it-prints", "neither-day"],
)
def test_published_today_on_either_day_the_report_is_known_published(settings, dateline, expected):
    """A SIF report printed 'Report published: 3 February 2015' on its cover and 10
    February 2015 for its board's review, the day the archive's file name gives: a story
    dated the 10th saying 'published today' was contradicted (drift37). Either day is a
    day it was published; a day far from both is not."""
    report = make_report(
        table=GOOD_ALL,
        inspection_start=date(2025, 11, 3),
        inspection_end=date(2025, 11, 27),
        published=date(2026, 2, 3),
        file_date=date(2026, 2, 10),
    )
    text = (
        f"{dateline}\n\nThe watchdog's report, published today, rated Ashbury's services as good."
    )
    got = claim_over(check_text(text, report, [], settings), "published today")
    assert got.verdict == expected, got.explanation


def test_weeks_told_to_inspectors_are_not_the_visits(settings):
    """'Staff at Cafcass, the family courts service, told inspectors that most care
    proceedings are now completed in less than 26 weeks' (drift37): 'told inspectors'
    frames what others said, as 'inspectors found' does, so the weeks are the care
    proceedings', never checked against the visit's two."""
    text = (
        "Ashbury's children's services are rated good.\n\n"
        "Staff at the family court told inspectors that most care proceedings are now "
        "completed in less than 26 weeks."
    )
    got = claim_over(check_text(text, make_report(table=GOOD_ALL), [], settings), "26 weeks")
    assert got.verdict not in ("contradicted",) and "does not match" not in got.explanation
