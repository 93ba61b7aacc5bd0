"""Shapes the written set's tune half showed extraction leaving unread or giving the wrong
kind (lane extract24): a council's 'has accepted ... and says' read as the inspectors'
words; a grade told in a relative clause on the report a council takes a stance on; a
finding in the release's own words before an inspectors' quotation; an event the visit is
placed beside ('just weeks after ...'); a region by its short name ('in Yorkshire'). Every
sentence here is invented."""

from __future__ import annotations

import pytest
from extract_helpers import claims_after, kinds_after
from test_claim_recall import claims

from verify.types import Claim
from verify.words.councils import region_named
from verify.words.speakers import framed_speaker

AFTER_FINDING = "Inspectors found that leaders know their services well.\n\n"
OPENING = "Ofsted rated Barset's children's services good.\n\n"


def _own(sentence: str, before: str = AFTER_FINDING) -> list[Claim]:
    return claims_after(before, sentence)


def _kinds(sentence: str, before: str = AFTER_FINDING) -> list[tuple[str, str]]:
    return kinds_after(before, sentence)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Barset Borough Council has accepted the findings of an Ofsted inspection of its "
            "services and says work to address them has begun.",
            "Barset Borough Council",
        ),
        (
            "The county council has welcomed the Ofsted report on its fostering service and "
            "said it would act on every recommendation.",
            "The county council",
        ),
        (
            "Cllr Ahmed Khan, cabinet member for children, welcomed the report and said it "
            "showed real progress.",
            "Cllr Ahmed Khan, cabinet member for children",
        ),
        (
            "Councillor Fred Jones welcomed the report and said it showed real progress.",
            "Councillor Fred Jones",
        ),
        (
            "Cllr Emily Reed warmly welcomed the report and said it showed real progress.",
            "Cllr Emily Reed",
        ),
    ],
)
def test_a_second_predicate_of_saying_is_its_subjects(sentence, speaker):
    """'<subject> <predicate> and says ...': the subject both predicates share says it, not
    the words before 'says', which name Ofsted."""
    assert framed_speaker(sentence) == speaker
    (claim,) = _own(sentence)
    assert claim.kind == "opinion" and claim.attribution.role == "council"


def test_ofsted_doing_and_saying_is_still_the_inspectors():
    sentence = "Ofsted inspected the council's services in May and said leaders know them well."
    (claim,) = _own(sentence)
    assert claim.kind == "finding" and claim.attribution.role == "inspectors"


@pytest.mark.parametrize(
    "sentence",
    [
        "Barset Borough Council has accepted the findings of an Ofsted inspection which has "
        "rated its children's services inadequate, and has committed to improving quickly.",
        "The council has welcomed an Ofsted report that judged its children's services good.",
        "Cllr Ann Lee welcomed the report, which rated the council's services good.",
    ],
)
def test_a_grade_the_report_gave_beside_a_stance_is_a_rating(sentence):
    """The stance is the speaker's, but the relative clause telling what the report graded
    is the release's own account of it: a rating to check."""
    assert [k for k, _ in _kinds(sentence)] == ["rating"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Cllr Ann Lee said the report rated the council's services good.",
        "The council has welcomed the findings of the Ofsted report.",
        "The council has accepted that its services are inadequate.",
    ],
)
def test_what_a_speaker_says_or_accepts_stays_theirs(sentence):
    assert [k for k, _ in _kinds(sentence)] == ["opinion"]


def test_a_clause_of_its_own_before_the_inspectors_quotation_is_a_finding():
    sentence = (
        "Every child who goes missing is offered a return home interview, but inspectors "
        "noted that “only a few children take up the offer”."
    )
    assert _kinds(sentence) == [
        ("finding", "Every child who goes missing is offered a return home interview"),
        ("quote", "only a few children take up the offer"),
    ]


@pytest.mark.parametrize(
    ("sentence", "finding"),
    [
        (
            "It credited a new director, appointed in March 2021, and the “clear decision "
            "to invest in early help”.",
            "It credited a new director, appointed in March 2021",
        ),
        (
            "Inspectors found that the new leadership team, formed in the last year, “has a "
            "good grip on practice”.",
            "Inspectors found that the new leadership team, formed in the last year",
        ),
    ],
)
def test_what_a_dated_aside_tells_before_the_quotation_is_a_finding(sentence, finding):
    """The aside's date is its event's, not the visit's: the finding carries no month."""
    found = _own(sentence)
    assert [(c.kind, c.text) for c in found][0] == ("finding", finding)
    assert found[0].values.months == [] and found[0].values.dates == []
    assert found[1].kind == "quote"


@pytest.mark.parametrize(
    "sentence",
    [
        "Inspectors found that leaders “know their services well”.",
        "The report said social workers “know their children well and visit them often”.",
        "The council has opened two new homes this year, but inspectors said “more are needed”.",
        "We have opened two new homes this year, but inspectors said “more are needed”.",
        "Leaders, appointed by the council, are “ambitious for children”, inspectors said.",
    ],
)
def test_a_quotations_subject_frame_or_the_councils_doings_make_no_finding(sentence):
    assert [k for k, _ in _kinds(sentence)] == ["quote"]


