"""Quotations: each verdict on an invented report, with the diff and evidence it needs."""

from __future__ import annotations

import hashlib

import pytest
from check_helpers import REPORT_TEXT, make_claim, make_release, make_report

from verify.check import check_claims
from verify.types import FLAGS


def run(report, release_text, snippet, settings, **kw):
    release = make_release(release_text)
    claim = make_claim(release, snippet, **kw)
    return check_claims(release, [claim], [report], [], settings, None).claims[0]


def test_verbatim_quote_is_supported_with_paragraph_evidence(report, settings):
    got = run(
        report,
        'Inspectors said "Families value the support they receive from family hubs."',
        "Families value the support they receive from family hubs.",
        settings,
    )
    assert got.verdict == "supported"
    assert got.evidence[0].paragraph == 1
    assert got.evidence[0].text == "Families value the support they receive from family hubs"
    assert report.text[got.evidence[0].start : got.evidence[0].end] == got.evidence[0].text


@pytest.mark.parametrize(
    "quoted",
    [
        "early help services are WELL established across the borough",  # case
        "Families value the support they receive from family-hubs",  # hyphenation
        "the multi agency front door responds promptly to contacts",  # hyphen dropped
        "Families value the support they received from family hubs",  # inflection
        "Thresholds are well understood by partners, and decisions are timely and appropriate",
    ],
)
def test_typographic_and_inflection_changes_are_minor(report, settings, quoted):
    got = run(report, f"Inspectors said “{quoted}”.", quoted, settings)
    assert got.verdict in ("minor_variation", "supported")
    if quoted[0].islower() or "received" in quoted or "family-hubs" in quoted:
        assert got.verdict == "minor_variation"


def test_marked_ellipsis_is_supported(report, settings):
    """A marked omission is how a quotation leaves words out (bradford_2023 'the
    experience... of many children', gold supported)."""
    quoted = "Early help services are well established ... Families value the support"
    got = run(report, f'Inspectors said "{quoted}".', quoted, settings)
    assert got.verdict == "supported", got.explanation
    assert "marked omission" in got.explanation


def test_substituted_word_is_misquoted_with_word_diff(report, settings):
    quoted = "Senior leaders have a clear and bold vision, and they know their services well."
    got = run(report, f'The report states: "{quoted}"', quoted, settings)
    assert got.verdict == "misquoted"
    changed = [op for op in got.diff if op.op != "equal"]
    assert [(op.report, op.release) for op in changed] == [("ambitious", "bold")]
    assert "'ambitious' became 'bold'" in got.explanation


def test_reordered_words_are_misquoted(report, settings):
    quoted = "Thresholds are well understood by partners, and decisions are appropriate and timely"
    got = run(report, f'"{quoted}"', quoted, settings)
    assert got.verdict == "misquoted"


def test_joining_non_adjacent_sentences_is_spliced_with_each_source(report, settings):
    quoted = (
        "Early help services are well established across the borough. "
        "Thresholds are well understood by partners."
    )
    got = run(report, f'Inspectors found: "{quoted}"', quoted, settings)
    assert got.verdict == "spliced"
    assert [e.paragraph for e in got.evidence] == [1, 2]


def test_adjacent_sentences_are_not_spliced(report, settings):
    quoted = (
        "Early help services are well established across the borough. "
        "Families value the support they receive from family hubs."
    )
    assert run(report, f'"{quoted}"', quoted, settings).verdict == "supported"


def test_quote_split_across_paragraphs_is_checked_piece_by_piece(report, settings):
    text = (
        '"The multi-agency front door responds promptly to contacts," the report says.\n\n'
        '"Thresholds are well understood by partners."'
    )
    got = run(
        report,
        text,
        "",
        settings,
        pieces=[
            "The multi-agency front door responds promptly to contacts,",
            "Thresholds are well understood by partners.",
        ],
    )
    assert got.verdict in ("supported", "minor_variation")
    assert len(got.evidence) == 1 and got.evidence[0].paragraph == 2


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("Families value the support they receive from family hubs.", {"supported"}),
        ("Thresholds are well understood by partners.", {"spliced"}),
    ],
)
def test_a_quotation_broken_by_its_attribution_is_one_passage(report, settings, second, expected):
    """'“A,” the report says, “B.”' (one paragraph, two pieces) is one passage: supported
    when B follows A in the report, spliced when it does not (lane extract18: each piece
    was judged after a gap, as a new paragraph's, so the splice went unseen)."""
    first = "Early help services are well established across the borough."
    text = f'"{first}" the report says, "{second}"'
    got = check_claims(
        make_release(text),
        [make_claim(make_release(text), "", pieces=[first, second])],
        [report],
        [],
        settings,
        None,
    ).claims
    assert [c.verdict for c in got] == [*expected]


@pytest.mark.parametrize(
    ("release", "role", "speaker", "quoted", "expected"),
    [
        # Given to Ofsted but not in the report: misattributed, nearest passage shown.
        (
            'Inspectors said "{}".',
            "inspectors",
            "Inspectors",
            "Ashbury is the best council in the north",
            "misattributed",
        ),
        # Given to no one and not found: no evidence of an error, so not a flag
        # (issue 10: a flag needs positive evidence; this expected "unsupported").
        (
            '"{}".',
            "unattributed",
            None,
            "Ashbury is the best council in the north",
            "not_checkable",
        ),
        # The report's words given to a named councillor as their own.
        (
            'Cllr Smith said: "{}"',
            "council",
            "Cllr Smith",
            "Early help services are well established across the borough.",
            "misattributed",
        ),
        # The same words given to the council with no speaker named: not clearly someone
        # else's own words, so no flag.
        (
            'It was a good week. "{}"',
            "council",
            None,
            "Early help services are well established across the borough.",
            "supported",
        ),
    ],
)
@pytest.mark.provisional
def test_attribution_decides_verdict_for_unfound_or_borrowed_words(
    report, settings, release, role, speaker, quoted, expected
):
    got = run(report, release.format(quoted), quoted, settings, role=role, speaker=speaker)
    assert got.verdict == expected
    assert got.evidence


@pytest.mark.parametrize(
    ("frame", "expected"),
    [
        # quotes18: the clause of the year tells of a visit, and 'they' are its inspectors.
        ("When inspectors last visited the front door in 2022, they said it was", "not_checkable"),
        ("After Ofsted inspected the council in 2021, they called it", "not_checkable"),
        # A year dating something else leaves the words the inspectors' own.
        ("Inspectors said the hub, set up in 2022, was", "misattributed"),
    ],
)
def test_words_a_clause_dates_to_an_earlier_visit_are_that_visits(
    report, settings, frame, expected
):
    quoted = "not yet good enough for every child"
    got = run(report, f'{frame} "{quoted}".', quoted, settings, speaker=frame.split()[0])
    assert got.verdict == expected, got.explanation


