"""Who each quotation is attributed to, pattern by pattern."""

from __future__ import annotations

import pytest

from verify.extract import extract_claims
from verify.types import Release


def release(text: str) -> Release:
    return Release(source="t.txt", sha256="0" * 64, media_type="text", text=text)


def quotes(text: str) -> list[tuple[str, str | None, str]]:
    """(quoted words, speaker, role) for every quotation in ``text``."""
    return [
        (c.text, c.attribution.speaker, c.attribution.role)
        for c in extract_claims(release(text))
        if c.kind == "quote"
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            "Mayor Paul Dennett said: “We are proud of every one of our staff.”",
            "Mayor Paul Dennett",
            "council",
        ),
        ("“We are proud of every one of our staff,” said Cllr Ann Lee.", "Cllr Ann Lee", "council"),
        (
            "Karen Bradshaw, director of children’s services, said: “This is fantastic news.”",
            "Karen Bradshaw, director of children’s services",
            "council",
        ),
        (
            "Ivan Powell, independent chair of the safeguarding board, said: “It was thorough.”",
            "Ivan Powell, independent chair of the safeguarding board",
            "other",
        ),
        ("“Children are seen regularly and alone,” the report states.", "the report", "inspectors"),
        ("“Children are seen regularly and alone,” the report adds.", "the report", "inspectors"),
        ("The report notes: “Children are seen regularly and alone.”", "The report", "inspectors"),
        (
            "The inspection report says “children are seen regularly and alone”.",
            "The inspection report",
            "inspectors",
        ),
        (
            "Inspectors found “strong and effective” leadership in place.",
            "Inspectors",
            "inspectors",
        ),
        (
            "Inspectors noted the “persistence and determination” of staff.",
            "Inspectors",
            "inspectors",
        ),
        (
            "Inspectors praised the partnership, labelling it “strong and effective”.",
            "Inspectors",
            "inspectors",
        ),
        (
            "Inspectors described the fostering service as “warm and well led”.",
            "Inspectors",
            "inspectors",
        ),
        ("Leaders were described as “ambitious and child-focused”.", None, "inspectors"),
        ("According to Ofsted, the help is “timely and well targeted”.", "Ofsted", "inspectors"),
        (
            "The help is “timely and well targeted”, according to the lead inspector.",
            "the lead inspector",
            "inspectors",
        ),
        (
            "“Managers know their teams well,” said Sarah Kent, the lead inspector.",
            "Sarah Kent, the lead inspector",
            "inspectors",
        ),
        ("A parent said the service was “a real lifeline for us”.", "A parent", "other"),
        ("Staff have a “relentless focus” on children.", None, "unattributed"),
    ],
)
def test_one_sentence_patterns(text, speaker, role):
    [(_, got_speaker, got_role)] = quotes(text)
    assert (got_speaker, got_role) == (speaker, role)


def test_colon_then_quote_on_the_next_paragraph_and_speaker_carried():
    text = (
        "Councillor Jim Cammell, Lead Member for Children’s Services, said:\n\n"
        "“This is a well-deserved achievement.\n\n"
        "“Social workers often don’t get the praise they deserve.”\n\n"
        "“The outcome of this visit is testament to our workforce.”\n\n"
        "Inspectors reported the “persistence and determination” shown."
    )
    got = quotes(text)
    assert [(q[0][:20], q[2]) for q in got] == [
        ("This is a well-deser", "council"),
        ("The outcome of this ", "council"),
        ("persistence and dete", "inspectors"),
    ]
    assert got[1][1].startswith("Councillor Jim Cammell")


def test_said_without_colon_at_end_of_paragraph():
    text = "Nick Bardsley, Cabinet member for children, said\n“This is an enormous achievement.”"
    assert quotes(text)[0][1:] == ("Nick Bardsley, Cabinet member for children", "council")


