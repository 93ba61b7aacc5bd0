"""The quote scanner: marks, apostrophes, paragraphs, quoted terms."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from verify.extract.quotes import find_quotes


def spans(text: str, terms: bool = False) -> list[list[str]]:
    return [[text[s:e] for s, e in q.pieces] for q in find_quotes(text) if q.term == terms]


def test_curly_and_straight_double_and_single():
    text = "He said “one two three” and ‘four five six’ then \"seven eight\" and 'nine ten'."
    assert spans(text) == [
        ["one two three"],
        ["four five six"],
        ["seven eight"],
        ["nine ten"],
    ]


def test_apostrophes_are_never_quote_marks():
    text = (
        "The children’s services and the councils’ partners don't agree; "
        "inspectors’ views matter. Ofsted's report isn't out."
    )
    assert find_quotes(text) == []


def test_apostrophe_inside_a_single_quote_does_not_close_it():
    text = "The report states that ‘the council’s leaders know their services well’."
    assert spans(text) == [["the council’s leaders know their services well"]]


def test_straight_apostrophe_inside_straight_single_quote():
    text = "It says 'the local authority's leaders are strong' in the report."
    assert spans(text) == [["the local authority's leaders are strong"]]


def test_multi_sentence_quote_is_one_quote():
    text = "Inspectors said: “Adoption is a strength. Children are matched well.” Then more."
    assert spans(text) == [["Adoption is a strength. Children are matched well."]]


def test_british_convention_reopens_at_each_paragraph():
    text = "X said:\n“First paragraph here.\n\n“Second paragraph here.\n“Third and last.”\nAfter."
    quotes = [q for q in find_quotes(text) if not q.term]
    assert len(quotes) == 1
    assert [text[s:e] for s, e in quotes[0].pieces] == [
        "First paragraph here.",
        "Second paragraph here.",
        "Third and last.",
    ]
    assert quotes[0].closed


def test_closed_paragraph_then_new_quote_is_two_quotes():
    text = "“One closed.”\n“Two closed.”"
    assert spans(text) == [["One closed."], ["Two closed."]]


def test_unbalanced_quote_ends_at_the_paragraph():
    text = (
        'Managers said the service was "stretched but coping.\nNext paragraph “with a quote here”.'
    )
    quotes = [q for q in find_quotes(text) if not q.term]
    assert [[text[s:e] for s, e in q.pieces] for q in quotes] == [
        ["stretched but coping."],
        ["with a quote here"],
    ]
    assert not quotes[0].closed and quotes[1].closed


def test_mixed_marks_straight_close_after_curly_open():
    text = 'The report says “children are safe and well" in its summary.'
    assert spans(text) == [["children are safe and well"]]


def test_nested_single_inside_double():
    text = "He said: “We were rated ‘good’ in every area of the inspection.”"
    assert spans(text) == [["We were rated ‘good’ in every area of the inspection."]]
    assert spans(text, terms=True) == []


def test_a_straight_mark_closing_after_a_nested_quotation_before_a_comma_opens_nothing():
    """'"award winning project called 'Pause'", which ...': the double mark after the
    nested close, before a comma, closes the quotation (session 22, quotes22: it opened
    another, running over the release's own words, misattributed)."""
    for stop in (",", ".", ";"):
        text = f"It praised an \"award winning project called 'Pause'\"{stop} which helps women."
        assert spans(text) == [["award winning project called 'Pause'"]]


def test_short_quoted_terms_are_terms_not_quotations():
    text = (
        "Rated ‘Good’ overall and 'outstanding' in 50 per cent of the “judgement areas”, "
        "including ‘The experiences and progress of care leavers’; help was “requires "
        "improvement”."
    )
    assert spans(text) == []
    assert spans(text, terms=True) == [
        ["Good"],
        ["outstanding"],
        ["judgement areas"],
        ["The experiences and progress of care leavers"],
        ["requires improvement"],
    ]


def test_two_word_phrase_from_the_report_is_a_quotation():
    text = "Support is “individually tailored” and staff are “skilled and resourceful”."
    assert spans(text) == [["individually tailored"], ["skilled and resourceful"]]


def test_bulleted_quotes_each_closed():
    text = "Inspectors say that:\n- ‘Alpha beta gamma.’\n- ‘Delta epsilon zeta.’"
    assert spans(text) == [["Alpha beta gamma."], ["Delta epsilon zeta."]]


_ALPHABET = st.sampled_from(list("ab s\n.,“”‘’\"'") + ["children’s", "don't", " said: "])


@given(st.lists(_ALPHABET, max_size=80).map("".join))
@example("a ‘a a‘”")  # an orphan closing mark after a single quotation closed (session 41)
def test_any_text_gives_ordered_in_bounds_pieces(text):
    previous_end = 0
    for quote in find_quotes(text):
        assert quote.pieces
        for start, end in quote.pieces:
            assert previous_end <= start < end <= len(text)
            assert "\n" not in text[start:end]
            assert text[start:end] == text[start:end].strip()
            previous_end = end


def test_a_single_quoted_word_is_a_quotation_but_a_grade_word_a_term():
    text = "Inspectors described the partnership as “exemplary”, and leaders were ‘ambitious’."
    assert spans(text) == [["exemplary"], ["ambitious"]]
    assert spans("The service was found “strong”, and rated ‘Good’.", terms=True) == [["Good"]]


def test_a_quoted_abbreviation_is_a_term():
    text = "It leapfrogged the 'RI' judgement and the “LSCB” was “strong”."
    assert spans(text, terms=True) == [["RI"], ["LSCB"]]
    assert spans(text) == [["strong"]]


def test_a_judgements_title_in_quote_marks_names_it():
    """Ofsted's titles quoted ('impact of leaders on social work practice') are terms; a
    quotation that only starts like one is still a quotation."""
    text = (
        "Rated ‘Good’ around ‘children who need help and protection’ and for "
        "‘Impact of leaders on social work practice with children and families’. "
        "Inspectors said “children in care are listened to by their social workers”."
    )
    assert spans(text) == [["children in care are listened to by their social workers"]]


def test_an_unclosed_quote_goes_on_into_a_first_person_paragraph_without_its_mark():
    text = (
        'The leader said: "We are very sorry this has happened.\n\n'
        "We have increased spending in children's services by six per cent this year\n\n"
        "The council will publish its plan in May."
    )
    assert spans(text) == [
        [
            "We are very sorry this has happened.",
            "We have increased spending in children's services by six per cent this year",
        ]
    ]


def test_an_unclosed_quote_stops_before_a_paragraph_in_the_third_person():
    text = 'The leader said: "We are very sorry.\n\nThe council will publish its plan in May.'
    assert spans(text) == [["We are very sorry."]]


def test_an_opening_glyph_or_backtick_between_letters_is_an_apostrophe():
    text = "Stockton children‘s services and the council`s plan were 'not yet good enough'."
    assert spans(text) == [["not yet good enough"]]


def test_a_quote_nested_in_marks_of_its_own_kind_does_not_end_the_outer_one():
    curly = "The report said: “Leaders improved the “front door” arrangements and partnerships.”"
    straight = 'It said: "The "front door" is effective." Then more.'
    assert spans(curly) == [["Leaders improved the “front door” arrangements and partnerships."]]
    assert spans(straight) == [['The "front door" is effective.']]


def test_an_opening_mark_never_closed_before_a_closed_quote_is_still_two_quotes():
    text = "He said “one never closed and then “two closed” after."
    assert spans(text) == [["one never closed and then"], ["two closed"]]


def test_an_unclosed_quote_goes_on_into_a_paragraph_that_closes_it_without_opening():
    text = (
        'Inspectors found: "Many plans are not specific enough.\n\n'
        'Many plans also lack timescales for change."\n\n'
        "The council will publish its plan in May."
    )
    assert spans(text) == [
        ["Many plans are not specific enough.", "Many plans also lack timescales for change."]
    ]


def test_an_unclosed_single_quote_never_goes_on_into_the_next_paragraph():
    text = "They said 'children are safe.\n\nThe councils' partners agree."
    assert spans(text) == [["children are safe."]]


def test_marks_set_off_by_spaces_still_quote():
    text = "Investigations were ‘ typically superficial ’ and “ too slow ” said Ofsted."
    assert spans(text) == [["typically superficial"], ["too slow"]]


def test_an_unclosed_quote_runs_over_unmarked_paragraphs_to_the_one_closing_it():
    text = (
        'The report said: "Assessments are timely.\n'
        "Plans are clear.\n"
        'Children are safer."\n'
        "The council will publish its plan in May."
    )
    assert spans(text) == [["Assessments are timely.", "Plans are clear.", "Children are safer."]]


def test_a_quotation_closed_but_never_opened_starts_after_the_colon():
    text = 'Tom Hartley said: Our staff work hard for every family."\nNext paragraph.'
    assert spans(text) == [["Our staff work hard for every family."]]
    assert spans('It was 6" long and the "thing" too.') == [["thing"]]


def test_straight_single_quotes_inside_markdown_emphasis():
    text = "According to the report, _'Safeguarding is very effective.'_ and *'strong'* too."
    assert spans(text) == [["Safeguarding is very effective."], ["strong"]]


def test_a_possessive_after_a_quoted_name_opens_no_quote():
    text = "The “children’s hub”’s partners and the \"front door\"'s staff work 'very well'."
    assert spans(text) == [["children’s hub"], ["front door"], ["very well"]]


def test_doubled_straight_single_marks_open_and_close_one_quotation():
    text = "''Management oversight is strong,'' the lead inspector concluded."
    assert spans(text) == [["Management oversight is strong,"]]


def test_a_paragraph_after_an_introduction_that_says_is_a_quotation_without_marks():
    text = (
        "The watchdog’s report said:\n\n"
        "Services to children and families in Richmond upon Thames are good.\n\n"
        "It added more."
    )
    assert spans(text) == [["Services to children and families in Richmond upon Thames are good."]]


def test_a_speakers_unmarked_block_goes_on_in_their_first_person():
    text = (
        "Jo Park, chief executive of the trust, said:\n"
        "This is a big step forward for children in Dunmere.\n"
        "We will keep improving every service we run.\n"
        "The report is on the Ofsted website."
    )
    assert spans(text) == [
        [
            "This is a big step forward for children in Dunmere.",
            "We will keep improving every service we run.",
        ]
    ]


def test_no_unmarked_quotation_after_a_list_a_heading_or_marks_of_its_own():
    text = (
        "Inspectors said:\n- Services are good and improving.\n"
        "The report said:\nKey findings\n"
        "Cllr Lowe said:\n“We are proud of our staff.”\n"
        "Contact:\nThe press office is open until five."
    )
    assert spans(text) == [["We are proud of our staff."]]


def test_lines_quoted_with_a_chevron_after_an_introduction_are_a_quotation():
    text = (
        "The report states:\n"
        "> The oversight of elective home education is a strength of the council.\n"
        "> Children missing education are identified quickly and well supported.\n"
        "Councillors welcomed it."
    )
    assert spans(text) == [
        [
            "The oversight of elective home education is a strength of the council.",
            "Children missing education are identified quickly and well supported.",
        ]
    ]


def test_an_apostrophe_for_a_century_left_out_opens_no_quotation():
    text = "She has worked here since the '90s and in the ’80s before that."
    assert spans(text) == []
    assert spans("Inspectors found ‘20 children had waited too long’.") == [
        ["20 children had waited too long"]
    ]


def test_a_quotation_on_a_link_to_another_story_is_not_the_releases():
    text = (
        "READ MORE: 'It felt like nobody listened' - mum's plea over school transport\n"
        "Related: “Heartbreaking” scenes at the care home\n"
        'Inspectors said services are "much improved".'
    )
    assert spans(text) == [["much improved"]]


def test_words_a_speaker_says_inspectors_told_them_are_a_quotation_of_their_own():
    text = (
        "Cllr Okafor said: “I am thrilled. Inspectors told us our staff ‘work tirelessly’ "
        "for children.”"
    )
    assert spans(text) == [
        ["I am thrilled. Inspectors told us our staff ‘work tirelessly’ for children."],
        ["work tirelessly"],
    ]


def test_german_and_reversed_marks_open_and_close():
    text = "It said „services are improving“ and ‟leaders are strong” and ‛staff stay’."
    assert spans(text) == [
        ["services are improving"],
        ["leaders are strong"],
        ["staff stay"],
    ]


def test_a_word_in_a_headline_set_in_capitals_is_a_quotation_not_an_abbreviation():
    assert spans("OFSTED: CHILDREN 'SAFE' IN SUTTON") == [["SAFE"]]
    assert spans("Ofsted: children 'SAFE' in Sutton", terms=True) == [["SAFE"]]


def test_a_straight_double_mark_followed_by_a_space_opens_when_its_close_follows():
    assert spans('Inspectors said: " Services are good and improving."') == [
        ["Services are good and improving."]
    ]
    assert spans('The board measured 6" and 7" wide') == []


def test_a_quotation_closed_with_the_other_kind_of_mark_ends_there():
    """‘… embedded.” Managers …: a slip of the keyboard closes the quotation, which does
    not run on over the release's own words; a plural possessive or an apostrophe inside
    it closes nothing."""
    text = "Oversight was 'effective and well embedded.\" Managers were praised too."
    assert spans(text) == [["effective and well embedded."]]
    text = "It said ‘children are safe” and “leaders are strong’ in the report."
    assert spans(text) == [["children are safe"], ["leaders are strong"]]
    assert spans("He said “the councils’ partners work well” today.") == [
        ["the councils’ partners work well"]
    ]


def test_quotations_nested_in_marks_of_their_own_kind_given_to_ofsted_are_their_own():
    """An official quoting the report in the marks of their own quotation: each nested
    quotation given to Ofsted is a quotation of its own, the official's runs on past it,
    also when two are nested and when it runs on into a paragraph that reopens it."""
    two = (
        "Cllr Costa said: “Ofsted found “a strong leadership team”, which is a tribute to"
        " staff, and says that social workers “enjoy working for Enfield”. We are proud.”"
    )
    assert spans(two) == [
        [two[18:-1]],
        ["a strong leadership team"],
        ["enjoy working for Enfield"],
    ]
    running = (
        'Cllr Hart said: "I am pleased the report says we "work very hard to keep'
        ' brothers and sisters together". That matters.\n\n"It is down to staff."'
    )
    assert spans(running) == [
        [
            'I am pleased the report says we "work very hard to keep brothers and sisters'
            ' together". That matters.',
            "It is down to staff.",
        ],
        ["work very hard to keep brothers and sisters together"],
    ]
    motto = 'Cllr Lee said: "Our "Families First" model is working, and we are proud."'
    assert spans(motto) == [['Our "Families First" model is working, and we are proud.']]


def test_a_straight_mark_after_a_nested_quotations_close_closes_the_outer_one():
    text = (
        'Inspectors said leaders share "an ethos that ‘these are our children’", and that'
        ' the committee is "vibrant and influential".'
    )
    assert spans(text) == [
        ["an ethos that ‘these are our children’"],
        ["vibrant and influential"],
    ]


def test_a_so_called_name_in_quote_marks_is_a_term_not_a_quotation():
    text = 'Ofsted found problems at the so-called "front door" and the so called ‘hub’.'
    assert spans(text) == []
    assert spans(text, terms=True) == [["front door"], ["hub"]]
