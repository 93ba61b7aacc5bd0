"""The domain's words: one date parser for every printed form, one grade reading, one
severity order, one sentence splitter, one 'same council' rule."""

from datetime import date

import pytest

from verify.extract.values import first_grade
from verify.types import Judgement
from verify.words.councils import authorities_in, council_key, names_council
from verify.words.dates import date_spans, own_years, parse_dates
from verify.words.grades import grade_of, grade_rank, grades_by_year, grades_given, grades_in
from verify.words.judgements import JUDGEMENTS, RELEASE_JUDGEMENT_RE, graded_areas, title
from verify.words.numbers import month_name, month_number, number, number_word, ordinal
from verify.words.sentences import split_sentences
from verify.words.verdicts import SEVERITY, worst


def test_one_parser_reads_release_cover_and_file_name_dates():
    assert parse_dates("between 11 September and 5 October 2017") == [
        date(2017, 9, 11),
        date(2017, 10, 5),
    ]
    assert parse_dates("published on January 12, 2024") == [date(2024, 1, 12)]
    assert parse_dates("Inspection dates: 2 to 13 January 2023") == [
        date(2023, 1, 2),
        date(2023, 1, 13),
    ]
    assert parse_dates("13 May 2014 – 05 June 2014") == [date(2014, 5, 13), date(2014, 6, 5)]
    assert parse_dates("16/01/2019") == [date(2019, 1, 16)]
    text = "took place from 12/09/2016 to 06/10/2016"
    assert [text[a:b] for a, b in date_spans(text)] == ["12/09/2016", "06/10/2016"]
    assert parse_dates("children's services inspection - 12 january 2024 ") == [date(2024, 1, 12)]
    assert parse_dates("on 3 March", year_hint=2022) == [date(2022, 3, 3)]
    assert parse_dates("on 3 March") == []


def test_a_date_borrows_a_year_only_within_its_range_or_list():
    assert parse_dates("from Monday 15 May to Friday 19 May 2023") == [
        date(2023, 5, 15),
        date(2023, 5, 19),
    ]
    # The year of a date of something else further on is not the range's.
    opened = "between 15 and 19 May, a year after the hub opened on 3 April 2022"
    assert parse_dates(opened) == [date(2022, 4, 3)]
    assert parse_dates(opened, year_hint=2023) == [
        date(2022, 4, 3),
        date(2023, 5, 15),
        date(2023, 5, 19),
    ]


def test_a_word_that_starts_like_a_month_is_not_one():
    assert parse_dates("over 3 decades and 4 junior staff in 2020") == []
    assert (month_number("Sept"), month_number("feb"), month_number("Marked")) == (9, 2, None)
    assert [month_name(month_number(m)) for m in ("sept", "Feb")] == ["September", "February"]


def test_grades_read_the_same_from_reports_and_releases():
    assert grade_of("Requires improvement to be good") == "requires_improvement"
    assert grades_in("judged adequate, now requires improvement") == {
        "adequate",
        "requires_improvement",
    }
    assert grade_rank("adequate") == grade_rank("requires_improvement") == 2


def test_the_top_grade_named_by_its_place_is_outstanding():
    """ratings18b: 'the borough's first top grade' gave the first grade 'top grade', no
    grade, and the release failed to check."""
    assert grade_of("top grade") == grade_of("Highest rating") == "outstanding"
    assert first_grade("It is the borough's first top grade.") == "outstanding"


def test_areas_are_every_graded_judgement_but_overall_and_the_lscb():
    table = [
        Judgement(name=n, grade="good", printed="Good")
        for n in ("overall_effectiveness", "help_and_protection", "lscb", "quality_of_provision")
    ]
    assert [j.name for j in graded_areas(table)] == ["help_and_protection", "quality_of_provision"]
    assert title("looked_after_and_permanence") == "Looked after children and permanence"
    assert RELEASE_JUDGEMENT_RE.search("child protection services").lastgroup == (
        "help_and_protection"
    )
    assert all(words.prose for words in JUDGEMENTS.values())


