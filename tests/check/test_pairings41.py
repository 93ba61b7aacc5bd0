"""Session 41: what drift48 and drift49 taught once read, each as the general mechanism
mended. A visit named at the edge of a release's opening; a limited subject under a
heading; a visit's length between a count and the phrase grading one area; a list's
introduction naming Ofsted; the year a 'step up' is from; an accented name; the lead
inspector framing a quotation; a verb's irregular past in a quotation; the release's own
words before a short quotation; two areas graded alike, or dated apart, against their
accounts; a clause opened by 'children'; a team of 'Ofsted inspectors'; 'for the second
time running' in a headline; a report that 'asks' or 'recommends'; the inspection team
led by a name; figures beside a quotation; the visit as a
point in time; figures told by the sentence after; a byline's 'Nov 25, 2017'. Every
sentence here is invented."""

from __future__ import annotations

from datetime import date

import pytest
from check_helpers import (
    check_finding_parts,
    check_text,
    claim_over,
    make_release,
    make_report,
)

from verify.check.quote.misleading import _subject_limited
from verify.extract import extract_claims
from verify.extract.values import parse_values
from verify.types import PreviousInspection
from verify.words.dates import dateline
from verify.words.stems import same_word

_LEAD = "Ashbury's children's services are rated good.\n\n"


def _claims(text: str):
    return extract_claims(make_release(text))


def test_a_visit_named_at_the_opening_s_edge_is_read_with_its_year(settings):
    """'Weaknesses ... had been flagged at a focused visit in 2022' straddling the opening's
    1,500th character (drift48): cut there, the visit lost its year, was taken for one after
    the report, and every finding of the release went unchecked."""
    said = "\n\nWeaknesses in supervision had been flagged at a focused visit in 2022."
    padding = ("Ofsted inspected Ashbury in March 2024. " * 40)[: 1485 - said.index("focused")]
    text = f"{padding}{said}\n\nInspectors found that the front door is effective."
    assert text.index("focused visit") + len("focused visit") < 1500 < text.index("2022")
    report = make_report(
        text="12. The front door is effective and children are safe.\n",
        inspection_start=date(2024, 3, 4),
        inspection_end=date(2024, 3, 15),
    )
    got = claim_over(check_text(text, report, [], settings), "front door is effective")
    assert got.verdict == "supported", got.explanation


@pytest.mark.parametrize(
    ("before", "limited"), [("Summary\n\n", True), ("Summary\n\nLeaders say that ", False)]
)
def test_a_heading_is_no_part_of_the_limited_subject_after_it(before, limited):
    """'Summary' on its own line, then 'The majority of children become looked after when
    it is in their best interests' (drift48): the heading was read into the sentence, so
    its limit was missed and the quotation cut from it passed as the whole."""
    report = f"{before}The majority of children become looked after when it is in their interests."
    quoted = "become looked after when it is in their interests"
    own = "Inspectors found that children in Ashbury “ ”."
    assert _subject_limited(report, report.index(quoted), quoted, own) is limited


def test_a_visit_s_length_between_a_count_and_an_area_s_grade_is_its_own_claim(settings):
    """'The council was judged outstanding in three of the four areas after a two-week
    inspection, with ... care leavers rated good' (drift48): cut at its absolute phrase only,
    the wrong length flagged the right count."""
    claims = _claims(
        "The council was judged outstanding in three of the four areas after a two-week "
        "inspection, with the experiences and progress of care leavers rated good."
    )
    assert [c.kind for c in claims] == ["rating", "inspection_fact", "rating"]
    assert claims[1].text == "after a two-week inspection"


def test_a_list_introduced_as_ofsted_s_findings_is_ofsted_s(settings):
    """'Among the strengths highlighted by inspectors:' then an item quoting the report
    (drift48): 'Among the strengths' was read as the speaker, so a changed word went
    unflagged as someone else's words."""
    claims = _claims(
        "Among the strengths highlighted by inspectors:\n"
        "- relationship-based practice “shines through children's records”"
    )
    (quote,) = [c for c in claims if c.kind == "quote"]
    assert quote.attribution.role == "inspectors"


def test_a_step_up_from_a_year_compares_with_that_year():
    """'It is a step up from 2018' (drift48): no year was read, so the last report was
    compared, not one of 2018, of which there was none."""
    assert parse_values("It is a step up from 2018.").previous_year == 2018


def test_an_accented_name_is_a_person_s():
    """'Lead inspector Máire Atherton said ...', then 'She said ...' (drift48): the name was
    read as none, the words given to 'inspector', and the pronoun after to no one."""
    claims = _claims(
        "Lead inspector Máire Atherton said a “strong leadership team has improved services”."
        "\n\nShe said the hub had built “highly effective working relationships”."
    )
    quotes = [c for c in claims if c.kind == "quote"]
    assert [q.attribution.speaker for q in quotes] == ["Lead inspector Máire Atherton"] * 2
    assert {q.attribution.role for q in quotes} == {"inspectors"}


