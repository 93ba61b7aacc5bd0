"""Facts of the inspection that session 27 found unread in drift26 (read this session): a line of
judgement rows parted by semicolons after a heading, and the lead inspector named under
'ENDS', beside the title ('lead inspector Alison Smale') or as the report's. Every sentence
here is invented."""

from __future__ import annotations

import pytest
from extract_helpers import PAGE_BODY, claims_in, over

OPENING = "Barset's children's services have been rated good by Ofsted.\n\n"


def test_a_line_of_judgement_rows_is_a_rating_of_each_judgement():
    """'Judgements: help and protection – Good; children in care – Requires improvement':
    each row's grade given to its judgement, placed where the line prints it (was a finding
    with no grade, and no claim at all under 'ENDS')."""
    line = (
        "2. Judgements: help and protection – Good; children in care – Requires improvement; "
        "impact of leaders – Good."
    )
    text = OPENING + "ENDS\n\nNotes to editors\n\n" + line + "\n"
    (claim,) = over(claims_in(text), text, "Judgements:")
    assert claim.kind == "rating"
    given = [(g.judgement, g.grade) for g in claim.values.grades]
    assert given == [
        ("help_and_protection", "good"),
        ("children_in_care", "requires_improvement"),
        ("impact_of_leaders", "good"),
    ]
    assert all(
        claim.text[g.start : g.end].lower().startswith(g.grade[:4]) for g in claim.values.grades
    )


def test_a_line_of_rows_needs_every_item_a_row():
    """A line with one item that is no row ('...; the council is proud') is no table."""
    line = "Judgements: help and protection – Good; the council is proud of its staff."
    text = OPENING + line + "\n"
    claims = over(claims_in(text), text, "Judgements:")
    assert claims
    assert not any(c.values.grades for c in claims), [c.values.grades for c in claims]


def test_the_lead_inspector_under_ends_is_read():
    """'The lead inspector was ..., His Majesty's Inspector.' in the notes is a fact of the
    inspection its report's team settles (was dropped with the notes' other words once the
    page's furniture and body had told the visit: only the notes' dates were read)."""
    note = (
        "1. Ofsted inspected Barset's children's services from 27 April to 1 May 2026. "
        "The lead inspector was Jane Doe, His Majesty's Inspector."
    )
    body = PAGE_BODY
    text = body + "ENDS\n\nNotes to editors\n" + note + "\n"
    (claim,) = over(claims_in(text), text, "lead inspector")
    assert claim.kind == "inspection_fact"
    assert claim.values.lead_inspector == "Jane Doe"


def test_an_inspection_told_as_a_label_with_its_lead_is_a_fact():
    """'Inspection: 3 to 14 October 2022, lead inspector Alison Smale.' in a background
    paragraph: the visit's dates and its lead, named beside the title (was no claim)."""
    line = "Inspection: 3 to 14 October 2022, lead inspector Alison Smale."
    text = OPENING + "Background\nBarset Council was created on 1 April 2021. " + line + "\n"
    (claim,) = over(claims_in(text), text, "Inspection:")
    assert claim.kind == "inspection_fact"
    assert claim.values.lead_inspector == "Alison Smale"


def test_a_report_led_by_an_inspector_names_the_lead():
    """'The report, led by His Majesty's Inspector Amanda Maxwell, opens by saying ...':
    a release's 'report' for the inspection it tells, whose lead its team settles (was no
    fact, only the quotation read)."""
    sentence = (
        "The report, led by His Majesty’s Inspector Amanda Maxwell, opens by saying that "
        "children “continue to benefit from good-quality support”."
    )
    claims = claims_in(OPENING + sentence + "\n")
    assert any(c.values.lead_inspector == "Amanda Maxwell" for c in claims)
    assert any(c.kind == "quote" for c in claims)


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Inspection: 3 to 14 October 2022, lead inspector Alison Smale.", "Alison Smale"),
        ("Lead inspector: John Roughton HMI", "John Roughton"),
        ("Lead inspector Anna Gravelle's report found that staff are skilled.", None),
        ("The lead inspector said children are safe.", None),
    ],
)
def test_a_lead_named_beside_the_title_is_the_lead(text, lead):
    """A name straight after 'lead inspector' is the lead when it ends its phrase; one owning
    what follows ('... Anna Gravelle's report found') is the subject of a finding (stress
    quotes8: read as the lead, the finding was an inspection fact, contradicted)."""
    from verify.extract.values import parse_values

    assert parse_values(text, 2022).lead_inspector == lead
