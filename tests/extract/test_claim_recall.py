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
    assert kinds(text) == [("opinion", "The council hired new staff in May.")]  # its own


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


def kinds_and_roles(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.kind, c.text, c.attribution and c.attribution.role) for c in claims(text)]


def test_a_reporting_verb_after_the_inspectors_makes_a_finding():
    for text in (
        "Ofsted commented that improvements were slow and erratic during 2013.",
        "The report is clear that the response is timely when children are at risk of harm.",
        "The inspectors also welcomed the council's efforts to place children locally.",
    ):
        assert kinds_and_roles(text) == [("finding", text, "inspectors")], text
    after = "However it also pointed out that there have been several directors since 2020."
    found = kinds_and_roles(f"The report praised the new leadership team. {after}")
    assert found[-1] == ("finding", after, "inspectors")


def test_a_pronoun_after_an_opening_phrase_carries_the_inspectors_on():
    text = (
        "Inspectors acknowledged that leaders have a good understanding of the service.\n"
        "As a result, they found that too many children waited too long for support."
    )
    assert ("finding", text.split("\n")[1], "inspectors") in kinds_and_roles(text)


def test_the_inspectors_carry_on_past_their_list_of_grades():
    text = (
        "The outcome of the inspection is that Ofsted rated services as:\n"
        "• Overall effectiveness – Inadequate\n"
        "They have listed 11 areas of improvement including caseloads and supervision."
    )
    listed = "They have listed 11 areas of improvement including caseloads and supervision."
    assert ("finding", listed, "inspectors") in kinds_and_roles(text)


def test_the_release_carries_on_the_inspectors_findings_in_its_own_voice():
    text = (
        "The report found that families can access a good range of early support. "
        "Social workers build good relationships with the children they work with."
    )
    own = "Social workers build good relationships with the children they work with."
    assert ("finding", own, "inspectors") in kinds_and_roles(text)


def test_only_a_statement_right_after_the_inspectors_carries_their_findings_on():
    after_the_council = (
        "The council hired twenty social workers in the spring. "
        "Social workers build good relationships with the children they work with."
    )
    assert [k for k, _ in kinds(after_the_council)] == ["opinion"]  # the council's own
    not_a_finding = (
        "The report found that families can access a good range of early support. "
        "The council appointed Eleanor Brazil as its new director of children's services. "
        "A new improvement board will be chaired by an independent chair."
    )
    # the council's own, and its plan told in the future (``plans_ahead``): a claim left
    # not_checkable, not dropped
    assert [k for k, _ in kinds(not_a_finding)] == ["finding", "opinion", "opinion"]


def test_beyond_the_next_paragraph_the_release_speaks_for_itself_and_keeps_its_claims():
    """The release's own words carry the inspectors' on into the next paragraph, but a
    sentence carrying them is no new word of theirs: it does not renew the carry (each
    did, and every later line of a release became the inspectors' finding, its quotations
    theirs). What lies beyond is still the claim it was, in the release's own voice."""
    text = (
        "The report found that families can access a good range of early support.\n\n"
        "Social workers build good relationships with the children they work with.\n\n"
        "Managers visit every team each week and check the work of new staff.\n\n"
        "Its strategy promises “a safe home nearby for every child in the county” by 2028."
    )
    found = kinds_and_roles(text)
    carried = "Social workers build good relationships with the children they work with."
    own = "Managers visit every team each week and check the work of new staff."
    assert ("finding", carried, "inspectors") in found
    assert ("finding", own, None) in found
    strategy = "a safe home nearby for every child in the county"
    assert quote_roles(text) == [(strategy, "unattributed")]


def test_a_paragraph_of_the_councils_own_doings_ends_the_carry_but_keeps_its_claims():
    """After a paragraph of the inspectors' findings, the next paragraph with the council
    or its area as subject is the release's own news: neither it nor what follows in its
    paragraph is the inspectors', yet each is the claim it was."""
    text = (
        "Inspectors found that leaders know their services well.\n\n"
        "The council has since recruited 40 permanent social workers to its teams. "
        "Caseloads in every team have fallen below 18 children per worker."
    )
    own = [(kind, role) for kind, words, role in kinds_and_roles(text) if "Inspectors" not in words]
    assert own == [("finding", None), ("finding", None)]