def test_numbers_both_ways():
    assert (number("seven"), number("12"), number("dozens")) == (7, 12, None)
    assert (number_word(2), number_word(40)) == ("two", "40")


def test_ordinals_in_words_and_digits():
    assert (ordinal("Third"), ordinal("3rd"), ordinal("21st"), ordinal("sixth")) == (3, 3, 21, 6)
    assert (ordinal("rd"), ordinal("3"), ordinal("thirdly")) == (None, None, None)


def test_ordinals_past_sixth_and_in_two_words():
    """Session 22 (quotes22): 'twenty-fifth birthday' for the report's '25th' was misquoted."""
    assert (ordinal("twenty-fifth"), ordinal("twenty fifth"), ordinal("Twelfth")) == (25, 25, 12)
    assert (ordinal("twentieth"), ordinal("twenty"), ordinal("twenty five")) == (20, None, None)


def test_one_severity_order_with_not_checkable_lowest():
    assert SEVERITY[0] == "not_checkable" and SEVERITY[-1] == "contradicted"
    assert worst(["supported", "not_checkable"]) == "supported"
    assert worst(["misleading", "unsupported", "supported"]) == "misleading"


def test_one_sentence_splitter():
    text = "Inspectors found it ‘good’. The council (Leeds) agreed! “Next,” he said."
    assert split_sentences(text) == [
        "Inspectors found it ‘good’.",
        "The council (Leeds) agreed!",
        "“Next,” he said.",
    ]


def test_same_council_rule_and_names_in_a_sentence():
    assert names_council("Wolverhampton", "City of Wolverhampton Council")
    assert not names_council("Kent", "Medway")
    # the archive's look-up key is the same rule, proof against spelling and folder names
    assert council_key("80483_Hammersmith & Fulham") == council_key(
        "London Borough of Hammersmith and Fulham"
    )
    assert council_key("Doncaster Children's Services Trust") == "doncaster"
    assert authorities_in("Sarah Kent, director in Medway, and Kent County Council") == [
        "Medway",
        "Kent",
    ]


def test_a_releases_own_years_are_its_latest_dated_years_not_bare_years():
    text = "Published 8 January 2019 after a visit in December 2018; judged inadequate in 2016."
    assert own_years(text) == {2018, 2019}
    assert own_years("Inspected in Sept 2020 (the last visit was in May 2017).") == {2020}
    assert own_years("Judged inadequate in 2016, good in 2021.") == set()


def test_all_areas_but_one_is_an_exception_to_all():
    from verify.words.qualifiers import EXCEPTION

    assert EXCEPTION.search("rated outstanding in all areas but one")
    assert not EXCEPTION.search("rated good, but one area requires improvement")


def test_a_grade_word_is_a_grade_given_only_where_a_grade_is_said():
    # Said as a grade: after a verb that gives one, or naming the grade itself.
    assert grades_given(
        "At the last inspection in 2016, services for care leavers were judged to be good, "
        "but other services were inadequate."
    ) == ["good", "inadequate"]
    assert grades_given("Areas identified as inadequate in the last inspection.") == ["inadequate"]
    assert grades_given("Following the inadequate judgement in 2016, leaders acted.") == [
        "inadequate"
    ]
    assert grades_given("The last inspection judged services as requires improvement to be good.")
    # An adjective of something else; 'required improvement' is a grade as a verb.
    assert grades_given("Good practice seen at the last inspection in 2016 was sustained.") == []
    assert grades_given("It built on the good-quality work seen at the last inspection.") == []
    assert grades_given("Nearly all children attend good or outstanding schools.") == []
    assert grades_given("services that required improvement to be good") == ["requires_improvement"]


def test_spelled_out_reads_each_spelling_of_a_word_as_one():
    from verify.words.spellings import spelled_out

    assert spelled_out("24hrs") == spelled_out("24 hours") == ["24", "hour"]
    assert spelled_out("1st") == spelled_out("first") != spelled_out("1")
    assert spelled_out("twenty-fifth") == spelled_out("25th") != spelled_out("twenty-sixth")
    assert spelled_out("Sept") == spelled_out("September")
    assert spelled_out("48hrs") != spelled_out("24 hours")