def test_he_added_takes_the_last_named_speaker():
    text = (
        "Mayor Paul Dennett said there is “no room for complacency.”\n"
        "He added: “There is no room for complacency as pressures grow.”"
    )
    assert [q[1:] for q in quotes(text)] == [("Mayor Paul Dennett", "council")] * 2


def test_it_said_takes_the_previous_sentence_subject():
    text = "The report praised the stable workforce. “Social workers know children well,” it said."
    assert quotes(text)[0][1:] == ("The report", "inspectors")


def test_they_noted_after_inspectors():
    text = (
        "Inspectors also praised the partnership, labelling it “strong and effective”. "
        "They noted that this led to “the best services and outcomes for children.”"
    )
    assert [q[2] for q in quotes(text)] == ["inspectors", "inspectors"]


def test_bulleted_quotes_after_inspectors_say_that():
    text = (
        "In their report inspectors say that:\n"
        "- ‘Since the last inspection, leaders have improved services.’\n"
        "- ‘Adoption is a strength. Children are matched well.’\n"
        "- ‘Social workers know the children well.’\n"
        "The council’s leader said: “We are delighted with this result.”"
    )
    assert [q[2] for q in quotes(text)] == ["inspectors"] * 3 + ["council"]


def test_tweet_signature_attributes_the_tweet_to_the_account():
    text = (
        "Positive news this morning. We have been rated ‘Good’ overall by Ofsted. "
        "pic.twitter.com/PZE26zwxFs\n"
        "— Salford City Council (@SalfordCouncil) January 12, 2024\n"
        "The report was published today."
    )
    [claim] = [c for c in extract_claims(release(text)) if c.kind == "quote"]
    assert claim.text == "Positive news this morning. We have been rated ‘Good’ overall by Ofsted."
    assert (claim.attribution.speaker, claim.attribution.role) == (
        "Salford City Council",
        "council",
    )
    assert text[claim.attribution.start : claim.attribution.end] == "Salford City Council"


def test_tweet_from_ofsted_is_the_inspectors():
    text = "Wigan children’s services are good.\n— Ofsted (@Ofstednews) 3 May 2024"
    [claim] = [c for c in extract_claims(release(text)) if c.kind == "quote"]
    assert claim.attribution.role == "inspectors"


def test_speaker_offsets_point_at_the_speaker():
    text = "Salford City Mayor Paul Dennett said: “We are proud of every one of our staff.”"
    [claim] = [c for c in extract_claims(release(text)) if c.kind == "quote"]
    attr = claim.attribution
    assert text[attr.start : attr.end] == attr.speaker == "Salford City Mayor Paul Dennett"


def test_second_speaker_in_one_sentence():
    text = (
        "Ofsted inspectors said children were “safe and happy at home”, while Cllr Jones "
        "said she was “thrilled with the result”."
    )
    assert [q[1:] for q in quotes(text)] == [
        ("Ofsted inspectors", "inspectors"),
        ("Cllr Jones", "council"),
    ]


def test_coordinated_verb_keeps_the_first_subject():
    text = (
        "Inspectors said that “leaders have made steady progress” but warned that “too many wait”."
    )
    assert [q[1:] for q in quotes(text)] == [("Inspectors", "inspectors")] * 2


