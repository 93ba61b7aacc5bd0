"""The one clause splitter (``verify.words.clauses``) on sentences of the seed releases and
reports and on invented ones: where clauses meet, how strongly, and where they do not."""

from __future__ import annotations

import pytest

from verify.words.clauses import (
    Break,
    clause_breaks,
    clause_end,
    clause_start,
    clauses,
    joined_at,
    needs_subject,
    nonfinite,
    without_conjunction,
)


def _split(text: str, weakest: Break) -> list[str]:
    return [c.strip(" ,.") for c in clauses(text, weakest)]


@pytest.mark.parametrize(
    ("sentence", "weakest", "expected"),
    [
        (  # a seed release (three councils): a relative clause after a comma
            "Wigan received particular praise for its adoption work, which was rated as "
            '"outstanding".',
            Break.JOIN,
            [
                "Wigan received particular praise for its adoption work",
                'which was rated as "outstanding"',
            ],
        ),
        (  # a seed report: a contrast after a comma
            "There are sometimes delays in completing written PEPs for 16- and 17-year-old "
            "children, but this does not impact on the quality and timeliness of the "
            "educational support they receive.",
            Break.JOIN,
            [
                "There are sometimes delays in completing written PEPs for 16- and "
                "17-year-old children",
                "but this does not impact on the quality and timeliness of the educational support "
                "they receive",
            ],
        ),
        (  # 'and' before a second predicate, not inside 'May and June'
            "A 10-strong team spent three weeks in the borough in May and June and closely "
            "examined 150 case files.",
            Break.JOIN,
            [
                "A 10-strong team spent three weeks in the borough in May and June",
                "and closely examined 150 case files",
            ],
        ),
        (  # ', and' before a subject opened by a proper name (grades10)
            "In 2016 the council was rated good overall, and Stockton's service for care "
            "leavers was judged outstanding.",
            Break.JOIN,
            [
                "In 2016 the council was rated good overall",
                "and Stockton's service for care leavers was judged outstanding",
            ],
        ),
        (  # ... whose verb is any in the past tense
            "The adoption service was outstanding in 2017, and Bath's care leavers service "
            "required improvement then.",
            Break.JOIN,
            [
                "The adoption service was outstanding in 2017",
                "and Bath's care leavers service required improvement then",
            ],
        ),
        (  # a capitalised list item after ', and' with no verb of its own: one clause
            "Ofsted rated help and protection, children in care, and Care Leavers good.",
            Break.JOIN,
            ["Ofsted rated help and protection, children in care, and Care Leavers good"],
        ),
        (  # 'and' before a clause with its own subject
            "The watchdog said the council requires improvement in all areas and the "
            "council's performance had declined.",
            Break.JOIN,
            [
                "The watchdog said the council requires improvement in all areas",
                "and the council's performance had declined",
            ],
        ),
        (  # an aside between the conjunction and its verb
            "Services have been judged inadequate since 2016 and, as a result, have been "
            "under the direction of a commissioner.",
            Break.JOIN,
            [
                "Services have been judged inadequate since 2016",
                "and, as a result, have been under the direction of a commissioner",
            ],
        ),
        (  # a dash before a clause that draws the consequence
            "Children’s services have been rated ‘good’ by Ofsted – making it one of the top "
            "performing councils in the country.",
            Break.DASH,
            [
                "Children’s services have been rated ‘good’ by Ofsted",
                "making it one of the top performing councils in the country",
            ],
        ),
        (  # no clause inside a list of nouns, a date or a number
            "Help and protection, children in care and care leavers were inspected on "
            "January 12, 2024 by inspectors who read 1,200 records.",
            Break.JOIN,
            [
                "Help and protection, children in care and care leavers were inspected on "
                "January 12, 2024 by inspectors who read 1,200 records"
            ],
        ),
        (  # 'and' after a list's item joins two subjects, not two clauses
            "Referrals are dealt with quickly, support for disabled children and their "
            "families is put in place effectively.",
            Break.JOIN,
            [
                "Referrals are dealt with quickly, support for disabled children and their "
                "families is put in place effectively"
            ],
        ),
        (  # nor does it after a comma before a list's last item
            "Inspectors praised strong leadership, exceptional practice, and a culture "
            "where children's voices are heard.",
            Break.JOIN,
            [
                "Inspectors praised strong leadership, exceptional practice, and a culture "
                "where children's voices are heard"
            ],
        ),
        (  # a subordinate clause bound to its verb: a clause only at BOUND
            "Performance had declined since it was last inspected four years ago.",
            Break.COMMA,
            ["Performance had declined since it was last inspected four years ago"],
        ),
        (
            "Performance had declined since it was last inspected four years ago.",
            Break.BOUND,
            ["Performance had declined", "since it was last inspected four years ago"],
        ),
        (  # 'since' before a year is a preposition, not a clause
            "The council has been rated good since 2016 by inspectors.",
            Break.BOUND,
            ["The council has been rated good since 2016 by inspectors"],
        ),
        (  # a subordinating word after a comma opens a clause only before a finite verb
            "As a result, the council improved, as inspectors said.",
            Break.JOIN,
            ["As a result, the council improved", "as inspectors said"],
        ),
        (  # 'May' the month is no modal verb: no bound clause after 'since'
            "The service has been rated good since its inspection in May 2017.",
            Break.BOUND,
            ["The service has been rated good since its inspection in May 2017"],
        ),
        (  # 'may' the modal is: the clause after 'since' has its own verb
            "Help has improved since the council may have acted sooner.",
            Break.BOUND,
            ["Help has improved", "since the council may have acted sooner"],
        ),
        (  # a second 'that' clause of the reporting verb (paraphrase17)
            "The report said that early help is highly effective, and that step-up and "
            "step-down arrangements between early help and social care are well coordinated.",
            Break.JOIN,
            [
                "The report said that early help is highly effective",
                "and that step-up and step-down arrangements between early help and social "
                "care are well coordinated",
            ],
        ),
        (  # 'and that' with no finite verb after it is no clause ('this and that')
            "Inspectors looked at this and that plan.",
            Break.JOIN,
            ["Inspectors looked at this and that plan"],
        ),
        (  # a semicolon is the strongest break
            "Leaders know their services well; they have acted quickly.",
            Break.STOP,
            ["Leaders know their services well", "they have acted quickly"],
        ),
    ],
)
def test_clauses_meet_where_a_new_clause_begins(sentence, weakest, expected):
    assert _split(sentence, weakest) == expected