def test_the_carry_runs_through_a_list_and_is_renewed_by_telling_of_the_report():
    """A list after the inspectors' words is one step on from them, however many items
    it holds, and a sentence with their report as its subject ('The report is full of
    praise ...') tells what they said: their voice reaches on from it."""
    text = (
        "Inspectors also wrote that the council had “the lowest caseloads in the region”.\n"
        "- Leadership: “Leaders use performance information well to improve practice.”\n"
        "- Partnerships: “Mature partnerships” help the council respond to needs.\n\n"
        "The report is full of praise for the council's work with care leavers.\n\n"
        "“Care leavers feel genuinely heard and valued through the forum.”"
    )
    roles = dict(quote_roles(text))
    assert roles["Mature partnerships"] == "inspectors"
    assert roles["Care leavers feel genuinely heard and valued through the forum."] == "inspectors"


def test_a_cut_sentence_ending_the_text_still_carries_the_findings_on():
    text = (
        "Inspectors found that leaders know their services well. "
        "A lack of foster carers and suitable placements and the quality of evidence were also"
    )
    assert [k for k, _ in kinds(text)] == ["finding", "finding"]


def test_an_officials_reported_speech_is_their_opinion():
    found = kinds_and_roles(
        "Deputy mayor Sarah Russell said the council had taken a number of issues up with Ofsted."
        "\nThe council also said it had reduced caseloads for each worker."
        "\nThe council was working with taxi firms to help spot exploitation, Mr Hackett said."
    )
    assert [(kind, role) for kind, _, role in found] == [
        ("opinion", "council"),
        ("opinion", "council"),
        ("opinion", "other"),
    ]


def test_a_passive_told_is_not_a_speaker():
    text = "Bradford Council was told it would be stripped of control of its services last year."
    (claim,) = claims(text)  # the council's own news, unchecked: no one is named speaking
    assert claim.kind == "opinion" and claim.attribution.speaker is None


def test_what_the_inspectors_did_is_an_inspection_fact():
    text = (
        "The inspection was undertaken by a team of six inspectors. "
        "The inspectors focussed on reviewing direct work with children in care. "
        "They interviewed staff from the council and a number of partner agencies."
    )
    assert [k for k, _ in kinds(text)] == ["inspection_fact"] * 3
    assert kinds("Ofsted will return to the council for a full inspection next year.") == []


def test_what_the_inspectors_found_with_no_fact_of_the_visit_is_a_finding():
    """In the inspectors' voice with no reporting verb, no work of the visit, no date and
    no look back: the report's account of what they found (session 22, findings22: an
    inspection fact with nothing to compare, not_checkable)."""
    text = (
        "Inspectors blamed years of upheaval at the top of the service. "
        "Inspectors also point to the innovative early help that families now receive."
    )
    assert [k for k, _ in kinds(text)] == ["finding"] * 2
    looking_back = "Since then, inspectors have made regular checks on the services."
    assert [k for k, _ in kinds(looking_back)] == ["inspection_fact"]


def test_an_inspection_with_its_month_is_an_inspection_fact():
    [fact] = claims("This follows an inspection by Ofsted in September.")
    assert (fact.kind, fact.values.months) == ("inspection_fact", [9])
    other_event = "When its inspection report was discussed by a committee in March, they agreed."
    assert kinds(other_event) == []


def test_a_long_sentence_ending_in_a_colon_makes_its_own_claim_a_short_one_none():
    rating = (
        "The Good rating, following the inspection which took place 12-16 January 2026, "
        "applies across all of these areas:"
    )
    assert [k for k, _ in kinds(rating)] == ["rating"]
    for intro in (
        "Inspectors said:",
        "Councillor Jane Smith, cabinet member for children's services, said:",
    ):
        assert kinds(intro) == [], intro


def test_a_source_named_at_the_end_makes_a_finding():
    text = (
        "This strategy is now the first choice for young people leaving care, with planning "
        "starting at 16, the report states."
    )
    assert kinds_and_roles(text) == [("finding", text, "inspectors")]