def test_a_participle_and_its_agent_after_a_quotation_speak_for_no_one():
    """'praised the “…” shown by the senior team and found': the participle tells of the
    words quoted before; 'found' is the inspectors' second verb (was given to 'shown by
    the', another speaker)."""
    text = (
        "Inspectors praised the “relentless focus on improvement” shown by the senior team "
        "and found that workers are “strong advocates for their young people”."
    )
    assert [q[2] for q in quotes(text)] == ["inspectors"] * 2


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a body named in an opening phrase, a relative clause or the work is not the speaker
        ("Welcoming the Ofsted report, Cllr Ann Lee said: “Our staff are wonderful.”", "council"),
        ("Asked about the inspectors’ findings, the leader told us: “We will act.”", "council"),
        ("Cllr Ann Lee, who welcomed Ofsted’s findings, said: “Our staff are great.”", "council"),
        ("The director, who met inspectors, said: “It was a fair visit.”", "council"),
        ("The chair of the Ofsted improvement board, Cllr Ann Lee, said: “We act.”", "council"),
        ("The leader, responding to the report, said: “It is fair.”", "council"),
        ("Jo Park, responding to the report, said: “It is fair.”", "other"),
        ("Our leader read the Ofsted report and said it was “a wonderful result”.", "council"),
        # a relative clause's own subject speaks
        ("Ashbury was rated good by the watchdog, in what its mayor called “a day”.", "council"),
        ("The MASH, which inspectors described as “effective”, is busy.", "inspectors"),
        # Ofsted as the subject only when it opens the words before the quotation
        ("In their report, inspectors said leaders were “ambitious”.", "inspectors"),
        ("The leader responded to the report, saying it was “a fair reflection”.", "unattributed"),
    ],
)
def test_who_speaks_is_the_subject_not_a_body_named_near_it(text, role):
    [(_, _, got)] = quotes(text)
    assert got == role


def test_he_after_a_person_who_quoted_the_report_is_that_person():
    text = (
        "Jo Park, the director, said the report recognised “widespread improvements”.\n\n"
        "He said the council now had “no areas left to improve”."
    )
    assert [q[2] for q in quotes(text)] == ["inspectors", "council"]


def test_it_is_never_a_person():
    text = (
        "Mayor Ann Lee said: “We are proud.”\n\n"
        "The report was published on Wednesday. It said: “Leaders know their services well.”"
    )
    assert [q[2] for q in quotes(text)] == ["council", "inspectors"]


def test_a_quotation_goes_on_after_its_speaker_and_a_next_sentence_names_one():
    text = (
        "“We know there is more to do,” he added. “We have firm plans.”\n\n"
        "“We never stopped.” That was the message from Mayor Ann Lee after the report."
    )
    cllr = "Cllr Bo Chen said: “Thank you.”\n\n"
    assert [q[1:] for q in quotes(cllr + text)][1:] == [
        ("Cllr Bo Chen", "council"),
        ("Cllr Bo Chen", "council"),
        ("Mayor Ann Lee", "council"),
    ]


def test_he_is_the_person_a_sentence_without_quotation_named_saying_something():
    text = (
        "Lead inspector Jo Park’s report said staff “provide consistency”.\n\n"
        "But Mayor Tom Wootton said services remained strong.\n\n"
        "“We are disappointed, but we are not complacent,” he said."
    )
    assert [q[1:] for q in quotes(text)] == [
        ("Lead inspector Jo Park’s report", "inspectors"),
        ("Mayor Tom Wootton", "council"),
    ]


def test_who_after_the_people_inspectors_spoke_to_is_those_people():
    text = "Inspectors spoke to young people, who said they felt “listened to and valued”."
    assert [q[1:] for q in quotes(text)] == [("young people", "other")]


def test_a_passive_names_its_agent_after_the_quotation():
    text = (
        "Staff were described as “passionate” by the council’s director.\n\n"
        "Early help was described as “impressive”."
    )
    assert [q[1:] for q in quotes(text)] == [
        ("the council’s director", "council"),
        (None, "inspectors"),
    ]


def test_she_is_a_person_never_the_inspectors_named_before():
    text = (
        "Inspectors said: “Social workers know their children well.”\n\n"
        "“We know we have further to go,” she said."
    )
    assert [role for _, _, role in quotes(text)] == ["inspectors", "other"]