@pytest.mark.parametrize(
    ("before", "frame", "expected"),
    [
        # quotes22: 'Back then' dates the words as the sentence before dates its own.
        (
            "In its 2016 report, Ofsted rated the council good.",
            "Back then, inspectors",
            "not_checkable",
        ),
        ("Ofsted's 2016 inspection found much to praise.", "That report also", "not_checkable"),
        # Nothing earlier in the sentence before, or the visit at hand: the inspectors' words.
        ("Ofsted rated the council good.", "Back then, inspectors", "misattributed"),
        (
            "In its 2016 report, Ofsted rated the council good.",
            "At the time of the inspection, inspectors",
            "misattributed",
        ),
    ],
)
def test_words_pointing_back_date_a_quotation_as_the_sentence_before_does(
    report, settings, before, frame, expected
):
    quoted = "not yet good enough for every child"
    text = f'{before} {frame} warned that "{quoted}".'
    got = run(report, text, quoted, settings, speaker=None)
    assert got.verdict == expected, got.explanation


@pytest.mark.parametrize(
    ("text", "quoted", "expected"),
    [
        # quotes18: two words, one changed ('lack depth'), in the sentence the release's is
        # about (assessments, families, explore, histories): misquoted (was misattributed).
        (
            'Inspectors said some assessments "lack detail" and do not explore the histories '
            "of families.",
            "lack detail",
            "misquoted",
        ),
        # Words the report lacks, said of nothing it tells of: still misattributed.
        (
            'Inspectors said the borough is "a beacon of excellence".',
            "a beacon of excellence",
            "misattributed",
        ),
    ],
)
def test_a_short_quotation_with_one_word_changed_in_its_sentence_is_misquoted(
    report, settings, text, quoted, expected
):
    got = run(report, text, quoted, settings, speaker="Inspectors")
    assert got.verdict == expected, got.explanation


def test_councillors_own_words_are_not_checkable(report, settings):
    quoted = "I am proud of every one of our staff"
    got = run(report, f'Cllr Smith said: "{quoted}"', quoted, settings, role="council")
    assert got.verdict == "not_checkable"


def test_repeated_phrase_is_placed_where_the_context_fits(report, settings):
    text = 'Inspectors found "strong and effective" leadership, shaping how services are designed.'
    got = run(report, text, "strong and effective", settings)
    assert got.verdict == "supported"
    assert got.evidence[0].paragraph == 5


@pytest.mark.parametrize(
    "quoted",
    [
        # Words replaced by a bracketed editorial gloss ("they" is the report's word).
        "Senior leaders have a clear and ambitious vision, and [Ashbury's leaders] know "
        "their services well.",
        # A bracketed gloss before the report's words ("Leaders provide ...").
        "[Ashbury's leaders] provide strong and effective leadership, which has a positive "
        "impact on the way that services are designed and delivered.",
        # A bracketed insertion, no report word replaced.
        "Senior leaders [in Ashbury] have a clear and ambitious vision, and they know their "
        "services well.",
        "[The council's] senior leaders have a clear and ambitious vision, and they know "
        "their services well.",
    ],
    ids=["replacing", "leading-gloss", "insertion", "leading-insertion"],
)
def test_square_bracketed_insertion_or_replacement_is_minor(report, settings, quoted):
    got = run(report, f"Inspectors said “{quoted}”", quoted, settings)
    assert got.verdict == "minor_variation", got.explanation
    assert got.verdict not in FLAGS


@pytest.mark.parametrize(
    "quoted",
    [
        "Senior leaders have a clear and ambitious vision and they know their services well.",
        "Senior leaders have a clear and ambitious vision; and they know their services well!",
        "Thresholds are well understood by partners - and decisions are timely and appropriate",
    ],
    ids=["comma-dropped", "semicolon-and-exclamation", "dash-no-stop"],
)
def test_punctuation_only_difference_is_minor(report, settings, quoted):
    got = run(report, f"Inspectors said “{quoted}”", quoted, settings)
    assert got.verdict == "minor_variation", got.explanation
    assert got.verdict not in FLAGS
    assert all(op.op == "equal" for op in got.diff)


def test_american_spelling_is_minor(settings):
    text = REPORT_TEXT + (
        "\n11. Leaders prioritise the organisation of early help, so that families are "
        "seen quickly.\n"
    )
    spelled = make_report(text=text)
    quoted = "Leaders prioritize the organization of early help, so that families are seen quickly."
    got = run(spelled, f"Inspectors said “{quoted}”", quoted, settings)
    assert got.verdict == "minor_variation", got.explanation
    assert got.verdict not in FLAGS
    assert got.evidence[0].paragraph == 11


def test_added_word_is_misquoted_with_the_insertion_in_the_diff(report, settings):
    quoted = (
        "Senior leaders have a clear and ambitious vision, and they know their services very well."
    )
    got = run(report, f"The report states: “{quoted}”", quoted, settings)
    assert got.verdict == "misquoted"
    changed = [op for op in got.diff if op.op != "equal"]
    assert [(op.op, op.report, op.release) for op in changed] == [("insert", "", "very")]
    assert "'very' added" in got.explanation


def test_one_changed_word_is_a_misquote_even_when_the_words_split_into_two_runs(settings):
    """'now' for 'not': the head 'This is now' is also in another sentence, but the
    quote is nearly one sentence's words, so it is misquoted, not spliced."""
    text = (
        "1. This is now the practice of every team in the borough.\n"
        "2. Leaders listen to young people. This is not the experience of all care leavers.\n"
    )
    got = run(
        make_report(text=text),
        'Inspectors said: "This is now the experience of all care leavers."',
        "This is now the experience of all care leavers.",
        settings,
    )
    assert got.verdict == "misquoted", got.explanation
    assert [(op.report, op.release) for op in got.diff if op.op != "equal"] == [("not", "now")]


def test_head_of_one_sentence_run_into_the_tail_of_another_is_spliced(settings):
    text = (
        "1. Children who go missing are offered return home interviews by a dedicated team.\n"
        "2. Leaders know their services well.\n"
        "3. Personal advisers stay in touch with care leavers and help them into work.\n"
    )
    got = run(
        make_report(text=text),
        'Inspectors said: "Children who go missing are offered help into work."',
        "Children who go missing are offered help into work.",
        settings,
    )
    assert got.verdict == "misquoted", got.explanation  # not a run of paragraph 3
    spliced = run(
        make_report(text=text),
        'Inspectors said: "Children who go missing are offered stay in touch with care leavers '
        'and help them into work."',
        "Children who go missing are offered stay in touch with care leavers and help them "
        "into work.",
        settings,
    )
    assert spliced.verdict == "spliced", spliced.explanation
    assert [e.paragraph for e in spliced.evidence] == [1, 3]


def _spoken(release_text, quoted, speaker, role, settings, report):
    """The quotation ``quoted`` given to ``speaker`` (its first occurrence) in the release."""
    from verify.types import Attribution

    release = make_release(release_text)
    claim = make_claim(release, quoted, role=role)
    at = release.text.index(speaker)
    attribution = Attribution(speaker=speaker, role=role, start=at, end=at + len(speaker))
    claim = claim.model_copy(update={"attribution": attribution})
    return check_claims(release, [claim], [report], [], settings, None).claims[0]


def test_words_given_to_ofsted_only_by_a_speaker_paragraphs_before_are_not_flagged(
    report, settings
):
    quoted = "We are disappointed and will work hard to improve."
    text = f"Inspectors found the service inadequate.\n\nCllr Jones said:\n\nHe said: “{quoted}”"
    got = _spoken(text, quoted, "Inspectors", "inspectors", settings, report)
    assert got.verdict == "not_checkable", got.explanation


