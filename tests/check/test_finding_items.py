"""A finding that lists several things, looked for item by item (session 22, findings22):
'Among the strengths singled out are A, B and C' is near no one report sentence, though the
report says each thing in a sentence of its own. Report sentences are real reports'
(Brighton and Hove 2024, Somerset 2015); the claims are stress_findings22's."""

from __future__ import annotations

from check_helpers import check_one_finding

from verify.words.lists import listed_items

BRIGHTON = "\n".join(
    [
        "50. Highly effective and embedded partnership work is modelled by the safeguarding "
        "partnership board.",
        "51. As a result, there are exceptionally low levels of temporary or short-term staff.",
        "52. The council has adopted care-leaver status as a protected characteristic.",
        "53. However, a small number of children currently live in unregistered children’s homes.",
        "54. Senior leaders know their services exceptionally well and this is reflected in "
        "the self-evaluation.",
    ]
)
LISTED = (
    "Among the strengths singled out are the partnership working led by the safeguarding "
    "partnership, the very low use of temporary staff and the council's decision to give care "
    "leavers the status of a protected characteristic."
)


def test_the_items_a_list_names_are_read_after_its_lead():
    """Commas, and the last 'and' joining two phrases; an adjective pair ('hard-working and
    resilient') and a shared preposition ('demand for and cost of') stay one item."""
    assert listed_items(LISTED) == [
        "the partnership working led by the safeguarding partnership",
        "the very low use of temporary staff",
        "the council's decision to give care leavers the status of a protected characteristic",
    ]
    assert listed_items(
        "The report did find some bright spots, including a hard-working and resilient "
        "workforce, a very active children in care council and a strong team of foster carers."
    ) == [
        "a hard-working and resilient workforce",
        "a very active children in care council",
        "a strong team of foster carers",
    ]
    assert listed_items(
        "These include Croydon’s financial difficulties, and the increased demand for and "
        "cost of services in London’s largest borough."
    ) == [
        "Croydon’s financial difficulties",
        "the increased demand for and cost of services in London’s largest borough",
    ]


def test_a_sentence_with_no_list_names_no_items():
    assert listed_items("Services were judged good, including adoption.") == []
    assert listed_items("The report includes a number of recommendations.") == []
    assert listed_items("Inspectors praised the partnership, the staff and the leaders.") == []


def test_a_denied_list_or_an_aside_in_a_subject_names_no_items():
    """Session 22 review: 'Not all children, including A and B, get timely help' was read as
    the items A and B and 'get timely help from social workers' (its own verb), the 'not all'
    never read; an aside in the subject is no list either. A list after a clause stays one."""
    assert (
        listed_items(
            "Not all children, including care leavers and disabled children, get timely help "
            "from social workers."
        )
        == []
    )
    assert (
        listed_items(
            "Children, including care leavers and disabled children, get timely help from "
            "social workers."
        )
        == []
    )
    assert listed_items(
        "Inspectors found some bright spots, including the very low use of temporary staff "
        "and a strong team of foster carers."
    ) == ["the very low use of temporary staff", "a strong team of foster carers"]


def test_every_item_said_supports_the_list(settings):
    """Each item is in a sentence of its own: supported, each named (was not_checkable)."""
    checked = check_one_finding(LISTED, BRIGHTON, settings)
    assert checked.verdict == "supported", checked.explanation
    assert checked.decided_by == "finding.item_by_item"
    assert "each of the 3 things" in checked.explanation


def test_an_item_not_said_leaves_the_list_not_checkable_naming_the_rest(settings):
    claim = (
        "Among the strengths singled out are the very low use of temporary staff, a youth club "
        "run by care leavers in Hove and the council's decision to give care leavers the status "
        "of a protected characteristic."
    )
    checked = check_one_finding(claim, BRIGHTON, settings)
    assert checked.verdict == "not_checkable", checked.explanation
    assert "'a youth club run by care leavers in Hove'" in checked.explanation


def test_an_item_told_the_other_way_is_not_looked_for(settings):
    """'the absence of any unregistered homes' is the report's 'a small number of children
    currently live in unregistered children's homes' reversed: never supported item by item."""
    claim = (
        "Among the strengths singled out are the very low use of temporary staff and no "
        "children living in unregistered children's homes."
    )
    assert check_one_finding(claim, BRIGHTON, settings).verdict != "supported"


def test_a_publication_and_the_present_tense_frame_a_finding():
    """'Ofsted has now published its report, which highlights ...' and 'The report
    highlights ...' frame what follows (leicester_2025: the framing kept the claim at
    similarity 0.50 with 'Leicester has a young and diverse population.')."""
    from verify.check.finding import topic

    assert (
        topic(
            "Ofsted has now published its report, which highlights the city's diverse young "
            "population."
        )
        == "the city's diverse young population."
    )
    assert topic("The report highlights the progress made over five years.") == (
        "the progress made over five years."
    )
    assert topic("Inspectors also point to the early help families now receive.") == (
        "the early help families now receive."
    )
    kept = "The report, which praises staff, was published today."
    assert topic(kept) == kept


def test_a_criticism_listed_is_not_found_in_praise(settings):
    """Session 22 review: a critical claim's items were found in any sentence, so praise of
    each item supported a list of weaknesses; now an item is found only in a sentence of
    the claim's tone."""
    claim = (
        "Inspectors found serious weaknesses in several areas, including the very low use of "
        "temporary staff and the council's decision to give care leavers the status of a "
        "protected characteristic."
    )
    assert check_one_finding(claim, BRIGHTON, settings).verdict != "supported"