def test_the_sentence_opening_the_next_paragraph_names_a_quotations_speaker():
    text = (
        "Inspectors said: “Social workers know their children well.”\n\n"
        "“We are pleased with the progress we have made.”\n\n"
        "That was the reaction of Councillor Frances Nicholson, cabinet member for children.\n\n"
        "“We know we have further to go,” she said."
    )
    got = quotes(text)
    assert [(speaker, role) for _, speaker, role in got[1:]] == [
        ("Councillor Frances Nicholson", "council"),
        ("Councillor Frances Nicholson", "council"),
    ]


@pytest.mark.parametrize(
    "after",
    [
        "“Our staff deserve huge credit for this.”",
        "Inspectors praised the front door. “We are proud of our staff.”",
    ],
)
def test_a_first_person_quotation_is_not_carried_to_the_inspectors(after):
    text = f"Inspectors said: “Social workers know their children well.”\n\n{after}"
    assert quotes(text)[-1][2] != "inspectors"


def test_a_quotation_a_person_asked_is_theirs():
    text = (
        "Inspectors said: “Social workers know their children well.”\n\n"
        "“Why did it take so long?” asked one foster carer."
    )
    assert quotes(text)[-1][1:] == ("one foster carer", "other")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Services ‘much improved’: Ofsted\n\nDunmere was inspected in May.", "Ofsted"),
        ("‘Children thrive’: Dunmere services rated good\n\nDunmere was inspected.", None),
    ],
)
def test_after_a_colon_only_a_bare_source_is_a_headlines_speaker(text, speaker):
    assert quotes(text)[0][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "‘Exemplary’ staff planning as Dunmere children’s services rated good\n\nMore.",
        "Dunmere children’s services rated inadequate: ‘widespread and serious shortfalls’\n\n"
        "More.",
    ],
)
def test_the_subject_of_rated_in_a_headline_is_not_its_speaker(text):
    assert quotes(text)[0][2] != "other"


def test_a_web_address_holds_no_verb_or_speaker():
    text = (
        "Inspectors said the offer [“reflects the needs of families”](https://reports.ofsted."
        "gov.uk) and that **“gang intervention programmes have been commissioned”**."
    )
    assert [role for _, _, role in quotes(text)] == ["inspectors", "inspectors"]


def test_a_participle_aside_about_the_subject_is_not_the_speaker():
    text = (
        "The council’s own self-assessment, written before the inspection, had described "
        "early help as “well established and effective”."
    )
    assert quotes(text)[0][2] != "inspectors"


def test_according_to_after_the_quotation_beats_a_speaker_of_an_earlier_clause():
    text = (
        "Inspectors found that planning for some adolescents “is not good enough”, but "
        "services have “turned a corner”, according to the council."
    )
    assert [role for _, _, role in quotes(text)] == ["inspectors", "council"]


@pytest.mark.parametrize(
    "lead",
    [
        "A report to the council’s cabinet said the service needed",
        "A report to councillors said",
        "The commissioner’s report said the council had",
        "The council’s annual report describes the service as",
        "A cabinet report said",
    ],
)
def test_a_report_that_is_not_ofsteds_is_no_inspectors_source(lead):
    assert quotes(f"{lead} “an extra £2m a year to stay safe”.")[0][2] != "inspectors"


@pytest.mark.parametrize(
    "lead", ["The council’s inspection report said", "Ofsted’s report to the council said"]
)
def test_the_inspection_report_is_still_the_inspectors(lead):
    assert quotes(f"{lead} “services are improving”.")[0][2] == "inspectors"


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("Ofsted’s view", "inspectors"),
        ("Key findings from the report", "inspectors"),
        ("The council’s response", "council"),
        ("Ofsted inspection: our response", "unattributed"),
    ],
)
def test_a_heading_naming_one_source_alone_speaks_the_quotation_below(heading, role):
    text = f"Dunmere news\n\n{heading}\n\n“Services are improving quickly.”"
    assert quotes(text)[0][2] == role


def test_a_first_person_quotation_under_an_inspectors_heading_is_not_theirs():
    text = "Dunmere news\n\nOfsted’s view\n\n“We are proud of our staff.”"
    assert quotes(text)[0][2] != "inspectors"


