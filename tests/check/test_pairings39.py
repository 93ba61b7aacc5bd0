"""Session 39: what drift44 taught once read, each as the general mechanism mended. A
clause going on with the subject of one telling an earlier inspection; 'every area' said of
then beside today's grade; a change 'up, from' an earlier grade; the visit's dates after
'inspected children's services'; what people told inspectors; a clause told in the past set
against an earlier inspection; a quotation opening on a word its report window holds twice.
Every sentence here is invented."""

from __future__ import annotations

from datetime import date

import pytest
from check_helpers import check_text, claim_over, make_earlier_report, make_release, make_report

from verify.extract import extract_claims
from verify.extract.values import parse_values
from verify.match.lexical import word_diff
from verify.match.normalise import normalise

_LEAD = "Ashbury's children's services are rated good.\n\n"

_NOW = [
    ("impact_of_leaders", "good", "Impact of leaders"),
    ("help_and_protection", "requires_improvement", "Help and protection"),
    ("children_in_care", "requires_improvement", "Children in care"),
    ("overall_effectiveness", "requires_improvement", "Overall effectiveness"),
]


def _then(in_care: str = "requires_improvement"):
    """An ILACS report of an inspection in October and November 2021: inadequate overall,
    for leaders and for help and protection; children in care graded ``in_care``."""
    table = [
        ("impact_of_leaders", "inadequate", "Impact of leaders"),
        ("help_and_protection", "inadequate", "Help and protection"),
        ("children_in_care", in_care, "Children in care and care leavers"),
        ("overall_effectiveness", "inadequate", "Overall effectiveness"),
    ]
    return make_earlier_report(
        table, (date(2021, 10, 25), date(2021, 11, 5)), published=date(2021, 12, 17)
    )


def _checked(text: str, then=None, settings=None):
    return check_text(_LEAD + text, make_report(table=_NOW), [then or _then()], settings)


def test_a_clause_going_on_with_the_subject_of_an_earlier_inspection_is_of_it():
    """'Bury was last inspected in October and November 2021 and was rated inadequate
    overall' (drift44): the 'and' cut the time off, so the grade was read as today's. A
    clause with no subject of its own goes on with the one before, and its time; not one
    told in the present, nor one after a clause telling no earlier inspection."""
    then = parse_values(
        "Ashbury was last inspected in November 2021 and was rated inadequate.", 2025
    )
    assert [(m.time_cue, m.years_near) for m in then.grades] == [("earlier", [2021])]
    now = parse_values("Ashbury was last inspected in 2021 and is now rated good.", 2025)
    assert [m.time_cue for m in now.grades] == ["now"]
    visit = parse_values("Ashbury was inspected in June and was rated good.", 2025)
    assert [m.time_cue for m in visit.grades] == [None]


@pytest.mark.parametrize(
    ("then", "expected"), [("inadequate", "supported"), ("good", "contradicted")]
)
def test_the_grade_of_the_last_inspection_is_judged_against_its_report(settings, then, expected):
    """Against the 2021 report, inadequate overall: supported (was contradicted by
    today's 'requires improvement'), and a wrong grade of then is a flag."""
    text = f"Ashbury was last inspected in October and November 2021 and was rated {then} overall."
    got = claim_over(_checked(text, settings=settings), "last inspected")
    assert got.verdict == expected, got.explanation


@pytest.mark.parametrize(
    ("in_care", "expected"),
    [("requires_improvement", "contradicted"), ("inadequate", "supported")],
    ids=["one-area-better-then", "every-area-then"],
)
def test_every_area_said_of_then_beside_todays_grade_is_judged(settings, in_care, expected):
    """'They rated overall effectiveness as requires improvement to be good, a step up from
    2021, when every area of the service was judged inadequate' (drift44, planted: children
    in care required improvement then): only the overall grade was read, so the claim was
    supported. The 'every' of the clause hung on 2021 is said of that inspection's table."""
    text = (
        "They rated overall effectiveness as requires improvement to be good, a step up from "
        "2021, when every area of the service was judged inadequate."
    )
    got = claim_over(_checked(text, _then(in_care), settings), "step up")
    assert got.verdict == expected, got.explanation


