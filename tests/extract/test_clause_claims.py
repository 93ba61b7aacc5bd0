"""One claim per checkable statement: a sentence joining clauses of different kinds makes a
claim of each, when each is checkable alone; and each grade carries where the claim prints
it. Sentences invented, in the style of the seed releases."""

from __future__ import annotations

from verify.extract import extract_claims
from verify.types import Claim, Release


def _claims(text: str) -> list[Claim]:
    release = Release(source="r.txt", sha256="d" * 64, media_type="text", text=text)
    return [c for c in extract_claims(release) if c.kind != "quote"]


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in _claims(text)]


def test_a_rating_and_a_national_claim_joined_by_a_dash_are_two_claims():
    text = (
        "Ashbury Council’s children’s services have been rated ‘good’ by Ofsted – making "
        "it one of the top performing councils in the country."
    )
    assert _kinds(text) == [
        ("rating", "Ashbury Council’s children’s services have been rated ‘good’ by Ofsted"),
        ("national", "making it one of the top performing councils in the country"),
    ]


def test_a_clause_whose_subject_is_in_the_other_keeps_the_sentence_whole():
    relative = (
        "The inspection also looked at the work of the safeguarding partnership, which "
        "was graded as ‘outstanding’ for its joint working."
    )
    assert len(_claims(relative)) == 1
    elliptic = (
        "More than 70 per cent have been rated inadequate or requiring improvement, with "
        "Ashbury Council being one of only four in the north west to be judged good."
    )
    assert len(_claims(elliptic)) == 1


def test_two_findings_each_with_its_subject_are_two_claims():
    text = (
        "Inspectors found that leaders have a clear understanding of their services, while "
        "social workers were praised for their direct work with children."
    )
    assert _kinds(text) == [
        ("finding", "Inspectors found that leaders have a clear understanding of their services"),
        ("finding", "while social workers were praised for their direct work with children"),
    ]


def test_a_second_that_clause_of_the_reporting_verb_is_a_finding_of_its_own():
    """'The report said that A, and that B' tells two findings (paraphrase17): B, checked
    alone, no longer rides on A's support ('children are always seen alone' was supported
    by 'assessments are thorough')."""
    text = (
        "The report said that social workers' assessments are thorough and child centred, "
        "and that children are always seen alone."
    )
    assert _kinds(text) == [
        (
            "finding",
            "The report said that social workers' assessments are thorough and child centred",
        ),
        ("finding", "that children are always seen alone"),
    ]


def test_a_that_clause_after_a_rating_keeps_the_sentence_whole():
    text = "Ofsted rated the council good, and that its leaders know their services well."
    assert len(_claims(text)) == 1


def test_a_second_predicate_without_its_own_subject_stays_in_the_claim():
    text = (
        "Inspectors found that leaders have a clear understanding of their services and "
        "have acted quickly to improve the quality of practice."
    )
    assert _kinds(text) == [("finding", text)]


def test_a_label_and_its_grade_are_no_two_statements():
    text = (
        "• The experiences and progress of children in care and care leavers – requires "
        "improvement to be good\n"
    )
    assert len(_claims(text)) <= 1


def test_each_grade_is_placed_where_the_claim_prints_it():
    text = "Ashbury was rated ‘good’ in 2018 and is now rated ‘outstanding’ by Ofsted."
    (claim,) = _claims(text)
    grades = claim.values.grades
    assert [claim.text[g.start : g.end].lower() for g in grades] == ["good", "outstanding"]
    # Each grade is timed by its own clause: the year belongs to 'good' only.
    assert grades[0].years_near == [2018] and grades[1].years_near == []


def test_a_grade_in_a_clause_split_off_is_placed_in_that_clause():
    text = "Following a two-week inspection in March, Ofsted rated Ashbury ‘good’ for care leavers."
    rating = next(c for c in _claims(text) if c.kind == "rating")
    (grade,) = rating.values.grades
    assert rating.text[grade.start : grade.end] == "good"