def test_numbers_in_words_and_approximate_figures():
    from verify.words.numbers import approximation, fits, ratios, spelled_numbers

    assert spelled_numbers("Sixteen- and 17-year-old children, seventy-two") == {16, 72}
    assert approximation("helped almost ") == "short"
    assert approximation("identified more than ") == "floor"
    assert approximation("identified ") is None
    assert fits(250, "short", 248) and fits(100, "floor", 102) and fits(30, "near", 28)
    assert not fits(250, "short", 100) and not fits(100, "floor", 90) and not fits(80, None, 76)
    # A bound far from a figure bounds another quantity (drift38: 'more than 200 days
    # quicker' beside the 476 days themselves); near it, it bounds that figure.
    assert not fits(200, "floor", 476) and not fits(40, "ceiling", 12)
    assert fits(200, "floor", 390) and fits(40, "ceiling", 21)
    assert [pct for _, _, pct in ratios("nine out of 10, one in four, 3 in 2")] == [90.0, 25.0]


def test_an_ending_spelled_by_sound_is_the_same_word():
    """'permanance' is 'permanence' mistyped; a short stem or another ending is not."""
    from verify.words.spellings import soundalike

    assert soundalike("permanance", "permanence")
    assert soundalike("independent", "independant")
    assert not soundalike("permanence", "permanent")
    assert not soundalike("dance", "dence")  # stem too short to tell


def _criticise(held: tuple[str, ...], met: tuple[str, ...]) -> None:
    """Each of ``held`` reads as criticism (``CRITICAL``), none of ``met`` does."""
    from verify.words.criticism import CRITICAL

    for text in held:
        assert CRITICAL.search(text), text
    for text in met:
        assert not CRITICAL.search(text), text


def test_concerns_are_criticism_only_when_someone_holds_them():
    _criticise(
        held=("Inspectors had concerns about the quality of plans", "a cause for concern"),
        met=(
            "The management of allegations and concerns against adults is timely",
            "child protection concerns are responded to promptly",
            "When concerns are raised about professionals, they are managed well",
            "partners raise concerns appropriately",
        ),
    )


def test_a_worry_held_of_something_criticises_a_childs_worry_does_not():
    """written24: 'Education was a particular worry.' was read as praise, and told
    misleading beside the report's criticism of education."""
    _criticise(
        held=(
            "Education was a particular worry.",
            "Attendance is the biggest worry for inspectors.",
            "There has been a worrying rise in exclusions.",
            "a worry",
        ),
        met=(
            "Children know whom to talk to when they are worried.",
            "Children told inspectors about their worries.",
            "It is a worry-free service.",
        ),
    )


def test_concerns_the_inspectors_raise_criticise():
    _criticise(
        held=(
            "HMI also raised concerns about a sharp rise in home education.",
            "Inspectors raised serious concerns about the front door.",
            "The report raises concerns about placement stability.",
            "Ofsted has raised concerns about drift.",
        ),
        met=(
            "Partners raise concerns appropriately.",
            "Schools raised concerns about the child, and social workers acted swiftly.",
            "Children know how to raise concerns.",
        ),
    )


def test_high_caseloads_and_variation_criticise():
    """drift26: 'While there is some variation across teams and services, caseloads for
    some practitioners remain high.' read as no criticism, and supported 'caseloads are now
    at manageable levels across teams'."""
    _criticise(
        held=(
            "caseloads for some practitioners remain high",
            "Workloads are too high in the assessment team.",
            "Caseloads in the court team are very high.",
            "There is some variation across teams and services.",
        ),
        met=(
            "Caseloads are manageable.",
            "Social workers have manageable caseloads and high aspirations for children.",
            "High-quality work is seen in every team.",
        ),
    )