def test_every_area_of_today_is_not_said_of_then(settings):
    """The 'all' in the clause of today's grade stays today's: 'rated requires improvement
    in all areas, up from inadequate in 2021' asks nothing of 2021's other areas."""
    text = "Ashbury was rated requires improvement overall, up from inadequate in 2021."
    got = claim_over(_checked(text, settings=settings), "up from")
    assert got.verdict == "supported", got.explanation


@pytest.mark.parametrize(
    ("said", "expected"), [("requires improvement", "contradicted"), ("inadequate", "supported")]
)
def test_a_change_up_from_after_a_comma_says_the_earlier_grade(settings, said, expected):
    """'Leadership has also moved up, from requires improvement in 2015 to good' (drift44,
    planted: leadership was good in 2015): the comma hid 'up from', so the earlier grade
    was read from two, and the flag held back. Said, it is a flag."""
    text = f"Leadership has also moved up, from {said} in 2021 to good."
    got = claim_over(_checked(text, settings=settings), "moved up")
    assert got.verdict == expected, got.explanation
    assert got.held_back is None


@pytest.mark.parametrize(
    ("days", "expected"), [("4 and 8", "supported"), ("11 and 15", "contradicted")]
)
def test_the_days_after_inspected_childrens_services_are_the_visits(settings, days, expected):
    """'Ofsted inspected children's services in Brighton & Hove between 9 and 20 July
    2018' (drift44): 'inspected children's' read as a visit to children, and the range's
    words put the dates out of reach of the verb, so nothing was compared."""
    text = (
        f"{_LEAD}Ofsted inspected children's services in Ashbury & Hove between {days} March 2024."
    )
    got = claim_over(check_text(text, make_report(), [], settings), "Ofsted inspected")
    assert got.verdict == expected, got.explanation


def test_what_people_told_inspectors_is_a_finding():
    """'Care leavers told inspectors they must accept their first housing offer or risk
    losing their priority status' (drift44): its 'priority' made it an opinion, left
    unchecked. What people told the inspection is the report's record; what they say to the
    release is theirs."""
    text = (
        f"{_LEAD}Care leavers told inspectors they must accept their first housing offer or "
        "risk losing their priority status.\n\nParents said they were delighted with the "
        "support."
    )
    kinds = {c.text.split()[0]: c.kind for c in extract_claims(make_release(text))}
    assert kinds["Care"] == "finding"
    assert kinds["Parents"] == "opinion"


@pytest.mark.parametrize(("verb", "earlier"), [("were rated", True), ("are now rated", False)])
def test_a_clause_told_in_the_past_against_an_earlier_inspection_is_of_it(verb, earlier):
    """'At the last full inspection in 2017 the council was good overall, but services for
    children looked after were rated requires improvement' (drift44): the second clause, a
    claim of its own, was read as today's grade and contradicted by today's table. Told in
    the past, it is of 2017; told in the present, of today."""
    text = (
        f"{_LEAD}At the last full inspection in 2017 the council was good overall, but "
        f"services for children looked after {verb} requires improvement."
    )
    claim = next(c for c in extract_claims(make_release(text)) if c.text.startswith("services"))
    assert (claim.values.previous_year == 2017) is earlier, claim.values


def test_a_quotation_opening_on_a_word_held_twice_is_diffed_from_the_later():
    """'children continued to wait too long' for the report's '... good individual work
    with children overall, children continue to wait too long' (drift44): the first
    'children' was matched, so 'overall children continue' became 'continued', a
    misquotation. From the second, only the inflection differs."""
    report = normalise(
        "work with children overall, children continue to wait too long to be adopted"
    )
    said = normalise("children continued to wait too long to be adopted")
    diff, _, _ = word_diff(list(report.tokens), list(said.tokens))
    assert [(d.report, d.release) for d in diff if d.op != "equal"] == [("continue", "continued")]


def test_the_quotation_is_a_minor_variation(settings):
    """Checked against the report, the quotation is the inflection the conventions allow."""
    report = make_report(
        text="12. Although there is good individual work with children overall, children "
        "continue to wait too long to be adopted.\n"
    )
    text = f"{_LEAD}Inspectors warned that “children continued to wait too long to be adopted”."
    got = claim_over(check_text(text, report, [], settings), "children continued")
    assert got.verdict == "minor_variation", got.explanation