@pytest.mark.parametrize(
    "text",
    [
        "One mother, who spoke to inspectors, said: “Our social worker never gave up on us.”",
        "Jo Smith, chief executive of the charity Foster Talk, which gave evidence to "
        "inspectors, said: “Carers feel listened to at last.”",
        "Tom Lee, a foster carer who met the inspectors, said: “We felt heard.”",
    ],
)
def test_a_person_who_met_inspectors_speaks_for_themselves(text):
    """Inspectors named in a relative clause as whom the speaker met or spoke to, or in one
    set off by commas after the speaker, are not the speaker."""
    [(_, speaker, role)] = quotes(text)
    assert role != "inspectors", speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Named after the quotation, in apposition between commas, telling a newspaper
        (
            "“Children benefit from a timely triage process,” the council’s cabinet member "
            "for young people, Cllr Alan Dean, told the Times.",
            "the council’s cabinet member for young people, Cllr Alan Dean",
        ),
        # A headline's speaker, then when they spoke: Ofsted is what they spoke after
        (
            "‘We are a good council,’ says Derbyshire leader after Ofsted report",
            "Derbyshire leader",
        ),
        # A headline's speaker before a colon
        ("Council leader: ‘Our children’s services are outstanding’", "Council leader"),
        # A rating verb that gave its grade before the quotation gives no words: the
        # verb of saying before it does
        (
            "Cllr Alan Dean said the council was rated good “because it is good”.",
            "Cllr Alan Dean",
        ),
    ],
)
def test_an_officials_quotation_stays_theirs_however_they_are_named(text, speaker):
    assert quotes(text)[0][1:] == (speaker, "council")


def test_a_passive_rating_with_no_speaker_before_it_is_still_the_inspectors():
    """Without a verb of saying before it, a rating's passive still gives its words to the
    inspectors, as the conventions read attribution from the sentence."""
    assert quotes("Services were rated good, with “strong leadership”.")[0][2] == "inspectors"


def test_a_quotation_standing_alone_before_a_person_going_on_is_spoken():
    """A quotation paragraph with no speaker of its own, after the inspectors' paragraph and
    before 'X added:', is spoken words, an official's: never the inspectors' carried on
    (was misattributed)."""
    text = (
        "Ofsted rated the council's children's services good in its report.\n\n"
        "“The transformation of services has been remarkable, and we are good everywhere.”\n\n"
        "The council's leader, Cllr Daniel Thorne, added: “Our staff deserve this.”"
    )
    assert [role for _, _, role in quotes(text)] == ["council", "council"]


def test_a_person_named_in_apposition_is_known_again_by_surname():
    text = (
        "The director of children's services, Chris Malden, said: “We are proud.”\n\n"
        "“Staff take effective action to reduce risks to every child,” Mr Malden said."
    )
    assert quotes(text)[1][1:] == ("Mr Malden", "council")


def test_the_report_told_by_the_council_in_an_aside_is_the_councils():
    assert quotes("The report, the council said, “shows how far we have come”.")[0][2] == (
        "council"
    )


def test_a_sentence_telling_what_comes_before_a_colon_is_no_headline_speaker():
    """'They quoted the chief executive's mantra: ‘…’' tells of the quotation: no speaker
    named 'They quoted ...' (read as the chief executive, it made the report's words
    misattributed)."""
    text = (
        "Inspectors praised the council's leadership. They quoted the chief executive's "
        "mantra: ‘Context is not an excuse but reinforces the need to deliver better "
        "outcomes’."
    )
    assert quotes(text)[0][2] != "council", quotes(text)