def test_an_ofsted_officials_words_to_the_press_are_not_the_reports(report, settings):
    quoted = "This is a significant achievement for everyone in Ashbury."
    text = f"Jane Doe, Ofsted’s National Director for Social Care, said: “{quoted}”"
    got = _spoken(text, quoted, "Ofsted", "inspectors", settings, report)
    assert got.verdict == "not_checkable" and "official" in got.explanation


def test_a_council_speaker_relaying_the_report_is_not_misattributed(report, settings):
    quoted = "The report states that early help services are well established across the borough."
    text = f"Cllr Smith said: “{quoted}”"
    got = _spoken(text, quoted, "Cllr Smith", "council", settings, report)
    assert got.verdict in ("supported", "minor_variation"), got.explanation


@pytest.mark.parametrize(
    ("quoted", "want"),
    [
        (
            "As the inspectors put it, early help services are well established across the "
            "borough.",
            "minor_variation",
        ),
        (
            "In Ofsted’s words, early help services are well established across the borough.",
            "minor_variation",
        ),
        (
            "As the report says, early help services are well established across all of Ashbury.",
            "not_checkable",
        ),
        (
            "As the report says, our early help services are well established across the borough.",
            "not_checkable",
        ),
    ],
)
def test_a_council_speakers_frame_giving_their_words_to_the_report_is_left_out(
    report, settings, quoted, want
):
    """A speaker opening their quotation by giving it to the report ('As the inspectors put
    it, ...') relays the words after the frame, compared alone (only their first word's case
    differs); when those differ, or speak in the first person, they are the speaker's own
    account of the report (the conventions' opinion), never a misquote."""
    got = _spoken(f"She said: “{quoted}”", quoted, "She", "council", settings, report)
    assert got.verdict == want, got.explanation


@pytest.mark.parametrize(
    "quoted",
    [
        "The report states that ‘early help services are well established across the "
        "borough’, and we are building on that every day.",
        "The report states that ‘early help services are well established across the borough’.",
    ],
)
def test_a_council_speaker_marking_the_reports_words_inside_their_own_is_not_flagged(
    report, settings, quoted
):
    """The words the speaker marks are the report's, a quotation of their own; what is
    around them is the speaker's, neither misquoted nor misattributed."""
    got = _spoken(f"Cllr Smith said: “{quoted}”", quoted, "Cllr Smith", "council", settings, report)
    assert got.verdict == "not_checkable", got.explanation


def test_a_council_speakers_own_words_near_the_report_are_not_a_misquote(report, settings):
    quoted = "Early help services are well established right across Ashbury borough."
    text = f"Cllr Smith said: “{quoted}”"
    got = _spoken(text, quoted, "Cllr Smith", "council", settings, report)
    assert got.verdict == "not_checkable", got.explanation


def test_a_short_unattributed_phrase_with_a_word_changed_is_not_a_misquote(report, settings):
    got = run(
        report,
        "‘Thresholds are well grasped’",
        "Thresholds are well grasped",
        settings,
        role="unattributed",
    )
    assert got.verdict not in FLAGS, got.explanation


def test_two_words_one_in_another_inflection_are_a_minor_variation(report, settings):
    got = run(report, "Inspectors found assessments “lacking depth”.", "lacking depth", settings)
    assert got.verdict == "minor_variation", got.explanation


def test_an_item_of_a_list_its_speaker_opened_is_theirs(report, settings):
    quoted = "Ashbury is the best council in the north"
    text = f"Inspectors found:\n\n- “Early help is strong”\n\n- “{quoted}”"
    got = _spoken(text, quoted, "Inspectors", "inspectors", settings, report)
    assert got.verdict == "misattributed", got.explanation


def test_words_left_out_inside_one_passage_are_misquoted_not_spliced(report, settings):
    """'across the borough' dropped between two sentences of paragraph 1 with no ellipsis:
    an omission inside one passage (hillingdon_2023's 'in line with their needs')."""
    quoted = (
        "Early help services are well established. "
        "Families value the support they receive from family hubs."
    )
    got = run(report, f'Inspectors found: "{quoted}"', quoted, settings)
    assert got.verdict == "misquoted", got.explanation
    assert "'across the borough' left out with no ellipsis" in got.explanation


@pytest.mark.parametrize(
    ("quoted", "shown"),
    [
        # most words in order, two replaced (croydon_2024 'a backdrop of significant')
        ("a clear and bold vision and they know their service well", "'ambitious'"),
        # every content word there, in another form and order (croydon_2017's
        # 'deteriorated significantly' for 'significant deterioration')
        ("promptly responding", "responds promptly to contacts"),
    ],
)
def test_reworded_words_given_to_ofsted_are_misquoted(report, settings, quoted, shown):
    got = run(report, f"Inspectors said the council has “{quoted}”.", quoted, settings)
    assert got.verdict == "misquoted", got.explanation
    assert shown in got.explanation and got.evidence


def test_words_given_to_ofsted_found_nowhere_stay_misattributed(report, settings):
    quoted = "promptly repaired roads"
    got = run(report, f"Inspectors said the council has “{quoted}”.", quoted, settings)
    assert got.verdict == "misattributed", got.explanation


@pytest.mark.parametrize(
    ("quoted", "expected"),
    [
        # from the visit's letter, which was not given: not in this report, not flagged
        ("Ashbury is the best council in the north", "not_checkable"),
        # the report's words all the same: found, so supported
        ("Families value the support they receive from family hubs.", "supported"),
    ],
)
def test_a_release_about_another_visit_flags_no_quote(report, settings, quoted, expected):
    """Routing, not the quote checker, decides what a report of another visit can settle."""
    text = f"Ofsted's focused visit to Ashbury found strong practice. Inspectors said “{quoted}”."
    got = run(report, text, quoted, settings)
    assert got.verdict == expected, got.explanation
    if expected == "not_checkable":
        assert "later visit" in got.explanation


def test_an_unmarked_paragraph_read_as_the_inspectors_going_on_is_not_flagged(report, settings):
    """An unclosed quotation carried into a first-person paragraph with no mark of its own:
    each paragraph is judged alone, and the unmarked one not being in the report is no
    evidence of an error; a marked paragraph not in the report still is."""
    text = (
        'Inspectors said: "Ashbury is the best council in the north of England by far.\n'
        "We are delighted that our family hubs have been recognised by everyone.\n"
    )
    pieces = [
        "Ashbury is the best council in the north of England by far.",
        "We are delighted that our family hubs have been recognised by everyone.",
    ]
    release = make_release(text)
    claim = make_claim(release, "", pieces=pieces, speaker="Inspectors")
    got = check_claims(release, [claim], [report], [], settings, None).claims
    assert [c.verdict for c in got] == ["misattributed", "not_checkable"]


def test_a_letter_changed_in_square_brackets_is_minor_not_a_dropped_word(report, settings):
    quoted = "[f]amilies value the support they receive from family hubs."
    got = run(report, f"Inspectors said “{quoted}”", quoted, settings)
    assert got.verdict == "minor_variation", got.explanation


