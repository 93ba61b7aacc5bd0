"""Claims stronger than the report's own limit (lane strength21, session 21): the limit
read wherever it stands in the sentence the claim restates, not only its first word of
part; a 'varies' said of the claim's subject by a pronoun; a degree raised ('fully' for
'broadly'). Faithful claims keeping the limit stay ungeneralised."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from verify.check.common import content_words
from verify.check.negation import generalised
from verify.match import Hit


def _generalised(claim: str, report_says: str) -> bool:
    hit = Hit(start=0, end=len(report_says), score=0.8, passage=None, lexical=0.8)
    return generalised(claim, content_words(claim), report_says, hit)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("Inspectors also found that all staff have manageable workloads.", True),
        ("Inspectors also found that most staff have manageable workloads.", False),
    ],
)
def test_every_limit_of_the_sentence_is_read_not_only_its_first(claim, expected):
    """A real report (Somerset 2022): the 'few' is said of teams, the 'most' of the staff
    the claim's 'all' generalises (opposites15: was supported with MiniLM, the first limit
    alone being read); a claim keeping the 'most' says what the report says."""
    report_says = (
        "Although a few teams are very busy at times, most staff have manageable workloads "
        "and feel well supported in their practice and in holding complex casework."
    )
    assert _generalised(claim, report_says) is expected


def test_the_share_a_limit_is_a_word_of_is_read_not_its_last_word_alone():
    """A real report (Stockport 2017): 'In the vast majority of cases' limits by 'the vast
    majority', near enough to a claim's 'nearly all' (the convention); its 'majority' read
    alone would make the claim generalise (quantity19 kept)."""
    claim = "Inspectors found that in nearly all cases, thresholds were appropriately applied."
    report_says = (
        "In the vast majority of cases seen by inspectors, thresholds were appropriately "
        "applied on initial screening."
    )
    assert not _generalised(claim, report_says)


@pytest.mark.parametrize(
    ("claim", "report_says", "expected"),
    [
        (
            "The report says return home interviews are consistently effective.",
            "Return home interviews are undertaken, although these vary in their effectiveness.",
            True,
        ),
        (
            "The report says return home interviews are consistently undertaken.",
            "Return home interviews are consistently undertaken, although the quality of "
            "recording varies.",
            False,
        ),
        (
            "The report says return home interviews are not always effective.",
            "Return home interviews are undertaken, although these vary in their effectiveness.",
            False,
        ),
    ],
)
def test_a_consistently_the_reports_pronoun_clause_says_varies_is_generalised(
    claim, report_says, expected
):
    """A real report (Stockport 2022): 'although these vary in their effectiveness' says of
    the interviews ('these') that they vary, against a claim that they are consistently
    effective (opposites18b: was supported with MiniLM); a clause varying about another
    subject (the recording) is none, and a claim with a limit of its own keeps it."""
    assert _generalised(claim, report_says) is expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("According to the watchdog, leaders' self-evaluation is fully accurate.", True),
        ("Inspectors said leaders' self-evaluation is broadly accurate.", False),
        ("Inspectors said leaders' self-evaluation is not fully accurate.", False),
        ("Inspectors said leaders are fully committed to the self-evaluation.", False),
    ],
)
def test_a_degree_raised_on_the_same_word_is_generalised(claim, expected):
    """A real report (Bedford 2025): 'a broadly accurate self-evaluation' told as 'fully
    accurate' says wholly what the report says in part (stress_strength21: was supported
    with MiniLM); the report's own 'broadly', a claim's 'not fully', and a 'fully' said of
    another word are not."""
    report_says = (
        "Leaders have a broadly accurate self-evaluation of service performance and have "
        "taken effective action to address service weaknesses in the front door."
    )
    assert _generalised(claim, report_says) is expected


@pytest.mark.parametrize(
    ("report_says", "expected"),
    [
        (
            "However, there are some discrete areas of the service where practice still "
            "requires improvement, such as arrangements when children go missing from home "
            "and care, the early identification of children at lower risk.",
            True,
        ),
        (
            "Leaders have strengthened several services, such as arrangements when children "
            "go missing from home and care.",
            False,
        ),
    ],
)
def test_an_example_carries_the_criticism_of_what_it_exemplifies(report_says, expected):
    """A real report (Sheffield 2019): 'such as arrangements when children go missing' is
    an example of the areas 'where practice still requires improvement', so the sentence
    criticises them, not praises them (short20: supported 'arrangements for children who go
    missing from home and care' as 'highly effective' with MiniLM); an example of praise is
    no criticism."""

    from verify.check.negation import critical

    claim = "the arrangements for children who go missing from home and care are effective"
    sentence = SimpleNamespace(text=report_says, passage=SimpleNamespace(kind="prose"))
    assert critical(sentence, content_words(claim)) is expected


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        (
            "Ofsted also noted that advocacy is consistently provided when 16- and "
            "17-year-olds first present as homeless.",
            True,
        ),
        ("Inspectors said advocacy is not consistently provided at first.", False),
        ("Inspectors said advocacy is provided when young people first present.", False),
        ("Inspectors said housing support is consistently provided at first.", False),
        ("Inspectors said advocacy is consistently offered at first.", False),
        ("Inspectors said advocacy is consistently provided to families.", False),
    ],
)
def test_an_always_the_report_denies_of_its_subject_anywhere_is_found(claim, expected):
    """A real report (Shropshire 2025): 'However, advocacy is not consistently provided at
    the initial point of presentation.' denies the claim's 'consistently provided' of
    advocacy wherever the ranking put it (paraphrase17: MiniLM supported the claim by
    another sentence); a claim keeping the 'not', with no 'consistently', of another
    subject or another word is none, and so is one naming its one-word subject and word
    alone, nothing more the clause holds ('to families')."""
    from verify.check.negation import always_denied_elsewhere

    sentences = [
        SimpleNamespace(
            text="However, advocacy is not consistently provided at the initial point of "
            "presentation."
        ),
        SimpleNamespace(text="Children are consistently seen alone."),
    ]
    found = always_denied_elsewhere(claim, content_words(claim), sentences)
    assert (found is sentences[0]) is expected