@pytest.mark.parametrize(
    ("sentence", "fact", "event"),
    [
        (
            "Ofsted inspected the borough in December, just weeks after responsibility for "
            "children's social care passed to the new trust on 1 October.",
            "Ofsted inspected the borough in December",
            "just weeks after responsibility for children's social care passed to the new "
            "trust on 1 October",
        ),
        (
            "Inspectors visited in March, two months after the new director took up post in "
            "January.",
            "Inspectors visited in March",
            "two months after the new director took up post in January",
        ),
    ],
)
def test_an_event_the_visit_is_placed_beside_is_a_finding(sentence, fact, event):
    """The visit's dates are a fact; the event beside it, with its own date, is what the
    report tells of the council's history: a finding, its date not weighed as the visit's."""
    found = _own(sentence)
    assert [(c.kind, c.text) for c in found] == [("inspection_fact", fact), ("finding", event)]
    assert found[1].values.dates == [] and found[1].values.months == []


def test_the_visit_placed_beside_another_inspection_is_the_fact_alone():
    sentence = "Inspectors visited in March, a week after the inspection of the youth service."
    assert _kinds(sentence) == [("inspection_fact", "Inspectors visited in March")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The result places Barset among the strongest performers in Yorkshire.",
        "Barset is one of the best councils in Yorkshire and Humber.",
        "Barset is the top-rated council in the North-West.",
    ],
)
def test_a_rank_in_a_region_by_its_short_name_is_national(sentence):
    """'Yorkshire' is what releases call the Yorkshire and the Humber region."""
    assert _kinds(sentence, OPENING) == [("national", sentence)]


def test_a_county_named_after_the_region_places_nothing():
    sentence = "Barset is one of the best councils in North Yorkshire."
    assert region_named(sentence) is None
    assert region_named("the strongest in Yorkshire") == "Yorkshire and the Humber"
    assert region_named("across the north-west") == "North West"


@pytest.mark.parametrize(
    ("sentence", "finding"),
    [
        (
            "It adds that the director is highly visible and her vision “inspires staff to do "
            "their best”.",
            "It adds that the director is highly visible",
        ),
        (
            "For children in care, inspectors found that kinship care is prioritised and that "
            "a “strong strategy is helping more children live with family”.",
            "For children in care, inspectors found that kinship care is prioritised",
        ),
        (
            "Inspectors acknowledged that the council was working to address the needs of "
            "these young people, “but the pace of change has been too slow”.",
            "Inspectors acknowledged that the council was working to address the needs of "
            "these young people",
        ),
    ],
)
def test_a_clause_with_a_verb_past_the_frame_before_the_quotation_is_a_finding(sentence, finding):
    """The words before the quotation state something of their own past the verb of saying
    (joined to the quotation's subject by 'and', or ending at a comma before it)."""
    assert [(c.kind, c.text) for c in _own(sentence)][0] == ("finding", finding)


def test_a_verb_in_an_aside_before_the_frame_makes_no_finding():
    sentence = "The report, which was published today, says leaders “know their services well”."
    assert [k for k, _ in _kinds(sentence)] == ["quote"]


def test_an_ordinal_of_a_time_is_no_rank_among_councils():
    """'in their first year in the job ... in the region' ranks no council; 'the second
    council in the North West to be rated outstanding' does."""
    year = (
        "The regulator said the support given to social workers in their first year in the "
        "job was unique in the region."
    )
    assert _kinds(year) == [("finding", year)]
    rank = "Barset was the second council in the North West to be rated outstanding."
    assert _kinds(rank) == [("national", rank)]


TITLED = (
    "Barset's children's services were rated good overall by Ofsted in a report published "
    "today.\n\nThe council welcomed the report and said it showed years of hard work by staff "
    "across the council.\n\nENDS\n\nNotes to editors\nOfsted's judgements for Barset:\n"
    "Overall effectiveness: Good\n"
    "The impact of leaders on social work practice with children and families: Outstanding\n"
    "Media enquiries: press office\nAbout Barset: the council serves 300,000 residents.\n"
)


def test_the_judgements_listed_in_the_notes_are_ratings():
    """A judgement's printed title and its grade, however long the title, is a rating, in
    the notes at the foot too (they are read for what grades the council or dates the
    visit); the notes' other lines are the page's."""
    found = [(c.kind, c.text) for c in claims(TITLED)]
    assert found[2:] == [
        ("rating", "Overall effectiveness: Good"),
        (
            "rating",
            "The impact of leaders on social work practice with children and families: Outstanding",
        ),
    ]
    (leaders,) = [c for c in claims(TITLED) if "impact" in c.text]
    (grade,) = leaders.values.grades
    assert (grade.grade, grade.judgement) == ("outstanding", "impact_of_leaders")


def test_what_the_report_singled_out_in_passing_is_a_finding():
    sentence = (
        "Ofsted described the council's approach as “a model for others”, singling out its "
        "virtual school and “a mature learning culture”."
    )
    assert [k for k, _ in _kinds(sentence)] == ["quote", "finding", "quote"]
    assert _kinds(sentence)[1] == ("finding", "singling out its virtual school")
    short = "Inspectors described early help as “strong”, highlighting it."
    assert [k for k, _ in _kinds(short)] == ["quote"]
