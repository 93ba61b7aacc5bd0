"""Session 42: what drift50 and drift51 taught once read, each as the general mechanism
mended. A sentence's own predicate after an aside, ending on a verb of judging; 'years
after the watchdog found'; a claim joining two sentences of one paragraph; a part of the
work done for children a judgement names; 'her team' for the inspectors; a month the
report dates otherwise; 'adoption timescales'; a sentence whose two halves are each
borne out; a limit in another quotation of the sentence; the report's publication before
its inspectors' words; an account graded in the sentence after it, capitalised. Every
sentence here is invented."""

from __future__ import annotations

from datetime import date

import pytest
from check_helpers import check_finding_parts, check_text, claim_over, make_release, make_report

from verify.check.finding.scope import only_criticised
from verify.check.history.runs import _printed_steps
from verify.extract import extract_claims
from verify.extract.values import parse_values
from verify.report.metadata import previous_inspections
from verify.types import PreviousInspection


def _claims(text: str):
    return extract_claims(make_release(text))


def test_a_predicate_after_an_aside_ending_on_a_verb_of_judging_names_no_speaker():
    """'The Ofsted report, published yesterday, found the council inadequate in four of the
    five areas judged.' (drift50): 'found the council ... areas' was read as the speaker
    of 'judged', the grades an official's opinion, unchecked."""
    claims = _claims(
        "The Ofsted report, published yesterday, found the council inadequate in four of the "
        "five areas judged."
    )
    assert "opinion" not in [c.kind for c in claims]
    assert "rating" in [c.kind for c in claims]


def test_a_person_named_at_the_end_still_speaks():
    claims = _claims("The service has turned a corner, the council's leader Ann Lee said.")
    assert [c.kind for c in claims] == ["opinion"]


_EARLIER = (
    "There are widespread and serious failures in the recognition of risk for children in "
    "need of help and protection."
)


@pytest.mark.parametrize(
    ("frame", "verdict"),
    [
        ("four years after the watchdog found", "supported"),
        ("and inspectors found", "misattributed"),
    ],
)
def test_years_after_the_watchdog_found_dates_a_quotation_to_the_earlier_report(
    settings, frame, verdict
):
    """'..., four years after the watchdog found “widespread and serious failures”'
    (drift50): 'years after' dated the words only before 'inspectors', 'Ofsted' or a report,
    so they were looked for in today's report and called misattributed."""
    report = make_report(
        text="12. Children in care now receive a good service.\n",
        inspection_start=date(2023, 11, 14),
        inspection_end=date(2023, 11, 25),
        published=date(2024, 1, 13),
    )
    earlier = make_report(
        text=f"1. {_EARLIER}\n",
        sha="b" * 64,
        inspection_start=date(2019, 1, 14),
        inspection_end=date(2019, 1, 25),
        published=date(2019, 3, 20),
    )
    text = (
        "Ashbury's services for children in care are now good, Ofsted has said, "
        f"{frame} “widespread and serious failures in the recognition of risk”."
    )
    checked = check_text(text, report, [earlier], settings).claims
    got = next(c for c in checked if c.kind == "quote")
    assert got.verdict == verdict, got.explanation


_PARAGRAPH = (
    "125. The local authority has responsibility for 847 care leavers. Of these, 546 are "
    "allocated to personal advisers. As a corporate parent, the local authority has failed "
    "to assure itself that a total of 467 of its care leavers are safe.\n"
    "126. Only 37% of care leavers are in education, employment or training.\n"
)


@pytest.mark.parametrize(
    ("claimed", "verdict"),
    [("467 of its 847 care leavers", "supported"), ("467 of its 902 care leavers", None)],
)
def test_a_figure_the_rest_of_the_paragraph_prints_is_the_report_s(settings, claimed, verdict):
    """'failed to assure itself that 467 of its 847 care leavers were safe' (drift50): the
    sentence saying it gives the 467, the paragraph's first the 847; read sentence by
    sentence, the 847 was 'other figures' and support withheld. A figure no sentence of
    the paragraph prints is still not borne out."""
    text = f"Inspectors said the council had failed to assure itself that {claimed} were safe."
    (got,) = check_finding_parts(text, _PARAGRAPH, settings)
    if verdict:
        assert got.verdict == verdict, got.explanation
    else:
        assert got.verdict != "supported", got.explanation