def test_a_word_and_its_opposites():
    from verify.words.qualifiers import OPPOSITES

    assert OPPOSITES["poor"].search("children make good progress")
    assert OPPOSITES["good"].search("poor progress")
    assert OPPOSITES["poorly"].search("are clearly understood")
    assert not OPPOSITES["low"].search("high-quality training")
    # a word in two pairs has both opposites; an amount told the other way (session 15)
    assert OPPOSITES["increased"].search("a reduction in the turnover of staff")
    assert OPPOSITES["reduced"].search("turnover has increased")


def test_criticism_in_other_words():
    """'too' before any word, what 'under-' makes too little of, and what 'could be'
    better criticise (session 15); 'understood' and 'could be seen' do not."""
    from verify.words.criticism import CRITICAL

    for text in (
        "caseloads are too high",
        "the pace of change is too slow",
        "early help is underdeveloped",
        "services are under-resourced",
        "targets could be more specific",
        "the response could be quicker",
    ):
        assert CRITICAL.search(text), text
    for text in ("thresholds are well understood", "the impact could be seen in every file"):
        assert not CRITICAL.search(text), text


def test_under_negates_only_the_words_it_makes_too_little_of():
    from verify.words.qualifiers import NEGATIVE_PREFIX

    for word, stem in (("underdeveloped", "developed"), ("under-resourced", "resourced")):
        assert NEGATIVE_PREFIX.fullmatch(word)["stem"] == stem
    for word in ("understood", "undertaken", "underpinned", "understanding", "underway"):
        assert not NEGATIVE_PREFIX.search(word), word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("All but children in care were judged good.", ("children_in_care",)),
        ("Every area apart from adoption and care leavers was good.", ("adoption", "care_leavers")),
        ("Care leavers were all good.", ()),
        ("All but one of the judgements were inadequate.", ()),
    ],
)
def test_the_judgements_excepted_from_a_grade_of_all(text, expected):
    """grades17: the exceptions ``grades._all_but_named`` leaves out of 'all'."""
    from verify.words.qualifiers import excepted_judgements

    assert excepted_judgements(text) == expected


@pytest.mark.parametrize(
    ("text", "year", "years"),
    [
        ("Previous inspections, in 2015 and 2018, also rated it good.", 2015, [2015, 2018]),
        ("rated inadequate in 2014, 2016 and again in 2019", 2016, [2014, 2016, 2019]),
        ("rated inadequate in 2015 and requires improvement in 2018", 2015, [2015]),
    ],
)
def test_years_listed_together_share_what_is_said_of_them(text, year, years):
    from verify.words.dates import years_listed_with

    assert years_listed_with(text, year) == years


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Somerset was judged inadequate at its inspection in 2015, and requires "
            "improvement in 2018.",
            [("inadequate", 2015), ("requires_improvement", 2018)],
        ),
        (
            "Rated good in 2013 and outstanding in 2019, the service keeps improving.",
            [("good", 2013), ("outstanding", 2019)],
        ),
        ("Rated inadequate in 2015 and again in 2018.", []),  # one grade for both years
        ("Rated good in 2014 and good again in 2021.", []),  # the same grade: listed
        ("Inadequate in 2015, then good and outstanding in 2019.", []),  # whose is unsure
        ("Rated inadequate in 2015, the council is now good.", []),  # one year only
    ],
)
def test_each_year_takes_the_grade_told_before_it(text, said):
    assert grades_by_year(text) == said


