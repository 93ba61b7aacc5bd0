"""A flag placed on the clause it is about (``verify.check.clauses``).

A sentence stating two things was one claim, and its flag flagged both halves: the right
one beside the wrong one. Five of the seven wrong flags left on the read sets in session
31 were of this shape. When a sentence is flagged, each cut into two halves that state
something alone is checked; the first whose one half the report bears out and whose other
keeps the flag replaces it. Every sentence here is invented; each test's first case fails
on the code before (2c1ca31), where the whole sentence carried the flag, but the two
guards, which pass on both: a flag that needs the whole sentence stays on it, and a
sentence right throughout is never cut. Session 33's tests (a sentence left not checkable,
a half that reads as no claim, a comparison with no verb) fail in their first case on
cdb5071."""

from __future__ import annotations

from datetime import date

import pytest
from check_helpers import GOOD_ALL, check_text, claim_over, make_report

from verify.extract import extract_claims
from verify.extract.claims.halves import halves
from verify.types import FLAGS

OUTSTANDING_ALL = [(name, "outstanding", printed) for name, _, printed in GOOD_ALL]
RI_BUT_HELP = [
    ("impact_of_leaders", "requires_improvement", "Impact of leaders"),
    ("help_and_protection", "good", "Help and protection"),
    ("children_in_care", "requires_improvement", "Children in care"),
    ("overall_effectiveness", "requires_improvement", "Overall effectiveness"),
]


def _report(table, visit: tuple[date, date], published: date, sha: str):
    """Ashbury's report graded by ``table``, of a visit from ``visit[0]`` to ``visit[1]``."""
    start, end = visit
    return make_report(
        table=table, inspection_start=start, inspection_end=end, published=published, sha=sha
    )


TODAY = _report(OUTSTANDING_ALL, (date(2025, 5, 5), date(2025, 5, 16)), date(2025, 7, 4), "a" * 64)
EARLIER_GOOD = _report(GOOD_ALL, (date(2019, 6, 3), date(2019, 6, 14)), date(2019, 8, 2), "e" * 64)
EARLIER_OUTSTANDING = _report(
    OUTSTANDING_ALL, (date(2019, 6, 3), date(2019, 6, 14)), date(2019, 8, 2), "e" * 64
)
EARLIER_RI = _report(RI_BUT_HELP, (date(2019, 6, 3), date(2019, 6, 14)), date(2019, 8, 2), "e" * 64)
NOW_GOOD = _report(GOOD_ALL, (date(2025, 5, 5), date(2025, 5, 16)), date(2025, 7, 4), "a" * 64)


@pytest.mark.parametrize(
    ("earlier", "kept"),
    [(EARLIER_GOOD, "contradicted"), (EARLIER_OUTSTANDING, "supported")],
    ids=["held-otherwise", "held-so"],
)
def test_a_rating_and_what_it_keeps_are_judged_apart(settings, earlier, kept):
    """'rated outstanding in every area, keeping the outstanding overall rating it has held
    since 2019': today's grades are right, the grade held since 2019 is not (2019's report
    says good). The flag stands on 'keeping ...', and the rating is supported; where 2019
    was outstanding too, the sentence is supported whole."""
    text = (
        "Ashbury's children's services have been rated outstanding in every area by Ofsted, "
        "keeping the outstanding overall rating the council has held since 2019."
    )
    result = check_text(text, TODAY, [earlier], settings)
    assert claim_over(result, "keeping the outstanding").verdict == kept
    rated = claim_over(result, "rated outstanding in every area")
    assert rated.verdict == "supported", rated.explanation


