"""A claim that tells what it names as listed to improve: its 'What needs to improve' item
says what it says (``finding.listed._told_as_listed``). Invented sentences of each form and
near-misses (written24: 'The report identifies two areas for further work: the consistent
application of management oversight, ...' and 'Ofsted identified one area for improvement,
management oversight of pre-proceedings work.' were read as praise of the items and told
misleading)."""

from __future__ import annotations

import pytest

from verify.check.finding.listed import _told_as_listed

ITEM = "Management oversight of pre-proceedings work to prevent unnecessary delays for children."


@pytest.mark.parametrize(
    "claim",
    [
        "The report identifies two areas for further work: management oversight of "
        "pre-proceedings work.",
        "Inspectors named areas requiring improvement, including management oversight of "
        "pre-proceedings work.",
        "Ofsted identified one area for improvement, management oversight of pre-proceedings work.",
        "Ofsted identified one area for improvement – management oversight of pre-proceedings "
        "work.",
        "There is one area for development: management oversight of pre-proceedings work.",
        "Areas needing attention include management oversight of pre-proceedings work.",
        # drift26: what Ofsted asks more of ('to be more consistent') was read as praise
        "Ofsted asks the council to be more consistent in management oversight of "
        "pre-proceedings work.",
        # drift27: the improvement asked for, after a colon, was read as praise
        "Ofsted asked for only one improvement: management oversight of pre-proceedings work.",
        "Inspectors called for two improvements: management oversight of pre-proceedings work "
        "and the timeliness of assessments.",
    ],
)
def test_an_item_named_as_an_area_to_work_on_is_told_as_listed(claim):
    assert _told_as_listed(claim, ITEM)


@pytest.mark.parametrize(
    "claim",
    [
        # praise beside listing words said of something else
        "Staff must be proud, management oversight of pre-proceedings work is strong.",
        "Management oversight of pre-proceedings work is strong, the report said.",
        # an area of strength is no area to improve, nor are 'all areas of work'
        "Ofsted identified one area of strength, management oversight of pre-proceedings work.",
        "Management oversight of pre-proceedings work is strong across all areas of work.",
        "Management oversight is strong in all areas of work, including pre-proceedings.",
        # the listing words do not end their clause: what follows the comma is not named
        "The council has areas for improvement in its early help offer, and management "
        "oversight of pre-proceedings work is strong.",
        # asked to be something that is no more of it
        "Inspectors told the council to be proud of management oversight of pre-proceedings work.",
        # an improvement asked for is no listing of what the clause after the comma names
        "Ofsted asked for improvements, and management oversight of pre-proceedings work is "
        "strong.",
    ],
)
def test_praise_beside_listing_words_is_not_told_as_listed(claim):
    assert not _told_as_listed(claim, ITEM)