@pytest.mark.parametrize(
    ("words", "one"),
    [
        (("risk", "risks"), True),
        (("team", "teams"), True),
        (("wait", "waiting", "waits"), True),
        (("live", "lives", "living", "lived"), True),
        (("plan", "plans", "planned", "planning"), True),
        (("place", "placed", "placing", "placement", "placements"), True),
        (("agree", "agreed", "agreement"), True),
        (("improved", "improvement", "improving"), True),
        (("timely", "timeliness"), True),
        (("staff", "staffing"), True),
        (("focus", "focused", "focuses"), True),
        (("aware", "awareness"), True),
        (("close", "closely"), True),
        (("implemented", "implementation", "implement"), True),
        (("document", "documentation", "documents"), True),
        (("exceed", "exceeded", "exceeds"), True),
        (("duty", "duties"), True),
        (("vary", "varies", "varied"), True),
        (("lead", "leader"), False),
        (("care", "carers"), False),
        (("new", "news"), False),
        (("speed", "sped"), False),
    ],
)
def test_a_content_words_inflections_share_its_stem(words, one):
    """A word of four letters meets its own inflections ('risk', 'risks'; paraphrase20:
    each was a word of its own, cut at five letters), and a long word keeps the key it
    had; a carer is not care."""
    from verify.words.stems import stem

    assert (len({stem(w) for w in words}) == 1) is one


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        ("children", "child's", True),
        ("improved", "improvement", True),
        ("carried", "carry", True),
        ("centred", "centered", True),
        ("skilful", "skillful", True),
        ("strong", "stronger", True),
        ("lead", "leader", False),
        ("tried", "try", False),
        ("care", "career", False),
    ],
)
def test_a_quotations_word_forms_are_read_where_content_words_are(a, b, one):
    """One home for a word's forms (words.stems): a quotation's word and the report's are
    one word in two forms by ``same_word`` there, beside the content words' ``stem`` (it was
    a second stemmer in match.lexical), and two forms of one word share their
    ``word_key``."""
    from verify.words.stems import same_word, word_key

    assert same_word(a, b) is one
    assert not one or word_key(a) == word_key(b)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Ofsted wants the council to improve the updating of assessments", True),
        ("Inspectors want leaders to strengthen oversight", True),
        ("Ofsted asked it to improve its oversight", True),
        ("We want to continue to improve", False),
        ("Leaders called it to account", False),
        ("Staff ask them to take part in the survey", False),
    ],
)
def test_a_request_to_improve_is_made_of_the_council(text, asked):
    """A want or request is one to improve only when made of the council, or of improving
    ('We want to continue to improve' is the council's own aim; 'called it to account' and
    'ask them to take part' ask nothing of the council: review of session 20)."""
    from verify.words.criticism import ASKED_TO_IMPROVE

    assert bool(ASKED_TO_IMPROVE.search(text)) is asked


@pytest.mark.parametrize(
    ("text", "points_back"),
    [
        ("That report also said children waited too long.", True),
        ("Back then, inspectors found drift in planning.", True),
        ("In the same inspection, leaders were praised.", True),
        # a 'that' after a verb of saying opens what was said (session 22 review)
        ("Inspectors found that report writing was 'clear and purposeful'.", False),
        ("The inspectors noted that visit records were up to date.", False),
    ],
)
def test_words_pointing_back_to_an_earlier_time_are_not_a_that_clause(text, points_back):
    from verify.words.dates import THEN

    assert bool(THEN.search(text)) is points_back


@pytest.mark.parametrize(
    "limit", ["Some", "most", "many", "a few", "not all", "a number of", "the majority of"]
)
def test_a_subjects_limit_is_one_list_read_at_the_start_or_anywhere(limit):
    """``LIMITED_SUBJECT`` (a sentence's start) and ``SUBJECT_LIMIT`` (anywhere) are made
    of one list of limits, so a limit added to one is read by the other; neither reads a
    word that only begins with one ('someone', 'mostly')."""
    from verify.words.quantities import LIMITED_SUBJECT, SUBJECT_LIMIT

    sentence = f"{limit} social workers know their children well."
    assert LIMITED_SUBJECT.search(sentence) and SUBJECT_LIMIT.search(sentence)
    later = f"For instance, {limit} social workers know their children well."
    assert not LIMITED_SUBJECT.search(later) and SUBJECT_LIMIT.search(later)
    for other in ("Someone visits.", "Mostly, visits are timely."):
        assert not LIMITED_SUBJECT.search(other) and not SUBJECT_LIMIT.search(other)