@pytest.mark.parametrize("cut", ["from family hu…", "from family hubs...", "from family [...]"])
def test_a_quotation_cut_by_the_end_with_an_ellipsis_is_judged_on_its_complete_words(
    report, settings, cut
):
    quoted = f"Families value the support they receive {cut}"
    got = run(report, f"Inspectors said “{quoted}", quoted, settings)
    assert got.verdict == "supported", got.explanation


@pytest.mark.parametrize(
    ("printed", "release"),
    [
        (
            "Leaders have strengthened the ‘front door’ arrangements.",
            "‘Leaders have strengthened the “front door” arrangements.’",
        ),
        (
            "Children in the Brook & Vale hub receive excellent services.",
            "“Children in the Brook & Vale hub receive excellent services.”",
        ),
    ],
    ids=["nested-marks-of-the-other-kind", "ampersand-the-report-prints"],
)
def test_the_reports_words_as_it_prints_them_are_verbatim(settings, printed, release):
    text = REPORT_TEXT + f"\n12. {printed}\n"
    quoted = release[1:-1]
    got = run(make_report(text), f"Inspectors said {release}", quoted, settings)
    assert got.verdict == "supported", got.explanation


def test_a_tweet_signed_on_the_line_below_is_its_authors_words(report, settings):
    tweet = "Proud that families value the support they receive from our hubs #Ashbury"
    release = f"{tweet}\n— Ashbury Council (@AshburyCouncil) July 24, 2024"
    got = run(report, release, tweet, settings, role="council", speaker="Ashbury Council")
    assert got.verdict == "not_checkable", got.explanation


def test_a_sentence_the_report_prints_twice_is_placed_beside_the_one_quoted_after_it(settings):
    text = REPORT_TEXT + (
        "\n12. Across the service, oversight of practice by managers is weak. The evaluation "
        "of practice is too positive.\n13. Oversight of practice by managers is weak.\n"
    )
    quoted = (
        "oversight of practice by managers is weak. The evaluation of practice is too positive."
    )
    got = run(make_report(text), f"Inspectors said “{quoted}”", quoted, settings)
    assert got.verdict == "supported", got.explanation


@pytest.mark.parametrize(
    "quoted",
    [
        "Nearly 90 per cent of parents took part in conferences, and staff & partners attended.",
        "Nearly 90% of parents took part in conferences, and staff and partners attended (sic).",
    ],
    ids=["per-cent-and-ampersand", "sic"],
)
def test_a_house_styles_spelling_of_the_reports_words_is_minor(settings, quoted):
    text = REPORT_TEXT + (
        "\n12. Nearly 90% of parents took part in conferences, and staff and partners attended.\n"
    )
    got = run(make_report(text), f"Inspectors said “{quoted}”", quoted, settings)
    assert got.verdict == "minor_variation", got.explanation


def test_a_quotation_cut_inside_its_first_word_has_no_words_to_flag(report, settings):
    got = run(report, "Inspectors said: “Famil", "Famil", settings)
    assert got.verdict == "not_checkable", got.explanation


def test_words_the_report_prints_twice_are_verbatim_if_printed_so_once(settings):
    text = REPORT_TEXT + (
        "\n12. Too many children wait for help. Leaders know that too many children wait.\n"
    )
    release = "Inspectors said “too many children wait” for help."
    got = run(make_report(text), release, "too many children wait", settings)
    assert got.verdict == "supported", got.explanation


def test_a_named_inspector_telling_someone_is_speaking_not_the_report(report, settings):
    quoted = "real determination to get it right"
    text = f"Lead inspector Jo Park told the board that staff had shown “{quoted}”."
    got = _spoken(text, quoted, "Lead inspector Jo Park", "inspectors", settings, report)
    assert got.verdict == "not_checkable", got.explanation


@pytest.mark.parametrize(
    "quoted", ["outstanding leadership", "good with outstanding features", "good across the board"]
)
def test_a_grade_in_quote_marks_is_not_flagged_when_the_report_does_not_print_it(
    report, settings, quoted
):
    """'Good with outstanding features' restates grades: the rating claim checks them,
    and the report not printing the words is no misattribution."""
    got = run(report, f"Ofsted judged the council “{quoted}”.", quoted, settings)
    assert got.verdict == "not_checkable", got.explanation


def test_a_phrase_saying_more_than_a_grade_is_still_checked(report, settings):
    quoted = "outstanding partnership working"
    got = run(report, f"Ofsted found “{quoted}”.", quoted, settings)
    assert got.verdict not in ("not_checkable", "supported"), got.explanation


SAID_OF_REPORT = (
    "1. Partnership working with schools is strong and effective. Leaders (the senior "
    "team) are visible and approachable.\n"
    "2. Social workers visit children from thoughtful and purposeful teams.\n"
    "3. Fostering recruitment has been slow to start. The director and her deputies meet "
    "monthly. Assessments are clear and concise. "
    "Care plans are clear and concise.\n"
    "4. Leaders understand the challenges they face to improve services. However, the "
    "response to these challenges is too slow."
)


@pytest.mark.parametrize(
    ("sentence", "quoted", "want"),
    [
        (
            "Inspectors said the council's leadership was “strong and effective”.",
            "strong and effective",
            "misleading",
        ),
        (
            "Inspectors found the fostering service's recruitment “visible and approachable”.",
            "visible and approachable",
            "misleading",
        ),
        # another quotation beside it is the report's words, not the release's naming
        (
            "Inspectors said the council's leadership was “strong and effective”, and "
            "praised “partnership working with schools”.",
            "strong and effective",
            "misleading",
        ),
        (
            "Inspectors said partnership working was “strong and effective”.",
            "strong and effective",
            "supported",
        ),
        (
            "Ofsted praised the “strong and effective” partnership with schools.",
            "strong and effective",
            "supported",
        ),
        (
            "Inspectors said the council's services were “strong and effective”.",
            "strong and effective",
            "supported",
        ),
        (
            "Inspectors said the council's fostering panel was “thoughtful and purposeful”.",
            "thoughtful and purposeful",
            "supported",
        ),
        (
            "Inspectors said the director and her deputies were “visible and approachable”.",
            "visible and approachable",
            "supported",
        ),
        (
            "Inspectors said the emergency duty desk was “strong and effective”.",
            "strong and effective",
            "supported",
        ),
        (
            "Of fostering recruitment, the report says it is “strong and effective”.",
            "strong and effective",
            "supported",
        ),
        (
            "Inspectors found the fostering service's recruitment “clear and concise”.",
            "clear and concise",
            "supported",
        ),
        (
            "Ofsted said the council's services were “too slow” to improve.",
            "too slow",
            "supported",
        ),
    ],
)
@pytest.mark.provisional
def test_short_quote_said_of_another_subject_is_misleading(sentence, quoted, want, settings):
    """A few words the report gives as the predicate of one subject ('Partnership working
    ... is strong and effective'), quoted of another the report names, are misleading; the
    same words of the same subject, of the council as a whole, of one group of referents in
    other words (the director and her team for 'Leaders'), of a thing the report never
    names (a synonym it does not use) or a pronoun, of several subjects in the report, of
    a report subject pointing back to the sentence before ('the response to these
    challenges'), or taken from an attributive use (no subject of their own) are not
    flagged. The release's words beside them are read outside its quotations: another
    quotation in the sentence holds the report's words, not what the release names."""
    got = run(make_report(SAID_OF_REPORT), sentence, quoted, settings)
    assert got.verdict == want, got.explanation
    if want == "misleading":
        assert (
            "'Partnership working with schools'" in got.explanation or "Leaders" in got.explanation
        )


