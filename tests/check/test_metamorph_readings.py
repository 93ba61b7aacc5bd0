"""Readings the metamorphic set's tune half showed wrong (session 23, lane metamorph23):
the dev part's real ratings, reworded with their truth kept, read another way.

- a 'some' in another clause made an unnamed grade a share of the areas ('‘Requires
  improvement’ children's social care ..., with inspectors saying some services have got
  worse' was supported where only one area requires improvement and overall is
  inadequate);
- a count read as the grade printed nearest it, even across an 'and' ('rated inadequate by
  Ofsted in four areas and requiring improvement in another' counted four areas requiring
  improvement: contradicted, where four of five judgements are inadequate);
- 'children's social care in Sandwell' was no whole service, as 'in' after it was taken
  for a part ('services for children in care'), so a grade only one area had, given to
  it, was not_checkable;
- a grade after 'achieve' was a goal even when dated to the inspection held ('achieve a
  judgment of Good in its latest full inspection');
- a grade given by a verb of naming ('branded', 'dubbed', 'labelled') was no grade, and a
  headline's grade with its grader after it ('dubbed inadequate by Ofsted again') none.
"""

from __future__ import annotations

import pytest
from check_helpers import NC, C, S, make_claim, make_release, make_report

from verify.check import check_claims
from verify.extract import extract_claims
from verify.extract.values import grade_mentions, parse_values
from verify.types import FLAGS, Release

TABLE = [
    ("impact_of_leaders", "inadequate", "The impact of leaders"),
    ("help_and_protection", "inadequate", "Help and protection"),
    ("children_in_care", "requires_improvement", "Children in care"),
    ("care_leavers", "inadequate", "Care leavers"),
    ("overall_effectiveness", "inadequate", "Overall effectiveness"),
]
"""Inadequate overall and in three of the four areas; one area requires improvement."""


def checked(text: str, settings) -> str:
    release = make_release(text)
    values = parse_values(text).model_dump(exclude_none=True)
    claim = make_claim(release, text, kind="rating", **values)
    report = make_report(table=TABLE)
    return check_claims(release, [claim], [report], [], settings, None).claims[0].verdict


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ashbury's children's services have been rated ‘requires improvement’ by Ofsted, "
            "with inspectors saying some services have got worse.",
            "flag",
        ),
        (
            "Services were rated inadequate by Ofsted in four areas and requiring improvement "
            "in another.",
            S,
        ),
        (
            "Services were rated requiring improvement by Ofsted in four areas and inadequate "
            "in another.",
            C,
        ),
        ("Services were rated requiring improvement in three areas, and inadequate in one.", C),
    ],
)
def test_a_share_is_read_in_its_own_clause(text, want, settings):
    """A 'some' counts areas only in the grade's own clause (the requires improvement of
    one area was a share, supported), and a count is of the grade joined to it, not of one
    across an 'and' ('inadequate in four areas and requiring improvement in another': four
    inadequate)."""
    said = checked(text, settings)
    assert said in FLAGS if want == "flag" else said == want


@pytest.mark.parametrize(
    "text",
    [
        "‘Requires improvement’ children’s social care in Ashbury has been criticised by Ofsted.",
        "Children's services in Ashbury require improvement, inspectors said.",
    ],
)
def test_a_service_in_a_named_place_is_the_whole_service(text, settings):
    """'Children's social care in Ashbury' is the whole service, as 'Ashbury's children's
    social care' is: a grade only one area has, given to it, is flagged (it was said of
    nothing named, not_checkable); 'services for children in care' stays a part."""
    assert checked(text, settings) in FLAGS


@pytest.mark.parametrize(
    "sentence",
    [
        "Ashbury's children's services have been branded inadequate by Ofsted.",
        "Ashbury's children's services were labelled ‘inadequate’ in the report.",
        "Ofsted has branded Ashbury's children's services inadequate.",
        "Ashbury children's services dubbed inadequate by Ofsted again",
        "Ashbury children's services labelled as inadequate",
    ],
)
def test_a_grade_given_by_a_verb_of_naming_is_a_rating(sentence):
    """'Branded', 'dubbed' and 'labelled' give a grade as 'rated' does (the claim was a
    finding, or none)."""
    assert [g.grade for g in grade_mentions(sentence)] == ["inadequate"]
    release = Release(source="r.txt", sha256="c" * 64, media_type="text", text=sentence)
    assert [c.kind for c in extract_claims(release)] == ["rating"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The council leader branded the report unfair.",
        "Staff dubbed the new office outstanding value.",
    ],
)
def test_a_verb_of_naming_without_a_grade_gives_none(sentence):
    assert grade_mentions(sentence) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Children's services went on to achieve a judgment of ‘good’ in their latest full "
            "inspection.",
            C,
        ),
        ("The service worked to achieve an ‘inadequate’ rating at the latest inspection.", S),
        ("The council aims to achieve a ‘requires improvement’ rating at its next inspection.", NC),
        ("The council hopes to achieve a ‘good’ rating in the inspection later this year.", NC),
        ("Leaders hope to achieve a ‘good’ rating at the inspection.", NC),
        ("The council hopes to achieve a ‘good’ rating at its latest inspection, due shortly.", NC),
        ("The service worked to reach a ‘good’ rating in its most recent inspection.", C),
        ("The council hopes to achieve a ‘good’ rating at its latest inspection.", NC),
        ("Leaders aim to reach a ‘good’ rating in their most recent inspection.", NC),
        (
            "The service worked hard to achieve a ‘good’ rating at its latest inspection, due "
            "to the dedication of its staff.",
            C,
        ),
        (
            "The service worked to achieve a ‘good’ rating at the latest inspection and will "
            "keep improving.",
            C,
        ),
        (
            "The service worked to reach a ‘good’ rating at its latest inspection, and next "
            "year plans further investment.",
            C,
        ),
        ("The service worked to achieve a ‘good’ rating at its current inspection.", C),
        (
            "The service works to achieve a ‘good’ rating at its latest inspection, which is "
            "due shortly.",
            NC,
        ),
        (
            "The service works to achieve a ‘good’ rating at its latest inspection, which will "
            "take place soon.",
            NC,
        ),
    ],
)
def test_a_grade_dated_to_an_inspection_held_is_given_not_a_goal(text, want, settings):
    """'achieve a judgment of Good in its latest full inspection' gives the grade (was said
    as a goal, not_checkable, so a wrong grade went unflagged); a grade for the next
    inspection, one to come ('later this year', 'due shortly', ', which will take place')
    or one not said to be held ('at the inspection') stays a goal. Only words right after
    'inspection' put it ahead: not a cause ('due to the dedication of its staff') nor a
    further clause ('and will keep improving', ', and next year plans')."""
    assert checked(text, settings) == want