def test_the_lead_inspector_framing_a_quotation_is_a_fact_of_its_own():
    """'Lead inspector Jo Park said a “...”', the quotation holding most of the sentence
    (drift48): the frame made no claim, so a wrong name went unchecked."""
    claims = _claims(
        "Lead inspector Jo Park said a “strong, stable and child-focused leadership team has "
        "continued to improve services for children and families in Ashbury, despite the "
        "challenges of COVID-19 and increasing demand”."
    )
    fact = next(c for c in claims if c.kind == "inspection_fact")
    assert fact.values.lead_inspector == "Jo Park"


@pytest.mark.parametrize(("said", "same"), [("shone", True), ("rose", True), ("shone", False)])
def test_an_irregular_past_is_the_same_word(said, same):
    """'shone through children's records' for the report's 'shines' (drift48): a tense
    changed, a minor variation, was read as a word changed and flagged misquoted."""
    printed = "shines" if said == "shone" else "rises"
    assert same_word(said, printed if same else "shapes") is same


def test_the_release_s_words_before_a_short_quotation_are_a_finding():
    """'Inspectors said a whistleblowing investigation had left partnership working
    “fragile”' (drift48): only the one quoted word was checked; the words before it say
    what the report found."""
    claims = _claims(
        "Inspectors said a whistleblowing investigation had left partnership working “fragile”."
    )
    assert [c.kind for c in claims] == ["finding", "quote"]


def test_a_quotation_finishing_its_frame_is_no_finding():
    """'Inspectors praised its “relentless focus” on children': the words beside the
    quotation frame it, and the quotation is the claim."""
    claims = _claims("Inspectors praised its “relentless focus” on children.")
    assert [c.kind for c in claims] == ["quote"]


_PROTECTION = (
    "The last inspection of the local authority’s arrangements for the protection of "
    "children was in June 2011. The local authority was judged to be adequate."
)
_IN_CARE = (
    "The last inspection of the local authority’s services for children looked after was in "
    "June 2011. The local authority was judged to be good."
)


def _accounts_report(in_care_year: int = 2011, in_care_grade: str = "good"):
    in_care = _IN_CARE.replace("2011", str(in_care_year)).replace("good", in_care_grade)
    text = f"{_PROTECTION}\n{in_care}"
    accounts = [
        PreviousInspection(
            text=said, year=year, kind="inspection", grade=grade, start=at, end=at + len(said)
        )
        for said, year, grade, at in (
            (_PROTECTION, 2011, "adequate", 0),
            (in_care, in_care_year, in_care_grade, len(_PROTECTION) + 1),
        )
    ]
    return make_report(
        text=text,
        table=[("overall_effectiveness", "good", "Overall effectiveness")],
        framework="sif",
        previous=accounts,
        inspection_start=date(2016, 11, 7),
        inspection_end=date(2016, 12, 1),
        published=date(2017, 2, 13),
    )


def _comparison(text: str, report, settings):
    from verify.check import check_claims

    release = make_release(text)
    claims = [c for c in extract_claims(release) if c.kind == "comparison"]
    return check_claims(release, claims, [report], [], settings, None).claims[0]


@pytest.mark.provisional
@pytest.mark.parametrize(
    ("grade", "expected"), [("good", "supported"), ("adequate", "contradicted")]
)
def test_each_area_graded_then_is_read_against_its_own_account(settings, grade, expected):
    """'At the last inspections, in 2011, child protection arrangements were judged adequate
    and services for children in care were also rated adequate' (drift49): matched with the
    protection account alone, the looked-after children's good was never read."""
    text = (
        "At the last inspections, in 2011, child protection arrangements were judged adequate "
        f"and services for children in care were also rated {grade}."
    )
    got = _comparison(text, _accounts_report(), settings)
    assert got.verdict == expected, got.explanation


def test_areas_dated_apart_are_each_read_against_their_year_s_account(settings):
    """'... safeguarding services were judged adequate in October 2012, and its services for
    looked after children adequate in October 2011' (drift49): read against the first
    year's account alone, which names no looked-after children, it was left not checkable."""
    text = (
        "Ashbury's safeguarding services were judged adequate in June 2011, and its services "
        "for looked after children adequate in June 2010."
    )
    report = _accounts_report(in_care_year=2010, in_care_grade="adequate")
    got = _comparison(text, report, settings)
    assert got.verdict == "supported", got.explanation


def test_children_open_a_clause_of_their_own():
    """'..., up 45 per cent on the previous year, and children waited an average of 450
    days' (drift49): 'children waited' was read as no clause, so the sentence could not be
    cut and the figure before it went unread."""
    from verify.words.clauses import has_any_verb

    assert has_any_verb("children waited an average of 450 days")