TIMELY = "timely and appropriate"
LOCATED_REPORT = (
    "1. Decisions to step in, including for early help, are timely and appropriate. "
    "Managers are visible.\n"
    "2. Decisions to close child protection plans are now appropriate.\n"
    "3. Local hubs offer a highly effective range of targeted programmes.\n"
    "4. The experiences of children who need help and protection require improvement.\n"
    "5. Return home interviews are thorough and prompt. They are well recorded and "
    "carefully weighed.\n"
    "6. Most decisions are recorded well."
)


@pytest.mark.parametrize(
    ("sentence", "quoted", "want"),
    [
        (
            "Inspectors said decisions to close child protection plans were now “timely and "
            "appropriate”.",
            "timely and appropriate",
            "misleading",
        ),
        (
            "Services for children who need help and protection were described as ‘highly "
            "effective’.",
            "highly effective",
            "misleading",
        ),
        # the report's sentence holding the words names the release's subject too
        (
            "Inspectors said decisions to step in for early help were “timely and appropriate”.",
            "timely and appropriate",
            "supported",
        ),
        (
            "Inspectors said local hubs offered a “highly effective” range of programmes.",
            "highly effective",
            "supported",
        ),
        # a pronoun in the report points to the sentence before, which names the subject
        (
            "Inspectors found return home interviews “well recorded and carefully weighed”.",
            "well recorded and carefully weighed",
            "supported",
        ),
        # a share word limits the subject, it names none of it
        (
            "Inspectors said most decisions were “highly effective”.",
            "highly effective",
            "supported",
        ),
        # the words given as no predicate of the subject the release names before them
        (
            "Children who need help and protection were helped by the “highly effective” "
            "range of programmes.",
            "highly effective",
            "supported",
        ),
        (
            "Inspectors praised the “highly effective” range for children who need help and "
            "protection.",
            "highly effective",
            "supported",
        ),
        (
            "Leaders were slow, and there is a “highly effective” range for children who need "
            "help and protection.",
            "highly effective",
            "supported",
        ),
        # the subject named by one word, by a pronoun, or by words the report never uses
        (
            "Inspectors said decisions were “timely and appropriate”.",
            "timely and appropriate",
            "supported",
        ),
        (
            "Inspectors said they were “timely and appropriate”.",
            "timely and appropriate",
            "supported",
        ),
        (
            "Inspectors said the youth offending team's work was “highly effective”.",
            "highly effective",
            "supported",
        ),
    ],
)
@pytest.mark.provisional
def test_short_quote_of_a_subject_the_report_locates_elsewhere_is_misleading(
    sentence, quoted, want, settings
):
    """A few words the report says of one thing ('Decisions to step in ... are timely and
    appropriate'), quoted of another it speaks of elsewhere without them ('Decisions to
    close child protection plans are now appropriate'), are misleading, both passages
    named; not when the sentence holding them (with the one before it, where a pronoun's
    referent stands) names the release's subject too, nor when the release names it by one
    word, a pronoun, or words the report does not locate in one sentence."""
    got = run(make_report(LOCATED_REPORT), sentence, quoted, settings)
    assert got.verdict == want, got.explanation
    if want == "misleading":
        assert got.decided_by == "quote._of_located_other"
        assert len(got.explanation.split("'")) >= 5, got.explanation


def test_short_quote_of_a_subject_located_elsewhere_is_held_back_by_default(settings):
    """The check rests on shared words and no real release has borne it out yet: its flag is
    shown, not raised, unless the provisional_flags setting asks (docs/FLAGS.md)."""
    sentence = (
        "Inspectors said decisions to close child protection plans were “timely and appropriate”."
    )
    got = run(make_report(LOCATED_REPORT), sentence, TIMELY, settings)
    assert got.verdict == "not_checkable", got.explanation
    assert got.held_back == "misleading" and got.explanation.startswith("Not flagged (")


SPELLED_REPORT = (
    "1. The local authority designated officer (LADO) service is effective.\n"
    "2. Social workers, managers, independent reviewing officers (IROs) and leaders explore "
    "alternative permanence options for children.\n"
    "3. Leaders have a clear focus on children's wellbeing and staff are focused on 24 hours "
    "support since September 2018.\n"
    "4. Personal advisers (PAs) are tenacious. The organisation has improved 50 per cent of "
    "plans. The director of children's social care is visible.\n"
    "5. Young people's views are sought; e-mail contact is prompt and co-ordinated.\n"
    "6. Practice is child-centred and the family centre is valued."
)


@pytest.mark.parametrize(
    ("quoted", "want"),
    [
        ("The local authority designated officer service is effective", "minor_variation"),
        ("The LADO service is effective", "minor_variation"),
        ("managers, independent reviewing officers and leaders explore", "minor_variation"),
        ("Social workers, managers, IROs and leaders explore alternative", "minor_variation"),
        ("Personal advisers are tenacious", "minor_variation"),
        ("Leaders have a clear focus on children's well-being", "minor_variation"),
        ("staff are focused on 24 hours support since Sept 2018", "minor_variation"),
        ("staff are focused on 24 hrs support since September 2018", "minor_variation"),
        ("The organisation has improved 50% of plans", "minor_variation"),
        ("The director of CSC is visible", "minor_variation"),
        ("young peoples views are sought", "minor_variation"),
        ("email contact is prompt and coordinated", "minor_variation"),
        ("Practice is child-centered and the family center is valued", "minor_variation"),
        # The same spellings beside a word truly changed or dropped stay misquotes.
        ("The LADO service is ineffective", "misquoted"),
        ("The local authority designated service is effective", "misquoted"),
        ("staff are focused on 24 hours support since Nov 2018", "misquoted"),
        ("The organisation has improved 60% of plans", "misquoted"),
        ("The director of CS is visible", "misquoted"),
        ("Social workers, managers, IROs and leaders explore permanence options", "misquoted"),
    ],
)
def test_a_spelling_of_the_reports_words_is_a_minor_variation(quoted, want, settings):
    """An abbreviation the report defines ('(LADO)', '(IROs)') dropped or kept for its
    words, one the quotation prints in capitals for the words it spells ('CSC'), a month
    or unit of time abbreviated ('Sept', 'hrs'), '%' for the report's 'per cent', a compound
    hyphenated or closed at the quotation's ends ('well-being' for 'wellbeing and', 'email'
    for 'e-mail'), an apostrophe left out ('peoples'): the report's words
    spelled otherwise, a minor variation by the conventions; any other word changed or
    dropped beside them is still a misquote."""
    got = run(make_report(SPELLED_REPORT), f"Inspectors said “{quoted}”.", quoted, settings)
    assert got.verdict == want, got.explanation


DENIED_REPORT = (
    "1. Educational progress for children in care is improving but is not yet good enough.\n"
    "2. Parental consent is secured in most cases, although it is not always recorded.\n"
    "3. The out-of-hours service does not instigate child protection processes in a timely "
    "manner.\n"
    "4. Although the majority of care leavers are in education or training, too many are not.\n"
)


