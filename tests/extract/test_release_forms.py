"""Quotations and their speakers in the forms real releases use, on invented snippets.

Every snippet is made up (councils, people and findings that do not exist); each form is
one the labelling conventions or the quote guide names: curly and straight marks,
nested quotes, quotes over several paragraphs, ellipses and brackets, apostrophes, primes
and backticks, quotes cut by the end of the text, headlines, bullets, tweets, and every
way a release says who spoke. Each case asserts the quoted words extracted (without their
marks) and the role they are given.
"""

from __future__ import annotations

import pytest

from verify.extract import extract_claims
from verify.types import Release


def release(text: str) -> Release:
    return Release(source="t.txt", sha256="0" * 64, media_type="text", text=text)


def quotes(text: str) -> list[tuple[str, str]]:
    """(quoted words, role) for every quotation extracted from ``text``."""
    return [
        (c.text, c.attribution.role) for c in extract_claims(release(text)) if c.kind == "quote"
    ]


def speakers(text: str) -> list[str | None]:
    return [c.attribution.speaker for c in extract_claims(release(text)) if c.kind == "quote"]


MARKS = [
    pytest.param(
        "Inspectors said “children are seen quickly when worries arise” in Brackenford.",
        [("children are seen quickly when worries arise", "inspectors")],
        id="curly-double",
    ),
    pytest.param(
        'Inspectors said "children are seen quickly when worries arise" in Brackenford.',
        [("children are seen quickly when worries arise", "inspectors")],
        id="straight-double",
    ),
    pytest.param(
        "Inspectors said ‘children are seen quickly when worries arise’ in Brackenford.",
        [("children are seen quickly when worries arise", "inspectors")],
        id="curly-single",
    ),
    pytest.param(
        "Inspectors said 'children are seen quickly when worries arise' in Brackenford.",
        [("children are seen quickly when worries arise", "inspectors")],
        id="straight-single",
    ),
    pytest.param(
        "Inspectors said ‘the councils’ partners work well together for families’.",
        [("the councils’ partners work well together for families", "inspectors")],
        id="plural-possessive-in-curly-single",
    ),
    pytest.param(
        "Inspectors said 'the councils' partners' work is strong' in their letter.",
        [("the councils' partners' work is strong", "inspectors")],
        id="plural-possessives-in-straight-single",
    ),
    pytest.param(
        "Inspectors said ‘the children’s guardians were consulted early’ in Dunmere.",
        [("the children’s guardians were consulted early", "inspectors")],
        id="apostrophe-in-curly-single",
    ),
    pytest.param(
        "Inspectors found ‘strong leaders’ and ‘clear plans’ in Dunmere.",
        [("strong leaders", "inspectors"), ("clear plans", "inspectors")],
        id="two-single-quotes-ending-in-s",
    ),
    pytest.param(
        "Inspectors said ``children are safe and well cared for in Brackenford'' in the letter.",
        [("children are safe and well cared for in Brackenford", "inspectors")],
        id="doubled-backticks",
    ),
    pytest.param(
        "Inspectors said `children are safe and well cared for in Brackenford' in the letter.",
        [("children are safe and well cared for in Brackenford", "inspectors")],
        id="backtick-open",
    ),
    pytest.param(
        "Inspectors said ″children are safe and well cared for in Brackenford″ in the letter.",
        [("children are safe and well cared for in Brackenford", "inspectors")],
        id="double-primes",
    ),
    pytest.param(
        'Inspectors said"children are seen quickly" and "leaders know them well".',
        [
            ("children are seen quickly", "inspectors"),
            ("leaders know them well", "inspectors"),
        ],
        id="straight-double-with-no-space-before",
    ),
    pytest.param(
        'Inspectors said:"Children are seen quickly when worries arise."',
        [("Children are seen quickly when worries arise.", "inspectors")],
        id="straight-double-after-a-colon",
    ),
    pytest.param(
        "The social worker, who is 5′ 10″ tall, visits every week.",
        [],
        id="primes-after-digits-are-measures",
    ),
    pytest.param(
        "The report states: “Leaders … have a clear grasp of [their] strengths and weaknesses.”",
        [
            (
                "Leaders … have a clear grasp of [their] strengths and weaknesses.",
                "inspectors",
            )
        ],
        id="ellipsis-and-bracket",
    ),
    pytest.param(
        "Inspectors found that “social workers know their children well ... and visit often”.",
        [("social workers know their children well ... and visit often", "inspectors")],
        id="three-dots",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MARKS)
def test_marks(text, expected):
    assert quotes(text) == expected


def test_words_a_leader_quotes_from_the_report_are_a_quotation_of_their_own():
    """A leader's quotation holding words they give to the inspectors: the leader's words
    stay theirs (one quotation), and the inspectors' words inside are a quotation of the
    inspectors' to check; a grade word in marks (‘good’) is a rating's term, not one."""
    text = (
        "“We are proud inspectors found our services ‘good’ and praised our ‘relentless "
        "focus’ on children,” said Cllr Mary Lowe, leader of Brackenford Council."
    )
    assert quotes(text) == [
        (
            "We are proud inspectors found our services ‘good’ and praised our ‘relentless "
            "focus’ on children,",
            "council",
        ),
        ("relentless focus", "inspectors"),
    ]
    assert speakers(text) == ["Cllr Mary Lowe, leader of Brackenford Council", "inspectors"]


def test_straight_nested_quotes_given_to_the_report():
    text = (
        "\"The report says that 'children are seen quickly', and we are building on that,\" "
        "said Cllr Mary Lowe."
    )
    assert quotes(text) == [
        (
            "The report says that 'children are seen quickly', and we are building on that,",
            "council",
        ),
        ("children are seen quickly", "inspectors"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "“Our motto has always been ‘children first’, and the report shows it,” said Cllr Lowe.",
        "“The report’s message isn’t ‘start again’ – it’s ‘keep going’,” said Cllr Lowe.",
        "“Inspectors were impressed. Our ‘family hubs’ are the reason,” said Cllr Lowe.",
    ],
)
def test_a_nested_quotation_not_given_to_inspectors_stays_the_speakers(text):
    [(words, _)] = quotes(text)
    assert text.startswith(f"“{words}")


def test_a_quote_over_paragraphs_reopens_without_closing():
    text = (
        "Cllr Tom Reed, cabinet member for children, said:\n"
        "“This is a great result for Brackenford.\n"
        "“Our staff work hard every day.\n"
        "“We will keep improving.”\n"
        "The report is on the council’s website."
    )
    [claim] = [c for c in extract_claims(release(text)) if c.kind == "quote"]
    assert [p.text for p in claim.quote_pieces] == [
        "This is a great result for Brackenford.",
        "Our staff work hard every day.",
        "We will keep improving.",
    ]
    assert claim.attribution.role == "council"


def test_a_report_quote_over_paragraphs_after_an_introduction():
    text = (
        "Dunmere was rated good. The report said:\n\n"
        "“Children are seen quickly.\n\n"
        "“Leaders know their services well.\n\n"
        "“Partners work together.”\n\n"
        "Cllr Sam Hill said: “We are pleased.”"
    )
    got = [c for c in extract_claims(release(text)) if c.kind == "quote"]
    assert [len(c.quote_pieces) for c in got] == [3, 1]
    assert [c.attribution.role for c in got] == ["inspectors", "council"]


def test_a_quote_cut_by_the_end_of_the_text_keeps_its_visible_words():
    text = "The report said: “Children in care are well supported by their social wo"
    assert quotes(text) == [
        ("Children in care are well supported by their social wo", "inspectors")
    ]


def test_a_quote_in_a_headline():
    text = (
        "Ofsted praises ‘strong leadership’ at Brackenford children’s services\n"
        "Brackenford Council’s services for children have been rated good."
    )
    assert quotes(text) == [("strong leadership", "inspectors")]


def test_quotes_in_a_bullet_list_after_inspectors_found():
    text = (
        "Inspectors found:\n"
        "• “Children are seen quickly when concerns arise.”\n"
        "- 'Leaders know their services well.'\n"
        "* Partners share information promptly."
    )
    assert quotes(text) == [
        ("Children are seen quickly when concerns arise.", "inspectors"),
        ("Leaders know their services well.", "inspectors"),
    ]


def test_a_tweet_is_its_accounts():
    text = (
        "Great news for Brackenford today, our services for children are rated good! "
        "https://t.co/abc\n"
        "— Brackenford Council (@BrackenfordCC) March 3, 2025"
    )
    assert quotes(text) == [
        (
            "Great news for Brackenford today, our services for children are rated good!",
            "council",
        )
    ]


ATTRIBUTIONS = [
    pytest.param("“Children are safe,” inspectors said.", "inspectors", "inspectors", id="after"),
    pytest.param(
        "“Children are safe and well cared for,” said the report.",
        "the report",
        "inspectors",
        id="said-the-report",
    ),
    pytest.param(
        "Help for families is “timely and effective”, according to Ofsted.",
        "Ofsted",
        "inspectors",
        id="according-to",
    ),
    pytest.param(
        "The regulator found “significant improvements in practice”.",
        "The regulator",
        "inspectors",
        id="regulator",
    ),
    pytest.param(
        "The watchdog found “significant improvements in practice”.",
        "The watchdog",
        "inspectors",
        id="watchdog",
    ),
    pytest.param(
        "The inspectorate found “significant improvements in practice”.",
        "The inspectorate",
        "inspectors",
        id="inspectorate",
    ),
    pytest.param(
        "HMI found “significant improvements in practice”.", "HMI", "inspectors", id="hmi"
    ),
    pytest.param(
        "Ofsted’s report states: “Children are listened to and their views shape plans.”",
        "Ofsted’s report",
        "inspectors",
        id="ofsteds-report-states",
    ),
    pytest.param(
        "The report praised the service. It added: “Children’s views shape their plans.”",
        "The report",
        "inspectors",
        id="it-added",
    ),
    pytest.param(
        "Inspectors praised the service. “Children’s views shape their plans,” it added.",
        "Inspectors",
        "inspectors",
        id="it-added-after",
    ),
    pytest.param(
        "Inspectors praised the workforce. “Social workers know their children well.”",
        "Inspectors",
        "inspectors",
        id="speaker-in-the-sentence-before",
    ),
    pytest.param(
        "Cllr Sam Hill welcomed the report. “We are delighted with the result for children.”",
        "Cllr Sam Hill",
        "council",
        id="councillor-in-the-sentence-before",
    ),
    pytest.param(
        "Dunmere was rated good by Ofsted. “We are delighted with the result for children.”",
        None,
        "unattributed",
        id="passive-agent-before-is-not-the-speaker",
    ),
    pytest.param(
        "In its report, Ofsted said leaders had a “clear and ambitious vision for children”.",
        "Ofsted",
        "inspectors",
        id="opening-adverbial",
    ),
    pytest.param(
        "The report, published on Tuesday, found “widespread and serious failures”.",
        "The report",
        "inspectors",
        id="parenthetical",
    ),
    pytest.param(
        "Lead inspector Jane Moss wrote: “Children are safe in Dunmere.”",
        "Lead inspector Jane Moss",
        "inspectors",
        id="lead-inspector",
    ),
    pytest.param(
        "Director of children’s services Jane Holt said: “I am proud of our staff.”",
        "Director of children’s services Jane Holt",
        "council",
        id="director-before",
    ),
    pytest.param(
        "“I am proud of our staff,” said Jane Holt, director of children’s services.",
        "Jane Holt, director of children’s services",
        "council",
        id="director-after",
    ),
    pytest.param(
        "Chief executive Paul Grey said: “This is a team effort across the council.”",
        "Chief executive Paul Grey",
        "council",
        id="chief-executive",
    ),
    pytest.param(
        "The leader of the council, Cllr Ben Marsh, said: “We are delighted.”",
        "The leader of the council, Cllr Ben Marsh",
        "council",
        id="leader",
    ),
    pytest.param(
        "Cllr Amy Fox, cabinet member for children and families, said: “We are delighted.”",
        "Cllr Amy Fox, cabinet member for children and families",
        "council",
        id="cabinet-member",
    ),
    pytest.param(
        "“We accept the findings in full,” a council spokeswoman said.",
        "a council spokeswoman",
        "council",
        id="unnamed-spokeswoman",
    ),
    pytest.param(
        "Local MP Sarah Dunn said: “This is a worrying result for the town.”",
        "Local MP Sarah Dunn",
        "other",
        id="mp",
    ),
    pytest.param(
        "Cllr Lee said inspectors had found the service “transformed beyond recognition”.",
        "inspectors",
        "inspectors",
        id="councillor-reports-what-inspectors-found",
    ),
    pytest.param(
        "Cllr Lee said the report found staff were “passionate and committed”.",
        "the report",
        "inspectors",
        id="councillor-reports-what-the-report-found",
    ),
    pytest.param(
        "Inspectors said the council has recognised “the need to move faster”.",
        "Inspectors",
        "inspectors",
        id="inspectors-report-what-the-council-recognised",
    ),
    pytest.param(
        "Inspectors met Cllr Ann Lee, who said the service was “transformed for good”.",
        "Cllr Ann Lee",
        "council",
        id="relative-who-after-a-name",
    ),
    pytest.param(
        "The lead inspector, Jo Park, who said the service was “transformed for good”.",
        "The lead inspector, Jo Park, who",
        "inspectors",
        id="relative-who-after-an-apposition",
    ),
    pytest.param(
        "Cllr Lee, who welcomed the report, said it was a “fantastic achievement”.",
        "Cllr Lee, who welcomed the report",
        "council",
        id="relative-clause-is-not-a-reported-clause",
    ),
    pytest.param(
        "Dunmere’s report reads “leaders have a clear vision for children”.",
        "Dunmere’s report",
        "inspectors",
        id="possessive-report",
    ),
    pytest.param(
        "Dunmere services ‘improving steadily’ – Ofsted\nThe report was published today.",
        "Ofsted",
        "inspectors",
        id="headline-source-after-a-dash",
    ),
    pytest.param(
        "Children ‘not always safe’ in Dunmere, says Ofsted\nThe report was published today.",
        "Ofsted",
        "inspectors",
        id="headline-says-ofsted",
    ),
    pytest.param(
        "Jo Park, Ofsted’s regional director, said: “Dunmere has made real progress.”",
        "Jo Park, Ofsted’s regional director",
        "inspectors",
        id="ofsted-official-kept-whole",
    ),
    pytest.param(
        "A spokesperson for Ofsted said: “We will return to Dunmere next year.”",
        "A spokesperson for Ofsted",
        "inspectors",
        id="ofsted-spokesperson-kept-whole",
    ),
    pytest.param(
        "Areas for improvement identified by inspectors include “the quality of plans”.",
        "inspectors",
        "inspectors",
        id="findings-identified-by-inspectors",
    ),
    pytest.param(
        "Among the strengths listed in the report were: ‘Care leavers are well supported.’",
        "the report",
        "inspectors",
        id="findings-listed-in-the-report",
    ),
    pytest.param(
        "The council's plan, praised by inspectors, includes: “We will recruit 20 social workers.”",
        "The council's plan",
        "council",
        id="a-plan-praised-by-inspectors-is-the-councils",
    ),
    pytest.param(
        "Services require improvement, Ofsted has said.\n\nThe report, he said, was “fair”.",
        None,
        "other",
        id="a-person-set-off-speaks-of-the-report",
    ),
    pytest.param(
        "Services require improvement, Ofsted has said.\n\nThe report was “fair”, she added.",
        None,
        "other",
        id="a-pronoun-after-speaks-of-the-report",
    ),
    pytest.param(
        "The Ofsted-registered charity Family Action said: “Families are helped earlier.”",
        "The Ofsted-registered charity Family Action",
        "other",
        id="a-word-made-with-ofsted-is-no-inspector",
    ),
    pytest.param(
        "Jane Smith, a care leaver who met the inspectors, said: “They listened to us.”",
        "Jane Smith, a care leaver who met the inspectors",
        "other",
        id="a-care-leaver-who-met-inspectors",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "role"), ATTRIBUTIONS)
def test_attribution(text, speaker, role):
    [(_, got_role)] = quotes(text)
    assert (speakers(text)[0], got_role) == (speaker, role)


def test_a_speaker_between_two_parts_of_one_quotation_speaks_both():
    """One quotation broken by its speaker is one quote claim (lane extract18), theirs."""
    text = "“Children are safe,” said inspectors, “and leaders know them well.”"
    assert quotes(text) == [
        ("Children are safe,” said inspectors, “and leaders know them well.", "inspectors"),
    ]
    assert speakers(text) == ["inspectors"]


def test_a_speaker_named_again_by_surname_keeps_the_role_of_their_title():
    text = (
        "Ann Cole, director of children’s services, said: “Our staff are brilliant.”\n"
        "Ms Cole added: “We will keep listening to children.”"
    )
    assert [role for _, role in quotes(text)] == ["council", "council"]