def test_rows_of_a_table_or_dot_leaders_take_the_introduction_before_them():
    """A quotation in a row of a table, or after a label and dot leaders, is an item of a
    list without a marker: the list's introduction names its speaker, and an introduction
    naming no one gives none."""
    dotted = (
        "What the inspectors said:\n"
        "Early help .......... “impressive early help arrangements”\n"
        "The MASH ............ “The MASH is effective.”"
    )
    assert [role for _, _, role in quotes(dotted)] == ["inspectors", "inspectors"]
    table = (
        "The report highlights:\n| Service | What Ofsted said |\n|---|---|\n"
        "| Local support teams | “a highly effective range of programmes” |"
    )
    assert quotes(table) == [("a highly effective range of programmes", "The report", "inspectors")]
    young = "What young people told us:\n| Name | Words |\n|---|---|\n| Ayo | “I am heard.” |"
    assert [role for _, _, role in quotes(young)] == ["unattributed"]


@pytest.mark.parametrize(
    "text",
    [
        "Bury services: ‘Serious failures’ leave children at risk, Ofsted warns",
        "Children are “swiftly seen” when they go missing, the report says.",
        "‘Children thrive’: Ofsted hails the city's care services",
    ],
)
def test_ofsted_telling_the_whole_sentence_at_its_end_or_after_a_headlines_colon(text):
    """Ofsted or its report named at the sentence's end (", the report says") or opening a
    headline's clause after the quotation and a colon is its source when nothing before
    names one; a person who told inspectors keeps their words."""
    assert [role for _, _, role in quotes(text)] == ["inspectors"]
    told = "Care leavers told inspectors that they have “real choices”, the report says."
    assert [role for _, _, role in quotes(told)] == ["other"]


def test_a_first_person_quotation_before_a_headlines_colon_is_not_ofsteds():
    assert [role for _, _, role in quotes("‘We are proud’: Ofsted hails the city")] != [
        "inspectors"
    ]


def test_an_inspector_named_first_in_her_subject_is_the_she_who_goes_on():
    """A subject opening with the inspector's name ("Lorna Schlechte, HMI, who led the
    inspection") names a person, kept whole, so 'she' after it is the inspector."""
    text = (
        "Lorna Schlechte, Her Majesty's Inspector, who led the inspection, said there was"
        " “significant instability”. She added that it was “a fragile situation”."
    )
    assert [role for _, _, role in quotes(text)] == ["inspectors", "inspectors"]


def test_the_report_that_tells_an_official_is_the_source_of_the_words_nested():
    text = "Jo Park said: “The report tells us that letters ‘are of variable quality’.”"
    assert quotes(text)[1] == ("are of variable quality", "The report", "inspectors")


@pytest.mark.parametrize(
    "text",
    [
        "“Swiftly seen.” That's how inspectors described the response to missing children.",
        'From the report: "Children are swiftly seen."',
    ],
)
def test_a_quotation_named_by_how_inspectors_put_it_or_where_it_is_from(text):
    assert [role for _, _, role in quotes(text)] == ["inspectors"]


def test_a_question_asking_for_ofsteds_verdict_gives_it_the_answer_quoted():
    asked = "Inspectors' verdict on early help? “Families receive effective support.”"
    assert [role for _, _, role in quotes(asked)] == ["inspectors"]
    own = "Ofsted's verdict? “We are proud of our staff.”"
    assert [role for _, _, role in quotes(own)] != ["inspectors"]