@pytest.mark.parametrize(
    ("sentence", "quoted", "want"),
    [
        # the sentence goes on to deny its own subject's predicate: the half taken back
        ("Inspectors said educational progress “is improving”.", "is improving", "misleading"),
        (
            "Ofsted said “Educational progress for children in care is improving”.",
            "Educational progress for children in care is improving",
            "misleading",
        ),
        # a clause with a subject of its own says something else
        (
            "Inspectors found “parental consent is secured in most cases”.",
            "parental consent is secured in most cases",
            "supported",
        ),
        # the release says the denial itself
        (
            "Inspectors said progress “is improving” but not yet good enough.",
            "is improving",
            "supported",
        ),
        # a quotation limiting its own subject: the rest denied after it is no denial of it
        (
            "The report states that “the majority of care leavers are in education or training”.",
            "the majority of care leavers are in education or training",
            "supported",
        ),
        # the report's words in another inflection, negated before them
        (
            "Ofsted said the out-of-hours service “instigates child protection processes in a "
            "timely manner”.",
            "instigates child protection processes in a timely manner",
            "misleading",
        ),
    ],
)
@pytest.mark.provisional
def test_verbatim_words_the_report_denies_are_misleading(sentence, quoted, want, settings):
    """A quotation stopping where its report sentence goes on, with no subject of its own,
    to deny the quoted predicate ('is improving but is not yet good enough'), or quoting in
    another case or inflection words the report negates, gives the report's words the
    opposite sense (misleading, provisional: was supported, or minor_variation, which was
    decided before what the words say was asked)."""
    got = run(make_report(text=DENIED_REPORT), sentence, quoted, settings)
    if want == "supported":
        assert got.verdict not in FLAGS, got.explanation
    else:
        assert got.verdict == want, got.explanation


SPLICE_REPORT = (
    "1. Disabled children benefit from high-quality, responsive support.\n"
    "2. Leaders know their services well.\n"
    "3. Social workers value group supervision, which takes place regularly.\n"
    "4. However, not all children in need have a plan that sets out how they are supported.\n"
    "5. The vast majority of assessments include good analysis.\n"
    "6. There has been some, but not enough, improvement in addressing two areas for "
    "improvement from the last visit.\n"
    "7. While there has been some improvement, plans are still weak.\n"
)


@pytest.mark.parametrize(
    ("quoted", "want"),
    [
        # two report sentences joined by the release's own 'and'
        (
            "Disabled children benefit from high-quality, responsive support, and social "
            "workers value group supervision.",
            "spliced",
        ),
        # a share put for the report's 'not all' is a changed word, not a passage of its own
        (
            "the vast majority of children in need have a plan that sets out how they are "
            "supported.",
            "misquoted",
        ),
        # words left out inside one sentence, though the head also stands in another
        (
            "there has been some improvement in addressing two areas for improvement from "
            "the last visit.",
            "misquoted",
        ),
    ],
)
def test_splice_against_words_changed_or_left_out_in_one_sentence(quoted, want, settings):
    """A splice joins two report passages (the release's 'and' between them is its own
    join); a quantity put for the report's ('the vast majority of' for 'not all') or words
    left out of one sentence (', but not enough,') is a misquotation of that sentence, even
    where the words' head also stands elsewhere (were misquoted; spliced; spliced)."""
    got = run(make_report(text=SPLICE_REPORT), f"Inspectors said “{quoted}”", quoted, settings)
    assert got.verdict == want, got.explanation


@pytest.mark.parametrize(
    ("quoted", "want"),
    [
        ("particularly strong practice in early permanance planning", "minor_variation"),
        # an omission without an ellipsis is misquoted by the conventions, a 'very' too
        ("the impact of domestic abuse is well understood by practitioners", "misquoted"),
    ],
)
def test_misspelt_ending_is_minor_and_a_dropped_very_is_not(quoted, want, settings):
    """'permanance' for 'permanence' is a spelling difference, a minor variation (was
    misquoted); 'very' dropped is a word left out with no ellipsis, which the conventions
    call misquoted however little the meaning moves."""
    text = (
        "1. There is particularly strong practice in early permanence planning.\n"
        "2. The impact of domestic abuse is very well understood by practitioners.\n"
    )
    got = run(make_report(text=text), f"Inspectors said “{quoted}”", quoted, settings)
    assert got.verdict == want, got.explanation


def _told_by_pronoun(release_text, quoted, speaker, pronoun, settings, report):
    """The quotation ``quoted`` given to Ofsted, named as ``speaker`` and told again by
    ``pronoun`` (their first occurrences), as extraction records a pronoun in its sentence."""
    from verify.types import Attribution, Span

    release = make_release(release_text)
    claim = make_claim(release, quoted, role="inspectors")
    at, said = release.text.index(speaker), release.text.index(pronoun)
    attribution = Attribution(
        speaker=speaker,
        role="inspectors",
        start=at,
        end=at + len(speaker),
        pronoun=Span(start=said, end=said + len(pronoun), text=pronoun),
    )
    claim = claim.model_copy(update={"attribution": attribution})
    return check_claims(release, [claim], [report], [], settings, None).claims[0]


def test_words_given_to_ofsted_by_a_pronoun_in_their_own_sentence_are_flagged(report, settings):
    """'They also wrote that …' after the paragraph naming inspectors gives the words to
    them as plainly as a name would: words the report lacks are misattributed."""
    quoted = "Ashbury has the lowest caseloads in the north"
    text = f"Inspectors praised the front door.\n\nThey also wrote that “{quoted}”."
    got = _told_by_pronoun(text, quoted, "Inspectors", "They", settings, report)
    assert got.verdict == "misattributed", got.explanation


def test_a_pronoun_standing_for_a_speaker_paragraphs_back_is_still_a_guess(report, settings):
    """The speaker the pronoun stands for named two paragraphs before, a paragraph of the
    release's own between: a guess, not flagged."""
    quoted = "Ashbury has the lowest caseloads in the north"
    text = (
        f"Inspectors praised the front door.\n\nThe council has 40 social workers.\n\n"
        f"They also wrote that “{quoted}”."
    )
    got = _told_by_pronoun(text, quoted, "Inspectors", "They", settings, report)
    assert got.verdict == "not_checkable", got.explanation


@pytest.mark.parametrize(
    "text",
    [
        "In a statement, Ofsted said it had “{}”.",
        "Ofsted said: “{}”",
    ],
)
def test_ofsteds_own_statements_are_not_the_reports(report, settings, text):
    """A statement to the press, or Ofsted itself in the first person ('We found …', 'Our
    report …'), is Ofsted speaking, not its report: words the report lacks are no flag."""
    quoted = "We found a council that knows itself well and is improving"
    got = _spoken(text.format(quoted), quoted, "Ofsted", "inspectors", settings, report)
    assert got.verdict == "not_checkable", got.explanation


def test_an_officials_words_beside_the_report_named_as_their_work_are_their_own(report, settings):
    """'… as it built on the report': the report named as what the council works on tells
    nothing, so the councillor's words differing from it are hers, not a misquotation."""
    quoted = "early help services are well established across the whole county"
    text = f"Cllr Smith said the council’s “{quoted}” as it built on the report."
    got = _spoken(text, quoted, "Cllr Smith", "council", settings, report)
    assert got.verdict == "not_checkable", got.explanation