def test_a_table_row_s_grade_is_placed_in_the_row():
    text = (
        "Ofsted judged:\n\nThe experiences and progress of care leavers – Requires "
        "improvement to be good\n"
    )
    rating = next(c for c in _claims(text) if c.kind == "rating")
    (grade,) = rating.values.grades
    assert rating.text[grade.start : grade.end] == "Requires improvement to be good"


def test_a_dated_aside_about_the_subjects_past_is_a_comparison_of_its_own():
    text = (
        "Ashbury Council, previously criticised by inspectors over child deaths in 2007, "
        "has been rated good by Ofsted."
    )
    kinds = _kinds(text)
    assert kinds[0] == (
        "comparison",
        "previously criticised by inspectors over child deaths in 2007",
    )
    assert kinds[1][1] == "has been rated good by Ofsted"
    assert _claims(text)[0].values.previous_year == 2007


def test_an_aside_with_a_grade_or_a_judgement_for_subject_keeps_the_sentence_whole():
    for text in (
        "Children in care services, rated good in 2023, are now outstanding.",
        "Help and protection, criticised in 2019 for delay, is now rated good.",
        "Published 3 March 2026. The council, inspected in January 2026, has been rated good.",
        # noticed23: the subject's grade was in neither claim
        "The previous judgement of requires improvement, given in 2019, is now a good rating.",
    ):
        assert len(_claims(text)) == 1, text


def test_an_absolute_phrase_after_a_comparison_tells_the_earlier_inspection():
    """'with children in care rated good' hung on a clause about the last inspection is
    that inspection's grade (a comparison), not a rating of today's."""
    text = (
        "Ashbury Council – 28 July 2026\n\nAt its last inspection, in December 2022, Ashbury "
        "was judged requires improvement to be good overall, with children in care rated good."
    )
    claims = _claims(text)
    assert [c.kind for c in claims] == ["comparison", "comparison"]
    hung = claims[-1]
    assert hung.text == "with children in care rated good"
    assert (hung.values.previous_grade, hung.values.previous_year) == ("good", 2022)


def test_an_absolute_phrase_after_a_kept_rating_tells_today():
    """'with care for looked-after children judged outstanding' hung on a clause that only
    says today's grade was kept tells today's grade: a rating, not the earlier inspection's
    (which gave children in care another grade)."""
    text = (
        "Ashbury Council – 28 July 2026\n\nAshbury Council's children's services have kept "
        "their good rating from Ofsted, with care for looked-after children judged outstanding."
    )
    hung = _claims(text)[-1]
    assert hung.text == "with care for looked-after children judged outstanding"
    assert hung.kind == "rating"
    assert [(m.grade, m.judgement) for m in hung.values.grades] == [
        ("outstanding", "looked_after_and_permanence")
    ]
    assert hung.values.previous_grade is None


def test_a_rating_with_a_move_hung_on_it_is_a_rating_and_a_comparison():
    """'rated good by Ofsted, moving up two grades since ... 2017, when the service was
    rated inadequate': today's grade and the move from an earlier one are two claims, each
    checked on its own (history24: one comparison, flagged for its earlier grade, took the
    true rating with it). A participle of no move ('moving forward with new leaders'), or
    one hung on a change rather than a rating, keeps the sentence whole."""
    text = (
        "Children's services in Ashbury have been rated good by Ofsted, moving up two grades "
        "since the watchdog's last inspection in 2017, when the service was rated inadequate."
    )
    assert [k for k, _ in _kinds(text)] == ["rating", "comparison"]
    rating, change = _claims(text)
    assert rating.text.endswith("rated good by Ofsted")
    assert change.text.startswith("moving up two grades")
    assert (change.values.previous_grade, change.values.grade_steps) == ("inadequate", 2)
    up_from = "The council has been rated good, moving up from requires improvement in 2019."
    assert [k for k, _ in _kinds(up_from)] == ["rating", "comparison"]
    for whole in (
        "Services were rated good, moving forward with new leaders.",
        "Ashbury has improved since 2019, moving up a grade.",
    ):
        assert len(_claims(whole)) == 1, whole
