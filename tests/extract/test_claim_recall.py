"""Claims a release states without the usual cues: table rows pasted as lines, findings
carried on by a pronoun or sourced at the end, lists under a findings heading, and
single quoted words (the conventions of ../shared/dev/README.md)."""

from __future__ import annotations

from verify.extract import extract_claims
from verify.types import Claim, Release


def claims(text: str) -> list[Claim]:
    return extract_claims(Release(source="t.txt", sha256="0" * 64, media_type="text", text=text))


def kinds(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in claims(text)]


def test_a_judgement_and_its_grade_on_a_line_is_a_rating():
    text = (
        "The judgements were:\n"
        "• Adoption performance – outstanding\n"
        "2.1 Leadership, management and governance: Requires improvement"
    )
    found = [c for c in claims(text) if c.kind == "rating"]
    assert [(g.grade, g.judgement) for c in found for g in c.values.grades] == [
        ("outstanding", "adoption"),
        ("requires_improvement", "impact_of_leaders"),
    ]


def test_a_sentence_ending_in_a_grade_word_is_not_a_table_row():
    text = "Caseloads fell in May. Morale among the staff is – good"
    assert kinds(text) == []


def test_a_pronoun_carries_the_inspectors_on_to_the_next_sentence():
    text = "Inspectors visited the council in May. They praised the stability of the workforce."
    assert ("finding", "They praised the stability of the workforce.") in kinds(text)


def test_a_pronoun_after_another_subject_is_not_the_inspectors():
    text = "The council hired new staff in May. They praised the stability of the workforce."
    assert kinds(text) == []


def test_a_source_at_the_end_makes_a_finding():
    assert kinds("Children’s services in Leeds are improving, says Ofsted") == [
        ("finding", "Children’s services in Leeds are improving, says Ofsted")
    ]


def test_a_list_under_a_findings_heading_holds_the_inspectors_findings():
    text = (
        "Other key findings include:\n"
        "• Care leavers are well supported by personal advisers\n"
        "Three strengths and a weakness from the report\n"
        "Strengths\n"
        "- Leaders know their services well\n"
        "Weaknesses\n"
        "- Some children wait too long for help"
    )
    found = [(c.kind, c.text, c.attribution and c.attribution.role) for c in claims(text)]
    assert found == [
        ("finding", "Care leavers are well supported by personal advisers", "inspectors"),
        ("finding", "Leaders know their services well", "inspectors"),
        ("finding", "Some children wait too long for help", "inspectors"),
    ]


def test_a_single_quoted_word_is_a_quote_with_its_speaker():
    text = "Inspectors found that the early help offer is ‘effective’, but rated it ‘Good’."
    quotes = [(c.text, c.attribution.role) for c in claims(text) if c.kind == "quote"]
    assert quotes == [("effective", "inspectors")]