@pytest.mark.parametrize(
    ("sentence", "grades"),
    [
        # A part of the work done for the children the judgement names: no grade.
        ("Inspectors said placement stability for children in care is good.", []),
        ("Inspectors said the stability of homes for care leavers is good.", []),
        # The services for them, or a graded head: the judgement's grade.
        ("Ofsted rates Ashbury's services for children in care as good.", ["children_in_care"]),
        ("Support for care leavers is good.", ["care_leavers"]),
        ("They said the contribution of the adoption service is good.", ["adoption"]),
        # The timescales a published measure times ('adoption timescales', drift51).
        ("Ofsted said adoption timescales are good.", []),
        ("Ofsted said adoption is good.", ["adoption"]),
    ],
)
def test_a_part_of_the_work_for_its_children_or_a_measure_has_no_grade(sentence, grades):
    """'placement stability for children in care is good' (drift50) was children in care's
    grade, contradicted by the area's requires improvement; 'Ofsted said adoption timescales
    are good' (drift51), adoption's."""
    assert [g.judgement for g in parse_values(sentence).grades] == grades


def test_her_team_after_the_lead_inspector_is_the_inspectors():
    """'The inspection was led by Margaret Burke, one of His Majesty's Inspectors. Her team
    found that ...' (drift51): no claim was read from what the team found."""
    claims = _claims(
        "The inspection was led by Jane Hill, one of His Majesty's Inspectors. Her team found "
        "that almost all children who go missing now accept a return home interview."
    )
    found = [c for c in claims if c.kind == "finding"]
    assert found and found[0].text.startswith("Her team found")
    assert found[0].attribution.role == "inspectors"


_SLOUGH_LIKE = (
    "Services have not improved since the previous Ofsted inspection in May 2011, when "
    "safeguarding arrangements were judged inadequate and the looked after children's "
    "service was judged adequate."
)


@pytest.mark.parametrize(("claimed", "verdict"), [("May 2012", "contradicted"), ("May 2011", None)])
def test_a_month_the_report_dates_the_last_inspection_otherwise_is_contradicted(
    settings, claimed, verdict
):
    """'When Ofsted last inspected in May 2012, safeguarding arrangements were judged
    inadequate, ...' (drift51): no account of May 2012, so the claim was supported by the
    sentence that dates it May 2011, read by meaning."""
    account = PreviousInspection(
        text=_SLOUGH_LIKE, year=2011, kind="inspection", grade="inadequate", start=0, end=160
    )
    report = make_report(
        text=_SLOUGH_LIKE,
        table=[("overall_effectiveness", "inadequate", "Overall effectiveness")],
        framework="sif",
        previous=[account],
        inspection_start=date(2013, 11, 19),
        inspection_end=date(2013, 12, 11),
        published=date(2014, 2, 14),
    )
    text = (
        f"When Ofsted last inspected in {claimed}, safeguarding arrangements were judged "
        "inadequate."
    )
    got = claim_over(check_text(text, report, [], settings), "last inspected")
    if verdict:
        assert got.verdict == verdict, got.explanation
    else:
        assert got.verdict != "contradicted", got.explanation


def test_a_sentence_whose_halves_are_each_borne_out_is_supported_half_by_half(settings):
    """'80 per cent of children adopted were placed within 12 months ..., and there have
    been no adoption disruptions since April 2010' (drift51): the first half's passage,
    with no negation, left the whole not checkable; the second half reads as no claim
    alone, so it was never checked."""
    report = (
        "In the year to date, 80% of children adopted were placed within 12 months of the "
        "approval to place for adoption.\n"
        "Children are well prepared for adoption. There have been no adoption disruptions "
        "since April 2010.\n"
    )
    text = (
        "In the year to date, 80 per cent of children adopted were placed within 12 months of "
        "the approval to place for adoption, and there have been no adoption disruptions "
        "since April 2010."
    )
    got = check_finding_parts(text, report, settings)
    assert [c.verdict for c in got] == ["supported", "supported"], [c.explanation for c in got]