def test_a_team_of_ofsted_inspectors_is_counted():
    """'led by a team of eight Ofsted inspectors' (drift49): the inspectorate's name between
    was read as no count, and the team went unchecked."""
    assert parse_values("It was led by a team of eight Ofsted inspectors.").team_hmi == 8


def test_a_headline_grade_for_the_second_time_running_is_a_rating():
    """'Ofsted rates Scilly children's services good for second time running' (drift49):
    the headline made no claim."""
    (claim,) = _claims("Ofsted rates Ashbury children's services good for second time running")
    assert claim.kind == "rating"


@pytest.mark.parametrize("verb", ["asks the council to", "recommends that the council"])
def test_what_the_report_asks_of_the_council_is_its_finding(verb):
    """'The report asks the council to improve return home interviews ...' (drift49): read
    as the council's own plan, an opinion, and left unchecked."""
    (claim,) = _claims(f"The report {verb} improve return home interviews for children.")
    assert claim.kind == "finding"


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        (
            "The inspection team, led by Sam Reed, described the strategies as effective.",
            "Sam Reed",
        ),
    ],
    ids=["the-team-led-by"],
)
def test_the_lead_inspector_opening_a_finding_is_a_fact_of_its_own(sentence, lead):
    """'The inspection team, led by Neil Penswick, described ...' (drift28): the name went
    unchecked inside a finding; the frame is now the lead's fact and the rest the finding."""
    claims = _claims(sentence)
    fact = next(c for c in claims if c.kind == "inspection_fact")
    assert fact.values.lead_inspector == lead
    assert any(c.kind == "finding" for c in claims)


@pytest.mark.model
def test_figures_beside_a_quotation_are_read_on_their_own(settings):
    """'Vacancies have more than halved, from 25 per cent ... to 12 per cent, which the
    report said means children “can form ...”' (drift49): the quotation's sentence, not the
    one before it giving the figures, was read, and support withheld."""
    report = make_report(
        text=(
            "83. Staff retention has increased and vacancies have more than halved over time, "
            "from 25% of the workforce to 12% currently. This means that children can form "
            "secure and meaningful relationships with their allocated social worker.\n"
        )
    )
    text = (
        "Social work vacancies have more than halved, from 25 per cent of the workforce to 12 "
        "per cent, which the report said means children “can form secure and meaningful "
        "relationships with their allocated social worker”."
    )
    from verify.check import check_claims
    from verify.match import Encoder

    release = make_release(_LEAD + text)
    found = check_claims(
        release, extract_claims(release), [report], [], settings, Encoder(settings)
    )
    got = claim_over(found, "vacancies")
    assert got.verdict == "supported", got.explanation


def test_a_figure_given_at_the_time_of_the_inspection_is_a_finding():
    """'The number of children in care has fallen from 780 in March 2015 to 635 at the time
    of the inspection' (drift49): its month was read as the visit's, and the figure as an
    inspection fact with nothing to compare."""
    kinds = {
        c.kind
        for c in _claims(
            "Inspectors found that leaders know their services well. The number of children "
            "in care has fallen from 780 in March 2015 to 635 at the time of the inspection, "
            "and the share of care leavers in work has risen from 47 per cent to 60 per cent."
        )
    }
    assert kinds == {"finding"}


def test_a_figure_told_by_the_sentence_after_is_read(settings):
    """'Adoption orders were made for 44 children, up 45 per cent on the previous year'
    beside 'Adoption orders were made for 44 children. This is an increase of 38% on the
    previous year.' (drift49): the first sentence alone supported the wrong rise."""
    report = make_report(
        text=(
            "68. In 2023–2024, adoption orders were made for 44 children. This is an increase "
            "of 38% on the previous year.\n"
        )
    )
    text = "Adoption orders were made for 44 children in 2023-24, up 45 per cent on last year."
    (got,) = check_finding_parts(text, report, settings)
    assert got.verdict != "supported", got.explanation
    assert "38%" in got.explanation


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("By Tom Ash, Chief Reporter | Ashbury | Published: Nov 25, 2017", date(2017, 11, 25)),
        ("The News, Ashbury, 5 July 2023", date(2023, 7, 5)),
        ("Inspectors visited on Nov 25, 2017", None),
    ],
    ids=["byline", "masthead", "event"],
)
def test_a_byline_s_short_month_dates_the_release(line, day):
    """'By Tom Ashworth | Shropshire | Published: Nov 25, 2017' (drift49): its month-first
    date with a comma was read as none, and 'yesterday' went unchecked."""
    assert dateline(f"Ashbury praised\n\n{line}\n\nText.") == day