def test_a_change_and_the_grade_it_was_from_are_judged_apart(settings):
    """'moved up a grade since its previous full inspection in the summer of 2019, when it
    was rated requires improvement in every area': the move is right, but in 2019 help and
    protection was good. The relative clause is timed by the clause it hangs on, so it is
    checked against 2019's report, and the move is supported."""
    text = (
        "The result means Ashbury has moved up a grade since its previous full inspection in "
        "the summer of 2019, when it was rated requires improvement to be good in every area."
    )
    result = check_text(text, NOW_GOOD, [EARLIER_RI], settings)
    when = claim_over(result, "when it was rated")
    assert when.verdict == "contradicted", when.explanation
    assert "when it was rated" not in claim_over(result, "moved up a grade").text
    assert claim_over(result, "moved up a grade").verdict == "supported"


def test_a_flag_needing_the_whole_sentence_stays_on_it(settings):
    """'..., which took place in 2017 and also found the service required improvement': the
    second predicate has no subject of its own, so it is no half to support; the flag on
    the wrong year stays on the whole sentence (a cut there once supported 'also found the
    service required improvement' as if of today)."""
    text = (
        "Ofsted praised the progress made since its last inspection, which took place in "
        "2017 and also found the service required improvement."
    )
    result = check_text(text, NOW_GOOD, [EARLIER_RI], settings)
    found = claim_over(result, "also found the service")
    assert found.verdict in FLAGS, found.explanation
    assert "2017" in found.text


def test_only_flagged_sentences_are_cut(settings):
    """A sentence whose every clause is right stays one claim: the cut is asked for only by
    a flag, as extraction keeps most sentences whole."""
    text = (
        "Ashbury's children's services have been rated good in every area by Ofsted, "
        "keeping the good overall rating the council has held since 2019."
    )
    result = check_text(text, NOW_GOOD, [EARLIER_GOOD], settings)
    whole = claim_over(result, "rated good in every area")
    assert "keeping the good" in whole.text and whole.verdict == "supported"


@pytest.mark.parametrize(
    ("sentence", "cuts"),
    [
        (
            "The council was rated good in every area, and leadership has moved up from good "
            "to outstanding.",
            [
                (
                    "The council was rated good in every area",
                    "leadership has moved up from good to outstanding",
                )
            ],
        ),
        ("Inspectors said the council was rated good and praised its leaders.", []),
    ],
    ids=["two-statements", "one-subject"],
)
def test_the_halves_are_clauses_that_state_something_alone(sentence, cuts):
    """``halves`` cuts where both sides state something of their own, never between two
    predicates of one subject, and keeps the claim's offsets into the release."""
    from check_helpers import make_release

    release = make_release(sentence)
    claim = next(c for c in extract_claims(release) if c.kind != "quote")
    got = [(one.text, two.text) for one, two, _ in halves(claim, release)]
    assert got == cuts
    for one, two, _ in halves(claim, release):
        assert release.text[one.start : one.end] == one.text
        assert release.text[two.start : two.end] == two.text


ADOPTION = (
    "1. Children wait an average of 400 days between entering care and moving in with "
    "their adoptive family.\n"
)


@pytest.mark.parametrize(
    ("rest", "cut"),
    [
        ("and Ashbury's adoption service is among the best performing in the region", True),
        ("which is among the best performing in the region", False),
    ],
    ids=["a-standing-beside", "a-clause-with-no-subject-of-its-own"],
)
def test_a_sentence_borne_out_in_part_is_cut_where_it_is(settings, rest, cut):
    """'Children wait an average of 400 days ..., and Ashbury's adoption service is among
    the best performing in the region': read whole as a vague standing, the sentence was
    not checkable, though the report prints its first half word for word. That half is now
    supported, the standing left not checkable. A relative clause hung on the first half
    ('which is among ...') states nothing alone, and the sentence stays whole."""
    text = (
        "Children wait an average of 400 days between entering care and moving in with "
        f"their adoptive family, {rest}."
    )
    result = check_text(text, make_report(text=ADOPTION), [], settings)
    waits = claim_over(result, "400 days")
    assert (waits.verdict == "supported" and rest not in waits.text) == cut, waits.explanation
    assert claim_over(result, "best performing").verdict == "not_checkable"