@pytest.mark.parametrize(
    ("rest", "held"), [(", with a “very small number” losing their adviser", True), ("", True)]
)
def test_a_limit_inside_another_quotation_is_not_the_release_s_own(settings, rest, held):
    """'pathway plans were “clear and ambitious”, ..., with a “very small number” losing
    their allocated personal adviser' (drift51): the other quotation's 'small number' was
    read as the release limiting the plans itself, so the report's dropped 'Most' passed."""
    report = make_report(
        text="37. Most pathway plans are clear and ambitious, but a few lack targets.\n"
    )
    text = f"Inspectors found pathway plans were “clear and ambitious”{rest}."
    got = claim_over(check_text(text, report, [], settings), "clear and ambitious")
    assert (got.held_back is not None) is held, got.explanation


def test_the_report_s_publication_before_its_inspectors_words_is_a_fact():
    """'In a report published today, inspectors said the council “…”' (drift50): the day
    was left in a finding of the frame's words."""
    claims = _claims(
        "In a report published today, inspectors said the council “leads effective services "
        "for children”."
    )
    assert [c.kind for c in claims] == ["inspection_fact", "quote"]
    assert claims[0].text == "published today"


@pytest.mark.parametrize("authority", ["The Local Authority", "The local authority"])
def test_an_account_graded_in_the_next_sentence_however_capitalised(authority):
    """'... was in December 2009. The Local Authority was judged to be good.' (Hillingdon's
    2014 report, drift51): the capitalised sentence was not read, the account had no grade,
    so the release's 'judged good' at that inspection was not checkable."""
    text = (
        "• The previous inspection of Ashbury’s services for looked after children was in "
        f"December 2009. {authority} was judged to be good.\n"
    )
    (account,) = previous_inspections(text)
    assert (account.year, account.grade) == (2009, "good")


@pytest.mark.parametrize(
    ("said", "verdict"),
    [
        ("There were some positives.", "supported"),
        ("But inspectors also found signs of progress.", "supported"),
        ("Inspectors highlighted a number of strengths.", "supported"),
    ],
)
def test_a_sentence_summing_up_the_report_s_tone_is_read_against_all_of_it(settings, said, verdict):
    """'There were some positives.', 'But inspectors also found signs of progress.',
    (drift50, drift51): no passage says them in so many words, so they were no claim or
    left not checkable; a report praising anything says them."""
    report = make_report(
        text=(
            "12. Leaders have improved the front door and the help families get is effective.\n"
            "13. Too many children wait too long for a permanent home.\n"
        )
    )
    got = claim_over(check_text(f"Ashbury is improving.\n\n{said}", report, [], settings), said)
    assert got.kind == "finding"
    assert got.verdict == verdict, got.explanation


def test_a_weakness_found_behind_did_is_a_bare_criticism():
    """'But the report did find weaknesses.' (drift51): the frame's 'did' kept it from the
    criticisms the report's list of what to improve bears out."""
    assert only_criticised("But the report did find weaknesses.")
    assert not only_criticised("But the report did find weaknesses in planning for care leavers.")


def test_an_account_grading_two_areas_gives_each_its_own_grade():
    """'..., when safeguarding arrangements were judged inadequate and the looked after
    children's service was judged adequate' (Slough's 2014 report): read as inadequate for
    looked-after children too, it disagreed with the account of that inspection alone
    (adequate), once that one's grade was read, and the year's grade was lost."""
    both = (
        "Services have not improved since the previous inspection in May 2011, when "
        "safeguarding arrangements were judged inadequate and the looked after children's "
        "service was judged adequate."
    )
    alone = (
        "The previous inspection of Ashbury’s services for looked after children was in May "
        "2011. The Local Authority was judged to be adequate."
    )
    accounts = [
        PreviousInspection(text=both, year=2011, grade="inadequate", start=0, end=len(both)),
        PreviousInspection(text=alone, year=2011, grade="adequate", start=0, end=len(alone)),
    ]
    report = make_report(text=f"{both}\n{alone}\n", previous=accounts)
    (step,) = _printed_steps(report, "looked_after_and_permanence")
    assert (step.year, step.grade) == (2011, "adequate")