def test_a_pronoun_in_the_quotations_sentence_is_recorded_with_its_speaker():
    """'They also wrote that …' in the paragraph after inspectors are named: the speaker is
    the inspectors, and the pronoun that names them here is kept on the attribution, so
    the check reads the speaker as given beside the words, not guessed."""
    text = (
        "Inspectors praised the council’s “strong and effective” leadership.\n\n"
        "They also wrote that the council had “the lowest caseloads in the region”."
    )
    [_, second] = [c for c in extract_claims(release(text)) if c.kind == "quote"]
    assert second.attribution.role == "inspectors"
    assert second.attribution.pronoun is not None
    assert text[second.attribution.pronoun.start : second.attribution.pronoun.end] == "They"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # An aside in parentheses between the subject and its verb.
        (
            "The report (which runs to 70 pages) says “supervision is not consistently good”.",
            "inspectors",
        ),
        # A quotation in parentheses before a second verb of the same subject.
        (
            "The report described the out-of-hours response (“timely and appropriate”) and "
            "said allegations work is “effective”.",
            "inspectors",
        ),
        # The team of the lead inspector named in the sentence before.
        (
            "The inspection, led by Jo Park HMI, took place in April. Her team found that "
            "“leaders have taken rigorous action”.",
            "inspectors",
        ),
        # The quotation in an opening participle phrase: the main clause's subject says it.
        (
            "Describing the service as “a beacon for London”, Cllr Abdullahi thanked foster "
            "carers.",
            "council",
        ),
        # A participle of saying before the reported clause naming the source.
        (
            "The council’s newsletter went further, claiming inspectors described its "
            "campaign as “strong advocates for young people”.",
            "inspectors",
        ),
        # A headline's passive with 'be' left out, after the quotation and a bare noun.
        ("‘Skilful’ practitioners praised as Ofsted rates the council good", "inspectors"),
        # 'They' after a sentence whose subject is councillors, no verb of saying in it.
        (
            "Inspectors said services were “good”.\n\nCouncillors discussed the findings on "
            "Monday. They said the borough had “turned a corner for good”.",
            "council",
        ),
        # A possessive pronoun's verdict, its speaker two sentences back.
        (
            "Inspectors were clear about what needs to improve. They named placements for "
            "older children. Their verdict: “only a quarter of children are engaged.”",
            "inspectors",
        ),
    ],
)
def test_the_last_quotation_goes_to_the_subject_the_words_around_it_name(text, role):
    """Asides in parentheses, a team named by a possessive, a verdict named by one: the
    speaker is the one a reader finds, not the words beside the verb."""
    assert quotes(text)[-1][2] == role


def test_a_paragraph_of_quotation_goes_on_with_the_person_closing_the_one_before():
    """'Jo Park … said staff had been “tested”.' then paragraphs of quotation with nobody
    named: the director goes on, as a reader reads it, never unattributed."""
    text = (
        "Jo Park, the council’s director of children’s services, said staff had been "
        "“tested like never before”.\n\n"
        "“Our teams kept visiting children throughout lockdown.\n\n"
        "“There is more to do, and we know where it is.”\n\n"
        "Cllr Ann Lee said: “I am proud.”\n\n"
        "She went on: “We accept there is more to do.”"
    )
    assert [q[2] for q in quotes(text)] == ["council"] * 4  # the director's two paragraphs: one


def _attribution_of(text: str, words: str):
    return next(
        c.attribution
        for c in extract_claims(release(text))
        if c.kind == "quote" and c.text == words
    )


@pytest.mark.parametrize(
    ("text", "teller"),
    [
        ("Cllr Jo Hart said inspectors found “the best in the region”.", "Cllr Jo Hart"),
        (
            "Cllr Jo Hart welcomed the report.\n\nShe said inspectors found the borough “the "
            "best in the region”.",
            "She",
        ),
        ("Inspectors found “the best in the region”.", None),
        ("The council said inspectors found “the best in the region”.", None),
    ],
)
def test_a_person_telling_what_inspectors_found_is_the_teller(text, teller):
    """The person whose saying verb reports the inspectors' words is their teller (a
    pronoun, the person it stands for); the words stay the inspectors'."""
    attr = _attribution_of(text, "the best in the region")
    assert attr.role == "inspectors" and attr.teller == teller