def test_words_whose_only_match_is_function_words_are_not_misquoted(report, settings):
    """'on the brink of collapse' shares only 'on the … of' with any report sentence: words
    the report never printed (misattributed), not a word changed."""
    text = 'Inspectors said the council was "on the brink of collapse".'
    got = run(report, text, "on the brink of collapse", settings)
    assert got.verdict == "misattributed", got.explanation


@pytest.mark.parametrize(
    ("words", "together"),
    [
        ("significant deterioration", True),  # one phrase reworded
        ("well developed", False),  # 'well equipped' ... 'developed' far apart
    ],
)
def test_reworded_words_must_stand_together_in_the_sentence(words, together):
    """Every content word of a short quotation somewhere in a long sentence is no
    rewording of it: the words must stand close together, as a phrase reworded does."""
    from verify.check.common import content_words
    from verify.check.quote.not_found import _together

    sentence = (
        "Staff are well equipped to support children, and a significant deterioration in "
        "the quality of plans has been reversed through an academy developed with partners."
    )
    assert _together(content_words(words), sentence) is together


def test_words_a_person_tells_as_the_inspectors_name_them_when_not_found(report, settings):
    """'Cllr X said inspectors found “…”' with words the report lacks: misattributed, as
    the conventions say (words given to inspectors that the report does not contain), the
    verdict naming the councillor who gave them (``Attribution.teller``)."""
    quoted = "the best social workers in the region"
    text = f"Cllr Jo Hart said inspectors found “{quoted}”."
    release = make_release(text)
    claim = make_claim(release, quoted, role="inspectors", speaker="inspectors")
    told = claim.attribution.model_copy(update={"teller": "Cllr Jo Hart"})
    claim = claim.model_copy(update={"attribution": told})
    got = check_claims(release, [claim], [report], [], settings, None).claims[0]
    assert got.verdict == "misattributed" and "by Cllr Jo Hart" in got.explanation


def test_a_few_words_laid_over_a_long_sentence_are_not_its_rewording():
    """Four words given to the report that share only 'the', 'in' and 'London' with a long
    sentence are not that sentence reworded (misquoted) but words it lacks; a passage
    reworded in about as many words is (``not_found._reworded_diff``)."""
    from verify.check.quote.not_found import _reworded_diff
    from verify.types import DiffOp

    laid_over = [
        DiffOp(op="equal", report="the", release="the"),
        DiffOp(op="replace", report="systems and processes of the board", release="happiest"),
        DiffOp(op="equal", report="in", release="in"),
        DiffOp(op="delete", report="the availability of detailed information of the pan"),
        DiffOp(op="equal", report="London", release="London"),
    ]
    assert not _reworded_diff(laid_over)
    reworded = [
        DiffOp(op="equal", report="against a", release="a"),
        DiffOp(op="replace", report="background", release="backdrop"),
        DiffOp(op="equal", report="of", release="of"),
        DiffOp(op="replace", report="particular financial", release="significant"),
        DiffOp(op="equal", report="challenges", release="challenges"),
    ]
    assert _reworded_diff(reworded)


def test_one_sentences_start_joined_to_the_next_ones_end_is_spliced(report, settings):
    """'The multi-agency front door responds promptly' + 'decisions are timely and
    appropriate', the rest of the first sentence and the start of the next skipped with no
    ellipsis: a sentence the report never printed, spliced (was: misquoted, words left out
    inside one passage; ``placing._joins_inside_sentences``)."""
    quoted = (
        "The multi-agency front door responds promptly and decisions are timely and appropriate."
    )
    got = run(report, f"Inspectors found: “{quoted}”", quoted, settings)
    assert got.verdict == "spliced", got.explanation


def test_invented_words_laid_over_a_sentence_sharing_a_few_are_misattributed(settings):
    """'a council in crisis' over the report's 'the council on issues facing young people
    in the': the placement keeps 'a', 'council' and 'in' (three words in four) but one of
    the quotation's two own words, with the report's words between them dropped: words
    the report never printed, not a word changed (was misquoted, stress_quotes19). A word
    changed in a passage, nothing dropped between the words kept, stays misquoted."""
    from check_helpers import REPORT_TEXT, make_report

    said = "Leaders consulted the council on issues facing young people in the borough."
    report = make_report(REPORT_TEXT.replace("\nThe inspection", f"\n8. {said}\n\nThe inspection"))
    quoted = "a council in crisis"
    got = run(report, f"The report described Ashbury as “{quoted}”.", quoted, settings)
    assert got.verdict == "misattributed", got.explanation
    changed = "consulted the council on problems facing young people"
    got = run(report, f"Inspectors said leaders “{changed}”.", changed, settings)
    assert got.verdict == "misquoted", got.explanation
    # words changed, as many in their place: a passage reworded (dev, croydon_2024)
    said = "The council has achieved this against a background of particular financial challenges."
    report = make_report(REPORT_TEXT.replace("\nThe inspection", f"\n8. {said}\n\nThe inspection"))
    reworded = "against a backdrop of significant challenges"
    got = run(report, f"Ofsted said it was done “{reworded}”.", reworded, settings)
    assert got.verdict == "misquoted", got.explanation


@pytest.mark.parametrize(
    ("said", "frame", "tail", "cases"),
    [
        (
            "8. Children receive an appropriate and proportionate response when risks to "
            "their well-being escalate.\n9. Children receive a warm welcome at the family hub.",
            "The report said",
            "when risks to their well-being escalate",
            (
                ("Children receive a proportionate response", "misquoted"),
                ("Children receive a warm welcome", "spliced"),
            ),
        ),
        (
            "8. Care leavers receive a high level of support that really benefits them.\n"
            "9. Foster carers give a consistently high standard of care to children.",
            "The report said care leavers receive",
            "level of support that really benefits them",
            (
                ("a consistently high", "misquoted"),
                ("a consistently high standard of care", "spliced"),
            ),
        ),
    ],
)
def test_words_left_out_or_added_in_one_sentence_are_misquoted_though_its_start_is_elsewhere(
    settings, said, frame, tail, cases
):
    """'Children receive a proportionate response ...' for the report's 'Children receive
    an appropriate and proportionate response ...': the words before the verbatim tail
    stand just before it in its own sentence, with an article changed, so one passage
    with words left out (misquoted), though 'Children receive a' stands verbatim in
    another sentence (was spliced, stress_speakers10). Likewise 'a consistently high level
    of support that really benefits them' for the report's 'a high level of ...': the
    report's words before the tail with one word added, one passage with a word added
    (misquoted), though 'a consistently high' stands verbatim in another sentence (was
    spliced, stress_quotes22). A tail joined to another sentence's start it does not
    follow stays spliced."""
    from check_helpers import REPORT_TEXT, make_report

    report = make_report(REPORT_TEXT.replace("\nThe inspection", f"\n{said}\n\nThe inspection"))
    for head, want in cases:
        quoted = f"{head} {tail}"
        got = run(report, f"{frame} “{quoted}”.", quoted, settings)
        assert got.verdict == want, got.explanation