def test_an_inspector_named_again_by_surname_keeps_the_role():
    text = (
        "Lead inspector Matt Reed said in his report that there is “significant variation” "
        "in practice. Mr Reed said that some children stayed too long in neglect due to "
        "“over-optimism” about families."
    )
    quotes = [(c.text, c.attribution.role) for c in claims(text) if c.kind == "quote"]
    assert quotes == [("significant variation", "inspectors"), ("over-optimism", "inspectors")]


def test_the_council_as_subject_after_the_inspectors_is_the_councils_statement():
    text = (
        "Inspectors found that leaders know their services well. "
        "The leadership of the council has accepted the findings and assures residents that "
        "every recommendation is being acted on."
    )
    assert kinds_and_roles(text)[-1][::2] == ("opinion", "council")
    clause = (
        "Inspectors found that leaders know their services well. "
        "Although the council has several pilots to address this, they do not yet include "
        "the full range of agencies."
    )
    assert kinds_and_roles(clause)[-1][::2] == ("finding", "inspectors")


def test_an_officials_speech_holding_their_quotation_stays_theirs():
    text = (
        "The deputy mayor said the process had been “extremely difficult” and good practice "
        "had not been recognised by inspectors."
    )
    [sentence] = [c for c in claims(text) if c.kind != "quote"]
    assert sentence.attribution.role == "council"


def quote_roles(text: str) -> list[tuple[str, str]]:
    return [(c.text, c.attribution.role) for c in claims(text) if c.kind == "quote"]


def test_an_unattributed_quotation_in_the_inspectors_voice_is_theirs():
    text = (
        "Ofsted highlighted the creative work of social workers.\n"
        "Services for care leavers have ‘significantly improved’ since the last inspection."
    )
    assert quote_roles(text) == [("significantly improved", "inspectors")]


def test_a_quotation_in_the_first_person_a_quoted_name_or_an_opinion_is_not_theirs():
    text = (
        "Inspectors found that leaders know their services well. "
        "Children’s services remain “our top priority” across the city.\n"
        "Inspectors found that leaders know their services well. "
        "Meanwhile, the ‘It’s not OK’ campaign, run by the board, was also praised by Ofsted.\n"
        "Inspectors found that leaders know their services well. "
        "With a ‘relentless focus’ on children, the team is a vital lifeline for the city."
    )
    assert [role for _, role in quote_roles(text)] == ["unattributed"] * 3


def test_an_opinion_word_in_the_inspectors_own_sentence_does_not_stop_them():
    text = (
        "The inspectors credited senior leaders with a strong commitment to children.\n"
        "They also recognised the council's ambition to provide outstanding services."
    )
    assert kinds_and_roles(text)[-1] == ("finding", text.split("\n")[1], "inspectors")


def test_local_news_told_in_the_future_is_no_council_plan():
    """A future clause with nothing of children's services is the release's local news, no
    claim (stress_speed20: 'The seafront illuminations will be switched on ...' was read
    as the council's plan once recall21 read future clauses); a plan for children stays."""
    from verify.extract.claims.kind import _councils_own

    assert not _councils_own("The seafront illuminations will be switched on again next week.")
    assert _councils_own("Every child in care will be offered a free leisure pass from September.")


def test_what_the_inspectors_did_between_their_findings_ends_no_carry():
    """What the inspectors did, told after their findings ('Inspectors visited the city in
    late November.'), ends no telling of them: the release's next statement still carries
    those findings on (stress_facts10: 'Last year's inspection was the first full
    inspection of the city since 2017', after a visit's months, was no claim once the
    visit's sentence was read as the inspection fact it is). What they did alone begins
    no carry (recall: a finding before is needed)."""
    visit = "Inspectors visited the city in late November and early December."
    told = "Caseloads in the assessment teams are manageable."
    after_findings = (
        "The report found that families can access a good range of early support.\n\n"
        f"{visit}\n\n{told}"
    )
    assert ("finding", told, "inspectors") in kinds_and_roles(after_findings)
    assert ("inspection_fact", visit) in kinds(after_findings)
    assert told not in [words for _, words in kinds(f"{visit}\n\n{told}")]
    after_an_opinion = (
        "The report found that families can access a good range of early support.\n\n"
        "Councillor Jo Reed said the council was proud of its staff.\n\n"
        f"{visit}\n\n{told}"
    )
    assert told not in [words for _, words in kinds(after_an_opinion)]