def test_a_passive_of_telling_under_a_person_is_the_persons_words():
    """'Jo Park said the council had been warned that “…”': Ms Park's account of what the
    council was told, her words, not the inspectors' (was: inspectors, by the passive)."""
    attr = _attribution_of(
        "Director Jo Park said the council had been warned that “practice was slipping”.",
        "practice was slipping",
    )
    assert attr.role == "council" and attr.speaker == "Director Jo Park"
    described = _attribution_of(
        "Director Jo Park said the service had been described as “strong and effective”.",
        "strong and effective",
    )
    assert described.role == "inspectors"


def test_a_speaker_after_a_quotation_of_several_sentences_is_found():
    """'“A. B. C,” said Jo Park.': the speaker closes the quotation's last sentence, not
    its first (was: unattributed)."""
    attr = _attribution_of(
        "“We are proud of our staff. They never stopped. This result is theirs,” said Jo Park, "
        "director of children's services.",
        "We are proud of our staff. They never stopped. This result is theirs,",
    )
    assert attr.role == "council" and attr.speaker.startswith("Jo Park")


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        # quotes18: a post on social media is its poster's (was unattributed).
        (
            "The council's leader posted on X after the report came out: “Proud of our teams.”",
            "The council's leader",
            "council",
        ),
        # Ofsted's list of what must improve, asked for with 'wants' (was unattributed).
        (
            "Among the things Ofsted wants improved is “the consistency of supervision”.",
            "Ofsted",
            "inspectors",
        ),
        # The report conceding something in its own (first-person) words.
        (
            "The report is short. It also admits a problem: “This year, we have asked "
            "managers to do more.”",
            "The report",
            "inspectors",
        ),
        # Anyone else wanting something is not giving the words: the sayer before speaks.
        ("Jo Park said the council wants “a service children can trust”.", "Jo Park", "other"),
    ],
)
def test_posting_conceding_and_ofsteds_wanting_frame_a_quotation(text, speaker, role):
    assert quotes(text)[0][1:] == (speaker, role)


@pytest.mark.parametrize(
    ("lead", "role"),
    [
        ("In their report inspectors said:", "inspectors"),
        ("In its final report the watchdog said:", "inspectors"),
        ("Inspectors spent a week in the city. In their report they said:", "inspectors"),
        ("Cllr Ann Lee welcomed it. In the council report she said:", "council"),
    ],
)
def test_the_report_named_before_the_subject_with_no_comma_is_not_the_subject(lead, role):
    """'In their report inspectors said: “…”': the prepositional phrase is where the words
    stand, the subject comes after it (was read as the subject, a preposition's, so the
    quotation had no speaker, and 'it says' after it none either)."""
    text = f"{lead} “Adoption is a strength in the city.”\n\n“Plans are detailed,” it says."
    got = quotes(text)
    assert got[0][2] == role, got
    if role == "inspectors":
        assert got[1][2] == "inspectors", got


@pytest.mark.parametrize(
    ("headline", "role"),
    [
        ("‘Strong and effective services’ as Barnet is rated good by Ofsted", "inspectors"),
        ("‘Focused, timely and proportionate support’ – Salford rated good again", "inspectors"),
        ("‘Exceptional’ adoption support as Shropshire rated good by Ofsted", "inspectors"),
        ("‘Insufficient grip’ as Stockton slips to requires improvement", "inspectors"),
        # a speaker's reaction, or first person: not the verdict's words
        ("‘Proud day’ as services rated good by Ofsted", "unattributed"),
        ("‘Our staff are the best’ as the city is rated outstanding", "unattributed"),
        # no grade beside it, or a sentence of prose: not a headline's verdict
        ("‘Strong and effective services’ as Barnet awaits its report", "unattributed"),
    ],
)
def test_a_headline_quotation_beside_its_rating_is_the_verdicts(headline, role):
    """A headline opening on a quotation set beside the grade the inspection gave reads the
    quoted words as the verdict's (were given to no one); a speaker's feeling or first
    person stays unattributed, as does one beside no grade."""
    text = f"{headline}\n\nThe council’s services have been inspected this summer.\n"
    assert quotes(text)[0][2] == role, quotes(text)