@pytest.mark.parametrize(
    ("quoted", "want"),
    [
        (
            "Care leavers receive a high level of support that consistently benefits them",
            "misquoted",
        ),
        (
            "Care leavers receive a high level of support; the offer consistently benefits them",
            "spliced",
        ),
    ],
)
def test_a_word_added_after_a_verbatim_head_in_its_sentence_is_misquoted(settings, quoted, want):
    """The mirror of the case above: 'Care leavers receive a high level of support that
    consistently benefits them' for the report's '... support that benefits them and their
    families': the words after the verbatim head are the report's next words with one word
    added, one passage with a word added (misquoted), though 'consistently benefits them'
    stands verbatim in another sentence (``joins._added_inside``, read from the head). The
    head run on into that other sentence's words stays spliced."""
    from check_helpers import REPORT_TEXT, make_report

    said = (
        "8. Care leavers receive a high level of support that benefits them and their families."
        "\n9. Leaders said the offer consistently benefits them."
    )
    report = make_report(REPORT_TEXT.replace("\nThe inspection", f"\n{said}\n\nThe inspection"))
    got = run(report, f"The report said “{quoted}”.", quoted, settings)
    assert got.verdict == want, got.explanation


def test_two_words_placed_far_apart_in_a_sentence_are_no_passage_left_short(settings):
    """'fully embedded' over the report's 'fully addressed since the last inspection and
    some positive changes to practice are not embedded': both words kept, but thirteen
    report words dropped between them, more than the quotation holds: scattered words, not
    a passage with words left out; read as words the report lacks (misattributed), not a
    misquote of that sentence (stress_faithful6)."""
    from check_helpers import REPORT_TEXT, make_report

    said = (
        "Not all areas were fully addressed since the last inspection and some positive "
        "changes to practice are not embedded."
    )
    report = make_report(REPORT_TEXT.replace("\nThe inspection", f"\n8. {said}\n\nThe inspection"))
    got = run(report, "Ofsted said the model was “fully embedded”.", "fully embedded", settings)
    assert got.verdict == "misattributed", got.explanation
    assert "dropped" not in got.explanation


LIMITED_AFTER_REPORT = (
    "1. The child's voice is very well established at an individual level, but involvement "
    "in strategic planning needs strengthening.\n"
    "2. Plans are clear and specific for most children.\n"
    "3. Supervision is regular and reflective.\n"
)


@pytest.mark.parametrize(
    ("sentence", "quoted", "want"),
    [
        (
            "Inspectors found the child's voice “very well established” in the council's "
            "strategic planning.",
            "very well established",
            "misleading",
        ),
        ("Inspectors said plans are “clear and specific”.", "clear and specific", "misleading"),
        # the limit's noun alone names no limit
        (
            "Inspectors said plans are “clear and specific” for children.",
            "clear and specific",
            "misleading",
        ),
        # the release limits the words itself, or names the report's limit
        (
            "Inspectors said plans are “clear and specific” for most children.",
            "clear and specific",
            "supported",
        ),
        (
            "Inspectors found the child's voice “very well established” for individual children.",
            "very well established",
            "supported",
        ),
        (
            "Inspectors said supervision is “regular and reflective”.",
            "regular and reflective",
            "supported",
        ),
    ],
)
@pytest.mark.provisional
def test_a_quotation_cut_just_before_the_reports_limit_is_misleading(
    sentence, quoted, want, settings
):
    """Words the report limits just after them ('very well established at an individual
    level', 'clear and specific for most children'), quoted without the limit, are cut as
    a limit just before them is ('Most children ...'): misleading (provisional), unless the
    release's sentence limits them itself or names the report's limit."""
    got = run(make_report(LIMITED_AFTER_REPORT), sentence, quoted, settings)
    if want == "supported":
        assert got.verdict not in FLAGS, got.explanation
    else:
        assert got.verdict == want, got.explanation


@pytest.mark.parametrize(
    ("printed", "quoted"),
    [
        (
            "Foster carers benefit from effective and flexible support.",
            "Foster carers bene\ufb01t from effective and \ufb02exible support.",
        ),
        (
            "Foster carers bene\ufb01t from effective and \ufb02exible support.",
            "Foster carers benefit from effective and flexible support.",
        ),
    ],
    ids=["ligatures-copied-into-the-release", "ligatures-printed-by-the-report"],
)
def test_a_ligature_is_the_letters_it_joins(settings, printed, quoted):
    """'ﬁ' copied from a PDF is the letters f and i (lane quoteback23: a release quoting
    'beneﬁt' as the PDF set it was called misquoted, 'benefit' became 'beneﬁt')."""
    text = REPORT_TEXT + f"\n12. {printed}\n"
    report = make_report(text, sha=hashlib.sha256(text.encode()).hexdigest())
    got = run(report, f"Inspectors said “{quoted}”", quoted, settings)
    assert got.verdict == "supported", got.explanation


@pytest.mark.parametrize(
    ("release", "pieces"),
    [
        ("Inspectors said “The rate of placing older children is 8%”.", None),
        ("Inspectors said the rate was “£2m higher than in 2022”.", None),
        (
            "“The rate of placing older children is 8%,” the report said, “which is higher "
            "than the national average.”",
            [
                "The rate of placing older children is 8%,",
                "which is higher than the national average.",
            ],
        ),
    ],
    ids=["ending-in-a-per-cent-sign", "opening-with-a-pound-sign", "interrupted-after-a-per-cent"],
)
def test_signs_printed_on_the_reports_words_are_verbatim(settings, release, pieces):
    """A sign the report prints on a number at a quotation's edge ('8%', '£2m') is its
    words as printed (lane quoteback23: '... is 8%,” the report said, “which ...' was called
    a minor variation)."""
    printed = (
        "The rate of placing older children is 8%, which is higher than the national average. "
        "Spending was £2m higher than in 2022."
    )
    text = REPORT_TEXT + f"\n12. {printed}\n"
    report = make_report(text, sha=hashlib.sha256(text.encode()).hexdigest())
    snippet = pieces[0] if pieces else release[release.index("“") + 1 : release.rindex("”")]
    got = run(report, release, snippet, settings, pieces=pieces)
    assert got.verdict == "supported", got.explanation


@pytest.mark.parametrize(
    "release",
    [
        "Inspectors said there is “a clear plan for children”.",
        "Inspectors said “young people are well supported”.",
        "Inspectors said “Spending was €3m” on support.",
    ],
    ids=["ending-before-a-slash", "opening-after-a-slash", "ending-before-an-asterisk"],
)
def test_only_signs_of_money_and_shares_widen_a_quotation(settings, release):
    """A quotation's edge word is widened over a currency or per cent sign only, not over
    any mark printed against it: words ending at 'children' in 'children/young people'
    are verbatim (were called a minor variation)."""
    printed = (
        "Most children/young people are well supported, with a clear plan for "
        "children/young people. Spending was €3m* on support."
    )
    text = REPORT_TEXT + f"\n12. {printed}\n"
    report = make_report(text, sha=hashlib.sha256(text.encode()).hexdigest())
    snippet = release[release.index("“") + 1 : release.rindex("”")]
    got = run(report, release, snippet, settings)
    assert got.verdict == "supported", got.explanation