@pytest.mark.parametrize(
    ("earlier", "flagged"),
    [
        (EARLIER_RI, True),
        (
            _report(
                [(n, "inadequate", p) for n, _, p in GOOD_ALL],
                (date(2019, 6, 3), date(2019, 6, 14)),
                date(2019, 8, 2),
                "e" * 64,
            ),
            False,
        ),
    ],
    ids=["flag-beside-a-clause-read-as-no-claim", "no-flag"],
)
def test_a_flag_leaves_a_clause_that_reads_as_no_claim(settings, earlier, flagged):
    """'At the last full inspection, in June 2019, every area inspected was judged
    inadequate, and some social workers were responsible for as many as 55 children'
    (drift30): the grades are wrong of 2019's report, and the caseloads, which the check
    reads as no claim, were flagged with them. The flag stands on the grades; the
    caseloads are shown not checked. Right throughout, the sentence is not cut."""
    text = (
        "Ashbury's children's services are now rated good in every area.\n\n"
        "At the last full inspection, in June 2019, every area inspected was judged "
        "inadequate, and some social workers were responsible for as many as 55 children."
    )
    result = check_text(text, NOW_GOOD, [earlier], settings)
    grades, caseloads = claim_over(result, "every area inspected"), claim_over(result, "55")
    assert (grades.verdict in FLAGS) == flagged, grades.explanation
    assert (caseloads.verdict == "not_checkable" and caseloads is not grades) == flagged
    assert caseloads.verdict not in FLAGS


def test_a_sentence_left_not_checkable_is_cut_where_each_half_is_borne_out(settings):
    """'Social work vacancies have more than halved, from 25 per cent of the workforce to 12
    per cent, and care proceedings now take an average of 27 weeks' (drift33): read whole,
    its figures are not all in any one passage; each half is in one of its own, and is
    supported. The second half's verb, 'now take', is read though the clause grammar
    reads no finite verb there."""
    report = make_report(
        text=(
            "1. The local authority monitors the timeliness of care proceedings closely: care "
            "proceedings now take an average of 27 weeks.\n"
            "2. Staff retention has increased and vacancies have more than halved over time, "
            "from 25 per cent of the workforce to 12 per cent.\n"
        )
    )
    text = (
        "Social work vacancies have more than halved, from 25 per cent of the workforce to "
        "12 per cent, and care proceedings now take an average of 27 weeks."
    )
    result = check_text(text, report, [], settings)
    assert claim_over(result, "27 weeks").verdict == "supported", [
        (c.text, c.verdict, c.explanation) for c in result.claims
    ]
    assert claim_over(result, "halved").verdict == "supported"


@pytest.mark.parametrize(
    ("average", "flagged"), [(40, True), (35, False)], ids=["wrong-average", "right-average"]
)
def test_a_comparison_set_beside_a_figure_takes_its_own_flag(settings, average, flagged):
    """'Care proceedings, which took an average of 66 weeks ..., now take 29 weeks, quicker
    than the 40-week average for similar councils' (drift34): the report says 35 weeks, so
    the comparison is wrong and the figures right; the flag stood on the whole sentence.
    A comparison set beside its clause with no verb ('quicker than ...') is cut off, and
    the predicate resumed after the relative clause ('..., now take') read as a verb."""
    report = make_report(
        text=(
            "1. Care proceedings, which took an average of 66 weeks between April 2014 and "
            "March 2015, now average 29 weeks, quicker than the 35 week average for similar "
            "councils.\n"
        )
    )
    text = (
        "Care proceedings, which took an average of 66 weeks between April 2014 and March "
        f"2015, now take 29 weeks, quicker than the {average}-week average for similar councils."
    )
    result = check_text(text, report, [], settings)
    figures, compared = claim_over(result, "66 weeks"), claim_over(result, "average for")
    assert (compared.verdict in FLAGS) == flagged, compared.explanation
    assert figures.verdict not in FLAGS, figures.explanation