def test_each_break_says_how_strong_it_is():
    text = (
        "Conversational audits, which involve workers and families, are carried out; "
        "leaders act – and it shows, while staff who stay are valued."
    )
    found = [(text[a:b].strip(), strength) for a, b, strength in clause_breaks(text, Break.BOUND)]
    assert found == [
        (",", Break.JOIN),
        (",", Break.COMMA),
        (";", Break.STOP),
        ("–", Break.DASH),
        (",", Break.JOIN),
        ("", Break.BOUND),
    ]


def test_a_relative_clause_begins_with_the_clause_it_stands_for():
    text = "York was last inspected in 2022, when each area was rated requires improvement."
    at = text.index("requires")
    assert text[clause_start(text, at, Break.JOIN) :].startswith("York was last inspected")
    plain = "York was good in 2022, but each area is now rated requires improvement."
    assert plain[clause_start(plain, plain.index("requires"), Break.JOIN) :].startswith("but each")


def test_a_clause_ends_at_the_next_break():
    text = "one of only three to be judged good, with only one other achieving outstanding"
    assert text[: clause_end(text, 0)] == "one of only three to be judged good"


@pytest.mark.parametrize(
    ("clause", "needs"),
    [
        ("which was rated as outstanding", True),
        ("who make a positive difference to their lives", True),
        ("More than 70 per cent have been rated inadequate or requiring improvement", True),
        ("most were rated good", True),
        ("only three have achieved the top rating of ‘outstanding’", True),
        ("and only three have achieved the top rating of ‘outstanding’", True),
        ("and had appropriate plans in place to address concerns", True),
        ("and, as a result, has been under the direction of a commissioner", True),
        ("and the council's performance had declined", False),
        ("Most councils were rated good", False),
        ("the council has been rated good", False),
        ("making it one of the top performing councils in the country", False),
    ],
)
def test_a_clause_whose_subject_is_elsewhere_needs_it(clause, needs):
    assert needs_subject(clause) is needs


def test_conjunctions_left_out_of_a_clause_s_own_words():
    assert without_conjunction("while inspectors") == "inspectors"
    assert (
        without_conjunction("which inspectors") == "which inspectors"
    )  # stands for its antecedent
    text = "rated good, and since it was inspected"
    assert text[joined_at(text, text.index(",")) :] == "since it was inspected"


@pytest.mark.parametrize(
    ("clause", "hangs"),
    [
        (" having been judged inadequate in 2014", True),
        ("after being rated good in 2019", True),
        ("being the first council in the region to do so", True),
        ("having moved up a grade", True),
        ("the council had been judged inadequate", False),
        ("have been rated good", False),
    ],
)
def test_a_clause_opened_by_a_participle_hangs_on_the_one_before(clause, hangs):
    """compare13: 'having been judged' has no subject or tense of its own."""
    assert nonfinite(clause) is hangs


def test_a_clause_opening_on_its_verb_has_its_subject_elsewhere():
    from verify.words.clauses import opens_on_verb

    assert opens_on_verb("has been slow and inconsistent.")
    assert opens_on_verb("and is now less of an issue.")
    assert not opens_on_verb("and workloads are manageable.")
    assert not opens_on_verb("which has been relatively high")
    assert not opens_on_verb("The pace of progress following the inspection in 2016")


@pytest.mark.parametrize(
    "sentence",
    [
        "Some areas identified at the previous inspection have not yet been fully addressed.",
        "Plans haven't yet been agreed with partners.",
        "Some areas identified at the previous inspection cannot yet be fully addressed.",
        "Some weaknesses CANNOT yet be fully addressed.",
        "Plans can’t yet be agreed with partners.",
    ],
)
def test_a_conjunction_after_not_joins_no_clause(sentence):
    """accounts23: 'have not / yet been fully addressed' read the 'not' apart from what it
    denies, so the report's own sentence seemed to say it plainly."""
    from verify.words.clauses import clauses

    assert len(clauses(sentence)) == 1
